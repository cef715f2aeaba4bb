"""Headlines: never fail for want of one; a cut first sentence reads whole."""

import pytest

from claims.intake.headline import TITLE_LENGTH, first_sentence, shorten
from claims.intake.text import parse_text


@pytest.mark.parametrize(
    "paragraph, sentence",
    [
        ("Moscou nie. Kiev confirme.", "Moscou nie"),
        ("M. Dupont a parlé. Il a tout dit.", "M. Dupont a parlé"),
        ("Mme Borne et le Dr Martin sont venus. Ensuite rien.", "Mme Borne et le Dr Martin sont venus"),
        (
            "Les ministres proches de J. Aoun démissionnent. Puis le reste.",
            "Les ministres proches de J. Aoun démissionnent",
        ),
        ("« C’est fini. Nous partons », a-t-il dit. La suite.", "« C’est fini. Nous partons », a-t-il dit"),
        ("Une seule phrase sans point final", "Une seule phrase sans point final"),
        ("Est-ce la fin ? Personne ne le sait.", "Est-ce la fin ?"),
    ],
)
def test_the_first_sentence_ends_at_a_real_full_stop(paragraph, sentence):
    assert first_sentence(paragraph) == sentence


def test_a_short_title_is_kept_whole():
    assert shorten("Moscou et Pyongyang signent un accord") == "Moscou et Pyongyang signent un accord"


def test_a_long_sentence_is_cut_at_a_word_boundary_with_an_ellipsis():
    sentence = "Le gouvernement fédéral a présenté mardi un budget " + "très ambitieux " * 10

    title = shorten(sentence)

    assert len(title) <= TITLE_LENGTH
    assert title.endswith("…")
    assert sentence.startswith(title[:-1]) and sentence[len(title) - 1] == " "


def test_a_cut_never_strands_an_abbreviation():
    sentence = (
        "Interrogé par la chaîne TF1 sur la réforme des retraites et sur le calendrier parlementaire, "
        + ("M. Macron a répondu longuement à une question de la chaîne")
    )

    title = shorten(sentence)

    assert not title.removesuffix("…").endswith((" M", " M."))
    assert len(title) <= TITLE_LENGTH


@pytest.mark.parametrize("word", ["Mme", "Dr", "J."])
def test_a_cut_never_ends_on_a_title_or_an_initial(word):
    sentence = (
        "x" * 100 + f" {word} Dupont a répondu à toutes les questions posées par les journalistes présents"
    )

    assert not shorten(sentence).removesuffix("…").endswith(word)


def test_a_cut_never_falls_inside_a_quotation():
    sentence = (
        "Le ministre a estimé que « la réforme des retraites est indispensable pour l’équilibre du système "
        "et qu’elle sera menée à son terme quoi qu’il arrive », mardi à l’Assemblée"
    )

    title = shorten(sentence)

    assert title.count("«") == title.count("»")
    assert title == "Le ministre a estimé…"


def test_a_cut_never_ends_on_a_dangling_little_word():
    sentence = "La Suisse a célébré, dimanche et hier, sa fête nationale avec force feux d’artifice, " + (
        "discours, grillades et moments de convivialité"
    )

    assert (
        shorten(sentence)
        == "La Suisse a célébré, dimanche et hier, sa fête nationale avec force feux d’artifice, "
        "discours, grillades et moments…"
    )


@pytest.mark.parametrize(
    "opening",
    [
        "Aller au contenu principal\nActiver le contraste adaptéDésactiver le contraste adapté\n",
        "Passer au contenu principal\n",
        "Photo prise à Kiev le 3 mars. © Sergueï Supinsky / AFP\n",
        "Partager:\n",
        "0 commentaire\nSignaler le commentaire\nFermer\n",
        "Début du contenu principal.\nInternational\n",
    ],
)
def test_page_furniture_above_the_article_never_becomes_the_headline(opening):
    page = parse_text(opening + "\nLe vrai titre de l’article\n\nLe texte.\n")

    assert page.title == "Le vrai titre de l’article"
    assert page.body == "Le texte."


def test_a_page_opening_on_a_long_caption_is_named_by_its_first_article_sentence():
    caption = (
        "Des manifestants défilent à Paris contre la réforme des retraites, le 7 mars 2023, " * 3
        + "(Photo: AFP)"
    )
    page = parse_text(
        caption + "\n\nLes syndicats ont réuni des centaines de milliers de personnes. La suite.\n"
    )

    assert page.title == "Les syndicats ont réuni des centaines de milliers de personnes"
    assert page.title_source == "first sentence"
    assert page.body.startswith("Les syndicats ont réuni")
