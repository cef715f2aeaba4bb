"""Import fixtures: check everything first, then write everything or nothing.

Three stages, so that a bad file never half-writes:

1. read: size, encoding, JSON syntax, the shape of each object, every field's type,
   choices and length (no database needed);
2. check against the files and the database together: references by natural key,
   quotes against their article's body, alias collisions, hierarchy depth, history;
3. only when both found nothing: upsert by natural key in one transaction, in bulk.

Every problem is reported, each with its file, object number, model, natural key and field.
"""

import datetime
import functools
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import connection, transaction
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from ..bulk import analyze_tables, insert_rows
from ..hierarchy import MAX_ACTOR_DEPTH, too_deep
from ..models import Actor, Attribution, Claim, validate_web_url
from ..services import QuotesWouldBreak, quote_moves, refresh_claim_summaries
from ..text import name_key, quote_offsets
from . import verdicts
from .limits import nesting_error
from .spec import UNUSABLE_PASSWORD, identity, specs

# Files are parsed whole; the limit keeps one upload from exhausting memory.
DEFAULT_MAX_BYTES = 32 * 1024 * 1024
# A report of 38,000 problems is a 6 MB page: the first ones say what is wrong, the total how much.
ERRORS_SHOWN = 200
BATCH_SIZE = 1000
# Keys per IN (...) list: under SQLite's historical limit of 999 parameters.
LOOKUP_CHUNK = 900
_SLUG = re.compile(r"^[-a-zA-Z0-9_]+\Z")
_validate_url = validate_web_url


@dataclass(frozen=True)
class FixtureError:
    file: str
    message: str
    index: int | None = None  # 1-based position of the object in its file
    model: str | None = None
    key: tuple | None = None
    field: str | None = None

    def __str__(self):
        where = _("file %(file)s") % {"file": self.file}
        if self.index is not None:
            where += _(", object %(index)d") % {"index": self.index}
        what = " ".join(
            part
            for part in (
                _model_name(self.model),
                json.dumps(list(self.key), ensure_ascii=False) if self.key is not None else None,
            )
            if part
        )
        if what:
            where += f" ({what})"
        if self.field:
            where += _(", field “%(field)s”") % {"field": _field_name(self.model, self.field)}
        return _("%(where)s: %(message)s") % {"where": where, "message": self.message}


def _model_name(label):
    """“attribution” for "claims.attribution": the model as editors name it."""
    if not label:
        return label
    try:
        return str(apps.get_model(label)._meta.verbose_name)
    except (LookupError, ValueError):
        return label


def _field_name(label, name):
    """“end” becomes “fin”: the field's verbose name when the model has such a field."""
    if not label:
        return name
    try:
        return str(apps.get_model(label)._meta.get_field(name).verbose_name)
    except (LookupError, ValueError, FieldDoesNotExist):
        return name


@dataclass
class ImportReport:
    """What an import did, or would do: counts per model, or the errors that stopped it."""

    dry_run: bool = False
    errors: list = field(default_factory=list)
    counts: dict = field(default_factory=dict)  # label -> {"created": n, "updated": n, "unchanged": n}

    @property
    def ok(self):
        return not self.errors

    @property
    def objects(self):
        return sum(sum(count.values()) for count in self.counts.values())

    def shown_errors(self):
        """The errors a report lists: the first ERRORS_SHOWN, the total said beside them."""
        return self.errors[:ERRORS_SHOWN]

    def lines(self):
        if self.errors:
            lines = [
                _("%(count)d error(s); nothing was written:") % {"count": len(self.errors)},
                *(str(e) for e in self.shown_errors()),
            ]
            if len(self.errors) > ERRORS_SHOWN:
                lines.append(
                    _("The first %(shown)d problems of %(total)d are listed.")
                    % {"shown": ERRORS_SHOWN, "total": len(self.errors)}
                )
            return lines
        lines = [
            _("%(model)s: %(created)d created, %(updated)d updated, %(unchanged)d unchanged")
            % {"model": label, **c}
            for label, c in self.counts.items()
        ]
        lines.append(
            _("Dry run: nothing was written.") if self.dry_run else _("Done: all written in one transaction.")
        )
        return lines


@dataclass
class Record:
    """One object of a fixture, its fields normalised: references as natural-key tuples."""

    label: str
    key: tuple
    values: dict
    file: str
    index: int

    @property
    def identity(self):
        return identity(self.label, self.key)

    def error(self, message, field=None):
        return FixtureError(self.file, message, self.index, self.label, self.key, field)


