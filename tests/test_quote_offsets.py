"""Offsets stay true: when an article's body changes, each quote follows it or the change is refused.

The rule is services.relocate_quotes(); the article intake, the admin and the fixture import
(tests/test_import_verdicts.py) all go through it.
"""

import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from claims import services
from claims.models import Article, Attribution

from .conftest import assert_quotes_in_place, make_actor, make_article, make_attribution

pytestmark = pytest.mark.django_db

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
BODY = "Selon Washington, les négociations progressent. Moscou nie tout accord."


def article_with_quotes():
    article = make_article(BODY)
    first = make_attribution(
        article=article, actor=make_actor("Washington"), quote="les négociations progressent"
    )
    second = make_attribution(
        article=article, actor=make_actor("Moscou"), stance="denies", quote="Moscou nie"
    )
    return article, first, second


def test_relocate_quotes_moves_each_quote_to_its_one_place_in_the_new_body():
    article, first, second = article_with_quotes()
    moved = services.relocate_quotes(article, "Titre ajouté. " + BODY)
    assert {attribution.pk for attribution in moved} == {first.pk, second.pk}
    Article.objects.filter(pk=article.pk).update(body="Titre ajouté. " + BODY)
    assert Attribution.objects.get(pk=first.pk).start == first.start + len("Titre ajouté. ")
    assert Attribution.objects.get(pk=first.pk).version == first.version + 1
    assert_quotes_in_place()


def test_relocate_quotes_leaves_quotes_before_the_change_alone():
    article, first, second = article_with_quotes()
    moved = services.relocate_quotes(article, BODY + " Fin ajoutée.")
    assert moved == []
    assert Attribution.objects.get(pk=second.pk).version == second.version


def test_relocate_quotes_refuses_a_body_holding_a_quote_twice_and_writes_nothing():
    article, first, second = article_with_quotes()
    with pytest.raises(services.QuotesWouldBreak) as raised:
        services.relocate_quotes(article, "Moscou nie, encore. " + BODY)
    assert [attribution.pk for attribution in raised.value.attributions] == [second.pk]
    assert "« Moscou nie »" in raised.value.messages[0]
    assert Attribution.objects.get(pk=first.pk).start == first.start


def test_relocate_quotes_refuses_a_body_without_the_quote():
    article, first, _second = article_with_quotes()
    with pytest.raises(services.QuotesWouldBreak) as raised:
        services.relocate_quotes(article, "Selon Washington, rien ne bouge. Moscou nie tout accord.")
    assert [attribution.pk for attribution in raised.value.attributions] == [first.pk]


def article_form_data(article, **changes):
    data = {
        "title": article.title,
        "slug": article.slug,
        "body": article.body,
        "language": "fr",
        "seen_version": article.version,
        "attributions-TOTAL_FORMS": 0,
        "attributions-INITIAL_FORMS": 0,
    }
    data.update(changes)
    return data


def test_admin_edit_of_a_body_moves_the_quotes(client, editor):
    article, first, _second = article_with_quotes()
    client.force_login(editor)
    url = reverse("admin:claims_article_change", args=[article.pk])
    response = client.post(url, article_form_data(article, body="Paragraphe ajouté.\n\n" + BODY))
    assert response.status_code == 302
    assert Attribution.objects.get(pk=first.pk).start == first.start + len("Paragraphe ajouté.\n\n")
    assert_quotes_in_place()


def test_admin_edit_of_a_body_that_would_break_quotes_is_refused_listing_them(client, editor):
    article, _first, _second = article_with_quotes()
    client.force_login(editor)
    url = reverse("admin:claims_article_change", args=[article.pk])
    response = client.post(url, article_form_data(article, body="Moscou nie. " + BODY))
    assert response.status_code == 200
    html = response.content.decode()
    assert "casserait 1 attribution(s)" in html and "« Moscou nie »" in html
    assert Article.objects.get(pk=article.pk).body == BODY
    assert_quotes_in_place()


def test_reimporting_a_seed_file_with_a_sentence_added_moves_every_quote(tmp_path):
    call_command("load_seed_data", "--no-demo", stdout=StringIO())
    source = next(path for path in sorted(SEEDS.glob("*.txt")))
    article = Article.objects.get(source_file=source.name)
    quotes = Attribution.objects.filter(article=article).count()
    assert quotes > 0
    edited = tmp_path / source.name
    shutil.copy(source, edited)
    text = edited.read_text(encoding="utf-8")
    # One sentence at the top of a paragraph before every quote.
    paragraph = article.body.split("\n\n")[1]
    edited.write_text(text.replace(paragraph, "Une phrase ajoutée. " + paragraph, 1), encoding="utf-8")
    call_command("import_articles", str(edited), stdout=StringIO(), stderr=StringIO())
    article.refresh_from_db()
    assert "Une phrase ajoutée. " in article.body
    assert_quotes_in_place()
    assert Attribution.objects.filter(article=article).count() == quotes


def test_reimporting_a_file_that_would_break_a_quote_is_refused_and_names_it(tmp_path):
    call_command("load_seed_data", "--no-demo", stdout=StringIO())
    source = next(path for path in sorted(SEEDS.glob("*.txt")))
    article = Article.objects.get(source_file=source.name)
    quote = Attribution.objects.filter(article=article).order_by("start").first().quote
    edited = tmp_path / source.name
    text = source.read_text(encoding="utf-8")
    edited.write_text(text.replace(quote, quote[: len(quote) // 2] + " [coupé]", 1), encoding="utf-8")
    err = StringIO()
    with pytest.raises(CommandError):
        call_command("import_articles", str(edited), stdout=StringIO(), stderr=err)
    assert quote[:60] in err.getvalue()
    assert Article.objects.get(pk=article.pk).body == article.body
    assert_quotes_in_place()
