"""A reader in a real browser: filters, pages through, opens a claim, follows a quote, downloads the CSV."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command

from claims.models import Actor
from claims.services import review_claim

from .conftest import make_actor, make_article, make_attribution, make_claim, make_user

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]


def newsroom():
    monde = make_actor("Le Monde", slug="le-monde", kind=Actor.Kind.MEDIA)
    usa = make_actor("Gouvernement des États-Unis", slug="etats-unis", aliases=["Washington"])
    kirby = make_actor("John Kirby", slug="john-kirby", kind=Actor.Kind.PERSON, parent=usa)
    russia = make_actor("Gouvernement russe", slug="russie", aliases=["Moscou", "le Kremlin"])
    body = (
        "Selon John Kirby, la Russie et la Corée du Nord ont conclu un accord d'armement.\n"
        "Moscou nie tout accord avec Pyongyang."
    )
    article = make_article(
        body, slug="accord-nie", title="Un accord nié", outlet=monde, published_on=datetime.date(2024, 3, 2)
    )
    deal = make_claim("La Russie et la Corée du Nord ont conclu un accord d'armement.", slug="accord")
    make_attribution(
        claim=deal,
        actor=kirby,
        article=article,
        cue="selon",
        quote="la Russie et la Corée du Nord ont conclu un accord d'armement",
    )
    make_attribution(
        claim=deal, actor=russia, stance="denies", article=article, cue="nie", quote="Moscou nie tout accord"
    )
    review_claim(
        claim=deal,
        status="disputed",
        rationale="Aucune preuve indépendante d'un accord signé.",
        reviewer=make_user("editrice"),
    )
    filler = make_article("Washington affirme beaucoup de choses.", published_on=datetime.date(2023, 1, 1))
    for number in range(60):
        claim = make_claim(f"Affirmation de remplissage {number:02d}.", slug=f"remplissage-{number:02d}")
        make_attribution(claim=claim, actor=usa, article=filler, quote="Washington affirme")


def test_reader_filters_pages_opens_a_claim_follows_a_quote_and_downloads_csv(page, screenshot):
    newsroom()
    page.goto("/claims/")
    assert page.get_by_role("heading", name="61 affirmations").is_visible()
    page.get_by_role("link", name="Page suivante").click()
    page.wait_for_url("**cursor=**")
    assert page.get_by_role("link", name="Page précédente").is_visible()
    screenshot(page, "page-2")

    page.goto("/claims/")
    page.get_by_label("Affirmée par").fill("Washington")
    page.get_by_label("Niée par").fill("Moscou")
    page.get_by_role("button", name="Appliquer les filtres").click()
    page.wait_for_url("**asserted_by=Washington**")
    assert page.get_by_role("heading", name="1 affirmation").is_visible()
    screenshot(page, "filtered")

    page.get_by_role("link", name="La Russie et la Corée du Nord ont conclu un accord d'armement.").click()
    page.wait_for_url("**/claims/accord/")
    assert page.get_by_text("Aucune preuve indépendante d'un accord signé.", exact=True).is_visible()
    screenshot(page, "claim")

    page.get_by_role("link", name="Lire la citation dans son article").first.click()
    page.wait_for_url("**/articles/accord-nie/#q-*")
    assert page.locator(".body mark").count() == 2
    screenshot(page, "article")

    page.go_back()
    page.go_back()
    with page.expect_download() as download_info:
        page.get_by_role("link", name="CSV pour les données (virgules, codes)").click()
    content = open(download_info.value.path(), encoding="utf-8").read()
    assert content.startswith("claim_slug,claim,status")
    assert "Gouvernement russe,denies" in content
    assert "remplissage" not in content


def test_the_list_is_readable_on_a_phone(page, screenshot):
    newsroom()
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto("/claims/?actor=Washington")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375
    screenshot(page)


def test_filters_work_from_the_keyboard(page):
    newsroom()
    page.goto("/claims/")
    page.get_by_label("Acteur").focus()
    page.keyboard.type("Moscou")
    page.keyboard.press("Enter")
    page.wait_for_url("**actor=Moscou**")
    assert page.get_by_role("heading", name="1 affirmation").is_visible()
    page.get_by_role("link", name="Retirer le filtre Acteur : Moscou").focus()
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: "Moscou" not in url)
    assert page.get_by_role("heading", name="61 affirmations").is_visible()


def test_on_the_seed_data_washington_against_moscou_takes_two_clicks(page, screenshot):
    call_command("loaddata", "actors.json", "articles.json", "claims.json", stdout=StringIO())
    page.goto("/claims/")
    page.get_by_label("Affirmée par").fill("Washington")
    page.get_by_label("Niée par").fill("Moscou")
    page.get_by_role("button", name="Appliquer les filtres").click()  # first click
    page.wait_for_url("**denied_by=Moscou**")
    screenshot(page, "list")
    claims = page.locator("ol.claims > li h3 a")
    assert claims.count() >= 1
    claims.first.click()  # second click
    page.wait_for_url("**/claims/*/")
    assert page.get_by_role("heading", name="Le verdict de la rédaction").is_visible()
    assert page.get_by_role("link", name="Gouvernement russe").first.is_visible()
    screenshot(page, "claim")
