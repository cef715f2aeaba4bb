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


def test_each_attribution_foreign_key_leads_exactly_one_index():
    """Joins from claims, articles and actors stay indexed, without a duplicate to maintain."""
    from django.db import connection

    from claims.models import Attribution

    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, Attribution._meta.db_table)
    # Partial unique constraints are not general-purpose indexes: they cover only some rows.
    leading = [
        info["columns"][0]
        for name, info in constraints.items()
        if info["index"] and not info["primary_key"] and "unique" not in name and "appearance" not in name
    ]
    for column in ["claim_id", "article_id", "actor_id"]:
        assert leading.count(column) == 1, (column, leading)
