"""The changelists at a million claims: estimated counts of whole tables, full-text search, page counts."""

import re

import pytest
from django.contrib import admin
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims import counting, search
from claims.models import Claim

from .conftest import make_actor, make_article, make_attribution, make_claim

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:claims_claim_changelist")


def page_text(client, url=CHANGELIST, **params):
    """The changelist's visible text, with spaces collapsed."""
    response = client.get(url, params, HTTP_ACCEPT_LANGUAGE="en")  # French all the same
    return " ".join(re.sub(r"<[^>]+>", " ", response.content.decode()).split())


def changelist(client, url=CHANGELIST, **params):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
    assert response.status_code == 200
    counts = [query["sql"] for query in queries if counting_query(query["sql"])]
    return response.context["cl"], counts


def counting_query(sql):
    """A count, or the capped fetch of matching ids that counts a filtered list (counting.narrowed)."""
    ids = sql.startswith('SELECT "claims_claim"."id" AS "pk"') and "LIMIT" in sql
    return "COUNT(" in sql.upper() or ids


@pytest.fixture
def three_claims(db):
    return [make_claim(f"Affirmation numéro {number}.") for number in range(3)]


@pytest.mark.postgres
def test_unfiltered_changelist_shows_the_planner_estimate_instead_of_counting(
    client, editor, three_claims, monkeypatch
):
    monkeypatch.setattr(counting, "COUNT_CAP", 1)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE claims_claim")
        cursor.execute("SELECT reltuples::bigint FROM pg_class WHERE oid = 'claims_claim'::regclass")
        (estimate,) = cursor.fetchone()
    client.force_login(editor)
    cl, counts = changelist(client)
    assert cl.result_count == estimate
    assert not any("claims_claim" in sql for sql in counts)
    assert cl.full_result_count is None
    assert f"environ {estimate} affirmations" in page_text(client)


def test_small_table_is_counted_exactly(client, editor, three_claims):
    client.force_login(editor)
    cl, counts = changelist(client)
    assert cl.result_count == 3
    assert len(counts) == 1
    assert "3 affirmations" in page_text(client) and "environ" not in page_text(client)


def test_a_long_filtered_list_is_counted_up_to_the_cap_and_says_so(client, editor, three_claims, monkeypatch):
    monkeypatch.setattr(counting, "COUNT_CAP", 2)
    client.force_login(editor)
    cl, counts = changelist(client, status__exact="unreviewed")
    assert (cl.result_count, cl.paginator.count_kind) == (2, counting.AT_LEAST)
    assert [sql for sql in counts if "LIMIT 3" in sql] == counts and len(counts) == 1
    text = page_text(client, status__exact="unreviewed")
    assert "plus de 2 affirmations" in text and "Affinez les filtres pour atteindre les suivantes." in text
    assert "Tout sélectionner : plus de 2 affirmations" in text
    searched = page_text(client, q="Affirmation")
    assert "plus de 2 affirmations ( Tout afficher )" in searched
    assert (changelist(client, q="inexistant")[0].result_count, "0 claims") == (0, "0 claims")
    print("ZZ", page_text(client, q="inexistant"))


def test_a_page_beyond_the_capped_count_sends_back_to_the_list(client, editor, three_claims, monkeypatch):
    monkeypatch.setattr(counting, "COUNT_CAP", 2)
    monkeypatch.setattr(admin.site._registry[Claim], "list_per_page", 1)
    client.force_login(editor)
    assert changelist(client, status__exact="unreviewed", p="2")[0].page_num == 2
    response = client.get(CHANGELIST, {"status__exact": "unreviewed", "p": "3"})
    assert response.status_code == 302 and response.url.endswith("?e=1")


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
    sql = str(search.search_claims(Claim.objects.all(), "obus", actors=True).query)
    assert "search_document @@ websearch_to_tsquery('french'::regconfig, selon_unaccent(" in sql
    assert "~*" not in sql and "REGEXP" not in sql.upper()
    # Naming no actor, the search is a condition on the claim row alone: the changelist can walk
    # its ordering index and stop after one page.
    assert "claims_attribution" not in sql and " IN (" not in sql


@pytest.mark.postgres
def test_postgres_search_naming_an_actor_checks_each_claim_attributions(editor):
    make_actor("Gouvernement russe", aliases=["le Kremlin"])
    sql = str(search.search_claims(Claim.objects.all(), "kremlin", actors=True).query)
    assert "search_document @@" in sql and "OR EXISTS(SELECT" in sql


def test_actors_named_ignore_case_and_accents_and_find_aliases(db):
    seoul = make_actor("Gouvernement sud-coréen", aliases=["Séoul"])
    make_actor("Autre")
    assert list(search.actors_named("SEOUL")) == [seoul]
    assert list(search.actors_named("coreen")) == [seoul]
    assert list(search.actors_named("   ")) == []
    assert list(search.actors_named("inconnu")) == []


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
