"""Actors in the admin: their page, their search, and merging two records of one actor."""

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.admin.models import DELETION, LogEntry
from django.core.exceptions import ValidationError
from django.urls import reverse

from claims.models import Actor, ActorAlias, Attribution
from claims.services import merge_actors

from .conftest import make_actor, make_article, make_attribution

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:claims_actor_changelist")


def test_merge_moves_attributions_aliases_and_children_and_keeps_the_name_as_alias():
    survivor = make_actor("Gouvernement russe", aliases=["Moscou"])
    duplicate = make_actor("Kremlin", aliases=["le Kremlin de Moscou"])
    spokesman = make_actor("Dmitri Peskov", kind="person", parent=duplicate)
    attribution = make_attribution(actor=duplicate)
    moved = merge_actors(survivor=survivor, duplicate=duplicate)
    assert {key: len(records) for key, records in moved.items()} == {
        "attributions": 1,
        "aliases": 2,
        "children": 1,
        "articles": 0,
    }
    assert not Actor.objects.filter(pk=duplicate.pk).exists()
    attribution.refresh_from_db()
    spokesman.refresh_from_db()
    assert (attribution.actor, spokesman.parent) == (survivor, survivor)
    assert set(survivor.aliases.values_list("alias", flat=True)) == {
        "Kremlin",
        "le Kremlin de Moscou",
        "Moscou",
    }
    assert Actor.objects.resolve("Kremlin") == survivor


def test_merge_bumps_versions_so_that_forms_opened_before_are_stale():
    survivor, duplicate = make_actor("Gouvernement russe"), make_actor("Russie")
    attribution = make_attribution(actor=duplicate)
    merge_actors(survivor=survivor, duplicate=duplicate)
    attribution.refresh_from_db()
    survivor.refresh_from_db()
    assert (attribution.version, survivor.version) == (2, 2)


def test_merge_moves_published_articles_to_a_media_survivor():
    survivor, duplicate = make_actor("Le Monde", kind="media"), make_actor("LeMonde.fr", kind="media")
    article = make_article(outlet=duplicate)
    merge_actors(survivor=survivor, duplicate=duplicate)
    article.refresh_from_db()
    assert article.outlet == survivor


def test_merge_refuses_actors_of_one_hierarchy_and_changes_nothing():
    government = make_actor("Gouvernement américain")
    pentagon = make_actor("Pentagone", parent=government)
    with pytest.raises(ValidationError):
        merge_actors(survivor=pentagon, duplicate=government)
    assert Actor.objects.count() == 2


def test_merge_refuses_when_both_hold_the_same_appearance():
    survivor, duplicate = make_actor("Gouvernement russe"), make_actor("Russie")
    first = make_attribution(actor=survivor)
    make_attribution(actor=duplicate, claim=first.claim, article=first.article)
    with pytest.raises(ValidationError):
        merge_actors(survivor=survivor, duplicate=duplicate)
    assert Attribution.objects.filter(actor=duplicate).count() == 1


def test_merge_action_asks_which_actor_to_keep(client, editor):
    actors = [make_actor("Gouvernement russe"), make_actor("Russie")]
    client.force_login(editor)
    response = client.post(
        CHANGELIST, {"action": "merge", ACTION_CHECKBOX_NAME: [a.pk for a in actors], "index": 0}
    )
    assert response.status_code == 200
    assert 'name="survivor"' in response.content.decode()
    assert Actor.objects.count() == 2


def test_merge_action_merges_and_logs_it(client, editor):
    survivor, duplicate = make_actor("Gouvernement russe"), make_actor("Russie")
    client.force_login(editor)
    data = {
        "action": "merge",
        ACTION_CHECKBOX_NAME: [survivor.pk, duplicate.pk],
        "index": 0,
        "confirm": "yes",
        "survivor": survivor.pk,
    }
    assert client.post(CHANGELIST, data).status_code == 302
    assert list(Actor.objects.all()) == [survivor]
    entry = LogEntry.objects.get(object_id=str(survivor.pk), content_type__model="actor")
    assert entry.user == editor and "Russie" in entry.change_message


