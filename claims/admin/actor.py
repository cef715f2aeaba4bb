"""Actors: aliases, place in the hierarchy, what they say, and merging two records of one actor."""

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.models import CHANGE, DELETION, LogEntry
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .. import services
from ..forms import ActorForm, MergeActorsForm
from ..models import Actor, ActorAlias, Attribution, Claim
from ..search import actors_named
from ..text import name_key
from .scale import CappedCountPaginator, per_row_count
from .versioning import VersionedAdminMixin


class ActorAliasInline(admin.TabularInline):
    model = ActorAlias
    extra = 1


@admin.register(Actor)
class ActorAdmin(VersionedAdminMixin, admin.ModelAdmin):
    form = ActorForm
    list_display = ["name", "kind", "country", "parent", "attribution_count"]
    list_filter = ["kind"]
    ordering = ["name", "slug"]
    paginator = CappedCountPaginator
    show_full_result_count = False
    list_select_related = ["parent"]
    search_fields = ["name", "slug", "aliases__alias"]
    search_help_text = _("Name or alias; accents and case do not matter.")
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["parent"]
    readonly_fields = ["children_list", "claim_counts"]
    inlines = [ActorAliasInline]
    actions = ["merge"]

    def get_queryset(self, request):
        # Counted for the page's rows only, not aggregated over every attribution.
        return super().get_queryset(request).annotate(attribution_count=per_row_count(Attribution, "actor"))

    def get_search_results(self, request, queryset, search_term):
        key = name_key(search_term)
        if not key:
            return queryset, False
        matching = Q(pk__in=actors_named(search_term).values("pk")) | Q(slug__icontains=search_term.strip())
        return queryset.filter(matching), False

    @admin.display(description=_("attributions"), ordering="attribution_count")
    def attribution_count(self, actor):
        return actor.attribution_count

    @admin.display(description=_("below it in the hierarchy"))
    def children_list(self, actor):
        children = [
            (reverse("admin:claims_actor_change", args=[child.pk]), child.name)
            for child in actor.children.all()
        ]
        if not children:
            return "—"
        return format_html("<ul>{}</ul>", format_html_join("", '<li><a href="{}">{}</a></li>', children))

    @admin.display(description=_("claims, itself and below it"))
    def claim_counts(self, actor):
        if actor.pk is None:
            return "—"
        return format_html(
            "{} : {} · {} : {} · {} : {}",
            gettext("asserted"),
            Claim.objects.asserted_by(actor).count(),
            gettext("denied"),
            Claim.objects.denied_by(actor).count(),
            gettext("suspected"),
            Claim.objects.suspected_by(actor).count(),
        )

    def has_merge_permission(self, request):
        # A merge deletes one record: it needs both rights (an action's permissions only need one).
        return self.has_change_permission(request) and self.has_delete_permission(request)

    @admin.action(description=_("Merge two actors that are one"), permissions=["merge"])
    def merge(self, request, queryset):
        actors = queryset.order_by("name", "pk")
        if actors.count() != 2:
            self.message_user(request, gettext("Select exactly two actors to merge."), messages.WARNING)
            return None
        form = MergeActorsForm(request.POST if "confirm" in request.POST else None, actors=actors)
        if form.is_valid():
            survivor = form.cleaned_data["survivor"]
            duplicate = next(actor for actor in actors if actor.pk != survivor.pk)
            try:
                message = self._merge(request, survivor, duplicate)
            except ValidationError as error:
                self.message_user(request, " ".join(error.messages), messages.ERROR)
                return None
            self.message_user(request, f"{survivor} — {message}", messages.SUCCESS)
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": gettext("Merge two actors"),
            "opts": self.model._meta,
            "actors": actors,
            "form": form,
            "action": request.POST.get("action", ""),
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            "media": self.media,
        }
        return TemplateResponse(request, "admin/claims/actor/merge_actors.html", context)

    @transaction.atomic
    def _merge(self, request, survivor, duplicate):
        """Merge, and put it in the history of every record it touched, the deleted one included."""
        names = {"name": duplicate.name, "survivor": survivor.name}
        LogEntry.objects.log_actions(
            user_id=request.user.pk,
            queryset=[duplicate],
            action_flag=DELETION,
            change_message=gettext("Merged into “%(survivor)s”.") % names,
        )
        moved = services.merge_actors(survivor=survivor, duplicate=duplicate)
        touched = moved["attributions"] + moved["children"] + moved["articles"]
        if touched:
            LogEntry.objects.log_actions(
                user_id=request.user.pk,
                queryset=touched,
                action_flag=CHANGE,
                change_message=gettext("Actor “%(name)s” merged into “%(survivor)s”.") % names,
            )
        message = gettext(
            "Merged “%(name)s” into it: %(attributions)d attributions, %(aliases)d aliases, "
            "%(children)d actors below it, %(articles)d articles."
        ) % {"name": duplicate.name, **{key: len(records) for key, records in moved.items()}}
        self.log_change(request, survivor, message)
        return message
