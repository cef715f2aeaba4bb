"""Recompute the figures stored on every claim (counts, sources, dates).

Every write through Selon keeps them current; this repairs them after data was
changed behind its back (SQL by hand, `loaddata` of files without them).
"""

from django.core.management.base import BaseCommand

from claims.services import refresh_claim_summaries


class Command(BaseCommand):
    help = "Recompute the stored counts, sources and dates of every claim."

    def handle(self, *args, **options):
        self.stdout.write(f"{refresh_claim_summaries()} claims refreshed.")
