"""Under the Content-Security-Policy, the admin and the reader pages work with zero violations."""

import pytest

from claims.models import Article
from claims.services import review_claim

from .conftest import make_actor, make_article, make_attribution, make_claim, make_user

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]

# Recorded by the page itself, before any of its own scripts run.
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
    window.__cspViolations.push(event.violatedDirective + ' ' + (event.blockedURI || 'inline'));
});
"""


@pytest.fixture
def watched(page):
    """The page, and the list of CSP violations it meets (the browser console's reports included)."""
    violations = []
    page.add_init_script(RECORD_VIOLATIONS)

    def on_console(message):
        if "Content Security Policy" in message.text:
            violations.append(message.text)

    page.on("console", on_console)

    def visit(url):
        response = page.goto(url)
        assert response.status == 200, url
        assert "script-src 'self'" in response.headers["content-security-policy"], url
        page.wait_for_load_state("load")
        violations.extend(f"{url}: {text}" for text in page.evaluate("window.__cspViolations"))

    return visit, violations


@pytest.fixture
def newsroom():
    outlet = make_actor("Le Monde", kind="media")
    washington = make_actor("Gouvernement américain", aliases=["Washington"])
    moscow = make_actor("Gouvernement russe", aliases=["Moscou"])
    article = make_article(
        "Selon Washington, des obus ont été livrés. Moscou nie toute livraison.",
        outlet=outlet,
        url="https://example.org/obus",
    )
    claim = make_claim("Des obus ont été livrés.")
    make_attribution(claim=claim, article=article, actor=washington, quote="Selon Washington")
    make_attribution(claim=claim, article=article, actor=moscow, stance="denies", quote="Moscou nie")
    return claim


def log_in(page, username):
    page.goto("/admin/login/?next=/admin/")
    page.get_by_label("Nom d’utilisateur").fill(username)
    page.get_by_label("Mot de passe").fill(f"{username}-password")
    page.get_by_role("button", name="Connexion").click()
    page.wait_for_url("**/admin/")


def test_reader_pages_meet_no_policy_violation(page, watched, newsroom):
    visit, violations = watched
    review_claim(claim=newsroom, status="disputed", rationale="Démenti.", reviewer=make_user("e"))
    article = Article.objects.get()
    for url in [
        "/claims/",
        "/claims/?actor=Washington&status=disputed",
        newsroom.get_absolute_url(),  # with its JSON-LD script
        article.get_absolute_url(),
        article.outlet.get_absolute_url(),
    ]:
        visit(url)
    assert page.locator('script[type="application/ld+json"]').count() == 0  # the last page has none
    assert violations == []


def test_admin_claim_pages_work_and_meet_no_policy_violation(page, watched, newsroom, screenshot):
    visit, violations = watched
    make_user("editrice", group="Éditeurs")
    log_in(page, "editrice")
    article = Article.objects.get()
    attribution = newsroom.attributions.first()
    for url in [
        "/admin/",
        "/admin/claims/claim/",
        "/admin/claims/claim/?contested=yes",
        f"/admin/claims/claim/{newsroom.pk}/change/",
        "/admin/claims/claim/add/",
        f"/admin/claims/claim/{newsroom.pk}/history/",
        "/admin/claims/claim/import-fixtures/",
        "/admin/claims/attribution/add/",
        f"/admin/claims/attribution/{attribution.pk}/change/",
        f"/admin/claims/article/{article.pk}/change/",
        "/admin/claims/actor/",
        "/admin/axes/accessattempt/",
    ]:
        visit(url)
    # The admin's own scripts run: the actor filter's autocomplete opens and finds an alias.
    visit("/admin/claims/claim/")
    page.locator(".selon-actor-filter .select2-selection").click()
    page.locator(".select2-search__field").fill("Mosc")
    page.get_by_role("option", name="Gouvernement russe").click()
    page.wait_for_url("**/admin/claims/claim/?actor=*")
    # And an inline form adds a row.
    visit(f"/admin/claims/claim/{newsroom.pk}/change/")
    rows = page.locator(".dynamic-attributions").count()
    page.locator(".add-row a").first.click()
    assert page.locator(".dynamic-attributions").count() == rows + 1
    screenshot(page)
    assert violations == []


def test_an_inline_script_is_blocked_and_recorded(page, watched):
    """The recorder above is no dummy: a script injected into a page is refused and reported."""
    visit, violations = watched
    visit("/claims/")
    page.evaluate(
        "() => { const s = document.createElement('script'); s.textContent = 'window.ran = 1';"
        " document.body.appendChild(s); }"
    )
    page.wait_for_timeout(200)
    assert page.evaluate("window.ran") is None
    violations.extend(page.evaluate("window.__cspViolations"))
    assert any("script-src" in violation for violation in violations)
