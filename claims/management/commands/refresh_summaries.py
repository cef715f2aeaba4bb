"""Recompute the figures stored on every claim (counts, sources, dates).

Every write through Selon keeps them current; this repairs them after data was
changed behind its back (SQL by hand, `loaddata` of files without them).
"""

from django.core.management.base import BaseCommand

from claims.bulk import analyze_tables
from claims.models import Claim
from claims.services import refresh_claim_summaries


class Command(BaseCommand):
    help = "Recompute the stored counts, sources and dates of every claim."

    def handle(self, *args, **options):
        refreshed = refresh_claim_summaries()
        # The list orderings and filters are planned on these columns: statistics to match.
        analyze_tables({Claim: refreshed})
        self.stdout.write(f"{refreshed} claims refreshed.")
