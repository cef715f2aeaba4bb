"""Editor metadata (command options, NAME.meta.json) wins over the page; bad values are refused in French."""

import json
from datetime import date
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from claims.intake.articles import ImportFailed, parse_article_file
from claims.intake.metadata import find_date, page_facts
from claims.models import Actor, Article

PAGE = "Le titre de la page\n\nPar Jeanne Martin\n\nPublié le 3 mars 2024\n\nLe texte de l’article.\n"


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def run(*args):
    out, err = StringIO(), StringIO()
    call_command("import_articles", *[str(arg) for arg in args], stdout=out, stderr=err)
    return out.getvalue()


def run_failing(*args):
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError) as failure:
        call_command("import_articles", *[str(arg) for arg in args], stdout=out, stderr=err)
    return err.getvalue() + str(failure.value)


def test_the_page_gives_its_byline_and_publication_date(tmp_path):
    parsed = parse_article_file(write(tmp_path, "a.txt", PAGE))

    assert (parsed.title, parsed.author, parsed.published_on) == (
        "Le titre de la page",
        "Jeanne Martin",
        date(2024, 3, 3),
    )
    assert parsed.body == "Le texte de l’article."


def test_command_options_win_over_the_page(db, tmp_path):
    path = write(tmp_path, "a.txt", PAGE)

    run(
        path,
        "--title",
        "Titre corrigé",
        "--outlet",
        "Le Soir",
        "--author",
        "Paul Durand",
        "--url",
        "https://www.lesoir.be/1/article",
        "--published",
        "2024-03-04",
    )

    article = Article.objects.select_related("outlet").get()
    assert (article.title, article.outlet.name, article.author, article.url, str(article.published_on)) == (
        "Titre corrigé",
        "Le Soir",
        "Paul Durand",
        "https://www.lesoir.be/1/article",
        "2024-03-04",
    )
    assert article.outlet.kind == Actor.Kind.MEDIA


def test_a_sidecar_next_to_the_file_wins_over_the_page_and_options_win_over_the_sidecar(tmp_path):
    path = write(tmp_path, "a.txt", PAGE)
    write(tmp_path, "a.meta.json", json.dumps({"outlet": "RTBF", "published": "05/03/2024", "author": "Zoé"}))

    parsed = parse_article_file(path, author="Yves")

    assert (parsed.outlet_name, parsed.published_on, parsed.author) == ("RTBF", date(2024, 3, 5), "Yves")


@pytest.mark.parametrize(
    "sidecar, message",
    [
        ("{pas du json", "a.meta.json : JSON illisible"),
        ('["title"]', "a.meta.json : un objet JSON est attendu"),
        ('{"titre": "x"}', "a.meta.json : clé(s) inconnue(s) titre"),
        ('{"published": "hier"}', "a.meta.json : la date de publication « hier » n’est pas une date"),
        ('{"published": "2024-02-30"}', "n’est pas une date"),
        ('{"url": "www.exemple.fr"}', "« www.exemple.fr » n’est pas une adresse web"),
        ('{"title": 3}', "« title » doit être un texte"),
    ],
)
def test_a_bad_sidecar_is_refused_with_a_french_message_and_nothing_written(db, tmp_path, sidecar, message):
    path = write(tmp_path, "a.txt", PAGE)
    write(tmp_path, "a.meta.json", sidecar)

    assert message in run_failing(path)
    assert Article.objects.count() == 0


def test_a_bad_date_option_is_refused_and_nothing_written(db, tmp_path):
    error = run_failing(write(tmp_path, "a.txt", PAGE), "--published", "31/02/2024")

    assert "la date de publication « 31/02/2024 » n’est pas une date" in error
    assert Article.objects.count() == 0


def test_title_and_url_options_name_one_page_only(db, tmp_path):
    error = run_failing(write(tmp_path, "a.txt", PAGE), write(tmp_path, "b.txt", PAGE), "--title", "Un titre")

    assert "ne donnez qu’un fichier" in error
    assert Article.objects.count() == 0


def test_without_a_headline_the_editor_title_is_used_and_the_first_paragraph_kept(tmp_path):
    text = "Le gouvernement a annoncé mardi une réforme. Les syndicats ont protesté aussitôt.\n\nSuite.\n"

    parsed = parse_article_file(write(tmp_path, "a.txt", text), title="La réforme annoncée")

    assert parsed.title == "La réforme annoncée"
    assert parsed.title_source == "editor"
    assert parsed.body.startswith("Le gouvernement a annoncé mardi")


@pytest.mark.parametrize(
    "line, outlet, day",
    [
        ("information fournie par Reuters 18/05/2022 à 21:11", "Reuters", date(2022, 5, 18)),
        ("Source : Le Monde", "Le Monde", None),
        (
            "Copyright © 2018 Radio France Internationale. Tous droits réservés.",
            "Radio France Internationale",
            None,
        ),
        ("Le Temps, publié le mardi 4 juin 2019 à 08h30", "Le Temps", date(2019, 6, 4)),
        ("Publié le 12/01/2021 à 10h05, mis à jour le 13/01/2021", "", date(2021, 1, 12)),
        ("(AFP)", "AFP", None),
        ("Par AFP", "AFP", None),
    ],
)
def test_what_a_page_says_about_itself(line, outlet, day):
    facts = page_facts(line)

    assert (facts.outlet, facts.published_on) == (outlet, day)


@pytest.mark.parametrize(
    "line",
    [
        "Le 3 mars 2023, le gouvernement russe a déclaré que rien ne changerait.",
        "Par ailleurs, la Russie et la Corée du Nord ont signé un accord de défense mutuelle.",
        "Selon la source, rien n’a été décidé.",
        "Publié en 2019, le rapport montre que la dette a doublé.",
    ],
)
def test_an_article_sentence_is_not_read_as_page_metadata(line):
    assert page_facts(line) is None


def test_a_wire_dispatch_names_its_agency_as_outlet(tmp_path):
    text = "Un titre de dépêche\n\nMOSCOU (AFP) - La Russie a annoncé lundi une série de mesures.\n"

    parsed = parse_article_file(write(tmp_path, "a.txt", text))

    assert parsed.outlet_name == "AFP"
    assert parsed.body.startswith("MOSCOU (AFP) - La Russie")


def test_a_date_is_never_completed_from_a_day_and_month_alone():
    assert find_date("Ici Beyrouth, 27/12 17:35") is None


def test_an_unreadable_sidecar_name_does_not_break_a_file_without_one(tmp_path):
    with pytest.raises(ImportFailed):
        parse_article_file(write(tmp_path, "a.txt", ""))
