"""The engine on the failure classes of unseen articles: single quotes, role nouns, documents,
denials carried by a phrase, incise-only verbs. Sentences written for the tests; no database."""

from claims.extraction import suggest
from claims.extraction.resolve import TableResolver, variants
from claims.text import name_key


class Actor:
    def __init__(self, slug, kind):
        self.slug, self.kind = slug, kind

    def __repr__(self):
        return self.slug


ACTORS = {
    ("gouvernement-russe", "government"): ["Gouvernement russe", "Moscou", "le Kremlin"],
    ("dmitri-peskov", "person"): ["Dmitri Peskov", "Peskov"],
    ("amnesty-international", "organisation"): ["Amnesty International"],
    ("ministere-tchadien-de-la-securite", "government"): ["le ministre de la Sécurité publique"],
    ("gouvernement-guineen", "government"): ["l’Etat guinéen"],
}


def read(text):
    table = {}
    for (slug, kind), names in ACTORS.items():
        actor = Actor(slug, kind)
        for name in names:
            table[name_key(name)] = actor
    return suggest(text, resolver=TableResolver(table))


def described(found):
    return [(getattr(s.actor, "slug", None) or s.actor_text, s.stance) for s in found]


# -- quotation marks ---------------------------------------------------------------------------------


def test_speech_in_single_curly_quotes_is_attributed_through_its_incise():
    found = read("‘Les négociations avancent bien’, a déclaré Dmitri Peskov.")
    assert described(found) == [("dmitri-peskov", "asserts")]
    assert found[0].quote.startswith("‘Les négociations")


def test_an_apostrophe_inside_single_quotes_does_not_close_them():
    found = read("‘L’accord n’est pas prêt, c’est l’évidence’, a indiqué Dmitri Peskov.")
    assert described(found) == [("dmitri-peskov", "denies")]


def test_speech_quoted_in_straight_single_quotes_inside_a_quotation_stays_the_speakers():
    found = read(
        "\"Le journal a écrit 'le Kremlin affirme que la réunion a eu lieu'. C'est faux\", "
        "a expliqué Dmitri Peskov."
    )
    assert described(found) == [("dmitri-peskov", "denies")]


# -- role nouns --------------------------------------------------------------------------------------


def test_a_role_noun_is_the_last_person_who_spoke():
    found = read(
        "Dmitri Peskov a déclaré que la visite aurait lieu en septembre. "
        "Le porte-parole a ajouté que le programme était en préparation."
    )
    assert described(found) == [("dmitri-peskov", "asserts"), ("dmitri-peskov", "asserts")]


def test_a_role_noun_of_a_body_is_the_last_body_that_spoke_not_a_person():
    found = read(
        "Le Kremlin a annoncé la visite. Dmitri Peskov a confirmé la date. "
        "Le gouvernement a ajouté que le programme était prêt."
    )
    assert [slug for slug, _stance in described(found)] == [
        "gouvernement-russe",
        "dmitri-peskov",
        "gouvernement-russe",
    ]


def test_a_role_noun_nobody_named_is_proposed_as_a_new_person():
    (found,) = read("\"L'initiative revient d'abord aux Africains\", a déclaré le ministre sur i-Télé.")
    assert (found.actor, found.actor_text, found.proposed_kind) == (None, "le ministre", "person")


def test_a_bare_title_takes_the_actor_its_fuller_description_names_later():
    found = read(
        "Le ministre évoque des informations sans fondement. "
        "Le ministre de la Sécurité publique a ajouté que la situation était calme."
    )
    assert [slug for slug, _stance in described(found)] == ["ministere-tchadien-de-la-securite"] * 2
    assert found[0].stance == "denies"


def test_a_title_with_two_complements_is_one_source():
    (found,) = read("Le ministre de la Sécurité publique et de l'Immigration a affirmé que le calme régnait.")
    assert found.actor_text == "Le ministre de la Sécurité publique et de l'Immigration"


