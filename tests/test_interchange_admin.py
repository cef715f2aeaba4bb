import json
from datetime import timedelta

import pytest
from django.contrib.admin.sites import site
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import RequestFactory
from django.utils import timezone

from claims.admin.interchange import export_as_fixture
from claims.models import Claim, StagedFixture

from .interchange_data import empty_the_database, export_text, make_newsroom
from .interchange_data import fingerprint as full_fingerprint

pytestmark = pytest.mark.django_db
URL = "/admin/claims/claim/import-fixtures/"


def fingerprint():
    """Every table but the sessions and the staged files, where the checked upload waits for confirmation."""
    tables = full_fingerprint()
    del tables["sessions.session"]
    del tables["claims.stagedfixture"]
    return tables


def _upload(client, data, name="newsroom.json"):
    return client.post(URL, {"files": [SimpleUploadedFile(name, data, content_type="application/json")]})


def test_export_action_downloads_the_selected_claims_with_what_they_need(editor):
    make_newsroom()
    request = RequestFactory().post("/admin/claims/claim/")
    request.user = editor
    response = export_as_fixture(site._registry[Claim], request, Claim.objects.filter(slug="obus-livres"))
    assert response["Content-Disposition"].startswith('attachment; filename="claims-')
    objects = json.loads(response.content)
    assert [obj["fields"]["slug"] for obj in objects if obj["model"] == "claims.claim"] == ["obus-livres"]
    assert [obj["fields"]["slug"] for obj in objects if obj["model"] == "claims.article"] == [
        "negociations-armement"
    ]
    assert {obj["model"] for obj in objects} >= {"claims.actor", "claims.attribution"}


def test_export_action_requires_the_view_permission():
    assert export_as_fixture.allowed_permissions == ["view"]


def test_import_page_is_refused_without_the_import_permission(client, contributor):
    client.force_login(contributor)
    assert client.get(URL).status_code == 403


def test_editor_sees_the_upload_form(client, editor):
    client.force_login(editor)
    response = client.get(URL)
    assert response.status_code == 200
    assert 'type="file"' in response.content.decode()


def test_upload_shows_a_dry_run_report_and_writes_nothing(client, editor):
    make_newsroom()
    data = export_text().encode()
    empty_the_database(keep_users=[editor])
    client.force_login(editor)
    before = fingerprint()
    response = _upload(client, data)
    assert fingerprint() == before
    page = response.content.decode()
    assert 'id="import-report"' in page
    assert "<td>Affirmations</td><td>2</td><td>0</td><td>0</td>" in page
    assert 'name="confirm"' in page


def test_confirming_writes_the_checked_files(client, editor):
    make_newsroom()
    data = export_text().encode()
    empty_the_database(keep_users=[editor])
    client.force_login(editor)
    token = _upload(client, data).context["token"]
    response = client.post(URL, {"confirm": "1", "token": token}, follow=True)
    assert response.redirect_chain[-1][0] == "/admin/claims/claim/"
    assert Claim.objects.count() == 2
    assert "ajouts 2," in response.content.decode()


def test_a_confirmation_without_a_checked_upload_writes_nothing(client, editor):
    client.force_login(editor)
    before = fingerprint()
    response = client.post(URL, {"confirm": "1", "token": "forged"})
    assert response.status_code == 302
    assert fingerprint() == before


def test_a_bad_upload_lists_every_problem_and_offers_no_confirmation(client, editor):
    client.force_login(editor)
    before = fingerprint()
    bad = json.dumps(
        [
            {"model": "claims.claim", "fields": {"slug": "x", "text": "X.", "status": "maybe"}},
            {
                "model": "claims.attribution",
                "fields": {
                    "claim": ["x"],
                    "article": ["absent"],
                    "stance": "asserts",
                    "quote": "Q",
                    "start": 0,
                    "end": 1,
                },
            },
        ]
    ).encode()
    response = _upload(client, bad, "bad.json")
    page = response.content.decode()
    assert fingerprint() == before
    assert 'name="confirm"' not in page
    assert page.count("<li>fichier bad.json, objet n°") == 2
    assert "champ « statut » : &quot;maybe&quot; n’est pas l’une des valeurs permises" in page


def test_an_upload_over_the_size_limit_is_refused_unread(client, editor, settings):
    client.force_login(editor)
    response = _upload(client, b" " * (33 * 1024 * 1024), "huge.json")
    assert (
        "<li>fichier huge.json : le fichier fait 33.0 Mo ; la limite est de 32 Mo</li>"
        in response.content.decode()
    )


def test_uploads_never_confirmed_are_dropped_after_a_day(client, editor):
    make_newsroom()
    data = export_text().encode()
    client.force_login(editor)
    first = _upload(client, data).context["token"]
    StagedFixture.objects.filter(token=first).update(created_at=timezone.now() - timedelta(hours=25))
    client.logout()
    client.force_login(editor)
    _upload(client, data)
    assert not StagedFixture.objects.filter(token=first).exists()
