from io import StringIO

import pytest
from django.core.management import call_command

from claims.models import Actor, Article, Attribution, Claim, Review, Suggestion
from claims.services import restore_review_statuses, review_claim

from .conftest import make_claim, make_user

pytestmark = pytest.mark.django_db


def load(*args):
    out = StringIO()
    call_command("load_seed_data", *args, stdout=out)
    return out.getvalue()


def counts():
    return [model.objects.count() for model in (Actor, Article, Claim, Attribution, Review)]


def test_loading_twice_creates_nothing_new():
    make_user("editeur")
    load()
    first = counts()
    load()
    assert counts() == first
    assert first[2] > 0


def test_reloading_keeps_the_verdicts_recorded_since():
    editor = make_user("editeur")
    load("--no-demo")
    claim = Claim.objects.order_by("slug").first()
    review_claim(claim=claim, status="disputed", rationale="Démenti par deux sources.", reviewer=editor)

    output = load("--no-demo")

    claim.refresh_from_db()
    assert claim.status == "disputed"
    assert "1 claims kept the status of their latest review" in output


def test_demo_reviews_leave_every_status_equal_to_its_latest_review():
    make_user("editeur")
    load()
    reviewed = Claim.objects.filter(reviews__isnull=False).distinct()
    assert reviewed.exists()
    for claim in reviewed:
        assert claim.status == claim.latest_review.status


def test_restore_review_statuses_repairs_only_drifted_claims():
    editor = make_user("editrice")
    reviewed, untouched, orphan = make_claim(), make_claim(), make_claim()
    review_claim(claim=reviewed, status="corroborated", rationale="Confirmé.", reviewer=editor)
    Claim.objects.filter(pk=reviewed.pk).update(status="unreviewed")
    Claim.objects.filter(pk=orphan.pk).update(status="disputed")

    assert restore_review_statuses() == 2

    statuses = dict(Claim.objects.values_list("pk", "status"))
    assert statuses == {reviewed.pk: "corroborated", untouched.pk: "unreviewed", orphan.pk: "unreviewed"}
    assert restore_review_statuses() == 0


def test_seed_articles_get_their_suggestions_and_a_rejection_survives_a_reload():
    make_user("editeur")
    output = load("--no-demo")
    seeded = Article.objects.exclude(source_file="")
    read = Suggestion.objects.filter(article__in=seeded).values("article").distinct()
    assert read.count() == seeded.count()
    assert "suggestions stored for the seed articles" in output
    rejected = Suggestion.objects.order_by("pk").first()
    rejected.state = Suggestion.State.REJECTED
    rejected.save()
    stored = Suggestion.objects.count()

    load("--no-demo")

    assert Suggestion.objects.count() == stored
    rejected.refresh_from_db()
    assert rejected.state == Suggestion.State.REJECTED


def test_no_suggest_loads_the_data_without_reading_the_articles():
    make_user("editeur")
    output = load("--no-demo", "--no-suggest")
    assert Article.objects.exists()
    assert not Suggestion.objects.exists()
    assert "suggestions" not in output


def test_without_the_demo_accounts_the_seed_data_loads_and_the_demo_reviews_are_skipped():
    err = StringIO()
    call_command("load_seed_data", "--no-suggest", stdout=StringIO(), stderr=err)
    assert Claim.objects.exists() and not Review.objects.exists()
    assert "compte introuvable (editeur)" in err.getvalue()
    assert "create_demo_accounts" in err.getvalue()
