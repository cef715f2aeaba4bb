"""Writes that touch several records at once, each in one transaction."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F, Max, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import MAX_ACTOR_DEPTH, Actor, ActorAlias, Claim, Review
from .text import name_key


@transaction.atomic
def review_claim(*, claim, status, rationale, reviewer, evidence=""):
    """Record a verdict on `claim` and move its status to it. The only way a status changes.

    Raises ValidationError for an unknown status or a blank rationale; nothing is written then.
    """
    if status not in Claim.Status.values:
        raise ValidationError({"status": _("Unknown status “%(status)s”.") % {"status": status}})
    rationale = (rationale or "").strip()
    if not rationale:
        raise ValidationError({"rationale": _("A review needs a rationale.")})
    # Lock the claim so that two simultaneous reviews get consecutive numbers.
    locked = Claim.objects.select_for_update().get(pk=claim.pk)
    number = (locked.reviews.aggregate(last=Max("number"))["last"] or 0) + 1
    now = timezone.now()
    review = Review.objects.create(
        claim=locked,
        number=number,
        status=status,
        rationale=rationale,
        evidence=(evidence or "").strip(),
        reviewer=reviewer,
        created_at=now,
    )
    Claim.objects.filter(pk=locked.pk).update(status=status, updated_at=now, version=locked.version + 1)
    claim.status, claim.updated_at, claim.version = status, now, locked.version + 1
    return review


class StaleEdit(Exception):
    """Someone else saved the record after this edit was opened; the edit was not applied."""

    def __init__(self, obj):
        super().__init__(f"{obj._meta.label} {obj.pk} changed since version was read")
        self.obj = obj


def restore_review_statuses():
    """Put every claim's status back to its latest review's (unreviewed when it has none).

    Reviews are the record; a raw fixture load (`loaddata` of claims.json) can
    overwrite the status column with the file's. Returns how many claims changed.
    """
    latest = Review.objects.filter(claim=OuterRef("pk")).order_by("-number").values("status")[:1]
    expected = Coalesce(Subquery(latest), Value(Claim.Status.UNREVIEWED))
    drifted = Claim.objects.annotate(expected=expected).exclude(status=F("expected")).values("pk")
    return Claim.objects.filter(pk__in=drifted).update(status=expected, version=F("version") + 1)


def is_stale(obj, seen_version):
    """Whether `obj` has been saved by anyone since `seen_version` was read. Costs a query."""
    current = type(obj)._base_manager.filter(pk=obj.pk).values_list("version", flat=True).first()
    return current is not None and current != seen_version


@transaction.atomic
def save_versioned(obj, *, seen_version):
    """Save `obj` only if nobody saved it since `seen_version` was read; bump its version.

    The conditional UPDATE claims the row first: of two simultaneous edits opened at the
    same version, exactly one matches it. The other raises StaleEdit and writes nothing.
    """
    if obj.pk is None or seen_version is None:
        obj.save()
        return obj
    model = type(obj)
    claimed = model._base_manager.filter(pk=obj.pk, version=seen_version).update(version=seen_version + 1)
    if not claimed:
        raise StaleEdit(obj)
    obj.version = seen_version + 1
    if hasattr(obj, "updated_at"):
        obj.updated_at = timezone.now()
    obj.save()
    return obj


def _bump(obj, **changes):
    """Save `obj` with `changes` and a new version, so that edit forms opened before are refused."""
    for field, value in changes.items():
        setattr(obj, field, value)
    obj.version += 1
    obj.save()


@transaction.atomic
def merge_actors(*, survivor, duplicate):
    """Fold `duplicate` into `survivor`: two records that turned out to name one actor.

    Attributions, aliases, children and published articles move to the survivor, the
    duplicate's name becomes one of its aliases, and the duplicate is deleted. Nothing
    else is lost: a description or country the survivor lacks is taken over.
    Raises ValidationError, writing nothing, when the merge would break the hierarchy or
    make one appearance in an article recorded twice for the survivor.
    Returns what moved: {"attributions": [...], "aliases": [...], "children": [...], "articles": [...]}.
    """
    survivor = Actor.objects.select_for_update().get(pk=survivor.pk)
    duplicate = Actor.objects.select_for_update().get(pk=duplicate.pk)
    if survivor.pk == duplicate.pk:
        raise ValidationError(_("An actor cannot be merged with itself."))
    lineage = {survivor.pk, *(actor.pk for actor in survivor.ancestors())}
    if duplicate.pk in lineage or survivor.pk in {a.pk for a in duplicate.ancestors()}:
        raise ValidationError(
            _("%(a)s and %(b)s belong to one hierarchy: move one of them out of it before merging.")
            % {"a": survivor, "b": duplicate}
        )
    if len(survivor.ancestors()) + 1 + duplicate._depth_below() > MAX_ACTOR_DEPTH:
        raise ValidationError(
            _("Merging would make the hierarchy more than %(depth)d levels deep.")
            % {"depth": MAX_ACTOR_DEPTH}
        )
    if duplicate.published_articles.exists() and survivor.kind != Actor.Kind.MEDIA:
        raise ValidationError(
            _("%(actor)s publishes articles: it can only be merged into a media outlet.")
            % {"actor": duplicate}
        )
    clashes = [
        attribution
        for attribution in duplicate.attributions.select_related("article", "claim")
        if survivor.attributions.filter(
            claim_id=attribution.claim_id, article_id=attribution.article_id, start=attribution.start
        ).exists()
    ]
    if clashes:
        raise ValidationError(
            _("Both actors hold the same quote for the same claim in “%(article)s”: delete one first.")
            % {"article": clashes[0].article}
        )

    moved = {
        "attributions": list(duplicate.attributions.all()),
        "aliases": list(duplicate.aliases.all()),
        "children": list(duplicate.children.all()),
        "articles": list(duplicate.published_articles.all()),
    }
    # One save per record, never a bulk update: each keeps its version step and its history.
    for attribution in moved["attributions"]:
        _bump(attribution, actor=survivor)
    for child in moved["children"]:
        _bump(child, parent=survivor)
    for article in moved["articles"]:
        _bump(article, outlet=survivor)
    for alias in moved["aliases"]:
        alias.actor = survivor
        alias.save()

    if not survivor.country:
        survivor.country = duplicate.country
    if duplicate.description and duplicate.description not in survivor.description:
        survivor.description = "\n\n".join(filter(None, [survivor.description, duplicate.description]))
    old_name = duplicate.name
    duplicate.delete()
    _bump(survivor)
    known = {survivor.name_key, *survivor.aliases.values_list("key", flat=True)}
    if name_key(old_name) not in known:
        moved["aliases"].append(ActorAlias.objects.create(actor=survivor, alias=old_name))
    return moved
