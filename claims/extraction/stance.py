"""The stance of a report: whether its source asserts, denies or suspects what it says.

The cue gives a first stance (reporting, denial and suspicion verbs, nominal cues); the content
can turn a report into a denial of the positive claim (docs/extraction.md, "Conventions"):

- negated content: a strong negative word, a denial phrase (`denial_content.txt`), or "ne … pas"
  on the content's finite main verb;
- an answer that says no ("Ah non, pas du tout.");
- other people's reports called false or disapproved of: a report noun ("les informations",
  "ces rumeurs", "les allégations") qualified by a word of falsity ("ces fausses informations",
  "des informations qui sont des montages"), with a negated accuracy ("cette information n'est
  pas juste"), or the object of a verb or noun of disapproval ("a déploré les informations
  parues…"); a qualification by falsity ("les qualifiant de ridicules"), or by the quotation
  just before ("« Faux et grotesque ». X a qualifié par ces termes l'information…");
- a correction ("… et non « … »") and a denial in the first person inside the content ("Je
  démens formellement").

A suspicion whose content calls the reports false ("met en garde les auteurs de ces fausses
informations") denies them too. The conditional and the hedges of the outlet's own voice are read
by `conditional()`; a conditional on the reporting verb itself does not change its stance.
"""

import re

from .lexicon import first_group_infinitive

CONDITIONAL_FORM = re.compile(r"\w{2,}(?:rait|raient|rais|rions|riez)$")
# Subordinate clauses where a negation no longer says anything of the claim itself
SUBORDINATORS = {
    "puisque",
    "puisqu'",
    "puisqu’",
    "car",
    "qui",
    "dont",
    "lorsque",
    "lorsqu'",
    "lorsqu’",
    "parce",
    "mais",
    "si",
    "quand",
}
QUALIFYING = {"qualifier", "juger", "considérer", "trouver", "taxer", "traiter"}
TERMS = {"terme", "mot", "formule", "qualificatif", "expression"}
NEGATORS = {"pas", "plus", "point", "nullement", "aucunement", "jamais"}
FIRST_PERSON = {"je", "j'", "j’", "nous"}
QUOTE_MARKS = "«“\"‘'„"
CORRECTION = re.compile(r"\bet non(?:\s+pas)?\s*[«“\"'‘„]", re.IGNORECASE)


def report_stance(stance, content, lex, cue=None):
    """The stance of a report whose cue gives `stance`, given its content tokens.

    `cue` is the reporting verb (or noun) when there is one: its negation is not the content's,
    and its object ("a déploré les informations") and qualification belong to what it says.
    """
    if stance == "denies":
        return stance
    content = _with_complement(content, cue)
    if stance == "suspects":
        # "met en garde les auteurs de ces fausses informations": the reports are called false
        return "denies" if _discredits_reports(content, lex) or _denial_phrase(content, lex) else stance
    if denies(content, lex, cue):
        return "denies"
    return "suspects" if _in_first_person(content, lex, "suspects") else stance


def denies(content, lex, cue=None):
    """Whether a report's content denies the positive claim (module docstring)."""
    parts = _segments(content)
    if parts and _answers_no(parts[0], lex):
        return True
    if _denial_phrase(content, lex):
        return True  # anywhere: "…, ce qui ne signifie pas que …"
    if any(_negated(_main_clause(part), lex, cue) for part in parts):
        return True
    words = list(content) + ([cue] if cue is not None else [])
    return (
        _discredits_reports(words, lex)
        or _corrects(content)
        or _denied_in_first_person(content, lex)
        or _terms_quoted_before(cue, lex)
    )


def strongly_negated(tokens, lex):
    """A denial phrase, or a strong negative word in a main clause ("il n'en est rien", "il n'y a
    jamais eu…"); not a bare "ne … pas", which in the outlet's own voice more often describes than
    denies."""
    if _denial_phrase(tokens, lex):
        return True
    return any(_strong_word(_main_clause(part), lex) for part in _segments(tokens))


def conditional(token):
    """Whether `token` (or its auxiliary) is in the conditional: « aurait livré », « pourraient »."""
    if "Cnd" in token.morph.get("Mood") or (
        token.pos_ in ("VERB", "AUX") and CONDITIONAL_FORM.match(token.lower_)
    ):
        return True
    return any(
        "Cnd" in c.morph.get("Mood") or CONDITIONAL_FORM.match(c.lower_)
        for c in token.children
        if c.dep_.startswith("aux")
    )


