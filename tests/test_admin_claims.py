"""The claim changelist: columns, filters, search and sorting."""

import datetime

import pytest
from django.urls import reverse

from claims.services import review_claim

from .conftest import make_actor, make_article, make_attribution, make_claim

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:claims_claim_changelist")


@pytest.fixture
def washington(db):
    return make_actor("Gouvernement américain", aliases=["Washington", "la Maison-Blanche"])


@pytest.fixture
def moscow(db):
    return make_actor("Gouvernement russe", aliases=["Moscou", "le Kremlin"])


def listed(client, **params):
    response = client.get(CHANGELIST, params)
    assert response.status_code == 200
    return list(response.context["cl"].result_list)


def contested_claim(washington, moscow):
    claim = make_claim("La Corée du Nord a livré des obus à la Russie.")
    article = make_article("Selon Washington, des obus ont été livrés. Moscou nie toute livraison.")
    make_attribution(claim=claim, article=article, actor=washington, quote="des obus ont été livrés")
    make_attribution(claim=claim, article=article, actor=moscow, stance="denies", quote="Moscou nie")
    return claim


def test_changelist_counts_a_hierarchy_as_one_independent_source(client, editor, washington, moscow):
    pentagon = make_actor("Pentagone", parent=washington)
    claim = contested_claim(washington, moscow)
    make_attribution(claim=claim, actor=pentagon, article=make_article("Le Pentagone confirme."))
    client.force_login(editor)
    [row] = listed(client)
    assert (row.attribution_count, row.asserting_sources, row.denying_sources, row.article_count) == (
        3,
        1,
        1,
        2,
    )


def test_changelist_shows_status_as_a_french_badge(client, editor, washington, moscow):
    review_claim(
        claim=contested_claim(washington, moscow), status="disputed", rationale="Démenti.", reviewer=editor
    )
    client.force_login(editor)
    html = client.get(CHANGELIST).content.decode()
    assert '<span class="selon-status selon-status-disputed">Contesté</span>' in html


def test_contested_filter_keeps_claims_asserted_and_denied(client, editor, washington, moscow):
    claim = contested_claim(washington, moscow)
    make_attribution(actor=washington)
    client.force_login(editor)
    assert listed(client, contested="yes") == [claim]


def test_single_source_filter_counts_independent_sources(client, editor, washington, moscow):
    contested_claim(washington, moscow)
    lone = make_attribution(actor=make_actor("Porte-parole", parent=washington)).claim
    make_attribution(claim=lone, actor=washington)
    client.force_login(editor)
    assert listed(client, single_source="yes") == [lone]


def test_no_named_source_filter_keeps_claims_in_the_outlet_own_voice(client, editor, washington, moscow):
    contested_claim(washington, moscow)
    unsourced = make_attribution(actor=None, stance="suspects").claim
    client.force_login(editor)
    assert listed(client, no_named_source="yes") == [unsourced]


def test_stance_filter_keeps_claims_with_that_stance(client, editor, washington, moscow):
    claim = contested_claim(washington, moscow)
    make_attribution(actor=washington)
    client.force_login(editor)
    assert listed(client, stance="denies") == [claim]


def test_actor_filter_includes_everything_below_the_actor(client, editor, washington, moscow):
    kirby = make_actor("John Kirby", kind="person", parent=make_actor("Pentagone", parent=washington))
    by_kirby = make_attribution(actor=kirby).claim
    make_attribution(actor=moscow)
    client.force_login(editor)
    assert listed(client, actor=washington.pk) == [by_kirby]


def test_actor_filter_with_a_malformed_value_lists_nothing(client, editor, washington):
    make_attribution(actor=washington)
    client.force_login(editor)
    assert listed(client, actor="abc") == []


def test_actor_filter_is_an_autocomplete_not_a_list_of_actors(client, editor, washington, moscow):
    client.force_login(editor)
    html = client.get(CHANGELIST).content.decode()
    assert 'data-field-name="actor"' in html
    assert "Gouvernement russe" not in html