# Stage 1: reading ------------------------------------------------------------------------------


def read_source(name, data, max_bytes=DEFAULT_MAX_BYTES):
    """Parse one file's bytes into a list of raw objects. Returns (objects, errors)."""
    if max_bytes is not None and len(data) > max_bytes:
        return None, [
            FixtureError(
                name,
                _too_big(len(data), max_bytes),
            )
        ]
    if data.startswith(b"\xef\xbb\xbf"):
        return None, [
            FixtureError(
                name,
                _(
                    "line 1, column 1: the file starts with a UTF-8 byte order mark (BOM); "
                    "save it as UTF-8 without BOM"
                ),
            )
        ]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        return None, [
            FixtureError(
                name,
                _("line %(line)d, column %(column)d: not UTF-8 text (byte %(byte)d)")
                % {"line": line, "column": column, "byte": error.start},
            )
        ]
    if not text.strip():
        return None, [
            FixtureError(name, _("the file is empty; an exchange file is a JSON list, at least []"))
        ]
    if message := nesting_error(data):
        return None, [FixtureError(name, message)]
    try:
        objects = json.loads(text)
    except json.JSONDecodeError as error:
        return None, [
            FixtureError(
                name,
                _("line %(line)d, column %(column)d: invalid JSON: %(problem)s")
                % {"line": error.lineno, "column": error.colno, "problem": _json_problem(error.msg)},
            )
        ]
    if not isinstance(objects, list):
        found = _json_type(objects)
        return None, [
            FixtureError(name, _("expected a JSON list of objects, found %(found)s") % {"found": found})
        ]
    return objects, []


def _k(key):
    """A natural key as it reads in the file."""
    return json.dumps(list(key), ensure_ascii=False)


def _too_big(size, max_bytes):
    return _("the file is %(size)s MB; the limit is %(limit)s MB") % {
        "size": f"{size / 1024 / 1024:.1f}",
        "limit": f"{max_bytes / 1024 / 1024:.0f}",
    }


# Python's JSON parser explains itself in English: the problems a hand-edited file runs into.
_JSON_PROBLEMS = {
    "Expecting value": gettext_noop("a value is missing"),
    "Unterminated string starting at": gettext_noop("a text is not closed (a missing closing quote)"),
    "Expecting ',' delimiter": gettext_noop("a comma is missing"),
    "Expecting ':' delimiter": gettext_noop("a colon is missing"),
    "Expecting property name enclosed in double quotes": gettext_noop(
        "a field name must be in double quotes"
    ),
    "Extra data": gettext_noop("there is text after the end of the list"),
    "Invalid control character at": gettext_noop("a line break or tab inside a text (write it \\n or \\t)"),
    "Invalid \\escape": gettext_noop("an invalid escape (a backslash)"),
}


def _json_problem(message):
    problem = _JSON_PROBLEMS.get(message)
    return _(problem) if problem else message


def _json_type(value):
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return _("the number %(value)s") % {"value": value}
    if isinstance(value, str):
        return _("the text %(value)s") % {"value": json.dumps(value[:40], ensure_ascii=False)}
    if isinstance(value, list):
        return _("a list")
    return _("an object")


