"""ClaimAdmin offers the fixture export action and links to the import page."""

import pytest
from django.contrib.admin.sites import site
from django.test import RequestFactory
from django.urls import reverse

from claims.models import Claim

pytestmark = pytest.mark.django_db


def _import_url():
    return reverse("admin:claims_claim_import_fixtures")


def test_claim_changelist_links_to_the_import_page_for_editors(client, editor):
    url = _import_url()
    client.force_login(editor)
    assert f'href="{url}"' in client.get(reverse("admin:claims_claim_changelist")).content.decode()


def test_claim_changelist_hides_the_import_link_from_contributors(client, contributor):
    url = _import_url()
    client.force_login(contributor)
    assert f'href="{url}"' not in client.get(reverse("admin:claims_claim_changelist")).content.decode()


def test_claim_admin_offers_the_export_action(editor):
    _import_url()
    request = RequestFactory().get("/admin/claims/claim/")
    request.user = editor
    assert "export_as_fixture" in site._registry[Claim].get_actions(request)
