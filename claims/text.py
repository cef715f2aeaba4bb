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


def fold(text):
    """Lower-case, accent-free form of text for containment search; None stays None."""
    if text is None:
        return None
    return strip_accents(text).translate(_APOSTROPHES).casefold()


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


# Typed stand-ins for the typography of published French: what a keyboard gives for ’, « », …
_TYPED = {
    "’": "'",
    "‘": "'",
    "ʼ": "'",
    "`": "'",
    "«": '"',
    "»": '"',
    "“": '"',
    "”": '"',
    "„": '"',
    "…": "...",
    "–": "-",
    "—": "-",
    "‑": "-",
}


def _typed_form(text):
    """`text` as a keyboard would type it, with no spaces, and where each character came from.

    Spaces (ordinary, non-breaking, thin) are dropped altogether: French typography puts
    them around « » and before ; : ! ?, where a typed quote has them or not at random.
    """
    chars, origins = [], []
    for index, char in enumerate(text):
        if char.isspace():
            continue
        for typed in _TYPED.get(char, char):
            chars.append(typed)
            origins.append(index)
    return "".join(chars), origins


class TypedQuoteNotFound(QuoteNotFound):
    """Not in the body even with the typing forgiven; `closest` is the body's nearest passage."""

    def __init__(self, message, closest=""):
        super().__init__(message)
        self.closest = closest


def locate_typed_quote(body, quote, occurrence=None):
    """Return (start, end) of `quote` in `body`, forgiving how it was typed.

    A quote typed with ' for ’, " for « » or “ ”, ... for …, or with spaces (non-breaking or
    not) missing or added is found all the same; body[start:end] is then the verbatim text
    to store. Several places need `occurrence` (0-based), as in locate_quote(); none raises
    TypedQuoteNotFound carrying the closest passage of the body.
    """
    offsets = quote_offsets(body, quote)
    if offsets:
        spans = [(start, start + len(quote)) for start in offsets]
    else:
        typed_body, origins = _typed_form(body)
        typed_quote, _origins = _typed_form(quote)
        spans = []
        if typed_quote:
            found = typed_body.find(typed_quote)
            while found != -1:
                spans.append((origins[found], origins[found + len(typed_quote) - 1] + 1))
                found = typed_body.find(typed_quote, found + 1)
        spans = list(dict.fromkeys(spans))
    if not spans:
        raise TypedQuoteNotFound(
            f"quote not found in the article body: {quote[:80]!r}", closest_passage(body, quote)
        )
    if occurrence is None:
        if len(spans) > 1:
            raise AmbiguousQuote(f"quote occurs {len(spans)} times in the article body; say which", spans)
        occurrence = 0
    if not 0 <= occurrence < len(spans):
        raise TypedQuoteNotFound(f"quote occurs {len(spans)} times; occurrence {occurrence} does not exist")
    return spans[occurrence]


def closest_passage(body, quote):
    """The passage of `body` most like `quote`, as long as it and cut at word boundaries; "" if none."""
    import difflib

    typed_body, origins = _typed_form(body)
    typed_quote, _origins = _typed_form(quote)
    if not typed_body or not typed_quote:
        return ""
    matcher = difflib.SequenceMatcher(None, typed_body, typed_quote, autojunk=False)
    best, best_score = None, 0
    # Anchor on each long common stretch; the window around it that matches most wins.
    for block in matcher.get_matching_blocks():
        if block.size < 3:
            continue
        left = max(0, block.a - block.b)
        right = min(len(typed_body), left + len(typed_quote))
        window = typed_body[left:right]
        score = difflib.SequenceMatcher(None, window, typed_quote, autojunk=False).ratio()
        if score > best_score:
            best, best_score = (left, right), score
    if best is None or best_score < 0.4:
        return ""
    start, end = origins[best[0]], origins[best[1] - 1] + 1
    while start > 0 and not body[start - 1].isspace():
        start -= 1
    while end < len(body) and not body[end].isspace():
        end += 1
    return body[start:end].strip()
