"""Stance carried by structure and meaning (claims/extraction/stance.py): denials of other people's
reports, answers that say no, corrections, first-person denials. Sentences written for the tests;
no database."""

from claims.extraction import suggest

from .extraction_actors import resolver_for

ACTORS = {
    "gouvernement-russe": ["Gouvernement russe", "Moscou", "le Kremlin"],
    "dmitri-peskov": ["Dmitri Peskov", "Peskov"],
}


def read(text):
    return suggest(text, resolver=resolver_for(ACTORS))


def stance_of(text, source):
    """The stance suggested for `source`, an actor's slug or a new source's name (exactly one
    suggestion expected)."""
    found = [s for s in read(text) if source in (getattr(s.actor, "slug", None), s.actor_text)]
    assert len(found) == 1, [(s.actor_text, s.stance, s.quote) for s in read(text)]
    return found[0].stance


# -- other people's reports disapproved of or called false ------------------------------------------


def test_deploring_reports_denies_what_they_say():
    text = (
        "Le Kremlin a déploré les informations parues dans la presse selon lesquelles Moscou "
        "prépare une offensive."
    )
    assert stance_of(text, "gouvernement-russe") == "denies"


def test_deploring_something_other_than_a_report_asserts():
    assert stance_of("Le Kremlin a déploré le retard des négociations.", "gouvernement-russe") == "asserts"


def test_relaying_reports_without_disapproval_asserts():
    text = "Le Kremlin a commenté les informations parues dans la presse sur les négociations."
    assert stance_of(text, "gouvernement-russe") == "asserts"


def test_reports_said_to_be_grotesque_are_denied():
    text = "Le Kremlin a affirmé que ces rumeurs sont grotesques."
    assert stance_of(text, "gouvernement-russe") == "denies"


def test_a_word_of_falsity_on_something_other_than_a_report_does_not_deny():
    text = "Le Kremlin a affirmé que le spectacle était grotesque."
    assert stance_of(text, "gouvernement-russe") == "asserts"


def test_a_report_noun_said_not_accurate_is_denied():
    text = "« Cette information tombe du ciel et n'est manifestement pas juste », a déclaré Dmitri Peskov."
    assert stance_of(text, "dmitri-peskov") == "denies"


def test_something_else_said_not_just_is_no_denial():
    text = "« Cette décision tombe du ciel et n'est manifestement pas juste », a déclaré Dmitri Peskov."
    assert stance_of(text, "dmitri-peskov") == "asserts"


def test_a_warning_against_false_reports_denies_them():
    text = "Le Kremlin met en garde les auteurs de ces fausses informations."
    assert stance_of(text, "gouvernement-russe") == "denies"


def test_a_warning_against_anything_else_suspects():
    text = "Le Kremlin met en garde les auteurs de ces attaques."
    assert stance_of(text, "gouvernement-russe") == "suspects"


def test_terms_quoted_just_before_a_qualification_can_deny():
    text = "« Faux et grotesque ». Le Kremlin a qualifié par ces termes l'information parue lundi."
    assert stance_of(text, "gouvernement-russe") == "denies"


def test_terms_quoted_just_before_a_qualification_can_assert():
    text = "« Très encourageant ». Le Kremlin a qualifié par ces termes l'information parue lundi."
    assert stance_of(text, "gouvernement-russe") == "asserts"


# -- answers, corrections, negations ----------------------------------------------------------------


def test_an_answer_that_says_no_denies():
    text = "Marie Dupuis, déléguée syndicale : « Ah non, pas du tout. La mobilisation reste forte. »"
    assert stance_of(text, "Marie Dupuis") == "denies"


def test_non_seulement_is_no_answer():
    text = "Marie Dupuis, déléguée syndicale : « Non seulement la mobilisation continue, mais elle grandit. »"
    assert stance_of(text, "Marie Dupuis") == "asserts"


def test_saying_what_something_does_not_mean_denies():
    text = "Les prix baissent, ce qui ne signifie pas que la crise est passée, a déclaré Dmitri Peskov."
    assert stance_of(text, "dmitri-peskov") == "denies"


def test_aucunement_negates_the_content():
    text = "Dmitri Peskov a précisé que ces propos n'engagent aucunement le Kremlin."
    assert stance_of(text, "dmitri-peskov") == "denies"


def test_a_correction_of_quoted_words_denies():
    text = "« Il a écrit 'nous négocierons' et non 'nous attaquerons' », a déclaré Dmitri Peskov."
    assert stance_of(text, "dmitri-peskov") == "denies"


def test_et_non_without_quoted_words_is_no_correction():
    text = "« Le gouvernement et non le parlement décidera du budget », a déclaré Dmitri Peskov."
    assert stance_of(text, "dmitri-peskov") == "asserts"


def test_a_denial_in_the_first_person_inside_the_content_denies():
    text = "« Je démens formellement ce qui a été écrit sur les négociations », a déclaré Dmitri Peskov."
    assert stance_of(text, "dmitri-peskov") == "denies"


def test_someone_elses_denial_reported_inside_the_content_asserts():
    text = "« Le ministre dément ce qui a été écrit sur les négociations », a déclaré Dmitri Peskov."
    assert stance_of(text, "dmitri-peskov") == "asserts"


def test_a_conditional_on_the_reporting_verb_still_asserts():
    text = "Le Kremlin aurait affirmé que les négociations avancent."
    assert stance_of(text, "gouvernement-russe") == "asserts"


