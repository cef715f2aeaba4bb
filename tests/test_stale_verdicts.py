"""A verdict form opened before a colleague's verdict is refused with what they decided and a fresh form."""

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.urls import reverse

from claims import services
from claims.models import Claim

from .conftest import assert_statuses_match_reviews, make_claim, make_user

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:claims_claim_changelist")


@pytest.fixture
def colleague(db):
    from claims.roles import EDITORS

    return make_user("collegue", group=EDITORS)


def confirm(client, claims, versions, rationale="Deux sources indépendantes."):
    data = {
        "action": "mark_corroborated",
        ACTION_CHECKBOX_NAME: [claim.pk for claim in claims],
        "index": 0,
        "confirm": "yes",
        "rationale": rationale,
        **{f"version_{claim.pk}": version for claim, version in zip(claims, versions, strict=True)},
    }
    return client.post(CHANGELIST, data)


def test_bulk_confirmation_page_carries_each_claims_version(client, editor):
    claims = [make_claim(), make_claim()]
    client.force_login(editor)
    data = {"action": "mark_corroborated", ACTION_CHECKBOX_NAME: [c.pk for c in claims], "index": 0}
    html = client.post(CHANGELIST, data).content.decode()
    for claim in claims:
        assert f'name="version_{claim.pk}" value="{claim.version}"' in html


def test_bulk_verdict_refuses_by_name_the_claims_a_colleague_reviewed_meanwhile(client, editor, colleague):
    calm, moved = make_claim("Énoncé tranquille."), make_claim("Énoncé disputé entre-temps.")
    seen = [calm.version, moved.version]
    services.review_claim(
        claim=moved, status="disputed", rationale="Démenti officiel de Séoul.", reviewer=colleague
    )
    client.force_login(editor)
    response = confirm(client, [calm, moved], seen)
    assert response.status_code == 200
    html = response.content.decode()
    messages = [str(message) for message in response.wsgi_request._messages]
    assert any("Énoncé disputé entre-temps." in m and "Énoncé tranquille." not in m for m in messages)
    assert "Démenti officiel de Séoul." in html and "collegue" in html  # the colleague's verdict
    assert "<del>À vérifier</del> → <ins>Contesté</ins>" in html
    # Nothing recorded, and a fresh confirmation at the current versions, the rationale kept.
    assert calm.reviews.count() == 0 and moved.reviews.count() == 1
    moved.refresh_from_db()
    assert f'name="version_{moved.pk}" value="{moved.version}"' in html
    assert "Deux sources indépendantes." in html
    assert_statuses_match_reviews()


def test_confirming_again_after_seeing_the_changes_records_the_verdict(client, editor, colleague):
    claim = make_claim()
    seen = claim.version
    services.review_claim(claim=claim, status="disputed", rationale="Démenti.", reviewer=colleague)
    client.force_login(editor)
    confirm(client, [claim], [seen])
    claim.refresh_from_db()
    assert confirm(client, [claim], [claim.version]).status_code == 302
    claim.refresh_from_db()
    assert (claim.status, claim.reviews.count()) == ("corroborated", 2)
    assert_statuses_match_reviews()


def test_a_stale_single_verdict_shows_the_colleagues_verdict_and_a_fresh_form(client, editor, colleague):
    claim = make_claim("Les obus ont été livrés.")
    seen = claim.version
    services.review_claim(
        claim=claim, status="disputed", rationale="Aucune preuve publique.", reviewer=colleague
    )
    client.force_login(editor)
    url = reverse("admin:claims_claim_review", args=[claim.pk])
    data = {
        "review-status": "corroborated",
        "review-rationale": "Images satellites.",
        "review-seen_version": seen,
    }
    response = client.post(url, data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Aucune preuve publique." in html and "Verdict n° 1 : Contesté" in html
    claim.refresh_from_db()
    assert f'name="review-seen_version" value="{claim.version}"' in html
    assert "Images satellites." in html
    assert claim.reviews.count() == 1
    # The fresh form goes through: not a dead end.
    data["review-seen_version"] = claim.version
    assert client.post(url, data).status_code == 302
    claim.refresh_from_db()
    assert claim.status == Claim.Status.CORROBORATED
    assert_statuses_match_reviews()


def test_a_verdict_opened_before_a_colleague_added_a_denial_is_refused_showing_it(client, editor, colleague):
    from .conftest import make_actor, make_article

    claim = make_claim("Les obus ont été livrés.")
    seen = claim.version
    article = make_article("Moscou nie toute livraison d'obus.")
    client.force_login(colleague)
    data = {
        "claim": claim.pk,
        "article": article.pk,
        "actor": make_actor("Gouvernement russe").pk,
        "stance": "denies",
        "cue": "nie",
        "quote": "Moscou nie toute livraison",
    }
    assert client.post(reverse("admin:claims_attribution_add"), data).status_code == 302
    client.force_login(editor)
    url = reverse("admin:claims_claim_review", args=[claim.pk])
    post = {"review-status": "corroborated", "review-rationale": "Évident.", "review-seen_version": seen}
    html = client.post(url, post).content.decode()
    assert "Attribution ajoutée" in html and "Gouvernement russe nie" in html and "collegue" in html
    assert claim.reviews.count() == 0
