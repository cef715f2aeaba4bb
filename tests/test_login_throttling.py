"""Repeated wrong passwords lock one account from one address for a while; editors may unlock it."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.test import RequestFactory
from django.utils import timezone

from claims.middleware import client_address

pytestmark = pytest.mark.django_db
LOGIN = "/admin/login/?next=/admin/"
ATTEMPTS = "/admin/axes/accessattempt/"


def log_in(client, user, password, address="203.0.113.7"):
    return client.post(LOGIN, {"username": user.username, "password": password}, REMOTE_ADDR=address)


def logged_in(response):
    return response.status_code == 302 and response["Location"] == "/admin/"


def test_the_right_password_still_works_below_the_limit(client, editor):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert log_in(client, editor, "faux").status_code == 200
    assert logged_in(log_in(client, editor, "editrice-password"))


def test_30_wrong_passwords_lock_the_account_and_then_the_right_one_is_refused(client, editor):
    statuses = [log_in(client, editor, f"faux-{n}").status_code for n in range(30)]
    limit = settings.AXES_FAILURE_LIMIT
    assert statuses[: limit - 1] == [200] * (limit - 1)
    assert set(statuses[limit - 1 :]) == {429}
    response = log_in(client, editor, "editrice-password")
    assert response.status_code == 429
    page = response.content.decode()
    assert "Connexion temporairement bloquée" in page
    assert f"Après {limit} mots de passe erronés" in page
    assert "Réessayez dans 15 minutes, ou demandez à un éditeur de la débloquer." in page


def test_the_lock_holds_one_account_from_one_address_only(client, editor, contributor):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        log_in(client, editor, "faux")
    assert logged_in(log_in(client, editor, "editrice-password", address="198.51.100.2"))
    client.logout()
    assert logged_in(log_in(client, contributor, "contributeur-password"))


def test_the_lock_lifts_after_the_cool_off(client, editor):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        log_in(client, editor, "faux")
    assert log_in(client, editor, "editrice-password").status_code == 429
    AccessAttempt.objects.update(
        attempt_time=timezone.now() - settings.AXES_COOLOFF_TIME - timedelta(seconds=1)
    )
    assert logged_in(log_in(client, editor, "editrice-password"))


def test_an_editor_unlocks_a_blocked_login(client, editor, contributor):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        log_in(client, contributor, "faux")
    attempt = AccessAttempt.objects.get(username="contributeur")
    client.force_login(editor)
    listing = client.get(ATTEMPTS, {"blocked": "yes"})
    assert listing.status_code == 200
    assert "contributeur" in listing.content.decode()
    response = client.post(ATTEMPTS, {"action": "unlock", "_selected_action": [attempt.pk]}, follow=True)
    assert "1 connexion débloquée." in response.content.decode()
    assert not AccessAttempt.objects.exists()
    client.logout()
    assert logged_in(log_in(client, contributor, "contributeur-password"))


def test_contributors_cannot_see_or_unlock_blocked_logins(client, contributor, editor):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        log_in(client, editor, "faux")
    attempt = AccessAttempt.objects.get()
    client.force_login(contributor)
    assert client.get(ATTEMPTS).status_code == 403
    client.post(ATTEMPTS, {"action": "unlock", "_selected_action": [attempt.pk]})
    assert AccessAttempt.objects.filter(pk=attempt.pk).exists()


def test_the_client_address_is_the_one_the_trusted_proxy_saw(settings):
    settings.SELON_PROXY_COUNT = 1
    # The client wrote the first entry itself; the proxy appended the address it saw.
    request = RequestFactory().get("/", HTTP_X_FORWARDED_FOR="10.9.9.9, 203.0.113.7", REMOTE_ADDR="10.0.0.1")
    assert client_address(request) == "203.0.113.7"


def test_without_a_proxy_the_forwarded_header_is_ignored(settings):
    settings.SELON_PROXY_COUNT = 0
    request = RequestFactory().get("/", HTTP_X_FORWARDED_FOR="10.9.9.9", REMOTE_ADDR="203.0.113.7")
    assert client_address(request) == "203.0.113.7"
