"""The cue lexicons, read once from the data files in lexicons/."""

import json
import re
from functools import cache
from pathlib import Path

LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"


def _words(name):
    """The entries of a lexicon file: one a line, "#" starting a comment, blank lines ignored."""
    entries = []
    for line in (LEXICON_DIR / name).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            entries.append(line)
    return entries


def first_group_infinitive(form):
    """The first-group infinitive of a present form the tagger or lemmatiser left as written
    ("juge", "note", "reproche", "indignent" → juger, noter, reprocher, indigner)."""
    return re.sub(r"(?:ent|e)$", "", form) + "er"


@cache
def lexicon():
    """Every lexicon as a plain mapping; cached for the life of the process."""
    nominal = {}
    for entry in _words("nominal.txt"):
        lemma, stance = entry.rsplit(None, 1)
        nominal[lemma] = stance
    cues = {}
    for stance, name in (
        ("asserts", "reporting.txt"),
        ("denies", "denial.txt"),
        ("suspects", "suspicion.txt"),
    ):
        for lemma in _words(name):
            cues.setdefault(lemma, stance)
    incise_only = set()
    for entry in _words("incise.txt"):
        lemma, _, stance = entry.partition(" ")
        lemma = lemma.removeprefix("s'")
        if lemma not in cues:
            cues[lemma] = stance or "asserts"
            incise_only.add(lemma)
    negations, alone = set(), set()
    for entry in _words("negations.txt"):
        word, _, mark = entry.partition(" ")
        negations.add(word)
        if mark == "alone":
            alone.add(word)
    evidence = {"publish": set(), "evidence": set(), "show": set()}
    for entry in _words("evidence.txt"):
        kind, word = entry.split(None, 1)
        evidence[kind].add(word)
    return {
        "evidence": evidence,
        "incise_only": incise_only,
        "cues": cues,
        "nominal": nominal,
        "hedges": set(_words("hedges.txt")),
        "boosters": _words("boosters.txt"),
        "parallel": _words("parallel.txt"),
        "negations": negations,
        "negations_alone": alone,
        "denial_content": _words("denial_content.txt"),
        "denial_answers": _words("denial_answers.txt"),
        "report_nouns": set(_words("report_nouns.txt")),
        "disapproval": set(_words("disapproval.txt")),
        "falsity": set(_words("falsity.txt")),
        "accuracy": set(_words("accuracy.txt")),
        "titles": json.loads((LEXICON_DIR / "titles.json").read_text(encoding="utf-8")),
        "hypernyms": {
            broader.casefold(): {title.casefold() for title in titles}
            for broader, titles in json.loads(
                (LEXICON_DIR / "title_hypernyms.json").read_text(encoding="utf-8")
            ).items()
            if not broader.startswith("_")
        },
    }
