"""The two editorial roles: editors issue verdicts, contributors record what articles say."""

from io import StringIO

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command

from claims.roles import CONTRIBUTORS, EDITORS

pytestmark = pytest.mark.django_db


def test_editors_may_review_claims(editor):
    assert editor.has_perm("claims.review_claim")


def test_contributors_record_but_may_not_review(contributor):
    for permission in ["add_claim", "change_claim", "add_attribution", "change_attribution", "add_actor"]:
        assert contributor.has_perm(f"claims.{permission}"), permission
    assert not contributor.has_perm("claims.review_claim")
    assert not contributor.has_perm("claims.delete_claim")
    assert not contributor.has_perm("claims.delete_actor")


def test_roles_exist_on_a_freshly_migrated_database():
    # The test database is built by the migrations: no flush has run yet.
    editors = Group.objects.get(name=EDITORS)
    assert editors.permissions.filter(codename="review_claim").exists()
    contributors = Group.objects.get(name=CONTRIBUTORS)
    assert not contributors.permissions.filter(codename="review_claim").exists()


def test_demo_accounts_belong_to_the_roles(settings):
    settings.DEBUG = True
    call_command("create_demo_accounts", stdout=StringIO())
    assert Group.objects.get(name=EDITORS).user_set.get().username == "editeur"
    assert Group.objects.get(name=CONTRIBUTORS).user_set.get().username == "contributeur"
