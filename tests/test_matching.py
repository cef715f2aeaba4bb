"""Claim matching: which recorded claims a passage most likely states, on either database."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims import matching, vectors
from claims.matching import NEARBY_REACH, candidate_conditions, evidence, similar_claims
from claims.models import Attribution

from .conftest import make_actor, make_article, make_attribution, make_claim

pytestmark = pytest.mark.django_db

BODY = (
    "Selon Washington, la Corée du Nord a livré des obus d’artillerie à la Russie. "
    "Moscou et Pyongyang nient tous deux cette accusation.\n\n"
    "Le Kremlin dit vouloir renforcer sa coopération militaire avec Pyongyang."
)


@pytest.fixture
def claims():
    shells = make_claim("La Corée du Nord a livré des obus d’artillerie à la Russie.")
    cooperation = make_claim("La Russie et la Corée du Nord renforcent leur coopération militaire.")
    unrelated = make_claim("Le prix du blé a baissé en Europe cet hiver.")
    other = make_article(
        "Des obus nord-coréens ont été livrés à Moscou, affirment des responsables américains."
    )
    make_attribution(claim=shells, article=other, quote="Des obus nord-coréens ont été livrés à Moscou")
    return {"shells": shells, "cooperation": cooperation, "unrelated": unrelated}


def test_a_paraphrase_of_a_claim_ranks_it_first(claims):
    found = similar_claims("la Corée du Nord a livré des obus d'artillerie à la Russie")
    assert found[0] == claims["shells"]
    assert claims["unrelated"] not in found[:1]


def test_another_articles_quote_counts_for_its_claim(claims):
    found = similar_claims("des obus nord-coréens livrés à Moscou")
    assert found[0] == claims["shells"]


def test_results_are_ordered_and_scored_between_zero_and_one(claims):
    found = similar_claims("renforcer la coopération militaire entre la Russie et la Corée du Nord")
    assert found[0] == claims["cooperation"]
    scores = [claim.similarity for claim in found]
    assert scores == sorted(scores, reverse=True)
    assert all(0 <= score <= 1 for score in scores)


def test_excluded_claims_are_left_out(claims):
    found = similar_claims("la Corée du Nord a livré des obus", exclude=claims["shells"])
    assert claims["shells"] not in found
    assert claims["shells"] not in similar_claims(
        "la Corée du Nord a livré des obus", exclude=[claims["shells"].pk]
    )


def test_limit_caps_the_results(claims):
    assert len(similar_claims("la Russie et la Corée du Nord", limit=1)) == 1


def test_empty_or_meaningless_text_finds_nothing(claims):
    assert similar_claims("") == []
    assert similar_claims("   ") == []


def test_a_claim_already_attributed_over_the_passage_is_offered(claims):
    article = make_article(BODY)
    make_attribution(
        claim=claims["shells"], article=article, actor=make_actor("Gouvernement russe"),
        stance="denies", quote="Moscou et Pyongyang nient tous deux cette accusation",
    )  # fmt: skip
    start = BODY.index("Moscou et Pyongyang")
    found = similar_claims("nient tous deux cette accusation", article=article, span=(start + 20, start + 52))
    assert found[0] == claims["shells"]


RELAY = (
    "Selon Séoul, la Corée du Nord a livré des obus d’artillerie à la Russie. "
    "Kyiv affirme qu’il existe plusieurs autres exemples."
)


def _relayed(claim, body):
    article = make_article(body)
    make_attribution(
        claim=claim, article=article, quote="la Corée du Nord a livré des obus d’artillerie à la Russie"
    )
    start = body.index("Kyiv affirme")
    return article, (start, start + len("Kyiv affirme qu’il existe plusieurs autres exemples"))


def test_a_quote_naming_no_proposition_finds_nothing_alone(claims):
    assert similar_claims("Kyiv affirme qu’il existe plusieurs autres exemples") == []


def test_a_quote_naming_no_proposition_is_offered_the_claim_attributed_beside_it(claims):
    article, span = _relayed(claims["shells"], RELAY)
    found = similar_claims("Kyiv affirme qu’il existe plusieurs autres exemples", article=article, span=span)
    assert found == [claims["shells"]]
    assert 0 < found[0].similarity < 0.2  # a hint, far below a claim stated in the quote


def test_a_claim_attributed_far_from_the_passage_is_not_offered(claims):
    far = RELAY.replace(". Kyiv", ".\n\n" + "Le temps était clair et doux ce matin-là. " * 14 + "\n\nKyiv")
    article, span = _relayed(claims["shells"], far)
    assert span[0] - far.index(" à la Russie.") > 5 * NEARBY_REACH
    assert (
        similar_claims("Kyiv affirme qu’il existe plusieurs autres exemples", article=article, span=span)
        == []
    )


def test_the_claim_a_passage_states_outranks_its_neighbours(claims):
    body = (
        "Selon Séoul, la Corée du Nord a livré des obus d’artillerie à la Russie. "
        "Le Kremlin dit vouloir renforcer sa coopération militaire avec Pyongyang."
    )
    article = make_article(body)
    make_attribution(
        claim=claims["shells"],
        article=article,
        quote="la Corée du Nord a livré des obus d’artillerie à la Russie",
    )
    start = body.index("Le Kremlin")
    found = similar_claims(body[start:-1], article=article, span=(start, len(body) - 1))
    assert found[0] == claims["cooperation"]
    assert claims["shells"] in found


def test_closeness_in_meaning_counts_on_postgresql_only(claims):
    found = evidence("des obus livrés à la Russie")
    assert found
    assert {claim.meaning is None for claim in found.values()} == {connection.vendor != "postgresql"}


def test_matching_goes_on_by_words_without_vectors(claims, monkeypatch):
    monkeypatch.setattr(vectors, "load", lambda: None)
    found = similar_claims("la Corée du Nord a livré des obus d'artillerie à la Russie")
    assert found[0] == claims["shells"]
    assert all(claim.meaning is None for claim in evidence("des obus livrés à la Russie").values())


def test_queries_do_not_grow_with_the_candidates(claims):
    article, span = _relayed(claims["shells"], RELAY)

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert similar_claims("des obus livrés à la Russie", article=article, span=span)
        return len(queries)

    few = count()
    if connection.vendor == "postgresql":
        assert few == 4  # stems, candidates and wordings, neighbours, the claims shown
    for number in range(12):
        other = make_article(f"Des obus ont été livrés à la Russie, épisode {number}.")
        make_attribution(claim=make_claim(f"Des obus livrés, épisode {number}."), article=other)
    assert count() == few


def _analyse():
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE claims_claim")  # what autovacuum or a bulk load does


def _crowd(count):
    """`count` claims sharing every common word of the shells claim, none of its rarer ones."""
    return [make_claim(f"La Russie a livré des obus à la Corée du Nord, épisode {n}.") for n in range(count)]


def test_candidates_narrow_to_the_rarer_stems_when_too_many_claims_share_a_word(claims, monkeypatch):
    monkeypatch.setattr(matching, "RANKED", 4)
    crowd = _crowd(12)
    rail = make_claim("La Russie a livré des obus à la Corée du Nord par voie ferroviaire depuis Rajin.")
    _analyse()
    found = similar_claims("des obus livrés à la Russie par voie ferroviaire depuis le port de Rajin")
    assert found[0] == rail
    if connection.vendor == "postgresql":
        ranked = evidence("des obus livrés à la Russie par voie ferroviaire depuis le port de Rajin")
        assert rail.pk in ranked
        assert len(set(ranked) & {claim.pk for claim in crowd}) < len(crowd)


def test_queries_stay_four_when_candidates_are_narrowed(claims, monkeypatch):
    monkeypatch.setattr(matching, "RANKED", 2)
    _crowd(12)
    _analyse()
    article, span = _relayed(claims["shells"], RELAY)
    with CaptureQueriesContext(connection) as queries:
        assert similar_claims("des obus d’artillerie livrés à la Russie", article=article, span=span)
    if connection.vendor == "postgresql":
        assert len(queries) == 4


def test_a_small_table_is_searched_on_any_stem_first():
    conditions, _ranking = candidate_conditions(
        {"obus", "russ", "selon"}, {"russ": 0.6, "selon": 0.4}, {"obus": 3}, claims=40
    )
    assert conditions[0] is None  # the others only if more than RANKED claims hold one of them
    assert conditions[-1] == "'obus' & 'selon' & 'russ'"


def test_a_large_table_is_searched_on_groups_of_its_rarest_stems():
    stems = {"a", "russ", "obus", "livr", "rajin", "porte-parol", "port", "parol", "heur"}
    listed = {"a": 0.83, "russ": 0.21, "obus": 0.07, "livr": 0.07, "port": 0.05, "parol": 0.05}
    counted = {"rajin": 40, "porte-parol": 300, "heur": 0}
    conditions, ranking = candidate_conditions(stems, listed, counted, claims=1_000_000)
    # Of the hyphenated word, the word alone; "heur", in no claim, never.
    assert ranking == "'rajin' | 'porte-parol' | 'livr' | 'obus' | 'russ' | 'a'"
    # A million claims hold a stem of the sentence; with "rajin", 340 + 854 would be too many.
    assert conditions[0] == (
        "'rajin' | 'porte-parol' & 'livr' | 'porte-parol' & 'obus' "
        "| 'porte-parol' & 'russ' | 'porte-parol' & 'a'"
    )
    assert conditions[-1] == "'rajin' & 'porte-parol' & 'livr' & 'obus' & 'russ' & 'a'"


def test_a_table_never_analysed_tries_every_condition_in_turn():
    conditions, ranking = candidate_conditions({"obus", "russ", "rajin"}, None, {"obus": 9, "russ": 40}, -1)
    assert ranking == "'obus' | 'russ'"
    assert conditions == [None, "'obus'", "'obus' & 'russ'"]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="tsquery syntax")
def test_a_stem_is_quoted_as_one_lexeme():
    with connection.cursor() as cursor:
        cursor.execute("SELECT querytree(%s::tsquery)", [matching._lexeme("aujourd'hui\\ & x:y")])
        assert cursor.fetchone()[0] == "'aujourd''hui\\\\ & x:y'"


def test_endpoint_answers_json_for_the_claim_form(client, editor, claims):
    client.force_login(editor)
    response = client.get(reverse("admin:claims_claim_similar"), {"q": "des obus livrés à la Russie"})
    answer = response.json()
    assert answer["labels"]["similar"] == "Affirmations proches"
    assert answer["results"][0]["id"] == claims["shells"].pk
    assert answer["results"][0]["url"] == reverse("admin:claims_claim_change", args=[claims["shells"].pk])


def test_endpoint_ignores_a_malformed_article_or_span(client, editor, claims):
    client.force_login(editor)
    response = client.get(
        reverse("admin:claims_claim_similar"), {"q": "obus", "article": "x", "start": "-1", "exclude": "a"}
    )
    assert response.status_code == 200


def test_endpoint_is_closed_to_staff_without_a_role(client, outsider):
    client.force_login(outsider)
    assert client.get(reverse("admin:claims_claim_similar"), {"q": "obus"}).status_code == 403


def test_evaluate_matching_reports_leave_one_out_in_numbers(claims):
    second = make_article("La Corée du Nord a livré des obus d’artillerie à la Russie, dit Séoul.")
    make_attribution(
        claim=claims["shells"], article=second, quote="La Corée du Nord a livré des obus d’artillerie"
    )
    out = StringIO()
    call_command("evaluate_matching", stdout=out)
    assert "2 attributions of 1 claims quoted twice or more: 2 in the top 3 (100.0 %)" in out.getvalue()
    assert Attribution.objects.filter(claim=claims["shells"]).count() == 2  # each put back


def test_evaluate_matching_cross_validates_by_article(claims):
    second = make_article("La Corée du Nord a livré des obus d’artillerie à la Russie, dit Séoul.")
    make_attribution(
        claim=claims["shells"], article=second, quote="La Corée du Nord a livré des obus d’artillerie"
    )
    out = StringIO()
    call_command("evaluate_matching", "--cross-validate", "--misses", stdout=out)
    report = out.getvalue()
    assert "quote in its article, each article scored with the weights chosen on the others: 2 of 2" in report
    assert f"  {second.slug}: 1 of 1 (vectors 0.0, nearby 0.0, overlap 0.2)" in report
    assert "missed" not in report


def test_evaluate_matching_counts_a_claim_it_cannot_find_again(claims):
    make_claim("Le prix du blé baisse en Europe.")
    make_claim("Le prix du blé a baissé cet hiver, selon les meuniers.")
    unrelated_article = make_article("Le prix du blé a baissé en Europe cet hiver, disent les meuniers.")
    make_attribution(claim=claims["shells"], article=unrelated_article, quote="Le prix du blé a baissé")
    out = StringIO()
    call_command("evaluate_matching", "--misses", stdout=out)
    assert (
        "quote alone: 2 attributions of 1 claims quoted twice or more: 1 in the top 3 (50.0 %)"
        in out.getvalue()
    )
    assert "missed: 'Le prix du blé a baissé'" in out.getvalue()
