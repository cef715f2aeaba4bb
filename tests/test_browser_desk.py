"""The annotation desk in a real browser: attributed claims recorded in a few actions, counted."""

import pytest

from claims.models import Attribution, Claim, Suggestion

from .conftest import make_actor, make_article, make_attribution, make_claim, make_user
from .test_browser_editorial import log_in

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]

BODY = (
    "Le Kremlin a déclaré qu’aucun accord d’armement n’avait été conclu avec Pyongyang.\n\n"
    "Selon Washington, Moscou cherche à acheter des obus d’artillerie à la Corée du Nord pour sa guerre. "
    "Le porte-parole John Kirby affirme que les livraisons ont déjà commencé."
)


class Actions:
    """Clicks and key presses of the user, counted; typing one field's text counts as one."""

    def __init__(self, page):
        self.page, self.count = page, 0

    def click(self, locator):
        self.count += 1
        locator.click()

    def press(self, key):
        self.count += 1
        self.page.keyboard.press(key)

    def type(self, text):
        self.count += 1
        self.page.keyboard.type(text)


def suggest(article, quote, **fields):
    start = article.body.index(quote)
    return Suggestion.objects.create(
        article=article, start=start, end=start + len(quote), quote=quote, **fields
    )


@pytest.fixture
def desk_article():
    russia = make_actor("Gouvernement russe", slug="gouvernement-russe", aliases=["le Kremlin", "Moscou"])
    usa = make_actor("Gouvernement des États-Unis", slug="gouvernement-americain", aliases=["Washington"])
    shells = make_claim("La Russie cherche à acheter des obus d’artillerie à la Corée du Nord.")
    earlier = make_article(
        "Des responsables américains assurent que la Russie veut acheter des obus à Pyongyang."
    )
    make_attribution(
        claim=shells, article=earlier, actor=usa, quote="la Russie veut acheter des obus à Pyongyang"
    )
    article = make_article(BODY, title="Moscou et Pyongyang, l’alliance des obus")
    suggest(
        article, "Le Kremlin a déclaré qu’aucun accord d’armement n’avait été conclu avec Pyongyang",
        actor=russia, actor_text="Le Kremlin", stance="denies", cue="a déclaré",
    )  # fmt: skip
    suggest(
        article,
        "Selon Washington, Moscou cherche à acheter des obus d’artillerie à la Corée du Nord pour sa guerre",
        actor=usa, actor_text="Washington", stance="asserts", cue="Selon",
    )  # fmt: skip
    suggest(
        article, "Le porte-parole John Kirby affirme que les livraisons ont déjà commencé",
        actor_text="Le porte-parole John Kirby", proposed_kind="person", stance="asserts", cue="affirme",
    )  # fmt: skip
    return article


def open_desk(browser, live_server, article, width):
    context = browser.new_context(
        base_url=live_server.url, locale="fr-FR", viewport={"width": width, "height": 900}
    )
    page = context.new_page()
    page.set_default_timeout(10_000)
    log_in(page, "editrice", f"/admin/claims/article/{article.pk}/change/")
    return context, page


