"""Every admin list and autocomplete treats malformed parameters as invalid input, never as a 500."""

import pytest
from django.contrib import admin
from django.test import Client, RequestFactory
from django.urls import reverse

from claims.services import review_claim

from .conftest import make_actor, make_article, make_attribution, make_user

pytestmark = pytest.mark.django_db

HOSTILE = [
    "abc",
    "1.5",
    "-1",
    "0",
    "\x00",
    "1\x00",
    "²",
    "(",
    "[",
    "%",
    "' OR 1=1 --",
    "2026-13-45",
    "9" * 30,
    "é" * 300,
]
# Parameters every changelist reads besides its filters: search, ordering, page, "show all", errors.
COMMON = ["q", "o", "p", "all", "e", "_facets", "_to_field", "_popup"]


@pytest.fixture
def newsroom():
    outlet = make_actor("Le Monde", kind="media")
    actor = make_actor("Gouvernement russe", aliases=["Moscou"])
    attribution = make_attribution(actor=actor, article=make_article(outlet=outlet))
    review_claim(claim=attribution.claim, status="disputed", rationale="Démenti.", reviewer=make_user("e"))
    return attribution


@pytest.fixture
def superuser_client(admin_user):
    # Django's test client re-raises a view's exception: a 500 would fail here before any assert.
    client = Client(raise_request_exception=False)
    client.force_login(admin_user)
    return client


def filter_parameters(model_admin, user):
    """Every query parameter the changelist's filters and date hierarchy read."""
    request = RequestFactory().get("/")
    request.user = user
    changelist = model_admin.get_changelist_instance(request)
    names = {name for spec in changelist.filter_specs for name in spec.expected_parameters()}
    if model_admin.date_hierarchy:
        names |= {f"{model_admin.date_hierarchy}__{part}" for part in ("year", "month", "day")}
    # Lookups on the model's own fields, which Django's admin passes straight to the query.
    names |= {f"{field.name}__regex" for field in model_admin.model._meta.concrete_fields}
    names |= {f"{field.name}__gte" for field in model_admin.model._meta.concrete_fields if field.is_relation}
    return sorted(names)


def test_every_filter_parameter_of_every_admin_list_resists_hostile_values(
    superuser_client, admin_user, newsroom
):
    requests, errors = 0, []
    for model, model_admin in admin.site._registry.items():
        url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
        for name in [*filter_parameters(model_admin, admin_user), *COMMON]:
            for value in HOSTILE:
                status = superuser_client.get(url, {name: value}).status_code
                requests += 1
                if status >= 500:
                    errors.append((url, name, value, status))
    print(f"{requests} hostile admin list requests, {len(errors)} errors")
    assert requests > 1000
    assert errors == []


def test_every_autocomplete_resists_hostile_terms(superuser_client, newsroom):
    requests, errors = 0, []
    for model, model_admin in admin.site._registry.items():
        for field_name in model_admin.autocomplete_fields:
            for term in HOSTILE:
                params = {
                    "term": term,
                    "app_label": model._meta.app_label,
                    "model_name": model._meta.model_name,
                    "field_name": field_name,
                }
                status = superuser_client.get("/admin/autocomplete/", params).status_code
                requests += 1
                if status >= 500:
                    errors.append((model.__name__, field_name, term, status))
            for page in HOSTILE:
                params = {"term": "a", "page": page, "app_label": model._meta.app_label}
                params |= {"model_name": model._meta.model_name, "field_name": field_name}
                if superuser_client.get("/admin/autocomplete/", params).status_code >= 500:
                    errors.append((model.__name__, field_name, "page", page))
    assert requests > 0
    assert errors == []


def test_a_nul_character_is_refused_with_a_400_and_a_message(superuser_client):
    response = superuser_client.get("/admin/claims/claim/", {"q": "Moscou\x00"})
    assert response.status_code == 400
    assert "L’adresse contient un paramètre invalide (q)" in response.content.decode()


def test_a_regular_expression_lookup_is_refused(superuser_client):
    response = superuser_client.get("/admin/claims/claim/", {"text__regex": "("})
    assert response.status_code == 400


def test_an_outlet_that_is_not_an_id_lists_nothing_and_says_why(superuser_client, newsroom):
    for value in ["abc", "1.5", "²", "9" * 30]:
        response = superuser_client.get("/admin/claims/claim/", {"outlet": value})
        assert response.status_code == 200
        assert response.context["cl"].result_count == 0
        assert "Le filtre « média » a reçu une valeur qu’il ne connaît pas" in response.content.decode()


def test_an_actor_written_in_superscript_digits_lists_nothing(superuser_client, newsroom):
    response = superuser_client.get("/admin/claims/claim/", {"actor": "²"})
    assert response.status_code == 200
    assert response.context["cl"].result_count == 0


def test_a_known_outlet_still_filters(superuser_client, newsroom):
    response = superuser_client.get("/admin/claims/claim/", {"outlet": str(newsroom.article.outlet_id)})
    assert response.context["cl"].result_count == 1
