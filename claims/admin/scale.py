"""What keeps the changelists fast at a million claims: estimated counts and indexed search."""

from django.core.paginator import Paginator
from django.db import connections
from django.db.models import Count, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils.functional import cached_property

from ..models import MAX_ACTOR_DEPTH, Actor, Attribution, Claim
from ..search import DocumentMatches
from ..text import name_key

# Below this many rows an exact COUNT(*) is cheap, and a list of a few thousand should add up.
ESTIMATE_FROM = 100_000


def estimated_table_count(queryset):
    """PostgreSQL's estimate of the rows of the queryset's table, or None where it must be counted.

    Only a query over the whole table qualifies (no WHERE, DISTINCT, GROUP BY or slice): its
    count is the table's, which pg_class.reltuples tracks (-1 until the table is first analysed).
    """
    connection = connections[queryset.db]
    query = queryset.query
    if connection.vendor != "postgresql":
        return None
    if query.where or query.distinct or query.group_by or query.combinator or query.is_sliced:
        return None
    table = connection.ops.quote_name(queryset.model._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute("SELECT reltuples::bigint FROM pg_class WHERE oid = %s::regclass", [table])
        row = cursor.fetchone()
    if row is None or row[0] < ESTIMATE_FROM:
        return None
    return row[0]


class EstimatedCountPaginator(Paginator):
    """Counts a filtered or searched list exactly, but estimates a whole large table.

    An exact COUNT(*) of a million claims reads the whole table on every page view.
    """

    @cached_property
    def count(self):
        estimate = estimated_table_count(self.object_list)
        return super().count if estimate is None else estimate


def per_row_count(model, field):
    """How many `model` rows point at each listed row, as a correlated subquery.

    Unlike annotate(Count(...)), which aggregates the whole related table before the page is
    cut, PostgreSQL evaluates this only for the rows of the page (when not sorting on it).
    """
    counted = (
        model.objects.filter(**{field: OuterRef("pk")})
        .order_by()
        .values(field)
        .annotate(count=Count("*"))
        .values("count")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def actors_named(term):
    """Actors whose name or alias contains `term`, and everyone below them in the hierarchy."""
    key = name_key(term)
    named = Actor.objects.filter(Q(name_key__contains=key) | Q(aliases__key__contains=key))
    named = named.order_by().values("pk")
    below = Q()
    path = "pk"
    for _level in range(MAX_ACTOR_DEPTH):
        below |= Q(**{f"{path}__in": named})
        path = "parent" if path == "pk" else f"{path}__parent"
    return Actor.objects.filter(below).order_by().values("pk")


def search_claims_for_editors(queryset, term):
    """Claims whose text or a quote matches `term`, or attributed to an actor it names.

    PostgreSQL: French full-text search of each claim's search document (its text and quotes,
    GIN-indexed; claims/search.py) and the actor match, the two sets of ids united before
    meeting the claim table, so no row of it is scanned for a match.
    Elsewhere: Claim.objects.containing(), which folds every text, word by word.
    """
    if connections[queryset.db].vendor != "postgresql":
        return queryset.filter(pk__in=Claim.objects.containing(term).values("pk"))
    # order_by(): the models' default orderings would sort (and join articles) for nothing.
    by_document = Claim.objects.filter(DocumentMatches(term)).order_by().values("pk")
    by_actor = Attribution.objects.filter(actor__in=actors_named(term)).order_by().values("claim_id")
    return queryset.filter(pk__in=by_document.union(by_actor, all=True))
