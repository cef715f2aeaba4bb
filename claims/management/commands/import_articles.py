"""Import saved article pages (HTML or text) as Articles, the seeds included.

Re-importing a file updates the same Article and creates nothing twice, so the
command can run again whenever a file or the furniture rules change. What the
editor states (the options, or a NAME.meta.json sidecar) wins over what the
page says about itself.
"""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from claims.intake.articles import import_article_files


class Command(BaseCommand):
    help = "Create or update Articles from saved pages (.html) or article text files (.txt)."

    def add_arguments(self, parser):
        parser.add_argument(
            "paths", nargs="+", metavar="PATH", help="Saved pages (.html) or text files (UTF-8)."
        )
        parser.add_argument("--dry-run", action="store_true", help="Report what would change; write nothing.")
        parser.add_argument("--title", default="", help="The headline, when the page's is wrong or missing.")
        parser.add_argument("--outlet", default="", help="The outlet that published the article.")
        parser.add_argument("--author", default="", help="The article's author.")
        parser.add_argument("--url", default="", help="The article's web address.")
        parser.add_argument("--published", default="", help="Publication date, YYYY-MM-DD or DD/MM/YYYY.")
        parser.add_argument(
            "--no-suggest", action="store_true", help="Do not propose attributions for the imported articles."
        )

    def handle(self, *args, paths, dry_run=False, no_suggest=False, **options):
        metadata = {name: options[name] for name in ("title", "outlet", "author", "url", "published")}
        if len(paths) > 1 and (metadata["title"] or metadata["url"]):
            raise CommandError(_("--title and --url describe one page: give a single file with them"))
        results = import_article_files(paths, dry_run=dry_run, suggest=not no_suggest, **metadata)
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
