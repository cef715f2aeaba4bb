"""Who the source is: plausible speakers, names as parts of one actor's name, the title as
context, the parser's subject errors. Sentences written for the tests."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims.extraction import suggest
from claims.extraction.resolve import Resolver, part_of
from claims.extraction.speakers import plausible
from claims.extraction.suggest import _open_quotations
from tests.conftest import make_actor

from .extraction_actors import resolver_for

ACTORS = {
    ("dmitri-peskov", "person"): ["Dmitri Peskov"],
    ("gouvernement-russe", "government"): ["Gouvernement russe", "le Kremlin"],
    ("eric-dupond-moretti", "person"): ["Éric Dupond-Moretti"],
    ("kv-courtrai", "organisation"): ["KV Courtrai", "Courtrai"],
    ("royal-antwerp-fc", "organisation"): ["Royal Antwerp FC", "le Great Old"],
    ("blast", "media"): ["Blast"],
    ("presidence-francaise", "government"): ["Présidence de la République", "l'Élysée"],
    ("banque-de-france", "organisation"): ["Banque de France"],
}


def read(text, title=None, actors=ACTORS):
    return suggest(text, resolver=resolver_for(actors), title=title)


def sources(found):
    return [getattr(s.actor, "slug", None) or s.actor_text for s in found]


# -- plausible speakers ------------------------------------------------------------------------------


def test_nouns_naming_people_or_bodies_are_plausible_speakers_and_others_are_not():
    assert all(map(plausible, ["les syndicats", "le club flandrien", "Rémy Heitz", "nos confrères de Blast"]))
    assert not any(map(plausible, ["L'inflation", "Les propos", "cette question", "Lui succédant", "Un"]))


def test_a_noun_no_lexicon_lists_is_given_the_benefit_of_the_doubt():
    assert plausible("les pompiers") and plausible("le gardien")
    (found,) = read("Les pompiers ont indiqué que le feu était maîtrisé.")
    assert found.actor_text == "Les pompiers"


def test_an_inanimate_subject_is_never_a_pronouns_antecedent():
    found = read(
        "« Les négociations avancent », a déclaré Dmitri Peskov. "
        "L'inflation a pourtant confirmé la tendance. "
        "« Rien n'est décidé », a-t-il ajouté."
    )
    assert sources(found) == ["dmitri-peskov", "dmitri-peskov"]


def test_a_pronoun_with_no_plausible_antecedent_stays_unresolved():
    (found,) = read("L'inflation a confirmé la tendance. « Rien n'est décidé », a-t-il ajouté.")
    assert found.actor is None and found.actor_text == "il"


def test_selon_eux_is_the_plural_phrase_just_before_not_the_last_singular_speaker():
    found = read(
        "L'Élysée a qualifié de fausse l'information de nos confrères de Blast. "
        "Selon eux, le président aurait acheté une voiture de sport."
    )
    assert sources(found) == ["presidence-francaise", "blast"]


# -- names as parts of one actor's name ------------------------------------------------------------


def test_a_name_that_is_part_of_one_actors_name_resolves_to_it():
    (found,) = read("L'Antwerp a démenti jeudi toute mauvaise entente au sein du club.")
    assert (found.actor_text, sources([found])) == ("L'Antwerp", ["royal-antwerp-fc"])


def test_a_name_part_of_two_actors_names_resolves_to_neither():
    actors = dict(ACTORS) | {("port-antwerp", "organisation"): ["Port Antwerp Authority"]}
    (found,) = read("L'Antwerp a démenti jeudi toute mauvaise entente au sein du club.", actors=actors)
    assert (found.actor, found.actor_text) == (None, "L'Antwerp")


def test_a_first_word_or_a_complement_is_no_part_of_a_name():
    assert part_of(["antwerp"], "royal antwerp fc")
    assert not part_of(["france"], "banque de france")
    assert not part_of(["france"], "france football")
    assert not part_of(["securite"], "ministere de la securite publique")
    assert not part_of(["royal", "antwerp", "fc"], "royal antwerp fc")


def test_a_nickname_in_quotation_marks_is_written_whole_and_resolved_without_its_marks():
    (found,) = read("« Nous gagnerons encore », prévient le 'Great Old' dans un communiqué.")
    assert (found.actor_text, sources([found])) == ("le 'Great Old'", ["royal-antwerp-fc"])


@pytest.mark.django_db
def test_the_database_is_asked_once_per_article_for_name_parts():
    club = make_actor("Royal Antwerp FC", slug="royal-antwerp-fc", kind="organisation")
    make_actor("Banque de France", slug="banque-de-france", kind="organisation")
    with CaptureQueriesContext(connection) as queries:
        found = Resolver().by_parts({"L'Antwerp", "Antwerp", "la France", "le ministre"})
    assert found == {"L'Antwerp": club, "Antwerp": club}
    assert len(queries.captured_queries) == 2  # the names and aliases with those words, the actor


@pytest.mark.django_db
def test_the_database_resolves_no_name_part_shared_by_two_actors():
    make_actor("Royal Antwerp FC", slug="royal-antwerp-fc", kind="organisation")
    make_actor("Port Antwerp Authority", slug="port-antwerp", kind="organisation")
    assert Resolver().by_parts({"L'Antwerp"}) == {}


def test_no_name_to_look_for_costs_no_query():
    assert Resolver(lookup=lambda text: None).by_parts({"le ministre", "les syndicats"}) == {}


# -- the title as context ----------------------------------------------------------------------------


def test_a_role_no_one_in_the_body_holds_is_the_person_the_title_names():
    body = "Le ministre rappelle qu'il n'a pas riposté. « J'entends me défendre dignement », conclut-il."
    found = read(body, title="Procès d'Éric Dupond-Moretti : « ce procès est une infamie »")
    assert sources(found) == ["eric-dupond-moretti", "eric-dupond-moretti"]
    assert all(body[s.start : s.end] == s.quote for s in found)


def test_without_a_title_naming_someone_the_role_stays_a_new_actor():
    found = read("Le ministre rappelle qu'il n'a pas riposté.", title="Un procès inédit")
    assert [(s.actor, s.actor_text) for s in found] == [(None, "Le ministre")]


def test_a_body_role_no_one_holds_is_the_body_the_title_names():
    (found,) = read(
        "« Nous avons appris ce départ avec étonnement », a écrit le club flandrien dans un communiqué.",
        title="Pro League : Courtrai dément un éventuel départ de son entraîneur",
    )
    assert sources([found]) == ["kv-courtrai"]


def test_nothing_is_proposed_in_the_title_itself():
    assert read("Le temps était beau.", title="Le Kremlin dément tout accord avec Pyongyang") == []


def test_an_ordinal_description_is_the_body_last_named():
    found = read(
        "L'Antwerp a démenti jeudi toute mauvaise entente. "
        "« Le respect est mutuel », a indiqué le troisième de la Jupiler Pro League."
    )
    assert sources(found) == ["royal-antwerp-fc", "royal-antwerp-fc"]


# -- the parser's subject errors ---------------------------------------------------------------------


def test_a_participle_opening_the_sentence_is_not_the_subject():
    (found,) = read(
        "Lui succédant après cette première prise de parole, Rémy Heitz, procureur général, "
        "rappelle la gravité de l'affaire."
    )
    assert found.actor_text == "Rémy Heitz"


def test_a_relative_after_an_apposition_is_the_person_described():
    (found,) = read(
        "De quoi faire réagir Me Laffont, l'un des conseils du ministre, qui a dénoncé un réquisitoire."
    )
    assert found.actor_text == "Me Laffont"


def test_a_relative_agrees_with_its_antecedent():
    (found,) = read("Le succès renforce la détermination des syndicats qui évoquent un blocage du pays.")
    assert found.actor_text == "syndicats"


def test_a_subject_naming_no_speaker_gives_no_source():
    assert read("Les propos prêtés à l'avocat ont démenti la rumeur.") == []


def test_a_denial_participle_with_its_agent_is_the_agents_denial():
    (found,) = read("Le journal parle d'un achat, une information démentie par l'Élysée.")
    assert (sources([found]), found.stance, found.quote) == (
        ["presidence-francaise"],
        "denies",
        "une information démentie par l'Élysée",
    )


def test_a_relay_participle_is_no_report():
    assert read("Ce sont des propos rapportés par Blast.") == []


def test_on_speaks_for_the_body_the_sentence_opens_with():
    (found,) = read("Du côté de l'Élysée, on dément formellement la possibilité d'un soutien.")
    assert (sources([found]), found.stance) == (["presidence-francaise"], "denies")


def test_on_alone_is_the_outlets_voice():
    found = read("On dément formellement la possibilité d'un soutien.")
    assert all(s.actor is None and not s.actor_text for s in found)


def test_tenir_a_preciser_is_the_subjects_report():
    (found,) = read("Le Kremlin a tenu à préciser que la réunion était annulée.")
    assert sources([found]) == ["gouvernement-russe"]


def test_an_incise_after_a_quotation_reports_it_even_under_a_quoted_cue():
    found = read(
        "Le porte-parole rappelle qu'il maintient sa confiance à l'entraîneur\", a indiqué le Kremlin."
    )
    assert "gouvernement-russe" in sources(found)


def test_a_long_description_does_not_take_the_titles_person():
    (found,) = read(
        "Le ministre chinois des Affaires étrangères a déclaré que la visite était utile.",
        title="Éric Dupond-Moretti en visite à Pékin",
    )
    assert (found.actor, found.actor_text) == (None, "Le ministre chinois des Affaires étrangères")


# -- quotations left open ----------------------------------------------------------------------------


def test_a_quotation_left_open_at_the_paragraphs_end_is_the_speakers_named_before_the_colon():
    found = read(
        "La grève reste l'arme la plus efficace pour Rachid Bouadma : « On en est à notre dixième "
        "manifestation. Je rappelle aussi que dans quatre ans, il y aura d'autres élections.\n\n"
        "Le cortège s'est dispersé."
    )
    assert [(s.actor_text, s.rule) for s in found] == [("Rachid Bouadma", "colon")]


def test_a_mistyped_closing_mark_opens_no_quotation():
    text = "Il a dit : « Ce sont nos voisins «, a déclaré lundi Dmitri Peskov.\nFin : « Il reste"
    assert _open_quotations(text) == [(text.rindex("«") + 1, len(text))]


def test_a_present_participle_describing_a_speaker_is_its_report():
    (found,) = read("Le club a réagi à un article de Blast indiquant que l'entraîneur partirait.")
    assert (sources([found]), found.quote) == (["blast"], "indiquant que l'entraîneur partirait")


def test_a_present_participle_describing_a_thing_is_no_report():
    found = read("Plusieurs médias annoncent son départ à l'issue de la saison affirmant qu'il part.")
    assert "l'issue de la saison" not in [s.actor_text for s in found]


# -- pronouns agree ----------------------------------------------------------------------------------


def test_elle_skips_a_masculine_speaker_for_the_one_before():
    found = read(
        "Mme Dupuis a déclaré que la grève continuerait. Le ministre a répondu que la loi était votée. "
        "« Nous irons jusqu'au bout », a-t-elle ajouté."
    )
    assert [s.actor_text for s in found] == ["Mme Dupuis", "Le ministre", "Mme Dupuis"]


def test_a_pronoun_with_no_speaker_of_its_gender_takes_the_last_speaker():
    found = read(
        "Le ministre a répondu que la loi était votée. « Nous irons jusqu'au bout », a-t-elle ajouté."
    )
    assert [s.actor_text for s in found] == ["Le ministre", "Le ministre"]


def test_a_subject_pronoun_is_its_own_mention_whatever_the_parser_hangs_on_it():
    found = read("« Les négociations avancent », a déclaré Dmitri Peskov. Il dément toute tension.")
    assert sources(found) == ["dmitri-peskov", "dmitri-peskov"]


def test_a_pronoun_before_anyone_spoke_is_the_person_last_named():
    actors = dict(ACTORS) | {("emmanuel-macron", "person"): ["Emmanuel Macron"]}
    found = read(
        "Emmanuel Macron a reçu mardi les syndicats. Selon lui, la réforme est indispensable. "
        "Dmitri Peskov a confirmé la rencontre.",
        actors=actors,
    )
    assert sources(found) == ["emmanuel-macron", "dmitri-peskov"]


def test_ils_is_the_plural_subject_just_before_even_when_it_did_not_speak():
    found = read(
        "Dmitri Peskov a confirmé la réunion. Les syndicats ont quitté la salle. "
        "Ils estiment que le gouvernement n'écoute pas."
    )
    assert [s.actor_text for s in found] == ["Dmitri Peskov", "Les syndicats"]


# -- a title and its name ----------------------------------------------------------------------------


def test_a_name_right_after_a_title_is_the_source_and_the_title_its_description():
    found = read(
        "Le président ukrainien Volodymyr Zelensky a dénoncé un crime de guerre. "
        "Le président ukrainien a ajouté que l'enquête commençait."
    )
    assert [s.actor_text for s in found] == ["Volodymyr Zelensky", "Volodymyr Zelensky"]
    assert found[0].quote.startswith("Le président ukrainien Volodymyr Zelensky a dénoncé")


def test_an_incise_title_with_its_name_after_a_comma_gives_the_name():
    (found,) = read("« Nous restons prudents », a indiqué le commissaire à l'Économie, Paolo Gentiloni.")
    assert found.actor_text == "Paolo Gentiloni"


def test_l_un_d_eux_is_a_source():
    (found,) = read("Les supporters restent prudents : « On attend de voir », confie l'un d'eux.")
    assert found.actor_text == "l'un d'eux"


def test_l_un_d_eux_followed_by_a_name_is_the_name():
    (found,) = read("« La croissance va ralentir », prévient l'un d'eux, Ludovic Subran, chef économiste.")
    assert found.actor_text == "Ludovic Subran"


# -- a pronoun and the person its own sentence names ----------------------------------------------


def test_a_pronoun_incise_takes_the_person_its_sentence_names_before_the_quotation():
    text = (
        "Marie Durand a déclaré que le projet avance. Son collègue Paul Martin en a rajouté une "
        "couche : un « projet solide, utile, attendu », a-t-il soutenu."
    )
    found = read(text)
    assert [s.actor_text for s in found] == ["Marie Durand", "Paul Martin"]


def test_a_name_inside_what_is_reported_is_not_the_pronoun():
    # no quotation between them: "Jean Dupont" is part of what "il" says
    text = "Paul Martin a déclaré que le projet avance. Jean Dupont n'a rien fait, a-t-il affirmé."
    found = read(text)
    assert [s.actor_text for s in found] == ["Paul Martin", "Paul Martin"]


def test_a_name_of_the_other_gender_is_not_the_pronoun():
    text = (
        "Paul Martin a déclaré que le projet avance. La ministre Anne Morel a pris la parole : "
        "« un projet solide », a-t-il ajouté."
    )
    found = read(text)
    assert [s.actor_text for s in found][-1] == "Paul Martin"


def test_a_second_participle_shares_the_subject_and_keeps_its_clause():
    # the parser hangs "précisé" and its "que" clause on "déclarations"
    text = (
        "Paul Martin a aussi fait des déclarations en ce sens et précisé qu'il voulait rester au "
        "ministère de l'Intérieur."
    )
    found = read(text)
    assert [(s.actor_text, s.cue) for s in found] == [("Paul Martin", "précisé")]
    assert found[0].quote.endswith("qu'il voulait rester au ministère de l'Intérieur")


# -- evidence published, likeness continuing a report, relatives on a name ------------------------


def test_evidence_a_speaker_publishes_is_its_report():
    text = "Le Kremlin a diffusé des images satellitaires montrant la fourniture d'armes à l'armée."
    found = read(text)
    assert [(sources([s])[0], s.rule, s.cue) for s in found] == [
        ("gouvernement-russe", "evidence", "montrant")
    ]
    assert found[0].quote.startswith("Le Kremlin a diffusé")


def test_evidence_nobody_publishes_reports_nothing():
    assert read("Des images satellitaires montrant des chars circulent sur les réseaux.") == []
    assert read("Le Kremlin a diffusé des chansons montrant son attachement au pays.") == []


def test_a_sentence_opening_on_likeness_continues_the_report_before_it():
    text = (
        "Selon Dmitri Peskov, Kiev peut rendre la paix difficile. De la même manière, Londres peut "
        "compliquer les négociations.\n\nDe la même manière, Paris hésite."
    )
    found = read(text)
    assert [(sources([s])[0], s.rule) for s in found] == [
        ("dmitri-peskov", "selon"),
        ("dmitri-peskov", "continuation"),
    ]


def test_a_relative_on_a_name_after_a_noun_naming_no_speaker_is_the_names():
    text = "Une double menace pour le Kremlin, qui voit d'un bien mauvais œil ce rapprochement."
    found = read(text)
    assert [(sources([s])[0], s.stance) for s in found] == [("gouvernement-russe", "suspects")]
    # a noun naming a speaker keeps the relative: the spokesman speaks, not the Kremlin
    found = read("Le porte-parole du Kremlin, qui a déclaré que tout va bien, est reparti.")
    assert [s.actor_text for s in found] == ["Le porte-parole du Kremlin"]


def test_demands_are_reports_and_maintaining_something_said_is_one():
    found = read(
        "Des éleveurs avaient demandé « des tirs d'abattage ». Le procureur a requis 30 ans de prison."
    )
    assert [(s.actor_text, s.cue) for s in found] == [
        ("Des éleveurs", "avaient demandé"),
        ("Le procureur", "a requis"),
    ]
    found = read("Dmitri Peskov a maintenu durant le point presse que le commissaire avait démissionné.")
    assert [s.cue for s in found] == ["a maintenu"]
    # "maintenir" with a plain object and nothing said is no report
    assert read("Dmitri Peskov a maintenu les prix du gaz.") == []


def test_a_participle_in_brackets_is_a_note_not_a_report():
    text = (
        "« Comment peut-on demander autant dans ce dossier ? », s'est-il insurgé.\n\n"
        "Plus tôt, Me Marylou Diamantara, avocate de Ali Gueffaz (18 ans requis), plaidant la "
        "relaxe, avait dénoncé le marasme du dossier."
    )
    assert "requis" not in [s.cue for s in read(text)]


# -- who a pronoun can be: plural groups, people named without speaking; any verb in an incise ------


def test_a_singular_pronoun_is_not_a_plural_group_that_spoke():
    text = (
        "Tous les partis évoquent un gouvernement désuni. « Il y a un avant et un après », "
        "commente Paul Martin, le président du parti. Selon lui, l'élan initial s'est brisé."
    )
    assert [s.actor_text for s in read(text)] == ["Tous les partis", "Paul Martin", "Paul Martin"]


def test_a_person_named_as_a_subject_is_what_a_following_pronoun_refers_to():
    text = (
        "Les partis jugent le bilan décevant. Anne Morel partage ce sentiment de déception. "
        "Elle critique le découpage des départements."
    )
    assert [s.actor_text for s in read(text)] == ["Les partis", "Anne Morel"]


def test_any_verb_right_after_a_quotation_and_its_comma_with_a_subject_is_an_incise():
    found = read("« On n'est pas loin de syncoper », a échappé Guillaume Lillo.")
    assert [(s.actor_text, s.rule, s.cue) for s in found] == [("Guillaume Lillo", "incise", "a échappé")]
    # the parser hangs "ont" of the quotation on "note", tagged as a noun: a known cue still reads
    found = read("« Ils ont un fonctionnement en vase clos », note Vincent Maitre, député.")
    assert [(s.actor_text, s.rule) for s in found] == [("Vincent Maitre", "incise")]


def test_no_incise_without_a_subject_after_the_verb_or_with_on():
    assert read("« Le Mur », sorti en 2010, a été primé.") == []
    found = read("« Nous démentons », peut-on lire dans un communiqué du Kremlin.")
    assert [s.rule for s in found] == ["document"]


def test_a_pronoun_in_a_relative_clause_is_the_subject_it_hangs_on():
    text = "Le ministre a parlé la veille. La fédération s'indigne des propos qu'elle qualifie d'insultants."
    found = [s for s in read(text) if s.cue == "qualifie"]
    assert [s.actor_text for s in found] == ["La fédération"]


def test_a_cue_the_tagger_took_for_a_noun_after_a_name_is_that_persons_report():
    text = (
        "Anne Morel, une citoyenne qui a participé aux interruptions du conseil municipal, juge de "
        "son côté que ces actions étaient plutôt anodines."
    )
    assert [(s.actor_text, s.cue) for s in read(text)] == [("Anne Morel", "juge")]
    # the noun with its determiner is no cue
    assert read("Anne Morel, la juge du tribunal, a quitté la salle que tout le monde regardait.") == []


def test_a_singular_pronoun_with_no_singular_speaker_is_the_person_last_named():
    text = (
        "Ces personnes estiment que la mairie en fait trop. Parfaite Bahi, conseillère municipale "
        "à Yopougon, par ailleurs présidente des femmes de la fédération des commerçantes, a été "
        "choquée par l'action de la mairie. Elle nous a confié que la mairie n'a envoyé aucun courrier."
    )
    assert [s.actor_text for s in read(text)] == ["Ces personnes", "Parfaite Bahi"]


def test_a_verb_with_an_inverted_pronoun_is_read_as_a_verb_whatever_the_tagger_says():
    text = (
        "Paul Martin a mesuré le glacier. A l'agonie, le glacier sera bientôt divisé par deux, raconte-t-il."
    )
    found = read(text)
    assert [(s.actor_text, s.rule) for s in found] == [("Paul Martin", "incise")]


def test_a_pronoun_incise_takes_the_person_whose_words_its_sentence_names():
    text = (
        "« Il est devant tous les autres », estime Paul Martin. Le jugement de Pierre Vanek, député "
        "de la gauche, est au contraire sans appel : « On assiste au naufrage », explique-t-il."
    )
    assert [s.actor_text for s in read(text)] == ["Paul Martin", "Pierre Vanek"]
    # a noun of a person keeps its own place: the spokesman speaks, not the body he speaks for
    text = (
        "« Il est devant tous les autres », estime Paul Martin. Le porte-parole de Jean Durand a "
        "réagi : « On assiste au naufrage », explique-t-il."
    )
    assert [s.actor_text for s in read(text)][-1] != "Jean Durand"
