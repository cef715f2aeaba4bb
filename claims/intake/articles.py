"""Turn a saved article page (HTML or text) into an Article: headline, outlet, byline, date, body.

`parse_article_file(path, **metadata)` reads a file without writing anything;
`save_article(parsed)` creates or updates the Article (the one place intake
writes); `import_article_files(paths)` does both for each file and reports.
The editor's metadata (keyword arguments, or a `NAME.meta.json` sidecar) wins
over what the page says about itself.
"""

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from ..models import Actor, Article, Claim
from ..services import refresh_claim_summaries, refresh_suggestions
from .errors import ImportFailed
from .furniture import furniture_rule
from .headline import shorten
from .html import looks_like_html, parse_html
from .metadata import EditorMetadata, read_sidecar
from .text import parse_text

__all__ = [
    "ImportFailed",
    "ParsedArticle",
    "article_slug",
    "furniture_rule",
    "import_article_files",
    "parse_article",
    "parse_article_bytes",
    "parse_article_file",
    "save_article",
]

SLUG_LENGTH = 80
MAX_BYTES = 5 * 1024 * 1024

FRENCH_WORDS = {"le", "la", "les", "des", "et", "est", "une", "du", "que", "qui", "dans", "pour", "avec"}
ENGLISH_WORDS = {"the", "and", "is", "of", "to", "in", "that", "for", "with", "was", "on", "are"}


@dataclass
class ParsedArticle:
    title: str
    slug: str
    body: str
    source_file: str
    outlet_name: str = ""
    author: str = ""
    url: str = ""
    published_on: date | None = None
    language: str = "fr"
    title_source: str = "page"  # "page", "editor" or "first sentence"
    dropped: list = field(default_factory=list)  # (line number, rule) of each line left out of the body
    lines: list = field(default_factory=list)  # (line, rule or None) for the preview

    @property
    def notes(self):
        """What the editor should know about this import, in their words."""
        notes = []
        if self.title_source == "first sentence":
            notes.append(_("The page has no headline: the title is its first sentence."))
        if not self.outlet_name:
            notes.append(_("The page does not name its outlet."))
        if self.published_on is None:
            notes.append(_("The page does not state its publication date."))
        return notes


def article_slug(title):
    """Deterministic slug from the title, cut at a word boundary."""
    # "L’alliance" → "l-alliance", not "lalliance"
    slug = slugify(re.sub(r"['’]", " ", title))
    if len(slug) > SLUG_LENGTH:
        slug = slug[:SLUG_LENGTH].rsplit("-", 1)[0]
    return slug or "article"


def detect_language(text):
    words = re.findall(r"[a-zà-ÿ]+", text.lower())
    french = sum(word in FRENCH_WORDS for word in words)
    english = sum(word in ENGLISH_WORDS for word in words)
    return "en" if english > french else "fr"


def parse_article(text, source_file, *, html=False, metadata=None):
    """A ParsedArticle from a page's text (or HTML); nothing is written."""
    metadata = metadata or EditorMetadata()
    if html:
        page, page_url = parse_html(text, source_file=source_file)
    else:
        page, page_url = parse_text(text), ""
    if not page.body.strip():
        raise ImportFailed(
            _("%(name)s: nothing is left of the article once the page furniture is removed")
            % {"name": source_file}
        )
    title, title_source = page.title, page.title_source
    if metadata.title:
        title, title_source = metadata.title, "editor"
    if not title.strip():
        raise ImportFailed(_("%(name)s: no text to name the article by") % {"name": source_file})
    title = shorten(title, limit=500)
    return ParsedArticle(
        title=title,
        slug=article_slug(title),
        body=page.body,
        source_file=source_file,
        outlet_name=metadata.outlet or page.outlet,
        author=(metadata.author or page.author)[:200],
        url=metadata.url or page_url,
        published_on=metadata.published or page.published_on,
        language=detect_language(page.body),
        title_source=title_source,
        dropped=[(number + 1, rule) for number, (_line, rule) in enumerate(page.lines) if rule],
        lines=page.lines,
    )


