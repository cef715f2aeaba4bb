"""A reviewed claim in a real browser: read-only for a contributor, reopened with a reason by an editor."""

import pytest

from claims import services
from claims.models import Claim

from .conftest import (
    assert_statuses_match_reviews,
    make_actor,
    make_article,
    make_attribution,
    make_claim,
    make_user,
)
from .test_browser_editorial import log_in

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]


def corroborated_claim(reviewer):
    claim = make_claim("Les négociations d'armement progressent activement.")
    article = make_article(
        "Selon Washington, les négociations d'armement progressent activement. Moscou nie."
    )
    washington = make_actor("Gouvernement américain", aliases=["Washington"])
    make_attribution(
        claim=claim, article=article, actor=washington, quote="les négociations d'armement progressent"
    )
    services.review_claim(
        claim=claim,
        status="corroborated",
        rationale="Confirmé par deux sources indépendantes.",
        reviewer=reviewer,
    )
    return Claim.objects.get(pk=claim.pk)


@pytest.fixture
def wide(page):
    page.set_viewport_size({"width": 1440, "height": 900})
    return page


def test_contributor_sees_a_reviewed_claim_read_only_and_why(wide, screenshot):
    claim = corroborated_claim(make_user("editrice", group="Éditeurs"))
    make_user("contributeur", group="Contributeurs")
    log_in(wide, "contributeur", f"/admin/claims/claim/{claim.pk}/change/")

    notice = wide.locator(".selon-verdict-lock")
    assert "seul un éditeur peut modifier son texte et ses attributions" in notice.inner_text()
    assert wide.locator("textarea[name=text]").count() == 0
    assert wide.locator("textarea[name=attributions-0-quote]").count() == 0
    assert "Les négociations d'armement progressent activement." in wide.locator(".field-text").inner_text()
    screenshot(wide, "contributor")


def test_editor_reopens_a_reviewed_claim_with_a_reason(wide, screenshot):
    claim = corroborated_claim(make_user("editrice", group="Éditeurs"))
    log_in(wide, "editrice", f"/admin/claims/claim/{claim.pk}/change/")
    assert (
        "Modifier son texte ou ses attributions la rouvre" in wide.locator(".selon-verdict-lock").inner_text()
    )
    screenshot(wide, "opened")

    wide.locator("textarea[name=text]").fill("Les négociations d'armement sont au point mort.")
    wide.locator("input[name=_continue]").click()
    assert "donnez la raison de la réouverture" in wide.locator("#content").inner_text()
    assert Claim.objects.get(pk=claim.pk).status == "corroborated"
    screenshot(wide, "reason-missing")

    wide.locator("textarea[name=reopen_rationale]").fill("Le communiqué de Washington a été corrigé.")
    wide.locator("input[name=_continue]").click()
    wide.wait_for_selector(".messagelist .success")
    claim.refresh_from_db()
    assert (claim.text, claim.status) == ("Les négociations d'armement sont au point mort.", "unreviewed")
    reviews = wide.locator("#reviews-group").inner_text()
    assert "Rouverte : texte de l’affirmation modifié. Le communiqué de Washington a été corrigé." in reviews
    screenshot(wide, "reopened")

    wide.goto(claim.get_absolute_url())
    assert "À vérifier" in wide.locator("main").inner_text()
    assert wide.locator('script[type="application/ld+json"]').count() == 0
    screenshot(wide, "public")

    wide.goto(f"/admin/claims/claim/{claim.pk}/history/")
    history = " ".join(wide.locator("#change-history").inner_text().split())
    assert "Corroboré → À vérifier" in history
    old, new = (
        "Les négociations d'armement progressent activement.",
        "Les négociations d'armement sont au point mort.",
    )
    assert f"{old} → {new}" in history
    screenshot(wide, "history")
    assert_statuses_match_reviews()


def test_editor_whose_form_went_stale_sees_the_colleagues_verdict_and_a_fresh_form(wide, screenshot):
    editor = make_user("editrice", group="Éditeurs")
    colleague = make_user("collegue", group="Éditeurs")
    claim = make_claim("Pyongyang a livré des obus à Moscou.")
    log_in(wide, "editrice", f"/admin/claims/claim/{claim.pk}/change/")
    services.review_claim(
        claim=claim, status="disputed", rationale="Aucune preuve publique.", reviewer=colleague
    )

    wide.locator("textarea[name=text]").fill("Pyongyang a livré des obus à la Russie.")
    wide.locator("input[name=_continue]").click()
    stale = wide.locator(".selon-stale").inner_text()
    assert "collegue" in stale and "Aucune preuve publique." in stale and "Contesté" in stale
    assert "Pyongyang a livré des obus à la Russie." in stale  # the input, kept to copy
    screenshot(wide, "stale")

    # The fresh form saves: never a dead end. The claim has a verdict now, so the edit reopens it.
    wide.locator("textarea[name=text]").fill("Pyongyang a livré des obus à la Russie.")
    wide.locator("textarea[name=reopen_rationale]").fill("Précision : la Russie, pas Moscou.")
    wide.locator("input[name=_continue]").click()
    wide.wait_for_selector(".messagelist .success")
    claim.refresh_from_db()
    assert (claim.text, claim.status) == ("Pyongyang a livré des obus à la Russie.", "unreviewed")
    assert claim.reviews.order_by("-number").first().reviewer == editor
