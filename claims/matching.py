"""Which recorded claims a passage most likely states: the desk's "même affirmation que… ?".

PostgreSQL: the claims whose search document (their text and all their quotes, French,
stemmed, unaccented; migration 0005) shares a stem with the passage are found through its GIN
index; each is scored by its closest wording (its text or one of its quotes): stems in common,
weighted by how few candidates share them, beside trigram similarity (pg_trgm, migration 0008).
A second article quoting the same words, or a paraphrase of the claim, both come out on top.

SQLite (development): the claims whose text or quotes hold one of the passage's longer words,
ranked in Python by shared word stems and character similarity.

Passing the `article` and `span` the passage comes from adds what the desk knows: the sentence
around the passage (a short quote's "cette accusation" is named there), and the claims already
attributed over the passage, likely the same words carrying several propositions ("Moscou et
Pyongyang nient tous deux cette accusation"), and, a little, the claims attributed just beside it:
a quote that names no proposition ("cité par l'agence Interfax", "Kyiv affirme qu'il existe
plusieurs autres exemples") most often relays its neighbour's.

On PostgreSQL, the wordings are also compared in meaning through the word vectors of the French
pipeline (claims/vectors.py): "inquiète" and "menace", "demandé" and "cherche à obtenir".

`evidence()` gathers what is known of each candidate, `combine()` weighs it: the leave-one-out of
`manage.py evaluate_matching` weighs the same evidence in several ways to cross-validate the weights.
"""

import difflib
import math
import re
from dataclasses import dataclass

from django.db import connection

from . import vectors
from .models import Attribution, Claim
from .text import fold

# How many claims the full-text search hands to the trigram ranking.
CANDIDATES = 200
WEIGHTS = {
    "context": 0.3,  # the passage's sentence against the claim's stems
    "wording": 0.7,  # the passage against the claim's closest wording
    "stems": 0.6,  # within a wording: stems in common; the rest, trigram similarity
    "vectors": 0.2,  # the share of closeness in meaning, when the word vectors are there
    "overlap": 0.3,  # a claim already attributed over the passage in its article
    "nearby": 0.1,  # per log of the claims attributed beside it (see NEARBY_REACH)
}
# Characters: a claim attributed this far from the passage counts e⁻¹ as much as one touching it;
# past five times as far, not at all.
NEARBY_REACH = 100
_WORD = re.compile(r"\w+")
_SHORT = 4  # shorter words ("les", "une", "dans") say little about the proposition

# The candidates (words in common with the passage or its sentence, through the GIN index), then
# each one's wordings: its text and its quotes, as French stems, with their trigram similarity.
_PG_SQL = """
WITH q AS (
    SELECT NULLIF(
               replace(plainto_tsquery('french', selon_unaccent(%(context)s))::text, ' & ', ' | '), ''
           )::tsquery AS query
), found AS (
    SELECT c.id
      FROM claims_claim c, q
     WHERE c.search_document @@ q.query AND NOT (c.id = ANY(%(exclude)s))
     ORDER BY ts_rank_cd(c.search_document, q.query, 32) DESC
     LIMIT %(candidates)s
), wordings AS (
    SELECT c.id AS claim_id, TRUE AS own, c.text AS wording FROM claims_claim c JOIN found ON found.id = c.id
    UNION ALL
    SELECT a.claim_id, FALSE, a.quote FROM claims_attribution a JOIN found ON found.id = a.claim_id
)
SELECT claim_id, own,
       tsvector_to_array(to_tsvector('french'::regconfig, selon_unaccent(wording))),
       similarity(selon_unaccent(wording), selon_unaccent(%(text)s)), wording
  FROM wordings
"""
_STEMS_SQL = """
SELECT tsvector_to_array(to_tsvector('french'::regconfig, selon_unaccent(%(text)s))),
       tsvector_to_array(to_tsvector('french'::regconfig, selon_unaccent(%(context)s)))
"""


