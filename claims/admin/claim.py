"""Claims and their verdicts: the changelist editors work from, the review actions and form."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.widgets import AutocompleteSelect
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.timezone import localtime
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from .. import services
from ..forms import STALE_REFUSED, VERDICT_READ_ONLY, AttributionForm, ClaimForm, ReviewForm
from ..history import changes_since, review_of_history_row
from ..models import Attribution, Claim, Review
from ..search import search_claims
from .columns import actors_column, last_quoted_column, quoted_actors
from .desk import similar_claims_urls
from .interchange import export_as_fixture, import_fixture_urls
from .list_filters import (
    ActorFilter,
    ContestedFilter,
    NoNamedSourceFilter,
    OutletFilter,
    SingleSourceFilter,
    StanceFilter,
)
from .scale import CappedCountPaginator
from .versioning import AttributionInline, VersionedAdminMixin

STYLESHEET = {"all": ["admin/claims/selon.css"]}
# A verdict is weighed claim by claim: one rationale for thousands of claims at once (say, every
# claim of a filtered list of 200,000) is a slip of the "select all" link, not a review.
MAX_REVIEWED_AT_ONCE = 500


def status_badge(status, label):
    return format_html('<span class="selon-status selon-status-{}">{}</span>', status, label)


class ReviewInline(admin.TabularInline):
    """The verdicts on a claim, newest first; history, so never edited here."""

    model = Review
    fields = ["number", "status", "rationale", "evidence", "reviewer", "created_at"]
    readonly_fields = fields
    ordering = ["-number"]
    extra = 0
    can_delete = False
    verbose_name_plural = _("reviews (newest first)")

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("reviewer")

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


def verdict_locked(request, claim):
    """Whether what `claim`'s verdict rests on is read-only for this user: a contributor, a reviewed claim."""
    return (
        claim is not None
        and claim.status != Claim.Status.UNREVIEWED
        and not request.user.has_perm("claims.review_claim")
    )


def verdict_notice(request, claim):
    """The sentence above a reviewed claim's form saying who may change it, and what that does."""
    if claim is None or claim.status == Claim.Status.UNREVIEWED:
        return None
    if verdict_locked(request, claim):
        return format_html(
            '<p class="selon-verdict-lock">{}</p>', VERDICT_READ_ONLY % {"status": claim.get_status_display()}
        )
    return format_html(
        '<p class="selon-verdict-lock">{}</p>',
        gettext(
            "This claim has a verdict (%(status)s). Changing its text or its attributions reopens it: "
            "give the reason below, and it goes back to “Unreviewed” with your reason in its review history."
        )
        % {"status": claim.get_status_display()},
    )


class ClaimAttributionInline(AttributionInline):
    fk_name = "claim"

    def get_fields(self, request, obj=None):
        fields = super().get_fields(request, obj)
        return [name for name in fields if name != "occurrence"] if verdict_locked(request, obj) else fields

    # A contributor sees a reviewed claim's attributions but cannot change, add or remove them.
    def has_add_permission(self, request, obj=None):
        return not verdict_locked(request, obj) and super().has_add_permission(request, obj)

    def has_change_permission(self, request, obj=None):
        return not verdict_locked(request, obj) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return not verdict_locked(request, obj) and super().has_delete_permission(request, obj)


