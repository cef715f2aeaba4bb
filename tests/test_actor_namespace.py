"""Names and aliases of actors are one namespace: each resolves to exactly one actor."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from claims.models import Actor, ActorAlias
from claims.services import merge_actors

from .conftest import make_actor

pytestmark = pytest.mark.django_db


def test_an_actor_cannot_be_named_like_another_actors_alias():
    russia = make_actor("Gouvernement russe", aliases=["Moscou"])
    with pytest.raises(ValidationError) as raised:
        Actor(name="moscou", slug="moscou", kind="government").full_clean()
    assert raised.value.message_dict["name"] == [
        f"« moscou » désigne déjà {russia} (comme nom ou comme alias)."
    ]
    assert Actor.objects.resolve("Moscou") == russia


def test_an_actor_cannot_be_named_like_another_actor():
    make_actor("Pentagone")
    with pytest.raises(ValidationError) as raised:
        Actor(name="PENTAGONE", slug="pentagone-2", kind="government").full_clean()
    assert "Pentagone" in raised.value.message_dict["name"][0]


def test_renaming_an_actor_to_its_own_alias_is_allowed():
    russia = make_actor("Gouvernement russe", aliases=["Moscou"])
    russia.name = "Moscou"
    russia.full_clean()


def test_an_alias_cannot_be_another_actors_name():
    make_actor("Gouvernement russe")
    usa = make_actor("Gouvernement américain")
    with pytest.raises(ValidationError) as raised:
        ActorAlias(actor=usa, alias="gouvernement russe").full_clean()
    assert "Gouvernement russe" in raised.value.message_dict["alias"][0]


def test_admin_refuses_an_actor_named_like_another_actors_alias(client, editor):
    make_actor("Gouvernement russe", aliases=["Moscou"])
    client.force_login(editor)
    data = {
        "name": "Moscou",
        "slug": "moscou",
        "kind": "government",
        "aliases-TOTAL_FORMS": 0,
        "aliases-INITIAL_FORMS": 0,
    }
    response = client.post(reverse("admin:claims_actor_add"), data)
    assert response.status_code == 200
    assert "« Moscou » désigne déjà Gouvernement russe" in response.content.decode()
    assert not Actor.objects.filter(slug="moscou").exists()


def test_merge_refuses_when_the_duplicates_name_already_names_a_third_actor():
    third = make_actor("Gouvernement biélorusse", aliases=["Kremlin"])
    survivor = make_actor("Gouvernement russe")
    duplicate = make_actor("Kremlin", slug="kremlin")  # written before the rule, behind its back
    with pytest.raises(ValidationError) as raised:
        merge_actors(survivor=survivor, duplicate=duplicate)
    assert str(third) in raised.value.messages[0]
    assert Actor.objects.filter(pk=duplicate.pk).exists()


def test_merge_writes_history_with_the_merge_as_path():
    survivor = make_actor("Gouvernement russe")
    duplicate = make_actor("Kremlin")
    child = make_actor("Porte-parole", kind="person", parent=duplicate)
    merge_actors(survivor=survivor, duplicate=duplicate)
    row = Actor.objects.get(pk=child.pk).history.latest("history_date")
    assert row.history_change_reason == f"merge: {duplicate.slug} into {survivor.slug}"
    assert row.prev_record.parent_id == duplicate.pk and row.parent_id == survivor.pk
    deleted = Actor.history.filter(id=duplicate.pk, history_type="-").get()
    assert deleted.history_change_reason == f"merge: {duplicate.slug} into {survivor.slug}"
