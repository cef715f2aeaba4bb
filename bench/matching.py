"""Latency of claim matching as the annotation desk asks it: random attributions, in their article.

Each sampled attribution's quote is asked with its article and span, as the desk asks for a
suggestion: once untimed to warm up (the word vectors load on the first call, PostgreSQL's
buffers fill), with the attribution left out as `manage.py evaluate_matching` does, counting
whether its claim (or one with the same text: generated texts repeat) comes back in the top 3;
then `rounds` timed calls each, the attribution recorded. The generated claims are easy to find
again: the count checks that candidate retrieval does not lose them; the leave-one-out on the
seed data measures the quality.
"""

import random
import statistics
import time

from django.db import connection
from django.db.models import Max, Min
from django.test.utils import CaptureQueriesContext

from claims.management.commands.evaluate_matching import left_out
from claims.matching import similar_claims
from claims.models import Attribution

TOP = 3


def sample_attributions(count, seed):
    """`count` attributions drawn at random (by key, so that a million rows are not sorted)."""
    rng = random.Random(seed)
    bounds = Attribution.objects.aggregate(low=Min("pk"), high=Max("pk"))
    if bounds["low"] is None:
        return []
    picked = {}
    for _attempt in range(20):
        wanted = {rng.randint(bounds["low"], bounds["high"]) for _ in range(2 * count)} - set(picked)
        for attribution in Attribution.objects.filter(pk__in=wanted).select_related("article", "claim"):
            picked[attribution.pk] = attribution
        if len(picked) >= count:
            break
    return [picked[key] for key in sorted(picked)[:count]]


def ask(attribution):
    return similar_claims(
        attribution.quote, limit=TOP, article=attribution.article, span=(attribution.start, attribution.end)
    )


def percentile(ordered, share):
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def measure(attributions, *, rounds=3):
    """{median, p90, max (ms), calls, timed, queries, found}: per-call latency after a warm-up pass.

    `found`: how many of the attributions, left out, had their claim found again in the top 3.
    """
    found = 0
    for attribution in attributions:
        with left_out(attribution):
            ranked = ask(attribution)
        found += any(claim.text == attribution.claim.text for claim in ranked)  # its claim's included
    with CaptureQueriesContext(connection) as captured:
        ask(attributions[0])
    samples = []
    for _round in range(rounds):
        for attribution in attributions:
            started = time.perf_counter()
            ask(attribution)
            samples.append((time.perf_counter() - started) * 1000)
    ordered = sorted(samples)
    return {
        "calls": len(attributions),
        "timed": len(samples),
        "median": statistics.median(ordered),
        "p90": percentile(ordered, 0.9),
        "max": ordered[-1],
        "queries": len(captured.captured_queries),
        "found": found,
    }