def _clean_value(spec, value):
    """Return (normalised value, error message or None) for one field's JSON value."""
    if value is None:
        return None, None if spec.null else _("may not be null")
    kind = spec.kind
    if kind == "str":
        if not isinstance(value, str):
            return None, _("expected text, found %(found)s") % {"found": _json_type(value)}
        if not value and not spec.blank:
            return None, _("may not be empty")
        if spec.max_length is not None and len(value) > spec.max_length:
            return None, _("longer than %(limit)d characters (%(length)d)") % {
                "limit": spec.max_length,
                "length": len(value),
            }
        if spec.choices is not None and value not in spec.choices:
            allowed = ", ".join(sorted(spec.choices))
            return None, _("%(value)s is not one of: %(allowed)s") % {
                "value": json.dumps(value, ensure_ascii=False),
                "allowed": allowed,
            }
        if spec.slug and not _SLUG.match(value):
            return None, _("%(value)s is not a slug (letters, digits, - and _)") % {
                "value": json.dumps(value, ensure_ascii=False)
            }
        if spec.url and value:
            try:
                _validate_url(value)
            except ValidationError:
                return None, _("%(value)s is not a URL") % {"value": json.dumps(value, ensure_ascii=False)}
        return value, None
    if kind == "int":
        if not isinstance(value, int) or isinstance(value, bool):
            return None, _("expected a whole number, found %(found)s") % {"found": _json_type(value)}
        if spec.positive and value < 0:
            return None, _("expected a number ≥ 0, found %(value)s") % {"value": value}
        return value, None
    if kind == "bool":
        if not isinstance(value, bool):
            return None, _("expected true or false, found %(found)s") % {"found": _json_type(value)}
        return value, None
    if kind == "date":
        parsed = parse_date(value) if isinstance(value, str) else None
        if parsed is None:
            return None, _("expected a date as YYYY-MM-DD, found %(found)s") % {"found": _json_type(value)}
        return parsed, None
    if kind == "datetime":
        try:
            parsed = parse_datetime(value) if isinstance(value, str) else None
        except ValueError:
            parsed = None
        if parsed is None:
            return None, _("expected a date and time in ISO 8601, found %(found)s") % {
                "found": _json_type(value)
            }
        if timezone.is_naive(parsed):
            parsed = timezone.make_aware(parsed)
        return parsed.astimezone(datetime.UTC), None
    # A reference: the natural key of the target, as a list.
    parts = _key_parts(spec.target)
    if type(value) is not list or len(value) != len(parts):
        return None, _("expected the natural key of %(target)s (a list of %(count)d), found %(found)s") % {
            "target": _model_name(spec.target),
            "count": len(parts),
            "found": _json_type(value),
        }
    for part, (lookup, expects_int, nullable) in zip(value, parts, strict=True):
        if expects_int:
            if type(part) is not int:
                return None, _("natural key %(key)s: %(part)s must be a number") % {
                    "key": json.dumps(value, ensure_ascii=False),
                    "part": lookup,
                }
        elif type(part) is not str and not (part is None and nullable):
            return None, _("natural key %(key)s: %(part)s must be text") % {
                "key": json.dumps(value, ensure_ascii=False),
                "part": lookup,
            }
    return tuple(value), None


@functools.cache
def _key_parts(label):
    """(lookup, is a number, may be null) for each part of label's natural key."""
    return tuple(
        (lookup, lookup.rsplit("__", 1)[-1] in ("start", "number"), lookup == "actor__slug")
        for lookup in specs()[label].key_lookups
    )


@functools.cache
def _key_fields(label):
    """(field name, is a reference) for each part of label's natural key, read from normalised values."""
    spec = specs()[label]
    return tuple(
        (lookup.split("__", 1)[0], spec.field_map[lookup.split("__", 1)[0]].kind == "ref")
        for lookup in spec.key_lookups
    )


def _natural_key(spec, values):
    key = []
    for name, is_ref in _key_fields(spec.label):
        value = values.get(name)
        if is_ref:
            value = value[0] if value else None
        key.append(value)
    return tuple(key)


def parse_objects(name, objects, broken=None):
    """Check each raw object on its own (stage 1). Returns (records, errors).

    Adds to `broken` the (label, identity) of objects refused here, so that stage 2 does
    not also report references to them as missing.
    """
    broken = set() if broken is None else broken
    all_specs = specs()
    records, errors = [], []
    for position, raw in enumerate(objects, start=1):
        if not isinstance(raw, dict):
            found = _json_type(raw)
            errors.append(
                FixtureError(name, _("expected an object, found %(found)s") % {"found": found}, position)
            )
            continue
        label = raw.get("model")
        if not isinstance(label, str) or label.lower() not in all_specs:
            known = ", ".join(all_specs)
            errors.append(
                FixtureError(
                    name,
                    _("unknown model %(label)s; expected one of: %(known)s")
                    % {"label": json.dumps(label, ensure_ascii=False), "known": known},
                    position,
                    field="model",
                )
            )
            continue
        label = label.lower()
        spec = all_specs[label]
        extra = set(raw) - {"model", "fields"} if len(raw) != 2 or "fields" not in raw else ()
        if "pk" in extra:
            errors.append(
                FixtureError(
                    name,
                    _("numeric ids (“pk”) are not part of the format: natural keys identify objects"),
                    position,
                    label,
                    field="pk",
                )
            )
            extra.discard("pk")
        for key in sorted(extra):
            errors.append(
                FixtureError(name, _("unknown key beside “model” and “fields”"), position, label, field=key)
            )
        fields = raw.get("fields")
        if not isinstance(fields, dict):
            errors.append(
                FixtureError(
                    name,
                    _("expected an object, found %(found)s") % {"found": _json_type(fields)},
                    position,
                    label,
                    field="fields",
                )
            )
            continue
        values, problems = {}, []
        field_map = spec.field_map
        if not fields.keys() <= field_map.keys():
            problems.extend(
                (field_name, _("unknown field")) for field_name in fields if field_name not in field_map
            )
        for field_spec in spec.fields:
            if field_spec.name not in fields:
                if field_spec.required:
                    problems.append((field_spec.name, _("missing")))
                continue
            value, problem = _clean_value(field_spec, fields[field_spec.name])
            if problem:
                problems.append((field_spec.name, problem))
            else:
                values[field_spec.name] = value
        try:
            key = _natural_key(spec, values)
        except (KeyError, TypeError):
            key = None
        if (
            key is not None
            and None in key
            and any(
                part is None
                for part, lookup in zip(key, spec.key_lookups, strict=True)
                if lookup != "actor__slug"
            )
        ):
            key = None
        if problems:
            errors.extend(
                FixtureError(name, message, position, label, key, field_name)
                for field_name, message in problems
            )
            if key is not None:
                broken.add((label, identity(label, key)))
            continue
        _complete(spec, values, fields)
        records.append(Record(label, key, values, name, position))
    return records, errors


