"""The Django defaults Selon's pages replace, served beside them so that every figure is also a ratio.

Each one is what a plain Django project would write: the stock ModelAdmin (exact counts,
icontains search over the quotes, the default Paginator), a ListView with icontains search
and OFFSET pagination, DetailViews with prefetching, a CSV built in memory. They answer the
same questions over the same data; they are mounted only by bench.urls.
"""

import csv

from django.contrib import admin
from django.core.paginator import Paginator
from django.db.models import Prefetch, Q
from django.http import HttpResponse
from django.views.generic import DetailView, ListView

from claims.hierarchy import lineage_q
from claims.models import Actor, Attribution, Claim

PAGE_SIZE = 50
ACTOR_PAGE_QUOTES = 100

stock_site = admin.AdminSite(name="stock_admin")


@admin.register(Claim, site=stock_site)
class StockClaimAdmin(admin.ModelAdmin):
    list_display = ["text", "slug", "status", "updated_at"]
    list_filter = ["status"]
    search_fields = ["text", "attributions__quote"]

    def lookup_allowed(self, lookup, value, request=None):
        # Filtering by the attributions' actors (an actor and everyone below it) from the URL,
        # as a stock list_filter on attributions__actor would, without listing every actor.
        return lookup == "attributions__actor__in" or super().lookup_allowed(lookup, value, request)


def lineage_ids(slug):
    root = Actor.objects.filter(slug=slug).first()
    return [] if root is None else list(Actor.objects.filter(lineage_q(root)).values_list("pk", flat=True))


def with_attributions(claims):
    return claims.prefetch_related(
        Prefetch("attributions", queryset=Attribution.objects.select_related("actor", "article"))
    )


def filtered_claims(params):
    claims = Claim.objects.order_by("-updated_at", "slug")
    if params.get("q"):
        words = Q(text__icontains=params["q"]) | Q(attributions__quote__icontains=params["q"])
        claims = claims.filter(words).distinct()
    if params.get("actor"):
        claims = claims.filter(attributions__actor__in=lineage_ids(params["actor"])).distinct()
    for parameter, stance in (("asserted_by", "asserts"), ("denied_by", "denies")):
        if params.get(parameter):
            actors = lineage_ids(params[parameter])
            claims = claims.filter(attributions__actor__in=actors, attributions__stance=stance).distinct()
    if params.get("outlet"):
        claims = claims.filter(attributions__article__outlet__slug=params["outlet"]).distinct()
    if params.getlist("status"):
        claims = claims.filter(status__in=params.getlist("status"))
    if params.get("contested") == "true":
        claims = claims.contested()
    if params.get("published_after"):
        claims = claims.filter(attributions__article__published_on__gte=params["published_after"]).distinct()
    if params.get("published_before"):
        claims = claims.filter(attributions__article__published_on__lte=params["published_before"]).distinct()
    return claims


class ClaimList(ListView):
    paginate_by = PAGE_SIZE
    template_name = "bench/claim_list.html"

    def get_queryset(self):
        return with_attributions(filtered_claims(self.request.GET))


class ClaimDetail(DetailView):
    template_name = "bench/claim_detail.html"

    def get_queryset(self):
        return with_attributions(Claim.objects.prefetch_related("reviews"))


class ActorDetail(DetailView):
    template_name = "bench/actor_detail.html"
    model = Actor

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        quotes = (
            Attribution.objects.filter(lineage_q(self.object, "actor__"))
            .select_related("claim", "actor", "article")
            .order_by("-article__published_on", "pk")
        )
        context["page_obj"] = Paginator(quotes, ACTOR_PAGE_QUOTES).page(1)
        return context


def export_csv(request):
    """Every attribution of the filtered claims, written into one response in memory."""
    claims = filtered_claims(request.GET).order_by()
    rows = (
        Attribution.objects.filter(claim__in=claims.values("pk"))
        .select_related("claim", "actor", "article__outlet")
        .order_by("claim__slug", "pk")
    )
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    writer = csv.writer(response)
    writer.writerow(["claim_slug", "claim", "status", "actor", "stance", "cue", "quote", "article", "date"])
    for row in rows:
        writer.writerow(
            [
                row.claim.slug,
                row.claim.text,
                row.claim.status,
                row.actor.name if row.actor else "",
                row.stance,
                row.cue,
                row.quote,
                row.article.title,
                row.article.published_on,
            ]
        )
    return response