# -- negation that is no denial, and a cue that is itself negated ------------------------------------


def test_not_only_adds_and_does_not_deny():
    text = "Dmitri Peskov a affirmé que la réforme n'était pas seulement injuste mais dangereuse."
    assert stance_of(text, "dmitri-peskov") == "asserts"


def test_a_plain_negation_still_denies():
    text = "Dmitri Peskov a affirmé que la réforme n'était pas injuste."
    assert stance_of(text, "dmitri-peskov") == "denies"


def test_a_negated_cue_reports_nothing():
    text = (
        "Dmitri Peskov a estimé que l'arrestation était illégale. "
        "Pour l'heure, il n'a cependant pas précisé sur quels éléments il s'appuie."
    )
    found = [s.quote for s in read(text) if getattr(s.actor, "slug", None) == "dmitri-peskov"]
    assert found == ["Dmitri Peskov a estimé que l'arrestation était illégale"]


def test_a_cue_under_ne_que_still_reports():
    text = "Dmitri Peskov a répété que Moscou ne fait que se défendre."
    assert stance_of(text, "dmitri-peskov") == "asserts"


def test_defending_oneself_of_something_denies_it():
    text = "Dmitri Peskov s'est défendu d'être au service d'un gouvernement idéologue."
    found = [s for s in read(text) if getattr(s.actor, "slug", None) == "dmitri-peskov"]
    assert [(s.stance, s.cue) for s in found] == [("denies", "s'est défendu")]


def test_defending_a_record_or_oneself_against_critics_reports_nothing():
    assert read("Dmitri Peskov a défendu son bilan devant les députés.") == []
    assert read("Dmitri Peskov s'est défendu face aux critiques.") == []


# -- objecting, denouncing ------------------------------------------------------------------------


def test_denouncing_suspects_but_denouncing_someone_for_an_act_reports_the_act():
    assert stance_of("Dmitri Peskov dénonce un règlement illégal.", "dmitri-peskov") == "suspects"
    text = "Dmitri Peskov a dénoncé avec fermeté l'armée pour avoir tiré un missile."
    assert stance_of(text, "dmitri-peskov") == "asserts"


def test_protesting_or_opposing_denies():
    assert stance_of("Dmitri Peskov a protesté.", "dmitri-peskov") == "denies"
    assert stance_of("Dmitri Peskov s'est opposé à la mesure.", "dmitri-peskov") == "denies"
    # not reflexive: "opposer" reports nothing
    assert read("Dmitri Peskov a opposé deux équipes.") == []


def test_pas_question_denies():
    text = "Pour Dmitri Peskov, pas question de parler d'un refus."
    assert stance_of(text, "dmitri-peskov") == "denies"


def test_reproach_and_criticism_suspect():
    assert stance_of("Dmitri Peskov reproche à la police de manquer de recul.", "dmitri-peskov") == "suspects"
    assert stance_of("Dmitri Peskov a critiqué le gouvernement.", "dmitri-peskov") == "suspects"


def test_a_suspicion_in_the_first_person_inside_the_content_suspects():
    text = "« Je reproche à la police de manquer de hauteur », a déclaré Dmitri Peskov."
    assert stance_of(text, "dmitri-peskov") == "suspects"
    # someone else's reproach, reported: the report asserts
    text = "« Le ministre reproche à la police de manquer de hauteur », a déclaré Dmitri Peskov."
    assert stance_of(text, "dmitri-peskov") == "asserts"


def test_attaquer_in_an_incise_suspects_and_elsewhere_reports_nothing():
    text = "« La police manque de hauteur », avait attaqué Dmitri Peskov."
    assert stance_of(text, "dmitri-peskov") == "suspects"
    assert read("Les rebelles ont attaqué la ville de Goma.") == []


def test_a_past_infinitive_a_cue_reports_is_part_of_that_report():
    text = "Dmitri Peskov a démenti ce mardi « catégoriquement » avoir critiqué le travail du Kremlin."
    found = read(text)
    assert [(s.cue, s.stance) for s in found] == [("a démenti", "denies")]
    # after "après", a report of its own
    text = "Dmitri Peskov est parti après avoir réfuté l'affirmation selon laquelle Moscou ment."
    assert [s.cue for s in read(text)] == ["avoir réfuté"]


def test_a_cue_under_venir_continuer_cesser_is_the_subjects_report():
    text = "Dmitri Peskov vient d'annoncer que les écoles rouvriront."
    assert stance_of(text, "dmitri-peskov") == "asserts"
    text = "Dmitri Peskov ne cesse de répéter que tout va bien."
    assert stance_of(text, "dmitri-peskov") == "asserts"
    # "venir de" with no cue reports nothing
    assert read("Dmitri Peskov vient de partir pour Pékin.") == []


def test_speakers_joined_by_ni_who_did_not_speak_report_nothing():
    found = read("Ni Dmitri Peskov ni son adjoint ne se sont exprimés face à la presse.")
    assert [s.actor_text for s in found if s.actor_text] == []


def test_being_indignant_at_reports_denies_them():
    text = "Dmitri Peskov s'indigne des propos qu'il qualifie d'insultants."
    found = [s for s in read(text) if s.cue != "qualifie"]
    assert [(s.actor.slug, s.stance) for s in found] == [("dmitri-peskov", "denies")]
    # indignant at something other than a report: no denial
    assert stance_of("Dmitri Peskov s'indigne de la fermeture de l'école.", "dmitri-peskov") == "asserts"
