"""Turn a saved article page (plain text) into an Article: headline, outlet, byline, date, body.

Pages saved from news sites carry furniture around the article: cookie and
notification prompts, "Lire aussi" teasers, share buttons, comment forms,
hashtag lines, advertising markers. Only whole lines that are clearly
furniture are dropped; every other line of the article is kept character for
character, because attribution quotes are located in the body by offset.
"""

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import slugify

from ..models import Actor, Article, Claim
from ..services import refresh_claim_summaries, relocate_quotes

SLUG_LENGTH = 80
# A first line longer than this is a paragraph, not a headline.
HEADLINE_LENGTH = 200

_SPACES = re.compile(r"\s+")


def _line(*patterns):
    """A regular expression that must match a whole (stripped) line, case-insensitively."""
    return re.compile(r"^(?:" + "|".join(patterns) + r")$", re.IGNORECASE)


# Each rule names the kind of furniture it drops; the tests show one crafted line per rule.
FURNITURE = {
    "cookie prompt": _line(
        r"(?:tout )?(?:accepter|refuser)(?: et (?:avancer|continuer|fermer))?",
        r"j['’]accepte(?: les cookies)?",
        # a short line about cookies that asks for consent; an article about cookies keeps its paragraphs
        r"(?=.{0,250}$)(?=.*\bcookies?\b)(?=.*(?:accept|consent|paramètr|gérer|utilise|uses)).*",
    ),
    "notification prompt": _line(
        r"(?=.{0,200}$)(?=.*\bnotifications?\b)(?=.*(?:recevoir|choix|cliquer|activer|sujets|préférées)).*",
        r"vos choix personnels ont été .{0,100}",
        r".{0,100}recevoir des mises à jour en temps réel.{0,100}",
    ),
    "teaser": _line(
        r"(?:lire|voir|à lire) aussi\b.*",
        r"(?:articles?|sujets?) (?:similaires|liés|associés)",
        r"(?:related|read more|more from).{0,80}",
    ),
    "share label": _line(
        r"facebook|twitter|x|linkedin|pinterest|whatsapp|telegram|reddit|e-?mail|imprimer|print",
        r"partager(?: (?:sur|par) .{0,30})?|share(?: on .{0,30})?|copier le lien|plus",
    ),
    "follow prompt": _line(
        r"suivez .{1,60} sur (?:whatsapp|facebook|twitter|x|instagram|telegram|google news)",
        r"tenez-vous au courant .{0,200} en suivant .{1,60}",
        r"appuyez ici|cliquez ici|abonnez-vous.{0,80}",
    ),
    "comment form": _line(
        r"laisser un commentaire|leave a (?:comment|reply)|ajouter un commentaire",
        r"votre adresse (?:e-mail|email|de messagerie) ne sera pas publiée.*",
        r"your email address will not be published.*",
        r"this site uses akismet to reduce spam.*",
    ),
    "hashtag line": _line(r"#[^\s#]+(?:\s+#[^\s#]+)*"),
    "source link": _line(r"source link|lien source"),
    "back to top": _line(r"(?:bouton )?retour en haut(?: de la page)?|back to top"),
    "advertising": _line(r"advertisement|publicité|annonce|sponsorisé|contenu sponsorisé"),
    # Machine metadata a scraper leaves at the foot of a page: a bare timestamp or epoch.
    "page metadata": _line(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?", r"\d{10}"),
}

# "Lire plus d'actualités mondiales :" heads a block of other stories' headlines, down to the blank line.
TEASER_BLOCK = _line(
    r"lire plus d['’]actualités.{0,60}:", r"(?:à lire|lire) également\s*:", r"sur le même sujet\s*:"
)

BYLINE = re.compile(r"^(?:par|by)\s+(?P<author>[^,@|\n]{3,80}?)\s*(?:,.*|@\S+.*|\|.*)?$", re.IGNORECASE)

FRENCH_MONTHS = {
    "janvier": 1,
    "février": 2,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
    "decembre": 12,
}
_WEEKDAY = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+"
# A dateline is a line that is nothing but a date, perhaps with weekday, time and place:
# "mardi 18 juin 2024 02:54, Royaume-Uni". Dates inside paragraphs are events, not publication.
DATELINE = re.compile(
    rf"^(?:{_WEEKDAY})?(?:le\s+)?(?P<day>\d{{1,2}})(?:er)?\s+(?P<month>[a-zéû]+)\s+(?P<year>\d{{4}})"
    r"(?:\s*(?:à\s*)?\d{1,2}[:h]\d{2})?(?:\s*,\s*[^\d,]{1,40})?$",
    re.IGNORECASE,
)
ISO_TIMESTAMP = re.compile(
    r"^(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2})?)?$"
)
# "Nom de l'article | Nouvelles du monde": the site's name after the headline.
SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+(?P<site>[^|–—]{2,60})$")
FOLLOW_CREDIT = re.compile(r"^suivez (?P<outlet>.{1,60}?) sur \w+", re.IGNORECASE)
# A section or category label: a few capitalised words, no sentence punctuation ("Europe").
SECTION_LABEL = re.compile(r"^(?:[A-ZÀ-Ý][\w’'-]*)(?:\s+[A-ZÀ-Ý][\w’'-]*){0,4}$")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý«“\"])")

