"""The shapes of a source's mention: names whole with their particles, without the time after
them, without the title before them; relatives, possessives and things that are no speakers.
Sentences written for the tests."""

from claims.extraction import suggest
from claims.extraction.resolve import TableResolver
from claims.extraction.suggest import Reader


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


def test_a_capitalised_adjective_of_a_title_is_no_name():
    # "Premier" of "le Premier ministre" is capitalised but describes the title
    found = read(
        "Contrairement à ce qu'a affirmé le Premier ministre gabonais Paul Ondo Mba, rien n'est signé."
    )
    assert written(found) == ["Paul Ondo Mba"]
    found = read("« Rien n'est signé », a déclaré le Premier ministre.")
    assert written(found) == ["le Premier ministre"]


def test_a_complement_after_the_title_is_no_name():
    # "sur Radio Nord" is where he spoke, not who he is
    found = read("« Nous tiendrons », a déclaré le ministre sur Radio Nord.")
    assert written(found) == ["le ministre"]
    # an honorific is not a title to drop
    found = read("Depuis lors, a déclaré M. Durand, les prix ont baissé.")
    assert written(found) == ["M. Durand"]


# -- subjects that are things --------------------------------------------------------------------


def test_a_thing_done_by_an_agent_speaks_through_the_agent():
    found = read(
        "Des analyses menées par l'Institut national de la santé et de la recherche ont confirmé "
        "que l'eau était polluée."
    )
    assert written(found) == ["l'Institut national de la santé et de la recherche"]
    assert found[0].quote.startswith("Des analyses")


def test_a_speaker_described_between_commas_keeps_speaking():
    # "appelés par les voisins" describes the speakers; the neighbours said nothing
    found = read("Les pompiers, appelés par les voisins, ont affirmé que le feu était éteint.")
    assert written(found) == ["Les pompiers"]


def parsed(words, heads, deps, pos):
    """A parse as the parser may get it wrong, built by hand."""
    from spacy.tokens import Doc

    from claims.extraction.suggest import load_pipeline

    return Doc(load_pipeline().vocab, words=words, heads=heads, deps=deps, pos=pos)


# "Comme le gel des salaires, Marie Lenoir admet que tout va bien.": "gel" taken for the subject,
# "Marie Lenoir" for an apposition to "salaires"
FRONTED = (
    [
        "Comme",
        "le",
        "gel",
        "des",
        "salaires",
        ",",
        "Marie",
        "Lenoir",
        "admet",
        "que",
        "tout",
        "va",
        "bien",
        ".",
    ],
    [2, 2, 8, 4, 2, 8, 4, 6, 8, 11, 11, 8, 11, 8],
    [
        "case",
        "det",
        "nsubj",
        "case",
        "nmod",
        "punct",
        "appos",
        "flat:name",
        "ROOT",
        "mark",
        "nsubj",
        "ccomp",
        "advmod",
        "punct",
    ],
    [
        "ADP",
        "DET",
        "NOUN",
        "ADP",
        "NOUN",
        "PUNCT",
        "PROPN",
        "PROPN",
        "VERB",
        "SCONJ",
        "PRON",
        "VERB",
        "ADV",
        "PUNCT",
    ],
)


def test_the_name_before_the_verb_wins_over_a_fronted_phrase():
    doc = parsed(*FRONTED)
    reader = Reader(doc.text, TableResolver({}))
    assert reader._speaker_inside(doc[2], doc[8]).text == "Marie"


def test_a_subject_naming_a_speaker_keeps_the_verb():
    words, heads, deps, pos = FRONTED
    words = ["Selon", "le", "maire"] + words[3:]
    doc = parsed(words, heads, ["case"] + deps[1:], pos)
    reader = Reader(doc.text, TableResolver({}))
    # "le maire" names a speaker, but "Selon" makes it a complement: the name still wins
    assert reader._speaker_inside(doc[2], doc[8]).text == "Marie"
    words = ["Hier", "le", "maire"] + FRONTED[0][3:]
    doc = parsed(words, heads, ["advmod"] + deps[1:], ["ADV"] + pos[1:])
    reader = Reader(doc.text, TableResolver({}))
    assert reader._speaker_inside(doc[2], doc[8]).text == "maire"
    found = read("Le maire, en accord avec Paul Dubois, affirme que les comptes sont justes.")
    assert written(found) == ["Le maire"]


