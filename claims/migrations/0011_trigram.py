"""pg_trgm on PostgreSQL: claims.matching ranks claims by trigram similarity of their text and quotes."""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("claims", "0010_suggestion")]

    operations = [TrigramExtension()]
