"""How many rows a list holds, without reading a million of them to say so.

Shared by the reader's claim list and the admin changelists: the whole of a large table is
PostgreSQL's estimate, a filtered list is counted up to COUNT_CAP and then said to be "more than".
"""

from django.db import connections

# Counting a filtered list stops here: "more than 10,000" tells an editor or a reader to narrow
# the filters, and costs at most 10,001 index entries instead of a full scan.
COUNT_CAP = 10_000

EXACT, ESTIMATE, AT_LEAST = "exact", "estimate", "at_least"


def table_estimate(queryset):
    """PostgreSQL's estimate of the rows of the queryset's table, or None where it does not apply.

    Only a query over the whole table qualifies (no WHERE, DISTINCT, GROUP BY or slice): its
    count is the table's, which pg_class.reltuples tracks (kept by autovacuum; -1 until the table
    is first analysed).
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
    return None if row is None else row[0]


def count_rows(queryset):
    """(number, kind): kind is EXACT, ESTIMATE (the whole of a large table) or AT_LEAST (capped)."""
    estimate = table_estimate(queryset)
    if estimate is not None and estimate > COUNT_CAP:
        return estimate, ESTIMATE
    number = queryset.order_by()[: COUNT_CAP + 1].count()
    if number > COUNT_CAP:
        return COUNT_CAP, AT_LEAST
    return number, EXACT
