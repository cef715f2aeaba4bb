"""Saved HTML pages, bad input, and which Article a page lands on."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from claims.intake.articles import ImportFailed, parse_article_bytes, parse_article_file, save_article
from claims.models import Article

from .intake_pages import DATA

LIBERATION = DATA / "dev" / "26_liberation_agression.html"


def run_failing(*paths):
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError):
        call_command("import_articles", *[str(path) for path in paths], stdout=out, stderr=err)
    return err.getvalue()


def test_a_saved_html_page_gives_headline_outlet_author_date_and_address():
    parsed = parse_article_file(LIBERATION)

    assert parsed.title == "Un cadre du PS en «soins intensifs» après une agression par un député LREM"
    assert (parsed.outlet_name, parsed.author, str(parsed.published_on)) == (
        "Libération",
        "LIBERATION",
        "2017-08-31",
    )
    assert parsed.url.startswith("http://www.liberation.fr/france/2017/08/31/")


def test_the_body_of_an_html_page_is_its_paragraphs_verbatim_without_markup():
    body = parse_article_file(LIBERATION).body

    assert body.startswith(
        "Le premier secrétaire de la fédération PS des Français de l’étranger, Boris Faure, est en"
    )
    assert "a indiqué sa famille dans un communiqué, confirmant une information de Marianne." in body
    assert "\n\n«Insultes racistes»\n\n" in body
    assert "<" not in body and "partager" not in body and "Aucun commentaire" not in body


def test_an_html_page_in_a_declared_legacy_encoding_is_read(tmp_path):
    html = (
        '<html><head><meta charset="iso-8859-1"><title>Un été à Genève</title></head><body><article>'
        "<h1>Un été à Genève</h1><p>Les négociations ont repris à Genève mardi, a déclaré le médiateur "
        "de l’ONU devant la presse réunie au palais des Nations.</p><p>Les délégations se retrouveront "
        "à nouveau jeudi "
        "pour une deuxième séance de travail.</p></article></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_bytes(html.replace("’", "'").encode("latin-1"))

    parsed = parse_article_file(path)

    assert parsed.title == "Un été à Genève"
    assert parsed.body.startswith("Les négociations ont repris à Genève mardi")


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("vide.html", b"   \n", "vide.html : le fichier est vide"),
        (
            "image.txt",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
            "image.txt : fichier binaire",
        ),
        (
            "page.html",
            b"<html><head><title>x</title></head><body><div></div></body></html>",
            "aucun texte d’article",
        ),
        ("page.html", b"<html><body><script>var a = 1;</script></body></html>", "aucun texte d’article"),
        (
            "ancien.txt",
            "Un été à Genève\n\nLe texte.\n".encode("latin-1"),
            "ancien.txt : ce n’est pas du texte UTF-8",
        ),
    ],
)
def test_bad_input_is_refused_with_a_french_message(name, data, message):
    with pytest.raises(ImportFailed, match=message):
        parse_article_bytes(data, name)


def test_a_bad_file_among_good_ones_writes_nothing_for_it(db, tmp_path):
    (tmp_path / "page.html").write_bytes(b"<html><body></body></html>")

    error = run_failing(tmp_path / "page.html", LIBERATION)

    assert "page.html : aucun texte d’article" in error
    assert list(Article.objects.values_list("source_file", flat=True)) == ["26_liberation_agression.html"]


PAGE = "Le point sur la situation\n\n{text}\n"


def test_two_pages_of_one_site_with_the_same_headline_get_distinct_slugs(db, tmp_path):
    (tmp_path / "lundi.txt").write_text(PAGE.format(text="Lundi, le gouvernement a parlé."), encoding="utf-8")
    (tmp_path / "mardi.txt").write_text(PAGE.format(text="Mardi, l’opposition a répondu."), encoding="utf-8")

    save_article(parse_article_file(tmp_path / "lundi.txt"))
    save_article(parse_article_file(tmp_path / "mardi.txt"))

    assert sorted(Article.objects.values_list("slug", flat=True)) == [
        "le-point-sur-la-situation",
        "le-point-sur-la-situation-2",
    ]


def test_reimporting_the_second_page_updates_it_and_keeps_its_slug(db, tmp_path):
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(PAGE.format(text="Lundi, le gouvernement a parlé."), encoding="utf-8")
    second.write_text(PAGE.format(text="Mardi, l’opposition a répondu."), encoding="utf-8")
    save_article(parse_article_file(first))
    save_article(parse_article_file(second))
    second.write_text(
        "Le point sur la situation\n\nMardi, l’opposition a répondu.\n\nEt encore.\n", encoding="utf-8"
    )

    outcome, article = save_article(parse_article_file(second))

    assert (outcome, article.slug, article.version) == ("updated", "le-point-sur-la-situation-2", 2)
    assert Article.objects.count() == 2


def test_the_same_address_lands_on_the_same_article_whatever_the_file_name(db, tmp_path):
    url = "https://www.exemple.fr/article/1"
    (tmp_path / "a.txt").write_text(PAGE.format(text="Premier état."), encoding="utf-8")
    (tmp_path / "b.txt").write_text("Un titre corrigé\n\nSecond état.\n", encoding="utf-8")

    save_article(parse_article_file(tmp_path / "a.txt", url=url))
    outcome, article = save_article(parse_article_file(tmp_path / "b.txt", url=url))

    assert (outcome, Article.objects.count(), article.title) == ("updated", 1, "Un titre corrigé")


def test_a_dry_run_of_a_new_page_writes_nothing(db):
    outcome, article = save_article(parse_article_file(LIBERATION), dry_run=True)

    assert (outcome, article, Article.objects.count()) == ("created", None, 0)


def test_an_outlet_name_without_letters_is_not_made_an_actor(db, tmp_path):
    (tmp_path / "a.txt").write_text(PAGE.format(text="Premier état."), encoding="utf-8")

    outcome, article = save_article(parse_article_file(tmp_path / "a.txt", outlet="—"))

    assert (outcome, article.outlet) == ("created", None)
