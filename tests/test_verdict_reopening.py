"""A verdict holds for the text it was given on: changing that text or its attributions reopens the claim."""

import pytest
from django.urls import reverse

from claims import services
from claims.history import field_changes
from claims.models import Attribution, Claim, Review

from .conftest import assert_statuses_match_reviews, make_actor, make_article, make_attribution, make_claim

pytestmark = pytest.mark.django_db

BODY = "Selon Washington, les négociations progressent activement. Moscou nie tout accord."


def change_url(obj):
    return reverse(f"admin:claims_{obj._meta.model_name}_change", args=[obj.pk])


def reviewed_claim(editor, status="corroborated"):
    article = make_article(BODY)
    claim = make_claim("Les négociations progressent activement.")
    attribution = make_attribution(
        claim=claim, article=article, actor=make_actor("Washington"), quote="les négociations progressent"
    )
    services.review_claim(claim=claim, status=status, rationale="Confirmé par deux sources.", reviewer=editor)
    claim.refresh_from_db()
    return claim, attribution


def claim_form_data(claim, attribution=None, **changes):
    data = {
        "text": claim.text,
        "slug": claim.slug,
        "seen_version": claim.version,
        "attributions-TOTAL_FORMS": 0,
        "attributions-INITIAL_FORMS": 0,
        "reviews-TOTAL_FORMS": 0,
        "reviews-INITIAL_FORMS": 0,
    }
    if attribution is not None:
        data.update(
            {
                "attributions-TOTAL_FORMS": 1,
                "attributions-INITIAL_FORMS": 1,
                "attributions-0-id": attribution.pk,
                "attributions-0-claim": claim.pk,
                "attributions-0-article": attribution.article_id,
                "attributions-0-actor": attribution.actor_id or "",
                "attributions-0-stance": attribution.stance,
                "attributions-0-cue": attribution.cue,
                "attributions-0-quote": attribution.quote,
                "attributions-0-seen_version": attribution.version,
            }
        )
    data.update(changes)
    return data


def test_contributor_sees_a_reviewed_claims_text_read_only_with_the_reason(client, editor, contributor):
    claim, _attribution = reviewed_claim(editor)
    client.force_login(contributor)
    html = client.get(change_url(claim)).content.decode()
    assert 'name="text"' not in html
    assert "seul un éditeur" in html
    assert 'name="attributions-0-quote"' not in html  # its attributions are read-only too


def test_contributor_cannot_rewrite_a_reviewed_claim(client, editor, contributor):
    claim, _attribution = reviewed_claim(editor)
    client.force_login(contributor)
    client.post(change_url(claim), claim_form_data(claim, text="Les négociations sont au point mort."))
    claim.refresh_from_db()
    assert (claim.text, claim.status) == ("Les négociations progressent activement.", "corroborated")
    assert_statuses_match_reviews()


def test_contributor_cannot_change_the_stance_of_a_reviewed_claims_attribution(client, editor, contributor):
    claim, attribution = reviewed_claim(editor)
    client.force_login(contributor)
    data = {
        "claim": claim.pk,
        "article": attribution.article_id,
        "actor": attribution.actor_id,
        "stance": "denies",
        "cue": "",
        "quote": attribution.quote,
        "seen_version": attribution.version,
    }
    client.post(change_url(attribution), data)
    attribution.refresh_from_db()
    assert attribution.stance == "asserts"
    assert Claim.objects.get(pk=claim.pk).status == "corroborated"


def test_contributor_cannot_remove_an_attribution_of_a_reviewed_claim_from_its_article(
    client, editor, contributor
):
    claim, attribution = reviewed_claim(editor)
    article = attribution.article
    data = {
        "title": article.title,
        "slug": article.slug,
        "body": article.body,
        "language": "fr",
        "seen_version": article.version,
        "attributions-TOTAL_FORMS": 1,
        "attributions-INITIAL_FORMS": 1,
        "attributions-0-id": attribution.pk,
        "attributions-0-article": article.pk,
        "attributions-0-claim": claim.pk,
        "attributions-0-actor": attribution.actor_id,
        "attributions-0-stance": "asserts",
        "attributions-0-quote": attribution.quote,
        "attributions-0-seen_version": attribution.version,
        "attributions-0-DELETE": "on",
    }
    client.force_login(contributor)
    response = client.post(change_url(article), data)
    assert "seul un éditeur" in response.content.decode()
    assert Attribution.objects.filter(pk=attribution.pk).exists()


