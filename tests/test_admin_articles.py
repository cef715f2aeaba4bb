"""Articles in the admin: quotes highlighted in the body, and located when an attribution is saved."""

import pytest
from django.urls import reverse

from claims.models import Attribution

from .conftest import make_actor, make_article, make_attribution, make_claim

pytestmark = pytest.mark.django_db

BODY = "Selon Washington, les négociations progressent. Moscou nie."


def change_url(obj):
    return reverse(f"admin:claims_{obj._meta.model_name}_change", args=[obj.pk])


def test_article_page_highlights_each_quote_by_stance_with_a_link_to_its_claim(client, editor):
    article = make_article(BODY)
    denial = make_attribution(
        article=article, quote="Moscou nie", stance="denies", actor=make_actor("Russie")
    )
    client.force_login(editor)
    html = client.get(change_url(article)).content.decode()
    link = reverse("admin:claims_claim_change", args=[denial.claim_id])
    assert f'<a class="selon-quote selon-stance-denies" href="{link}"' in html
    assert ">Moscou nie</a>." in html


def test_highlighted_body_escapes_html_in_the_text_and_the_quote(client, editor):
    article = make_article("Avant <script>alert(1)</script> après.")
    make_attribution(
        article=article, quote="<script>alert(1)</script>", actor=make_actor("<i>X</i>", slug="x")
    )
    client.force_login(editor)
    html = client.get(change_url(article)).content.decode()
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<i>X</i>" not in html


def attribution_data(claim, article, quote, **extra):
    data = {
        "claim": claim.pk,
        "article": article.pk,
        "stance": "asserts",
        "cue": "selon",
        "quote": quote,
    }
    data.update(extra)
    return data


def test_quote_is_located_in_the_article_on_save(client, editor):
    article, claim = make_article(BODY), make_claim()
    client.force_login(editor)
    response = client.post(
        reverse("admin:claims_attribution_add"), attribution_data(claim, article, "Moscou nie")
    )
    assert response.status_code == 302
    attribution = Attribution.objects.get()
    assert (attribution.start, attribution.end) == (BODY.index("Moscou nie"), BODY.index("Moscou nie") + 10)


def test_quote_absent_from_the_article_is_refused_in_french(client, editor):
    article, claim = make_article(BODY), make_claim()
    client.force_login(editor)
    response = client.post(
        reverse("admin:claims_attribution_add"), attribution_data(claim, article, "Pékin nie")
    )
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["quote"] == [
        "La citation ne figure pas dans le texte de l’article."
    ]
    assert not Attribution.objects.exists()


def test_quote_present_twice_needs_its_occurrence(client, editor):
    article, claim = make_article("Moscou nie. Puis Moscou nie encore."), make_claim()
    client.force_login(editor)
    url = reverse("admin:claims_attribution_add")
    response = client.post(url, attribution_data(claim, article, "Moscou nie"))
    assert "2 fois" in response.context["adminform"].form.errors["quote"][0]
    client.post(url, attribution_data(claim, article, "Moscou nie", occurrence=2))
    assert Attribution.objects.get().start == article.body.rindex("Moscou nie")


def test_attribution_added_inline_on_a_new_article_is_located_in_its_body(client, editor):
    claim = make_claim()
    client.force_login(editor)
    data = {
        "title": "Nouvel article",
        "slug": "nouvel-article",
        "body": BODY,
        "language": "fr",
        "attributions-TOTAL_FORMS": 1,
        "attributions-INITIAL_FORMS": 0,
        "attributions-0-claim": claim.pk,
        "attributions-0-stance": "denies",
        "attributions-0-quote": "Moscou nie",
    }
    response = client.post(reverse("admin:claims_article_add"), data)
    assert response.status_code == 302
    assert Attribution.objects.get().start == BODY.index("Moscou nie")


def test_attribution_added_inline_on_a_claim_is_refused_when_the_quote_is_elsewhere(client, editor):
    claim, article = make_claim(), make_article(BODY)
    client.force_login(editor)
    data = {
        "text": claim.text,
        "slug": claim.slug,
        "seen_version": claim.version,
        "attributions-TOTAL_FORMS": 1,
        "attributions-INITIAL_FORMS": 0,
        "attributions-0-article": article.pk,
        "attributions-0-stance": "denies",
        "attributions-0-quote": "Pékin dément",
        "reviews-TOTAL_FORMS": 0,
        "reviews-INITIAL_FORMS": 0,
    }
    response = client.post(change_url(claim), data)
    assert response.status_code == 200
    assert "La citation ne figure pas dans le texte de l’article." in response.content.decode()
    assert not Attribution.objects.exists()


def test_overlapping_quotes_keep_every_character_of_the_body_once():
    from django.utils.html import strip_tags

    from claims.admin.article import mark_for_editors
    from claims.highlighting import highlight_quotes

    article = make_article("Selon Washington, Moscou nie tout.")
    wide = make_attribution(article=article, quote="Selon Washington, Moscou nie")
    narrow = make_attribution(article=article, quote="Moscou nie tout", stance="denies")
    html = highlight_quotes(article.body, [narrow, wide], mark_for_editors)
    assert strip_tags(html) == article.body
    assert html.count("selon-stance-asserts") == 2 and html.count("selon-stance-denies") == 1
