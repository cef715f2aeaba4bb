"""What keeps the changelists fast at a million claims: capped counts and indexed search."""

from django.core.paginator import Paginator
from django.db.models import Count, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils.functional import cached_property

from ..counting import narrowed


class CappedCountPaginator(Paginator):
    """Pages whose count never reads a million rows: see claims/counting.py.

    `count_kind` tells the pagination template whether `count` is exact, the planner's estimate
    of the whole table, or the cap a longer filtered list was counted up to (its pages stop there:
    an editor narrows the filters rather than paging past 10,000 rows).
    """

    @cached_property
    def count(self):
        # A list counted below the cap is paged by its ids (counting.narrowed).
        self.object_list, number, self.count_kind = narrowed(self.object_list)
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
