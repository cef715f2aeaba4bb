"""No page scrolls sideways: every admin page at 1440 px, every reader page at 1440 px and 390 px.

Runs on the seed data (real article lengths, real quotes); a screenshot of each page goes to artifacts/.
"""

from io import StringIO

import pytest
from django.contrib import admin
from django.core.management import call_command
from django.urls import reverse
from django.utils.text import slugify

from claims.models import Actor, Article, Claim

from .conftest import make_user

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]

DESKTOP = {"width": 1440, "height": 900}
PHONE = {"width": 390, "height": 844}
# How far the page scrolls sideways, or a changelist's table inside its own scrolling box (which
# hides its last columns without making the page wider).
OVERFLOW = """() => Math.max(
    document.documentElement.scrollWidth - document.documentElement.clientWidth,
    ...Array.from(document.querySelectorAll("#changelist .results, .inline-group .tabular"))
        .map((box) => box.scrollWidth - box.clientWidth),
    0)"""


def log_in(page, username):
    page.goto("/admin/login/")
    page.get_by_label("Nom d’utilisateur").fill(username)
    page.get_by_label("Mot de passe").fill(f"{username}-password")
    page.get_by_role("button", name="Connexion").click()
    page.wait_for_url("**/admin/")


def admin_pages():
    """Index, import page, and for each of Selon's models its changelist, add form and change form."""
    urls = [reverse("admin:index"), reverse("admin:claims_claim_import_fixtures")]
    for model in admin.site._registry:
        if model._meta.app_label != "claims":
            continue
        name = model._meta.model_name
        urls.append(reverse(f"admin:claims_{name}_changelist"))
        if name != "review":  # verdicts are recorded from the claim page, never added here
            urls.append(reverse(f"admin:claims_{name}_add"))
        obj = model.objects.order_by("pk").first()
        urls.append(reverse(f"admin:claims_{name}_change", args=[obj.pk]))
        urls.append(reverse(f"admin:claims_{name}_history", args=[obj.pk]))
    claim = Claim.objects.order_by("-attribution_count").first()
    urls += [
        reverse("admin:claims_claim_change", args=[claim.pk]),
        reverse("admin:claims_claim_review", args=[claim.pk]),
        reverse("admin:claims_article_change", args=[Article.objects.order_by("-pk").first().pk]),
    ]
    return urls


def reader_pages():
    claim = Claim.objects.order_by("-attribution_count").first()
    return [
        reverse("claims:claim-list"),
        reverse("claims:claim-list") + "?contested=true&status=disputed",
        reverse("claims:claim-list") + "?published_after=2024-05-01&published_before=2024-01-01",
        claim.get_absolute_url(),
        Actor.objects.order_by("pk").first().get_absolute_url(),
        Article.objects.order_by("-pk").first().get_absolute_url(),
    ]


def overflowing(page, urls, screenshot, label):
    """The pages among `urls` wider than the window, with their width; a screenshot of each page."""
    wide = {}
    for number, url in enumerate(urls):
        response = page.goto(url)
        assert response.status == 200, url
        excess = page.evaluate(OVERFLOW)
        if excess > 0:
            wide[url] = excess
        screenshot(page, f"{label}-{number:02d}-{slugify(url)[:60]}")
    return wide


@pytest.fixture
def seed_data():
    make_user("editeur", group="Éditeurs")  # the demo reviews' reviewer
    call_command("load_seed_data", stdout=StringIO())


def test_no_admin_page_scrolls_sideways_at_1440_px(page, screenshot, seed_data):
    page.set_viewport_size(DESKTOP)
    log_in(page, "editeur")
    assert overflowing(page, admin_pages(), screenshot, "admin") == {}


def test_no_reader_page_scrolls_sideways_at_1440_px(page, screenshot, seed_data):
    page.set_viewport_size(DESKTOP)
    assert overflowing(page, reader_pages(), screenshot, "desktop") == {}


def test_no_reader_page_scrolls_sideways_on_a_phone(page, screenshot, seed_data):
    page.set_viewport_size(PHONE)
    assert overflowing(page, reader_pages(), screenshot, "phone") == {}


def test_on_a_phone_the_filters_fold_behind_a_button_and_claims_show_at_once(page, screenshot, seed_data):
    page.set_viewport_size(PHONE)
    page.goto(reverse("claims:claim-list"))
    assert not page.get_by_label("Affirmée par").is_visible()
    first_claim = page.locator("ol.claims > li").first.bounding_box()
    assert first_claim["y"] < PHONE["height"]
    page.locator("details.filter-panel > summary").click()
    assert page.get_by_label("Affirmée par").is_visible()
    screenshot(page, "unfolded")


def test_on_a_wide_screen_the_filters_stay_open(page, seed_data):
    page.set_viewport_size(DESKTOP)
    page.goto(reverse("claims:claim-list"))
    assert page.get_by_label("Affirmée par").is_visible()


def test_applying_filters_leaves_empty_fields_out_of_the_address(page, seed_data):
    page.set_viewport_size(DESKTOP)
    page.goto(reverse("claims:claim-list"))
    page.get_by_label("Affirmée par").fill("Washington")
    page.get_by_role("button", name="Appliquer les filtres").click()
    page.wait_for_url("**asserted_by=Washington**")
    assert page.url.endswith("/claims/?asserted_by=Washington&ordering=recent")


def test_a_contributor_sees_who_gives_verdicts_and_a_french_refusal(page, screenshot, seed_data):
    make_user("contributrice", group="Contributeurs")
    page.set_viewport_size(DESKTOP)
    log_in(page, "contributrice")
    claim = Claim.objects.order_by("-attribution_count").first()
    page.goto(reverse("admin:claims_claim_change", args=[claim.pk]))
    assert page.get_by_text("Les verdicts sont rendus par le rôle Éditeurs").is_visible()
    screenshot(page, "claim")
    response = page.goto(reverse("admin:claims_claim_review", args=[claim.pk]))
    assert response.status == 403
    assert page.get_by_role("heading", name="Accès refusé").is_visible()
    assert page.get_by_text("Cette page est réservée au rôle Éditeurs").is_visible()
    assert page.evaluate(OVERFLOW) <= 0
    screenshot(page, "refused")
