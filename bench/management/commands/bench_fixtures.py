"""Measure fixture import and export beside loaddata and dumpdata on one synthetic file.

Not a test: it takes minutes at full size and empties the database it runs on, so it
refuses to run without --scratch-database. Results and how to reproduce: docs/fixtures.md.
"""

import tempfile

from django.core.management.base import BaseCommand, CommandError

from bench.fixtures import run_benchmark, table


class Command(BaseCommand):
    help = "Benchmark import_claims/export_claims against loaddata/dumpdata (empties the database)."

    def add_arguments(self, parser):
        parser.add_argument("--claims", type=int, default=100_000)
        parser.add_argument("--attributions", type=int, default=250_000)
        parser.add_argument(
            "--small-claims", type=int, default=10_000, help="Export memory is compared to this."
        )
        parser.add_argument("--small-attributions", type=int, default=25_000)
        parser.add_argument("--directory", help="Where the fixtures go (default: a temporary directory).")
        parser.add_argument(
            "--scratch-database", action="store_true", help="Confirm the database may be emptied."
        )

    def handle(self, *args, directory=None, scratch_database=False, **options):
        if not scratch_database:
            raise CommandError(
                "The benchmark empties the database: pass --scratch-database on a scratch one."
            )
        if min(options["claims"], options["attributions"], options["small_claims"]) < 1:
            raise CommandError("Sizes must be at least 1.")
        with tempfile.TemporaryDirectory(prefix="bench-fixtures-") as scratch:
            measures = run_benchmark(
                directory or scratch,
                claims=options["claims"],
                attributions=options["attributions"],
                small_claims=options["small_claims"],
                small_attributions=options["small_attributions"],
                say=self.stdout.write,
            )
        self.stdout.write(table(measures))
