"""The figures stored on each claim follow every write that can change them."""

from datetime import date
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from claims.models import Attribution, Claim
from claims.services import merge_actors, refresh_claim_summaries, review_claim

from .conftest import make_actor, make_article, make_attribution, make_claim, make_user

pytestmark = pytest.mark.django_db

SUMMARY = [
    "attribution_count",
    "article_count",
    "source_count",
    "asserting_sources",
    "denying_sources",
    "last_seen",
]


def figures(claim):
    claim.refresh_from_db()
    return {name: getattr(claim, name) for name in SUMMARY}


@pytest.fixture
def disputed_claim():
    """Asserted by two voices of one government in two articles, denied by another government."""
    us = make_actor("Gouvernement américain")
    kirby = make_actor("John Kirby", kind="person", parent=make_actor("Maison-Blanche", parent=us))
    russia = make_actor("Gouvernement russe")
    first = make_article(body="Kirby affirme. Moscou nie.", published_on=date(2023, 9, 13))
    second = make_article(body="Washington assure.", published_on=date(2024, 1, 5))
    claim = make_claim()
    make_attribution(claim=claim, article=first, actor=kirby, quote="Kirby affirme")
    make_attribution(claim=claim, article=first, actor=russia, stance="denies", quote="Moscou nie")
    make_attribution(claim=claim, article=second, actor=us, quote="Washington assure")
    return claim


def test_refresh_counts_sources_by_the_top_of_their_hierarchy(disputed_claim):
    assert figures(disputed_claim) == {
        "attribution_count": 3,
        "article_count": 2,
        "source_count": 2,
        "asserting_sources": 1,
        "denying_sources": 1,
        "last_seen": date(2024, 1, 5),
    }
    assert Claim.objects.contested().get() == disputed_claim


def test_full_refresh_and_refresh_by_id_agree(disputed_claim):
    expected = figures(disputed_claim)
    Claim.objects.update(attribution_count=0, source_count=0, asserting_sources=0, last_seen=None)
    assert refresh_claim_summaries() == 1
    assert figures(disputed_claim) == expected


def test_a_claim_without_attributions_is_zeroed(disputed_claim):
    Attribution.objects.filter(claim=disputed_claim).delete()
    refresh_claim_summaries([disputed_claim.pk])
    assert figures(disputed_claim) == dict.fromkeys(SUMMARY, 0) | {"last_seen": None}


def test_outlets_own_voice_counts_as_an_attribution_but_not_a_source():
    claim = make_claim()
    make_attribution(claim=claim, actor=None, stance="suspects")
    assert (figures(claim)["attribution_count"], figures(claim)["source_count"]) == (1, 0)


def test_a_review_dates_the_claims_last_review():
    claim = make_claim()
    review = review_claim(claim=claim, status="disputed", rationale="Démenti.", reviewer=make_user("e"))
    claim.refresh_from_db()
    assert claim.last_reviewed == review.created_at
    refresh_claim_summaries([claim.pk])
    claim.refresh_from_db()
    assert claim.last_reviewed == review.created_at


def test_merging_two_actors_merges_their_sources():
    claim = make_claim()
    article = make_article(body="Pyongyang affirme. La Corée du Nord confirme.")
    pyongyang = make_actor("Pyongyang")
    north_korea = make_actor("Corée du Nord")
    make_attribution(claim=claim, article=article, actor=pyongyang, quote="Pyongyang affirme")
    make_attribution(claim=claim, article=article, actor=north_korea, quote="La Corée du Nord confirme")
    assert figures(claim)["asserting_sources"] == 2

    merge_actors(survivor=north_korea, duplicate=pyongyang)

    assert figures(claim)["asserting_sources"] == 1


def test_deleting_an_attribution_in_the_admin_updates_the_claim(admin_client, disputed_claim):
    denial = Attribution.objects.get(claim=disputed_claim, stance="denies")
    url = reverse("admin:claims_attribution_delete", args=[denial.pk])

    response = admin_client.post(url, {"post": "yes"})

    assert response.status_code == 302
    assert (figures(disputed_claim)["denying_sources"], figures(disputed_claim)["attribution_count"]) == (
        0,
        2,
    )
    assert not Claim.objects.contested().exists()


def test_imported_claims_arrive_with_their_figures(disputed_claim, tmp_path):
    expected = figures(disputed_claim)
    call_command("export_claims", "--output", str(tmp_path / "all.json"), stdout=StringIO())
    Claim.objects.update(attribution_count=0, source_count=0, last_seen=None)
    Attribution.objects.filter(stance="denies").delete()

    call_command("import_claims", str(tmp_path / "all.json"), stdout=StringIO())

    assert figures(disputed_claim) == expected


def test_refresh_command_repairs_every_claim(disputed_claim):
    expected = figures(disputed_claim)
    Claim.objects.update(attribution_count=0, source_count=0, last_seen=None)
    out = StringIO()
    call_command("refresh_summaries", stdout=out)
    assert figures(disputed_claim) == expected
    assert "1 claims refreshed" in out.getvalue()
