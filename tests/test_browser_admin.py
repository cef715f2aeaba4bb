import pytest

from .conftest import make_user

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]


def test_editor_logs_into_the_french_admin(page, screenshot):
    make_user("editrice", group="Éditeurs")
    page.goto("/admin/")
    page.get_by_label("Nom d’utilisateur").fill("editrice")
    page.get_by_label("Mot de passe").fill("editrice-password")
    page.get_by_role("button", name="Connexion").click()
    page.wait_for_url("**/admin/")
    assert (
        page.get_by_role("link", name="Déconnexion").count()
        + page.get_by_role("button", name="Déconnexion").count()
        == 1
    )
    screenshot(page)


def test_wrong_password_is_refused_with_a_french_message(page):
    make_user("editrice", group="Éditeurs")
    page.goto("/admin/login/")
    page.get_by_label("Nom d’utilisateur").fill("editrice")
    page.get_by_label("Mot de passe").fill("faux")
    page.get_by_role("button", name="Connexion").click()
    assert "Veuillez compléter correctement" in page.locator(".errornote").inner_text()
