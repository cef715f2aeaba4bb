"""Load the repository's fixtures in dependency order, plus the demo reviews.

`make run` calls it on every start: loaddata upserts by natural key, so a
second run creates nothing new, and the verdicts editors recorded since stay
in force (claims take back their latest review's status). The seed articles'
suggestions are stored too, as an article import stores them, so their desk
opens with suggestions to review; rejected ones stay rejected on reload.
"""

import json

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from claims.models import Article
from claims.services import refresh_claim_summaries, refresh_suggestions, restore_review_statuses

# Dependency order: actors before the articles naming their outlet, both before claims.
SEED_FIXTURES = ["actors.json", "articles.json", "claims.json"]
DEMO_FIXTURES = ["demo/reviews.json"]


def missing_reviewers(paths):
    """Usernames the demo reviews name that have no account: loaddata would stop on them."""
    names = {
        item["fields"]["reviewer"][0]
        for path in paths
        if path.exists()
        for item in json.loads(path.read_text(encoding="utf-8"))
        if item["model"] == "claims.review" and item["fields"].get("reviewer")
    }
    found = set(get_user_model().objects.filter(username__in=names).values_list("username", flat=True))
    return sorted(names - found)


class Command(BaseCommand):
    help = "Load fixtures/ (seed data, then demo reviews) into the database."

    def add_arguments(self, parser):
        parser.add_argument("--no-demo", action="store_true", help="Load the seed data only.")
        parser.add_argument(
            "--no-suggest", action="store_true", help="Do not read the seed articles for suggestions."
        )

    def handle(self, *args, no_demo=False, no_suggest=False, **options):
        fixture_dir = settings.BASE_DIR / "fixtures"
        names = SEED_FIXTURES
        if not no_demo:
            missing = missing_reviewers([fixture_dir / name for name in DEMO_FIXTURES])
            if missing:
                self.stderr.write(
                    "Vérifications de démonstration non chargées : "
                    f"compte introuvable ({', '.join(missing)}). "
                    "Créez-le avec « manage.py create_demo_accounts », ou passez --no-demo."
                )
            else:
                names = SEED_FIXTURES + DEMO_FIXTURES
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
        if not no_suggest:
            self.store_suggestions(fixture_dir / "articles.json")

    def store_suggestions(self, path):
        """Each seed article read once, in its own transaction: the data loaded above stays whole."""
        if not path.exists():
            return
        slugs = [item["fields"]["slug"] for item in json.loads(path.read_text(encoding="utf-8"))]
        created = 0
        for article in Article.objects.filter(slug__in=slugs).order_by("pk"):
            with transaction.atomic():
                created += refresh_suggestions(article)["created"]
        self.stdout.write(f"{created} suggestions stored for the seed articles.")