FRENCH_WORDS = {"le", "la", "les", "des", "et", "est", "une", "du", "que", "qui", "dans", "pour", "avec"}
ENGLISH_WORDS = {"the", "and", "is", "of", "to", "in", "that", "for", "with", "was", "on", "are"}


class ImportFailed(Exception):
    """The file cannot be read as an article; the message names the file and says why."""


@dataclass
class ParsedArticle:
    title: str
    slug: str
    body: str
    source_file: str
    outlet_name: str = ""
    author: str = ""
    published_on: date | None = None
    language: str = "fr"
    dropped: list = field(default_factory=list)  # (line number, rule) of each furniture line


def _squash(text):
    return _SPACES.sub(" ", text).strip()


def furniture_rule(line):
    """The name of the furniture rule a line matches, or None for an article line."""
    stripped = line.strip()
    if not stripped:
        return None
    for rule, pattern in FURNITURE.items():
        if pattern.match(stripped):
            return rule
    return None


def parse_date(line):
    """The date a dateline or timestamp line states, or None. Never guesses a year or a day."""
    stripped = line.strip()
    match = ISO_TIMESTAMP.match(stripped)
    if match:
        try:
            return date(int(match["year"]), int(match["month"]), int(match["day"]))
        except ValueError:
            return None
    match = DATELINE.match(stripped)
    if match and match["month"].lower() in FRENCH_MONTHS:
        try:
            return date(int(match["year"]), FRENCH_MONTHS[match["month"].lower()], int(match["day"]))
        except ValueError:
            return None
    return None


def article_slug(title):
    """Deterministic slug from the title, cut at a word boundary."""
    # "L’alliance" → "l-alliance", not "lalliance"
    slug = slugify(re.sub(r"['’]", " ", title))
    if len(slug) > SLUG_LENGTH:
        slug = slug[:SLUG_LENGTH].rsplit("-", 1)[0]
    return slug


def detect_language(text):
    words = re.findall(r"[a-zà-ÿ]+", text.lower())
    french = sum(word in FRENCH_WORDS for word in words)
    english = sum(word in ENGLISH_WORDS for word in words)
    return "en" if english > french else "fr"


def _headline(lines):
    """(index of the headline line, title, whether that line stays in the body) or None.

    The headline is the first line that is neither furniture nor a section label.
    When the page has no headline and opens on a paragraph, its first sentence
    names the article and the paragraph stays in the body.
    """
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped or furniture_rule(line) or SECTION_LABEL.match(stripped):
            continue
        if not re.search(r"[^\W\d_]{2}", stripped) or re.match(r"^(?:\[\d+\]\s*)?https?://", stripped):
            return None
        if len(stripped) <= HEADLINE_LENGTH:
            return index, stripped, False
        first = _SENTENCE_END.split(stripped, maxsplit=1)[0].rstrip(".")
        if len(first) <= HEADLINE_LENGTH:
            return index, first, True
        return None
    return None