def test_merge_action_puts_the_merge_in_the_history_of_every_record_it_touched(client, editor):
    survivor, duplicate = make_actor("Gouvernement russe"), make_actor("Russie")
    attribution = make_attribution(actor=duplicate)
    client.force_login(editor)
    data = {
        "action": "merge",
        ACTION_CHECKBOX_NAME: [survivor.pk, duplicate.pk],
        "index": 0,
        "confirm": "yes",
        "survivor": survivor.pk,
    }
    client.post(CHANGELIST, data)
    deleted = LogEntry.objects.get(action_flag=DELETION)
    assert (deleted.object_id, deleted.object_repr) == (str(duplicate.pk), "Russie")
    moved = LogEntry.objects.get(content_type__model="attribution")
    assert (moved.object_id, moved.user) == (str(attribution.pk), editor)


def test_refused_merge_leaves_no_history(client, editor):
    government = make_actor("Gouvernement américain")
    pentagon = make_actor("Pentagone", parent=government)
    client.force_login(editor)
    data = {
        "action": "merge",
        ACTION_CHECKBOX_NAME: [government.pk, pentagon.pk],
        "index": 0,
        "confirm": "yes",
        "survivor": pentagon.pk,
    }
    response = client.post(CHANGELIST, data, follow=True)
    assert "une même hiérarchie" in response.content.decode()
    assert not LogEntry.objects.exists()
    assert Actor.objects.count() == 2


def test_contributor_cannot_merge_actors(client, contributor):
    survivor, duplicate = make_actor("Gouvernement russe"), make_actor("Russie")
    client.force_login(contributor)
    data = {
        "action": "merge",
        ACTION_CHECKBOX_NAME: [survivor.pk, duplicate.pk],
        "index": 0,
        "confirm": "yes",
        "survivor": survivor.pk,
    }
    client.post(CHANGELIST, data)
    assert Actor.objects.count() == 2
    assert client.get(CHANGELIST).context["action_form"] is None  # no action at all to offer


def test_actor_search_matches_aliases_without_accents(client, editor):
    seoul = make_actor("Gouvernement sud-coréen", aliases=["Séoul"])
    make_actor("Gouvernement russe")
    client.force_login(editor)
    response = client.get(CHANGELIST, {"q": "seoul"})
    assert list(response.context["cl"].result_list) == [seoul]


def test_actor_page_counts_claims_asserted_denied_and_suspected_below_it(client, editor):
    government = make_actor("Gouvernement américain")
    make_attribution(actor=make_actor("Pentagone", parent=government))
    make_attribution(actor=government, stance="denies")
    client.force_login(editor)
    html = client.get(reverse("admin:claims_actor_change", args=[government.pk])).content.decode()
    assert "affirmées : 1 · niées : 1 · soupçonnées : 0" in html
    assert "Pentagone" in html


def test_actor_page_escapes_names_of_children(client, editor):
    government = make_actor("Gouvernement")
    make_actor("<b>Porte-parole</b>", slug="porte-parole", parent=government)
    client.force_login(editor)
    html = client.get(reverse("admin:claims_actor_change", args=[government.pk])).content.decode()
    assert "<b>Porte-parole</b>" not in html
    assert "&lt;b&gt;Porte-parole&lt;/b&gt;" in html


def test_alias_added_on_the_actor_page_is_saved(client, editor):
    actor = make_actor("Gouvernement russe")
    client.force_login(editor)
    data = {
        "name": actor.name,
        "slug": actor.slug,
        "kind": actor.kind,
        "seen_version": actor.version,
        "aliases-TOTAL_FORMS": 1,
        "aliases-INITIAL_FORMS": 0,
        "aliases-0-alias": "Moscou",
    }
    assert client.post(reverse("admin:claims_actor_change", args=[actor.pk]), data).status_code == 302
    assert ActorAlias.objects.get().actor == actor
