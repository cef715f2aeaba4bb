"""Every admin screen opens: Django ignores a misspelled admin option, this test does not."""

import pytest
from django.contrib import admin
from django.urls import reverse

from claims.services import review_claim

from .conftest import make_actor, make_attribution, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def one_of_each():
    actor = make_actor("Gouvernement russe", aliases=["Moscou"])
    attribution = make_attribution(actor=actor)
    review_claim(claim=attribution.claim, status="disputed", rationale="Démenti.", reviewer=make_user("e"))
    return attribution


def claims_models():
    return [model for model in admin.site._registry if model._meta.app_label == "claims"]


def test_every_changelist_opens(admin_client, one_of_each):
    for model in claims_models():
        url = reverse(f"admin:claims_{model._meta.model_name}_changelist")
        assert admin_client.get(url).status_code == 200, url
        assert admin_client.get(url, {"q": "Moscou"}).status_code == 200, url
        assert admin_client.get(url, {"_facets": "True"}).status_code == 200, url


def test_every_add_form_opens_where_adding_is_allowed(admin_client, one_of_each):
    for model in claims_models():
        url = reverse(f"admin:claims_{model._meta.model_name}_add")
        expected = 403 if model._meta.model_name == "review" else 200
        assert admin_client.get(url).status_code == expected, url


def test_every_change_form_opens(admin_client, one_of_each):
    for model in claims_models():
        obj = model.objects.first()
        url = reverse(f"admin:claims_{model._meta.model_name}_change", args=[obj.pk])
        assert admin_client.get(url).status_code == 200, url


def test_every_history_page_and_the_review_page_open(admin_client, one_of_each):
    for model in claims_models():
        obj = model.objects.first()
        url = reverse(f"admin:claims_{model._meta.model_name}_history", args=[obj.pk])
        assert admin_client.get(url).status_code == 200, url
    url = reverse("admin:claims_claim_review", args=[one_of_each.claim_id])
    assert admin_client.get(url).status_code == 200
