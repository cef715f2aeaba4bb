"""What keeps the changelists fast at a million claims: capped counts and indexed search."""

from django.core.paginator import Paginator
from django.db import connections
from django.db.models import Count, Exists, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils.functional import cached_property

from ..counting import count_rows
from ..hierarchy import lineage_q
from ..models import Actor, Attribution, Claim
from ..search import DocumentMatches
from ..text import name_key


class CappedCountPaginator(Paginator):
    """Pages whose count never reads a million rows: see claims/counting.py.

    `count_kind` tells the pagination template whether `count` is exact, the planner's estimate
    of the whole table, or the cap a longer filtered list was counted up to (its pages stop there:
    an editor narrows the filters rather than paging past 10,000 rows).
    """

    @cached_property
    def count(self):
        number, self.count_kind = count_rows(self.object_list)
        return number


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


def named_actor_ids(term):
    """Primary keys of the actors whose name or an alias contains `term` (ignoring case and accents).

    Looked up first, on its own: most searches name no actor, and then the claim list needs no
    condition on attributions at all.
    """
    key = name_key(term)
    if not key:
        return []
    named = Actor.objects.filter(Q(name_key__contains=key) | Q(aliases__key__contains=key))
    return list(named.order_by().values_list("pk", flat=True).distinct())


def search_claims_for_editors(queryset, term):
    """Claims whose text or a quote matches `term`, or attributed to an actor it names or one below.

    PostgreSQL: French full-text search of each claim's search document (its text and quotes,
    GIN-indexed; claims/search.py), or, when `term` names actors, an EXISTS on the claim's own
    attributions. Both are conditions on the claim row, so the changelist can walk its ordering
    index and stop after a page instead of collecting, then sorting, every match.
    Elsewhere: Claim.objects.containing(), which folds every text, word by word.
    """
    if connections[queryset.db].vendor != "postgresql":
        return queryset.filter(pk__in=Claim.objects.containing(term).values("pk"))
    condition = Q(DocumentMatches(term))
    named = named_actor_ids(term)
    if named:
        quoted = Attribution.objects.filter(lineage_q(named, "actor__"), claim=OuterRef("pk"))
        condition |= Q(Exists(quoted))
    return queryset.filter(condition)