@dataclass
class Evidence:
    """What is known of one candidate claim, before weighing (see combine())."""

    words: float = 0.0  # stems and characters in common, the sentence's included (0 to 1)
    meaning: float | None = None  # closeness in meaning (0 to 1), None without word vectors
    overlap: bool = False  # attributed over the passage in its article
    nearby: float = 0.0  # its attributions beside the passage, each e^-(distance / NEARBY_REACH)


def similar_claims(text, *, limit=5, exclude=None, article=None, span=None):
    """Up to `limit` claims, most likely first, that state the same proposition as `text`.

    Each has a `similarity` between 0 and 1. `exclude` is a claim or claims (or their keys) to
    leave out; `article` and `span` (start, end), when the passage comes from an article, let
    claims attributed beside it count. Costs four queries on PostgreSQL (three without an
    article), however many candidates.
    """
    scores = combine(evidence(text, exclude=exclude, article=article, span=span))
    best = sorted(scores.items(), key=lambda item: (-item[1], item[0]))[:limit]
    claims = Claim.objects.in_bulk([claim_id for claim_id, _score in best])
    ranked_claims = []
    for claim_id, score in best:
        claim = claims.get(claim_id)
        if claim is not None:
            claim.similarity = round(score, 3)
            ranked_claims.append(claim)
    return ranked_claims


def evidence(text, *, exclude=None, article=None, span=None):
    """{claim id: Evidence} for the claims `text` may state (arguments as for similar_claims())."""
    text = (text or "").strip()
    excluded = _keys(exclude)
    found = {}
    context = text
    if article is not None and span is not None:
        # The sentence around the passage names what a short quote leaves implicit ("cette accusation").
        sentence = _bounds(article.body, *span, ".!?\n")
        context = article.body[sentence[0] : sentence[1]]
    if text:
        ranked = _ranked_on_postgresql if connection.vendor == "postgresql" else _ranked_in_python
        found = ranked(text, context, excluded)
    if article is not None and span is not None:
        for claim_id, distance in _neighbours(article, span, excluded):
            claim = found.setdefault(claim_id, Evidence())
            if distance is None:
                claim.overlap = True
            else:
                claim.nearby += math.exp(-distance / NEARBY_REACH)
    return found


def combine(found, weights=WEIGHTS):
    """{claim id: score between 0 and 1} from evidence(), weighed by `weights` (keys of WEIGHTS)."""
    scores = {}
    for claim_id, claim in found.items():
        score = claim.words
        if claim.meaning is not None:
            score = (1 - weights["vectors"]) * score + weights["vectors"] * claim.meaning
        score += weights["overlap"] * claim.overlap + weights["nearby"] * math.log1p(claim.nearby)
        scores[claim_id] = min(1.0, score)
    return scores


def _keys(exclude):
    if exclude is None:
        return []
    if isinstance(exclude, Claim | int):
        exclude = [exclude]
    return [item.pk if isinstance(item, Claim) else int(item) for item in exclude]


def _ranked_on_postgresql(text, context, excluded):
    params = {"text": text, "context": context, "exclude": excluded, "candidates": CANDIDATES}
    with connection.cursor() as cursor:
        cursor.execute(_STEMS_SQL, params)
        wanted, around = (set(stems) for stems in cursor.fetchone())
        cursor.execute(_PG_SQL, params)
        rows = cursor.fetchall()
    scores = _scores(
        [(claim_id, own, set(stems), trigrams) for claim_id, own, stems, trigrams, _wording in rows],
        wanted,
        around,
    )
    found = {claim_id: Evidence(words=score) for claim_id, score in scores.items()}
    table = vectors.load()
    if table is not None and rows:
        wordings = [(claim_id, wording) for claim_id, _own, _stems, _trigrams, wording in rows]
        meanings = vectors.closeness(table, text, wordings)
        for (claim_id, _wording), meaning in zip(wordings, meanings, strict=True):
            found[claim_id].meaning = max(found[claim_id].meaning or 0.0, meaning)
    return found


