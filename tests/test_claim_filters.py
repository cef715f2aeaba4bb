"""ClaimFilterSet: the reader's filters, each alone, together, and fed nonsense."""

import datetime

import pytest
from django.http import QueryDict

from claims.filters import ClaimFilterSet
from claims.models import Actor, Claim
from claims.services import review_claim

from .conftest import make_actor, make_article, make_attribution, make_claim, make_user

pytestmark = pytest.mark.django_db


def slugs(data):
    return [claim.slug for claim in ClaimFilterSet(data).qs]


def quoted(claim, actor, stance, body, **article):
    """An attribution of `claim` to `actor` quoting the whole of a fresh article."""
    return make_attribution(
        claim=claim, actor=actor, stance=stance, article=make_article(body, **article), quote=body
    )


@pytest.fixture
def washington_and_moscou():
    """Washington (with a White House spokesperson below it) asserts; Moscou denies one claim, not another."""
    usa = make_actor(
        "Gouvernement des États-Unis", slug="etats-unis", aliases=["Washington", "la Maison-Blanche"]
    )
    spokesperson = make_actor("John Kirby", slug="john-kirby", kind=Actor.Kind.PERSON, parent=usa)
    russia = make_actor("Gouvernement russe", slug="russie", aliases=["Moscou", "le Kremlin"])
    deal = make_claim("La Russie et la Corée du Nord ont conclu un accord d'armement.", slug="accord")
    quoted(deal, spokesperson, "asserts", "Selon John Kirby, un accord a été conclu.")
    quoted(deal, russia, "denies", "Moscou nie tout accord.")
    shells = make_claim("La Corée du Nord a livré des obus à la Russie.", slug="obus")
    quoted(shells, usa, "asserts", "Washington affirme que des obus ont été livrés.")
    return {"usa": usa, "russia": russia, "deal": deal, "shells": shells}


def test_no_parameters_lists_every_claim(washington_and_moscou):
    assert sorted(slugs(None)) == ["accord", "obus"]


def test_asserted_by_and_denied_by_answer_who_asserts_what_the_other_denies(washington_and_moscou):
    assert slugs({"asserted_by": "Washington", "denied_by": "Moscou"}) == ["accord"]


def test_actor_matches_everything_below_it_in_the_hierarchy(washington_and_moscou):
    assert sorted(slugs({"actor": "Washington"})) == ["accord", "obus"]
    assert slugs({"actor": "john-kirby"}) == ["accord"]


def test_actor_is_found_by_slug_name_or_alias_ignoring_case_and_accents(washington_and_moscou):
    for name in ["russie", "Moscou", "le kremlin", "KREMLIN", "gouvernement russe"]:
        assert slugs({"actor": name}) == ["accord"], name


def test_actor_and_stance_apply_to_the_same_attribution(washington_and_moscou):
    assert slugs({"actor": "Moscou", "stance": "asserts"}) == []
    assert slugs({"actor": "Moscou", "stance": "denies"}) == ["accord"]


def test_an_unknown_actor_is_a_form_error_and_matches_nothing(washington_and_moscou):
    filterset = ClaimFilterSet({"actor": "Atlantide"})
    assert list(filterset.qs) == []
    assert "actor" in filterset.errors


def test_status_accepts_several_values():
    corroborated, disputed, _unreviewed = make_claim(slug="c"), make_claim(slug="d"), make_claim(slug="u")
    editor = make_user("editrice")
    review_claim(claim=corroborated, status="corroborated", rationale="Confirmé.", reviewer=editor)
    review_claim(claim=disputed, status="disputed", rationale="Démenti.", reviewer=editor)
    assert sorted(slugs(QueryDict("status=corroborated&status=disputed"))) == ["c", "d"]
    assert slugs(QueryDict("status=disputed")) == ["d"]


@pytest.mark.parametrize(
    "data",
    [
        {"status": "vrai"},
        {"stance": "hurle"},
        {"published_after": "2024-02-31"},
        {"published_before": "hier"},
        {"min_sources": "beaucoup"},
        {"min_sources": "-1"},
        {"contested": "peut-être"},
        {"ordering": "random"},
        {"q": "x" * 10_000},
        {"outlet": "Atlantide"},
    ],
)
def test_invalid_input_is_a_form_error_and_never_all_rows(data, washington_and_moscou):
    filterset = ClaimFilterSet(data)
    assert not filterset.is_valid()
    assert list(filterset.qs) == []