# -- incises -------------------------------------------------------------------------------------


def test_no_incise_after_a_comma_without_a_clause_before_it():
    # what precedes the comma is the subject and its appositions: "le flou" is the object
    found = read(
        "Plus tôt, Me Claire Dubois, avocate de Paul Martin (10 ans requis), plaidant la relaxe, "
        "avait dénoncé le flou du dossier."
    )
    assert "le flou du dossier" not in written(found)
    # a clause before the comma: the noun phrase after the verb is its inverted subject
    found = read("Le prix du pain va baisser, a assuré le ministre.")
    assert written(found) == ["le ministre"]


def test_attaquer_reports_a_quotation_only():
    found = read(
        '"Je reproche à la police son manque de recul", avait attaqué Me Luc Perrin, conseil de '
        "Jean Roux. Il a plaidé la relaxe."
    )
    assert written(found) == ["Me Luc Perrin", "Me Luc Perrin"]
    assert read("La police a attaqué le camp des manifestants au petit matin.") == []


# -- relatives and possessives -------------------------------------------------------------------


def test_a_relative_takes_its_antecedent_and_a_cleft_is_no_name():
    found = read(
        "C'est Paul Martin, adjoint au maire et conseiller départemental, qui affirme que le budget est faux."
    )
    assert written(found) == ["Paul Martin"]
    assert "qui" not in written(read("C'est une rumeur qui affirme que le budget est faux."))


def test_assurer_with_a_plain_noun_object_is_no_report():
    assert (
        read("C'est Paul Martin, vice-président du conseil, qui assure l'intérim jusqu'à l'élection.") == []
    )
    found = read("Paul Martin, vice-président du conseil, assure que l'intérim sera court.")
    assert written(found) == ["Paul Martin"]


class Person:
    slug, kind = "paul-martin", "person"


def test_a_possessive_before_a_noun_naming_no_speaker_is_its_possessor():
    resolver = TableResolver({"paul martin": Person()})
    found = suggest(
        "Paul Martin est arrivé au conseil. Selon ses calculs, le budget sera équilibré.", resolver=resolver
    )
    assert [getattr(s.actor, "slug", None) for s in found] == ["paul-martin"]
    assert found[0].actor_text == "Paul Martin"
    # the report of the same sentence gives the possessor first
    found = read("Le club a confirmé l'information, assurant que selon ses vérifications tout est en ordre.")
    assert set(written(found)) == {"Le club"}


def test_a_possessive_before_a_speaker_is_that_speaker():
    found = read("Selon son avocat, le maire va démissionner.")
    assert written(found) == ["son avocat"]


def test_a_relative_on_what_is_said_belongs_to_the_speaker_before_qui():
    found = read(
        "Le maire réfute la version officielle de la préfecture qui avait annoncé hier sa démission."
    )
    assert written(found) == ["Le maire", "la préfecture"]
    # inside a "que" clause, the relative stays part of the report
    found = read("Le maire affirme que la préfecture, qui avait annoncé sa démission, s'est trompée.")
    assert written(found) == ["Le maire"]


# -- incises with an object pronoun; the gender a title gives --------------------------------------


def test_an_incise_may_hold_an_object_pronoun():
    found = read("« Vous avez une heure pour partir », lui aurait dit le président Dubois.")
    assert written(found) == ["Dubois"]
    found = read("« Nous verrons », leur a répondu le maire.")
    assert written(found) == ["le maire"]


def test_the_title_before_a_name_gives_its_gender_to_pronouns():
    found = read(
        "La porte-parole de la préfecture affirme que le maire a démissionné. "
        "« Vous avez une heure », a dit le président Dubois. "
        "Elle a déclaré que la lettre était arrivée."
    )
    assert written(found)[-1] == "La porte-parole de la préfecture"


