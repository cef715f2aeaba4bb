"""The reader-facing pages: the filtered claim list (with its exports), claim, actor and article pages."""

import functools

from django.conf import settings
from django.db.models import Prefetch, prefetch_related_objects
from django.http import JsonResponse, QueryDict
from django.urls import reverse
from django.utils.formats import number_format
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_page
from django.views.generic import DetailView
from django_filters.views import FilterView

from . import feeds
from .counting import EXACT, count_rows
from .filters import DEFAULT_ORDERING, ClaimFilterSet, encode_cursor, keyset_page
from .models import Actor, Article, Attribution, Claim

PAGE_SIZE = 50
# Quotes per stance on an actor page; the claim list has the rest.
ACTOR_PAGE_QUOTES = 100
FORMATS = {"", "html", "csv", "excel", "json"}
# Parameters that are not filters: how to show the list, not which claims are in it.
NOT_FILTERS = {"page", "cursor", "format", "ordering", "start"}
# `?page=N` is an offset scan: kept for old links, and only this far; deeper pages come by cursor.
MAX_PAGE_NUMBER = 20
# Shown at once; the others fold away under "More filters" so that a phone shows claims sooner.
PRIMARY_FILTERS = ("q", "status", "actor", "asserted_by", "denied_by", "contested", "ordering")


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


class ClaimListView(FilterView):
    filterset_class = ClaimFilterSet
    template_name = "claims/claim_list.html"
    paginate_by = PAGE_SIZE

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
        """(claims, links, error): one page of the list, by cursor, or by small page number.

        Every page link carries a cursor, the sort values of the row it continues from: a deep
        page is read straight from the ordering index instead of skipping the rows before it.
        """
        data = self.filterset.form.cleaned_data if self.filterset.is_bound and self.valid else {}
        ordering = data.get("ordering") or DEFAULT_ORDERING
        cursor = data.get("cursor")
        self.start = None  # the offset of the first row shown, when the link says it: "51–100 sur …"
        if not self.valid:
            return [], {}, None
        params, links = self.request.GET, {}
        number = self.request.GET.get("page")
        if number and cursor is None:
            try:
                number = int(number)
            except ValueError:
                number = 0
            if not 1 <= number <= MAX_PAGE_NUMBER:
                return [], {}, _("This page does not exist.")
            start = (number - 1) * PAGE_SIZE
            rows = list(queryset[start : start + PAGE_SIZE + 1])
            if number > 1 and not rows:
                return [], {}, _("This page does not exist.")
            claims, more, earlier = rows[:PAGE_SIZE], len(rows) > PAGE_SIZE, number > 1
            self.start = start
        else:
            # Counting the rows before a cursor would cost what keyset paging saves: the links carry it.
            self.start = 0 if cursor is None else start_param(self.request.GET)
            claims, more = keyset_page(queryset, ordering, PAGE_SIZE, cursor)
            earlier = cursor is not None
            if cursor is not None and cursor.backward:
                earlier, more = more, True
                if not earlier:
                    # Back at the start: show a full first page rather than the few rows before the cursor.
                    claims, more = keyset_page(queryset, ordering, PAGE_SIZE)
                    self.start = 0
        known = self.start is not None
        if claims and more:
            after = str(self.start + len(claims)) if known else None
            links["next"] = querystring(
                params, page=None, cursor=encode_cursor(claims[-1], ordering), start=after
            )
        if claims and earlier:
            previous = encode_cursor(claims[0], ordering, backward=True)
            before = str(max(self.start - PAGE_SIZE, 0)) if known else None
            links["previous"] = querystring(params, page=None, cursor=previous, start=before)
        return claims, links, None

    def get_context_data(self, **kwargs):
        claims, links, self.page_error = self.paginate(self.object_list)
        prefetch_related_objects(claims, *feeds.reader_prefetches())
        count, count_kind = count_rows(self.object_list) if self.valid else (0, EXACT)
        context = super().get_context_data(object_list=claims, **kwargs)
        params = self.request.GET
        for claim in claims:
            claim.voices = [
                (label, list({a.actor_id: a.actor for a in items}.values()))
                for _stance, label, items in group_by_stance(claim.attribution_list)
            ]
            claim.latest = claim.review_history[0] if claim.review_history else None
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
        return context

    def paginate_queryset(self, queryset, page_size):
        # Paging is done by paginate(): the list's pages are not numbered.
        return None, None, queryset, False

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
        return feeds.with_reader_relations(Claim.objects.all())

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
            context["claim_review_json_ld"] = feeds.json_ld_script(review)
        return context


class ActorDetailView(DetailView):
    template_name = "claims/actor_detail.html"
    context_object_name = "actor"

    def get_queryset(self):
        # Three levels of parents in one join: the hierarchy is at most four deep.
        return Actor.objects.select_related("parent__parent__parent").prefetch_related(
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
        newest = lineage.newest_by_stance(quoted, ACTOR_PAGE_QUOTES)
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


def highlight_quotes(body, attributions):
    """The article body as HTML, each quote marked and linked to its claim.

    The body is cut at every quote boundary, so overlapping or nested quotes give
    flat, well-formed markup: each piece is escaped, then wrapped once. An anchor
    `q-<id>` marks where each quote starts.
    """
    spans = [a for a in attributions if 0 <= a.start < a.end <= len(body)]
    cuts = sorted({0, len(body), *(a.start for a in spans), *(a.end for a in spans)})
    pieces = []
    for left, right in zip(cuts, cuts[1:], strict=False):
        text = body[left:right]
        covering = [a for a in spans if a.start <= left and right <= a.end]
        anchors = format_html_join(
            "", '<span id="q-{}" class="anchor"></span>', ((a.pk,) for a in spans if a.start == left)
        )
        if not covering:
            pieces.append(format_html("{}{}", anchors, text))
            continue
        # The innermost quote (the latest to start) names the link; the title lists them all.
        inner = max(covering, key=lambda a: (a.start, -a.end))
        title = " · ".join(str(a.claim) for a in covering)
        pieces.append(
            format_html(
                '{}<mark class="stance-{}"><a href="{}" title="{}">{}</a></mark>',
                anchors,
                inner.stance,
                inner.claim.get_absolute_url(),
                title,
                text,
            )
        )
    return format_html_join("", "{}", ((piece,) for piece in pieces))


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
        context.update(attributions=attributions, body=highlight_quotes(self.object.body, attributions))
        return context
