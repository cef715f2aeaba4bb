"""Export as Django JSON fixtures: natural keys, no numeric ids, byte-stable output, streamed.

Rows are read with `values_list(...).iterator()` (a server-side cursor on PostgreSQL) and
written as they come, so memory stays flat however large the database is. Objects are
ordered by model (dependencies first), then by natural key compared byte by byte, which
gives the same order on SQLite and PostgreSQL.
"""

import datetime
import json
from pathlib import Path

from django.contrib.auth import get_user_model
from django.db import connections
from django.db.models import F, Q
from django.db.models.functions import Collate

from ..hierarchy import ancestor_paths
from ..models import Actor, ActorAlias, Article, Attribution, Claim, Review
from .spec import UNUSABLE_PASSWORD, specs

# The repository's layout (fixtures/): which models go to which file in directory mode.
FILE_LAYOUT = {
    "actors.json": ("claims.actor", "claims.actoralias"),
    "articles.json": ("claims.article",),
    "claims.json": ("claims.claim", "claims.attribution"),
    "reviews.json": ("auth.user", "claims.review"),
}
CHUNK_SIZE = 2000
_encode = json.JSONEncoder(ensure_ascii=False).encode


def select(claims=None):
    """{label: queryset} of everything to export: the whole database, or `claims` and what they need.

    What they need: their attributions, the articles those appear in and, for
    attributions relayed "via" another claim's attribution, that claim too; the
    actors named (with their ancestors and aliases) and the outlets; the reviews
    and their reviewers.
    """
    User = get_user_model()
    if claims is None:
        return {
            "auth.user": User.objects.filter(pk__in=Review.objects.values("reviewer_id")),
            "claims.actor": Actor.objects.all(),
            "claims.actoralias": ActorAlias.objects.all(),
            "claims.article": Article.objects.all(),
            "claims.claim": Claim.objects.all(),
            "claims.attribution": Attribution.objects.all(),
            "claims.review": Review.objects.all(),
        }
    wanted = Q(pk__in=claims.values("pk"))
    relayed = set()
    while True:
        chosen = Claim.objects.filter(wanted | Q(pk__in=relayed))
        more = set(
            Attribution.objects.filter(relays__claim__in=chosen)
            .exclude(claim__in=chosen)
            .values_list("claim_id", flat=True)
        )
        if not more - relayed:
            break
        relayed |= more
    attributions = Attribution.objects.filter(claim__in=chosen)
    articles = Article.objects.filter(pk__in=attributions.values("article_id"))
    named = Actor.objects.filter(
        Q(pk__in=attributions.values("actor_id")) | Q(pk__in=articles.values("outlet_id"))
    )
    with_ancestors = Q(pk__in=named.values("pk"))
    for path in ancestor_paths():
        with_ancestors |= Q(pk__in=named.values(f"{path}_id"))
    actors = Actor.objects.filter(with_ancestors)
    reviews = Review.objects.filter(claim__in=chosen)
    return {
        "auth.user": User.objects.filter(pk__in=reviews.values("reviewer_id")),
        "claims.actor": actors,
        "claims.actoralias": ActorAlias.objects.filter(actor__in=actors),
        "claims.article": articles,
        "claims.claim": chosen,
        "claims.attribution": attributions,
        "claims.review": reviews,
    }


def _ordering(spec, vendor):
    """Natural-key order, byte by byte: PostgreSQL's "C" collation is SQLite's default."""
    ordering = []
    for lookup in spec.key_lookups:
        field_name = lookup.rsplit("__", 1)[-1]
        expression = F(lookup)
        if field_name not in ("start", "number") and vendor == "postgresql":
            expression = Collate(expression, "C")
        ordering.append(expression.asc(nulls_first=True))
    return ordering


def _encode_value(spec, values):
    if spec.kind == "ref":
        return "null" if values[0] is None else _encode(list(values))
    (value,) = values
    if isinstance(value, datetime.datetime):
        value = value.astimezone(datetime.UTC).isoformat().replace("+00:00", "Z")
    elif isinstance(value, datetime.date):
        value = value.isoformat()
    return _encode(value)


def _rows(spec, queryset):
    """Yield each object of queryset as its fixture text, indented to sit in the top-level list."""
    vendor = connections[queryset.db].vendor
    head = f'  {{\n    "model": "{spec.label}",\n    "fields": {{\n'
    tail = "\n    }\n  }"
    if spec.label == "auth.user":
        # Reviewers travel as placeholders: a username, no usable password, inactive.
        names = queryset.order_by(*_ordering(spec, vendor)).values_list(spec.key_lookups[0], flat=True)
        for name in names.iterator(chunk_size=CHUNK_SIZE):
            yield (
                f'{head}      "username": {_encode(name)},\n      "password": "{UNUSABLE_PASSWORD}",\n'
                f'      "is_active": false{tail}'
            )
        return
    lookups = [lookup for field in spec.fields for lookup in field.lookups]
    rows = queryset.order_by(*_ordering(spec, vendor)).values_list(*lookups)
    for row in rows.iterator(chunk_size=CHUNK_SIZE):
        lines, position = [], 0
        for field in spec.fields:
            width = len(field.lookups)
            lines.append(f'      "{field.name}": {_encode_value(field, row[position : position + width])}')
            position += width
        yield head + ",\n".join(lines) + tail


def write_fixture(stream, selection, labels=None):
    """Write the objects of `selection` (see select()) for `labels` to a text stream. Returns counts."""
    counts, first, buffer = {}, True, ["["]
    for label, spec in specs().items():
        if labels is not None and label not in labels:
            continue
        counts[label] = 0
        for text in _rows(spec, selection[label]):
            buffer.append(("\n" if first else ",\n") + text)
            first = False
            counts[label] += 1
            if len(buffer) >= 500:
                stream.write("".join(buffer))
                buffer = []
    buffer.append("]\n" if first else "\n]\n")
    stream.write("".join(buffer))
    return counts


def write_fixture_file(path, selection, labels=None):
    with open(path, "w", encoding="utf-8", newline="\n") as stream:
        return write_fixture(stream, selection, labels)


def write_fixture_directory(directory, selection, reviews_name="reviews.json"):
    """Write the repository layout (FILE_LAYOUT) under directory; reviews only when there are some."""
    directory = Path(directory)
    counts = {}
    for name, labels in FILE_LAYOUT.items():
        if name == "reviews.json":
            if not selection["claims.review"].exists():
                continue
            name = reviews_name
        path = directory / name
        path.parent.mkdir(parents=True, exist_ok=True)
        counts[str(path)] = write_fixture_file(path, selection, labels)
    return counts
