"""Import article text files (the seeds, and any article saved later) as Articles.

Re-importing a file updates the same Article and creates nothing twice, so the
command can run again whenever a file or the furniture rules change.
"""

from django.core.management.base import BaseCommand, CommandError

from claims.history import write_path
from claims.intake.articles import import_article_files


class Command(BaseCommand):
    help = "Create or update Articles from article text files, dropping the page furniture."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help="Article text files (UTF-8).")
        parser.add_argument("--dry-run", action="store_true", help="Report what would change; write nothing.")

    def handle(self, *args, paths, dry_run=False, **options):
        with write_path("article intake"):
            results = import_article_files(paths, dry_run=dry_run)
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
