"""Who can be a source: the mentions that may name a speaker.

A report's source is a person, a body, a group or a document that speaks for them; the parser
sometimes gives a report another subject ("L'inflation … devrait …, a déclaré …", "Les propos …
ont démenti"), and a pronoun ("a-t-il prévenu") must not take such a subject as its antecedent.
A mention is a plausible speaker when it resolves to a known actor, is a proper name or a
pronoun of the third person, or is a noun phrase whose head is not an abstract noun: the nouns
naming people and bodies (speakers.txt and the titles of titles.json) always are, nouns of
things said (propos, rumeurs, chiffres…) and abstract nouns by their ending (-tion, -ment,
-ité…: "l'inflation", "la détermination", "cette question") are not, and any other noun is
given the benefit of the doubt ("les pompiers", "le gardien"): a lexicon of people cannot be
complete, and leaving out a speaker costs more than keeping a doubtful one.
"""

import re
from functools import cache

from .lexicon import LEXICON_DIR, lexicon

# what precedes the head noun of a noun phrase
DETERMINERS = {
    "le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "ce", "cet", "cette", "ces",
    "son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos", "mon", "ma", "mes",
    "plusieurs", "certains", "certaines", "quelques", "deux", "trois", "tous", "toutes",
    "ancien", "ancienne", "nouveau", "nouvel", "nouvelle", "actuel", "actuelle", "même", "futur",
    "future", "haut", "haute", "grand", "grande", "jeune", "principal", "principale",
}  # fmt: skip
# capitalised at a sentence start, yet no name: "Lui succédant…", "Un démenti…", "Rien n'…"
NOT_NAMES = {
    "lui", "un", "une", "rien", "tout", "tous", "cela", "ceci", "ça", "ce", "qui", "que",
    "quoi", "je", "j'", "nous", "vous", "tu", "moi", "toi", "en", "y", "dont", "où",
    "aucun", "aucune", "chacun", "chacune", "autre", "autres", "celui", "celle",
}  # fmt: skip
# what is said, not who says it
THINGS_SAID = {
    "propos", "parole", "rumeur", "chiffre", "donnée", "résultat", "fait", "prix", "chose",
    "information", "nouvelle", "question", "idée", "hypothèse", "thèse", "piste", "version",
}  # fmt: skip
# the endings of abstract nouns ("l'inflation", "la détermination", "le ralentissement")
ABSTRACT = re.compile(r"(?:tion|sion|ment|ité|ance|ence|isme|ure|age)s?$")
THIRD_PERSON = {"il", "elle", "ils", "elles", "on", "celui-ci", "celle-ci", "ceux-ci", "celles-ci"}


@cache
def speaker_nouns():
    """Nouns naming people or bodies: speakers.txt and every title of titles.json."""
    nouns = set()
    for line in (LEXICON_DIR / "speakers.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            nouns.add(line.casefold())
    for entries in lexicon()["titles"].values():
        nouns.update(entry.casefold() for entry in entries if " " not in entry)
    return frozenset(nouns)


def _singular(word):
    return re.sub(r"(?<=\w\w)[sx]$", "", word)


def plausible(mention, actor=None):
    """Whether the mention as written can name a speaker (see the module's docstring)."""
    if actor is not None:
        return True
    words = [w for w in re.split(r"\s+|(?<=['’])", mention.replace("’", "'").strip(" ,;:-")) if w]
    if not words:
        return False
    first = words[0].casefold().lstrip("-").removeprefix("t-")
    if first in THIRD_PERSON and len(words) == 1:
        return True
    if first in ("ce", "cette", "ces") and words[1:2] and re.match(r"derni[eè]re?s?$", words[1].casefold()):
        return True  # "ce dernier", "ces dernières": the last speaker
    if first in NOT_NAMES and (len(words) == 1 or first not in DETERMINERS):
        return False
    nouns = speaker_nouns()
    for word in words:
        if word.casefold() in DETERMINERS:
            continue
        folded = word.casefold().strip("«»“”\"'")
        if not folded:
            continue
        if word[:1].isupper() or word[:1] in "«“\"'‘":
            return True  # a name: "Rémy Heitz", "l'Antwerp", "le 'Great Old'"
        if folded.isdigit():
            continue
        # the head noun: "la détermination des syndicats" is no speaker, "les services de l'Elysée" is
        if folded in nouns or _singular(folded) in nouns:
            return True
        return not (folded in THINGS_SAID or _singular(folded) in THINGS_SAID or ABSTRACT.search(folded))
    return False
