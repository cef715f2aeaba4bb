"""pg_trgm on PostgreSQL: claims.matching ranks claims by trigram similarity of their text and quotes."""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations


class TrigramOnPostgreSQL(TrigramExtension):
    # Django checks the database only on the way forward; unapplied on SQLite, there is nothing to drop.
    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_backwards(app_label, schema_editor, from_state, to_state)


class Migration(migrations.Migration):
    dependencies = [("claims", "0010_suggestion")]

    operations = [TrigramOnPostgreSQL()]
