"""Lost updates: of two people editing the same record, the second save is refused, not applied."""

import pytest
from django.urls import reverse

from claims import services
from claims.models import Actor, Attribution, Claim

from .conftest import make_actor, make_article, make_attribution, make_claim

pytestmark = pytest.mark.django_db


def change_url(obj):
    return reverse(f"admin:claims_{obj._meta.model_name}_change", args=[obj.pk])


def claim_form_data(claim, **changes):
    data = {
        "text": claim.text,
        "slug": claim.slug,
        "seen_version": claim.version,
        "attributions-TOTAL_FORMS": 0,
        "attributions-INITIAL_FORMS": 0,
        "reviews-TOTAL_FORMS": 0,
        "reviews-INITIAL_FORMS": 0,
    }
    data.update(changes)
    return data


def test_saving_a_claim_bumps_its_version(client, editor):
    claim = make_claim("Avant.")
    client.force_login(editor)
    response = client.post(change_url(claim), claim_form_data(claim, text="Après."))
    assert response.status_code == 302
    claim.refresh_from_db()
    assert (claim.text, claim.version) == ("Après.", 2)


def test_stale_claim_edit_is_refused_with_a_message_and_changes_nothing(client, editor):
    claim = make_claim("Version d'origine.")
    opened = claim_form_data(claim, text="Modification tardive.")
    Claim.objects.filter(pk=claim.pk).update(text="Modification d'un collègue.", version=2)
    client.force_login(editor)
    response = client.post(change_url(claim), opened)
    assert response.status_code == 200
    assert "Quelqu’un d’autre a modifié" in response.content.decode()
    claim.refresh_from_db()
    assert (claim.text, claim.version) == ("Modification d'un collègue.", 2)


def test_a_review_since_the_form_was_opened_makes_the_edit_stale(client, editor):
    claim = make_claim("Avant.")
    opened = claim_form_data(claim, text="Après.")
    services.review_claim(claim=claim, status="disputed", rationale="Démenti.", reviewer=editor)
    client.force_login(editor)
    client.post(change_url(claim), opened)
    claim.refresh_from_db()
    assert claim.text == "Avant."


def test_save_losing_the_race_after_validation_is_rolled_back(client, editor, monkeypatch):
    claim = make_claim("Avant.")
    # Someone saves between this request's validation and its write.
    monkeypatch.setattr(services, "is_stale", lambda obj, seen: False)
    Claim.objects.filter(pk=claim.pk).update(version=5)
    client.force_login(editor)
    response = client.post(change_url(claim), claim_form_data(claim, text="Après.", seen_version=1))
    claim.refresh_from_db()
    assert (claim.text, claim.version) == ("Avant.", 5)
    messages = [str(message) for message in response.wsgi_request._messages]
    assert any("Quelqu’un d’autre a modifié" in message for message in messages)
    # Answered with the current version in a fresh form, not a dead end.
    assert response.status_code == 200
    assert response.context["adminform"].form["seen_version"].value() == 5


def test_save_versioned_refuses_a_stale_version():
    actor = make_actor("Pentagone")
    Actor.objects.filter(pk=actor.pk).update(version=3)
    actor.name = "Département de la Défense"
    with pytest.raises(services.StaleEdit):
        services.save_versioned(actor, seen_version=1)
    assert Actor.objects.get(pk=actor.pk).name == "Pentagone"


def test_stale_attribution_edit_inline_on_an_article_is_refused(client, editor):
    article = make_article("Selon Washington, les négociations progressent. Moscou nie.")
    attribution = make_attribution(article=article, quote="Moscou nie", stance="denies")
    Attribution.objects.filter(pk=attribution.pk).update(cue="nie", version=2)
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
        "attributions-0-claim": attribution.claim_id,
        "attributions-0-stance": "asserts",
        "attributions-0-quote": "Moscou nie",
        "attributions-0-seen_version": 1,
    }
    client.force_login(editor)
    response = client.post(change_url(article), data)
    assert response.status_code == 200
    attribution.refresh_from_db()
    assert (attribution.stance, attribution.cue, attribution.version) == ("denies", "nie", 2)


def test_edit_without_the_version_it_was_opened_at_is_refused(client, editor):
    claim = make_claim("Avant.")
    data = claim_form_data(claim, text="Forgé.")
    del data["seen_version"]
    client.force_login(editor)
    assert client.post(change_url(claim), data).status_code == 200
    claim.refresh_from_db()
    assert claim.text == "Avant."


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_of_two_simultaneous_saves_at_one_version_exactly_one_wins():
    import threading

    from django.db import connection, transaction

    claim = make_claim("Avant.")
    first_claimed, outcomes = threading.Event(), {}

    def edit(name, text, hold):
        try:
            with transaction.atomic():
                mine = Claim.objects.get(pk=claim.pk)
                mine.text = text
                services.save_versioned(mine, seen_version=1)
                if hold:
                    first_claimed.set()
                    # Keep the row locked while the other save tries to claim it.
                    threading.Event().wait(0.5)
            outcomes[name] = "saved"
        except services.StaleEdit:
            outcomes[name] = "refused"
        finally:
            connection.close()

    first = threading.Thread(target=edit, args=("first", "Première.", True))
    first.start()
    first_claimed.wait(5)
    second = threading.Thread(target=edit, args=("second", "Seconde.", False))
    second.start()
    first.join()
    second.join()
    assert outcomes == {"first": "saved", "second": "refused"}
    claim.refresh_from_db()
    assert (claim.text, claim.version) == ("Première.", 2)
