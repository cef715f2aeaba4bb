"""The download an editor clicks opens in columns in French Excel; the comma form stays for data users."""

import csv
import datetime
import io

import pytest

from claims.models import Actor

from .conftest import make_actor, make_article, make_attribution, make_claim

pytestmark = pytest.mark.django_db


@pytest.fixture
def quoted_article():
    monde = make_actor("Le Monde", slug="le-monde", kind=Actor.Kind.MEDIA)
    russia = make_actor("Gouvernement russe", slug="russie", aliases=["Moscou"])
    article = make_article(
        "Moscou nie tout accord; selon le Kremlin, rien n'a été signé.",
        slug="accord-nie",
        outlet=monde,
        url="https://www.lemonde.fr/international/article/2024/03/02/accord.html",
        published_on=datetime.date(2024, 3, 2),
    )
    claim = make_claim("La Russie et la Corée du Nord ont conclu un accord.", slug="accord")
    make_attribution(
        claim=claim, article=article, actor=russia, stance="denies", quote="Moscou nie tout accord"
    )
    return article


def content_of(response):
    return b"".join(response.streaming_content)


def test_the_spreadsheet_download_opens_in_columns_in_french_excel(client, quoted_article):
    response = client.get("/claims/", {"format": "excel"})
    raw = content_of(response)
    assert raw.startswith("\ufeff".encode())  # the BOM by which Excel reads UTF-8
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:5] == ["Identifiant de l’affirmation", "Affirmation", "Statut", "Acteur", "Position"]
    assert rows[1][2:5] == ["À vérifier", "Gouvernement russe", "nie"]
    assert rows[1][10] == "02/03/2024"
    assert "attachment" in response["Content-Disposition"]


def test_both_downloads_give_the_original_article_and_selon_s_page_in_their_own_columns(
    client, quoted_article
):
    data = list(csv.DictReader(io.StringIO(content_of(client.get("/claims/", {"format": "csv"})).decode())))
    assert data[0]["article_url"] == "https://www.lemonde.fr/international/article/2024/03/02/accord.html"
    assert data[0]["selon_url"] == "http://testserver/articles/accord-nie/"
    raw = content_of(client.get("/claims/", {"format": "excel"})).decode("utf-8-sig")
    spreadsheet = list(csv.DictReader(io.StringIO(raw), delimiter=";"))
    assert spreadsheet[0]["Article original"] == quoted_article.url
    assert spreadsheet[0]["Page sur Selon"] == "http://testserver/articles/accord-nie/"


def test_the_comma_form_keeps_codes_iso_dates_and_no_bom(client, quoted_article):
    raw = content_of(client.get("/claims/", {"format": "csv"}))
    assert not raw.startswith("\ufeff".encode())
    row = next(csv.DictReader(io.StringIO(raw.decode())))
    assert (row["status"], row["stance"], row["date"]) == ("unreviewed", "denies", "2024-03-02")


def test_the_spreadsheet_keeps_formulas_out(client):
    article = make_article('=HYPERLINK("http://x") dit Moscou.')
    make_attribution(article=article, quote='=HYPERLINK("http://x")')
    raw = content_of(client.get("/claims/", {"format": "excel"})).decode("utf-8-sig")
    row = list(csv.reader(io.StringIO(raw), delimiter=";"))[1]
    assert row[6].startswith("'=")


def test_the_list_offers_the_spreadsheet_first_and_the_comma_form_beside_it(client, quoted_article):
    html = client.get("/claims/", {"status": "unreviewed", "q": ""}).content.decode()
    assert html.index("format=excel") < html.index("format=csv")
    assert "Tableur (Excel, une ligne par attribution)" in html
