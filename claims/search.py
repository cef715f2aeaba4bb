"""Full-text search over claim texts and quotes, one implementation per database.

PostgreSQL: French full-text search on unaccented text. The expression
`to_tsvector('french'::regconfig, selon_unaccent(column))` is the one the GIN
indexes of migration 0003_search are built on, written identically here so that
the planner uses them.

SQLite (development): every word of the query, folded (no case, no accents),
must occur in the folded text. A Python function registered on the connection
does the folding, since SQLite's lower() knows neither accents nor Unicode case.
"""

from django.db.models import BooleanField, F, Func, Q, Value

from .models import Attribution, Claim
from .text import strip_accents

# Longest query accepted: longer input is refused by the form rather than sent to the database.
MAX_QUERY_LENGTH = 200


def fold(text):
    """Lower-case, accent-free form of text for containment search; None stays None."""
    if text is None:
        return None
    return strip_accents(text).casefold()


def query_words(query):
    return fold(query).split()


class Matches(Func):
    """True when the text column matches the reader's query (see the module docstring)."""

    conditional = True
    output_field = BooleanField()
    arity = 2

    def __init__(self, column, query):
        super().__init__(F(column), Value(query))

    def _parts(self, compiler, connection):
        column, query = self.get_source_expressions()
        column_sql, column_params = compiler.compile(column)
        return column_sql, tuple(column_params), query.value

    def as_postgresql(self, compiler, connection, **extra_context):
        column_sql, params, query = self._parts(compiler, connection)
        sql = (
            f"to_tsvector('french'::regconfig, selon_unaccent({column_sql})) "
            "@@ websearch_to_tsquery('french'::regconfig, selon_unaccent(%s))"
        )
        return sql, (*params, query)

    def as_sql(self, compiler, connection, **extra_context):
        column_sql, params, query = self._parts(compiler, connection)
        if connection.vendor == "sqlite":
            connection.ensure_connection()
            connection.connection.create_function("selon_fold", 1, fold, deterministic=True)
            folded = f"selon_fold({column_sql})"
        else:
            folded = f"LOWER({column_sql})"
        words = query_words(query)
        if not words:
            return "1 = 0", ()
        sql = " AND ".join(f"INSTR({folded}, %s) > 0" for _word in words)
        return f"({sql})", tuple(param for word in words for param in (*params, word))


def search_claims(queryset, query):
    """Claims whose text, or any of whose quotes, matches `query`.

    Two subqueries rather than `text matches OR id in (…)`: PostgreSQL cannot combine
    an OR with a subquery into one index scan, and would compute the text vector of
    every claim; each subquery uses its own GIN index.
    """
    by_text = Claim.objects.filter(Matches("text", query)).values("pk")
    by_quote = Attribution.objects.filter(Matches("quote", query)).values("claim_id")
    return queryset.filter(Q(pk__in=by_text) | Q(pk__in=by_quote))
