"""Recompute the stored name keys after name_key() stopped cutting words that begin like an article.

name_key() used to strip "le" from "les analystes" (→ "s analystes") and "la" from "Lavrov"
(→ "vrov"). Keys are derived data: Actor.name_key and ActorAlias.key are recomputed from the name
and the alias as written. Two aliases whose new keys coincide (say "les analystes" and
"analystes") cannot both keep them, the key being unique: for the same actor the second alias is
redundant and removed; for two different actors the later one keeps its old key, so that nothing
is lost and an editor can settle the clash in the admin (whose validation now reports it).
"""

from django.db import migrations

from claims.text import name_key


def recompute_keys(apps, schema_editor):
    Actor = apps.get_model("claims", "Actor")
    ActorAlias = apps.get_model("claims", "ActorAlias")
    for actor in Actor.objects.only("pk", "name", "name_key").iterator():
        key = name_key(actor.name)
        if key != actor.name_key:
            Actor.objects.filter(pk=actor.pk).update(name_key=key)
    aliases = list(ActorAlias.objects.order_by("pk").values_list("pk", "actor_id", "alias", "key"))
    taken = {}  # new key: actor id, for the aliases that keep their key or take the new one
    changing = []
    for pk, actor_id, alias, old in aliases:
        new = name_key(alias)
        if new == old:
            taken[new] = actor_id
        else:
            changing.append((pk, actor_id, new))
    # Free the old keys first: one alias's new key may be another's old one.
    for pk, _actor_id, _new in changing:
        ActorAlias.objects.filter(pk=pk).update(key=f"#{pk}")
    for pk, actor_id, new in changing:
        old = next(key for row_pk, _a, _alias, key in aliases if row_pk == pk)
        if new not in taken:
            ActorAlias.objects.filter(pk=pk).update(key=new)
            taken[new] = actor_id
        elif taken[new] == actor_id:
            ActorAlias.objects.filter(pk=pk).delete()
        else:
            ActorAlias.objects.filter(pk=pk).update(key=old)


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0011_trigram"),
    ]

    operations = [
        migrations.RunPython(recompute_keys, migrations.RunPython.noop),
    ]
