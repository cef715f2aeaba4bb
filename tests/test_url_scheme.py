"""Articles store and link only http and https addresses: never a `javascript:` one."""

import json
from io import StringIO

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.db import IntegrityError, transaction

from claims.models import Article

from .conftest import make_article

pytestmark = pytest.mark.django_db
HOSTILE = [
    "javascript:alert(document.domain)",
    "JavaScript:alert(1)",
    "data:text/html,<script>",
    "ftp://x.org/a",
]


@pytest.mark.parametrize("url", HOSTILE)
def test_an_editor_cannot_enter_another_scheme(url):
    article = Article(title="T", slug="t", body="Texte.", url=url)
    with pytest.raises(ValidationError) as error:
        article.full_clean()
    assert "Saisissez une adresse web commençant par http:// ou https://." in error.value.message_dict["url"]


@pytest.mark.parametrize("url", ["https://www.lemonde.fr/a", "http://example.org/b", "HTTPS://EXAMPLE.ORG/"])
def test_web_addresses_are_accepted(url):
    Article(title="T", slug="t", body="Texte.", url=url).full_clean()


@pytest.mark.parametrize("url", HOSTILE)
def test_the_database_refuses_another_scheme(url):
    with pytest.raises(IntegrityError), transaction.atomic():
        make_article(url=url)


def test_loaddata_cannot_store_a_javascript_url(tmp_path):
    fixture = tmp_path / "hostile.json"
    fields = {"title": "T", "slug": "piege", "body": "Texte.", "url": "javascript:alert(document.domain)"}
    fixture.write_text(json.dumps([{"model": "claims.article", "fields": fields}]))
    with pytest.raises((IntegrityError, CommandError)):
        call_command("loaddata", str(fixture), stdout=StringIO())
    assert not Article.objects.filter(slug="piege").exists()


def test_import_claims_refuses_a_javascript_url(tmp_path):
    fixture = tmp_path / "hostile.json"
    fields = {"title": "T", "body": "Texte.", "url": "javascript:alert(document.domain)", "slug": "piege"}
    fixture.write_text(json.dumps([{"model": "claims.article", "fields": fields}]))
    with pytest.raises(CommandError, match="n’est pas une adresse web"):
        call_command("import_claims", str(fixture), stdout=StringIO())
    assert not Article.objects.exists()


def test_the_article_page_links_its_web_address(client):
    article = make_article(url="https://www.lemonde.fr/a")
    page = client.get(article.get_absolute_url()).content.decode()
    assert '<a href="https://www.lemonde.fr/a" rel="noopener noreferrer">' in page


@pytest.mark.parametrize("url", HOSTILE)
def test_only_web_addresses_are_ever_linked(url):
    assert Article(url=url).original_url() == ""
    assert Article(url="https://x.org/").original_url() == "https://x.org/"


@pytest.mark.django_db(transaction=True)
def test_the_migration_empties_addresses_stored_before_with_another_scheme():
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    executor.migrate([("claims", "0006_drop_duplicate_attribution_indexes")])
    try:
        Old = executor.loader.project_state(
            ("claims", "0006_drop_duplicate_attribution_indexes")
        ).apps.get_model("claims", "Article")
        Old.objects.create(title="Piège", slug="piege", body="Texte.", url="javascript:alert(1)")
        Old.objects.create(title="Sain", slug="sain", body="Texte.", url="https://example.org/")
        executor = MigrationExecutor(connection)
        executor.migrate(executor.loader.graph.leaf_nodes())
        assert dict(Article.objects.values_list("slug", "url")) == {
            "piege": "",
            "sain": "https://example.org/",
        }
    finally:
        MigrationExecutor(connection).migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
