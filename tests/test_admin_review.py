"""Verdicts in the admin: the review actions, the review form of a claim's page, and who may use them."""

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.admin.models import CHANGE, LogEntry
from django.urls import reverse

from claims.admin import claim as claim_admin
from claims.models import Claim, Review

from .conftest import make_claim

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:claims_claim_changelist")


def review_url(claim):
    return reverse("admin:claims_claim_review", args=[claim.pk])


def run_action(client, action, claims, **extra):
    data = {"action": action, ACTION_CHECKBOX_NAME: [claim.pk for claim in claims], "index": 0, **extra}
    if "confirm" in extra:  # as the confirmation page sends them: the version of each claim it showed
        data.update({f"version_{claim.pk}": Claim.objects.get(pk=claim.pk).version for claim in claims})
    return client.post(CHANGELIST, data)


def test_review_action_first_asks_for_a_rationale_listing_the_claims(client, editor):
    claims = [make_claim("Premier énoncé."), make_claim("Second énoncé.")]
    client.force_login(editor)
    response = run_action(client, "mark_disputed", claims)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Premier énoncé." in html and "Second énoncé." in html
    assert 'name="rationale"' in html
    assert Review.objects.count() == 0


def test_confirming_a_review_action_reviews_every_selected_claim(client, editor):
    claims = [make_claim(), make_claim()]
    client.force_login(editor)
    response = run_action(
        client,
        "mark_disputed",
        claims,
        confirm="yes",
        rationale="Démenti par Moscou.",
        evidence="https://a.example",
    )
    assert response.status_code == 302
    for claim in claims:
        claim.refresh_from_db()
        assert claim.status == Claim.Status.DISPUTED
        review = claim.reviews.get()
        assert (review.rationale, review.evidence, review.reviewer) == (
            "Démenti par Moscou.",
            "https://a.example",
            editor,
        )


def test_review_action_says_what_it_did_in_french(client, editor):
    client.force_login(editor)
    response = run_action(client, "mark_disputed", [make_claim()], confirm="yes", rationale="Démenti.")
    messages = [str(message) for message in response.wsgi_request._messages]
    assert messages == ["Verdict « Contesté » enregistré pour 1 affirmation."]


def test_review_action_writes_an_admin_log_entry_per_claim(client, editor):
    claims = [make_claim(), make_claim()]
    client.force_login(editor)
    run_action(client, "mark_corroborated", claims, confirm="yes", rationale="Confirmé par trois sources.")
    entries = LogEntry.objects.filter(action_flag=CHANGE, user=editor)
    assert sorted(int(entry.object_id) for entry in entries) == sorted(claim.pk for claim in claims)
    assert all("Confirmé par trois sources." in entry.change_message for entry in entries)


def test_review_action_requires_a_rationale(client, editor):
    claim = make_claim()
    client.force_login(editor)
    response = run_action(client, "mark_disputed", [claim], confirm="yes", rationale="   ")
    assert response.status_code == 200
    assert response.context["form"].errors["rationale"]
    claim.refresh_from_db()
    assert claim.status == Claim.Status.UNREVIEWED
    assert not Review.objects.exists()


def test_reset_to_unreviewed_is_itself_a_review(client, editor):
    claim = make_claim()
    client.force_login(editor)
    run_action(client, "mark_disputed", [claim], confirm="yes", rationale="Un.")
    run_action(client, "mark_unreviewed", [claim], confirm="yes", rationale="Nouvelles informations.")
    claim.refresh_from_db()
    assert claim.status == Claim.Status.UNREVIEWED
    assert list(claim.reviews.values_list("number", "status")) == [(2, "unreviewed"), (1, "disputed")]


def test_contributor_sees_no_review_actions(client, contributor):
    client.force_login(contributor)
    response = client.get(CHANGELIST)
    assert response.status_code == 200
    html = response.content.decode()
    assert "mark_disputed" not in html and "mark_corroborated" not in html


def test_editor_sees_the_review_actions(client, editor):
    client.force_login(editor)
    choices = dict(client.get(CHANGELIST).context["action_form"].fields["action"].choices)
    assert {"mark_corroborated", "mark_disputed", "mark_unreviewed"} <= set(choices)
    assert choices["mark_disputed"] == "Marquer comme contesté"


def test_contributor_forged_review_action_changes_nothing(client, contributor):
    claim = make_claim()
    client.force_login(contributor)
    run_action(client, "mark_disputed", [claim], confirm="yes", rationale="Forgé.")
    claim.refresh_from_db()
    assert claim.status == Claim.Status.UNREVIEWED
    assert not Review.objects.exists()


def test_contributor_cannot_post_the_review_form(client, contributor):
    claim = make_claim()
    client.force_login(contributor)
    data = {"review-status": "disputed", "review-rationale": "Forgé."}
    assert client.post(review_url(claim), data).status_code == 403
    assert not Review.objects.exists()


