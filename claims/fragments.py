"""Rendered pieces of the reader list kept in the cache (Redis when REDIS_URL is set), shared by workers.

A claim row is keyed on everything it shows that changes: the claim's id, creation time and
version (bumped by every change to the claim, its reviews or its attributions), its status and
summary columns, and the language. An actor's rename does not bump the versions of its claims: a
row may show the old name to anonymous readers for at most SELON_ROW_CACHE_SECONDS (logged-in
users get fresh rows, written back to the cache). The filter form of a valid query is
a function of the query alone, so it is keyed on the query.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.template.loader import get_template
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

ROW_TEMPLATE = "claims/_claim_row.html"
FORM_TEMPLATE = "claims/_claim_filters.html"


def _seconds():
    return settings.SELON_ROW_CACHE_SECONDS


def row_key(claim, language):
    stamp = claim.created_at.timestamp()
    summary = f"{claim.status}:{claim.source_count}:{claim.last_seen}"
    return f"claim-row:{language}:{claim.pk}:{stamp}:{claim.version}:{summary}"


def cached_rows(claims):
    """{claim id: row HTML} for the claims whose row is in the cache; {} when the cache is off."""
    if _seconds() <= 0 or not claims:
        return {}
    language = get_language()
    keys = {row_key(claim, language): claim.pk for claim in claims}
    found = cache.get_many(list(keys))
    return {keys[key]: mark_safe(html) for key, html in found.items()}


def render_rows(claims):
    """{claim id: row HTML} rendered now (the claims carry voices and latest), and cached."""
    template = get_template(ROW_TEMPLATE)
    rows = {claim.pk: template.render({"claim": claim}) for claim in claims}
    if _seconds() > 0 and rows:
        language = get_language()
        cache.set_many({row_key(claim, language): str(rows[claim.pk]) for claim in claims}, _seconds())
    return {pk: mark_safe(html) for pk, html in rows.items()}


def filter_form(context, params, valid, ignored):
    """The filter form's HTML; a valid query's is cached, keyed on its parameters and the language."""
    template = get_template(FORM_TEMPLATE)
    if _seconds() <= 0 or not valid:
        return mark_safe(template.render(context))
    # Keys sorted, each key's values in their order: a text field shows the last of its values.
    shown = sorted((key, values) for key, values in params.lists() if key not in ignored)
    digest = hashlib.sha256(repr(shown).encode()).hexdigest()
    key = f"claim-filters:{get_language()}:{digest}"
    html = cache.get(key)
    if html is None:
        html = str(template.render(context))
        cache.set(key, html, _seconds())
    return mark_safe(html)
