"""The claim changelist's filters. Each one is a single subquery, whatever the page size."""

from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import AutocompleteSelect
from django.utils.translation import gettext_lazy as _

from ..models import Actor, Attribution


class YesNoFilter(admin.SimpleListFilter):
    # Titled as a question ("Contested?"), not "By …" like the other filters.
    template = "admin/claims/claim/yes_no_filter.html"

    def lookups(self, request, model_admin):
        return [("yes", _("Yes")), ("no", _("No"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(pk__in=self.matching(queryset).values("pk"))
        if self.value() == "no":
            return queryset.exclude(pk__in=self.matching(queryset).values("pk"))
        return queryset


class ContestedFilter(YesNoFilter):
    title = _("Contested (asserted and denied)?")
    parameter_name = "contested"

    def matching(self, queryset):
        return queryset.model.objects.contested()


class SingleSourceFilter(YesNoFilter):
    title = _("Single independent source?")
    parameter_name = "single_source"

    def matching(self, queryset):
        return queryset.filter(source_count=1)


class NoNamedSourceFilter(YesNoFilter):
    title = _("No named source?")
    parameter_name = "no_named_source"

    def matching(self, queryset):
        named = Attribution.objects.filter(actor__isnull=False).values("claim_id")
        return queryset.model.objects.exclude(pk__in=named)


class StanceFilter(admin.SimpleListFilter):
    title = _("stance present")
    parameter_name = "stance"

    def lookups(self, request, model_admin):
        return Attribution.Stance.choices

    def queryset(self, request, queryset):
        if self.value() in Attribution.Stance.values:
            return queryset.filter(pk__in=Attribution.objects.filter(stance=self.value()).values("claim_id"))
        return queryset


class OutletFilter(admin.SimpleListFilter):
    title = _("outlet")
    parameter_name = "outlet"

    def lookups(self, request, model_admin):
        return [
            (str(pk), name)
            for pk, name in Actor.objects.filter(kind=Actor.Kind.MEDIA).values_list("pk", "name")
        ]

    def queryset(self, request, queryset):
        if self.value():
            quoted = Attribution.objects.filter(article__outlet_id=self.value()).values("claim_id")
            return queryset.filter(pk__in=quoted)
        return queryset


class ActorFilter(admin.SimpleListFilter):
    """Claims attributed to an actor or anyone below it, picked by autocomplete (name or alias)."""

    title = _("actor")
    parameter_name = "actor"
    template = "admin/claims/claim/actor_filter.html"

    def __init__(self, request, params, model, model_admin):
        super().__init__(request, params, model, model_admin)
        field = Attribution._meta.get_field("actor")
        widget = AutocompleteSelect(
            field, model_admin.admin_site, attrs={"data-placeholder": _("Name or alias")}
        )
        self.form = forms.Form(initial={"actor": self.actor_id()})
        self.form.fields["actor"] = forms.ModelChoiceField(Actor.objects.all(), required=False, widget=widget)

    def has_output(self):
        return True

    def lookups(self, request, model_admin):
        return []

    def actor_id(self):
        value = self.value()
        return int(value) if value and value.isdigit() else None

    def queryset(self, request, queryset):
        if self.value() is None:
            return queryset
        if self.actor_id() is None:
            return queryset.none()
        return queryset.mentioning(Actor(pk=self.actor_id()))

    def choices(self, changelist):
        yield {
            "selected": self.value() is None,
            "query_string": changelist.get_query_string(remove=[self.parameter_name]),
            "display": _("All"),
            "field": self.form["actor"],
        }