def _complete(spec, values, given):
    """Fill what the file left out the way loaddata would (field defaults), and the derived columns."""
    if spec.label == "auth.user":
        return
    model = spec.model
    for field_spec in spec.fields:
        if field_spec.name not in values and field_spec.kind != "ref":
            values[field_spec.name] = model._meta.get_field(field_spec.name).get_default()
        elif field_spec.kind == "ref" and field_spec.name not in values:
            values[field_spec.name] = None
    if spec.label == "claims.claim":
        # A status is never taken from a file, only checked against the reviews: None when absent.
        values["status"] = given.get("status")
    if spec.label == "claims.actor":
        values["name_key"] = name_key(values["name"])
    elif spec.label == "claims.actoralias":
        values["key"] = name_key(values["alias"])


# Stage 2: checks across files and database -------------------------------------------------------


def _chunks(items, size=LOOKUP_CHUNK):
    items = list(items)
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _fetch(spec, identities, lookups):
    """Yield (identity, *values) for the rows of spec's table whose identity is in `identities`."""
    model = spec.model
    if not identities:
        return
    if spec.label == "claims.actoralias":
        keyed, column = ("key",), "key__in"
        parts = [ident[0] for ident in identities]
    elif len(spec.key_lookups) == 1:
        keyed, column = spec.key_lookups, f"{spec.key_lookups[0]}__in"
        parts = [ident[0] for ident in identities]
    else:  # attributions and reviews: by claim, then matched here
        keyed, column = spec.key_lookups, "claim__slug__in"
        parts = {ident[0] for ident in identities}
    # Above a few thousand keys one pass over the table beats many IN (...) lists.
    if len(parts) > 20 * LOOKUP_CHUNK:
        querysets = [model.objects.all()]
    else:
        querysets = [model.objects.filter(**{column: chunk}) for chunk in _chunks(parts)]
    width = len(keyed)
    for queryset in querysets:
        for row in queryset.values_list(*keyed, *lookups).iterator(chunk_size=5000):
            ident = tuple(row[:width])
            if ident in identities:
                yield ident, row[width:]


def _db_values(spec, row):
    """Normalise a values_list row (spec's field lookups) the way parse_objects() normalises a file."""
    values, position = {}, 0
    for field_spec in spec.fields:
        width = len(field_spec.lookups)
        part = row[position : position + width]
        position += width
        if field_spec.kind == "ref":
            values[field_spec.name] = None if part[0] is None else tuple(part)
        elif field_spec.kind == "datetime" and part[0] is not None:
            values[field_spec.name] = part[0].astimezone(datetime.UTC)
        else:
            values[field_spec.name] = part[0]
    return values


class _Plan:
    """Everything stage 2 learns from the database, reused by stage 3."""

    def __init__(self):
        self.records = {}  # label -> {identity: Record}
        self.existing = defaultdict(dict)  # label -> {identity: (pk, values)} for records already stored
        self.ids = defaultdict(dict)  # label -> {identity: pk} for every referenced or stored object
        self.actions = defaultdict(lambda: {"created": [], "updated": [], "unchanged": []})


