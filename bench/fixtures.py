"""Benchmark of fixture import and export beside Django's loaddata and dumpdata, on the same file.

A synthetic fixture (by default 100k claims and 250k attributions, in the export format)
is imported, exported, loaded and dumped, each in its own process so that its peak
memory (the kernel's maximum resident set size for that process) is its own. The export
is also run on a fixture a tenth of the size to show that its memory does not grow with
the data. The database is emptied between runs: point it at a scratch database.
"""

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.core.management import call_command
from django.db import connection

from claims.interchange.spec import specs

_encode = json.JSONEncoder(ensure_ascii=False).encode
STANCES = ["asserts", "asserts", "denies", "suspects"]
CUES = {"asserts": "selon", "denies": "dément", "suspects": "soupçonne"}


def format_object(label, fields):
    """One object laid out as export_claims writes it, from plain values (natural keys as lists)."""
    lines = ",\n".join(f'      "{name}": {_encode(value)}' for name, value in fields.items())
    return f'  {{\n    "model": "{label}",\n    "fields": {{\n{lines}\n    }}\n  }}'


@dataclass
class Measure:
    name: str
    objects: int
    seconds: float
    peak_mb: float | None

    @property
    def rate(self):
        return self.objects / self.seconds if self.seconds else 0.0


def _actor_count(claims):
    return max(6, claims // 50)


def _actor(index):
    level = index % 3
    kind = ("government", "organisation", "person")[level]
    return f"acteur-{index:06d}", f"Acteur synthétique {index}", kind, level


def _claim_text(index):
    return f"Affirmation synthétique numéro {index} : un fait qui peut être vrai ou faux."


def _article_sentences(article, articles, attributions, claims, actors):
    """The attributions of one article: (number, claim, actor or None, stance, start, quote), and its body."""
    parts, rows, position = [], [], 0
    for number in range(article, attributions, articles):
        claim = number % claims
        stance = STANCES[number % len(STANCES)]
        actor = None if number % 10 == 9 else (number * 7919) % actors
        who = "l'article" if actor is None else _actor(actor)[1]
        quote = f"{CUES[stance].capitalize()} {who}, {_claim_text(claim).lower()}"
        rows.append((number, claim, actor, stance, position, quote))
        parts.append(quote + " ")
        position += len(quote) + 1
    return "".join(parts), rows


def write_synthetic_fixture(path, *, claims, attributions, reviewer="bench-editor"):
    """Write a fixture of `claims` claims and `attributions` attributions; returns the object count.

    Every quote is its article's text at its offsets, actors form three-level hierarchies,
    a tenth of the attributions are the outlet's own voice, a tenth of the claims are reviewed.
    """
    actors = _actor_count(claims)
    outlets = max(1, actors // 20)
    articles = max(1, min(claims // 5, attributions))
    reviewed = claims // 10
    count = 0
    with open(path, "w", encoding="utf-8", newline="\n") as stream:
        separator = "[\n"

        def emit(label, fields):
            nonlocal separator, count
            stream.write(separator + format_object(label, fields))
            separator = ",\n"
            count += 1

        if reviewed:
            emit("auth.user", {"username": reviewer, "password": "!", "is_active": False})
        for index in range(actors):
            slug, name, kind, level = _actor(index)
            parent = [_actor(index - 1)[0]] if level else None
            emit(
                "claims.actor",
                {
                    "name": name,
                    "slug": slug,
                    "kind": kind,
                    "description": "",
                    "country": "FR",
                    "parent": parent,
                    "name_key": name.lower(),
                    "version": 1,
                },
            )
        for index in range(outlets):
            name = f"Journal synthétique {index}"
            emit(
                "claims.actor",
                {
                    "name": name,
                    "slug": f"journal-{index:04d}",
                    "kind": "media",
                    "description": "",
                    "country": "FR",
                    "parent": None,
                    "name_key": name.lower(),
                    "version": 1,
                },
            )
        for index in range(0, actors, 3):
            alias = f"Capitale {index}"
            emit("claims.actoralias", {"actor": [_actor(index)[0]], "alias": alias, "key": alias.lower()})
        for article in range(articles):
            body, _rows = _article_sentences(article, articles, attributions, claims, actors)
            emit(
                "claims.article",
                {
                    "title": f"Article synthétique {article}",
                    "slug": f"article-{article:06d}",
                    "outlet": [f"journal-{article % outlets:04d}"],
                    "author": "",
                    "url": "",
                    "published_on": (date(2020, 1, 1) + timedelta(days=article % 1500)).isoformat(),
                    "language": "fr",
                    "body": body,
                    "source_file": "",
                    "version": 1,
                },
            )
        for claim in range(claims):
            emit(
                "claims.claim",
                {
                    "text": _claim_text(claim),
                    "slug": f"claim-{claim:07d}",
                    "status": "disputed" if claim < reviewed else "unreviewed",
                    "created_at": "2024-01-01T00:00:00Z",
                    "updated_at": "2024-01-02T00:00:00Z",
                    "version": 1,
                },
            )
        for article in range(articles):
            _body, rows = _article_sentences(article, articles, attributions, claims, actors)
            for _number, claim, actor, stance, start, quote in rows:
                emit(
                    "claims.attribution",
                    {
                        "claim": [f"claim-{claim:07d}"],
                        "article": [f"article-{article:06d}"],
                        "actor": None if actor is None else [_actor(actor)[0]],
                        "stance": stance,
                        "cue": CUES[stance],
                        "quote": quote,
                        "start": start,
                        "end": start + len(quote),
                        "via": None,
                        "version": 1,
                    },
                )
        for claim in range(reviewed):
            emit(
                "claims.review",
                {
                    "claim": [f"claim-{claim:07d}"],
                    "number": 1,
                    "status": "disputed",
                    "rationale": "Démenti par une source indépendante.",
                    "evidence": "",
                    "reviewer": [reviewer],
                    "created_at": "2024-01-02T00:00:00Z",
                },
            )
        stream.write("[]\n" if separator == "[\n" else "\n]\n")
    return count


def _database_url():
    """The current database as a URL a child process can use, or None (an in-memory SQLite database)."""
    settings_dict = connection.settings_dict
    if connection.vendor == "sqlite":
        if connection.is_in_memory_db():
            return None
        return f"sqlite:///{Path(settings_dict['NAME']).resolve()}"
    user = quote(settings_dict.get("USER") or "")
    password = settings_dict.get("PASSWORD")
    credentials = f"{user}:{quote(password)}@" if password else (f"{user}@" if user else "")
    host = settings_dict.get("HOST") or "localhost"
    port = f":{settings_dict['PORT']}" if settings_dict.get("PORT") else ""
    return f"postgres://{credentials}{host}{port}/{quote(settings_dict['NAME'])}"


def _run(name, objects, arguments, url):
    """Run one management command, in its own process when possible, timing it and taking its peak memory."""
    if url is None:
        started = time.perf_counter()
        call_command(*arguments, stdout=open(os.devnull, "w"), stderr=open(os.devnull, "w"))  # noqa: SIM115
        return Measure(name, objects, time.perf_counter() - started, None)
    environment = {**os.environ, "DATABASE_URL": url}
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, str(Path(settings.BASE_DIR) / "manage.py"), *arguments],
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    # wait4 gives this child's own resource usage: ru_maxrss is its peak resident memory in KiB.
    _pid, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    errors = process.stderr.read().decode()
    process.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{' '.join(arguments)} failed:\n{errors}")
    return Measure(name, objects, seconds, usage.ru_maxrss / 1024)


def _empty_database():
    call_command("flush", interactive=False, verbosity=0)


def run_benchmark(directory, *, claims, attributions, small_claims, small_attributions, say=print):
    """Generate, import, export, loaddata and dumpdata; returns the list of Measures. Empties the database."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    url = _database_url()
    fixture, small = directory / "synthetic.json", directory / "synthetic-small.json"
    started = time.perf_counter()
    objects = write_synthetic_fixture(fixture, claims=claims, attributions=attributions)
    say(
        f"Generated {fixture} ({objects} objects, {fixture.stat().st_size / 1e6:.1f} MB) "
        f"in {time.perf_counter() - started:.1f} s"
    )
    small_objects = write_synthetic_fixture(small, claims=small_claims, attributions=small_attributions)
    unlimited = ["--max-size-mb", "100000"]
    steps = [
        # (key, measure name, objects, command, database emptied first)
        ("setup", "", small_objects, ["import_claims", str(small), *unlimited], True),
        (
            "export_small",
            f"export_claims ({small_claims} claims)",
            small_objects,
            ["export_claims", "--output", str(directory / "export-small.json")],
            False,
        ),
        (
            "import",
            f"import_claims ({claims} claims)",
            objects,
            ["import_claims", str(fixture), *unlimited],
            True,
        ),
        (
            "export",
            f"export_claims ({claims} claims)",
            objects,
            ["export_claims", "--output", str(directory / "export.json")],
            False,
        ),
        ("loaddata", f"loaddata ({claims} claims)", objects, ["loaddata", str(fixture)], True),
        (
            "dumpdata",
            f"dumpdata ({claims} claims)",
            objects,
            [
                "dumpdata",
                *specs(),
                "--natural-foreign",
                "--natural-primary",
                "--indent",
                "2",
                "--output",
                str(directory / "dumpdata.json"),
            ],
            False,
        ),
    ]
    measures = {}
    for key, name, count, arguments, empty_first in steps:
        if empty_first:
            _empty_database()
        measure = _run(name, count, arguments, url)
        if key != "setup":
            measures[key] = measure
            say(f"  {name}: {measure.seconds:.1f} s")
    _empty_database()
    return measures


def table(measures):
    """The results (run_benchmark()'s dict) as a Markdown table, then the ratios the targets are stated in."""
    lines = [
        "| operation | objects | seconds | objects/s | peak memory (MB) |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for measure in measures.values():
        peak = "n/a" if measure.peak_mb is None else f"{measure.peak_mb:.0f}"
        lines.append(
            f"| {measure.name} | {measure.objects} | {measure.seconds:.1f} | {measure.rate:,.0f} | {peak} |"
        )
    lines.append("")
    lines.append(
        f"import_claims rate / loaddata rate: {measures['import'].rate / measures['loaddata'].rate:.1f}×"
    )
    large, small = measures["export"].peak_mb, measures["export_small"].peak_mb
    if large and small:
        lines.append(f"export_claims peak memory, large / small: {large / small:.2f}×")
    return "\n".join(lines)
