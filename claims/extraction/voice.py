"""The outlet's own voice: which of an article's unsourced sentences to propose, and with which stance.

DOMAIN.md makes a statement in the article's own voice an attribution with no actor. Which of them
carry a claim worth tracking is mostly an editorial choice, but the text marks some:

- the journalistic **conditional** and the **hedges** (`hedges.txt`: « Pyongyang aurait livré… »,
  « potentiellement ») make a sentence `suspects`; always proposed;
- a **booster** (`boosters.txt`: « en réalité », « de toute évidence », « les signes ne trompent
  pas ») marks a statement the outlet commits to: `asserts`;
- a **strong denial** in its own voice (« il n'en est rien », « il n'y a jamais eu… ») is `denies`.

Sentences without those marks are scored on features (`statement_score`): a booster or a strong
denial +2, an actor as subject +1, a present or future main verb +1, a dated background ("en mars
2022", "il y a quatre ans") −1. A sentence reaching `THRESHOLD` is proposed when `STATEMENTS` is
on; its confidence grows with the score. The measured figures are in docs/extraction.md.
"""

import re
from dataclasses import dataclass

from .stance import conditional, strongly_negated

# Propose the outlet's unconditional statements (boosters, strong denials)? Measured on every set
# in docs/extraction.md ("The outlet's own statements").
STATEMENTS = True
THRESHOLD = 3
BACKGROUND = re.compile(
    r"\b(?:en|depuis|dès|jusqu'en|jusqu’en)\s+(?:(?:janvier|février|mars|avril|mai|juin|juillet|août|"
    r"septembre|octobre|novembre|décembre)\s+)?(?:19|20)\d\d\b|\bil y a (?:\w+ )?(?:ans?|mois|années)\b"
    r"|\bl[’']année dernière\b",
    re.IGNORECASE,
)


@dataclass
class Voice:
    """What the outlet's own sentence is proposed as: `cue` None means the verb as written."""

    stance: str
    rule: str
    confidence: float
    cue: str | None = None


BULLETS = {"•", "-", "–", "—", "*", "·", "▪"}


def main_word(sentence):
    """The sentence's main word; past a bullet the parser took for it ("• Cette rencontre devrait
    avoir lieu…"), the word the bullet governs with the widest clause."""
    root = sentence.root
    if root.text not in BULLETS:
        return root
    words = [c for c in root.children if c.dep_ != "punct" and c.pos_ in ("VERB", "AUX", "ADJ", "NOUN")]
    if not words:
        return root
    return max(words, key=lambda c: len(list(c.subtree)))


def own_voice(sentence, root, lex, *, actor_subject):
    """How to propose `sentence`, a sentence without any cue, in the outlet's voice (or None).

    `root` is its main word; `actor_subject` whether its subject is an actor (a known one, a
    proper name, or a pronoun for the last speaker).
    """
    if conditional(root):
        return Voice("suspects", "outlet conditional", 0.45)
    for child in root.children:
        if child.dep_ == "advmod" and child.lower_ in lex["hedges"]:
            return Voice("suspects", "outlet conditional", 0.45, child.text)
    if not STATEMENTS:
        return None
    score, stance, booster = statement_score(sentence, root, lex, actor_subject=actor_subject)
    if score < THRESHOLD:
        return None
    return Voice(stance, "outlet statement", round(min(0.2 + 0.1 * score, 0.6), 2), booster)


def statement_score(sentence, root, lex, *, actor_subject):
    """(score, stance, booster as written or None) of an unconditional sentence (module docstring)."""
    tokens = list(sentence)
    lowered = sentence.text.lower().replace("’", "'")
    score, stance, booster = 0, "asserts", None
    for phrase in lex["boosters"]:
        at = lowered.find(phrase.replace("’", "'"))
        if at != -1:
            score += 2
            booster = sentence.text[at : at + len(phrase)].strip(" :")
            break
    if strongly_negated(tokens, lex):
        score, stance = score + 2, "denies"
    if actor_subject:
        score += 1
    if _present_or_future(root):
        score += 1
    if BACKGROUND.search(sentence.text):
        score -= 1
    return score, stance, booster


def _present_or_future(root):
    """The main verb's tense, read on its copula ("c'est réussi", "est") or on the verb; a
    participle with its auxiliary ("a livré", "s'est opposé") is past."""
    copulas = [c for c in root.children if c.dep_ == "cop"]
    if not copulas and "Part" in root.morph.get("VerbForm"):
        return False
    return any(
        "Ind" in word.morph.get("Mood")
        and (word.morph.get("Tense") in (["Pres"], ["Fut"]) or _present_or_simple_past(word))
        for word in copulas or [root]
    )


def _present_or_simple_past(word):
    """ "il s'agit", "il finit": a form of -ir verbs the tagger reads as the simple past, which news
    prose hardly uses; without an auxiliary it is the present."""
    return (
        word.morph.get("Tense") == ["Past"]
        and "Fin" in word.morph.get("VerbForm")
        and word.lower_.endswith("it")
        and word.lemma_.lower().endswith("ir")
        and not any(c.dep_.startswith("aux") for c in word.children)
    )
