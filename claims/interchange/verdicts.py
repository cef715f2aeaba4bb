"""What an import may not do to the review record, and what it writes beside the rows.

- A status never comes from a file: a claim's status in a file must be its latest review's
  (files and database together), and every claim an import touches gets its status from its reviews.
- A verdict holds for the text it was given on: a file that changes a reviewed claim's text or its
  attributions must carry the review that reopens (or re-decides) it.
- Names and aliases of actors are one namespace.
- Every record the import creates or changes gets a new version and a history row, written in bulk,
  the import (its files) named as the path.
"""

from collections import defaultdict

from django.db.models import F
from django.utils.translation import gettext as _

from ..history import current_user, record_bulk_history
from ..models import Actor, ActorAlias, Article, Attribution, Claim, Review
from ..services import restore_review_statuses, touch_claims
from .spec import specs

UNREVIEWED = Claim.Status.UNREVIEWED
# What a verdict rests on, among an attribution's fields (its claim and actor are in its natural key).
ATTRIBUTION_VERDICT_FIELDS = ("stance", "quote")
HISTORY = {
    "claims.actor": Actor,
    "claims.actoralias": ActorAlias,
    "claims.article": Article,
    "claims.claim": Claim,
    "claims.attribution": Attribution,
}


def _chunks(items):
    from .importing import _chunks

    return _chunks(items)


def _latest_reviews(plan):
    """({slug: (number, status)} before the import, the same after it) for the claims the files touch."""
    slugs = {record.key[0] for record in plan.records["claims.claim"].values()}
    slugs |= {record.key[0] for record in plan.records["claims.review"].values()}
    slugs |= {record.key[0] for record in plan.records["claims.attribution"].values()}
    before = {}
    for chunk in _chunks(sorted(slugs)):
        rows = Review.objects.filter(claim__slug__in=chunk).values_list("claim__slug", "number", "status")
        for slug, number, status in rows:
            if slug not in before or number > before[slug][0]:
                before[slug] = (number, status)
    after = dict(before)
    for record in plan.records["claims.review"].values():
        slug, number = record.key
        if slug not in after or number >= after[slug][0]:
            after[slug] = (number, record.values["status"])
    return before, after


def _label(status):
    """The status as editors read it (“Corroboré”), or as given when it is no status at all."""
    return Claim.Status(status).label if status in Claim.Status.values else status


def check_statuses(plan, errors):
    """A claim's status in a file must be its latest review's; the file cannot set one of its own."""
    plan.reviews_before, plan.reviews_after = _latest_reviews(plan)
    # A review refused on its own already says what is wrong; its claim's status is not judged without it.
    unsure = {ident[0] for label, ident in plan.broken if label == "claims.review"}
    for (slug,), record in plan.records["claims.claim"].items():
        given = record.values["status"]
        if slug in unsure:
            continue
        number, expected = plan.reviews_after.get(slug, (None, UNREVIEWED))
        if given is not None and given != expected:
            latest = _("review no. %(number)d") % {"number": number} if number else _("no review")
            errors.append(
                record.error(
                    _(
                        "the status “%(given)s” disagrees with the latest review's “%(expected)s” "
                        "(%(latest)s): a status comes only from reviews; add the review, or give the "
                        "claim its review's status"
                    )
                    % {"given": _label(given), "expected": _label(expected), "latest": latest},
                    "status",
                )
            )


def check_reopenings(plan, errors):
    """Changing what a reviewed claim's verdict rests on needs a review in the files that reopens it."""
    new_reviews = {
        record.key[0]
        for ident, record in plan.records["claims.review"].items()
        if ident not in plan.existing["claims.review"]
    }

    def verdict(slug):
        number, status = plan.reviews_before.get(slug, (None, UNREVIEWED))
        return None if status == UNREVIEWED or slug in new_reviews else (number, status)

    def refuse(record, slug, what, field):
        number, status = verdict(slug)
        errors.append(
            record.error(
                _(
                    "%(what)s, but claim “%(slug)s” has a verdict (%(status)s, review no. %(number)d): "
                    "add to the files the review that reopens it (status unreviewed, the next number), "
                    "or leave it as it is"
                )
                % {"what": what, "slug": slug, "status": _label(status), "number": number},
                field,
            )
        )

    for ident, record in plan.records["claims.claim"].items():
        existing = plan.existing["claims.claim"].get(ident)
        if existing and existing[1]["text"] != record.values["text"] and verdict(record.key[0]):
            refuse(record, record.key[0], _("the claim's text changes"), "text")
    for ident, record in plan.records["claims.attribution"].items():
        slug = record.key[0]
        if not verdict(slug):
            continue
        existing = plan.existing["claims.attribution"].get(ident)
        if existing is None:
            refuse(record, slug, _("a new attribution is added"), None)
            continue
        changed = [name for name in ATTRIBUTION_VERDICT_FIELDS if existing[1][name] != record.values[name]]
        if changed:
            labels = ", ".join(str(Attribution._meta.get_field(name).verbose_name) for name in changed)
            refuse(record, slug, _("the attribution's %(fields)s changes") % {"fields": labels}, changed[0])


