import datetime

import pytest
from django.core import serializers
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from claims.models import Actor, ActorAlias, Attribution, Claim, Review
from claims.services import refresh_claim_summaries, review_claim

from .conftest import make_actor, make_article, make_attribution, make_claim, make_user

pytestmark = pytest.mark.django_db


# Actors and aliases


def test_resolve_ignores_case_accents_and_articles():
    kremlin = make_actor("Gouvernement russe", aliases=["Moscou", "le Kremlin"])
    assert Actor.objects.resolve("moscou") == kremlin
    assert Actor.objects.resolve("KREMLIN") == kremlin
    assert Actor.objects.resolve("Le Kremlin") == kremlin
    assert Actor.objects.resolve("gouvernement russe") == kremlin


def test_resolve_matches_accented_alias_written_without_accents():
    seoul = make_actor("Gouvernement sud-coréen", aliases=["Séoul"])
    assert Actor.objects.resolve("Seoul") == seoul
    assert Actor.objects.resolve("gouvernement sud-coreen") == seoul


def test_resolve_handles_elided_article_and_typographic_apostrophe():
    un = make_actor("Organisation des Nations unies", kind="organisation", aliases=["ONU"])
    assert Actor.objects.resolve("l’ONU") == un
    assert Actor.objects.resolve("l'onu") == un


def test_resolve_returns_none_for_unknown_or_empty_text():
    make_actor("Gouvernement russe", aliases=["Moscou"])
    assert Actor.objects.resolve("Pyongyang") is None
    assert Actor.objects.resolve("") is None
    assert Actor.objects.resolve("   ") is None


def test_resolve_returns_none_when_a_name_is_shared():
    make_actor("John Smith", slug="john-smith-1", kind="person")
    make_actor("John Smith", slug="john-smith-2", kind="person")
    assert Actor.objects.resolve("John Smith") is None


def test_alias_collision_across_actors_is_refused_by_the_database():
    make_actor("Gouvernement russe", aliases=["Moscou"])
    other = make_actor("Ville de Moscou", kind="organisation")
    with pytest.raises(IntegrityError), transaction.atomic():
        ActorAlias.objects.create(actor=other, alias="MOSCOU")


def test_alias_collision_is_explained_by_clean():
    russia = make_actor("Gouvernement russe", aliases=["Moscou"])
    other = make_actor("Ville de Moscou", kind="organisation")
    with pytest.raises(ValidationError) as error:
        ActorAlias(actor=other, alias="moscou").full_clean()
    assert str(russia) in error.value.message_dict["alias"][0]


def test_alias_equal_to_another_actors_name_is_refused_by_clean():
    make_actor("Kim Jong-un", kind="person")
    other = make_actor("Kim Yo-jong", kind="person")
    with pytest.raises(ValidationError):
        ActorAlias(actor=other, alias="kim jong-un").full_clean()


def test_invalid_actor_kind_is_refused_by_the_database():
    with pytest.raises(IntegrityError), transaction.atomic():
        Actor.objects.create(name="X", slug="x", kind="alien")


def test_actor_cannot_be_its_own_ancestor():
    government = make_actor("Gouvernement")
    ministry = make_actor("Ministère", parent=government)
    government.parent = ministry
    with pytest.raises(ValidationError) as error:
        government.full_clean()
    assert "parent" in error.value.message_dict


def test_hierarchy_deeper_than_four_levels_is_refused():
    level1 = make_actor("Niveau 1")
    level2 = make_actor("Niveau 2", parent=level1)
    level3 = make_actor("Niveau 3", parent=level2)
    level4 = make_actor("Niveau 4", parent=level3)
    level5 = Actor(name="Niveau 5", slug="niveau-5", kind="person", parent=level4)
    with pytest.raises(ValidationError):
        level5.full_clean()
    level4.full_clean()


def test_moving_a_subtree_under_a_deep_parent_is_refused():
    level1 = make_actor("A1")
    level2 = make_actor("A2", parent=level1)
    level3 = make_actor("A3", parent=level2)
    branch = make_actor("B1")
    make_actor("B2", parent=make_actor("B1bis", parent=branch))
    branch.parent = level3
    with pytest.raises(ValidationError):
        branch.full_clean()