def _scores(rows, wanted, around):
    """Per claim: its closest wording, in stems weighted by rarity and in characters, and its sentence.

    `rows` are (claim id, whether the wording is the claim's own text, its stems, its trigram
    similarity to the passage). A stem found in most candidates ("russie", "coree") weighs little.
    """
    claims = {}
    for claim_id, _own, stems, _trigrams in rows:
        claims.setdefault(claim_id, set()).update(stems)
    total = len(claims) or 1
    frequency = {}
    for stems in claims.values():
        for stem in stems:
            frequency[stem] = frequency.get(stem, 0) + 1

    def weight(stems):
        return sum(math.log(1 + total / frequency.get(stem, 1)) for stem in stems)

    def dice(left, right):
        both = weight(left) + weight(right)
        return 2 * weight(left & right) / both if both else 0.0

    scores = {}
    for claim_id, _own, stems, trigrams in rows:
        wording = WEIGHTS["stems"] * dice(wanted, stems) + (1 - WEIGHTS["stems"]) * trigrams
        scores[claim_id] = max(scores.get(claim_id, 0.0), wording)
    for claim_id, stems in claims.items():
        scores[claim_id] = WEIGHTS["wording"] * scores[claim_id] + WEIGHTS["context"] * dice(around, stems)
    return scores


def _stems(text):
    # Six letters stand in for a French stemmer: "livré", "livraison" and "livrées" meet at "livr…".
    return {word[:6] for word in _WORD.findall(fold(text)) if len(word) >= _SHORT}


def _ranked_in_python(text, context, excluded):
    words = sorted(_stems(text), key=len, reverse=True)[:8]
    if not words:
        return {}
    from .search import Matches

    condition = None
    for word in words:
        term = Matches("text", word) | Matches("attributions__quote", word)
        condition = term if condition is None else condition | term
    candidates = (
        Claim.objects.filter(condition).exclude(pk__in=excluded).distinct().values_list("pk", flat=True)
    )
    ids = list(candidates[:CANDIDATES])
    wordings = {
        claim_id: [claim_text]
        for claim_id, claim_text in Claim.objects.filter(pk__in=ids).values_list("pk", "text")
    }
    for claim_id, quote in Attribution.objects.filter(claim_id__in=ids).values_list("claim_id", "quote"):
        wordings[claim_id].append(quote)
    wanted, folded = _stems(text), fold(text)
    scores = {}
    for claim_id, texts in wordings.items():
        shared = len(wanted & set().union(*map(_stems, texts))) / len(wanted)
        closest = max(difflib.SequenceMatcher(None, folded, fold(t), autojunk=False).ratio() for t in texts)
        scores[claim_id] = Evidence(words=0.4 * shared + 0.6 * closest)
    return scores


def _neighbours(article, span, excluded):
    """(claim id, distance in characters) of each attribution in `article` near `span`; None over it.

    Claims attributed over the passage are likely the same words carrying several propositions.
    Those attributed beside it count for little (WEIGHTS["nearby"]): neighbours are mostly other
    propositions, and a flat bonus for the sentence or paragraph lowered the leave-one-out score
    (docs/matching.md); a quote that names none of its own relays its neighbour's.
    """
    start, end = span
    reach = 5 * NEARBY_REACH
    rows = (
        Attribution.objects.filter(article=article, start__lt=end + reach, end__gt=start - reach)
        .exclude(claim_id__in=excluded)
        .values_list("claim_id", "start", "end")
    )
    return [
        (claim_id, None if left < end and right > start else max(left - end, start - right))
        for claim_id, left, right in rows
    ]


def _bounds(body, start, end, stops):
    left = max((body.rfind(stop, 0, start) for stop in stops), default=-1) + 1
    rights = [found for found in (body.find(stop, end) for stop in stops) if found != -1]
    return left, (min(rights) + 1 if rights else len(body))
