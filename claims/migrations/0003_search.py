"""Full-text search indexes for the reader-facing claim list (PostgreSQL only).

French full-text search, accent-insensitive, over claim texts and attribution quotes.
to_tsvector() needs an IMMUTABLE function to sit in an index and unaccent() is only
STABLE (its dictionary could change), hence the selon_unaccent() wrapper, which pins
the dictionary. claims/search.py queries with exactly the indexed expressions.
SQLite has nothing to create: its search is a containment fallback.
"""

from django.db import migrations

FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    """
    CREATE OR REPLACE FUNCTION selon_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$
    """,
    """
    CREATE INDEX IF NOT EXISTS claims_claim_text_fts ON claims_claim
    USING gin (to_tsvector('french'::regconfig, selon_unaccent(text)))
    """,
    """
    CREATE INDEX IF NOT EXISTS claims_attribution_quote_fts ON claims_attribution
    USING gin (to_tsvector('french'::regconfig, selon_unaccent(quote)))
    """,
]

BACKWARD = [
    "DROP INDEX IF EXISTS claims_attribution_quote_fts",
    "DROP INDEX IF EXISTS claims_claim_text_fts",
    "DROP FUNCTION IF EXISTS selon_unaccent(text)",
]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for statement in statements:
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("claims", "0002_roles")]

    operations = [migrations.RunPython(_run(FORWARD), _run(BACKWARD), elidable=False)]