def negated_verb(verb):
    """Whether "ne … pas/plus/jamais" bears on `verb` itself."""
    return any(c.lower_ in NEGATORS and c.dep_ == "advmod" for c in verb.children)


# -- the content ----------------------------------------------------------------------------------


def _with_complement(content, cue):
    """The content and, when the span stopped right before it, the cue's "que" clause (the parser
    sometimes hangs "a affirmé dans un communiqué publié lundi que …" on the participle)."""
    if cue is None or not content:
        return content
    last = content[-1]
    if last.i < cue.i or last.i + 1 >= last.sent.end:
        return content
    following = last.doc[last.i + 1]
    if following.lower_ not in ("que", "qu'", "qu’"):
        return content
    return list(content) + list(last.doc[following.i : last.sent.end])


def _segments(tokens):
    """The content cut into its sentences (a quotation may hold several)."""
    parts, current = [], []
    for token in tokens:
        current.append(token)
        if token.text in (".", "!", "?", "…"):
            parts.append(current)
            current = []
    if current:
        parts.append(current)
    return parts


def _main_clause(tokens):
    """The content up to its first subordinate clause (puisque, car, qui, bien que…), where a
    negation ("n'a pas mené de guerre depuis 1953") no longer says anything of the claim itself."""
    result = []
    for position, token in enumerate(tokens):
        if position > 1:
            if token.lower_ in SUBORDINATORS:
                break
            following = tokens[position + 1].lower_ if position + 1 < len(tokens) else ""
            if token.lower_ == "bien" and following in ("que", "qu'", "qu’"):
                break
        result.append(token)
    return result


def _lowered(tokens):
    # "n'importe quoi" is parsed "n'" "importe" "quoi": apostrophes join their word again
    return " ".join(t.lower_ for t in tokens).replace("’", "'").replace("' ", "'")


def _denial_phrase(tokens, lex):
    lowered = _lowered(tokens)
    return any(phrase.replace("’", "'") in lowered for phrase in lex["denial_content"])


def _negated(tokens, lex, cue=None):
    """A strong negative word, or "ne … pas" on the content's main verb."""
    if _strong_word(tokens, lex):
        return True
    if not any(t.lower_ in ("ne", "n'", "n’") for t in tokens):
        return False
    # "a déclaré que X n'a pas …": "pas" on the content's main verb (not in a clause below it), not
    # on an infinitive ("a déclaré ne pas vouloir…": an intention)
    inside = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    main = [t for t in roots if t.pos_ in ("VERB", "AUX", "ADJ") and (cue is None or t.i != cue.i)]
    main.sort(key=lambda t: t.dep_ not in ("ccomp", "xcomp", "ROOT", "parataxis"))
    if not main:
        return False
    form = main[0].morph.get("VerbForm")
    if "Inf" in form or ("Part" in form and not any(c.dep_.startswith("aux") for c in main[0].children)):
        return False
    return any(
        c.lower_ in ("pas", "plus", "point") and c.dep_ == "advmod" and not _restrictive(c)
        for c in main[0].children
    )


# "n'est pas seulement excessif, c'est inacceptable": "pas" before these adds, it does not deny
RESTRICTIVE = {"seulement", "uniquement", "simplement", "que", "qu'", "qu’", "juste"}


def _restrictive(negator):
    doc = negator.doc
    return negator.i + 1 < len(doc) and doc[negator.i + 1].lower_ in RESTRICTIVE


def _strong_word(tokens, lex):
    """ "aucun", "nullement", or "jamais", "rien", "personne", "ni" beside "ne"."""
    words = [t.lower_ for t in tokens]
    has_ne = any(w in ("ne", "n'", "n’") for w in words)
    return any(w in lex["negations_alone"] or (has_ne and w in lex["negations"]) for w in words)


def _answers_no(tokens, lex):
    """ "Ah non, pas du tout. …": the content opens on an answer that says no."""
    words = [t for t in tokens if not (t.is_punct or t.text in QUOTE_MARKS)]
    if not words:
        return False
    doc = words[0].doc
    opening = doc.text[words[0].idx : words[0].idx + 40].lower()
    return any(re.match(re.escape(answer) + r"\s*[,.!…;:]", opening) for answer in lex["denial_answers"])


# -- other people's reports called false -----------------------------------------------------------


def _report_noun(token, lex):
    return token.pos_ in ("NOUN", "PROPN") and (
        token.lemma_.lower() in lex["report_nouns"] or token.lower_ in lex["report_nouns"]
    )


