"""The one way to search claims and actors, one implementation per database.

PostgreSQL: French full-text search on unaccented text, against each claim's
stored search document (its text and all its quotes; migration 0005, kept by
services.refresh_claim_summaries()), GIN-indexed. Being a condition on the claim row,
the planner can stop after one page for a common word instead of collecting every match.

SQLite (development): every word of the query, folded (text.fold(): no case, no accents),
must occur in the folded text or one of the quotes. A Python function registered on the
connection does the folding, since SQLite's lower() knows neither accents nor Unicode case.

Actors are found by their name key (text.name_key()), stored on each actor and alias, so
the same lookup serves every database.
"""

from django.db import connections
from django.db.models import BooleanField, Exists, F, Func, OuterRef, Q, Value

from .hierarchy import below_any, lineage_q
from .models import Actor, Attribution
from .text import fold, name_key

# Longest query accepted: longer input is refused by the form rather than sent to the database.
MAX_QUERY_LENGTH = 200


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


def actors_named(term):
    """Actors whose name or one of whose aliases contains `term`, ignoring case, accents and articles."""
    key = name_key(term)
    if not key:
        return Actor.objects.none()
    return Actor.objects.filter(Q(name_key__contains=key) | Q(aliases__key__contains=key)).distinct()


def search_claims(queryset, term, *, actors=False):
    """Claims whose text or quotes match `term`; with `actors`, also those quoting an actor it names.

    An actor named also finds what is attributed to anyone below it in the hierarchy.
    PostgreSQL: the search document, or, when `term` names actors (looked up first, on their
    own: most searches name none), an EXISTS on the claim's own attributions. Both are
    conditions on the claim row, so a list can walk its ordering index and stop after a page.
    Elsewhere: each word, folded, in the text, a quote or (with `actors`) an actor's name.
    """
    if connections[queryset.db].vendor == "postgresql":
        condition = Q(DocumentMatches(term))
        if actors:
            named = list(actors_named(term).order_by().values_list("pk", flat=True))
            if named:
                quoted = Attribution.objects.filter(lineage_q(named, "actor__"), claim=OuterRef("pk"))
                condition |= Q(Exists(quoted))
        return queryset.filter(condition)
    words = query_words(term)
    if not words:
        return queryset.none()
    for word in words:
        quoted = Q(Matches("quote", word))
        if actors:
            quoted |= below_any(actors_named(word).values("pk"), "actor__")
        in_quotes = Attribution.objects.filter(quoted).values("claim_id")
        queryset = queryset.filter(Q(Matches("text", word)) | Q(pk__in=in_quotes))
    return queryset
