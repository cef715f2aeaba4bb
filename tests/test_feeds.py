"""What readers take away: CSV and JSON of a filtered list, and the ClaimReview markup."""

import csv
import gc
import io
import json
import re

import pytest
from django.test import override_settings

from claims.feeds import neutralise
from claims.models import Actor, Claim
from claims.services import review_claim

from .conftest import make_actor, make_article, make_attribution, make_claim, make_user

pytestmark = pytest.mark.django_db


def quoted(claim, actor, stance, body, **article):
    return make_attribution(
        claim=claim, actor=actor, stance=stance, article=make_article(body, **article), quote=body
    )


@pytest.fixture
def scenario():
    usa = make_actor("Gouvernement des États-Unis", slug="etats-unis", aliases=["Washington"])
    russia = make_actor("Gouvernement russe", slug="russie", aliases=["Moscou"])
    monde = make_actor("Le Monde", slug="le-monde", kind=Actor.Kind.MEDIA)
    deal = make_claim("La Russie et la Corée du Nord ont conclu un accord d'armement.", slug="accord")
    quoted(deal, usa, "asserts", "Washington affirme qu'un accord a été conclu.", outlet=monde, slug="art-1")
    quoted(deal, russia, "denies", "Moscou nie tout accord.", slug="art-2")
    other = make_claim("La Corée du Nord a livré des obus à la Russie.", slug="obus")
    quoted(other, usa, "asserts", "Washington affirme que des obus ont été livrés.", slug="art-3")
    review_claim(claim=deal, status="disputed", rationale="Aucune preuve.", reviewer=make_user("editrice"))
    return deal


def read_csv(response):
    content = b"".join(response.streaming_content).decode("utf-8")
    return list(csv.DictReader(io.StringIO(content)))


