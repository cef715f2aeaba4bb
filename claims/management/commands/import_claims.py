"""Load fixture files, checking every object first and writing all of them or none.

Unlike `loaddata`, it reports every problem (file, object, model, natural key, field)
before touching the database, upserts by natural key in bulk, and never changes an
existing user account. See docs/fixtures.md.
"""

from django.core.management.base import BaseCommand, CommandError

from claims.interchange import DEFAULT_MAX_BYTES, import_fixtures


class Command(BaseCommand):
    help = "Check and import JSON fixtures with natural keys, all or nothing."

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE")
        parser.add_argument("--dry-run", action="store_true", help="Check and report; write nothing.")
        parser.add_argument(
            "--max-size-mb",
            type=float,
            default=DEFAULT_MAX_BYTES / 1024 / 1024,
            help="Refuse files larger than this (default: %(default).0f MB).",
        )

    def handle(self, *args, files, dry_run=False, max_size_mb=None, **options):
        report = import_fixtures(files, dry_run=dry_run, max_bytes=int(max_size_mb * 1024 * 1024))
        if not report.ok:
            raise CommandError("\n".join(report.lines()))
        for line in report.lines():
            self.stdout.write(line)
