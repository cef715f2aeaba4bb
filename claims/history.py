"""Field-level history of the editorial records: who changed what, from what to what, when, and how.

django-simple-history keeps one snapshot row per save (``Model.history``); two consecutive
snapshots give the old → new of each field. The *path* a change came by (the admin, an import,
a merge, a review) is the snapshot's change reason, set for a whole block of work with
``write_path()`` so that no save inside it has to name it. Bulk writers that bypass ``save()``
(the fixture import) write their snapshots in bulk with ``record_bulk_history()``.
"""

import contextvars
import re
from contextlib import contextmanager

from django.db import connection, models
from django.utils import timezone
from django.utils.translation import gettext
from simple_history.models import HistoricalRecords

# The path of a status change written by services.review_claim().
_REVIEW_PATH = re.compile(r"^review #(\d+)$")
_current_path = contextvars.ContextVar("selon_write_path", default=None)

# Derived columns recomputed from other records: their churn is not an editorial change.
CLAIM_SUMMARY_COLUMNS = [
    "attribution_count",
    "article_count",
    "source_count",
    "asserting_sources",
    "denying_sources",
    "last_seen",
    "last_reviewed",
]


@contextmanager
def write_path(reason):
    """Name the path (``"admin"``, ``"import: a.json"``, ``"merge: X into Y"``) of every save inside."""
    token = _current_path.set(reason)
    try:
        yield
    finally:
        _current_path.reset(token)


def current_path():
    return _current_path.get()


class PathHistory(HistoricalRecords):
    """Snapshots whose change reason is the write path, unless the save named its own."""

    def __init__(self, **kwargs):
        kwargs.setdefault("history_change_reason_field", models.TextField(null=True))
        super().__init__(**kwargs)

    def get_change_reason_for_object(self, instance, history_type, using):
        return super().get_change_reason_for_object(instance, history_type, using) or current_path()


def record_bulk_history(model, pks, *, history_type, reason, user=None, chunk=900):
    """Write one snapshot per row of `model` in `pks`, copied from the table in SQL.

    For writers that insert or update rows in bulk without model instances: one
    INSERT … SELECT per `chunk` rows, nothing built in Python. `history_type` is "+"
    (created) or "~" (changed).
    """
    history = model.history.model
    quote = connection.ops.quote_name
    tracked = [field for field in history._meta.concrete_fields if not field.name.startswith("history_")]
    columns = [quote(field.column) for field in tracked]
    extra = ["history_date", "history_type", "history_change_reason", "history_user_id"]
    sql = (
        f"INSERT INTO {quote(history._meta.db_table)} ({', '.join(columns + [quote(c) for c in extra])}) "
        f"SELECT {', '.join(columns)}, %s, %s, %s, %s FROM {quote(model._meta.db_table)} "
        f"WHERE {quote(model._meta.pk.column)} IN ({{placeholders}})"
    )
    date = connection.ops.adapt_datetimefield_value(timezone.now())
    pks = list(pks)
    written = 0
    with connection.cursor() as cursor:
        for start in range(0, len(pks), chunk):
            part = pks[start : start + chunk]
            cursor.execute(
                sql.format(placeholders=", ".join(["%s"] * len(part))),
                [date, history_type, reason, getattr(user, "pk", None), *part],
            )
            written += len(part)
    return written


def current_user():
    """The signed-in user of the request being served (None in commands), for bulk history rows."""
    request = getattr(HistoricalRecords.context, "request", None)
    user = getattr(request, "user", None)
    return user if getattr(user, "is_authenticated", False) else None


def _shown(row, field):
    if field.is_relation:
        try:
            value = getattr(row, field.name)
        except field.related_model.DoesNotExist:
            value = getattr(row, field.attname)  # since deleted: its id
    elif field.choices:
        value = dict(field.flatchoices).get(getattr(row, field.attname), getattr(row, field.attname))
    else:
        value = getattr(row, field.attname)
    return "—" if value is None or value == "" else str(value)


def field_changes(row, before):
    """[(field label, old, new)] between two history rows of one record, every tracked field included.

    (simple-history's own diff leaves out fields the forms cannot edit, such as a claim's status.)
    """
    model = row.instance_type
    changes = []
    for field in row.instance_type._meta.concrete_fields:
        if field.name in ("id", "version", "updated_at") or not hasattr(row, field.attname):
            continue
        if getattr(row, field.attname) != getattr(before, field.attname):
            changes.append(
                (
                    str(model._meta.get_field(field.name).verbose_name),
                    _shown(before, field),
                    _shown(row, field),
                )
            )
    return changes


def changes_since(obj, seen_version):
    """What happened to `obj` after `seen_version`, oldest first, for the page refusing a stale form.

    [{"when", "who", "path", "changes": [(field label, old, new), …]}, …], read from its history
    rows. Costs a query, plus one per row with a reference among its changes.
    """
    rows = list(
        obj.history.filter(version__gt=seen_version).select_related("history_user").order_by("history_date")
    )
    before = obj.history.filter(version__lte=seen_version).order_by("-history_date").first()
    entries = []
    for row in rows:
        changes = field_changes(row, before) if before is not None else []
        entry = {
            "when": row.history_date,
            "who": row.history_user,
            "path": path_label(row.history_change_reason),
        }
        entry["changes"] = changes
        entry["review"] = review_of_history_row(row)
        entries.append(entry)
        before = row
    if hasattr(obj, "attributions") and rows:
        seen = obj.history.filter(version__lte=seen_version).order_by("-history_date").first()
        entries += _attribution_entries(obj, seen.history_date if seen else rows[0].history_date)
    # A claim's new version for a change to its attributions says nothing itself: theirs does.
    entries = [entry for entry in entries if entry["changes"] or entry["review"]] or entries
    return sorted(entries, key=lambda entry: entry["when"])


def _attribution_entries(claim, since):
    """The changes to `claim`'s attributions since `since` (whoever said it, how, the quote)."""
    entries = []
    model = claim.attributions.model
    rows = (
        model.history.filter(claim_id=claim.pk, history_date__gt=since)
        .select_related("history_user")
        .order_by("history_date")
    )
    for row in rows:
        if row.history_type == "~" and row.prev_record is not None:
            changes = field_changes(row, row.prev_record)
        else:
            what = gettext("attribution added") if row.history_type == "+" else gettext("attribution removed")
            changes = [
                (what, "—", str(row.instance)) if row.history_type == "+" else (what, str(row.instance), "—")
            ]
        if changes:
            entries.append(
                {
                    "when": row.history_date,
                    "who": row.history_user,
                    "path": path_label(row.history_change_reason),
                    "changes": changes,
                    "review": None,
                }
            )
    return entries


def review_of_history_row(row):
    """The Review that wrote this history row of a claim (its status change), or None. Costs a query."""
    match = _REVIEW_PATH.match(row.history_change_reason or "")
    if match is None or row.instance_type._meta.label != "claims.Claim":
        return None
    return row.instance_type.reviews.field.model.objects.filter(
        claim_id=row.id, number=int(match.group(1))
    ).first()


def path_label(path):
    """A history row's path as an editor reads it: "verdict n° 3", "import : lot.json", "fusion : a → b"."""
    if not path:
        return path
    review = _REVIEW_PATH.match(path)
    if review:
        return gettext("verdict #%(number)s") % {"number": review.group(1)}
    kind, _colon, rest = path.partition(": ")
    names = {"import": gettext("import"), "merge": gettext("merge"), "admin": gettext("admin")}
    if kind in names:
        return f"{names[kind]} : {rest.replace(' into ', ' → ')}" if rest else names[kind]
    return path
