"""Leave-one-out on the recorded attributions: does claims.matching find a quote's claim again?

For each attribution whose claim has at least two, the attribution is removed (in a transaction
rolled back afterwards, summaries and search documents included; matching keeps nothing per claim
between calls, only which vector each French word has), its quote is given to similar_claims(),
and it counts when its claim comes back in the top 3. Run it on a database holding the seed data;
docs/matching.md reports the figures.

`--cross-validate` checks that the weights of matching.WEIGHTS are not fitted to these very
attributions: for each article, the weights are chosen on the attributions of the other articles
(from a grid, ties going to the smallest weights) and scored on its own.
"""

import itertools
from collections import Counter
from contextlib import contextmanager

from django.core.management.base import BaseCommand
from django.db import connection, transaction

from claims.matching import WEIGHTS, combine, evidence, similar_claims
from claims.models import Attribution
from claims.services import refresh_claim_summaries

TOP = 3
# The weights cross-validation chooses among; the others keep their value in WEIGHTS.
GRID = {"vectors": (0.0, 0.1, 0.2, 0.3), "nearby": (0.0, 0.05, 0.1, 0.2), "overlap": (0.2, 0.3, 0.4)}


def tried_attributions():
    """The attributions whose claim has at least two, in a stable order."""
    counts = Counter(Attribution.objects.values_list("claim_id", flat=True))
    return (
        Attribution.objects.filter(claim_id__in=[claim for claim, count in counts.items() if count >= 2])
        .select_related("claim", "article")
        .order_by("article__slug", "start", "pk")
    )


@contextmanager
def left_out(attribution):
    """The database without `attribution` (search documents and summaries too), for the block only."""
    with transaction.atomic():
        Attribution.objects.filter(pk=attribution.pk).delete()
        refresh_claim_summaries([attribution.claim_id])
        try:
            yield
        finally:
            transaction.set_rollback(True)


def _asked(attribution, in_article):
    if not in_article:
        return {}
    return {"article": attribution.article, "span": (attribution.start, attribution.end)}


def leave_one_out(*, top=TOP, in_article=False):
    """(attributions tried, found in the top `top`, the misses as (attribution, claims ranked))."""
    found, misses, total = 0, [], 0
    for attribution in tried_attributions():
        total += 1
        with left_out(attribution):
            ranked = similar_claims(attribution.quote, limit=top, **_asked(attribution, in_article))
        if attribution.claim_id in [claim.pk for claim in ranked]:
            found += 1
        else:
            misses.append((attribution, ranked))
    return total, found, misses


def _found(scores, claim_id, top):
    best = sorted(scores.items(), key=lambda item: (-item[1], item[0]))[:top]
    return any(key == claim_id for key, _score in best)


def cross_validated(*, top=TOP, in_article=False):
    """(attributions tried, found in the top `top`, {article slug: (weights chosen, found, tried)}).

    Each article's attributions are scored with the weights that did best on the other articles'.
    """
    items = []
    for attribution in tried_attributions():
        with left_out(attribution):
            gathered = evidence(attribution.quote, **_asked(attribution, in_article))
        items.append((attribution.article.slug, attribution.claim_id, gathered))
    names = list(GRID)
    grid = [
        {**WEIGHTS, **dict(zip(names, values, strict=True))} for values in itertools.product(*GRID.values())
    ]
    hits = [
        [_found(combine(gathered, weights), claim_id, top) for _slug, claim_id, gathered in items]
        for weights in grid
    ]
    folds, found = {}, 0
    for slug in sorted({slug for slug, _claim, _gathered in items}):
        inside = [index for index, item in enumerate(items) if item[0] == slug]
        outside = [index for index, item in enumerate(items) if item[0] != slug]
        # max() keeps the first of equals: the grid runs from the smallest weights up.
        chosen = max(range(len(grid)), key=lambda point: sum(hits[point][index] for index in outside))
        scored = sum(hits[chosen][index] for index in inside)
        folds[slug] = ({name: grid[chosen][name] for name in names}, scored, len(inside))
        found += scored
    return len(items), found, folds


class Command(BaseCommand):
    help = "Leave-one-out of claim matching on the recorded attributions (is the claim in the top 3?)."

    def add_arguments(self, parser):
        parser.add_argument("--misses", action="store_true", help="List the attributions not found.")
        parser.add_argument(
            "--cross-validate",
            action="store_true",
            help="Also score each article with the weights chosen on the other articles.",
        )

    def handle(self, *args, misses=False, cross_validate=False, **options):
        counts = Counter(Attribution.objects.values_list("claim_id", flat=True))
        claims = sum(1 for count in counts.values() if count >= 2)
        for label, in_article in (("quote alone", False), ("quote in its article", True)):
            total, found, missed = leave_one_out(in_article=in_article)
            self.stdout.write(
                f"{connection.vendor}, {label}: {total} attributions of {claims} claims quoted twice "
                f"or more: {found} in the top {TOP} ({_share(found, total)})"
            )
            if misses:
                for attribution, ranked in missed:
                    self.stdout.write(
                        f"  missed: {attribution.quote[:70]!r} → {attribution.claim.text[:60]!r}"
                    )
                    for claim in ranked:
                        self.stdout.write(f"      {claim.similarity:.2f} {claim.text[:70]}")
            if cross_validate:
                self._cross_validated(label, in_article)

    def _cross_validated(self, label, in_article):
        total, found, folds = cross_validated(in_article=in_article)
        self.stdout.write(
            f"{connection.vendor}, {label}, each article scored with the weights chosen on the others: "
            f"{found} of {total} in the top {TOP} ({_share(found, total)})"
        )
        for slug, (weights, scored, tried) in folds.items():
            chosen = ", ".join(f"{name} {value}" for name, value in weights.items())
            self.stdout.write(f"  {slug[:50]}: {scored} of {tried} ({chosen})")


def _share(found, total):
    return f"{100 * found / total if total else 0.0:.1f} %"