def test_contested_keeps_claims_asserted_by_one_source_and_denied_by_another(washington_and_moscou):
    assert slugs({"contested": "true"}) == ["accord"]
    assert sorted(slugs({"contested": "false"})) == ["accord", "obus"]


def test_min_sources_counts_independent_sources_not_spokespeople():
    usa = make_actor("États-Unis", slug="usa")
    kirby = make_actor("Kirby", slug="kirby", parent=usa)
    russia = make_actor("Russie", slug="ru")
    one = make_claim(slug="one")
    quoted(one, usa, "asserts", "Washington affirme.")
    quoted(one, kirby, "asserts", "Kirby affirme.")
    two = make_claim(slug="two")
    quoted(two, usa, "asserts", "Washington affirme encore.")
    quoted(two, russia, "denies", "Moscou nie.")
    assert slugs({"min_sources": "2"}) == ["two"]
    assert sorted(slugs({"min_sources": "1"})) == ["one", "two"]


def test_outlet_article_and_publication_dates_filter_on_the_quoting_article():
    monde = make_actor("Le Monde", slug="le-monde", kind=Actor.Kind.MEDIA, aliases=["Monde"])
    old, new = make_claim(slug="old"), make_claim(slug="new")
    quoted(old, None, "asserts", "Ancien texte.", slug="ancien", published_on=datetime.date(2023, 1, 5))
    quoted(
        new,
        None,
        "asserts",
        "Nouveau texte.",
        slug="nouveau",
        outlet=monde,
        published_on=datetime.date(2024, 6, 1),
    )
    assert slugs({"outlet": "Monde"}) == ["new"]
    assert slugs({"article": "ancien"}) == ["old"]
    assert slugs({"published_after": "2024-01-01"}) == ["new"]
    assert slugs({"published_before": "2023-12-31"}) == ["old"]
    assert slugs({"published_after": "2023-01-01", "published_before": "2023-01-31"}) == ["old"]


def test_an_outlet_must_be_a_media_actor(washington_and_moscou):
    assert "outlet" in ClaimFilterSet({"outlet": "Washington"}).errors


def test_orderings_are_stable_with_the_slug_breaking_ties():
    for slug in ["b", "a", "c"]:
        make_claim(slug=slug)
    for ordering in ["recent", "sources", "reviewed"]:
        assert slugs({"ordering": ordering}) == ["a", "b", "c"]


def test_recent_puts_the_claim_quoted_most_recently_first():
    early, late = make_claim(slug="early"), make_claim(slug="late")
    quoted(early, None, "asserts", "Tôt.", published_on=datetime.date(2024, 1, 1))
    quoted(late, None, "asserts", "Tard.", published_on=datetime.date(2024, 3, 1))
    make_claim(slug="never-quoted")
    assert slugs({"ordering": "recent"}) == ["late", "early", "never-quoted"]


def test_reviewed_puts_the_latest_review_first():
    first, second = make_claim(slug="first"), make_claim(slug="second")
    make_claim(slug="unreviewed")
    editor = make_user("editrice")
    review_claim(claim=second, status="disputed", rationale="Plus tôt.", reviewer=editor)
    review_claim(claim=first, status="corroborated", rationale="Plus tard.", reviewer=editor)
    assert slugs({"ordering": "reviewed"}) == ["first", "second", "unreviewed"]


def test_sources_puts_the_most_sourced_claim_first():
    usa, russia = make_actor("USA", slug="usa"), make_actor("Russie", slug="ru")
    one, two = make_claim(slug="a-one"), make_claim(slug="b-two")
    quoted(one, usa, "asserts", "Un.")
    quoted(two, usa, "asserts", "Deux.")
    quoted(two, russia, "denies", "Nie.")
    assert slugs({"ordering": "sources"}) == ["b-two", "a-one"]


def test_the_filterset_accepts_a_narrower_queryset(washington_and_moscou):
    queryset = Claim.objects.filter(slug="obus")
    assert [c.slug for c in ClaimFilterSet({"actor": "Washington"}, queryset=queryset).qs] == ["obus"]
