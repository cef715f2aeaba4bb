"""What readers take away: CSV and JSON of a filtered claim list, schema.org ClaimReview markup."""

import csv
import json

from django.conf import settings
from django.db.models import Prefetch
from django.http import StreamingHttpResponse
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from .models import Actor, Attribution, Claim

CSV_COLUMNS = [
    "claim_slug",
    "claim",
    "status",
    "actor",
    "stance",
    "cue",
    "quote",
    "article_slug",
    "article",
    "outlet",
    "date",
    "article_url",
]
# A spreadsheet runs a cell beginning with one of these as a formula (CSV injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
CSV_CHUNK = 500


def neutralise(value):
    """A cell a spreadsheet will show as text, never evaluate."""
    if value is None:
        return ""
    value = str(value)
    if value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


class _Echo:
    def write(self, value):
        return value


def csv_rows(claims, request):
    writer = csv.writer(_Echo())
    yield writer.writerow(CSV_COLUMNS)
    # Only the attributions: a CSV row has no review column.
    quoted = Prefetch("attributions", queryset=Attribution.objects.for_readers(), to_attr="attribution_list")
    for claim in claims.prefetch_related(quoted).iterator(chunk_size=CSV_CHUNK):
        for attribution in claim.attribution_list:
            article = attribution.article
            row = [
                claim.slug,
                claim.text,
                claim.status,
                attribution.actor.name if attribution.actor_id else "",
                attribution.stance,
                attribution.cue,
                attribution.quote,
                article.slug,
                article.title,
                article.outlet.name if article.outlet_id else "",
                article.published_on.isoformat() if article.published_on else "",
                request.build_absolute_uri(article.get_absolute_url()),
            ]
            yield writer.writerow([neutralise(cell) for cell in row])
        # Each prefetched attribution points back at its claim: a reference cycle that only a
        # full garbage collection frees, and a process holding many objects runs those rarely
        # (memory figures in docs/benchmarks.md). Breaking it frees each claim once its rows are written.
        del claim.attribution_list


def csv_response(claims, request):
    """The whole filtered list, one row per attribution, streamed so that size costs no memory."""
    response = StreamingHttpResponse(csv_rows(claims, request), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="selon-claims.csv"'
    return response


def claim_json(claim, request):
    latest = claim.review_history[0] if claim.review_history else None
    return {
        "slug": claim.slug,
        "url": request.build_absolute_uri(claim.get_absolute_url()),
        "text": claim.text,
        "status": claim.status,
        "status_label": claim.get_status_display(),
        "independent_sources": {
            "total": claim.source_count,
            "asserting": claim.asserting_sources,
            "denying": claim.denying_sources,
        },
        "latest_review": latest
        and {
            "number": latest.number,
            "status": latest.status,
            "rationale": latest.rationale,
            "evidence": latest.evidence,
            "reviewed_at": latest.created_at.isoformat(),
        },
        "attributions": [
            {
                "actor": attribution.actor
                and {"slug": attribution.actor.slug, "name": attribution.actor.name},
                "stance": attribution.stance,
                "cue": attribution.cue,
                "quote": attribution.quote,
                "article": {
                    "slug": attribution.article.slug,
                    "title": attribution.article.title,
                    "outlet": attribution.article.outlet and attribution.article.outlet.name,
                    "published_on": attribution.article.published_on
                    and attribution.article.published_on.isoformat(),
                    "url": request.build_absolute_uri(attribution.article.get_absolute_url()),
                    "quote_url": request.build_absolute_uri(
                        f"{attribution.article.get_absolute_url()}#q-{attribution.pk}"
                    ),
                },
            }
            for attribution in claim.attribution_list
        ],
    }


def page_json(*, count, count_kind, claims, errors, links, request):
    """One page of the filtered list; see "JSON export" in the README for the structure."""
    return {
        # "exact", "estimate" (the whole list on PostgreSQL) or "at_least" (counting stopped there).
        "count": count,
        "count_kind": count_kind,
        "next": links.get("next") and request.build_absolute_uri(links["next"]),
        "previous": links.get("previous") and request.build_absolute_uri(links["previous"]),
        "errors": {field: [str(message) for message in messages] for field, messages in errors.items()},
        "results": [claim_json(claim, request) for claim in claims],
    }


def _actor_node(actor):
    kind = "Person" if actor.kind == Actor.Kind.PERSON else "Organization"
    return {"@type": kind, "name": actor.name}


def claim_review(claim, review, attributions, request):
    """schema.org ClaimReview for a reviewed claim (Google's fact-check markup), as a dict."""
    with translation.override("fr"):
        rating_label = str(Claim.Status(review.status).label)
    author = {"@type": "Organization", "name": settings.SELON_NEWSROOM_NAME}
    if settings.SELON_NEWSROOM_URL:
        author["url"] = settings.SELON_NEWSROOM_URL
    actors = {
        a.actor.pk: a.actor for a in attributions if a.actor_id and a.stance == Attribution.Stance.ASSERTS
    }
    articles = {a.article.pk: a.article for a in attributions}
    authors = [_actor_node(actor) for actor in actors.values()]
    if not authors:
        # Nobody named asserts it: the outlets printing it in their own voice are its authors.
        outlets = {article.outlet.pk: article.outlet for article in articles.values() if article.outlet_id}
        authors = [{"@type": "Organization", "name": outlet.name} for outlet in outlets.values()]
    appearances = []
    for article in articles.values():
        appearance = {"@type": "CreativeWork", "headline": article.title}
        appearance["url"] = article.url or request.build_absolute_uri(article.get_absolute_url())
        if article.published_on:
            appearance["datePublished"] = article.published_on.isoformat()
        if article.outlet_id:
            appearance["publisher"] = {"@type": "Organization", "name": article.outlet.name}
        appearances.append(appearance)
    dates = sorted(article.published_on for article in articles.values() if article.published_on)
    item = {
        "@type": "Claim",
        "author": authors,
        "appearance": appearances,
    }
    if dates:
        item["datePublished"] = dates[0].isoformat()
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": request.build_absolute_uri(claim.get_absolute_url()),
        "claimReviewed": claim.text,
        "datePublished": review.created_at.date().isoformat(),
        "author": author,
        "reviewRating": {"@type": "Rating", "alternateName": rating_label},
        "itemReviewed": item,
    }


# Inside <script>, "</script>" or "<!--" in a claim's text would end the element early.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def json_ld_script(data):
    payload = json.dumps(data, ensure_ascii=False, indent=2).translate(_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))
