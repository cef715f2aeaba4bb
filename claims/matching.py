"""Which recorded claims a passage most likely states: the desk's "même affirmation que… ?".

PostgreSQL: the claims whose search document (their text and all their quotes, French,
stemmed, unaccented; migration 0005) shares a stem with the passage are found through its GIN
index; each is scored by its closest wording (its text or one of its quotes): stems in common,
weighted by how few candidates share them, beside trigram similarity (pg_trgm, migration 0008).
A second article quoting the same words, or a paraphrase of the claim, both come out on top.
On a large database, where most claims share some stem with any sentence, the claims ranked are
those holding groups of its rarer stems, as PostgreSQL's statistics of the column tell them.

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
import itertools
import math
import re
from dataclasses import dataclass

from django.db import connection

from . import vectors
from .models import Attribution, Claim
from .text import fold

# How many claims the full-text search hands to the trigram ranking.
CANDIDATES = 200
# How many claims sharing stems with the passage are ranked, about, at most: on a large database
# "selon", "a", "été" are in most claims, and ranking them all took 2.9 s at 100,000 claims.
RANKED = 1000
# Beyond that, candidates hold groups of the sentence's rarest stems, this many of them
# (candidate_conditions(), docs/matching.md "At scale").
RARE_STEMS = 6
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

# The candidates, then each one's wordings: its text and its quotes, as French stems, with their
# trigram similarity. Candidates are the claims sharing a stem with the passage or its sentence
# (through the GIN index), ranked; when more than RANKED do, those meeting the first narrower
# condition (candidate_conditions()) that few enough meet, each tried only when the one before
# it overflowed.
_PG_SQL = """
WITH q AS (
    SELECT NULLIF(
               replace(plainto_tsquery('french', selon_unaccent(%(context)s))::text, ' & ', ' | '), ''
           )::tsquery AS query
), {tiers}, matched AS (
    {matched}
), found AS (
    SELECT m.id
      FROM matched m, q
     GROUP BY m.id
     ORDER BY max(ts_rank_cd(m.search_document, {ranking}, 32)) DESC
     LIMIT %(candidates)s
), wordings AS (
    SELECT c.id AS claim_id, TRUE AS own, c.text AS wording FROM claims_claim c JOIN found ON found.id = c.id
    UNION ALL
    SELECT a.claim_id, FALSE, a.quote
      FROM claims_attribution a
     WHERE a.claim_id = ANY(ARRAY(SELECT id FROM found))  -- 200 index lookups, never a hash of them all
)
SELECT claim_id, own,
       tsvector_to_array(to_tsvector('french'::regconfig, selon_unaccent(wording))),
       similarity(selon_unaccent(wording), selon_unaccent(%(text)s)), wording
  FROM wordings
