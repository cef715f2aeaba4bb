"""Who reaches the admin: anonymous visitors log in first, staff without rights get 403, CSRF holds."""

import pytest
from django.test import Client
from django.urls import reverse

from claims.models import Claim, Review

from .conftest import make_claim

pytestmark = pytest.mark.django_db

SCREENS = [
    "admin:claims_claim_changelist",
    "admin:claims_actor_changelist",
    "admin:claims_article_changelist",
]


@pytest.mark.parametrize("screen", SCREENS)
def test_anonymous_visitor_is_sent_to_the_login_page(client, screen):
    response = client.get(reverse(screen))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


@pytest.mark.parametrize("screen", SCREENS)
def test_staff_without_permissions_get_403(client, outsider, screen):
    client.force_login(outsider)
    assert client.get(reverse(screen)).status_code == 403


def test_the_refusal_page_offers_to_log_out_to_switch_accounts(client, outsider):
    client.force_login(outsider)
    response = client.get(reverse("admin:claims_claim_changelist"))
    html = response.content.decode()
    assert response.status_code == 403
    assert f'action="{reverse("admin:logout")}"' in html
    assert f"Connecté en tant que {outsider.get_username()}." in html
    assert "Déconnexion" in html
    client.post(reverse("admin:logout"))
    assert client.get(reverse("admin:claims_claim_changelist")).status_code == 302


def test_staff_without_permissions_cannot_open_the_review_form(client, outsider):
    claim = make_claim()
    client.force_login(outsider)
    url = reverse("admin:claims_claim_review", args=[claim.pk])
    assert client.post(url, {"review-status": "disputed", "review-rationale": "Forgé."}).status_code == 403
    assert not Review.objects.exists()


def test_review_without_csrf_token_is_refused(editor):
    claim = make_claim()
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    url = reverse("admin:claims_claim_review", args=[claim.pk])
    response = client.post(url, {"review-status": "disputed", "review-rationale": "Sans jeton."})
    assert response.status_code == 403
    assert Claim.objects.get().status == Claim.Status.UNREVIEWED


def test_an_english_browser_still_gets_the_french_interface(client, editor):
    client.force_login(editor)
    response = client.get(reverse("admin:claims_claim_changelist"), HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    assert response["Content-Language"] == "fr"
    assert (
        dict(response.context["action_form"].fields["action"].choices)["mark_corroborated"]
        == "Marquer comme corroboré"
    )


def test_french_is_the_default_language(client, editor):
    client.force_login(editor)
    response = client.get(reverse("admin:claims_claim_changelist"))
    assert (
        dict(response.context["action_form"].fields["action"].choices)["mark_corroborated"]
        == "Marquer comme corroboré"
    )
