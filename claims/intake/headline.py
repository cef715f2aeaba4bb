"""Headlines: the page's own, or the first sentence of the article cut to a headline's length.

A cut is made at a word boundary, never after an abbreviation or an initial
("M.", "Mme", "Dr", "J.") and never inside a quotation, and ends with "…".
"""

import re

TITLE_LENGTH = 120
# A first line longer than this is a paragraph, not a headline.
HEADLINE_LENGTH = 200

# Words after which a full stop does not end a sentence, and a cut would strand a name.
ABBREVIATIONS = {
    "m",
    "mm",
    "mme",
    "mmes",
    "mlle",
    "mlles",
    "dr",
    "drs",
    "pr",
    "me",
    "mgr",
    "st",
    "ste",
    "av",
    "apr",
    "etc",
    "cf",
    "p",
    "vol",
    "no",
    "n°",
    "gén",
    "col",
    "cdt",
    "lt",
    "sgt",
    "jr",
    "sr",
    "mr",
    "mrs",
    "ms",
}
# Words a cut headline should not end on: "… et moments de…" reads as a mistake.
DANGLING = {
    "de",
    "du",
    "des",
    "d",
    "la",
    "le",
    "les",
    "l",
    "un",
    "une",
    "et",
    "ou",
    "à",
    "au",
    "aux",
    "en",
    "pour",
    "par",
    "sur",
    "dans",
    "avec",
    "que",
    "qui",
    "ce",
    "cette",
    "ces",
    "son",
    "sa",
    "ses",
    "leur",
    "leurs",
    "mais",
    "sans",
    "selon",
    "a",
    "the",
    "of",
    "and",
}
_OPENING, _CLOSING = "«“‘", "»”’"


def _is_abbreviation(word):
    """True for "M.", "Mme", "Dr", "J." (an initial) and the like: not the end of a sentence."""
    bare = word.strip("«“\"'(").rstrip(".").lower()
    if not bare:
        return False
    if bare in ABBREVIATIONS:
        return True
    # a single letter is an initial ("J. Aoun"), hyphenated initials too ("J.-C.")
    return (
        bool(re.fullmatch(r"(?:[a-zà-ÿ]\.?-?)+", bare)) and len(bare.replace(".", "").replace("-", "")) <= 2
    )


def _inside_quotation(text):
    """True when text ends inside a quotation: an unclosed « or “, or an odd number of straight quotes."""
    depth = 0
    for char in text:
        if char in "«“":
            depth += 1
        elif char in "»”" and depth:
            depth -= 1
    return depth > 0 or text.count('"') % 2 == 1


def first_sentence(text):
    """The first sentence of a paragraph, without its final full stop.

    A stop after an abbreviation or an initial, or inside a quotation, does not end it.
    """
    text = text.strip()
    for match in re.finditer(r"[.!?…]+(?=\s+[«“\"A-ZÀ-Ý0-9]|\s*$)", text):
        before = text[: match.start()]
        last_word = before.rsplit(None, 1)[-1] if before.split() else ""
        if match.group(0) == "." and _is_abbreviation(last_word + "."):
            continue
        if _inside_quotation(before):
            continue
        sentence = text[: match.end()]
        return sentence[:-1] if sentence.endswith(".") and not sentence.endswith("..") else sentence
    return text


def shorten(title, limit=TITLE_LENGTH):
    """title when it fits, else its longest word-boundary prefix that reads whole, plus "…" (≤ limit)."""
    title = re.sub(r"\s+", " ", title).strip()
    if len(title) <= limit:
        return title
    cuts = [match.start() for match in re.finditer(r" ", title[:limit])]
    for cut in reversed(cuts):
        prefix = title[:cut].rstrip(" ,;:—–-")
        words = prefix.split()
        if not words or _is_abbreviation(words[-1]) or _inside_quotation(prefix):
            continue
        if words[-1].lower().strip("’'") in DANGLING or re.search(r"[’']$", words[-1]):
            continue
        if len(prefix) < 20:
            break
        return prefix + "…"
    # Nothing reads whole (one long quotation): cut before the quotation opens, else at a word.
    opening = min((title.find(char) for char in _OPENING + '"' if 20 <= title.find(char) < limit), default=-1)
    if opening > 0:
        return title[:opening].rstrip(" ,;:—–-") + "…"
    prefix = title[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:—–-")
    return prefix + "…"


def looks_like_paragraph(line):
    """A line too long for a headline, or one that holds more than one sentence."""
    stripped = line.strip()
    if len(stripped) > HEADLINE_LENGTH:
        return True
    if not stripped.endswith((".", "!", "?", "…")) or stripped.endswith(("?", "!")) and len(stripped) < 120:
        return False
    return first_sentence(stripped) not in (stripped, stripped.rstrip("."))