def check_names(plan, errors):
    """An actor's name may not be another actor's name or alias (same name key): one namespace."""
    actors, aliases = plan.records["claims.actor"], plan.records["claims.actoralias"]
    if not actors:
        return
    owners = defaultdict(set)
    for (slug,), record in actors.items():
        owners[record.values["name_key"]].add(slug)
    for record in aliases.values():
        owners[record.values["key"]].add(record.values["actor"][0])
    keys = sorted({record.values["name_key"] for record in actors.values()})
    for chunk in _chunks(keys):
        for key, slug in Actor.objects.filter(name_key__in=chunk).values_list("name_key", "slug"):
            if (slug,) not in actors:
                owners[key].add(slug)
        for key, slug in ActorAlias.objects.filter(key__in=chunk).values_list("key", "actor__slug"):
            if (key,) not in aliases:
                owners[key].add(slug)
    for (slug,), record in actors.items():
        others = sorted(owners[record.values["name_key"]] - {slug})
        if others:
            errors.append(
                record.error(
                    _(
                        "“%(name)s” already names the actor “%(other)s” (as its name or an alias): names "
                        "and aliases of actors are one namespace"
                    )
                    % {"name": record.values["name"], "other": others[0]},
                    "name",
                )
            )


def prepare_writes(plan):
    """Statuses from the reviews, and the next version for every record the import changes."""
    for (slug,), record in plan.records["claims.claim"].items():
        record.values["status"] = plan.reviews_after.get(slug, (None, UNREVIEWED))[1]
    for label in HISTORY:
        if "version" not in specs()[label].field_map:
            continue
        for record in plan.actions[label]["updated"]:
            record.values["version"] = plan.existing[label][record.identity][1]["version"] + 1


def relocate(plan):
    """Move the stored quotes of changed article bodies (found by the checks) to their new place."""
    moved = []
    for attribution, start in getattr(plan, "relocations", []):
        attribution.start, attribution.end = start, start + len(attribution.quote)
        attribution.version = F("version") + 1
        moved.append(attribution)
    Attribution.objects.bulk_update(moved, ["start", "end", "version"], batch_size=500)
    plan.relocated = [attribution.pk for attribution in moved]


def finish(plan, *, reason):
    """Statuses put back to their reviews', then the history rows of everything written, in bulk."""
    from .importing import _fetch

    slugs = {record.key[0] for record in plan.records["claims.claim"].values()}
    slugs |= {record.key[0] for record in plan.actions["claims.review"]["created"]}
    claim_ids = []
    for chunk in _chunks(sorted(slugs)):
        claim_ids += Claim.objects.filter(slug__in=chunk).values_list("pk", flat=True)
    restore_review_statuses(claim_ids)
    # Claims the files leave alone but whose attributions they add or change get a new version too.
    quoted = {
        record.key[0]
        for action in ("created", "updated")
        for record in plan.actions["claims.attribution"][action]
    } - {
        record.key[0] for action in ("created", "updated") for record in plan.actions["claims.claim"][action]
    }
    for chunk in _chunks(sorted(quoted)):
        touch_claims(Claim.objects.filter(slug__in=chunk).values_list("pk", flat=True), reason=reason)

    user = current_user()
    for label, model in HISTORY.items():
        created = plan.actions[label]["created"]
        ids = plan.ids[label]
        missing = {record.identity for record in created if record.identity not in ids}
        if missing:
            for ident, (pk,) in _fetch(specs()[label], missing, ["pk"]):
                ids[ident] = pk
        record_bulk_history(
            model, [ids[record.identity] for record in created], history_type="+", reason=reason, user=user
        )
        updated = [plan.existing[label][record.identity][0] for record in plan.actions[label]["updated"]]
        record_bulk_history(model, updated, history_type="~", reason=reason, user=user)
    record_bulk_history(
        Attribution, plan.relocated, history_type="~", reason=f"{reason} (quotes moved)", user=user
    )