def test_claim_page_offers_the_review_form_to_editors_only(client, editor, contributor):
    claim = make_claim()
    change = reverse("admin:claims_claim_change", args=[claim.pk])
    client.force_login(editor)
    assert review_url(claim) in client.get(change).content.decode()
    client.force_login(contributor)
    response = client.get(change)
    assert response.status_code == 200
    assert review_url(claim) not in response.content.decode()


def test_review_form_on_a_claim_page_records_the_verdict_and_logs_it(client, editor):
    claim = make_claim()
    client.force_login(editor)
    data = {"review-status": "corroborated", "review-rationale": "Confirmé.", "review-evidence": ""}
    response = client.post(review_url(claim), data)
    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.status == Claim.Status.CORROBORATED
    entry = LogEntry.objects.get(object_id=str(claim.pk))
    assert (entry.user, entry.action_flag) == (editor, CHANGE)
    assert "Confirmé." in entry.change_message


def test_review_form_without_rationale_shows_the_error_and_records_nothing(client, editor):
    claim = make_claim()
    client.force_login(editor)
    response = client.post(review_url(claim), {"review-status": "disputed", "review-rationale": ""})
    assert response.status_code == 200
    assert "Ce champ est obligatoire." in response.content.decode()
    assert not Review.objects.exists()


def test_status_is_read_only_on_the_claim_form(client, editor):
    claim = make_claim()
    client.force_login(editor)
    response = client.get(reverse("admin:claims_claim_change", args=[claim.pk]))
    assert "status" not in response.context["adminform"].form.fields


def test_claim_page_lists_reviews_newest_first_with_the_latest_rationale(client, editor):
    claim = make_claim()
    client.force_login(editor)
    run_action(client, "mark_disputed", [claim], confirm="yes", rationale="Première analyse.")
    run_action(client, "mark_corroborated", [claim], confirm="yes", rationale="Preuves nouvelles.")
    html = client.get(reverse("admin:claims_claim_change", args=[claim.pk])).content.decode()
    assert html.index("Preuves nouvelles.") < html.index("Première analyse.")
    assert '<p class="selon-rationale">Preuves nouvelles.</p>' in html


def test_review_form_on_a_claim_page_requires_a_verdict(client, editor):
    claim = make_claim()
    client.force_login(editor)
    response = client.post(review_url(claim), {"review-status": "", "review-rationale": "Sans verdict."})
    assert response.status_code == 200
    assert not Review.objects.exists()


def test_verdict_on_a_claim_changed_since_the_page_was_opened_is_refused(client, editor):
    claim = make_claim()
    Claim.objects.filter(pk=claim.pk).update(text="Texte changé entre-temps.", version=2)
    client.force_login(editor)
    data = {"review-status": "disputed", "review-rationale": "Démenti.", "review-seen_version": 1}
    response = client.post(review_url(claim), data)
    assert response.status_code == 200
    assert "Quelqu’un d’autre a modifié" in response.content.decode()
    assert not Review.objects.exists()


def test_claim_page_escapes_html_in_the_latest_rationale(client, editor):
    claim = make_claim()
    client.force_login(editor)
    run_action(client, "mark_disputed", [claim], confirm="yes", rationale="<img src=x onerror=alert(1)>")
    html = client.get(reverse("admin:claims_claim_change", args=[claim.pk])).content.decode()
    assert "<img src=x" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


def test_a_verdict_on_more_claims_than_the_limit_is_refused_and_records_nothing(client, editor, monkeypatch):
    monkeypatch.setattr(claim_admin, "MAX_REVIEWED_AT_ONCE", 2)
    claims = [make_claim(), make_claim(), make_claim()]
    client.force_login(editor)
    response = run_action(client, "mark_disputed", claims, confirm="yes", rationale="Démenti.")
    assert response.status_code == 302
    messages = [str(message) for message in response.wsgi_request._messages]
    assert messages == [
        "Un verdict peut être enregistré sur 2 affirmations au plus à la fois : "
        "affinez les filtres ou sélectionnez moins d’affirmations. Rien n’a été enregistré."
    ]
    assert not Review.objects.exists()
    assert set(Claim.objects.values_list("status", flat=True)) == {Claim.Status.UNREVIEWED}
    # At the limit, the intermediate page is shown as usual.
    assert run_action(client, "mark_disputed", claims[:2]).status_code == 200


def test_selecting_across_every_page_counts_against_the_limit(client, editor, monkeypatch):
    monkeypatch.setattr(claim_admin, "MAX_REVIEWED_AT_ONCE", 2)
    claims = [make_claim(), make_claim(), make_claim()]
    client.force_login(editor)
    response = run_action(client, "mark_corroborated", claims[:1], select_across="1")
    assert response.status_code == 302
    assert not Review.objects.exists()
