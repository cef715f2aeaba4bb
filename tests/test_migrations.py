from io import StringIO

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def test_migrations_are_in_sync_with_the_models():
    call_command("makemigrations", "--check", "--dry-run", stdout=StringIO())


def test_roles_exist_on_a_fresh_database():
    editors = Group.objects.get(name="Éditeurs")
    contributors = Group.objects.get(name="Contributeurs")
    assert editors.permissions.filter(codename="review_claim").exists()
    assert not contributors.permissions.filter(codename="review_claim").exists()
    assert contributors.permissions.filter(codename="change_attribution").exists()
    assert Permission.objects.filter(codename="review_claim", content_type__app_label="claims").count() == 1
