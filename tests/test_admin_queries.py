"""The changelists cost the same number of queries whether they show 10 rows or 100."""

import pytest
from django.contrib import admin
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims.models import Actor, Article, Claim
from claims.services import review_claim

from .conftest import make_actor, make_article, make_attribution, make_claim

pytestmark = pytest.mark.django_db


@pytest.fixture
def hundred_of_each(editor):
    government = make_actor("Gouvernement")
    outlet = make_actor("Le Monde", kind="media")
    for number in range(100):
        actor = make_actor(f"Porte-parole {number}", kind="person", parent=government)
        article = make_article(outlet=outlet)
        claim = make_claim()
        make_attribution(claim=claim, article=article, actor=actor)
        make_attribution(
            claim=claim, article=article, actor=None, stance="suspects", quote=article.body[-10:]
        )
        review_claim(claim=claim, status="disputed", rationale="Démenti.", reviewer=editor)


def count_queries(client, model, per_page, monkeypatch, **params):
    monkeypatch.setattr(admin.site._registry[model], "list_per_page", per_page)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse(f"admin:claims_{model._meta.model_name}_changelist"), params)
    assert response.status_code == 200
    assert len(response.context["cl"].result_list) == per_page
    return len(queries)


@pytest.mark.parametrize("model", [Claim, Article, Actor])
def test_changelist_queries_do_not_grow_with_the_page_size(
    client, editor, hundred_of_each, monkeypatch, model
):
    client.force_login(editor)
    assert count_queries(client, model, 10, monkeypatch) == count_queries(client, model, 100, monkeypatch)


@pytest.mark.parametrize(
    "params",
    [{"actor": "government"}, {"q": "Affirmation"}, {"q": "Gouvernement"}, {"contested": "no"}],
    ids=["actor", "search-text", "search-actor", "contested"],
)
def test_each_claim_filter_and_search_costs_the_same_queries_at_10_and_100_rows(
    client, editor, hundred_of_each, monkeypatch, params
):
    client.force_login(editor)
    if params.get("actor") == "government":
        params = {"actor": Actor.objects.get(name="Gouvernement").pk}
    assert count_queries(client, Claim, 10, monkeypatch, **params) == count_queries(
        client, Claim, 100, monkeypatch, **params
    )


def test_filtered_claim_changelist_queries_do_not_grow_with_the_page_size(
    client, editor, hundred_of_each, monkeypatch
):
    client.force_login(editor)
    actor = Actor.objects.get(name="Gouvernement")
    params = {"actor": actor.pk, "single_source": "yes", "status__exact": "disputed", "q": "Affirmation"}
    few = count_queries(client, Claim, 10, monkeypatch, **params)
    assert few == count_queries(client, Claim, 100, monkeypatch, **params)
