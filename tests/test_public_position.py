"""The claim list says where the reader is ("51–100 sur 130") without counting the rows before a cursor."""

import datetime

import pytest

from .conftest import make_article, make_attribution, make_claim

pytestmark = pytest.mark.django_db


@pytest.fixture
def claims():
    for number in range(130):
        make_claim(slug=f"c-{number:03d}")


def position(response):
    html = response.content.decode()
    if 'class="position"' not in html:
        return None
    start = html.index('class="position">') + len('class="position">')
    return html[start : html.index("</p>", start)]


def test_the_first_page_says_1_to_50_of_the_total(client, claims):
    assert position(client.get("/claims/")) == "1–50 sur 130"


def test_following_next_and_previous_links_keeps_the_position(client, claims):
    first = client.get("/claims/")
    second = client.get("/claims/" + first.context["links"]["next"])
    assert position(second) == "51–100 sur 130"
    third = client.get("/claims/" + second.context["links"]["next"])
    assert position(third) == "101–130 sur 130"
    back = client.get("/claims/" + third.context["links"]["previous"])
    assert position(back) == "51–100 sur 130"


def test_an_old_page_number_link_gives_its_position(client, claims):
    assert position(client.get("/claims/", {"page": 2})) == "51–100 sur 130"


def test_a_cursor_link_without_a_position_shows_no_position_rather_than_a_wrong_one(client, claims):
    second = client.get("/claims/" + client.get("/claims/").context["links"]["next"])
    cursor = second.context["request"].GET["cursor"]
    assert position(client.get("/claims/", {"cursor": cursor})) is None
    assert position(client.get("/claims/", {"cursor": cursor, "start": "beaucoup"})) is None


def test_downloads_and_the_first_page_link_drop_the_position(client, claims):
    second = client.get("/claims/" + client.get("/claims/").context["links"]["next"])
    assert "start=" not in second.context["csv_url"]
    assert "start=" not in second.context["first_page_url"]


def test_a_backwards_date_range_is_explained_and_lists_nothing(client):
    article = make_article(published_on=datetime.date(2024, 3, 1))
    make_attribution(article=article)
    response = client.get("/claims/", {"published_after": "2024-05-01", "published_before": "2024-01-01"})
    html = response.content.decode()
    assert response.context["claims"] == []
    assert "Cette date précède la date de début (1 mai 2024)" in html
    assert "Inversez les deux dates." in html


def test_a_date_range_in_order_filters_normally(client):
    article = make_article(published_on=datetime.date(2024, 3, 1))
    claim = make_attribution(article=article).claim
    response = client.get("/claims/", {"published_after": "2024-01-01", "published_before": "2024-05-01"})
    assert [c.pk for c in response.context["claims"]] == [claim.pk]
