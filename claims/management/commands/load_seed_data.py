"""Load the repository's fixtures in dependency order, plus the demo reviews.

`make run` calls it on every start: loaddata upserts by natural key, so a
second run creates nothing new, and the verdicts editors recorded since stay
in force (claims take back their latest review's status).
"""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from claims.services import refresh_claim_summaries, restore_review_statuses

# Dependency order: actors before the articles naming their outlet, both before claims.
SEED_FIXTURES = ["actors.json", "articles.json", "claims.json"]
DEMO_FIXTURES = ["demo/reviews.json"]


class Command(BaseCommand):
    help = "Load fixtures/ (seed data, then demo reviews) into the database."

    def add_arguments(self, parser):
        parser.add_argument("--no-demo", action="store_true", help="Load the seed data only.")

    def handle(self, *args, no_demo=False, **options):
        fixture_dir = settings.BASE_DIR / "fixtures"
        names = SEED_FIXTURES + ([] if no_demo else DEMO_FIXTURES)
        paths = [fixture_dir / name for name in names if (fixture_dir / name).exists()]
        if not paths:
            self.stdout.write("No fixtures to load.")
            return
        with transaction.atomic():
            call_command("loaddata", *[str(path) for path in paths], stdout=self.stdout)
            restored = restore_review_statuses()
            refresh_claim_summaries()
        if restored:
            self.stdout.write(f"{restored} claims kept the status of their latest review.")
