"""The intake admin page in chromium: an editor uploads a saved page, checks the preview, saves it."""

import pytest

from claims.models import Article

from .conftest import make_user
from .intake_pages import DATA

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]

PAGE = DATA / "dev" / "17_lorientlejour_riachi.txt"


def log_in(page):
    make_user("contributeur", group="Contributeurs")
    page.goto("/admin/login/")
    page.get_by_label("Nom d’utilisateur").fill("contributeur")
    page.get_by_label("Mot de passe").fill("contributeur-password")
    page.get_by_role("button", name="Connexion").click()
    page.wait_for_url("**/admin/")


def scrolls_sideways(page):
    return page.evaluate("document.documentElement.scrollWidth > document.documentElement.clientWidth")


@pytest.mark.parametrize("width", [1440, 390])
def test_an_editor_previews_a_saved_page_and_saves_it(page, screenshot, width):
    page.set_viewport_size({"width": width, "height": 900})
    log_in(page)
    page.goto("/admin/claims/article/")
    page.get_by_role("link", name="Ajouter un article depuis une page").click()
    assert not scrolls_sideways(page)
    screenshot(page, f"{width}-form")

    page.get_by_label("Page enregistrée").set_input_files(str(PAGE))
    page.get_by_role("button", name="Aperçu").click()

    assert page.locator("#intake-title").inner_text() == "Riachi : « Nous ne voulons que les armes légales »"
    assert page.locator("#intake-body del").nth(1).inner_text().endswith("Photo ANI")
    assert not scrolls_sideways(page)
    screenshot(page, f"{width}-preview")

    page.get_by_label("Média").fill("L’Orient-Le Jour")
    page.get_by_role("button", name="Enregistrer l’article").click()
    page.wait_for_url("**/change/")

    article = Article.objects.select_related("outlet").get()
    assert (article.title, article.outlet.name) == (
        "Riachi : « Nous ne voulons que les armes légales »",
        "L’Orient-Le Jour",
    )
    assert "Photo ANI" not in article.body