def parse_article(text, source_file):
    """Split a page's text into headline, metadata and body. Raises ImportFailed without a headline."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    found = _headline(lines)
    if found is None:
        raise ImportFailed(f"{source_file}: no recognisable title (the first text line is not a headline)")
    title_index, title, title_in_body = found

    outlet = ""
    suffix = SITE_SUFFIX.search(title)
    # Labels above the headline: a masthead when the headline repeats it as its site suffix.
    for line in lines[:title_index]:
        if suffix and _squash(line).casefold() == _squash(suffix["site"]).casefold():
            outlet = line.strip()
    # "Headline | Site" names the site; other separators may belong to the headline itself.
    if suffix and not title_in_body and (outlet or suffix.group(0).strip().startswith("|")):
        outlet = outlet or suffix["site"].strip()
        title = title[: suffix.start()].strip()

    keep, dropped = [], []
    author, published_on = "", None
    # Byline and dateline sit among the first lines after the headline, not deep in the text.
    header_lines = 0
    in_teaser_block = False
    for number, line in enumerate(lines):
        stripped = line.strip()
        if number < title_index:
            if stripped:
                dropped.append((number + 1, "masthead" if stripped == outlet else "section label"))
            continue
        if number == title_index and not title_in_body:
            continue
        if in_teaser_block:
            if stripped:
                dropped.append((number + 1, "teaser"))
                continue
            in_teaser_block = False
        if TEASER_BLOCK.match(stripped):
            in_teaser_block = True
            dropped.append((number + 1, "teaser"))
            continue
        rule = furniture_rule(line)
        if rule is None and number != title_index and _squash(stripped) == _squash(lines[title_index]):
            rule = "repeated headline"
        if rule is None and header_lines < 3 and stripped:
            byline = BYLINE.match(stripped)
            if byline and not author:
                author, rule = byline["author"].strip(), "byline"
            elif parse_date(stripped) and published_on is None:
                published_on, rule = parse_date(stripped), "dateline"
            elif header_lines == 0 and not title_in_body and SECTION_LABEL.match(stripped):
                rule = "section label"
        if rule == "page metadata" and published_on is None:
            published_on = parse_date(stripped)
        if rule == "follow prompt" and not outlet:
            credit = FOLLOW_CREDIT.match(stripped)
            outlet = credit["outlet"].strip() if credit else outlet
        if rule is not None:
            dropped.append((number + 1, rule))
            continue
        if stripped:
            header_lines += 1
        keep.append(line)

    body = re.sub(r"\n{3,}", "\n\n", "\n".join(keep)).strip("\n")
    if not body.strip():
        raise ImportFailed(f"{source_file}: nothing left of the article once the page furniture is removed")
    return ParsedArticle(
        title=title,
        slug=article_slug(title),
        body=body,
        source_file=source_file,
        outlet_name=outlet,
        author=author,
        published_on=published_on,
        language=detect_language(body),
        dropped=dropped,
    )


def read_article_file(path):
    """Read and parse one file; every failure is an ImportFailed naming the file."""
    path = Path(path)
    if not path.exists():
        raise ImportFailed(f"{path}: no such file")
    if path.is_dir():
        raise ImportFailed(f"{path}: is a directory, not an article file")
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFailed(f"{path}: not UTF-8 text (byte {error.start} cannot be decoded)") from error
    if not text.strip():
        raise ImportFailed(f"{path}: the file is empty")
    return parse_article(text, path.name)


def _outlet(name):
    if not name:
        return None
    actor = Actor.objects.resolve(name)
    if actor is not None and actor.kind == Actor.Kind.MEDIA:
        return actor
    actor, _created = Actor.objects.get_or_create(
        slug=slugify(name), defaults={"name": name, "kind": Actor.Kind.MEDIA}
    )
    return actor


@transaction.atomic
def save_article(parsed, *, dry_run=False):
    """Create or update the Article for a parsed file: "created", "updated" or "unchanged".

    The same file always lands on the same Article: matched by source file, then by slug.
    """
    article = Article.objects.filter(source_file=parsed.source_file).first()
    if article is None:
        article = Article.objects.filter(slug=parsed.slug).first()
    fields = {
        "title": parsed.title,
        "slug": parsed.slug,
        "body": parsed.body,
        "source_file": parsed.source_file,
        "author": parsed.author,
        "published_on": parsed.published_on,
        "language": parsed.language,
    }
    if dry_run:
        if article is None:
            return "created"
        changed = any(getattr(article, name) != value for name, value in fields.items())
        return "updated" if changed else "unchanged"
    fields["outlet"] = _outlet(parsed.outlet_name)
    if article is None:
        article = Article(**fields)
        article.full_clean()
        article.save()
        return "created"
    changed = [name for name, value in fields.items() if getattr(article, name) != value]
    if not changed:
        return "unchanged"
    if "body" in changed:
        # Each stored quote follows the new text, or nothing is saved.
        relocate_quotes(article, fields["body"])
    for name in changed:
        setattr(article, name, fields[name])
    article.version += 1
    article.full_clean()
    article.save()
    if "published_on" in changed:
        refresh_claim_summaries(Claim.objects.touched_by(article).values_list("pk", flat=True))
    return "updated"


def import_article_files(paths, *, dry_run=False):
    """Import each path in turn; a bad file is reported and skipped, the others still go in.

    Returns a list of (path, outcome, detail): outcome is "created", "updated",
    "unchanged" or "failed"; detail is the article's slug or the failure message.
    """
    results = []
    for path in paths:
        try:
            parsed = read_article_file(path)
            outcome = save_article(parsed, dry_run=dry_run)
        except ImportFailed as error:
            results.append((str(path), "failed", str(error)))
            continue
        except ValidationError as error:
            # e.g. another file already holds this headline's slug
            messages = "; ".join(message for messages in error.message_dict.values() for message in messages)
            results.append((str(path), "failed", f"{path}: {messages}"))
            continue
        results.append((str(path), outcome, parsed.slug))
    return results
