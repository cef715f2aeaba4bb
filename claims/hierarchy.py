"""The actor hierarchy's fixed depth, and every lookup, join and check derived from it.

An actor sits at most MAX_ACTOR_DEPTH levels down from its independent source:
government → institution → office → spokesperson. The fixed depth lets one expression
find any actor's source without recursion; the ORM lookups, select_related paths and raw
SQL joins that walk up the hierarchy are all written out here, from that one number.
"""

from django.db.models import F, Q
from django.db.models.functions import Coalesce

MAX_ACTOR_DEPTH = 4


def ancestor_paths(prefix=""):
    """Lookups from the actor at `prefix` to each ancestor it may have, nearest first.

    For "actor__": "actor__parent", then one more "__parent" per level. The last path is
    also the select_related path that fetches a whole chain in one query.
    """
    return [prefix + "__".join(["parent"] * level) for level in range(1, MAX_ACTOR_DEPTH)]


def source_expression(prefix=""):
    """SQL expression giving the id of the top-level ancestor ("independent source") of an actor.

    `prefix` is the path to the actor from the queried model, e.g. "attributions__actor__".
    """
    farthest_first = [F(f"{path}_id") for path in reversed(ancestor_paths(prefix))]
    return Coalesce(*farthest_first, F(f"{prefix}id"))


def source_sql(actor_column):
    """Raw SQL for source_expression(): (LEFT JOINs up from `actor_column`, the source id expression).

    The joins alias the ancestors a1, a2, … (a1 being the actor itself).
    """
    joins = [f"LEFT JOIN claims_actor a1 ON a1.id = {actor_column}"]
    for level in range(2, MAX_ACTOR_DEPTH):
        joins.append(f"LEFT JOIN claims_actor a{level} ON a{level}.id = a{level - 1}.parent_id")
    farthest_first = [f"a{level}.parent_id" for level in range(MAX_ACTOR_DEPTH - 1, 0, -1)]
    return "\n".join(joins), f"COALESCE({', '.join([*farthest_first, actor_column])})"


def actor_keys(actors):
    """Primary keys of `actors`: one actor, or a list of actors or of their primary keys."""
    if not isinstance(actors, (list, tuple, set)):
        actors = [actors]
    return [getattr(actor, "pk", actor) for actor in actors]


def below_any(keys, prefix=""):
    """Q: the actor at `prefix` is one of `keys` (a list or a subquery of primary keys) or below one."""
    query = Q(**{f"{prefix}pk__in": keys})
    for path in ancestor_paths(prefix):
        query |= Q(**{f"{path}__in": keys})
    return query


def lineage_q(actors, prefix=""):
    """Q matching `actors` and every actor below them in the hierarchy, through parent joins.

    A single condition, for where the actors are many (a search naming thousands); where they
    are few, models.in_lineage() lets the planner see which actors it is about.
    """
    return below_any(actor_keys(actors), prefix)


def too_deep(*, above, below=0):
    """Whether an actor with `above` levels over it and `below` levels under it breaks the depth.

    The one depth check: Actor.clean(), services.merge_actors() and the fixture import use it.
    """
    return above + 1 + below > MAX_ACTOR_DEPTH
