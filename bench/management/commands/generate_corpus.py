"""Generate a synthetic corpus so that speed can be measured at newsroom scale.

The data only looks like news: never run this against a real newsroom's database.
"""

import time

from django.core.management.base import BaseCommand, CommandError

from bench.corpus import generate_corpus


class Command(BaseCommand):
    help = "Append N synthetic claims (with articles, actors, attributions, reviews) for benchmarks."

    def add_arguments(self, parser):
        parser.add_argument("--claims", type=int, required=True, help="How many claims to generate.")
        parser.add_argument(
            "--seed", type=int, default=0, help="Random seed; the same seed gives the same data."
        )

    def handle(self, *args, claims, seed, **options):
        if claims < 1:
            raise CommandError("--claims must be at least 1")
        started = time.perf_counter()
        counts = generate_corpus(
            claims=claims, seed=seed, progress=lambda line: self.stdout.write(f"  {line}")
        )
        elapsed = time.perf_counter() - started
        summary = ", ".join(f"{count} {name}" for name, count in counts.items())
        self.stdout.write(f"Generated {summary} in {elapsed:.1f} s.")
