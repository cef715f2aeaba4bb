"""The intake's development set (tests/data/intake/): how the importer does on each real page."""

import json
from dataclasses import dataclass, field
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "intake"
MANIFEST = json.loads((DATA / "manifest.json").read_text(encoding="utf-8"))


def pages(which):
    return [page for page in MANIFEST["pages"] if page["set"] == which]


@dataclass
class Outcome:
    page: dict
    error: str = ""
    title_ok: bool = False
    outlet_ok: bool = False
    date_ok: bool = False
    furniture_left: list = field(default_factory=list)
    lines_lost: list = field(default_factory=list)
    parsed: object = None

    @property
    def ok(self):
        return (
            not self.error
            and self.title_ok
            and self.outlet_ok
            and self.date_ok
            and not (self.furniture_left or self.lines_lost)
        )


def title_matches(title, expected, fallback):
    from claims.intake.headline import TITLE_LENGTH

    if not fallback:
        return title == expected
    if title == expected:
        return True
    stem = title.removesuffix("…")
    return (
        title.endswith("…")
        and len(title) <= TITLE_LENGTH
        and expected.startswith(stem)
        and expected[len(stem) : len(stem) + 1] in (" ", ",", ";", ":")
    )


def measure(page):
    from claims.intake.articles import ImportFailed, parse_article_file
    from claims.text import name_key

    outcome = Outcome(page=page)
    try:
        parsed = parse_article_file(DATA / page["file"])
    except ImportFailed as error:
        outcome.error = str(error)
        return outcome
    outcome.parsed = parsed
    outcome.title_ok = title_matches(parsed.title, page["title"], page.get("title_fallback", False))
    outcome.outlet_ok = name_key(parsed.outlet_name) == name_key(page["outlet"] or "")
    outcome.date_ok = (parsed.published_on.isoformat() if parsed.published_on else None) == page["date"]
    body_lines = {line.strip() for line in parsed.body.split("\n")}
    outcome.furniture_left = [line for line in page["furniture"] if line.strip() in body_lines]
    if page["file"].endswith(".html"):
        # the extraction may split a furniture line in two: any part of it left counts
        def plain(text):
            return " ".join(text.split())

        parts = [plain(line) for line in body_lines if len(line) > 15]
        outcome.furniture_left = [
            line
            for line in page["furniture"]
            if plain(line) in plain(parsed.body) or any(part in plain(line) for part in parts)
        ]
        outcome.lines_lost = [passage for passage in page["keep"] if passage not in parsed.body]
    else:
        source = (DATA / page["file"]).read_text(encoding="utf-8").split("\n")
        removable = {line.strip() for line in page["furniture"]} | {page["title"]}
        outcome.lines_lost = [
            line
            for line in source
            if line.strip() and line.strip() not in removable and line.strip() not in body_lines
        ]
    return outcome


def figures(outcomes):
    return {
        "pages": len(outcomes),
        "imported": sum(not outcome.error for outcome in outcomes),
        "titles right": sum(outcome.title_ok for outcome in outcomes),
        "outlets right": sum(outcome.outlet_ok for outcome in outcomes),
        "dates right": sum(outcome.date_ok for outcome in outcomes),
        "furniture lines left": sum(len(outcome.furniture_left) for outcome in outcomes),
        "furniture lines expected": sum(len(outcome.page["furniture"]) for outcome in outcomes),
        "article lines lost": sum(len(outcome.lines_lost) for outcome in outcomes),
    }


if __name__ == "__main__":  # python -m tests.intake_pages [dev|unseen]
    import os
    import sys

    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    django.setup()
    outcomes = [measure(page) for page in pages(sys.argv[1] if len(sys.argv) > 1 else "dev")]
    for outcome in outcomes:
        if not outcome.ok:
            parsed = outcome.parsed
            print(outcome.page["file"], outcome.error or "")
            if parsed:
                print("  title", parsed.title, "| outlet", parsed.outlet_name, "| date", parsed.published_on)
            for line in outcome.furniture_left:
                print("  furniture left:", line)
            for line in outcome.lines_lost:
                print("  lost:", line)
    print(figures(outcomes))
