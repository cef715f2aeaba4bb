"""The attribution engine on short sentences written for the tests, and on the seed articles.

No database: sources are resolved against a small in-memory table of actors.
"""

import json
from pathlib import Path

import pytest

from claims.extraction import suggest
from claims.extraction.resolve import guess_kind, variants

from .extraction_actors import resolver_for

ROOT = Path(__file__).resolve().parent.parent


ACTORS = {
    "gouvernement-russe": ["Gouvernement russe", "Moscou", "le Kremlin"],
    "gouvernement-nord-coreen": ["Gouvernement nord-coréen", "Pyongyang"],
    "gouvernement-americain": ["Gouvernement des États-Unis", "Washington", "la Maison-Blanche"],
    "gouvernement-rwandais": ["Gouvernement rwandais", "Kigali"],
    "dmitri-peskov": ["Dmitri Peskov", "Peskov"],
    "kim-jong-un": ["Kim Jong-un", "Kim Jong Un"],
}


def resolver():
    return resolver_for(ACTORS)


def read(text):
    return suggest(text, resolver=resolver())


def only(text):
    found = read(text)
    assert len(found) == 1, [(s.actor_text, s.stance, s.quote) for s in found]
    return found[0]


def slugs(found):
    return sorted(getattr(s.actor, "slug", None) or s.actor_text for s in found)


# -- stance ------------------------------------------------------------------------------------------


def test_a_reporting_verb_asserts_what_its_subject_says():
    found = only("Le Kremlin a affirmé que la visite aurait lieu en septembre.")
    assert (found.actor.slug, found.stance, found.cue) == ("gouvernement-russe", "asserts", "a affirmé")


def test_a_denial_verb_denies():
    found = only("Moscou nie avoir reçu des obus de Pyongyang.")
    assert (found.actor.slug, found.stance) == ("gouvernement-russe", "denies")


def test_negated_content_of_a_report_denies_the_positive_claim():
    found = only("Le Kremlin a déclaré qu'aucun accord n'avait été conclu.")
    assert found.stance == "denies"


def test_a_negation_inside_a_clause_below_the_content_does_not_deny():
    found = only("Washington estime que Pyongyang a des obus en surplus puisqu'il n'a pas fait la guerre.")
    assert found.stance == "asserts"


def test_a_suspicion_verb_suspects():
    found = only("Washington soupçonne Pyongyang de livrer des obus à Moscou.")
    assert (found.actor.slug, found.stance) == ("gouvernement-americain", "suspects")


def test_the_outlets_own_conditional_suspects_without_a_source():
    found = only("Pyongyang aurait livré des millions d'obus à Moscou.")
    assert (found.actor, found.actor_text, found.stance) == (None, "", "suspects")


def test_a_nominal_cue_takes_the_stance_its_noun_says():
    found = only("La crainte de Washington est que Moscou livre des missiles à Pyongyang.")
    assert (found.actor.slug, found.stance) == ("gouvernement-americain", "suspects")


def test_a_passive_agent_is_the_source():
    found = only("Cette version des faits est contestée par Kigali.")
    assert (found.actor.slug, found.stance) == ("gouvernement-rwandais", "denies")


# -- sources -----------------------------------------------------------------------------------------


def test_an_incise_names_its_source_after_the_verb():
    found = only("« Les négociations avancent bien », a déclaré lundi Dmitri Peskov.")
    assert found.actor.slug == "dmitri-peskov"
    assert found.quote.startswith("« Les négociations") and found.quote.endswith("Dmitri Peskov")


def test_selon_names_the_source():
    found = only("Selon Washington, les deux dirigeants se rencontreront ce mois-ci.")
    assert (found.actor.slug, found.cue, found.stance) == ("gouvernement-americain", "Selon", "asserts")


def test_coordinated_sources_give_one_suggestion_each():
    found = read("Moscou et Pyongyang nient cette accusation.")
    assert slugs(found) == ["gouvernement-nord-coreen", "gouvernement-russe"]
    assert {s.stance for s in found} == {"denies"}


def test_an_apposition_gives_the_person_named():
    found = only("Le porte-parole du Kremlin, Dmitri Peskov, a affirmé que la visite était prévue.")
    assert (found.actor_text, found.actor.slug) == ("Dmitri Peskov", "dmitri-peskov")


@pytest.mark.parametrize("name", ["Kim Jong Un", "Kim Yo-jong"])
def test_a_full_name_is_kept_whole(name):
    found = only(f"{name} a démenti ces informations.")
    assert found.actor_text == name


def test_a_pronoun_is_the_last_speaker():
    found = read("Dmitri Peskov a déclaré que la visite était prévue. Il a ajouté que le lieu était secret.")
    assert [s.actor.slug for s in found] == ["dmitri-peskov", "dmitri-peskov"]


def test_a_quotation_without_cue_after_a_report_continues_its_speaker():
    text = "Dmitri Peskov a déclaré que tout allait bien.\n\n« Nous restons calmes et confiants. »"
    found = read(text)
    assert [s.actor.slug for s in found] == ["dmitri-peskov", "dmitri-peskov"]
    assert found[1].quote.startswith("« Nous restons")


def test_an_unknown_speaker_is_proposed_with_a_kind():
    found = only("Le ministre tchadien de la Sécurité a affirmé que la région était calme.")
    assert found.actor is None
    assert (found.actor_text, found.proposed_kind) == ("Le ministre tchadien de la Sécurité", "person")


def test_kinds_are_guessed_from_titles_and_names():
    from claims.extraction.lexicon import lexicon

    titles = lexicon()["titles"]
    assert guess_kind("l’agence de presse Interfax", titles) == "media"
    assert guess_kind("le ministère de l’Intérieur", titles) == "government"
    assert guess_kind("Victoria Nuland", titles) == "person"
    assert guess_kind("les analystes", titles) == "group"


def test_a_mention_is_looked_up_without_honorific_and_by_surname():
    assert "Akopov" in variants("M. Akopov")
    assert "Shoigu" in variants("Sergei K. Shoigu")


# -- traps -------------------------------------------------------------------------------------------


def test_speech_inside_a_quotation_belongs_to_the_quoted_speaker():
    found = only("« Ils affirment que nous mentons », a déclaré Dmitri Peskov.")
    assert found.actor.slug == "dmitri-peskov"


def test_a_descriptive_participle_is_not_a_report():
    assert read("Le pays, accusé de livrer des armes, garde le silence.") == []


def test_a_headline_is_not_read_again():
    found = read("Moscou nie tout accord\n\nLe Kremlin nie tout accord avec Pyongyang.")
    assert len(found) == 1 and found[0].start > len("Moscou nie tout accord")


def test_text_without_attribution_gives_nothing():
    assert read("Le train est arrivé à Vladivostok mardi matin.") == []
    assert read("") == []


# -- offsets -----------------------------------------------------------------------------------------


def seed_bodies():
    return [o["fields"]["body"] for o in json.loads((ROOT / "fixtures" / "articles.json").read_text())]


def test_every_suggestion_spans_exactly_its_quote_in_the_seed_articles():
    for body in seed_bodies():
        found = read(body)
        assert found
        for suggestion in found:
            assert body[suggestion.start : suggestion.end] == suggestion.quote
            assert suggestion.quote == suggestion.quote.strip()
            assert suggestion.stance in ("asserts", "denies", "suspects")
            assert 0 < suggestion.confidence <= 1


def test_reading_is_deterministic():
    body = seed_bodies()[0]
    first = [(s.start, s.end, s.actor_text, s.stance) for s in read(body)]
    assert first == [(s.start, s.end, s.actor_text, s.stance) for s in read(body)]
