"""import_articles: headline, metadata and body of article files, furniture removed, idempotent."""

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from claims.intake.articles import furniture_rule, parse_article
from claims.models import Actor, Article

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))

ARTICLE = """Moscou et Pyongyang signent un accord

Monde

Selon Washington, les négociations progressent.

Moscou nie.
"""


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def run(*paths):
    out, err = StringIO(), StringIO()
    call_command("import_articles", *[str(path) for path in paths], stdout=out, stderr=err)
    return out.getvalue()


def run_failing(*paths):
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError):
        call_command("import_articles", *[str(path) for path in paths], stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_it_creates_an_article_from_headline_and_body(db, tmp_path):
    run(write(tmp_path, "a.txt", ARTICLE))

    article = Article.objects.get()
    assert article.title == "Moscou et Pyongyang signent un accord"
    assert article.slug == "moscou-et-pyongyang-signent-un-accord"
    assert article.source_file == "a.txt"
    assert article.body == "Selon Washington, les négociations progressent.\n\nMoscou nie."
    assert article.language == "fr"


def test_reimporting_a_file_reports_it_unchanged_and_duplicates_nothing(db, tmp_path):
    path = write(tmp_path, "a.txt", ARTICLE)
    run(path)

    output = run(path)

    assert Article.objects.count() == 1
    assert "1 files: 0 created, 0 updated, 1 unchanged, 0 failed" in output


def test_reimporting_an_edited_file_updates_the_same_article(db, tmp_path):
    path = write(tmp_path, "a.txt", ARTICLE)
    run(path)
    write(tmp_path, "a.txt", ARTICLE.replace("Moscou nie.", "Moscou dément."))

    output = run(path)

    article = Article.objects.get()
    assert article.body.endswith("Moscou dément.")
    assert article.version == 2
    assert "1 updated" in output


def test_a_renamed_file_with_the_same_headline_updates_the_article_found_by_slug(db, tmp_path):
    run(write(tmp_path, "a.txt", ARTICLE))

    run(write(tmp_path, "b.txt", ARTICLE))

    assert Article.objects.get().source_file == "b.txt"


def test_dry_run_writes_nothing(db, tmp_path):
    out = StringIO()
    call_command("import_articles", str(write(tmp_path, "a.txt", ARTICLE)), "--dry-run", stdout=out)

    assert Article.objects.count() == 0
    assert "1 created" in out.getvalue()


@pytest.mark.parametrize(
    "line, rule",
    [
        ("Accepter et avancer", "cookie prompt"),
        ("Ce site utilise des cookies pour améliorer votre expérience.", "cookie prompt"),
        ("Choix du centre pour vos notifications d'informations préférées.", "notification prompt"),
        ("Vos choix personnels ont été correctement sauvegardés.", "notification prompt"),
        (
            "Vous vous êtes enregistré pour recevoir des mises à jour en temps réel, quels sujets ?",
            "notification prompt",
        ),
        ("Lire aussi  La Thaïlande va extrader un milliardaire malaisien vers la Chine", "teaser"),
        ("Articles similaires", "teaser"),
        ("Facebook", "share label"),
        ("Partager sur Twitter", "share label"),
        ("Plus", "share label"),
        ("Suivez Sky News sur WhatsApp", "follow prompt"),
        ("Appuyez ici", "follow prompt"),
        ("Laisser un commentaire", "comment form"),
        (
            "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *",
            "comment form",
        ),
        ("This site uses Akismet to reduce spam. Learn how your comment data is processed.", "comment form"),
        ("#visite #Poutine #Corée #Nord", "hashtag line"),
        ("Source link", "source link"),
        ("Retour en haut", "back to top"),
        ("Bouton retour en haut de la page", "back to top"),
        ("ADVERTISEMENT", "advertising"),
        ("Publicité", "advertising"),
        ("2024-06-18 04:56:58", "page metadata"),
        ("1718685806", "page metadata"),
    ],
)
def test_each_kind_of_furniture_line_is_recognised(line, rule):
    assert furniture_rule(line) == rule


@pytest.mark.parametrize(
    "line",
    [
        "Moscou nie.",
        "Les cookies de la cantine de l'ambassade ont été saisis par la douane.",
        "La notification officielle a été transmise à l'ONU mardi.",
        "Plus d'un an et demi après le début de l'invasion, aucune victoire.",
        "  • « Pourquoi pas, ce sont nos voisins », a déclaré Sergueï Choïgou.",
        "Kyiv affirme qu’il existe plusieurs autres exemples.",
    ],
)
def test_article_lines_are_not_mistaken_for_furniture(line):
    assert furniture_rule(line) is None


def test_furniture_lines_are_dropped_and_article_lines_kept_verbatim(db, tmp_path):
    text = (
        "Titre de l'article\n\nPremier paragraphe.\n\nLire aussi  Une autre histoire\n\n"
        "  • Un point, indenté.\n\nFacebook\nTwitter\n\n#un #deux\n\nSource link\n\nRetour en haut\n"
    )
    run(write(tmp_path, "a.txt", text))

    assert Article.objects.get().body == "Premier paragraphe.\n\n  • Un point, indenté."


def test_a_teaser_block_is_dropped_down_to_the_blank_line(db, tmp_path):
    text = (
        "Titre de l'article\n\nPremier paragraphe.\n\nLire plus d’actualités mondiales :\n"
        "17 morts après deux naufrages\nL’Allemagne saisit de la cocaïne\n\nDernier paragraphe.\n"
    )
    run(write(tmp_path, "a.txt", text))

    assert Article.objects.get().body == "Premier paragraphe.\n\nDernier paragraphe."


def test_masthead_byline_and_dateline_become_outlet_author_and_date(db, tmp_path):
    text = (
        "Nouvelles Du Monde\n\nLa visite de Poutine | Nouvelles du monde\n\n"
        "La visite de Poutine |  Nouvelles du monde\n\n"
        "Le chapeau de l'article, assez long pour en être un.\n\n"
        "Par Ivor Bennett, correspondant à Moscou @IvorBennett\n\nmardi 18 juin 2024 02:54, Royaume-Uni\n\n"
        "Le texte.\n"
    )
    run(write(tmp_path, "a.txt", text))

    article = Article.objects.select_related("outlet").get()
    assert article.title == "La visite de Poutine"
    assert article.outlet.name == "Nouvelles Du Monde"
    assert article.outlet.kind == Actor.Kind.MEDIA
    assert article.author == "Ivor Bennett"
    assert str(article.published_on) == "2024-06-18"
    assert article.body == "Le chapeau de l'article, assez long pour en être un.\n\nLe texte."


def test_an_existing_media_actor_is_reused_as_outlet_through_its_alias(db, tmp_path):
    outlet = Actor.objects.create(name="Nouvelles du Monde", slug="ndm", kind=Actor.Kind.MEDIA)
    outlet.aliases.create(alias="NDM")
    text = "NDM\n\nUn titre | NDM\n\nLe texte.\n"

    run(write(tmp_path, "a.txt", text))

    assert Article.objects.get().outlet == outlet
    assert Actor.objects.count() == 1


def test_a_follow_prompt_names_the_outlet_when_there_is_no_masthead(db, tmp_path):
    text = "Un titre\n\nLe texte.\n\nSuivez Sky News sur WhatsApp\n"
    run(write(tmp_path, "a.txt", text))

    assert Article.objects.get().outlet.name == "Sky News"


def test_a_relative_date_is_never_turned_into_a_publication_date(db, tmp_path):
    text = (
        "Un titre\n\nmercredi\n\nVendredi dernier, le gouvernement russe a déclaré le 3 mars 2023 que rien.\n"
    )
    run(write(tmp_path, "a.txt", text))

    assert Article.objects.get().published_on is None


def test_a_page_without_headline_is_named_by_its_first_sentence_which_stays_in_the_body():
    first = "Les pays sanctionnés s’allient. " + "Ils résistent aux pressions et aux sanctions, " * 6
    parsed = parse_article(first + "\nDeuxième paragraphe.\n", "a.txt")

    assert parsed.title == "Les pays sanctionnés s’allient"
    assert parsed.body.startswith(first)


def test_a_section_label_above_the_headline_is_dropped():
    parsed = parse_article("Europe\n\nLe dirigeant nord-coréen arrive en Russie\n\nLe texte.\n", "a.txt")

    assert parsed.title == "Le dirigeant nord-coréen arrive en Russie"
    assert parsed.body == "Le texte."


def test_windows_line_endings_and_a_byte_order_mark_are_read(db, tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeffUn titre\r\n\r\nLe texte.\r\n".encode())

    run(path)

    article = Article.objects.get()
    assert (article.title, article.body) == ("Un titre", "Le texte.")


def test_a_missing_path_is_reported_by_name_and_the_other_files_still_go_in(db, tmp_path):
    good = write(tmp_path, "a.txt", ARTICLE)

    out, err = run_failing(tmp_path / "absent.txt", good)

    assert "absent.txt : fichier introuvable" in err
    assert Article.objects.count() == 1
    assert "2 files: 1 created, 0 updated, 0 unchanged, 1 failed" in out


def test_a_directory_is_refused(db, tmp_path):
    (tmp_path / "dossier").mkdir()

    _out, err = run_failing(tmp_path / "dossier")

    assert "dossier : c’est un dossier" in err


def test_an_empty_file_is_refused(db, tmp_path):
    _out, err = run_failing(write(tmp_path, "vide.txt", " \n\n"))

    assert "vide.txt : le fichier est vide" in err
    assert Article.objects.count() == 0


def test_a_file_that_is_not_utf8_is_refused(db, tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Un titre\n\nLe gouvernement russe a déclaré.\n".encode("latin-1"))

    _out, err = run_failing(path)

    assert "latin1.txt : ce n’est pas du texte UTF-8" in err
    assert Article.objects.count() == 0


@pytest.mark.parametrize("text", ["1718685806\n\n2024-06-18\n", "Facebook\nTwitter\n\n#un #deux\n"])
def test_a_file_that_is_nothing_but_furniture_is_refused(db, tmp_path, text):
    _out, err = run_failing(write(tmp_path, "sans-texte.txt", text))

    assert "sans-texte.txt : il ne reste rien de l’article" in err
    assert Article.objects.count() == 0


def test_a_page_that_is_one_endless_sentence_is_named_by_its_cut_first_words(db, tmp_path):
    output = run(write(tmp_path, "sans-titre.txt", "Une phrase sans fin " * 20 + "\n"))

    article = Article.objects.get()
    assert article.title == "Une phrase sans fin " * 5 + "Une phrase sans fin…"
    assert len(article.title) <= 120
    assert article.body.startswith("Une phrase sans fin Une phrase sans fin")
    assert "le titre est sa première phrase" in output


def test_another_page_with_the_same_headline_gets_a_distinct_slug(db, tmp_path):
    Article.objects.create(
        title="Autre", slug="moscou-et-pyongyang-signent-un-accord", body="x", source_file="z"
    )

    run(write(tmp_path, "a.txt", ARTICLE))

    assert sorted(Article.objects.values_list("slug", flat=True)) == [
        "moscou-et-pyongyang-signent-un-accord",
        "moscou-et-pyongyang-signent-un-accord-2",
    ]


def test_the_seeds_import_once_and_reimport_unchanged(db):
    first = run(*SEED_FILES)
    second = run(*SEED_FILES)

    assert "5 files: 5 created, 0 updated, 0 unchanged, 0 failed" in first
    assert "5 files: 0 created, 0 updated, 5 unchanged, 0 failed" in second
    assert Article.objects.count() == 5


SEED_FURNITURE = [
    "Accepter et avancer",
    "Choix du centre pour vos notifications",
    "Retour en haut",
    "Difficultés Société Sécurité",
    "Source link",
    "Articles similaires",
    "Laisser un commentaire",
    "Votre adresse e-mail",
    "Bouton retour en haut",
    "Lire aussi",
    "Lire plus d’actualités",
    "L’Allemagne saisit 35,5 tonnes",
    "Suivez Sky News",
    "Appuyez ici",
    "1718685806",
    "#visite",
    "Facebook",
    "Pinterest",
    "Leave a Comment",
    "Akismet",
    "ADVERTISEMENT",
    "Par Ivor Bennett",
    "| Nouvelles du monde",
]


def test_the_seeds_lose_their_furniture(db):
    run(*SEED_FILES)

    bodies = "\n".join(Article.objects.values_list("body", flat=True))
    assert [marker for marker in SEED_FURNITURE if marker in bodies] == []
    assert not any(line.strip() == "Plus" for line in bodies.splitlines())
    assert not bodies.rstrip().endswith("Europe")


def test_every_kept_line_of_a_seed_is_a_line_of_its_file_verbatim(db):
    run(*SEED_FILES)

    for path in SEED_FILES:
        source_lines = set(path.read_text(encoding="utf-8").split("\n"))
        body = Article.objects.get(source_file=path.name).body
        assert [line for line in body.split("\n") if line not in source_lines] == []


def test_the_seeds_metadata(db):
    run(*SEED_FILES)

    sky = Article.objects.get(source_file="004_c4d98840211020e6.txt")
    assert (sky.author, str(sky.published_on), sky.outlet.slug) == (
        "Ivor Bennett",
        "2024-06-18",
        "nouvelles-du-monde",
    )
    undated = Article.objects.exclude(pk=sky.pk)
    assert list(undated.values_list("published_on", "author", "outlet")) == [(None, "", None)] * 4
    assert Article.objects.get(source_file="003_2547f92af3123bdb.txt").title.startswith(
        "Vladimir Poutine et Kim Jong Un prêts"
    )