@admin.register(Claim)
class ClaimAdmin(VersionedAdminMixin, admin.ModelAdmin):
    form = ClaimForm
    list_display = [
        "status_column",
        "text",
        actors_column,
        last_quoted_column,
        "attribution_count",
        "sources_column",
        "article_count",
        "last_reviewed_column",
    ]
    list_display_links = ["text"]
    ordering = ["-updated_at", "slug"]  # walks the claims_claim_updated index
    # At a million claims: no exact count of the whole table, and no second count beside the first.
    paginator = CappedCountPaginator
    show_full_result_count = False
    list_filter = [
        "status",
        StanceFilter,
        ActorFilter,
        OutletFilter,
        ContestedFilter,
        SingleSourceFilter,
        NoNamedSourceFilter,
    ]
    # Searching goes through search.search_claims() (see get_search_results); listing a
    # field here is what turns the search box and the autocomplete of other pages on.
    search_fields = ["text"]
    search_help_text = _("Claim text, quotes, actor names and aliases; accents and case do not matter.")
    prepopulated_fields = {"slug": ["text"]}
    readonly_fields = ["status_summary", "source_summary", "created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["text", "slug", "seen_version"]}),
        (_("Verdict"), {"fields": ["status_summary", "source_summary"]}),
        (_("Dates"), {"fields": ["created_at", "updated_at"], "classes": ["collapse"]}),
    ]
    inlines = [ClaimAttributionInline, ReviewInline]
    # The verdicts, then the fixture export of the selected claims.
    actions = ["mark_corroborated", "mark_disputed", "mark_unreviewed", export_as_fixture]
    change_form_template = "admin/claims/claim/change_form.html"

    @property
    def media(self):
        # The actor filter is an autocomplete: the changelist needs select2 like a change form does.
        # (Defining `media` replaces what a Media class would declare, hence the explicit Media here.)
        actor_field = Attribution._meta.get_field("actor")
        own = forms.Media(
            css=STYLESHEET,
            js=[
                "admin/js/vendor/jquery/jquery.js",
                "admin/js/jquery.init.js",
                "admin/claims/actor_filter.js",
                "admin/claims/similar_claims.js",
            ],
        )
        return AutocompleteSelect(actor_field, self.admin_site).media + super().media + own

    def get_queryset(self, request):
        # The counts shown are stored on each claim (services.refresh_claim_summaries()).
        return super().get_queryset(request).prefetch_related(quoted_actors())

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        return [*readonly, "text"] if verdict_locked(request, obj) else readonly

    def get_prepopulated_fields(self, request, obj=None):
        return {} if verdict_locked(request, obj) else super().get_prepopulated_fields(request, obj)

    def get_fieldsets(self, request, obj=None):
        fieldsets = [(name, dict(options)) for name, options in super().get_fieldsets(request, obj)]
        notice = verdict_notice(request, obj)
        if notice is not None:
            main = fieldsets[0][1]
            main["description"] = notice
            if not verdict_locked(request, obj):
                main["fields"] = [*main["fields"], "reopen_rationale"]
        return fieldsets

    def get_search_results(self, request, queryset, search_term):
        if not search_term.strip():
            return queryset, False
        return search_claims(queryset, search_term.strip(), actors=True), False

    # The history page: beside each row's old → new, the verdict that made it (reopenings included).
    history_list_display = ["verdict"]

    def verdict(self, record):
        review = review_of_history_row(record)
        if review is None:
            return ""
        return format_html(
            "{} — <q>{}</q>",
            gettext("Verdict #%(number)s: %(status)s")
            % {"number": review.number, "status": review.get_status_display()},
            review.rationale,
        )

    # Columns and read-only fields

    @admin.display(description=_("status"), ordering="status")
    def status_column(self, claim):
        return status_badge(claim.status, claim.get_status_display())

    @admin.display(description=_("attributions"), ordering="attribution_count")
    def attribution_count(self, claim):
        return claim.attribution_count

    @admin.display(description=_("sources asserting / denying"), ordering="source_count")
    def sources_column(self, claim):
        return format_html("{} / {}", claim.asserting_sources, claim.denying_sources)

    @admin.display(description=_("articles"), ordering="article_count")
    def article_count(self, claim):
        return claim.article_count

    @admin.display(description=_("last review"), ordering="last_reviewed", empty_value="—")
    def last_reviewed_column(self, claim):
        return claim.last_reviewed and date_format(localtime(claim.last_reviewed), "SHORT_DATE_FORMAT")

    @admin.display(description=_("status"))
    def status_summary(self, claim):
        review = claim.latest_review
        badge = status_badge(claim.status, claim.get_status_display())
        if review is None:
            return badge
        return format_html(
            '{}<p class="selon-rationale">{}</p><p class="help">{}</p>',
            badge,
            review.rationale,
            gettext("Review #%(number)d by %(reviewer)s")
            % {"number": review.number, "reviewer": review.reviewer},
        )

    @admin.display(description=_("independent sources"))
    def source_summary(self, claim):
        sources = claim.independent_sources()
        rows = [
            (label, ", ".join(actor.name for actor in sources[stance]) or "—")
            for stance, label in Attribution.Stance.choices
        ]
        return format_html(
            '<ul class="selon-sources">{}</ul>', format_html_join("", "<li>{} : {}</li>", rows)
        )

    # Verdicts

    def has_review_permission(self, request, obj=None):
        return request.user.has_perm("claims.review_claim")

    @admin.action(description=_("Mark as corroborated"), permissions=["review"])
    def mark_corroborated(self, request, queryset):
        return self._review_selected(request, queryset, Claim.Status.CORROBORATED)

    @admin.action(description=_("Mark as disputed"), permissions=["review"])
    def mark_disputed(self, request, queryset):
        return self._review_selected(request, queryset, Claim.Status.DISPUTED)

    @admin.action(description=_("Reset to unreviewed"), permissions=["review"])
    def mark_unreviewed(self, request, queryset):
        return self._review_selected(request, queryset, Claim.Status.UNREVIEWED)

    def _review_selected(self, request, queryset, status):
        """The intermediate page: the selected claims and the rationale; confirming records the reviews."""
        selected = queryset.order_by()[: MAX_REVIEWED_AT_ONCE + 1].count()
        if selected > MAX_REVIEWED_AT_ONCE:
            self.message_user(
                request,
                gettext(
                    "A verdict can be recorded on at most %(limit)d claims at once: narrow the "
                    "filters or select fewer claims. Nothing was recorded."
                )
                % {"limit": MAX_REVIEWED_AT_ONCE},
                messages.ERROR,
            )
            return None
        data = request.POST if "confirm" in request.POST else None
        moved = self._moved_since_confirmation(request, queryset) if data is not None else []
        if moved:
            # Nothing is recorded: the page comes back with what moved and the current versions.
            self.message_user(
                request,
                gettext(
                    "Nothing was recorded: these claims changed after this page was opened: %(claims)s. "
                    "Check what changed below, then confirm again."
                )
                % {"claims": "; ".join(f"« {claim.text[:80]} »" for claim, _entries in moved)},
                messages.ERROR,
            )
            data = None
        form = ReviewForm(data, initial={"status": status, **self._posted_review(request, moved)})
        form.fields["status"].disabled = True
        if form.is_valid():
            claims = list(queryset)
            with transaction.atomic():
                for claim in claims:
                    self._record_review(request, claim, status, form.cleaned_data)
            label = Claim.Status(status).label
            self.message_user(
                request,
                ngettext(
                    "Verdict “%(status)s” recorded on %(count)d claim.",
                    "Verdict “%(status)s” recorded on %(count)d claims.",
                    len(claims),
                )
                % {"status": label, "count": len(claims)},
                messages.SUCCESS,
            )
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": gettext("Verdict: %(status)s") % {"status": Claim.Status(status).label},
            "opts": self.model._meta,
            "claims": queryset.order_by("pk"),
            "form": form,
            "stale": moved,
            "status": status,
            "action": request.POST.get("action", ""),
            "select_across": request.POST.get("select_across", "0"),
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            "media": self.media,
        }
        return TemplateResponse(request, "admin/claims/claim/review_selected.html", context)

    def _moved_since_confirmation(self, request, queryset):
        """[(claim, changes_since())] for the selected claims saved since the confirmation page."""
        moved = []
        for claim in queryset.order_by("pk"):
            seen = request.POST.get(f"version_{claim.pk}")
            seen = int(seen) if seen and seen.isdigit() else None
            if seen != claim.version:
                moved.append((claim, changes_since(claim, seen) if seen is not None else []))
        return moved

    def _posted_review(self, request, moved):
        """The rationale and evidence typed on a refused page, to confirm again without retyping them."""
        if not moved:
            return {}
        return {name: request.POST.get(name, "") for name in ("rationale", "evidence")}

    def _record_review(self, request, claim, status, data):
        review = services.review_claim(
            claim=claim,
            status=status,
            rationale=data["rationale"],
            evidence=data["evidence"],
            reviewer=request.user,
        )
        message = gettext("Review #%(number)d: %(status)s. Rationale: %(rationale)s") % {
            "number": review.number,
            "status": review.get_status_display(),
            "rationale": review.rationale,
        }
        self.log_change(request, claim, message)
        return review

    def get_urls(self):
        review = self.admin_site.admin_view(self.review_view)
        return [
            *import_fixture_urls(self),
            *similar_claims_urls(self),
            path("<path:object_id>/review/", review, name="claims_claim_review"),
            *super().get_urls(),
        ]

    def review_view(self, request, object_id):
        """The review form of a single claim's page."""
        claim = self.get_object(request, object_id)
        if claim is None:
            raise Http404
        if not self.has_review_permission(request):
            raise PermissionDenied
        change_url = reverse("admin:claims_claim_change", args=[claim.pk])
        data, stale = (request.POST if request.method == "POST" else None), []
        seen = (data or {}).get("review-seen_version")
        if seen and seen.isdigit() and services.is_stale(claim, int(seen)):
            # A verdict on a version nobody is looking at any more: show what changed and a fresh form.
            stale = [(claim, changes_since(claim, int(seen)))]
            self.message_user(request, STALE_REFUSED, messages.ERROR)
            initial = {name: data.get(f"review-{name}", "") for name in ("status", "rationale", "evidence")}
            form = ReviewForm(initial=initial, prefix="review", claim=claim)
        else:
            form = ReviewForm(data, prefix="review", claim=claim)
        if form.is_valid():
            review = self._record_review(request, claim, form.cleaned_data["status"], form.cleaned_data)
            self.message_user(
                request,
                gettext("Verdict “%(status)s” recorded on this claim.")
                % {"status": review.get_status_display()},
                messages.SUCCESS,
            )
            return HttpResponseRedirect(change_url)
        context = {
            **self.admin_site.each_context(request),
            "title": gettext("Review this claim"),
            "opts": self.model._meta,
            "original": claim,
            "claims": [claim],
            "form": form,
            "stale": stale,
            "change_url": change_url,
            "media": self.media,
        }
        return TemplateResponse(request, "admin/claims/claim/review_claim.html", context)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = extra_context or {}
        if self.has_review_permission(request):
            claim = self.get_object(request, object_id)
            extra_context["review_form"] = ReviewForm(prefix="review", claim=claim) if claim else None
            extra_context["review_url"] = reverse("admin:claims_claim_review", args=[object_id])
        return super().change_view(request, object_id, form_url, extra_context)


