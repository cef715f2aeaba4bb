"""One stored search document per claim (PostgreSQL only), replacing 0003's two indexes.

The document is the claim's text and all its quotes, French, unaccented, kept by
services.refresh_claim_summaries(). Searching it is a condition on the claim row
itself, so the planner can either use its GIN index (a rare word) or walk the list's
ordering index and stop after a page (a common word); with two indexes on two
tables it had to collect every match first. The column is not a model field: it
never travels in fixtures, and SQLite, which searches by containment, has none.
"""

from django.db import migrations

FORWARD = [
    "ALTER TABLE claims_claim ADD COLUMN IF NOT EXISTS search_document tsvector",
    """
    UPDATE claims_claim c SET search_document = to_tsvector(
        'french'::regconfig,
        selon_unaccent(c.text || ' ' || COALESCE(
            (SELECT string_agg(a.quote, ' ' ORDER BY a.id) FROM claims_attribution a WHERE a.claim_id = c.id), ''
        ))
    )
    """,
    "CREATE INDEX IF NOT EXISTS claims_claim_search_document ON claims_claim USING gin (search_document)",
    "DROP INDEX IF EXISTS claims_attribution_quote_fts",
    "DROP INDEX IF EXISTS claims_claim_text_fts",
]

BACKWARD = [
    """
    CREATE INDEX IF NOT EXISTS claims_claim_text_fts ON claims_claim
    USING gin (to_tsvector('french'::regconfig, selon_unaccent(text)))
    """,
    """
    CREATE INDEX IF NOT EXISTS claims_attribution_quote_fts ON claims_attribution
    USING gin (to_tsvector('french'::regconfig, selon_unaccent(quote)))
    """,
    "DROP INDEX IF EXISTS claims_claim_search_document",
    "ALTER TABLE claims_claim DROP COLUMN IF EXISTS search_document",
]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for statement in statements:
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("claims", "0004_claim_summary")]

    operations = [migrations.RunPython(_run(FORWARD), _run(BACKWARD), elidable=False)]