def test_editor_must_give_a_reason_to_rewrite_a_reviewed_claim(client, editor):
    claim, _attribution = reviewed_claim(editor)
    client.force_login(editor)
    response = client.post(
        change_url(claim), claim_form_data(claim, text="Les négociations sont au point mort.")
    )
    assert response.status_code == 200
    assert "raison" in response.content.decode()
    claim.refresh_from_db()
    assert (claim.text, claim.status, claim.reviews.count()) == (
        "Les négociations progressent activement.",
        "corroborated",
        1,
    )


def test_editor_rewriting_a_reviewed_claim_reopens_it_through_a_review(client, editor):
    claim, _attribution = reviewed_claim(editor)
    client.force_login(editor)
    response = client.post(
        change_url(claim),
        claim_form_data(
            claim,
            text="Les négociations sont au point mort.",
            reopen_rationale="Le communiqué a été corrigé.",
        ),
    )
    assert response.status_code == 302
    claim.refresh_from_db()
    assert (claim.text, claim.status) == ("Les négociations sont au point mort.", "unreviewed")
    review = claim.reviews.order_by("-number").first()
    assert (review.number, review.status, review.reviewer) == (2, "unreviewed", editor)
    assert review.rationale.startswith("Rouverte : texte de l’affirmation modifié.")
    assert review.rationale.endswith("Le communiqué a été corrigé.")
    assert_statuses_match_reviews()


def test_public_page_of_a_reopened_claim_no_longer_publishes_the_verdict(client, editor):
    claim, _attribution = reviewed_claim(editor)
    client.force_login(editor)
    client.post(
        change_url(claim),
        claim_form_data(
            claim, text="Les négociations sont au point mort.", reopen_rationale="Texte corrigé."
        ),
    )
    client.logout()
    html = client.get(claim.get_absolute_url()).content.decode()
    assert "ClaimReview" not in html
    assert "Corroboré" not in html.split("<h2", 1)[0]


def test_editor_changing_an_attributions_stance_inline_reopens_its_claim(client, editor):
    claim, attribution = reviewed_claim(editor)
    client.force_login(editor)
    data = claim_form_data(claim, attribution, reopen_rationale="Washington dément en fait.")
    data["attributions-0-stance"] = "denies"
    assert client.post(change_url(claim), data).status_code == 302
    attribution.refresh_from_db()
    claim.refresh_from_db()
    assert (attribution.stance, claim.status) == ("denies", "unreviewed")
    assert "position" in claim.reviews.order_by("-number").first().rationale


def test_editor_removing_an_attribution_reopens_its_claim(client, editor):
    claim, attribution = reviewed_claim(editor)
    client.force_login(editor)
    data = claim_form_data(claim, attribution, reopen_rationale="Citation mal attribuée.")
    data["attributions-0-DELETE"] = "on"
    assert client.post(change_url(claim), data).status_code == 302
    claim.refresh_from_db()
    assert not Attribution.objects.filter(pk=attribution.pk).exists()
    assert claim.status == "unreviewed"
    assert_statuses_match_reviews()


def test_editing_what_a_verdict_does_not_rest_on_keeps_it(client, editor):
    claim, attribution = reviewed_claim(editor)
    client.force_login(editor)
    data = claim_form_data(claim, attribution, slug="negociations-actives")
    data["attributions-0-cue"] = "selon"
    assert client.post(change_url(claim), data).status_code == 302
    claim.refresh_from_db()
    assert (claim.slug, claim.status, claim.reviews.count()) == ("negociations-actives", "corroborated", 1)


def test_rewriting_an_unreviewed_claim_needs_no_reason(client, editor):
    claim = make_claim("Avant.")
    client.force_login(editor)
    assert client.post(change_url(claim), claim_form_data(claim, text="Après.")).status_code == 302
    assert Review.objects.count() == 0


def test_reopening_is_in_the_claims_history_with_old_and_new_text(client, editor):
    claim, _attribution = reviewed_claim(editor)
    client.force_login(editor)
    client.post(
        change_url(claim),
        claim_form_data(claim, text="Les négociations sont au point mort.", reopen_rationale="Corrigé."),
    )
    rows = list(claim.history.order_by("history_date"))
    edit = next(row for row in rows if row.history_change_reason == "admin" and row.history_type == "~")
    assert field_changes(edit, edit.prev_record) == [
        ("affirmation", "Les négociations progressent activement.", "Les négociations sont au point mort.")
    ]
    assert edit.history_user == editor
    assert rows[-1].history_change_reason == "review #2"
    assert (rows[-1].status, rows[-2].status) == ("unreviewed", "corroborated")
    history = client.get(reverse("admin:claims_claim_history", args=[claim.pk])).content.decode()
    assert "Les négociations progressent activement.&nbsp;&rarr;&nbsp;Les négociations sont" in " ".join(
        history.split()
    )
    assert "Corroboré&nbsp;&rarr;&nbsp;À vérifier" in " ".join(history.split())
