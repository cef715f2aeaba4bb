"""The claim list's pages: cursors that start each page where the previous one ended, and its counts."""

import datetime

import pytest
from django.db import connection
from django.http import QueryDict

from claims import counting
from claims.models import Claim
from claims.paging import ORDERINGS, decode_cursor, encode_cursor

from .conftest import make_claim

pytestmark = pytest.mark.django_db

START = datetime.date(2024, 1, 1)


@pytest.fixture
def claims():
    """130 claims with ties on every sort key and a share of never-quoted, never-reviewed ones."""
    for number in range(130):
        make_claim(
            slug=f"c-{(number * 37) % 130:03d}",
            source_count=number % 4,
            last_seen=None if number % 5 == 0 else START + datetime.timedelta(days=number % 7),
            last_reviewed=None
            if number % 3 == 0
            else datetime.datetime(2024, 6, 1 + number % 4, tzinfo=datetime.UTC),
        )


def slugs(response):
    return [claim.slug for claim in response.context["claims"]]


def walk(client, url):
    """Every page from `url` on, following "next" links: [[slug, …], …]."""
    pages = []
    while url:
        response = client.get(url)
        assert response.status_code == 200
        pages.append(slugs(response))
        url = response.context["links"].get("next") and "/claims/" + response.context["links"]["next"]
    return pages


@pytest.mark.parametrize("ordering", ["recent", "sources", "reviewed"])
def test_the_second_page_by_cursor_is_rows_51_to_100(client, claims, ordering):
    everything = [claim.slug for claim in Claim.objects.order_by(*ORDERINGS[ordering])]
    first = client.get("/claims/", {"ordering": ordering})
    second = client.get("/claims/" + first.context["links"]["next"])
    assert slugs(first) == everything[:50]
    assert slugs(second) == everything[50:100]


@pytest.mark.parametrize("ordering", ["recent", "sources", "reviewed"])
def test_following_next_links_shows_every_claim_once_empty_dates_last(client, claims, ordering):
    pages = walk(client, f"/claims/?ordering={ordering}")
    shown = [slug for page in pages for slug in page]
    assert [len(page) for page in pages] == [50, 50, 30]
    assert shown == [claim.slug for claim in Claim.objects.order_by(*ORDERINGS[ordering])]
    if ordering != "sources":
        field = "last_reviewed" if ordering == "reviewed" else "last_seen"
        dates = dict(Claim.objects.values_list("slug", field))
        empty = [dates[slug] is None for slug in shown]
        assert any(empty) and empty == sorted(empty)


@pytest.mark.parametrize("ordering", ["recent", "sources", "reviewed"])
def test_previous_links_lead_back_to_the_same_pages(client, claims, ordering):
    first = client.get("/claims/", {"ordering": ordering})
    second = client.get("/claims/" + first.context["links"]["next"])
    third = client.get("/claims/" + second.context["links"]["next"])
    back = client.get("/claims/" + third.context["links"]["previous"])
    assert slugs(back) == slugs(second)
    again = client.get("/claims/" + back.context["links"]["previous"])
    assert slugs(again) == slugs(first) and "previous" not in again.context["links"]


def test_the_first_page_has_no_previous_link_and_a_cursor_page_has_one(client, claims):
    first = client.get("/claims/")
    assert set(first.context["links"]) == {"next"}
    assert set(client.get("/claims/" + first.context["links"]["next"]).context["links"]) == {
        "next",
        "previous",
    }


def test_a_cursor_built_for_a_claim_starts_the_page_just_after_it(client, claims):
    everything = list(Claim.objects.order_by(*ORDERINGS["sources"]))
    response = client.get(
        "/claims/", {"ordering": "sources", "cursor": encode_cursor(everything[99], "sources")}
    )
    assert slugs(response) == [claim.slug for claim in everything[100:]]


def test_a_cursor_round_trips_its_values():
    claim = Claim(slug="x", source_count=3, last_seen=START, last_reviewed=None)
    cursor = decode_cursor(encode_cursor(claim, "sources", backward=True))
    assert (cursor.ordering, cursor.values, cursor.backward) == ("sources", [3, START, "x"], True)


@pytest.mark.parametrize(
    "cursor",
    [
        "n'importe quoi",
        "WyJyZWNlbnQiLFtudWxsLCJ4Il0sMF0:1xVQS2:forged",
        # A genuine signature over values of the wrong shape cannot be made without the key: an
        # edited payload with the old signature must fail too.
        "WyJzb3VyY2VzIixbbnVsbCwieCJdLDBd" + ":1xVQS2:WDMfzQo63gLWRwMFevwZtn4M2U4sFeTMQkJX397SvBA",
    ],
)
def test_a_tampered_cursor_is_a_form_error_with_no_claims(client, claims, cursor):
    response = client.get("/claims/", {"cursor": cursor})
    assert response.status_code == 200
    assert response.context["claims"] == [] and "cursor" in response.context["filter"].form.errors
    assert 'role="alert"' in response.content.decode()


def test_a_cursor_of_another_ordering_is_a_form_error(client, claims):
    cursor = encode_cursor(Claim.objects.first(), "reviewed")
    response = client.get("/claims/", {"ordering": "sources", "cursor": cursor})
    assert response.context["claims"] == [] and "cursor" in response.context["filter"].form.errors


def test_the_filter_form_drops_the_cursor_so_new_filters_start_from_the_top(client, claims):
    first = client.get("/claims/")
    html = client.get("/claims/" + first.context["links"]["next"]).content.decode()
    assert 'name="cursor"' not in html


def test_a_long_filtered_list_is_counted_only_up_to_the_cap(client, claims, monkeypatch):
    monkeypatch.setattr(counting, "COUNT_CAP", 100)
    # A filter every claim passes: a WHERE clause, so never the planner's estimate of the table
    # (which other tests' bulk writes may have left above the cap).
    response = client.get("/claims/", {"status": "unreviewed"})
    assert (response.context["count"], response.context["count_kind"]) == (100, "at_least")
    assert "100" in response.content.decode()
    few = client.get("/claims/", {"min_sources": "3"})
    assert (few.context["count"], few.context["count_kind"]) == (32, "exact")


@pytest.mark.postgres
def test_the_whole_list_on_postgresql_shows_the_planner_estimate(client, claims, monkeypatch):
    monkeypatch.setattr(counting, "COUNT_CAP", 100)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE claims_claim")
    response = client.get("/claims/")
    assert (response.context["count"], response.context["count_kind"]) == (130, "estimate")


@pytest.mark.parametrize("count", [3, 60])
def test_cursor_pages_run_a_fixed_number_of_queries(client, django_assert_max_num_queries, count):
    for number in range(count):
        make_claim(slug=f"p-{number:03d}", last_seen=START)
    cursor = encode_cursor(Claim(slug="p-000", last_seen=START, source_count=0), "recent")
    # the count, at most two index stretches (same date, then no date), attributions, reviews
    with django_assert_max_num_queries(5):
        response = client.get("/claims/", {"cursor": cursor, "status": "unreviewed"})
    assert len(response.context["claims"]) == min(count - 1, 50)
    assert QueryDict(response.context["links"]["previous"].lstrip("?"))["status"] == "unreviewed"
