"""Writing many rows at once without building model instances: the fixture import and the corpus generator."""

import itertools

from django.db import connection, models


def insert_rows(model, names, rows, *, batch_size=1000):
    """Insert `rows` (sequences of values in the order of the fields `names`, references as ids).

    PostgreSQL takes them with COPY, the fastest way in; other databases with executemany, in
    batches of `batch_size`, dates and references adapted as Django would save them. `rows` may
    be any iterable, a generator included: it is read once. Returns how many rows were written.
    """
    fields = [model._meta.get_field(name) for name in names]
    quote = connection.ops.quote_name
    table = quote(model._meta.db_table)
    columns = ", ".join(quote(field.column) for field in fields)
    count = 0
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                for values in rows:
                    copy.write_row(values)
                    count += 1
            return count
        adapt = [
            (position, field)
            for position, field in enumerate(fields)
            if isinstance(field, models.DateField) or field.is_relation
        ]
        sql = f"INSERT INTO {table} ({columns}) VALUES ({', '.join(['%s'] * len(fields))})"
        rows = iter(rows)
        for batch in iter(lambda: [list(values) for values in itertools.islice(rows, batch_size)], []):
            for values in batch:
                for position, field in adapt:
                    values[position] = field.get_db_prep_save(values[position], connection)
            cursor.executemany(sql, batch)
            count += len(batch)
    return count


# Autovacuum's own rule for when a table's statistics are stale: this many rows written, plus
# this share of the table (PostgreSQL's autovacuum_analyze_threshold and _scale_factor defaults).
ANALYZE_THRESHOLD, ANALYZE_SCALE_FACTOR = 50, 0.1


def analyze_tables(written):
    """ANALYZE (and VACUUM) the tables of `written` ({model: rows written}) that a bulk write made stale.

    Right after a bulk load PostgreSQL plans from the statistics of the table as it was, or from
    none at all: at a million claims that turned a 30 ms list into 540 ms until autovacuum came
    by, and autovacuum may be off. A table is analysed when the rows written reach autovacuum's
    threshold; one never analysed, whenever anything was written to it. Nothing elsewhere than on
    PostgreSQL. Returns the models analysed.
    """
    written = {model: rows for model, rows in written.items() if rows}
    if connection.vendor != "postgresql" or not written:
        return []
    tables = {model._meta.db_table: model for model in written}
    with connection.cursor() as cursor:
        cursor.execute("SELECT relname, reltuples FROM pg_class WHERE relname = ANY(%s)", [list(tables)])
        sizes = dict(cursor.fetchall())
        stale = [
            model
            for table, model in tables.items()
            if sizes.get(table, -1) < 0
            or written[model] >= ANALYZE_THRESHOLD + ANALYZE_SCALE_FACTOR * sizes[table]
        ]
        # Outside a transaction, VACUUM too: it marks the new rows visible to all, which lets
        # the attribution indexes answer "which claims quote this actor" without the table.
        command = "ANALYZE" if connection.in_atomic_block else "VACUUM (ANALYZE)"
        for model in stale:
            cursor.execute(f"{command} {connection.ops.quote_name(model._meta.db_table)}")
    return stale
