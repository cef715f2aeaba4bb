"""The reader-facing pages: the filtered claim list (with its exports), claim, actor and article pages."""

import functools
import sys

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import DatabaseError, InterfaceError, OperationalError, connections
from django.db.models import Prefetch, prefetch_related_objects
from django.http import HttpResponse, JsonResponse, QueryDict
from django.shortcuts import render
from django.urls import reverse
from django.utils.formats import date_format, number_format
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from django.views import defaults
from django.views.decorators.cache import cache_page, never_cache
from django.views.generic import DetailView
from django_filters.views import FilterView

from . import feeds, fragments
from .counting import EXACT, count_rows, narrowed
from .filters import ClaimFilterSet
from .hierarchy import ancestor_paths
from .highlighting import highlight_quotes
from .models import Actor, Article, Attribution, Claim, reader_prefetches
from .paging import DEFAULT_ORDERING, NoSuchPage, list_page

PAGE_SIZE = 50
# Quotes per stance on an actor page; the claim list has the rest.
ACTOR_PAGE_QUOTES = 100
FORMATS = {"", "html", "csv", "excel", "json"}
# Parameters that are not filters: how to show the list, not which claims are in it.
NOT_FILTERS = {"page", "cursor", "format", "ordering", "start"}
# Shown at once; the others fold away under "More filters" so that a phone shows claims sooner.
PRIMARY_FILTERS = ("q", "status", "actor", "asserted_by", "denied_by", "contested", "ordering")
# What the filter form (claims/_claim_filters.html) shows.
FORM_CONTEXT = ("active_filters", "primary_fields", "secondary_fields", "secondary_open")


def querystring(params, **changes):
    """`params` (a QueryDict) re-encoded with `changes` applied; None removes a key.

    Empty parameters (every blank field of a submitted form) are left out: shared links stay short.
    """
    params = params.copy()
    for key in list(params):
        params.setlist(key, [value for value in params.getlist(key) if value != ""])
    for key, value in changes.items():
        params.pop(key, None)
        if value is not None:
            params[key] = value
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"


def start_param(params):
    """The `start` a page link carries (the offset of its first row), or None when absent or invalid."""
    value = params.get("start", "")
    return int(value) if value.isdigit() and int(value) < 10**9 else None


def group_by_stance(attributions):
    """[(stance, label, [attribution, …]), …] in the order asserts, denies, suspects; empty ones left out."""
    groups = [(stance.value, stance.label, []) for stance in Attribution.Stance]
    index = {value: items for value, _label, items in groups}
    for attribution in attributions:
        index[attribution.stance].append(attribution)
    return [group for group in groups if group[2]]


def cached_for_readers(view):
    """Serve anonymous readers from the cache for SELON_READER_CACHE_SECONDS.

    The list is read far more than it changes; a cached page is keyed on the full URL
    (every filter) and the language. Logged-in users, who may just have given a verdict,
    always get a fresh page. Streamed CSV exports are never cached.
    """

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        seconds = settings.SELON_READER_CACHE_SECONDS
        if seconds <= 0 or request.user.is_authenticated:
            return view(request, *args, **kwargs)
        return cache_page(seconds, key_prefix="readers")(view)(request, *args, **kwargs)

    return wrapped


def _shown_date(field, value):
    """A date filter as readers write dates ("19 juin 2024"); a value that is no date, as typed."""
    try:
        return date_format(field.clean(value), "DATE_FORMAT")
    except ValidationError:
        return value


