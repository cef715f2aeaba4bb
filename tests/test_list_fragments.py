"""The reader list's cached pieces: claim rows keyed on their version, the filter form on its query."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims.models import Claim
from claims.services import review_claim, touch_claims
from tests.conftest import make_actor, make_attribution, make_claim, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def listed(client, url="/claims/"):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_a_cached_page_is_the_same_html_as_an_uncached_one(client, settings):
    actor = make_actor("Ministère de la Défense")
    for number in range(3):
        claim = make_claim(f"Les troupes reculent, phase {number}.")
        make_attribution(actor=actor, claim=claim)
    review_claim(claim=claim, status="disputed", rationale="Démenti sur place.", reviewer=make_user("relue"))
    urls = ["/claims/", "/claims/?actor=ministere-de-la-defense&status=disputed", "/claims/?q=troupes"]
    settings.SELON_ROW_CACHE_SECONDS = 0
    uncached = [listed(client, url) for url in urls]
    settings.SELON_ROW_CACHE_SECONDS = 300
    first = [listed(client, url) for url in urls]
    from_cache = [listed(client, url) for url in urls]
    assert first == uncached
    assert from_cache == uncached


def test_a_page_of_cached_rows_fetches_no_attribution_or_review(client):
    for number in range(3):
        make_attribution(claim=make_claim(f"Affirmation {number}."))
    with CaptureQueriesContext(connection) as cold:
        listed(client)
    with CaptureQueriesContext(connection) as warm:
        listed(client)
    cold_sql = " ".join(query["sql"] for query in cold.captured_queries)
    warm_sql = " ".join(query["sql"] for query in warm.captured_queries)
    assert '"claims_review"' in cold_sql
    assert '"claims_review"' not in warm_sql
    assert len(warm.captured_queries) == len(cold.captured_queries) - 2


def test_a_verdict_shows_in_the_list_at_once(client):
    claim = make_attribution(claim=make_claim("Le pont est fermé.")).claim
    assert "Démenti par la mairie" not in listed(client)
    review_claim(claim=claim, status="disputed", rationale="Démenti par la mairie.", reviewer=make_user("r"))
    assert "Démenti par la mairie" in listed(client)


def test_an_edited_claim_shows_in_the_list_at_once(client):
    claim = make_attribution(claim=make_claim("Le pont est fermé.")).claim
    assert "Le pont est fermé." in listed(client)
    Claim.objects.filter(pk=claim.pk).update(text="Le pont est rouvert.", version=claim.version + 1)
    page = listed(client)
    assert "Le pont est rouvert." in page
    assert "Le pont est fermé." not in page


def test_a_new_attribution_shows_in_the_list_at_once(client):
    claim = make_attribution(claim=make_claim("Le pont est fermé.")).claim
    assert "Préfecture du Nord" not in listed(client)
    make_attribution(claim=claim, actor=make_actor("Préfecture du Nord"))
    touch_claims([claim.pk], reason="attribution")
    assert "Préfecture du Nord" in listed(client)


def test_an_unchanged_claim_row_is_served_from_the_cache(client):
    claim = make_attribution(claim=make_claim("Le pont est fermé.")).claim
    listed(client)
    # Written behind every write path's back, without a new version: the cached row stays.
    Claim.objects.filter(pk=claim.pk).update(text="Changé en douce.")
    assert "Le pont est fermé." in listed(client)


def test_zero_seconds_turns_the_row_cache_off(client, settings):
    settings.SELON_ROW_CACHE_SECONDS = 0
    claim = make_attribution(claim=make_claim("Le pont est fermé.")).claim
    listed(client)
    Claim.objects.filter(pk=claim.pk).update(text="Changé en douce.")
    assert "Changé en douce." in listed(client)


def test_the_filter_form_shows_each_querys_own_values(client):
    make_attribution(claim=make_claim("Le pont est fermé."))
    assert 'value="pont"' in listed(client, "/claims/?q=pont")
    page = listed(client, "/claims/?q=fermé")
    assert 'value="fermé"' in page
    assert 'value="pont"' not in page
    assert 'value="pont"' in listed(client, "/claims/?q=pont&page=1")


def test_a_refused_filter_is_judged_afresh_once_the_actor_exists(client):
    make_attribution(claim=make_claim("Le pont est fermé."))
    refused = "Aucun acteur ne s’appelle « Mairie de Lille »."
    assert refused in listed(client, "/claims/?actor=Mairie+de+Lille")
    make_actor("Mairie de Lille")
    assert refused not in listed(client, "/claims/?actor=Mairie+de+Lille")


def test_refreshed_summaries_show_at_once_without_a_new_version(client):
    claim = make_attribution(claim=make_claim("Le pont est fermé.")).claim
    assert "7 sources indépendantes" not in listed(client)
    # As refresh_claim_summaries writes them: the figures change, the version does not.
    Claim.objects.filter(pk=claim.pk).update(source_count=7)
    assert "7 sources indépendantes" in listed(client)


def test_a_renamed_actor_reaches_editors_at_once_and_readers_within_the_row_lifetime(client, editor):
    actor = make_actor("Mairie de Lille")
    make_attribution(claim=make_claim("Le pont est fermé."), actor=actor)
    listed(client)
    actor.name = "Ville de Lille"
    actor.save()
    assert "Mairie de Lille" in listed(client)
    client.force_login(editor)
    assert "Ville de Lille" in listed(client)
    client.logout()
    # The editor's fresh rows replaced the cached ones.
    assert "Ville de Lille" in listed(client)
