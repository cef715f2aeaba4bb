"""Leave-one-out on the recorded attributions: does claims.matching find a quote's claim again?

For each attribution whose claim has at least two, the attribution is removed (in a transaction
rolled back afterwards, summaries and search documents included), its quote is given to
similar_claims(), and it counts when its claim comes back in the top 3. Run it on a database
holding the seed data; docs/matching.md reports the figures.
"""

from collections import Counter

from django.core.management.base import BaseCommand
from django.db import connection, transaction

from claims.matching import similar_claims
from claims.models import Attribution
from claims.services import refresh_claim_summaries


class Rollback(Exception):
    pass


def leave_one_out(*, top=3, in_article=False):
    """(attributions tried, found in the top `top`, the misses as (attribution, claims ranked))."""
    counts = Counter(Attribution.objects.values_list("claim_id", flat=True))
    tried = (
        Attribution.objects.filter(claim_id__in=[claim for claim, count in counts.items() if count >= 2])
        .select_related("claim", "article")
        .order_by("article__slug", "start", "pk")
    )
    found, misses, total = 0, [], 0
    for attribution in tried:
        total += 1
        try:
            with transaction.atomic():
                Attribution.objects.filter(pk=attribution.pk).delete()
                refresh_claim_summaries([attribution.claim_id])
                context = {"article": attribution.article, "span": (attribution.start, attribution.end)}
                ranked = similar_claims(attribution.quote, limit=top, **(context if in_article else {}))
                raise Rollback
        except Rollback:
            pass
        if attribution.claim_id in [claim.pk for claim in ranked]:
            found += 1
        else:
            misses.append((attribution, ranked))
    return total, found, misses


class Command(BaseCommand):
    help = "Leave-one-out of claim matching on the recorded attributions (is the claim in the top 3?)."

    def add_arguments(self, parser):
        parser.add_argument("--misses", action="store_true", help="List the attributions not found.")

    def handle(self, *args, misses=False, **options):
        counts = Counter(Attribution.objects.values_list("claim_id", flat=True))
        claims = sum(1 for count in counts.values() if count >= 2)
        for label, in_article in (("quote alone", False), ("quote in its article", True)):
            total, found, missed = leave_one_out(in_article=in_article)
            share = 100 * found / total if total else 0.0
            self.stdout.write(
                f"{connection.vendor}, {label}: {total} attributions of {claims} claims quoted twice "
                f"or more: {found} in the top 3 ({share:.1f} %)"
            )
            if misses:
                for attribution, ranked in missed:
                    self.stdout.write(
                        f"  missed: {attribution.quote[:70]!r} → {attribution.claim.text[:60]!r}"
                    )
                    for claim in ranked:
                        self.stdout.write(f"      {claim.similarity:.2f} {claim.text[:70]}")
