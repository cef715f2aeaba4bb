"""Shared test helpers: make_* builders, the cast of users, and the browser."""

import itertools
import os
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.utils.text import slugify

from claims.models import Actor, ActorAlias, Article, Attribution, Claim
from claims.roles import CONTRIBUTORS, EDITORS, ensure_roles
from claims.services import SUMMARY_FIELDS, refresh_claim_summaries

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
_counter = itertools.count(1)


def make_actor(name=None, *, aliases=(), **overrides):
    name = name or f"Acteur {next(_counter)}"
    fields = {"slug": slugify(name) or f"actor-{next(_counter)}", "kind": Actor.Kind.GOVERNMENT}
    fields.update(overrides)
    actor = Actor.objects.create(name=name, **fields)
    for alias in aliases:
        ActorAlias.objects.create(actor=actor, alias=alias)
    return actor


def make_article(body="Selon Washington, les négociations progressent. Moscou nie.", **overrides):
    number = next(_counter)
    fields = {"title": f"Article {number}", "slug": f"article-{number}", "body": body}
    fields.update(overrides)
    return Article.objects.create(**fields)


def make_claim(text=None, **overrides):
    number = next(_counter)
    fields = {"text": text or f"Affirmation numéro {number}.", "slug": f"claim-{number}"}
    fields.update(overrides)
    claim = Claim.objects.create(**fields)
    # As every write path does (the search document included), unless the test stages figures itself.
    if not set(overrides) & set(SUMMARY_FIELDS):
        refresh_claim_summaries([claim.pk])
    return claim


def make_attribution(*, claim=None, article=None, actor=None, stance="asserts", quote=None, **overrides):
    article = article or make_article()
    attribution = Attribution(
        claim=claim or make_claim(),
        article=article,
        actor=actor,
        stance=stance,
        quote=quote or article.body[: min(len(article.body), 20)],
        **overrides,
    )
    if attribution.start is None:
        attribution.locate()
    attribution.save()
    refresh_claim_summaries([attribution.claim_id])
    return attribution


def make_user(username, *, group=None, **overrides):
    user = get_user_model().objects.create_user(
        username=username, password=f"{username}-password", is_staff=True, **overrides
    )
    if group:
        ensure_roles(Group, Permission)  # transactional tests flush the migration's groups
        user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture(autouse=True)
def fresh_reader_pages(settings):
    """Tests see every page as it is now; tests of the reader cache turn it back on."""
    settings.SELON_READER_CACHE_SECONDS = 0


@pytest.fixture
def bench_installed(settings):
    """The benchmark package as `make bench` runs it: its commands, baseline pages and templates."""
    settings.INSTALLED_APPS = [*settings.INSTALLED_APPS, "bench"]


@pytest.fixture
def editor(db):
    return make_user("editrice", group=EDITORS)


@pytest.fixture
def contributor(db):
    return make_user("contributeur", group=CONTRIBUTORS)


@pytest.fixture
def outsider(db):
    """Staff, but in no group: may log in and do nothing."""
    return make_user("stagiaire")


@pytest.fixture(scope="session")
def browser():
    """Debian's chromium through Playwright. Required under CI: a missing browser fails, never skips."""
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} is missing (apt-get install chromium)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    # Playwright's sync API runs an event loop in this thread; the test's own ORM calls are synchronous.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--no-sandbox", "--disable-background-networking", "--disable-gpu"],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(base_url=live_server.url, locale="fr-FR")
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


@pytest.fixture
def screenshot(request):
    """Save a screenshot of `page` under artifacts/ (git-ignored), named after the test."""
    ARTIFACTS.mkdir(exist_ok=True)

    def take(page, suffix=""):
        name = request.node.name + (f"-{suffix}" if suffix else "")
        page.screenshot(path=ARTIFACTS / f"{name}.png", full_page=True)

    return take


def pytest_collection_modifyitems(config, items):
    from django.db import connection

    if connection.vendor == "postgresql":
        return
    skip = pytest.mark.skip(reason="PostgreSQL-only feature; runs in the PostgreSQL pass")
    for item in items:
        if "postgres" in item.keywords:
            item.add_marker(skip)
