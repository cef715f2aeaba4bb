"""Text helpers shared by the models and the importers: name keys and quote location."""

import re
import unicodedata

# Leading French articles that do not distinguish one actor from another:
# "le Kremlin", "la Maison-Blanche", "l'ONU", "les analystes", "des experts", "du Kremlin".
# A whole word only: "les analystes" loses "les" (not "le"), "Lavrov" and "Desjardins" keep theirs.
_LEADING_ARTICLE = re.compile(r"^(?:(?:les|le|la|des|du)\s+|l')", re.IGNORECASE)
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})
_SPACES = re.compile(r"\s+")


def strip_accents(text):
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def name_key(text):
    """Case-, accent- and article-insensitive key under which a name or alias is looked up.

    "La Maison-Blanche", "maison-blanche" and "MAISON BLANCHE" do not all meet:
    hyphens are kept, since sources use them consistently for one spelling.
    """
    key = strip_accents(text or "").translate(_APOSTROPHES).casefold()
    key = _SPACES.sub(" ", key).strip(' \t\n"«»“”.,;:')
    stripped = _LEADING_ARTICLE.sub("", key, count=1)
    # A name that is nothing but an article ("La") keeps it rather than becoming empty.
    return stripped or key


# Letters and the accented forms a search for them should also find, both cases.
_ACCENTED = {
    "a": "aàâäáãå",
    "c": "cç",
    "e": "eéèêë",
    "i": "iîïíì",
    "n": "nñ",
    "o": "oôöóòõ",
    "u": "uùûüú",
    "y": "yÿ",
}


def accent_insensitive_regex(text):
    """A regular expression finding `text` whatever its case and accents, on SQLite and PostgreSQL alike.

    "seoul" finds "Séoul". Used with `__iregex`; both cases are spelled out because
    PostgreSQL's case folding of accented letters depends on the server's locale.
    """
    parts = []
    for char in strip_accents(text).translate(_APOSTROPHES).casefold():
        if char in _ACCENTED:
            variants = _ACCENTED[char]
            parts.append(f"[{variants}{variants.upper()}]")
        elif char == "'":
            parts.append("['’]")
        elif char.isspace():
            parts.append(r"\s+")
        else:
            parts.append(re.escape(char))
    return "".join(parts)


class QuoteNotFound(ValueError):
    pass


class AmbiguousQuote(ValueError):
    def __init__(self, message, occurrences):
        super().__init__(message)
        self.occurrences = occurrences


def quote_offsets(body, quote):
    """Every start offset at which quote occurs verbatim in body."""
    if not quote:
        return []
    offsets, start = [], body.find(quote)
    while start != -1:
        offsets.append(start)
        start = body.find(quote, start + 1)
    return offsets


def locate_quote(body, quote, occurrence=None):
    """Return (start, end) of quote in body.

    A quote found more than once needs `occurrence` (0-based) to say which;
    a quote not found at all raises QuoteNotFound.
    """
    offsets = quote_offsets(body, quote)
    if not offsets:
        raise QuoteNotFound(f"quote not found in the article body: {quote[:80]!r}")
    if occurrence is None:
        if len(offsets) > 1:
            raise AmbiguousQuote(
                f"quote occurs {len(offsets)} times in the article body; say which",
                offsets,
            )
        occurrence = 0
    if not 0 <= occurrence < len(offsets):
        raise QuoteNotFound(f"quote occurs {len(offsets)} times; occurrence {occurrence} does not exist")
    start = offsets[occurrence]
    return start, start + len(quote)
