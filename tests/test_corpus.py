from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db.models import OuterRef, Subquery

from bench.corpus import generate_corpus
from claims.models import Actor, Article, Attribution, Claim, Review

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("bench_installed")]


def test_generated_quotes_sit_at_their_offsets():
    generate_corpus(claims=200, seed=3)
    for attribution in Attribution.objects.select_related("article"):
        assert attribution.article.body[attribution.start : attribution.end] == attribution.quote


def test_generated_corpus_has_the_documented_proportions():
    counts = generate_corpus(claims=400, seed=3)
    assert counts["claims"] == Claim.objects.count() == 400
    assert Article.objects.count() == 80
    assert Actor.objects.count() == 20
    assert Attribution.objects.count() == counts["attributions"] >= 800
    assert not Claim.objects.filter(attributions__isnull=True).exists()


def test_generated_status_is_the_latest_review():
    generate_corpus(claims=300, seed=5)
    latest = Review.objects.filter(claim=OuterRef("pk")).order_by("-number").values("status")[:1]
    reviewed = Claim.objects.filter(reviews__isnull=False).distinct().annotate(latest=Subquery(latest))
    assert reviewed.exists()
    assert all(claim.status == claim.latest for claim in reviewed)
    assert not Claim.objects.filter(reviews__isnull=True).exclude(status="unreviewed").exists()


def test_generated_hierarchy_is_three_levels_deep():
    generate_corpus(claims=400, seed=1)
    assert Actor.objects.filter(parent__parent__isnull=False).exists()
    assert not Actor.objects.filter(parent__parent__parent__isnull=False).exists()


def test_same_seed_gives_the_same_texts():
    generate_corpus(claims=50, seed=9)
    first = list(Claim.objects.order_by("pk").values_list("text", flat=True))
    Review.objects.all().delete()
    Attribution.objects.all().delete()
    Claim.objects.all().delete()
    generate_corpus(claims=50, seed=9)
    assert list(Claim.objects.order_by("pk").values_list("text", flat=True)) == first


def test_a_second_run_appends_without_collisions():
    generate_corpus(claims=50, seed=1)
    generate_corpus(claims=50, seed=1)
    assert Claim.objects.count() == 100


def test_command_reports_counts():
    out = StringIO()
    call_command("generate_corpus", "--claims", "20", stdout=out)
    assert "20 claims" in out.getvalue()


def test_command_refuses_a_non_positive_size():
    with pytest.raises(CommandError):
        call_command("generate_corpus", "--claims", "0", stdout=StringIO())
