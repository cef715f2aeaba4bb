"""Fixture uploads are bounded: files per import, bytes per import, nesting per file, problems per page."""

import json
from io import StringIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command

from claims.admin import interchange
from claims.interchange.limits import MAX_NESTING, nesting_depth
from claims.models import StagedFixture

from .conftest import make_user
from .interchange_data import empty_the_database, export_text, make_newsroom

pytestmark = pytest.mark.django_db
URL = "/admin/claims/claim/import-fixtures/"


def upload(client, *files):
    return client.post(
        URL,
        {"files": [SimpleUploadedFile(name, data, content_type="application/json") for name, data in files]},
    )


def test_nesting_depth_counts_lists_and_objects_but_not_brackets_inside_strings():
    assert nesting_depth(b'[{"fields": {"claim": ["a[[[{{", "b\\\\"]}}]') == 4
    assert nesting_depth(b"[" * 2000) == 2000


def test_a_deeply_nested_upload_is_refused_with_a_message(client, editor):
    client.force_login(editor)
    response = upload(client, ("nested.json", b"[" * 2000 + b"]" * 2000))
    page = response.content.decode()
    assert response.status_code == 200
    assert f"plus de {MAX_NESTING} niveaux" in page
    assert 'name="confirm"' not in page


def test_import_claims_refuses_a_deeply_nested_file_without_a_traceback(tmp_path):
    path = tmp_path / "nested.json"
    path.write_bytes(b"[" * 2000 + b"]" * 2000)
    with pytest.raises(CommandError, match="niveaux"):
        call_command("import_claims", str(path), stdout=StringIO())


def test_more_files_than_the_limit_are_refused_before_any_check(client, editor):
    client.force_login(editor)
    files = [(f"f{number}.json", b"[]") for number in range(interchange.MAX_FILES + 1)]
    response = upload(client, *files)
    assert response.status_code == 413
    assert f"{interchange.MAX_FILES + 1} fichiers ont été envoyés" in response.content.decode()
    assert not StagedFixture.objects.exists()


def test_an_upload_over_the_total_size_is_refused(client, editor, monkeypatch):
    monkeypatch.setattr(interchange, "MAX_UPLOAD_BYTES", 1024 * 1024)
    client.force_login(editor)
    half = b"[" + b" " * (600 * 1024) + b"]"
    response = upload(client, ("a.json", half), ("b.json", half))
    assert response.status_code == 413
    assert "au plus 1 Mo en tout" in response.content.decode()
    assert not StagedFixture.objects.exists()


def test_an_error_report_lists_the_first_200_problems_and_the_total(client, editor):
    client.force_login(editor)
    claims = [
        {"model": "claims.claim", "fields": {"slug": f"c{n}", "text": "X.", "status": "peut-être"}}
        for n in range(250)
    ]
    response = upload(client, ("bad.json", json.dumps(claims).encode()))
    page = response.content.decode()
    assert page.count("<li>fichier bad.json, objet n°") == 200
    assert "Les 200 premiers problèmes sur 250" in page


def test_import_claims_lists_the_first_200_problems_and_the_total(tmp_path):
    claims = [
        {"model": "claims.claim", "fields": {"slug": f"c{n}", "text": "X.", "status": "peut-être"}}
        for n in range(250)
    ]
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(claims))
    with pytest.raises(CommandError) as refused:
        call_command("import_claims", str(path), stdout=StringIO())
    message = str(refused.value)
    assert message.startswith("250 erreur(s)")
    assert message.count("fichier ") == 200
    assert "Les 200 premiers problèmes sur 250 sont listés." in message


def test_a_checked_upload_waits_in_the_database_for_any_server_to_confirm(client, editor):
    make_newsroom()
    data = export_text().encode()
    empty_the_database(keep_users=[editor])
    client.force_login(editor)
    token = upload(client, ("newsroom.json", data)).context["token"]
    staged = StagedFixture.objects.get(token=token)
    assert (staged.name, bytes(staged.data), staged.uploaded_by) == ("newsroom.json", data, editor)
    client.post(URL, {"confirm": "1", "token": token})
    assert not StagedFixture.objects.exists()


def test_another_user_cannot_confirm_an_upload_they_did_not_check(client, editor):
    make_newsroom()
    client.force_login(editor)
    token = upload(client, ("newsroom.json", export_text().encode())).context["token"]
    StagedFixture.objects.update(uploaded_by=make_user("autre", is_superuser=True))
    response = client.post(URL, {"confirm": "1", "token": token}, follow=True)
    assert "n’est plus disponible" in response.content.decode()
