"""The changelists at a million claims: estimated counts of whole tables, full-text search, page counts."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims.admin import scale
from claims.models import Claim

from .conftest import make_actor, make_article, make_attribution, make_claim

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:claims_claim_changelist")


def changelist(client, url=CHANGELIST, **params):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
    assert response.status_code == 200
    counts = [query["sql"] for query in queries if "COUNT(" in query["sql"].upper()]
    return response.context["cl"], counts


@pytest.fixture
def three_claims(db):
    return [make_claim(f"Affirmation numéro {number}.") for number in range(3)]


@pytest.mark.postgres
def test_unfiltered_changelist_shows_the_planner_estimate_instead_of_counting(
    client, editor, three_claims, monkeypatch
):
    monkeypatch.setattr(scale, "ESTIMATE_FROM", 0)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE claims_claim")
        cursor.execute("SELECT reltuples::bigint FROM pg_class WHERE oid = 'claims_claim'::regclass")
        (estimate,) = cursor.fetchone()
    client.force_login(editor)
    cl, counts = changelist(client)
    assert cl.result_count == estimate
    assert not any("claims_claim" in sql for sql in counts)
    assert cl.full_result_count is None


def test_small_table_is_counted_exactly(client, editor, three_claims):
    client.force_login(editor)
    cl, counts = changelist(client)
    assert cl.result_count == 3
    assert len(counts) == 1


def test_filtered_changelist_counts_exactly_even_on_a_large_table(client, editor, three_claims, monkeypatch):
    monkeypatch.setattr(scale, "ESTIMATE_FROM", 0)
    client.force_login(editor)
    assert changelist(client, status__exact="unreviewed")[0].result_count == 3
    assert changelist(client, q="inexistant")[0].result_count == 0


def test_searched_changelist_has_no_second_count_of_the_whole_table(client, editor, three_claims):
    client.force_login(editor)
    cl, counts = changelist(client, q="Affirmation")
    assert cl.result_count == 3
    assert len(counts) == 1


@pytest.mark.postgres
def test_postgres_search_matches_word_forms_through_the_full_text_index(client, editor):
    claim = make_claim("Les livraisons d'obus ont repris.")
    make_claim("Sans rapport.")
    client.force_login(editor)
    assert list(changelist(client, q="livraison")[0].result_list) == [claim]
    assert list(changelist(client, q="LIVRAISONS OBUS")[0].result_list) == [claim]
    assert list(changelist(client, q="livraison blé")[0].result_list) == []


@pytest.mark.postgres
def test_postgres_search_uses_the_full_text_expressions(editor):
    sql = str(scale.search_claims_for_editors(Claim.objects.all(), "obus").query)
    assert "search_document @@ websearch_to_tsquery('french'::regconfig, selon_unaccent(" in sql
    assert "~*" not in sql and "REGEXP" not in sql.upper()


def test_search_finds_a_quote_and_an_actor_below_the_named_one(client, editor):
    kremlin = make_actor("Gouvernement russe", aliases=["le Kremlin"])
    spokesman = make_actor("Porte-parole du Kremlin", kind="person", parent=kremlin)
    by_actor = make_attribution(actor=spokesman).claim
    article = make_article("Selon Séoul, des obus ont été livrés.")
    by_quote = make_attribution(article=article, actor=None, quote="des obus ont été livrés").claim
    make_claim("Sans rapport.")
    client.force_login(editor)
    assert list(changelist(client, q="Kremlin")[0].result_list) == [by_actor]
    assert list(changelist(client, q="obus livres")[0].result_list) == [by_quote]


def test_actor_and_article_lists_count_each_row_attributions(client, editor):
    actor = make_actor("Gouvernement")
    article = make_article()
    make_attribution(actor=actor, article=article)
    make_attribution(actor=actor, article=article, stance="suspects", quote=article.body[-10:])
    make_actor("Muet")
    client.force_login(editor)
    actors, _ = changelist(client, reverse("admin:claims_actor_changelist"))
    assert {a.name: a.attribution_count for a in actors.result_list}["Gouvernement"] == 2
    assert {a.name: a.attribution_count for a in actors.result_list}["Muet"] == 0
    articles, _ = changelist(client, reverse("admin:claims_article_changelist"))
    assert [a.attribution_count for a in articles.result_list] == [2]
