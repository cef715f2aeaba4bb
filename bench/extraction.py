"""Speed of the attribution suggestions: model load, then articles read per second on one core.

    .venv/bin/python -m bench.extraction [--rounds 5] [--loads 3]

The load is timed in fresh processes (import of spaCy and of the French pipeline, cold as a new
worker would see it). Reading is timed in this process, pinned to one core, over the seed
articles and the second development set, several rounds, after one warm-up read; the figure
is characters per second, and the same as articles of 2,000 characters per second. Sources
are resolved against the fixtures' actors in memory, so no database is needed.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLE_SIZE = 2_000
TARGET_ARTICLES_PER_SECOND = 10
TARGET_LOAD_SECONDS = 3.0

LOAD_SCRIPT = """
import time
started = time.perf_counter()
from claims.extraction.suggest import load_pipeline
load_pipeline()
print(time.perf_counter() - started)
"""


def time_load():
    result = subprocess.run(
        [sys.executable, "-c", LOAD_SCRIPT], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return float(result.stdout.strip().splitlines()[-1])


def corpus():
    from claims.extraction.evaluate import read_fixtures

    seeds = read_fixtures([ROOT / "fixtures" / name for name in ("actors.json", "articles.json", "claims.json")])
    dev = read_fixtures([ROOT / "tests" / "data" / "extraction" / "fixtures.json"])
    return [(seeds, body) for _title, body, _url in seeds.articles.values()] + [
        (dev, body) for _title, body, _url in dev.articles.values()
    ]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="reading rounds over all articles")
    parser.add_argument("--loads", type=int, default=3, help="fresh processes timing the load")
    options = parser.parse_args(argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    from claims.extraction.suggest import load_pipeline, suggest

    loads = [time_load() for _ in range(options.loads)]
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    load_pipeline()
    articles = corpus()
    characters = sum(len(body) for _corpus, body in articles)
    for source, body in articles:  # warm-up
        suggest(body, resolver=source.resolver())
    rounds = []
    for _round in range(options.rounds):
        started = time.perf_counter()
        for source, body in articles:
            suggest(body, resolver=source.resolver())
        rounds.append(time.perf_counter() - started)
    seconds = statistics.median(rounds)
    per_second = characters / seconds
    load = statistics.median(loads)
    rows = [
        ("articles read", f"{len(articles)} ({characters:,} characters)", "", ""),
        ("model load, fresh process (median)", f"{load:.2f} s", f"≤ {TARGET_LOAD_SECONDS:.0f} s", load <= 3.0),
        ("model load, each run", ", ".join(f"{value:.2f}" for value in loads) + " s", "", ""),
        ("reading, one core (median round)", f"{seconds:.2f} s", "", ""),
        ("characters per second", f"{per_second:,.0f}", "", ""),
        (
            "articles of 2,000 characters per second",
            f"{per_second / ARTICLE_SIZE:.1f}",
            f"≥ {TARGET_ARTICLES_PER_SECOND}",
            per_second / ARTICLE_SIZE >= TARGET_ARTICLES_PER_SECOND,
        ),
    ]
    load_average = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"Attribution suggestions — {os.cpu_count()} cores, load average {load_average:.1f} at the end")
    print()
    print("| measure | value | target | met |")
    print("| --- | --- | --- | --- |")
    for name, value, target, met in rows:
        verdict = "" if target == "" else ("yes" if met else "no")
        print(f"| {name} | {value} | {target} | {verdict} |")
    return json.dumps({"load_seconds": load, "articles_per_second": per_second / ARTICLE_SIZE})


if __name__ == "__main__":
    main()