def no_sideways_scroll(page):
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_an_attributed_claim_from_a_suggestion_then_a_second_attribution_from_the_candidates(
    browser, live_server, desk_article, screenshot
):
    make_user("editrice", group="Éditeurs")
    context, page = open_desk(browser, live_server, desk_article, 1440)
    actions = Actions(page)

    # A new claim: open the desk, edit the drafted claim, record. The first suggestion is active.
    actions.click(page.get_by_role("link", name="Annoter"))
    page.wait_for_selector(".desk-suggestion.desk-current")
    page.wait_for_selector(".desk-candidates-title")
    screenshot(page, "1440-open")
    assert no_sideways_scroll(page)
    actions.press("e")
    actions.type("La Russie et la Corée du Nord ont conclu un accord d’armement.")
    actions.press("Control+Enter")
    page.wait_for_selector(".messagelist .success")
    assert actions.count <= 5
    first_count = actions.count
    attribution = Attribution.objects.select_related("claim", "actor").get(article=desk_article)
    assert attribution.claim.text == "La Russie et la Corée du Nord ont conclu un accord d’armement."
    assert (attribution.actor.slug, attribution.stance, attribution.cue) == (
        "gouvernement-russe",
        "denies",
        "a déclaré",
    )
    assert desk_article.body[attribution.start : attribution.end] == attribution.quote
    assert "Attribution enregistrée" in page.locator(".messagelist").inner_text()

    # A second attribution of an existing claim: the next suggestion is active, its candidates offered.
    actions = Actions(page)
    page.wait_for_selector(".desk-suggestion.desk-current")
    candidate = page.locator(".desk-candidate", has_text="La Russie cherche à acheter des obus")
    candidate.wait_for()
    assert "Même affirmation que… ?" in page.locator("#desk-candidates").inner_text()
    screenshot(page, "1440-candidates")
    actions.click(candidate.locator("input"))
    actions.press("a")
    page.wait_for_selector(".messagelist .success")
    assert actions.count <= 4
    shells = Claim.objects.get(text__startswith="La Russie cherche à acheter")
    assert shells.attributions.count() == 2
    assert Claim.objects.count() == 2
    screenshot(page, "1440-after")
    print(f"actions: new claim {first_count}, existing claim {actions.count}")
    context.close()


def test_a_selected_passage_fills_the_form_and_rejected_suggestions_stay_away(
    browser, live_server, desk_article, screenshot
):
    make_user("editrice", group="Éditeurs")
    context, page = open_desk(browser, live_server, desk_article, 1440)
    page.goto(f"/admin/claims/article/{desk_article.pk}/annoter/")
    page.wait_for_selector(".desk-suggestion.desk-current")
    page.keyboard.press("j")
    page.keyboard.press("j")
    assert page.locator(".desk-current").inner_text().startswith("Le porte-parole John Kirby")
    assert page.locator("input[name=new_actor_name]").input_value() == "Le porte-parole John Kirby"
    page.keyboard.press("k")
    page.keyboard.press("r")
    page.wait_for_selector(".messagelist")
    assert Suggestion.objects.filter(state="rejected").count() == 1
    assert page.locator(".desk-suggestion").count() == 2

    # Select "les livraisons ont déjà commencé" with the mouse.
    page.evaluate(
        """() => {
            const body = document.getElementById('desk-body');
            const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
            const wanted = 'les livraisons ont déjà commencé';
            let node;
            while ((node = walker.nextNode())) {
                const at = node.data.indexOf(wanted);
                if (at !== -1) {
                    const range = document.createRange();
                    range.setStart(node, at);
                    range.setEnd(node, at + wanted.length);
                    const selection = window.getSelection();
                    selection.removeAllRanges();
                    selection.addRange(range);
                    body.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
                    return;
                }
            }
        }"""
    )
    start = BODY.index("les livraisons ont déjà commencé")
    assert page.locator("textarea[name=quote]").input_value() == "les livraisons ont déjà commencé"
    assert page.locator("input[name=start]").input_value() == str(start)
    assert page.locator("input[name=end]").input_value() == str(
        start + len("les livraisons ont déjà commencé")
    )
    assert page.locator("#id_suggestion").input_value() == ""
    screenshot(page, "selection")
    context.close()


def test_the_desk_fits_a_phone_screen(browser, live_server, desk_article, screenshot):
    make_user("editrice", group="Éditeurs")
    context, page = open_desk(browser, live_server, desk_article, 390)
    page.goto(f"/admin/claims/article/{desk_article.pk}/annoter/")
    page.wait_for_selector(".desk-candidates-title")
    screenshot(page, "390")
    assert no_sideways_scroll(page)
    context.close()


def test_the_claim_form_shows_similar_claims_as_the_editor_types(page, live_server, desk_article, screenshot):
    make_user("editrice", group="Éditeurs")
    log_in(page, "editrice", "/admin/claims/claim/add/")
    page.locator("textarea[name=text]").fill("La Russie veut acheter des obus à la Corée du Nord")
    page.locator(".selon-similar-title").wait_for()
    assert page.locator(".selon-similar-title").inner_text() == "Affirmations proches"
    assert "La Russie cherche à acheter des obus" in page.locator(".selon-similar").inner_text()
    screenshot(page)
