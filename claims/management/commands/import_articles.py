"""Import article text files (the seeds, and any article saved later) as Articles.

Re-importing a file updates the same Article and creates nothing twice, so the
command can run again whenever a file or the furniture rules change.
"""

from django.core.management.base import BaseCommand, CommandError

from claims.intake.articles import import_article_files
from claims.models import Article
from claims.services import refresh_suggestions


class Command(BaseCommand):
    help = "Create or update Articles from article text files, dropping the page furniture."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help="Article text files (UTF-8).")
        parser.add_argument("--dry-run", action="store_true", help="Report what would change; write nothing.")
        parser.add_argument(
            "--no-suggest", action="store_true", help="Do not propose attributions for the imported articles."
        )

    def handle(self, *args, paths, dry_run=False, no_suggest=False, **options):
        results = import_article_files(paths, dry_run=dry_run)
        if not dry_run and not no_suggest:
            slugs = [detail for _path, outcome, detail in results if outcome != "failed"]
            for article in Article.objects.filter(slug__in=slugs):
                refresh_suggestions(article)
        counts = {"created": 0, "updated": 0, "unchanged": 0, "failed": 0}
        for path, outcome, detail in results:
            counts[outcome] += 1
            if outcome == "failed":
                self.stderr.write(detail)
            else:
                self.stdout.write(f"{path}: {outcome} ({detail})")
        summary = ", ".join(f"{count} {outcome}" for outcome, count in counts.items())
        prefix = "Dry run, nothing written. " if dry_run else ""
        self.stdout.write(f"{prefix}{len(results)} files: {summary}")
        if counts["failed"]:
            raise CommandError(f"{counts['failed']} of {len(results)} files could not be imported")
