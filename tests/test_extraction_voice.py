"""The outlet's own voice (claims/extraction/voice.py): which unsourced sentences are proposed, with
which stance. Sentences written for the tests; no database."""

from claims.extraction import suggest, voice

from .extraction_actors import resolver_for


def read(text):
    actors = {"gouvernement-russe": ["Moscou", "la Russie"], "pyongyang": ["Pyongyang"]}
    return suggest(text, resolver=resolver_for(actors))


def outlet(text):
    """(stance, rule) of each suggestion without source."""
    return [(s.stance, s.rule) for s in read(text) if not s.actor_text]


def test_statements_are_proposed_by_default():
    assert voice.STATEMENTS is True


def test_a_booster_makes_an_actors_statement_the_outlets_assertion():
    found = outlet("En réalité, la Russie dépend des munitions de Pyongyang.")
    assert found == [("asserts", "outlet statement")]


def test_the_booster_is_the_cue():
    (suggestion,) = read("En réalité, la Russie dépend des munitions de Pyongyang.")
    assert suggestion.cue == "En réalité"


def test_a_plain_statement_without_any_mark_is_not_proposed():
    assert outlet("La Russie dépend des munitions de Pyongyang.") == []


def test_a_strong_denial_in_the_outlets_voice_denies():
    assert outlet("Mais en réalité, il n'en est rien.") == [("denies", "outlet statement")]


def test_a_strong_negative_word_in_the_outlets_voice_denies():
    assert outlet("Il n'existe aucun accord entre la Russie et Pyongyang.") == [
        ("denies", "outlet statement")
    ]


def test_a_bare_negation_is_no_denial_of_the_outlet():
    assert outlet("La Russie n'a pas signé d'accord avec Pyongyang.") == []


def test_a_booster_on_dated_background_without_an_actor_is_not_proposed():
    assert outlet("En réalité, la rencontre avait été préparée en mars 2019.") == []


def test_a_question_is_not_proposed_even_with_a_booster():
    assert outlet("En réalité, la Russie dépend-elle des munitions de Pyongyang ?") == []


def test_the_outlets_conditional_still_suspects():
    assert outlet("La Russie aurait reçu des munitions de Pyongyang.") == [("suspects", "outlet conditional")]


def test_a_hedge_still_suspects():
    assert outlet("La Russie a probablement reçu des munitions de Pyongyang.") == [
        ("suspects", "outlet conditional")
    ]


def test_the_conditional_is_read_past_a_bullet_the_parser_took_for_the_main_word():
    text = (
        "Washington et Séoul s'inquiètent.\n"
        "• Cette rencontre devrait avoir lieu à Vladivostok, à l’extrême est de la Russie."
    )
    assert outlet(text) == [("suspects", "outlet conditional")]


def test_il_s_agit_is_present_and_the_span_starts_at_its_pronoun():
    # "agit" is tagged as a simple past; news prose means the present
    (suggestion,) = read("Il s'agit en réalité d'un message adressé à Pyongyang.")
    assert (suggestion.stance, suggestion.rule) == ("asserts", "outlet statement")
    assert suggestion.quote.startswith("Il s'agit")


def test_il_s_agit_without_a_booster_is_not_proposed():
    assert outlet("Il s'agit d'un message adressé à Pyongyang.") == []
