"""Full-text search over claim texts and quotes, one implementation per database.

PostgreSQL: French full-text search on unaccented text, against each claim's
stored search document (its text and all its quotes; migration 0005, kept by
services.refresh_claim_summaries()), GIN-indexed. Being a condition on the claim row,
the planner can stop after one page for a common word instead of collecting every match.

SQLite (development): every word of the query, folded (no case, no accents),
must occur in the folded text. A Python function registered on the connection
does the folding, since SQLite's lower() knows neither accents nor Unicode case.
"""

from django.db import connections
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
    """True when the text column contains every word of the query, folded (the non-PostgreSQL search)."""

    conditional = True
    output_field = BooleanField()
    arity = 2

    def __init__(self, column, query):
        super().__init__(F(column), Value(query))

    def _parts(self, compiler, connection):
        column, query = self.get_source_expressions()
        column_sql, column_params = compiler.compile(column)
        return column_sql, tuple(column_params), query.value

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


class DocumentMatches(Func):
    """True when the claim's stored search document matches the query (PostgreSQL only)."""

    conditional = True
    output_field = BooleanField()

    def __init__(self, query):
        super().__init__(Value(query))

    def as_sql(self, compiler, connection, **extra_context):
        (query,) = self.get_source_expressions()
        table = compiler.quote_name_unless_alias(compiler.query.get_initial_alias())
        sql = f"{table}.search_document @@ websearch_to_tsquery('french'::regconfig, selon_unaccent(%s))"
        return sql, (query.value,)


def search_claims(queryset, query):
    """Claims whose text, or any of whose quotes, matches `query`."""
    if connections[queryset.db].vendor == "postgresql":
        return queryset.filter(DocumentMatches(query))
    by_text = Claim.objects.filter(Matches("text", query)).values("pk")
    by_quote = Attribution.objects.filter(Matches("quote", query)).values("claim_id")
    return queryset.filter(Q(pk__in=by_text) | Q(pk__in=by_quote))
