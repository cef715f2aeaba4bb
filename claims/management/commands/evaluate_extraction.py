"""Score the attribution suggestions against recorded attributions and write docs/extraction.md.

By default: the seed fixtures (fixtures/) and the second development set
(tests/data/extraction/), whose held-out sets ("unseen", "unseen-2", "unseen-3", … as listed in
its sources.json) are reported apart.
With fixture files as arguments, those only; with --database, the attributions stored in the
database.
"""

import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from claims.extraction import suggest
from claims.extraction.evaluate import LEVELS, FixtureError, evaluate, read_database, read_fixtures, total
from claims.extraction.suggest import load_pipeline

SEEDS = ["fixtures/actors.json", "fixtures/articles.json", "fixtures/claims.json"]
DEV_DIR = "tests/data/extraction"
START, END = "<!-- results: written by manage.py evaluate_extraction -->", "<!-- /results -->"


class Command(BaseCommand):
    help = _("Score the attribution suggestions against recorded attributions.")

    def add_arguments(self, parser):
        parser.add_argument("fixtures", nargs="*", metavar="FIXTURE")
        parser.add_argument("--database", action="store_true", help="Score the attributions in the database.")
        parser.add_argument(
            "--output", default=None, help="Markdown file for the results (docs/extraction.md)."
        )
        parser.add_argument("--no-write", action="store_true", help="Print only.")
        parser.add_argument("--misses", action="store_true", help="Print the misses too.")

    def handle(self, *args, fixtures, database, output, no_write, misses, **options):
        base = Path(settings.BASE_DIR)
        if fixtures and database:
            raise CommandError(_("Give fixture files or --database, not both."))
        load_pipeline()
        try:
            if database:
                sets = [("database", read_database(), {})]
            elif fixtures:
                sets = [(", ".join(fixtures), read_fixtures(fixtures), {})]
            else:
                sets = [("seed articles (fixtures/)", read_fixtures([base / name for name in SEEDS]), {})]
                dev = base / DEV_DIR / "fixtures.json"
                if dev.exists():
                    meta = json.loads((base / DEV_DIR / "sources.json").read_text(encoding="utf-8"))
                    held_out = _held_out(meta)
                    sets.append(("second set (tests/data/extraction/)", read_fixtures([dev]), held_out))
        except FixtureError as error:
            raise CommandError(str(error)) from error
        except (OSError, ValueError, KeyError) as error:
            raise CommandError(_("Cannot read the development set: %(error)s") % {"error": error}) from error
        if not any(corpus.gold for _label, corpus, _unseen in sets):
            raise CommandError(_("No recorded attribution to score against."))
        report = []
        # unseen: {article slug: name of the held-out set it belongs to}
        for label, corpus, unseen in sets:
            report += self.score(label, corpus, unseen, misses)
        text = "\n".join(report)
        self.stdout.write(text)
        if not no_write and (output or not (fixtures or database)):
            self.write(base / (output or "docs/extraction.md"), text)

    def score(self, label, corpus, unseen, misses):
        results = evaluate(corpus, suggest)
        characters = sum(len(corpus.articles[r.slug][1]) for r in results)
        lines = [f"### {label}", ""]
        lines += [
            f"{len(results)} articles, {characters:,} characters, {len(corpus.gold)} recorded attributions "
            f"(counted once per span, actor and stance).",
            "",
            "| articles | suggested | recorded | "
            + " | ".join(f"P {level} | R {level}" for level in LEVELS)
            + " |",
            "| --- | ---: | ---: | " + " | ".join("---: | ---:" for _level in LEVELS) + " |",
        ]
        groups = [("all", results)]
        if unseen:
            groups.append(("development", [r for r in results if r.slug not in unseen]))
            for held_out in sorted(set(unseen.values())):
                groups.append(
                    (f"held out ({held_out})", [r for r in results if unseen.get(r.slug) == held_out])
                )
        for name, group in groups:
            lines.append(_row(f"**{name}**", total(group)))
        for result in results:
            mark = f"({unseen[result.slug]}) " if result.slug in unseen else ""
            lines.append(_row(mark + result.slug[:60], result.score))
        lines.append("")
        lines.append(
            "Misses (recorded, not found at span+actor+stance; level reached and nearest suggestion):"
        )
        lines.append("")
        for result in results:
            for gold, level, nearest in result.misses:
                near = f" — suggested {nearest.actor_text or '(outlet)'} {nearest.stance}" if nearest else ""
                lines.append(
                    f"- `{result.slug[:40]}` {LEVELS[level - 1] if level else 'none'}: "
                    f"{gold.actor or '(outlet)'} {gold.stance} « {_short(gold.quote)} »{near}"
                )
        lines.append("")
        lines.append("Suggestions matching no record at span+actor+stance:")
        lines.append("")
        for result in results:
            for extra in result.extras:
                lines.append(
                    f"- `{result.slug[:40]}` {extra.actor_text or '(outlet)'} {extra.stance} "
                    f"[{extra.rule}] « {_short(extra.quote)} »"
                )
        lines.append("")
        return lines

    def write(self, path, text):
        current = (
            path.read_text(encoding="utf-8")
            if path.exists()
            else f"# Attribution suggestions\n\n{START}\n{END}\n"
        )
        if START not in current or END not in current:
            current = current.rstrip("\n") + f"\n\n## Measured\n\n{START}\n{END}\n"
        head, rest = current.split(START, 1)
        tail = rest.split(END, 1)[1]
        path.write_text(f"{head}{START}\n{text}\n{END}{tail}", encoding="utf-8")
        self.stdout.write(_("Written to %(path)s") % {"path": path})


def _held_out(meta):
    """{article slug: held-out set name} from sources.json: each `unseen…` key lists one set."""
    sets = {key: slugs for key, slugs in meta.items() if key.startswith("unseen")}
    if "unseen" not in sets:
        raise KeyError("unseen")
    return {slug: key.replace("_", "-") for key, slugs in sets.items() for slug in slugs}


def _row(name, score):
    cells = " | ".join(f"{score.precision(i):.2f} | {score.recall(i):.2f}" for i in range(len(LEVELS)))
    return f"| {name} | {score.suggested} | {score.recorded} | {cells} |"


def _short(text, size=90):
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1] + "…"
