"""The reader-facing claim list's filters: one FilterSet, shared by the page, the exports and commands."""

import django_filters as filters
from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .models import Actor, Attribution, Claim, in_lineage
from .paging import DEFAULT_ORDERING, ORDERINGS, decode_cursor
from .search import MAX_QUERY_LENGTH, search_claims

# Conditions on one attribution: "Washington asserts it in a Le Monde article of March"
# means one attribution meeting all three, not three attributions meeting one each.
ATTRIBUTION_FILTERS = ("stance", "actor", "outlet", "article", "published_after", "published_before")


class CursorField(forms.CharField):
    def clean(self, value):
        value = super().clean(value)
        return decode_cursor(value) if value else None


class CursorFilter(filters.Filter):
    field_class = CursorField


class ClaimFilterForm(forms.Form):
    def clean(self):
        cleaned = super().clean()
        cursor = cleaned.get("cursor")
        if (
            cursor is not None
            and "ordering" in cleaned
            and cursor.ordering != (cleaned["ordering"] or DEFAULT_ORDERING)
        ):
            self.add_error("cursor", _("This page link belongs to another ordering."))
        return cleaned


class ActorField(forms.CharField):
    """An actor named by slug, name or any alias; cleans to the list of matching actors."""

    def __init__(self, *args, kinds=None, **kwargs):
        kwargs.setdefault("max_length", 200)
        self.kinds = kinds
        super().__init__(*args, **kwargs)

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return None
        actors = Actor.objects.matching(value)
        if self.kinds:
            actors = actors.filter(kind__in=self.kinds)
        actors = list(actors)
        if not actors:
            raise ValidationError(_("No actor is called “%(name)s”."), params={"name": value}, code="unknown")
        return actors


class ActorFilter(filters.Filter):
    field_class = ActorField


class SwitchInput(forms.CheckboxInput):
    """A checkbox that hands the raw value to its field, which decides what it means."""

    def value_from_datadict(self, data, files, name):
        return data.get(name)


class StrictBooleanField(forms.NullBooleanField):
    """A yes/no switch that refuses anything it does not understand instead of ignoring it."""

    widget = SwitchInput(
        attrs={"value": "true"}, check_test=lambda value: str(value).lower() in {"true", "1", "on", "yes"}
    )
    TRUE, FALSE = {"true", "1", "on", "yes"}, {"false", "0", "off", "no"}

    def to_python(self, value):
        if value in (None, "", False):
            return None
        if value is True or str(value).lower() in self.TRUE:
            return True
        if str(value).lower() in self.FALSE:
            return False
        raise ValidationError(_("Enter yes or no."), code="invalid")


class SwitchFilter(filters.BooleanFilter):
    field_class = StrictBooleanField


class IntegerFilter(filters.NumberFilter):
    field_class = forms.IntegerField


class ClaimFilterSet(filters.FilterSet):
    q = filters.CharFilter(
        label=_("Search"),
        method="filter_q",
        max_length=MAX_QUERY_LENGTH,
        help_text=_("Words from the claim or from a quote."),
    )
    status = filters.MultipleChoiceFilter(
        label=_("Status"), choices=Claim.Status.choices, widget=forms.CheckboxSelectMultiple
    )
    stance = filters.ChoiceFilter(
        label=_("Stance"), choices=Attribution.Stance.choices, method="collect", empty_label=_("any")
    )
    actor = ActorFilter(
        label=_("Actor"), method="collect", help_text=_("A name or alias: Washington, le Kremlin…")
    )
    asserted_by = ActorFilter(label=_("Asserted by"), method="filter_asserted_by")
    denied_by = ActorFilter(label=_("Denied by"), method="filter_denied_by")
    contested = SwitchFilter(
        label=_("Contested only"),
        method="filter_contested",
        help_text=_("Asserted by one source and denied by another."),
    )
    min_sources = IntegerFilter(
        label=_("Independent sources, at least"), method="filter_min_sources", min_value=0, max_value=1000
    )
    outlet = ActorFilter(label=_("Outlet"), method="collect", kinds=[Actor.Kind.MEDIA])
    article = filters.CharFilter(label=_("Article"), method="collect", max_length=200)
    published_after = filters.DateFilter(
        label=_("Published from"),
        method="collect",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    published_before = filters.DateFilter(
        label=_("Published until"),
        method="collect",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    ordering = filters.ChoiceFilter(
        label=_("Order by"),
        choices=[
            ("recent", _("most recent attribution")),
            ("sources", _("most independent sources")),
            ("reviewed", _("last review")),
        ],
        method="collect",
        empty_label=None,
    )
    # Where the page starts; applied by the list view (paging.list_page), never by exports of the whole list.
    cursor = CursorFilter(label=_("Page"), method="collect", max_length=500, widget=forms.HiddenInput)

    class Meta:
        model = Claim
        fields = []
        form = ClaimFilterForm

    def __init__(self, data=None, queryset=None, **kwargs):
        if queryset is None:
            queryset = Claim.objects.all()
        # Unbound (no parameters at all), the list still comes in its stable default order.
        queryset = queryset.order_by(*ORDERINGS[DEFAULT_ORDERING])
        super().__init__(data, queryset=queryset, **kwargs)

    def filter_queryset(self, queryset):
        # Invalid input explains itself through the form's errors and matches nothing,
        # never every claim.
        if self.is_bound and not self.form.is_valid():
            return queryset.none()
        queryset = super().filter_queryset(queryset)
        data = self.form.cleaned_data if self.is_bound else {}
        conditions = self.attribution_conditions(data)
        if conditions is not None:
            queryset = queryset.filter(pk__in=Attribution.objects.filter(conditions).values("claim_id"))
        return queryset.order_by(*ORDERINGS[data.get("ordering") or DEFAULT_ORDERING])

    def attribution_conditions(self, data):
        conditions = []
        if data.get("stance"):
            conditions.append(Q(stance=data["stance"]))
        if data.get("actor"):
            conditions.append(in_lineage(data["actor"], "actor__"))
        if data.get("outlet"):
            conditions.append(Q(article__outlet__in=data["outlet"]))
        if data.get("article"):
            conditions.append(Q(article__slug=data["article"]))
        if data.get("published_after"):
            conditions.append(Q(article__published_on__gte=data["published_after"]))
        if data.get("published_before"):
            conditions.append(Q(article__published_on__lte=data["published_before"]))
        if not conditions:
            return None
        return Q(*conditions)

    def collect(self, queryset, name, value):
        """Attribution-level filters are applied together in filter_queryset()."""
        return queryset

    def filter_q(self, queryset, name, value):
        return search_claims(queryset, value)

    def filter_asserted_by(self, queryset, name, value):
        return queryset.asserted_by(value)

    def filter_denied_by(self, queryset, name, value):
        return queryset.denied_by(value)

    def filter_contested(self, queryset, name, value):
        return queryset.contested() if value else queryset

    def filter_min_sources(self, queryset, name, value):
        return queryset.filter(source_count__gte=value) if value else queryset
