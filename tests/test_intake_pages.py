"""The development set of real French news pages: every page imports as its manifest says.

The held-out pages (`unseen` in the manifest) are not run here: they are measured
once, with `python -m tests.intake_pages unseen`, and reported in docs/intake.md.
"""

from io import StringIO

import pytest
from django.core.management import call_command

from claims.models import Article

from .intake_pages import DATA, figures, measure, pages

DEV = pages("dev")


def ids(page):
    return page["file"].split("/")[-1]


def test_the_development_set_has_twenty_real_pages_from_varied_outlets():
    assert len(DEV) >= 20
    assert len({page["url"].split("/")[2].removeprefix("www.") for page in DEV}) >= 20
    assert all(page["url"].startswith("http") and page["source"] for page in DEV)
    assert any(page["file"].endswith(".html") for page in DEV)


@pytest.mark.parametrize("page", DEV, ids=ids)
def test_each_page_imports_with_the_expected_headline(page):
    outcome = measure(page)

    assert outcome.error == ""
    assert outcome.title_ok, (outcome.parsed.title, page["title"])


@pytest.mark.parametrize("page", DEV, ids=ids)
def test_each_page_gives_the_outlet_and_date_it_states_and_invents_none(page):
    outcome = measure(page)
    published = outcome.parsed.published_on.isoformat() if outcome.parsed.published_on else None

    assert outcome.outlet_ok, (outcome.parsed.outlet_name, page["outlet"])
    assert published == page["date"]


@pytest.mark.parametrize("page", DEV, ids=ids)
def test_no_furniture_line_survives(page):
    assert measure(page).furniture_left == []


@pytest.mark.parametrize("page", DEV, ids=ids)
def test_no_line_of_article_text_is_lost(page):
    assert measure(page).lines_lost == []


def test_the_figures_reported_in_the_docs_hold():
    result = figures([measure(page) for page in DEV])

    assert result == {
        "pages": 26,
        "imported": 26,
        "titles right": 26,
        "outlets right": 26,
        "dates right": 26,
        "furniture lines left": 0,
        "furniture lines expected": 75,
        "article lines lost": 0,
    }


def test_the_whole_set_imports_into_distinct_articles_and_reimports_unchanged(db):
    paths = [str(DATA / page["file"]) for page in DEV]

    call_command("import_articles", *paths, stdout=StringIO())
    second = StringIO()
    call_command("import_articles", *paths, stdout=second)

    assert Article.objects.count() == len(DEV)
    assert f"{len(DEV)} files: 0 created, 0 updated, {len(DEV)} unchanged, 0 failed" in second.getvalue()