def _deduplicate(records, errors):
    by_label = defaultdict(dict)
    for record in records:
        seen = by_label[record.label].get(record.identity)
        if seen is None:
            by_label[record.label][record.identity] = record
            continue
        if record.label == "claims.actoralias" and seen.values["alias"] != record.values["alias"]:
            errors.append(
                record.error(
                    _(
                        "alias collision: “%(alias)s” and “%(other)s” (%(file)s, object %(index)d) are the "
                        "same alias once case, accents and leading articles are ignored"
                    )
                    % {
                        "alias": record.values["alias"],
                        "other": seen.values["alias"],
                        "file": seen.file,
                        "index": seen.index,
                    },
                    "alias",
                )
            )
        elif seen.values != record.values:
            differing = sorted(name for name in record.values if record.values[name] != seen.values.get(name))
            errors.append(
                record.error(
                    _(
                        "the same natural key as %(file)s, object %(index)d, with different content "
                        "(%(fields)s)"
                    )
                    % {"file": seen.file, "index": seen.index, "fields": ", ".join(differing)},
                )
            )
    return by_label


def check(records, errors, broken=frozenset()):
    """Stage 2. Returns a _Plan; appends to `errors`. Queries the database, writes nothing."""
    all_specs = specs()
    plan = _Plan()
    plan.broken = broken
    plan.records = _deduplicate(records, errors)
    for label in all_specs:
        plan.records.setdefault(label, {})

    # What the files' objects already are in the database.
    for label, spec in all_specs.items():
        mine = plan.records[label]
        lookups = [lookup for field_spec in spec.fields for lookup in field_spec.lookups]
        for ident, row in _fetch(spec, set(mine), ["pk", *lookups]):
            plan.existing[label][ident] = (row[0], _db_values(spec, row[1:]))
            plan.ids[label][ident] = row[0]

    # References: to the files, or to the database.
    wanted = defaultdict(set)
    for label, spec in all_specs.items():
        refs = [field_spec for field_spec in spec.fields if field_spec.kind == "ref"]
        for record in plan.records[label].values():
            for field_spec in refs:
                target_key = record.values.get(field_spec.name)
                if target_key is not None:
                    ident = identity(field_spec.target, target_key)
                    if ident not in plan.records[field_spec.target]:
                        wanted[field_spec.target].add(ident)
    stored = defaultdict(dict)  # label -> {identity: extra values} for referenced database rows
    extra_lookups = {
        "claims.actor": ["pk", "kind"],
        "claims.article": ["pk", "body"],
        "claims.attribution": ["pk"],
    }
    for label, idents in wanted.items():
        for ident, row in _fetch(all_specs[label], idents, extra_lookups.get(label, ["pk"])):
            stored[label][ident] = row[1:]
            plan.ids[label][ident] = row[0]

    for label, spec in all_specs.items():
        refs = [field_spec for field_spec in spec.fields if field_spec.kind == "ref"]
        for record in plan.records[label].values():
            for field_spec in refs:
                target_key = record.values.get(field_spec.name)
                if target_key is None:
                    continue
                ident = identity(field_spec.target, target_key)
                if (
                    ident not in plan.records[field_spec.target]
                    and ident not in stored[field_spec.target]
                    and (field_spec.target, ident) not in broken
                ):
                    errors.append(
                        record.error(
                            _("no %(target)s %(key)s in the files or in the database")
                            % {"target": _model_name(field_spec.target), "key": _k(target_key)},
                            field_spec.name,
                        )
                    )

    def actor_kind(ident):
        if ident in plan.records["claims.actor"]:
            return plan.records["claims.actor"][ident].values["kind"]
        found = stored["claims.actor"].get(ident)
        return found[0] if found else None

    def article_body(ident):
        if ident in plan.records["claims.article"]:
            return plan.records["claims.article"][ident].values["body"]
        found = stored["claims.article"].get(ident)
        return found[0] if found else None

    for record in plan.records["claims.article"].values():
        outlet = record.values.get("outlet")
        if outlet is not None and actor_kind(outlet) not in (None, Actor.Kind.MEDIA):
            errors.append(
                record.error(
                    _("the outlet %(key)s is not an actor of kind media") % {"key": _k(outlet)},
                    "outlet",
                )
            )
    for record in plan.records["claims.attribution"].values():
        _check_quote(record, article_body((record.values["article"][0],)), errors)
        via = record.values.get("via")
        if via is not None:
            if tuple(via) == record.key:
                errors.append(record.error(_("an attribution cannot be reported via itself"), "via"))
            elif via[1] != record.values["article"][0]:
                errors.append(
                    record.error(_("the relayed attribution must come from the same article"), "via")
                )
    for record in plan.records["claims.review"].values():
        if record.values["number"] < 1:
            errors.append(record.error(_("review numbers start at 1"), "number"))
        if not record.values["rationale"].strip():
            errors.append(record.error(_("a review needs a rationale"), "rationale"))
        existing = plan.existing["claims.review"].get(record.identity)
        if existing is not None and existing[1] != record.values:
            errors.append(
                record.error(
                    _(
                        "this review is already recorded with different content; reviews are history and "
                        "are never rewritten (add a review with the next number instead)"
                    )
                )
            )
    _check_aliases(plan, errors)
    _check_hierarchy(plan, errors)
    _check_changed_bodies(plan, errors)
    verdicts.check_names(plan, errors)
    verdicts.check_statuses(plan, errors)
    verdicts.check_reopenings(plan, errors)
    return plan