class ClaimListView(FilterView):
    filterset_class = ClaimFilterSet
    template_name = "claims/claim_list.html"

    def get(self, request, *args, **kwargs):
        self.format = request.GET.get("format", "")
        self.filterset = self.get_filterset(self.filterset_class)
        self.valid = not self.filterset.is_bound or self.filterset.is_valid()
        if self.format in ("csv", "excel") and self.valid:
            return feeds.csv_response(self.filterset.qs, request, spreadsheet=self.format == "excel")
        self.object_list = self.filterset.qs
        return self.render_to_response(self.get_context_data(filter=self.filterset))

    def get_filterset_kwargs(self, filterset_class):
        return {"data": self.request.GET or None, "request": self.request}

    def paginate(self, queryset):
        """(claims, links, error): one page of the list (paging.list_page), with its links."""
        self.start = None  # the offset of the first row shown, when known: "51–100 sur …"
        if not self.valid:
            return [], {}, None
        data = self.filterset.form.cleaned_data if self.filterset.is_bound else {}
        params = self.request.GET
        try:
            claims, following, preceding, self.start = list_page(
                queryset,
                data.get("ordering") or DEFAULT_ORDERING,
                PAGE_SIZE,
                cursor=data.get("cursor"),
                number=params.get("page"),
                start=start_param(params),
            )
        except NoSuchPage:
            return [], {}, _("This page does not exist.")
        known = self.start is not None
        links = {}
        if following:
            after = str(self.start + len(claims)) if known else None
            links["next"] = querystring(params, page=None, cursor=following, start=after)
        if preceding:
            before = str(max(self.start - PAGE_SIZE, 0)) if known else None
            links["previous"] = querystring(params, page=None, cursor=preceding, start=before)
        return claims, links, None

    def get_context_data(self, **kwargs):
        # Counted first: how many claims match decides how the page is read (counting.narrowed).
        listed, count, count_kind = narrowed(self.object_list) if self.valid else (None, 0, EXACT)
        claims, links, self.page_error = self.paginate(listed)
        # An HTML page fetches and renders only the rows not already in the cache (fragments.py).
        # Logged-in users, who may just have renamed an actor, get every row fresh.
        html = self.format != "json"
        rows = fragments.cached_rows(claims) if html and not self.request.user.is_authenticated else {}
        missing = [claim for claim in claims if claim.pk not in rows]
        prefetch_related_objects(missing, *reader_prefetches())
        context = super().get_context_data(object_list=claims, **kwargs)
        params = self.request.GET
        for claim in missing:
            claim.voices = [
                (label, list({a.actor_id: a.actor for a in items}.values()))
                for _stance, label, items in group_by_stance(claim.attribution_list)
            ]
            claim.latest = claim.review_history[0] if claim.review_history else None
        if html:
            rows.update(fragments.render_rows(missing))
            for claim in claims:
                claim.row_html = rows[claim.pk]
        form = self.filterset.form
        secondary = [
            form[name] for name in form.fields if name not in PRIMARY_FILTERS and name not in NOT_FILTERS
        ]
        context.update(
            primary_fields=[form[name] for name in PRIMARY_FILTERS],
            secondary_fields=secondary,
            secondary_open=any(params.get(field.name) or field.errors for field in secondary),
            claims=claims,
            count=count,
            count_kind=count_kind,
            count_shown=number_format(count, force_grouping=True),
            position=self.start is not None
            and claims
            and {
                "first": number_format(self.start + 1, force_grouping=True),
                "last": number_format(self.start + len(claims), force_grouping=True),
            },
            links=links,
            page_error=self.page_error,
            format_error=self.format not in FORMATS,
            active_filters=self.active_filters(),
            csv_url=querystring(params, page=None, cursor=None, start=None, format="csv"),
            spreadsheet_url=querystring(params, page=None, cursor=None, start=None, format="excel"),
            json_url=querystring(params, format="json"),
            first_page_url=querystring(params, page=None, cursor=None, start=None),
        )
        if html:
            shown = {name: context[name] for name in FORM_CONTEXT}
            ignored = NOT_FILTERS - {"ordering"}
            context["filter_form"] = fragments.filter_form(shown, params, self.valid, ignored)
        return context

    def active_filters(self):
        """Each filter value the reader set, with the link that removes just that one."""
        form, params, active = self.filterset.form, self.request.GET, []
        for name, field in form.fields.items():
            if name in NOT_FILTERS:
                continue
            choices = dict(getattr(field, "choices", ()))
            for value in params.getlist(name):
                if value == "":
                    continue
                remaining = params.copy()
                remaining.setlist(name, [other for other in params.getlist(name) if other != value])
                remaining.pop("page", None)
                remaining.pop("cursor", None)
                remaining.pop("start", None)
                shown = choices.get(value, value)
                if isinstance(field, forms.DateField):
                    shown = _shown_date(field, value)
                if name == "contested":
                    shown = _("yes")
                active.append({"label": field.label, "value": shown, "remove_url": querystring(remaining)})
        return active

    def render_to_response(self, context, **response_kwargs):
        if self.format == "json":
            errors = self.filterset.form.errors if self.filterset.is_bound else {}
            if self.page_error:
                errors = {**errors, "page": [self.page_error]}
            data = feeds.page_json(
                count=context["count"],
                count_kind=context["count_kind"],
                claims=context["claims"],
                errors=errors,
                links=context["links"],
                request=self.request,
            )
            return JsonResponse(
                data, status=400 if errors else 200, json_dumps_params={"ensure_ascii": False}
            )
        return super().render_to_response(context, **response_kwargs)