def _verb_lemma(token):
    """The lemma, or for a form the lemmatiser left as written ("reproche", "s'indigne" read as the
    adjective), its first-group infinitive."""
    lemma = token.lemma_.lower()
    if lemma == token.lower_ and token.pos_ in ("VERB", "ADJ") and token.lower_.endswith("e"):
        return first_group_infinitive(lemma)
    return lemma


def _discredits_reports(tokens, lex):
    for token in tokens:
        lower = token.lower_
        if lower in lex["falsity"] and _qualifies_report(token, lex):
            return True
        if _verb_lemma(token) in lex["disapproval"] and _disapproves_reports(token, lex):
            return True
        if lower in lex["accuracy"] and _accuracy_denied(token, lex):
            return True
    return False


def _qualifies_report(word, lex):
    """ "ces fausses informations", "les allégations sont grotesques", "des informations qui sont
    des montages faussés", "les qualifiant de ridicules"."""
    node = word
    # "des montages faussés": the word qualifies a word of falsity; "insultant, tendancieux et
    # manipulateur": a conjunct qualifies what the first conjunct does
    for _depth in range(4):
        if node.dep_ == "conj" or (node.dep_ in ("amod", "acl") and node.head.lower_ in lex["falsity"]):
            if node.head.i == node.i:
                break
            node = node.head
        else:
            break
    head = node.head
    if node.dep_ in ("amod", "acl", "appos", "nmod") and _report_noun(head, lex):
        return True
    subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubj:pass")]
    if any(_report_noun(s, lex) for s in subjects):
        return True
    if node.dep_ == "acl:relcl" and subjects and _report_noun(head, lex):
        return True  # "des informations qui sont des montages"
    return head.lemma_.lower() in QUALIFYING and node.dep_ != "nsubj"


def _disapproves_reports(word, lex):
    """ "a déploré les informations parues", "condamné la diffusion d'informations mensongères",
    "sa réprobation face aux allégations"."""
    if negated_verb(word):
        return False
    places = [word]
    if word.pos_ == "NOUN":
        places.append(word.head)  # "exprimer sa réprobation face aux allégations"
    for place in places:
        for child in place.children:
            if not child.dep_.startswith(("obj", "obl", "nmod", "iobj")):
                continue
            if _report_noun(child, lex):
                return True
            if child.dep_ == "obj" and any(g.dep_ == "nmod" and _report_noun(g, lex) for g in child.children):
                return True
    return False


def _accuracy_denied(word, lex):
    """ "cette information n'est manifestement pas juste": a report noun, said not accurate."""
    if not any(c.lower_ in NEGATORS and c.dep_ == "advmod" for c in word.children):
        return False
    holders = [word] + ([word.head] if word.dep_ == "conj" else [])
    return any(
        c.dep_ in ("nsubj", "nsubj:pass") and _report_noun(c, lex) for h in holders for c in h.children
    )


def _corrects(tokens):
    """ "il était écrit 'A' et non 'B'": a correction denies the words it sets aside."""
    if not tokens:
        return False
    text = tokens[0].doc.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
    return CORRECTION.search(text) is not None


def _denied_in_first_person(tokens, lex):
    """ "Je démens formellement ce qui y est écrit", quoted as the content of a report."""
    return _in_first_person(tokens, lex, "denies")


def _in_first_person(tokens, lex, stance):
    """Whether the content holds a cue of `stance` in the first person: "Je démens…" denies, "Je
    reproche à la police…", "Nous dénonçons…" suspect (not "le ministre dément": someone else's)."""
    for token in tokens:
        if lex["cues"].get(_verb_lemma(token)) != stance or negated_verb(token):
            continue
        if any(c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in token.children):
            return True
    return False


def _terms_quoted_before(cue, lex):
    """ "« Faux et grotesque ». L'Élysée a qualifié par ces termes l'information…": the terms are
    the quotation right before, and they call the report false."""
    if cue is None:
        return False
    anaphoric = any(
        (c.lemma_.lower() in TERMS and any(d.lower_ in ("ces", "ce", "cette") for d in c.children))
        or (c.lower_ == "ainsi" and c.dep_ == "advmod")
        for c in cue.children
    )
    sentence = cue.sent
    if not anaphoric or sentence.start == 0:
        return False
    previous = cue.doc[sentence.start - 1].sent
    if previous.text.lstrip()[:1] not in QUOTE_MARKS:
        return False
    return any(t.lower_ in lex["falsity"] for t in previous) or _denial_phrase(list(previous), lex)