def _check_quote(record, body, errors):
    values = record.values
    start, end, quote = values["start"], values["end"], values["quote"]
    if start >= end:
        message = _("the quote must end after it starts (%(start)d → %(end)d)") % {"start": start, "end": end}
        errors.append(record.error(message, "end"))
        return
    if end != start + len(quote):
        errors.append(
            record.error(
                _("the offsets %(start)d → %(end)d span %(span)d characters; the quote has %(length)d")
                % {"start": start, "end": end, "span": end - start, "length": len(quote)},
                "end",
            )
        )
        return
    if body is not None and body[start:end] != quote:
        errors.append(
            record.error(
                _(
                    "the quote is not the article's text at %(start)d → %(end)d: "
                    "the article has %(text)s there"
                )
                % {"start": start, "end": end, "text": json.dumps(body[start:end][:120], ensure_ascii=False)},
                "quote",
            )
        )


def _check_aliases(plan, errors):
    aliases = plan.records["claims.actoralias"]
    if not aliases:
        return
    # Same name key as a stored alias spelled differently.
    for ident, (_pk, values) in plan.existing["claims.actoralias"].items():
        record = aliases[ident]
        if values["alias"] != record.values["alias"]:
            errors.append(
                record.error(
                    _(
                        "alias collision: the database already has “%(alias)s” for %(actor)s, the same "
                        "alias once case, accents and leading articles are ignored"
                    )
                    % {"alias": values["alias"], "actor": _k(values["actor"])},
                    "alias",
                )
            )
    # An alias may not be another actor's name.
    keys = {ident[0] for ident in aliases}
    names = defaultdict(set)
    for record in plan.records["claims.actor"].values():
        if record.values["name_key"] in keys:
            names[record.values["name_key"]].add(record.key[0])
    for chunk in _chunks(keys):
        for key, slug in Actor.objects.filter(name_key__in=chunk).values_list("name_key", "slug"):
            if (slug,) not in plan.records["claims.actor"]:
                names[key].add(slug)
    for record in aliases.values():
        others = names.get(record.values["key"], set()) - {record.values["actor"][0]}
        if others:
            errors.append(
                record.error(
                    _("“%(alias)s” is already the name of the actor “%(actor)s”")
                    % {"alias": record.values["alias"], "actor": sorted(others)[0]},
                    "alias",
                )
            )


def _check_hierarchy(plan, errors):
    actors = plan.records["claims.actor"]
    if not any(record.values.get("parent") for record in actors.values()):
        return
    parents = {
        slug: parent
        for slug, parent in Actor.objects.values_list("slug", "parent__slug").iterator(chunk_size=5000)
    }
    for (slug,), record in actors.items():
        parent = record.values.get("parent")
        parents[slug] = parent[0] if parent else None
    for (slug,), record in actors.items():
        chain, node = [slug], parents.get(slug)
        while node is not None:
            if node in chain:
                loop = " → ".join([*chain, node])
                errors.append(record.error(_("the hierarchy loops: %(loop)s") % {"loop": loop}, "parent"))
                break
            chain.append(node)
            node = parents.get(node)
        else:
            if too_deep(above=len(chain) - 1):
                errors.append(
                    record.error(
                        _("the hierarchy is %(depth)d levels deep (%(chain)s); at most %(limit)d are allowed")
                        % {"depth": len(chain), "chain": " → ".join(chain), "limit": MAX_ACTOR_DEPTH},
                        "parent",
                    )
                )


