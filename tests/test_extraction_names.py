"""The shapes of a source's mention: names whole with their particles, without the time after
them, without the title before them; relatives, possessives and things that are no speakers.
Sentences written for the tests."""

from claims.extraction import suggest
from claims.extraction.resolve import TableResolver


def read(text):
    return suggest(text, resolver=TableResolver({}))


def written(found):
    return [s.actor_text for s in found]


# -- names with particles --------------------------------------------------------------------------


def test_a_foreign_particle_stays_inside_the_name():
    # the parser cuts before "van"; the lower-case particle between two names belongs to the name
    found = read("« Non », a répondu Johan van Dijk, le maire.")
    assert written(found) == ["Johan van Dijk"]
    found = read("« Rien n'est décidé », a affirmé Maria da Costa aux journalistes.")
    assert written(found) == ["Maria da Costa"]


def test_a_particle_with_no_name_after_it_ends_the_name():
    # "da" before a lower-case word is no particle of the name
    found = read("« Non », a répondu Johan van Dijk van nuit.")
    assert written(found) == ["Johan van Dijk"]


# -- a time after the name -----------------------------------------------------------------------


def test_a_time_after_a_name_is_not_part_of_it():
    found = read("« Il a eu raison », a déclaré Lambert mardi à la radio.")
    assert written(found) == ["Lambert"]
    found = read("« Tout est prêt », a assuré Paul Girard ce matin.")
    assert written(found) == ["Paul Girard"]


def test_a_number_alone_after_a_name_stays():
    # a number without a time word is part of the name: "la Ligue 1"
    found = read("La Ligue 1 a annoncé que le championnat reprendrait en août.")
    assert written(found) == ["La Ligue 1"]


# -- a title before the name ---------------------------------------------------------------------


def test_the_name_after_a_title_is_the_source_and_the_title_its_description():
    found = read("Le président Anna van der Berg a démenti avoir critiqué le ministre.")
    assert written(found) == ["Anna van der Berg"]
    assert found[0].quote.startswith("Le président")
    # the description is remembered: "le président" later is the same person
    found = read(
        "La présidente Anna van der Berg a démenti avoir critiqué le ministre. "
        "« Je n'ai rien dit de tel », a ajouté la présidente."
    )
    assert written(found) == ["Anna van der Berg", "Anna van der Berg"]


def test_a_complement_after_the_title_is_no_name():
    # "sur Radio Nord" is where he spoke, not who he is
    found = read("« Nous tiendrons », a déclaré le ministre sur Radio Nord.")
    assert written(found) == ["le ministre"]
    # an honorific is not a title to drop
    found = read("Depuis lors, a déclaré M. Durand, les prix ont baissé.")
    assert written(found) == ["M. Durand"]