def claim_review_of(html):
    blocks = re.findall(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', html, re.DOTALL)
    return [json.loads(block) for block in blocks]


def test_csv_has_one_row_per_attribution_of_the_filtered_claims(client, scenario):
    response = client.get("/claims/", {"format": "csv", "asserted_by": "Washington", "denied_by": "Moscou"})
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    rows = read_csv(response)
    assert {row["claim_slug"] for row in rows} == {"accord"}
    assert sorted((row["actor"], row["stance"]) for row in rows) == [
        ("Gouvernement des États-Unis", "asserts"),
        ("Gouvernement russe", "denies"),
    ]
    assert {row["outlet"] for row in rows} == {"Le Monde", ""}
    assert rows[0]["status"] == "disputed"


def test_csv_matches_the_page_filters(client, scenario):
    page = client.get("/claims/", {"actor": "Washington"}).context["claims"]
    rows = read_csv(client.get("/claims/", {"actor": "Washington", "format": "csv"}))
    assert sorted({row["claim_slug"] for row in rows}) == sorted(claim.slug for claim in page)


def test_csv_export_covers_every_page_not_only_the_first(client):
    for number in range(60):
        make_claim(slug=f"c-{number:02d}")
    rows = read_csv(client.get("/claims/", {"format": "csv"}))
    assert rows == []  # claims without attributions have no rows …
    article = make_article("Texte cité.")
    for number in range(60):
        make_attribution(claim=make_claim(slug=f"d-{number:02d}"), article=article, quote="Texte cité.")
    assert len(read_csv(client.get("/claims/", {"format": "csv"}))) == 60


def test_csv_export_frees_each_claim_once_written_without_waiting_for_the_garbage_collector(
    client, monkeypatch
):
    monkeypatch.setattr("claims.feeds.CSV_CHUNK", 5)
    article = make_article("Texte cité.")
    for number in range(12):
        make_attribution(claim=make_claim(slug=f"e-{number:02d}"), article=article, quote="Texte cité.")
    response = client.get("/claims/", {"format": "csv"})
    gc.collect()
    gc.disable()
    try:
        rows = [chunk for chunk in response.streaming_content]
        # With collection off, an object in a reference cycle outlives the export. type(), not
        # isinstance(), which would evaluate the lazy objects gc also lists (the request's CSP nonce).
        left = [obj for obj in gc.get_objects() if type(obj) is Claim and obj.slug.startswith("e-")]
    finally:
        gc.enable()
    assert len(rows) == 13
    assert left == []


@pytest.mark.parametrize("dangerous", ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\t=1"])
def test_csv_cells_cannot_run_as_spreadsheet_formulas(client, dangerous):
    actor = make_actor(dangerous, slug="dangerous")
    quoted(make_claim(dangerous, slug="formule"), actor, "asserts", f"{dangerous} dit-il.")
    row = read_csv(client.get("/claims/", {"format": "csv"}))[0]
    for column in ["claim", "actor", "quote"]:
        assert row[column].startswith("'"), column


def test_neutralise_leaves_ordinary_text_alone():
    assert neutralise("Selon Washington") == "Selon Washington"
    assert neutralise(None) == ""


def test_csv_with_invalid_filters_shows_the_list_with_its_errors(client, scenario):
    response = client.get("/claims/", {"format": "csv", "status": "faux"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert response.context["filter"].form.errors


def test_json_gives_a_documented_page_of_claims(client, scenario):
    data = client.get("/claims/", {"format": "json", "denied_by": "Moscou"}).json()
    assert data["count"] == 1 and data["count_kind"] == "exact"
    assert data["next"] is None and data["errors"] == {}
    claim = data["results"][0]
    assert claim["slug"] == "accord"
    assert claim["url"] == "http://testserver/claims/accord/"
    assert claim["status"] == "disputed"
    assert claim["latest_review"]["rationale"] == "Aucune preuve."
    assert claim["independent_sources"] == {"total": 2, "asserting": 1, "denying": 1}
    stances = sorted((a["actor"]["slug"], a["stance"]) for a in claim["attributions"])
    assert stances == [("etats-unis", "asserts"), ("russie", "denies")]
    assert claim["attributions"][0]["article"]["quote_url"].startswith("http://testserver/articles/")


def test_json_is_paginated_with_links_keeping_the_filters(client):
    for number in range(55):
        make_claim(slug=f"c-{number:02d}")
    first = client.get("/claims/", {"format": "json", "status": "unreviewed"}).json()
    assert first["count"] == 55 and len(first["results"]) == 50
    assert (
        "status=unreviewed" in first["next"] and "cursor=" in first["next"] and "format=json" in first["next"]
    )
    second = client.get(first["next"]).json()
    assert len(second["results"]) == 5 and second["previous"] and second["next"] is None
    back = client.get(second["previous"]).json()
    assert [claim["slug"] for claim in back["results"]] == [claim["slug"] for claim in first["results"]]


def test_json_with_a_tampered_cursor_is_a_400_with_an_empty_result(client, scenario):
    response = client.get("/claims/", {"format": "json", "cursor": "WyJyZWNlbnQiLFtudWxsLCJ4Il0sMF0:x:y"})
    assert response.status_code == 400
    assert response.json()["results"] == [] and "cursor" in response.json()["errors"]


def test_json_with_invalid_filters_is_a_400_with_the_errors(client, scenario):
    response = client.get("/claims/", {"format": "json", "published_after": "2024-13-45", "page": "1"})
    assert response.status_code == 400
    data = response.json()
    assert "published_after" in data["errors"] and data["results"] == []


def test_json_page_out_of_range_is_a_400_with_an_empty_result(client, scenario):
    response = client.get("/claims/", {"format": "json", "page": "99"})
    assert response.status_code == 400
    assert response.json()["results"] == [] and "page" in response.json()["errors"]


@override_settings(SELON_NEWSROOM_NAME="La Rédaction", SELON_NEWSROOM_URL="https://redaction.example")
def test_reviewed_claims_carry_claim_review_markup_with_google_required_properties(client, scenario):
    html = client.get("/claims/accord/").content.decode()
    [review] = claim_review_of(html)
    assert review["@context"] == "https://schema.org"
    assert review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == scenario.text
    assert review["url"] == "http://testserver/claims/accord/"
    assert review["reviewRating"]["@type"] == "Rating"
    assert review["reviewRating"]["alternateName"] == "Contesté"
    assert review["author"] == {
        "@type": "Organization",
        "name": "La Rédaction",
        "url": "https://redaction.example",
    }
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", review["datePublished"])
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    assert [author["name"] for author in item["author"]] == ["Gouvernement des États-Unis"]
    assert len(item["appearance"]) == 2
    assert all(
        appearance["url"].startswith("http://testserver/articles/") for appearance in item["appearance"]
    )


def test_unreviewed_claims_carry_no_claim_review(client, scenario):
    assert claim_review_of(client.get("/claims/obus/").content.decode()) == []


def test_claim_review_markup_cannot_close_its_script_element(client):
    claim = make_claim("Il a écrit </script><script>alert(1)</script>.", slug="piege")
    review_claim(claim=claim, status="corroborated", rationale="Vu.", reviewer=make_user("editrice"))
    html = client.get("/claims/piege/").content.decode()
    assert "<script>alert(1)</script>" not in html
    assert claim_review_of(html)[0]["claimReviewed"] == claim.text


def test_a_claim_nobody_named_asserts_is_authored_by_the_outlets_printing_it(client):
    monde = make_actor("Le Monde", slug="le-monde", kind=Actor.Kind.MEDIA)
    claim = make_claim("Pyongyang aurait livré des obus.", slug="conditionnel")
    quoted(claim, None, "suspects", "Pyongyang aurait livré des obus.", outlet=monde)
    review_claim(claim=claim, status="corroborated", rationale="Vu.", reviewer=make_user("editrice"))
    [review] = claim_review_of(client.get("/claims/conditionnel/").content.decode())
    assert review["itemReviewed"]["author"] == [{"@type": "Organization", "name": "Le Monde"}]
    assert review["reviewRating"]["alternateName"] == "Corroboré"