def decode_page(data, name):
    """The text of a file's bytes: UTF-8 for text, the declared or detected encoding for HTML."""
    if not data.strip():
        raise ImportFailed(_("%(name)s: the file is empty") % {"name": name})
    if len(data) > MAX_BYTES:
        raise ImportFailed(
            _("%(name)s: the file is larger than %(megabytes)s MB")
            % {"name": name, "megabytes": MAX_BYTES // 2**20}
        )
    html = looks_like_html(data) or Path(name).suffix.lower() in (".html", ".htm")
    if b"\x00" in data[:8192]:
        raise ImportFailed(_("%(name)s: a binary file, not a page or a text") % {"name": name})
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        if not html:
            raise ImportFailed(
                _("%(name)s: not UTF-8 text (byte %(position)s cannot be read); save it again as UTF-8")
                % {"name": name, "position": error.start}
            ) from error
        declared = re.search(rb"<meta[^>]+charset=[\"']?([\w-]+)", data[:4096], re.IGNORECASE)
        try:
            text = data.decode(declared.group(1).decode() if declared else "cp1252")
        except (LookupError, UnicodeDecodeError) as second:
            raise ImportFailed(
                _("%(name)s: the page's encoding cannot be read; save it again as UTF-8") % {"name": name}
            ) from second
    if not text.strip():
        raise ImportFailed(_("%(name)s: the file is empty") % {"name": name})
    if (
        not html
        and sum(unicodedata.category(char) == "Cc" and char not in "\n\r\t" for char in text[:4096]) > 8
    ):
        raise ImportFailed(_("%(name)s: a binary file, not a page or a text") % {"name": name})
    return text, html


def parse_article_bytes(data, name, **metadata):
    """Parse a file's bytes; metadata are the editor's values (title, outlet, author, url, published)."""
    editor = EditorMetadata.from_values(metadata, origin=name)
    text, html = decode_page(data, name)
    return parse_article(text, name, html=html, metadata=editor)


def parse_article_file(path, **metadata):
    """Read and parse one file without writing anything; every failure is an ImportFailed naming the file.

    metadata (title, outlet, author, url, published) win over the file's
    `NAME.meta.json` sidecar, which wins over what the page says.
    """
    path = Path(path)
    if not path.exists():
        raise ImportFailed(_("%(path)s: no such file") % {"path": path})
    if path.is_dir():
        raise ImportFailed(_("%(path)s: is a directory, not an article file") % {"path": path})
    editor = EditorMetadata.from_values(metadata, origin=path.name).merged_over(read_sidecar(path))
    text, html = decode_page(path.read_bytes(), path.name)
    return parse_article(text, path.name, html=html, metadata=editor)


def _outlet(name):
    name = name.strip()[:200]
    if not slugify(name):
        return None
    actor = Actor.objects.resolve(name)
    if actor is not None and actor.kind == Actor.Kind.MEDIA:
        return actor
    actor, _created = Actor.objects.get_or_create(
        slug=slugify(name), defaults={"name": name, "kind": Actor.Kind.MEDIA}
    )
    return actor


def _opening(body):
    return re.sub(r"\s+", " ", body).strip()[:200]


def _same_page(article, parsed, *, same_file):
    """Whether an existing article is this page again (a re-import), rather than another page of the site.

    Pages that state their address are told apart by it. Otherwise the same file
    with the same headline or opening is the same page, edited; another file is
    the same page only when its text opens the same way (the file was renamed).
    """
    if article.url and parsed.url:
        return article.url == parsed.url
    if same_file and article.title == parsed.title:
        return True
    return _opening(article.body) == _opening(parsed.body)


def _existing_article(parsed):
    """The Article this page updates: same address, else same file, else same headline and text."""
    if parsed.url:
        article = Article.objects.filter(url=parsed.url).first()
        if article is not None:
            return article
    for article in Article.objects.filter(source_file=parsed.source_file):
        if _same_page(article, parsed, same_file=True):
            return article
    for article in Article.objects.filter(slug__startswith=parsed.slug):
        if _same_page(article, parsed, same_file=False):
            return article
    return None


def _free_slug(slug, exclude_pk=None):
    """slug, or slug-2, slug-3… when another page already holds it."""
    taken = set(
        Article.objects.filter(slug__startswith=slug).exclude(pk=exclude_pk).values_list("slug", flat=True)
    )
    candidate, number = slug, 1
    while candidate in taken:
        number += 1
        candidate = f"{slug[: SLUG_LENGTH - 4]}-{number}"
    return candidate


@transaction.atomic
def save_article(parsed, *, dry_run=False, suggest=True):
    """Create or update the Article for a parsed page: ("created" | "updated" | "unchanged", article).

    The same page always lands on the same Article; another page whose headline
    gives the same slug gets a distinct one (slug-2). Nothing is written on dry_run.
    With `suggest`, a new or rewritten body is read for attributions to propose.
    """
    article = _existing_article(parsed)
    fields = {
        "title": parsed.title,
        "slug": _free_slug(parsed.slug, exclude_pk=article.pk if article else None),
        "body": parsed.body,
        "source_file": parsed.source_file[:255],
        "author": parsed.author,
        "url": parsed.url,
        "published_on": parsed.published_on,
        "language": parsed.language,
    }
    if article is not None and article.slug.startswith(parsed.slug):
        fields["slug"] = article.slug  # keep an existing -2 suffix
    if dry_run:
        if article is None:
            return "created", None
        changed = any(getattr(article, name) != value for name, value in fields.items())
        return ("updated" if changed else "unchanged"), article
    fields["outlet"] = _outlet(parsed.outlet_name)
    if article is None:
        article = Article(**fields)
        article.full_clean()
        article.save()
        if suggest:
            refresh_suggestions(article)
        return "created", article
    changed = [name for name, value in fields.items() if getattr(article, name) != value]
    if not changed:
        return "unchanged", article
    for name in changed:
        setattr(article, name, fields[name])
    article.version += 1
    article.full_clean()
    article.save()
    if "published_on" in changed:
        refresh_claim_summaries(Claim.objects.touched_by(article).values_list("pk", flat=True))
    if suggest and "body" in changed:
        refresh_suggestions(article)
    return "updated", article


def validation_message(error):
    if hasattr(error, "message_dict"):
        return "; ".join(message for messages in error.message_dict.values() for message in messages)
    return "; ".join(error.messages)


def import_article_files(paths, *, dry_run=False, suggest=True, **metadata):
    """Import each path in turn; a bad file is reported and skipped, the others still go in.

    Returns a list of (path, outcome, detail): outcome is "created", "updated",
    "unchanged" or "failed"; detail is the article's slug (and whether its title
    had to be taken from the first sentence) or the failure message.
    """
    results = []
    for path in paths:
        try:
            parsed = parse_article_file(path, **metadata)
            outcome, article = save_article(parsed, dry_run=dry_run, suggest=suggest)
        except ImportFailed as error:
            results.append((str(path), "failed", str(error)))
            continue
        except ValidationError as error:
            results.append((str(path), "failed", f"{path}: {validation_message(error)}"))
            continue
        detail = article.slug if article else parsed.slug
        if parsed.title_source == "first sentence":
            detail = f"{detail} — {parsed.notes[0]}"
        results.append((str(path), outcome, detail))
    return results