def test_a_capitalised_time_word_is_a_name():
    from claims.extraction.suggest import _without_trailing_time

    def cut(mention):
        return mention[slice(*_without_trailing_time(mention, 0, len(mention)))]

    assert cut("le quotidien Le Soir") == "le quotidien Le Soir"
    assert cut("Barbera mardi soir") == "Barbera"
    assert cut("le ministre le 3 mai 2023") == "le ministre"


def test_a_hyphenated_role_is_kept_whole_and_is_not_another_holder_of_its_first_word():
    found = read(
        "Le ministre Paul Durand a répondu aux critiques. "
        "« Il n’y a pas d’accord », a martelé la ministre-présidente."
    )
    assert [(s.actor_text, s.rule) for s in found][-1] == ("la ministre-présidente", "incise")
    assert found[-1].quote.endswith("a martelé la ministre-présidente")


# -- compound and newsroom titles, mistyped quotation marks -----------------------------------------


def test_a_compound_title_refers_to_the_person_it_described():
    text = (
        "La ministre-présidente de la Région, Anne Morel, a confirmé sa confiance en son ministre. "
        "« Il n'y a pas d'accord politique sur ce poste », a martelé la ministre-présidente."
    )
    assert written(read(text)) == ["Anne Morel", "Anne Morel"]


def test_a_title_of_sport_or_culture_refers_to_the_person_named_before():
    text = (
        "Paul Girard a estimé que son équipe progresse. « Nous avons manqué de réalisme », "
        "a déclaré le technicien français."
    )
    assert written(read(text)) == ["Paul Girard", "Paul Girard"]


def test_a_closing_mark_typed_as_an_opening_one_still_closes_the_quotation():
    text = (
        "“Je le dis avec fermeté : aucune critique ne justifie cela. C'est inacceptable“, "
        "a insisté Mme Morel."
    )
    found = read(text)
    assert [(s.actor_text, s.rule, s.stance) for s in found] == [("Mme Morel", "incise", "denies")]
    assert found[0].quote == text[found[0].start : found[0].end]
    assert found[0].quote.startswith("“Je le dis")


def test_an_incise_with_faire_valoir_names_its_source():
    text = "« La seule opinion d'une ministre ne suffit pas », a fait valoir Mme Morel."
    assert [(s.actor_text, s.cue) for s in read(text)] == [("Mme Morel", "a fait valoir")]


def test_a_name_after_a_title_with_par_interim_and_an_acronym_is_the_source():
    text = "« C'est décevant », a dit le chef par intérim du Parti libéral du Nord (PLN), Marc Durand."
    assert written(read(text)) == ["Marc Durand"]


def test_a_quotation_after_a_full_stop_is_a_sentence_of_its_own():
    text = (
        "Anne Morel a confirmé qu'elle restait. « De toute évidence, Paul Martin est gêné », "
        "a dit le chef de l'opposition, Marc Durand."
    )
    found = read(text)
    assert written(found) == ["Anne Morel", "Marc Durand"]
    assert found[0].quote == "Anne Morel a confirmé qu'elle restait"


def test_a_hyphen_inside_a_word_is_no_particle_of_the_name():
    # "Al-Baba" keeps its particle; "teur-" of "Mateur-Nord" is no particle
    assert written(read("« Rien ne change », a dit Nour Al-Baba.")) == ["Nour Al-Baba"]
    found = read("Dans un communiqué, la ville de Mateur-Nord, estime que la décision était une surprise.")
    assert all("teur-Nord" != s.actor_text for s in found)


def test_a_party_in_brackets_after_a_name_is_not_the_source():
    text = "Hier, Paul Martin (CD&V) annonçait son intention de donner des amendes au personnel."
    assert written(read(text)) == ["Paul Martin"]


def test_a_name_after_a_long_title_after_selon_is_the_source():
    text = (
        "Selon le ministre béninois en charge du cadre de vie et du développement humain José "
        "Tonato, les travaux vont commencer."
    )
    assert written(read(text)) == ["José Tonato"]
