"""An editor's day in a real browser: find the contested claims, issue a verdict, see it on record."""

import pytest

from claims.models import Claim

from .conftest import make_actor, make_article, make_attribution, make_claim, make_user

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]


def log_in(page, username, next_url):
    page.goto(next_url)
    page.get_by_label("Nom d’utilisateur").fill(username)
    page.get_by_label("Mot de passe").fill(f"{username}-password")
    page.get_by_role("button", name="Connexion").click()
    page.wait_for_url(f"**{next_url}")


def make_contested_claim():
    claim = make_claim("La Corée du Nord a livré des obus d'artillerie à la Russie.")
    article = make_article("Selon Washington, des obus ont été livrés. Moscou nie toute livraison.")
    washington = make_actor("Gouvernement américain", aliases=["Washington"])
    moscow = make_actor("Gouvernement russe", aliases=["Moscou"])
    make_attribution(claim=claim, article=article, actor=washington, quote="Selon Washington")
    make_attribution(claim=claim, article=article, actor=moscow, stance="denies", quote="Moscou nie")
    return claim


def test_editor_marks_a_contested_claim_disputed_and_finds_it_in_the_history(page, screenshot):
    make_user("editrice", group="Éditeurs")
    claim = make_contested_claim()
    make_attribution(claim=make_claim("Une affirmation que personne ne dément."))
    log_in(page, "editrice", "/admin/claims/claim/")

    page.locator('details[data-filter-title="Contestée (affirmée et niée) ?"]').get_by_role(
        "link", name="Oui"
    ).click()
    page.wait_for_url("**contested=yes**")
    assert page.locator("#result_list tbody tr").count() == 1
    screenshot(page, "contested")

    page.locator("#result_list input.action-select").first.check()
    page.locator("select[name=action]").first.select_option("mark_disputed")
    page.locator("button[name=index]").first.click()
    page.locator("textarea[name=rationale]").fill(
        "Moscou dément ; aucune preuve indépendante des livraisons."
    )
    screenshot(page, "rationale")
    page.get_by_role("button", name="Enregistrer le verdict").click()

    success = page.locator(".messagelist .success")
    assert success.inner_text() == "Verdict « Contesté » enregistré pour 1 affirmation."
    claim.refresh_from_db()
    assert claim.status == Claim.Status.DISPUTED

    page.goto(f"/admin/claims/claim/{claim.pk}/history/")
    history = page.locator("#change-history").inner_text()
    assert "editrice" in history
    assert "aucune preuve indépendante des livraisons" in history
    screenshot(page, "history")


def test_contributor_sees_no_review_actions(page, screenshot):
    make_user("contributeur", group="Contributeurs")
    make_contested_claim()
    log_in(page, "contributeur", "/admin/claims/claim/")
    assert page.locator("#result_list tbody tr").count() == 1
    # The fixture export is open to contributors; no verdict is.
    options = page.locator("select[name=action] option").all_inner_texts()
    assert not [option for option in options if option.startswith(("Marquer", "Remettre"))]
    assert page.get_by_text("Marquer comme contesté").count() == 0
    screenshot(page)


def test_stale_edit_is_refused(page, screenshot):
    make_user("editrice", group="Éditeurs")
    claim = make_claim("Texte d'origine.")
    log_in(page, "editrice", f"/admin/claims/claim/{claim.pk}/change/")
    # A colleague saves the claim while this page is open.
    Claim.objects.filter(pk=claim.pk).update(text="Texte du collègue.", version=claim.version + 1)

    page.locator("textarea[name=text]").fill("Texte écrasant.")
    page.locator("input[name=_save]").click()

    assert "Quelqu’un d’autre a modifié cet enregistrement" in page.locator(".messagelist").inner_text()
    assert "Texte du collègue." in page.locator(".selon-stale").inner_text()
    claim.refresh_from_db()
    assert claim.text == "Texte du collègue."
    screenshot(page)
