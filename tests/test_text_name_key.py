"""name_key(): leading articles are whole words; the migration that repairs stored keys."""

import importlib

import pytest
from django.apps import apps

from claims.models import Actor, ActorAlias
from claims.text import name_key

recompute_keys = importlib.import_module("claims.migrations.0012_name_key_articles").recompute_keys


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("les analystes", "analystes"),
        ("Les Analystes", "analystes"),
        ("le Kremlin", "kremlin"),
        ("la Maison-Blanche", "maison-blanche"),
        ("l'ONU", "onu"),
        ("l’Élysée", "elysee"),
        ("des experts", "experts"),
        ("du Kremlin", "kremlin"),
        ("Lavrov", "lavrov"),
        ("Leclerc", "leclerc"),
        ("Desjardins", "desjardins"),
        ("Dupont", "dupont"),
        ("Lesotho", "lesotho"),
        ("La", "la"),
    ],
)
def test_name_key_strips_only_a_whole_leading_article(text, key):
    assert name_key(text) == key


def test_a_name_and_its_alias_with_an_article_meet():
    assert name_key("les analystes") == name_key("analystes")


@pytest.mark.django_db
def test_the_migration_recomputes_stored_keys_cut_by_the_old_rule():
    lavrov = Actor.objects.create(name="Lavrov", slug="lavrov", kind="person")
    analysts = Actor.objects.create(name="les analystes", slug="analystes", kind="group")
    alias = ActorAlias.objects.create(actor=lavrov, alias="Sergueï Lavrov")
    other = ActorAlias.objects.create(actor=analysts, alias="les experts")
    # the keys the old rule wrote
    Actor.objects.filter(pk=lavrov.pk).update(name_key="vrov")
    Actor.objects.filter(pk=analysts.pk).update(name_key="s analystes")
    ActorAlias.objects.filter(pk=other.pk).update(key="s experts")

    recompute_keys(apps, None)

    assert Actor.objects.get(pk=lavrov.pk).name_key == "lavrov"
    assert Actor.objects.get(pk=analysts.pk).name_key == "analystes"
    assert ActorAlias.objects.get(pk=other.pk).key == "experts"
    assert ActorAlias.objects.get(pk=alias.pk).key == "serguei lavrov"
    assert Actor.objects.resolve("les analystes") == analysts
    assert Actor.objects.resolve("des experts") == analysts


@pytest.mark.django_db
def test_the_migration_drops_a_duplicate_alias_of_the_same_actor_and_keeps_a_clash_between_actors():
    analysts = Actor.objects.create(name="Analystes financiers", slug="analystes-financiers", kind="person")
    experts = Actor.objects.create(name="Experts", slug="experts", kind="person")
    plain = ActorAlias.objects.create(actor=analysts, alias="analystes")
    duplicate = ActorAlias.objects.create(actor=analysts, alias="x")
    clash = ActorAlias.objects.create(actor=experts, alias="y")
    # written under the old rule: "les analystes" was stored as "s analystes", beside "analystes"
    ActorAlias.objects.filter(pk=duplicate.pk).update(alias="les analystes", key="s analystes")
    ActorAlias.objects.filter(pk=clash.pk).update(alias="Les Analystes ", key="s analystes ")

    recompute_keys(apps, None)

    assert ActorAlias.objects.get(pk=plain.pk).key == "analystes"
    assert not ActorAlias.objects.filter(pk=duplicate.pk).exists()
    assert ActorAlias.objects.get(pk=clash.pk).key == "s analystes "
