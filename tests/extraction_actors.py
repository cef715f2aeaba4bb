"""Actors for the extraction tests, held in memory: no database, resolved by name key."""

from claims.extraction.resolve import TableResolver
from claims.text import name_key


class StubActor:
    def __init__(self, slug, kind=None):
        self.slug, self.kind = slug, kind

    def __repr__(self):
        return self.slug


def actor_table(actors):
    """{name key: StubActor} from {slug or (slug, kind): [names and aliases]}."""
    table = {}
    for key, names in actors.items():
        slug, kind = key if isinstance(key, tuple) else (key, None)
        actor = StubActor(slug, kind)
        for name in names:
            table[name_key(name)] = actor
    return table


def resolver_for(actors):
    return TableResolver(actor_table(actors))