def test_lineage_includes_every_level_below_the_actor():
    us = make_actor("Gouvernement américain", aliases=["Washington"])
    white_house = make_actor("Maison-Blanche", parent=us)
    council = make_actor("Conseil de sécurité nationale", parent=white_house)
    kirby = make_actor("John Kirby", kind="person", parent=council)
    make_actor("Gouvernement russe")
    assert set(Actor.objects.lineage_ids(us)) == {actor.pk for actor in (us, white_house, council, kirby)}
    assert set(Actor.objects.lineage_ids(white_house)) == {
        actor.pk for actor in (white_house, council, kirby)
    }


# Attributions and quotes


def test_locate_fills_offsets_of_a_verbatim_quote():
    article = make_article(body="Selon Washington, les négociations progressent.")
    attribution = Attribution(
        claim=make_claim(), article=article, stance="asserts", quote="les négociations progressent"
    )
    attribution.locate()
    assert article.body[attribution.start : attribution.end] == "les négociations progressent"


def test_locate_refuses_a_quote_absent_from_the_body():
    attribution = Attribution(
        claim=make_claim(),
        article=make_article(),
        stance="asserts",
        quote="les pourparlers avancent",
    )
    with pytest.raises(ValidationError) as error:
        attribution.locate()
    assert "quote" in error.value.message_dict


def test_locate_asks_which_occurrence_when_the_quote_repeats():
    article = make_article(body="Moscou nie. Pyongyang nie.")
    attribution = Attribution(claim=make_claim(), article=article, stance="denies", quote="nie")
    with pytest.raises(ValidationError):
        attribution.locate()
    attribution.locate(occurrence=1)
    assert attribution.start == article.body.rindex("nie")


def test_clean_refuses_offsets_that_do_not_hold_the_quote():
    article = make_article(body="Selon Washington, les négociations progressent.")
    attribution = Attribution(
        claim=make_claim(), article=article, stance="asserts", quote="Washington", start=0, end=10
    )
    with pytest.raises(ValidationError) as error:
        attribution.full_clean()
    assert "quote" in error.value.message_dict


def test_offsets_that_do_not_span_the_quote_are_refused_by_the_database():
    with pytest.raises(IntegrityError), transaction.atomic():
        Attribution.objects.create(
            claim=make_claim(),
            article=make_article(),
            stance="asserts",
            quote="Selon",
            start=0,
            end=9,
        )


def test_invalid_stance_is_refused_by_the_database():
    attribution = make_attribution()
    with pytest.raises(IntegrityError), transaction.atomic():
        Attribution.objects.filter(pk=attribution.pk).update(stance="maybe")


def test_same_appearance_twice_is_refused_by_the_database():
    moscow = make_actor("Moscou")
    first = make_attribution(actor=moscow)
    with pytest.raises(IntegrityError), transaction.atomic():
        Attribution.objects.create(
            claim=first.claim,
            article=first.article,
            actor=moscow,
            stance="denies",
            quote=first.quote,
            start=first.start,
            end=first.end,
        )


def test_same_unsourced_appearance_twice_is_refused_by_the_database():
    first = make_attribution(actor=None)
    with pytest.raises(IntegrityError), transaction.atomic():
        Attribution.objects.create(
            claim=first.claim,
            article=first.article,
            stance="suspects",
            quote=first.quote,
            start=first.start,
            end=first.end,
        )


def test_via_must_come_from_the_same_article():
    relay = make_attribution()
    attribution = make_attribution()
    attribution.via = relay
    with pytest.raises(ValidationError) as error:
        attribution.full_clean()
    assert "via" in error.value.message_dict


# Claims and reviews


def test_invalid_claim_status_is_refused_by_the_database():
    claim = make_claim()
    with pytest.raises(IntegrityError), transaction.atomic():
        Claim.objects.filter(pk=claim.pk).update(status="probably")


def test_claim_starts_unreviewed():
    assert make_claim().status == Claim.Status.UNREVIEWED


def test_reviews_append_and_move_the_status():
    editor = make_user("editrice")
    claim = make_claim()
    first = review_claim(claim=claim, status="disputed", rationale="Démenti par Moscou.", reviewer=editor)
    second = review_claim(
        claim=claim,
        status="corroborated",
        rationale="Images satellite.",
        reviewer=editor,
        evidence="https://example.org",
    )
    claim.refresh_from_db()
    assert claim.status == "corroborated"
    assert [first.number, second.number] == [1, 2]
    assert claim.latest_review == second
    assert list(Review.objects.filter(claim=claim).values_list("status", flat=True)) == [
        "corroborated",
        "disputed",
    ]


