"""Anonymous readers' claim lists come from a short-lived cache; editors always see fresh pages."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims.services import review_claim

from .conftest import make_attribution, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def cached(settings):
    settings.SELON_READER_CACHE_SECONDS = 30
    cache.clear()
    yield
    cache.clear()


def test_a_readers_second_visit_runs_no_query(client, cached, django_assert_num_queries):
    make_attribution()
    first = client.get("/claims/")
    with django_assert_num_queries(0):
        second = client.get("/claims/")
    assert second.content == first.content


def test_each_filter_combination_is_cached_apart(client, cached):
    claim = make_attribution().claim
    assert claim.slug in client.get("/claims/").content.decode()
    assert claim.slug not in client.get("/claims/", {"status": "disputed"}).content.decode()


def test_a_logged_in_editor_sees_a_verdict_at_once(client, cached, editor):
    claim = make_attribution().claim
    client.get("/claims/", {"status": "disputed"})  # warm the readers' cache
    review_claim(claim=claim, status="disputed", rationale="Démenti.", reviewer=make_user("autre"))
    client.force_login(editor)
    assert claim.slug in client.get("/claims/", {"status": "disputed"}).content.decode()


def test_zero_seconds_turns_the_cache_off(client, settings):
    settings.SELON_READER_CACHE_SECONDS = 0
    make_attribution()
    client.get("/claims/")
    with CaptureQueriesContext(connection) as second:
        response = client.get("/claims/")
    assert len(second.captured_queries) > 0
    assert "max-age" not in response.get("Cache-Control", "")


def test_csv_exports_are_never_cached(client, cached):
    claim = make_attribution().claim
    client.get("/claims/", {"format": "csv"})
    review_claim(claim=claim, status="disputed", rationale="Démenti.", reviewer=make_user("autre"))
    body = b"".join(client.get("/claims/", {"format": "csv"}).streaming_content).decode()
    assert "disputed" in body or "Contesté" in body
