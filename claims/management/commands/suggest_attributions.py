"""Print the attributions Selon reads in article files or stored articles, as JSON or a table.

Files go through the article importer's parsing (page furniture removed) and nothing is saved;
an argument that is not a file is looked up as an article slug.
"""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from claims.extraction import suggest
from claims.intake.articles import ImportFailed, parse_article_file
from claims.models import Article

FORMATS = ("json", "table")


class Command(BaseCommand):
    help = _("Propose who said what in article files or stored articles (by slug); saves nothing.")

    def add_arguments(self, parser):
        parser.add_argument("sources", nargs="*", metavar="FILE_OR_ARTICLE_SLUG")
        parser.add_argument("--format", default="json", help="json (default) or table")

    def handle(self, *args, sources, format, **options):
        if format not in FORMATS:
            raise CommandError(_("Unknown format “%(format)s”: choose json or table.") % {"format": format})
        if not sources:
            raise CommandError(_("Name at least one article file or article slug."))
        results, failures = [], []
        for source in sources:
            try:
                title, body = self.read(source)
            except CommandError as error:
                failures.append(str(error))
                self.stderr.write(str(error))
                continue
            found = suggest(body, title=title)
            results.append({"source": source, "suggestions": [as_json(row) for row in found]})
        if format == "json":
            self.stdout.write(json.dumps(results, ensure_ascii=False, indent=2))
        else:
            self.write_table(results)
        if failures:
            raise CommandError(
                _("%(failed)d of %(total)d sources could not be read.")
                % {"failed": len(failures), "total": len(sources)}
            )

    def read(self, source):
        """(title, body) of an article file or a stored article."""
        path = Path(source)
        if path.exists():
            try:
                parsed = parse_article_file(path)
                return parsed.title, parsed.body
            except ImportFailed as error:
                raise CommandError(
                    _("Cannot read %(source)s: %(reason)s") % {"source": source, "reason": error}
                ) from error
        article = Article.objects.filter(slug=source).only("title", "body").first()
        if article is None:
            raise CommandError(
                _("“%(source)s” is neither a file nor the slug of an article.") % {"source": source}
            )
        return article.title, article.body

    def write_table(self, results):
        for result in results:
            self.stdout.write(f"== {result['source']} ({len(result['suggestions'])})")
            for row in result["suggestions"]:
                who = row["actor"] or row["actor_text"] or _("(the outlet)")
                quote = row["quote"] if len(row["quote"]) <= 90 else row["quote"][:87] + "…"
                self.stdout.write(
                    f"{row['start']:>6}-{row['end']:<6} {row['stance']:<9} {row['confidence']:.2f} "
                    f"{who[:30]:<30} {row['cue'][:20]:<20} {quote}"
                )


def as_json(found):
    """One suggestion as the JSON object `suggest_attributions --format json` prints (names are fixed)."""
    return {
        "start": found.start,
        "end": found.end,
        "quote": found.quote,
        "cue": found.cue,
        "stance": found.stance,
        "actor_text": found.actor_text,
        "actor": getattr(found.actor, "slug", None),
        "confidence": found.confidence,
    }