def test_review_bumps_the_claim_version():
    claim = make_claim()
    review_claim(claim=claim, status="disputed", rationale="Non étayé.", reviewer=make_user("e"))
    claim.refresh_from_db()
    assert claim.version == 2


def test_review_requires_a_rationale():
    claim = make_claim()
    with pytest.raises(ValidationError) as error:
        review_claim(claim=claim, status="disputed", rationale="   ", reviewer=make_user("e"))
    assert "rationale" in error.value.message_dict
    claim.refresh_from_db()
    assert claim.status == "unreviewed"
    assert not Review.objects.exists()


def test_review_refuses_an_unknown_status():
    claim = make_claim()
    with pytest.raises(ValidationError):
        review_claim(claim=claim, status="probable", rationale="Peut-être.", reviewer=make_user("e"))
    assert not Review.objects.exists()


def test_empty_rationale_is_refused_by_the_database():
    claim = make_claim()
    with pytest.raises(IntegrityError), transaction.atomic():
        Review.objects.create(claim=claim, number=1, status="disputed", rationale="", reviewer=make_user("e"))


# Independent sources


def test_independent_sources_group_a_three_level_hierarchy_as_one():
    us = make_actor("Gouvernement américain", country="US")
    white_house = make_actor("Maison-Blanche", parent=us)
    kirby = make_actor("John Kirby", kind="person", parent=white_house)
    pentagon = make_actor("Pentagone", parent=us)
    russia = make_actor("Gouvernement russe", country="RU")
    peskov = make_actor("Dmitri Peskov", kind="person", parent=russia)
    claim = make_claim()
    article = make_article(body="Kirby affirme. Le Pentagone confirme. Washington assure. Peskov nie.")
    for actor, quote, stance in [
        (kirby, "Kirby affirme", "asserts"),
        (pentagon, "Le Pentagone confirme", "asserts"),
        (us, "Washington assure", "asserts"),
        (peskov, "Peskov nie", "denies"),
    ]:
        make_attribution(claim=claim, article=article, actor=actor, stance=stance, quote=quote)

    sources = claim.independent_sources()

    assert sources["asserts"] == [us]
    assert sources["denies"] == [russia]
    assert sources["suspects"] == []
    refresh_claim_summaries([claim.pk])
    counted = Claim.objects.get(pk=claim.pk)
    assert (counted.asserting_sources, counted.denying_sources) == (1, 1)


def test_outlets_own_statements_are_not_a_source():
    claim = make_claim()
    make_attribution(claim=claim, actor=None, stance="suspects")
    assert claim.independent_sources()["suspects"] == []


def test_asserted_by_includes_everyone_below_the_actor():
    us = make_actor("Gouvernement américain")
    kirby = make_actor("John Kirby", kind="person", parent=make_actor("Maison-Blanche", parent=us))
    asserted = make_attribution(actor=kirby, stance="asserts").claim
    denied = make_attribution(actor=kirby, stance="denies").claim
    assert list(Claim.objects.asserted_by(us)) == [asserted]
    assert list(Claim.objects.denied_by(us)) == [denied]


def test_contested_needs_an_assertion_and_a_denial():
    article = make_article(body="Washington affirme. Moscou nie. Séoul affirme.")
    contested = make_claim()
    make_attribution(
        claim=contested, article=article, actor=make_actor("Washington"), quote="Washington affirme"
    )
    make_attribution(
        claim=contested,
        article=article,
        actor=make_actor("Moscou"),
        stance="denies",
        quote="Moscou nie",
    )
    agreed = make_claim()
    make_attribution(claim=agreed, article=article, actor=make_actor("Séoul"), quote="Séoul affirme")
    assert list(Claim.objects.contested()) == [contested]


# Natural keys


