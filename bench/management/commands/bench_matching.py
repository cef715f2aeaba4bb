"""Per-call latency of claim matching on a generated corpus, as the annotation desk asks it.

Measures the configured database in this process (`python -m bench bench_matching --claims N`,
with DATABASE_URL naming a scratch database): an empty one is filled with `generate_corpus`
(then VACUUM ANALYZE), one holding N claims is kept, any other is refused. Prints a Markdown
table row per run; docs/matching.md keeps the figures. Never point it at a newsroom's database.
"""

import os

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from bench import matching
from bench.report import _git
from bench.scenarios import prepare_corpus
from claims.models import Attribution

HEADER = (
    "| claims | attributions | calls × rounds | median ms | p90 ms | max ms | queries per call "
    "| found again, left out | load | commit |\n"
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
)


class Command(BaseCommand):
    help = "Time similar_claims() for random attributions asked in their article, on a generated corpus."

    def add_arguments(self, parser):
        parser.add_argument("--claims", type=int, required=True, help="The corpus size (generated if empty).")
        parser.add_argument("--seed", type=int, default=0, help="The corpus's seed.")
        parser.add_argument("--calls", type=int, default=30, help="Attributions asked.")
        parser.add_argument("--rounds", type=int, default=3, help="Timed calls per attribution.")
        parser.add_argument("--sample-seed", type=int, default=1, help="Seed of the attributions drawn.")

    def handle(self, *args, **options):
        if connection.vendor != "postgresql":
            raise CommandError("Matching at scale is measured on PostgreSQL: set DATABASE_URL.")
        if options["claims"] < 1 or options["calls"] < 1 or options["rounds"] < 1:
            raise CommandError("--claims, --calls and --rounds must be at least 1.")
        say = self.stdout.write
        try:
            generated = prepare_corpus(options["claims"], seed=options["seed"], scratch=False, say=say)
        except RuntimeError as error:
            raise CommandError(str(error)) from None
        if generated is not None:
            say(f"generated and analysed in {generated:.0f} s")
        attributions = matching.sample_attributions(options["calls"], options["sample_seed"])
        if not attributions:
            raise CommandError("The corpus holds no attribution.")
        say(f"{len(attributions)} attributions, a warm-up call each, then {options['rounds']} timed rounds")
        result = matching.measure(attributions, rounds=options["rounds"])
        commit = _git("rev-parse", "--short", "HEAD")
        if _git("status", "--porcelain", "--untracked-files=no"):
            commit += " (uncommitted changes)"
        say(HEADER)
        say(
            f"| {options['claims']} | {Attribution.objects.count()} "
            f"| {result['calls']} × {options['rounds']} "
            f"| {result['median']:.0f} | {result['p90']:.0f} | {result['max']:.0f} | {result['queries']} "
            f"| {result['found']} of {result['calls']} | {os.getloadavg()[0]:.1f} | {commit} |"
        )