def test_actor_autocomplete_finds_actors_by_alias_without_accents(client, editor, washington):
    seoul = make_actor("Gouvernement sud-coréen", aliases=["Séoul"])
    client.force_login(editor)
    params = {"app_label": "claims", "model_name": "attribution", "field_name": "actor", "term": "seoul"}
    results = client.get(reverse("admin:autocomplete"), params).json()["results"]
    assert [result["id"] for result in results] == [str(seoul.pk)]


def test_outlet_filter_keeps_claims_quoted_in_that_outlet(client, editor, washington):
    outlet = make_actor("Le Monde", kind="media")
    quoted = make_attribution(actor=washington, article=make_article(outlet=outlet)).claim
    make_attribution(actor=washington)
    client.force_login(editor)
    assert listed(client, outlet=outlet.pk) == [quoted]


def test_search_ignores_accents_in_claim_text(client, editor):
    claim = make_claim("Séoul accuse Pyongyang.")
    make_claim("Autre chose.")
    client.force_login(editor)
    assert listed(client, q="SEOUL") == [claim]


def test_search_finds_quotes_and_actor_aliases(client, editor, washington, moscow):
    claim = contested_claim(washington, moscow)
    make_claim("Sans rapport.")
    client.force_login(editor)
    assert listed(client, q="ete livres") == [claim]
    assert listed(client, q="kremlin") == [claim]
    assert listed(client, q="maison-blanche") == [claim]


def test_search_by_actor_includes_actors_below_it(client, editor, washington):
    pentagon = make_actor("Pentagone", parent=washington)
    claim = make_attribution(actor=pentagon).claim
    client.force_login(editor)
    assert listed(client, q="Washington") == [claim]


def test_changelist_sorts_by_number_of_sources(client, editor, washington, moscow):
    two = contested_claim(washington, moscow)
    one = make_attribution(actor=washington).claim
    client.force_login(editor)
    sources_column = 6  # action checkbox, status, text, actors, last quoted, attributions, sources
    assert listed(client, o=str(sources_column)) == [one, two]
    assert listed(client, o=f"-{sources_column}") == [two, one]


def test_changelist_sorts_by_last_review(client, editor):
    first, second = make_claim(), make_claim()
    review_claim(claim=second, status="disputed", rationale="Un.", reviewer=editor)
    review_claim(claim=first, status="corroborated", rationale="Deux.", reviewer=editor)
    client.force_login(editor)
    last_review_column = 8
    assert listed(client, o=f"-{last_review_column}")[:2] == [first, second]


def test_custom_columns_escape_html(client, editor):
    make_claim("<script>alert('claim')</script>")
    client.force_login(editor)
    html = client.get(CHANGELIST).content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert" in html


def test_changelist_shows_who_is_quoted_and_when(client, editor, washington, moscow):
    claim = contested_claim(washington, moscow)
    client.force_login(editor)
    html = client.get(reverse("admin:claims_claim_changelist")).content.decode()
    row = html[html.index(claim.text) :]
    assert "Gouvernement américain, Gouvernement russe" in row[: row.index("</tr>")]


def test_changelist_sorts_by_last_quoted(client, editor):
    old = make_attribution(article=make_article(published_on=datetime.date(2020, 1, 1))).claim
    new = make_attribution(article=make_article(published_on=datetime.date(2024, 1, 1))).claim
    client.force_login(editor)
    last_quoted_column = 4
    assert listed(client, o=f"-{last_quoted_column}")[:2] == [new, old]


def test_outlet_filter_lists_only_outlets_with_articles(client, editor):
    printed = make_actor("Le Monde", kind="media")
    make_actor("Journal sans article", kind="media")
    make_attribution(article=make_article(outlet=printed))
    client.force_login(editor)
    html = client.get(reverse("admin:claims_claim_changelist")).content.decode()
    assert "Le Monde" in html
    assert "Journal sans article" not in html