"""
_TIER_SQL = """tier{number} AS MATERIALIZED (
    SELECT c.id, c.search_document
      FROM claims_claim c, q
     WHERE c.search_document @@ {condition} AND NOT (c.id = ANY(%(exclude)s))
     LIMIT %(ranked)s + 1
)"""
# The passage's stems, its sentence's, and how many claims hold each of the sentence's: the share
# PostgreSQL's statistics of the search documents list for the common ones (kept by ANALYZE, read
# by the planner for every full-text search), a count for the others, which are rare or absent
# (their GIN entries are short), capped past RANKED; and the number of claims.
_STEMS_SQL = r"""
WITH asked AS (
    SELECT tsvector_to_array(to_tsvector('french'::regconfig, selon_unaccent(%(text)s))) AS text,
           tsvector_to_array(to_tsvector('french'::regconfig, selon_unaccent(%(context)s))) AS context
), stats AS (
    SELECT s.most_common_elems::text::text[] AS stems, s.most_common_elem_freqs AS frequencies
      FROM pg_stats s
     WHERE s.schemaname = current_schema() AND s.tablename = 'claims_claim' AND s.attname = 'search_document'
)
SELECT asked.text, asked.context,
       (SELECT json_object_agg(listed.stem, listed.frequency)
          FROM stats, unnest(stats.stems, stats.frequencies) AS listed (stem, frequency)
         WHERE listed.stem = ANY(asked.context)),
       (SELECT json_object_agg(stem, (
                   SELECT count(*) FROM (
                       SELECT FROM claims_claim c
                        WHERE c.search_document
                              @@ ('''' || replace(replace(stem, '\', '\\'), '''', '''''') || '''')::tsquery
                        LIMIT %(ranked)s + 1
                   ) holding
               ))
          FROM unnest(asked.context) AS stem
         WHERE NOT stem = ANY(COALESCE((SELECT stats.stems FROM stats), '{}'))),
       (SELECT c.reltuples FROM pg_class c WHERE c.oid = 'claims_claim'::regclass)
  FROM asked
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
    params = {
        "text": text, "context": context, "exclude": excluded, "candidates": CANDIDATES, "ranked": RANKED,
    }  # fmt: skip
    with connection.cursor() as cursor:
        cursor.execute(_STEMS_SQL, params)
        wanted, around, listed, counted, claims = cursor.fetchone()
        wanted, around = set(wanted), set(around)
        conditions, ranking = candidate_conditions(around, listed, counted, claims)
        params |= {f"condition{number}": condition for number, condition in enumerate(conditions)}
        params["ranking"] = ranking
        cursor.execute(_candidates_sql(conditions), params)
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


def candidate_conditions(stems, listed, counted, claims):
    """The conditions to search candidates on, tried in turn, and the stems to rank them on.

    First any stem of the sentence (None), ranked on every stem. Then, among its RARE_STEMS
    rarest stems, the groups rare enough together: every group of stems that at most `budget`
    claims are expected to hold all of (no smaller group doing so), for a budget of RANKED, then
    a quarter of it, and so on, and last all of them at once. A name forty claims hold is a group
    of its own; "livr" and "obus", held by 7 % of claims each, must come with others. Claims found
    so are ranked on the rare stems alone (cover density over every stem costs ten times as much).
    Once a condition is met by RANKED claims or fewer, those and the first RANKED + 1 met by each
    broader condition are ranked.

    `listed` maps common stems to the share of claims holding them (PostgreSQL's statistics),
    `counted` the others to how many claims hold them (up to RANKED + 1), `claims` is the number
    of claims (negative when the table was never analysed). Conditions expected to hold for more
    than RANKED claims are not tried (the narrowest always is). Stems are taken as independent:
    words that go together ("Corée du Nord") make an estimate low, never high, so a condition
    tried may still overflow, and the next one is tried.
    """
    listed, counted = listed or {}, counted or {}
    analysed = claims is not None and claims > 0
    if not analysed:
        claims = RANKED + 1  # every stem was counted, up to that
    share = {stem: listed.get(stem, counted.get(stem, 0) / claims) for stem in stems}
    held = sorted((stem for stem in stems if share[stem]), key=lambda stem: (share[stem], stem))
    rare = []
    for stem in held:
        # A hyphenated word's parts ("porte-parol": "port", "parol") add nothing to the word.
        if not any(part.startswith(stem) for chosen in rare if "-" in chosen for part in chosen.split("-")):
            rare.append(stem)
    rare = rare[:RARE_STEMS]

    def holding(group):
        return claims * math.prod(share[stem] for stem in group)

    tiers = [(None, claims * (1 - math.prod(1 - share[stem] for stem in held)))]
    budget, singles = RANKED, {(stem,) for stem in held}
    while budget >= 1:
        groups = []
        for size in range(1, len(rare) + 1):
            for group in itertools.combinations(rare, size):
                if holding(group) <= budget and not any(set(kept) <= set(group) for kept in groups):
                    groups.append(group)
        if not groups:
            break
        condition = " | ".join(" & ".join(map(_lexeme, group)) for group in groups)
        if set(groups) != singles and condition != tiers[-1][0]:  # not "any stem" again
            tiers.append((condition, sum(map(holding, groups))))
        budget /= 4
    everything = " & ".join(map(_lexeme, rare))
    if rare and tiers[-1][0] != everything:
        tiers.append((everything, holding(rare)))
    ranking = " | ".join(map(_lexeme, rare)) or None
    if not analysed:
        return [condition for condition, _expected in tiers], ranking  # each tried in turn
    first = next((number for number, (_, expected) in enumerate(tiers) if expected <= RANKED), len(tiers) - 1)
    return [condition for condition, _expected in tiers[first:]], ranking


def _lexeme(stem):
    return "'" + stem.replace("\\", "\\\\").replace("'", "''") + "'"


def _candidates_sql(conditions):
    """_PG_SQL searching on `conditions` (see candidate_conditions()), each read only if needed."""
    tiers, matched, overflowed = [], [], []
    for number, condition in enumerate(conditions):
        condition = "q.query" if condition is None else f"%(condition{number})s::tsquery"
        tiers.append(_TIER_SQL.format(number=number, condition=condition))
        # Nested CASEs: PostgreSQL evaluates their conditions in order, so a tier is read only
        # once every broader one has overflowed.
        read = "TRUE"
        for test in reversed(overflowed):
            read = f"CASE WHEN {test} THEN {read} ELSE FALSE END"
        matched.append(f"SELECT id, search_document FROM tier{number} WHERE {read}")
        overflowed.append(f"(SELECT count(*) FROM tier{number}) > %(ranked)s")
    ranking = "%(ranking)s::tsquery"
    if conditions[0] is None and len(conditions) == 1:
        ranking = "q.query"
    elif conditions[0] is None:  # every stem ranks what any stem finds, unless it overflowed
        ranking = f"CASE WHEN {overflowed[0]} THEN {ranking} ELSE q.query END"
    matched = "\n    UNION ALL\n    ".join(matched)
    return _PG_SQL.format(tiers=",\n".join(tiers), matched=matched, ranking=ranking)


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