def _check_changed_bodies(plan, errors):
    """An article whose body changes keeps the stored quotes the files do not replace: each is moved
    to its one occurrence in the new body (services.quote_moves()), or the import is refused."""
    changed = [
        (record, plan.existing["claims.article"][ident][1]["body"])
        for ident, record in plan.records["claims.article"].items()
        if ident in plan.existing["claims.article"]
        and plan.existing["claims.article"][ident][1]["body"] != record.values["body"]
    ]
    attributions = plan.records["claims.attribution"]
    plan.relocations = []
    for record, old_body in changed:
        stored = [
            attribution
            for attribution in Attribution.objects.filter(article__slug=record.key[0]).select_related(
                "claim", "article", "actor"
            )
            if attribution.natural_key() not in attributions
        ]
        try:
            plan.relocations += quote_moves(
                stored[0].article if stored else None,
                record.values["body"],
                old_body=old_body,
                attributions=stored,
            )
        except QuotesWouldBreak as error:
            for attribution in error.attributions:
                found = len(quote_offsets(record.values["body"], attribution.quote))
                errors.append(
                    record.error(
                        _(
                            "the new body holds the quote of attribution %(key)s %(found)d times, not "
                            "once: “%(quote)s” cannot be moved"
                        )
                        % {
                            "key": _k(attribution.natural_key()),
                            "found": found,
                            "quote": attribution.quote[:120],
                        },
                        "body",
                    )
                )


# Stage 3: writing ------------------------------------------------------------------------------


def _classify(plan):
    for label, spec in specs().items():
        derived = set(spec.derived)
        for ident, record in plan.records[label].items():
            existing = plan.existing[label].get(ident)
            if existing is None:
                plan.actions[label]["created"].append(record)
            elif label == "auth.user":
                # Existing accounts are never touched: not their password, flags or permissions.
                plan.actions[label]["unchanged"].append(record)
            elif any(
                record.values[name] != existing[1][name] for name in record.values if name not in derived
            ):
                plan.actions[label]["updated"].append(record)
            else:
                plan.actions[label]["unchanged"].append(record)