class ClaimDetailView(DetailView):
    template_name = "claims/claim_detail.html"
    context_object_name = "claim"

    def get_queryset(self):
        return Claim.objects.for_readers()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        claim = self.object
        latest = claim.review_history[0] if claim.review_history else None
        # Two queries, whatever the number of attributions; none when there are none.
        sources = claim.independent_sources() if claim.attribution_list else {}
        context.update(
            latest_review=latest,
            stance_groups=group_by_stance(claim.attribution_list),
            sources=[
                (stance.label, sources[stance.value])
                for stance in Attribution.Stance
                if sources.get(stance.value)
            ],
        )
        if latest is not None and claim.status != Claim.Status.UNREVIEWED:
            review = feeds.claim_review(claim, latest, claim.attribution_list, self.request)
            context["claim_review_json_ld"] = feeds.json_ld_script(review, nonce=self.request.csp_nonce)
        return context


class ActorDetailView(DetailView):
    template_name = "claims/actor_detail.html"
    context_object_name = "actor"

    def get_queryset(self):
        # Three levels of parents in one join: the hierarchy is at most four deep.
        return Actor.objects.select_related(ancestor_paths()[-1]).prefetch_related(
            Prefetch("aliases", to_attr="alias_list"),
            Prefetch("children", queryset=Actor.objects.order_by("name"), to_attr="child_list"),
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        lineage = Attribution.objects.filter(actor__in=Actor.objects.lineage_ids(self.object))
        # A government is quoted in hundreds of thousands of claims: counted up to the cap.
        totals = {
            stance: count_rows(lineage.filter(stance=stance).values("claim_id").distinct())
            for stance in Attribution.Stance
        }
        quoted = [stance for stance, (total, _kind) in totals.items() if total]
        # The newest quotes here, the rest in the list.
        # The counts tell which stances are too rarely quoted for the newest articles to hold a page.
        sparse = [stance for stance in quoted if totals[stance][1] == EXACT]
        newest = lineage.newest_by_stance(quoted, ACTOR_PAGE_QUOTES, sparse=sparse)
        groups = []
        for stance in quoted:
            total, total_kind = totals[stance]
            by_claim = {}
            for attribution in newest[stance]:
                by_claim.setdefault(attribution.claim, []).append(attribution)
            groups.append(
                {
                    "stance": stance.value,
                    "claims": list(by_claim.items()),
                    "total": total,
                    "total_kind": total_kind,
                    "total_shown": number_format(total, force_grouping=True),
                    "list_url": reverse("claims:claim-list")
                    + querystring(QueryDict(mutable=True), actor=self.object.slug, stance=stance.value),
                }
            )
        context.update(ancestors=list(reversed(self.object.ancestors())), stance_groups=groups)
        return context


def mark_for_readers(text, carrier, covering, starting):
    """A quoted piece of an article page: marked by stance, linked to its claim, a `q-<id>` anchor each."""
    anchors = format_html_join("", '<span id="q-{}" class="anchor"></span>', ((a.pk,) for a in starting))
    title = " · ".join(str(a.claim) for a in covering)
    return format_html(
        '{}<mark class="stance-{}"><a href="{}" title="{}">{}</a></mark>',
        anchors,
        carrier.stance,
        carrier.claim.get_absolute_url(),
        title,
        text,
    )


class ArticleDetailView(DetailView):
    template_name = "claims/article_detail.html"
    context_object_name = "article"

    def get_queryset(self):
        return Article.objects.select_related("outlet")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        attributions = list(
            self.object.attributions.select_related("claim", "actor").order_by("start", "end", "pk")
        )
        context.update(
            attributions=attributions, body=highlight_quotes(self.object.body, attributions, mark_for_readers)
        )
        return context


@never_cache
def healthz(request):
    """For load balancers: 200 while the primary database answers, 503 otherwise."""
    try:
        with connections["default"].cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")


def server_error(request):
    """Django's 500 page, except when the database is unreachable: then a 503 that says so.

    Django closes a connection that failed at the end of the request, so the next request
    reconnects and the site comes back by itself once the database does.
    """
    if isinstance(sys.exc_info()[1], OperationalError | InterfaceError):
        response = render(request, "503.html", status=503)
        response["Retry-After"] = "30"
        return response
    return defaults.server_error(request)


def login_locked(request, original_response=None, credentials=None):
    """django-axes' answer to a login refused after too many wrong passwords, in French."""
    context = {
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "cooloff_minutes": int(settings.AXES_COOLOFF_TIME.total_seconds() // 60),
    }
    return render(request, "claims/login_locked.html", context, status=429)
