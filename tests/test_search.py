"""Full-text search: accent-insensitive on both databases, French stemming and indexes on PostgreSQL."""

import pytest
from django.db import connection

from claims.filters import ClaimFilterSet
from claims.models import Claim
from claims.search import search_claims

from .conftest import make_article, make_attribution, make_claim

pytestmark = pytest.mark.django_db


def found(query):
    return sorted(claim.slug for claim in search_claims(Claim.objects.all(), query))


@pytest.fixture
def corpus():
    make_claim("La Corée du Nord a livré des obus d'artillerie à la Russie.", slug="obus")
    make_claim("Les négociations d'armement progressent.", slug="negociations")
    body = "Selon le Pentagone, des missiles balistiques ont été tirés depuis Pyongyang."
    make_attribution(
        claim=make_claim("Des missiles ont été tirés.", slug="missiles"),
        article=make_article(body),
        quote=body,
    )


def test_search_matches_claim_text(corpus):
    assert found("artillerie") == ["obus"]


def test_search_ignores_accents_and_case(corpus):
    assert found("COREE") == ["obus"]
    assert found("negociations") == ["negociations"]
    assert found("négociations") == ["negociations"]


def test_search_matches_the_quotes_of_a_claim(corpus):
    assert found("Pentagone") == ["missiles"]


def test_every_word_must_match(corpus):
    assert found("obus Russie") == ["obus"]
    assert found("obus Pentagone") == []


def test_a_query_without_words_matches_nothing(corpus):
    assert found("   ") == []


def test_sql_in_the_query_is_only_text(corpus):
    assert found("'; DROP TABLE claims_claim; --") == []
    assert Claim.objects.count() == 3


def test_the_list_filter_searches(corpus):
    assert [claim.slug for claim in ClaimFilterSet({"q": "pyongyang"}).qs] == ["missiles"]


@pytest.mark.postgres
def test_french_stemming_matches_other_forms_of_a_word(corpus):
    assert found("négociation") == ["negociations"]
    assert found("livrer") == ["obus"]


@pytest.mark.postgres
def test_search_uses_the_search_document_index():
    with connection.cursor() as cursor:
        # Left to choose, the planner may rightly walk an ordering index on a tiny table.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
    plan = search_claims(Claim.objects.order_by(), "obus").explain()
    assert "claims_claim_search_document" in plan


@pytest.mark.postgres
def test_a_new_quote_is_searchable_once_its_attribution_is_saved(corpus):
    claim = Claim.objects.get(slug="negociations")
    make_attribution(claim=claim, article=make_article("Séoul évoque un sous-marin."), quote="un sous-marin")
    assert found("sous-marin") == ["negociations"]


@pytest.mark.postgres
def test_the_unaccent_function_is_immutable_for_indexes():
    with connection.cursor() as cursor:
        cursor.execute("SELECT provolatile FROM pg_proc WHERE proname = 'selon_unaccent'")
        assert cursor.fetchone() == ("i",)