@admin.register(Attribution)
class AttributionAdmin(VersionedAdminMixin, admin.ModelAdmin):
    form = AttributionForm
    list_display = ["claim", "actor", "stance", "cue", "article"]
    list_filter = ["stance"]
    list_select_related = ["claim", "actor", "article"]
    search_fields = ["quote", "cue", "claim__text", "actor__name"]
    autocomplete_fields = ["claim", "article", "actor", "via"]
    fields = ["claim", "article", "actor", "stance", "cue", "quote", "occurrence", "via", "seen_version"]

    def get_fields(self, request, obj=None):
        claim = obj.claim if obj is not None else None
        if verdict_locked(request, claim):
            return [name for name in self.fields if name != "occurrence"]
        if request.user.has_perm("claims.review_claim"):
            return [*self.fields, "reopen_rationale"]
        return self.fields

    def get_readonly_fields(self, request, obj=None):
        if obj is not None and verdict_locked(request, obj.claim):
            return ["claim", "article", "actor", "stance", "quote", "via"]
        return super().get_readonly_fields(request, obj)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        context["verdict_notice"] = verdict_notice(request, obj.claim if obj is not None else None)
        return super().render_change_form(request, context, add, change, form_url, obj)


@admin.register(Review)
class ReviewAdmin(admin.ModelAdmin):
    list_display = ["claim", "number", "status_column", "reviewer", "created_at"]
    list_filter = ["status"]
    list_select_related = ["claim", "reviewer"]
    search_fields = ["claim__text", "rationale"]

    class Media:
        css = STYLESHEET

    @admin.display(description=_("status"), ordering="status")
    def status_column(self, review):
        return status_badge(review.status, review.get_status_display())

    # Reviews are history: recorded through review_claim(), never edited or deleted.
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