def test_natural_keys_round_trip_through_a_fixture():
    us = make_actor("Gouvernement américain", aliases=["Washington"])
    outlet = make_actor("Le Monde", kind="media")
    article = make_article(outlet=outlet, body="Selon Washington, Pyongyang livre des obus.")
    claim = make_claim("La Corée du Nord livre des obus à la Russie.")
    relay = make_attribution(claim=claim, article=article, actor=us, quote="Selon Washington")
    make_attribution(
        claim=claim,
        article=article,
        actor=None,
        stance="suspects",
        quote="Pyongyang livre des obus",
        via=relay,
    )
    editor = make_user("editrice")
    review_claim(claim=claim, status="corroborated", rationale="Confirmé par l'ONU.", reviewer=editor)
    objects = [
        *Actor.objects.all(),
        *ActorAlias.objects.all(),
        *[article],
        *Claim.objects.all(),
        *Attribution.objects.order_by("start"),
        *Review.objects.all(),
    ]
    data = serializers.serialize(
        "json", objects, use_natural_foreign_keys=True, use_natural_primary_keys=True
    )
    assert '"pk"' not in data

    Review.objects.all().delete()
    Attribution.objects.all().delete()
    Claim.objects.all().delete()
    article.delete()
    ActorAlias.objects.all().delete()
    Actor.objects.all().delete()
    for item in serializers.deserialize("json", data, handle_forward_references=True):
        item.save()

    restored = Attribution.objects.get_by_natural_key(
        claim.slug, article.slug, None, article.body.index("Pyongyang")
    )
    assert restored.via.actor.slug == us.slug
    assert Actor.objects.resolve("washington").slug == us.slug
    assert Review.objects.get_by_natural_key(claim.slug, 1).reviewer.username == "editrice"
    again = serializers.serialize(
        "json", objects, use_natural_foreign_keys=True, use_natural_primary_keys=True
    )
    assert again == data


def test_get_by_natural_key_is_the_inverse_of_natural_key():
    attribution = make_attribution(actor=make_actor("Moscou"))
    assert Attribution.objects.get_by_natural_key(*attribution.natural_key()) == attribution
    assert Actor.objects.get_by_natural_key(*attribution.actor.natural_key()) == attribution.actor
    alias = ActorAlias.objects.create(actor=attribution.actor, alias="Kremlin")
    assert ActorAlias.objects.get_by_natural_key(*alias.natural_key()) == alias


def test_newest_attributions_come_from_the_newest_articles_window_first_and_stay_exact(monkeypatch):
    from claims.models import AttributionQuerySet

    monkeypatch.setattr(AttributionQuerySet, "NEWEST_WINDOW", 2)
    actor = make_actor("Gouvernement")
    dates = [datetime.date(2024, 1, day) for day in (1, 2, 3, 3, 4)] + [None]
    articles = [make_article(f"Article du jour {n}.", published_on=date) for n, date in enumerate(dates)]
    quoted = [make_attribution(actor=actor, article=article) for article in articles]
    make_attribution(actor=make_actor("Autre"), article=articles[-2])

    def newest_first(attribution):
        date = attribution.article.published_on
        undated = date is None
        return (undated, -(date or datetime.date.min).toordinal(), attribution.claim.slug, attribution.pk)

    def expected(size):
        return sorted(quoted, key=newest_first)[:size]

    mine = Attribution.objects.filter(actor=actor)
    # The window is every article dated on or after the 2nd newest date: 4 January and both of the 3rd.
    assert mine.newest_by_stance(["asserts"], 2)["asserts"] == expected(2)
    assert mine.newest_by_stance(["asserts"], 3)["asserts"] == expected(3)
    # More than the window holds: the whole list, the undated article last.
    assert mine.newest_by_stance(["asserts"], 10)["asserts"] == expected(10)
    assert mine.newest_by_stance(["asserts"], 10)["asserts"][-1].article.published_on is None
    assert mine.newest_by_stance([], 10) == {}


def test_in_lineage_lists_the_actors_below_and_falls_back_to_joins_for_a_huge_lineage(monkeypatch):
    from claims import models

    government = make_actor("Gouvernement")
    ministry = make_actor("Ministère", parent=government)
    spokesman = make_actor("Porte-parole", kind="person", parent=ministry)
    make_actor("Autre")
    assert sorted(Actor.objects.lineage_ids(government)) == sorted([government.pk, ministry.pk, spokesman.pk])
    assert Actor.objects.lineage_ids([ministry, spokesman.pk]) == [ministry.pk, spokesman.pk]
    listed = set(Actor.objects.filter(models.in_lineage(government)))
    monkeypatch.setattr(models, "MAX_LINEAGE_IDS", 2)
    joined = models.in_lineage(government)
    assert "parent__parent__in" in str(joined)
    assert set(Actor.objects.filter(joined)) == listed == {government, ministry, spokesman}