def test_pour_a_body_opening_a_sentence_attributes_it():
    found = read(
        "L’Etat guinéen estime que les enquêtes sont partiales. "
        "Pour le gouvernement, les deux ONG violent ses droits."
    )
    assert [slug for slug, _stance in described(found)] == ["gouvernement-guineen"] * 2


def test_pour_la_premiere_fois_is_no_source():
    assert read("Pour la première fois, les deux ONG ont publié un rapport commun.") == []


# -- documents ---------------------------------------------------------------------------------------


def test_a_document_speaks_for_the_issuer_it_names():
    found = read('"La situation est sous contrôle", peut-on lire dans un communiqué du Kremlin.')
    assert described(found) == [("gouvernement-russe", "asserts")]


def test_a_document_with_no_issuer_named_is_the_source_as_written():
    (found,) = read(
        "‘Nous avons pris connaissance du rapport avec stupéfaction’, "
        "peut-on lire dans un communiqué officiel."
    )
    assert (found.actor, found.actor_text, found.rule) == (None, "un communiqué officiel", "document")


def test_a_document_before_anyone_spoke_is_the_body_last_named():
    found = read(
        "L’ONG Amnesty International a rendu public son rapport lundi. "
        "Ce document accuse les forces de sécurité d’homicides illégaux."
    )
    assert described(found) == [("amnesty-international", "suspects")]


# -- stance ------------------------------------------------------------------------------------------


def test_light_verb_denials_deny():
    found = read("Le Kremlin a apporté un démenti formel. Dmitri Peskov a décliné toute responsabilité.")
    assert described(found) == [("gouvernement-russe", "denies"), ("dmitri-peskov", "denies")]


def test_calling_a_report_a_lie_denies_it():
    found = read(
        "\"C'est un honteux mensonge, les journalistes racontent n'importe quoi\", a réagi le Kremlin."
    )
    assert described(found) == [("gouvernement-russe", "denies")]


def test_an_incise_only_verb_outside_an_incise_is_no_report():
    assert read("Le Kremlin a vivement réagi à ces accusations lundi.") == []


# -- names -------------------------------------------------------------------------------------------


def test_the_name_after_a_common_noun_title_is_looked_up():
    assert "Amnesty International" in variants("L’ONG Amnesty International")


# -- quotations announced by a colon -----------------------------------------------------------------


def test_a_quotation_after_a_name_and_a_colon_is_that_persons():
    (found,) = read(
        "Nous avons interrogé Marie Dupuis, déléguée syndicale à Lyon : « Nous ne reculerons jamais. »"
    )
    assert (found.actor_text, found.stance, found.rule) == ("Marie Dupuis", "denies", "colon")
    assert found.quote.endswith("»")


def test_a_quotation_after_a_report_and_a_colon_extends_the_report():
    (found,) = read(
        "Dmitri Peskov a demandé le retrait du texte : « Il faut revenir à la table des négociations. »"
    )
    assert found.actor.slug == "dmitri-peskov"
    assert found.quote.endswith("négociations. »")


def test_a_quotation_after_a_colon_with_no_person_named_is_not_given_to_a_place():
    found = read("En se rendant à Moscou, il envoie un message à l’Occident : « je fais ce que je veux ».")
    assert all(s.rule != "colon" for s in found)


def test_a_date_between_an_incise_verb_and_its_source_is_skipped():
    (found,) = read('"La visite aura lieu en septembre", a déclaré ce jeudi 9 mars Dmitri Peskov.')
    assert found.actor.slug == "dmitri-peskov"


def test_a_media_title_is_the_outlet_last_named():
    ACTORS[("le-monde", "media")] = ["Le Monde"]
    try:
        found = read(
            "L'information a été publiée dans Le Monde. Dmitri Peskov l'a démentie. "
            "Selon l'hebdomadaire, la rencontre a bien eu lieu."
        )
    finally:
        del ACTORS[("le-monde", "media")]
    assert [slug for slug, _stance in described(found)] == ["dmitri-peskov", "le-monde"]