def _write(plan):
    all_specs = specs()
    User = get_user_model()
    users = [
        User(username=record.key[0], password=UNUSABLE_PASSWORD, is_active=False)
        for record in plan.actions["auth.user"]["created"]
    ]
    if users:
        User.objects.bulk_create(users, batch_size=BATCH_SIZE)
        plan.ids["auth.user"].update(((user.username,), user.pk) for user in users)
    # Only models something in the files points at need the ids of their new rows.
    referenced = {
        f.target
        for label, spec in all_specs.items()
        for f in spec.fields
        if f.kind == "ref"
        and any(record.values[f.name] is not None for record in plan.records[label].values())
    }

    for label in (label for label in all_specs if label != "auth.user"):
        spec = all_specs[label]
        model = spec.model
        actions = plan.actions[label]
        # Self-references (actor parent, attribution via) may point at rows created in this batch:
        # they are set in a second pass once every row has its id.
        later = [f.name for f in spec.fields if f.kind == "ref" and f.target == label]
        fields = [f for f in spec.fields if f.name not in later]
        names = [f.name for f in fields]
        refs = [(position, f.target) for position, f in enumerate(fields) if f.kind == "ref"]

        def row(record, names=names, refs=refs):
            values = [record.values[name] for name in names]
            for position, target in refs:
                if values[position] is not None:
                    values[position] = plan.ids[target][identity(target, values[position])]
            return values

        if actions["created"]:
            rows = [row(record) for record in actions["created"]]
            if label in referenced and connection.vendor == "postgresql":
                # Ids taken from the table's sequence beforehand spare reading them back afterwards.
                for pk, values, record in zip(
                    _reserve_ids(model, len(rows)), rows, actions["created"], strict=True
                ):
                    values.insert(0, pk)
                    plan.ids[label][record.identity] = pk
                insert_rows(model, [model._meta.pk.name, *names], rows, batch_size=BATCH_SIZE)
            else:
                insert_rows(model, names, rows, batch_size=BATCH_SIZE)
                if label in referenced:
                    created = {record.identity for record in actions["created"]}
                    for ident, (pk,) in _fetch(spec, created, ["pk"]):
                        plan.ids[label][ident] = pk
        if actions["updated"]:
            updated = []
            for record in actions["updated"]:
                instance = model(pk=plan.existing[label][record.identity][0])
                for name, value in zip(names, row(record), strict=True):
                    setattr(instance, model._meta.get_field(name).attname, value)
                updated.append(instance)
            model.objects.bulk_update(updated, names, batch_size=BATCH_SIZE // 2)
        if later:
            relinked = []
            for record in actions["created"] + actions["updated"]:
                existing = plan.existing[label].get(record.identity)
                if all(
                    record.values[name] is None and (existing is None or existing[1][name] is None)
                    for name in later
                ):
                    continue
                instance = model(pk=plan.ids[label][record.identity])
                for name in later:
                    target = record.values[name]
                    setattr(
                        instance,
                        f"{name}_id",
                        None if target is None else plan.ids[label][identity(label, target)],
                    )
                relinked.append(instance)
            if relinked:
                model.objects.bulk_update(relinked, later, batch_size=BATCH_SIZE // 2)


def _reserve_ids(model, count):
    table, column = model._meta.db_table, model._meta.pk.column
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
            [table, column, count],
        )
        return [pk for (pk,) in cursor.fetchall()]


# Entry point ------------------------------------------------------------------------------------


def import_fixtures(sources, *, dry_run=False, max_bytes=DEFAULT_MAX_BYTES):
    """Check every object of `sources`, then upsert them all in one transaction, or nothing.

    `sources` are paths, or (name, bytes) pairs for uploads. Returns an ImportReport;
    when it has errors, the database is as it was.
    """
    report = ImportReport(dry_run=dry_run)
    records, broken, unreadable = [], set(), False
    for source in sources:
        if isinstance(source, tuple):
            name, data = source
        else:
            name = str(source)
            try:
                path = Path(source)
                size = path.stat().st_size
                if max_bytes is not None and size > max_bytes:
                    report.errors.append(
                        FixtureError(
                            name,
                            _too_big(size, max_bytes),
                        )
                    )
                    unreadable = True
                    continue
                data = path.read_bytes()
            except OSError as error:
                report.errors.append(
                    FixtureError(name, _("cannot be read: %(reason)s") % {"reason": error.strerror})
                )
                unreadable = True
                continue
        objects, errors = read_source(name, data, max_bytes)
        report.errors.extend(errors)
        if objects is None:
            unreadable = True
        else:
            parsed, errors = parse_objects(name, objects, broken)
            records.extend(parsed)
            report.errors.extend(errors)
    # A file that could not be read at all would make every reference to it look missing.
    if unreadable:
        return report
    with transaction.atomic():
        plan = check(records, report.errors, broken)
        if report.errors:
            return report
        _classify(plan)
        report.counts = {
            label: {action: len(items) for action, items in plan.actions[label].items()}
            for label in specs()
            if plan.records[label]
        }
        if not dry_run:
            verdicts.prepare_writes(plan)
            _write(plan)
            verdicts.relocate(plan)
            _refresh_summaries(plan)
            verdicts.finish(plan, reason=_import_reason(sources))
    if not dry_run:
        analyze_tables({specs()[k].model: c["created"] + c["updated"] for k, c in report.counts.items()})
    return report


def _import_reason(sources):
    """The history's path for the rows an import writes: "import: " and the files' names."""
    names = [source[0] if isinstance(source, tuple) else Path(source).name for source in sources]
    return "import: " + ", ".join(names)


def _refresh_summaries(plan):
    """Bring the stored claim figures up to date with everything the import wrote."""

    def written(label):
        return [record for action in ("created", "updated") for record in plan.actions[label][action]]

    claim_slugs = {
        record.key[0]
        for label in ("claims.claim", "claims.attribution", "claims.review")
        for record in written(label)
    }
    touched = set()
    for chunk in _chunks(sorted(claim_slugs)):
        touched.update(Claim.objects.filter(slug__in=chunk).values_list("pk", flat=True))
    # A new article or actor can only be cited by attributions of this import, counted above;
    # an updated one (a date, a place in a hierarchy) changes the figures of what cites it.
    updated_articles = sorted(record.key[0] for record in plan.actions["claims.article"]["updated"])
    for chunk in _chunks(updated_articles):
        touched.update(Attribution.objects.filter(article__slug__in=chunk).values_list("claim_id", flat=True))
    for record in plan.actions["claims.actor"]["updated"]:
        actor = Actor.objects.get(slug=record.key[0])
        touched.update(Claim.objects.touched_by(actor).values_list("pk", flat=True))
    refresh_claim_summaries(sorted(touched))
