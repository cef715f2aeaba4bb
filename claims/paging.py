"""Paging the reader's claim list: orderings, signed cursors and keyset pages.

Counting the list is counting.py's; which claims are in it is filters.py's.
"""

import datetime

from django.core import signing
from django.core.exceptions import ValidationError
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

# Readers pick an ordering by name. Each is a list of keys (field, descending, nullable), which
# give both the ORDER BY (ORDERINGS, below) and the keyset pagination: a page starts where the
# previous one ended, so page 10,000 costs what page 1 costs. The claim slug breaks ties so
# pages never overlap.
ORDERING_KEYS = {
    "recent": (("last_seen", True, True), ("slug", False, False)),
    "sources": (("source_count", True, False), ("last_seen", True, True), ("slug", False, False)),
    "reviewed": (("last_reviewed", True, True), ("slug", False, False)),
}
DEFAULT_ORDERING = "recent"
KEY_TYPES = {"last_seen": datetime.date, "last_reviewed": datetime.datetime, "source_count": int, "slug": str}
CURSOR_SALT = "claims.cursor"

# `?page=N` is an offset scan: kept for old links, and only this far; deeper pages come by cursor.
MAX_PAGE_NUMBER = 20


class Cursor:
    """Where a page of the list starts: the sort values of the row before it (or after it, going back)."""

    def __init__(self, ordering, values, backward=False):
        self.ordering, self.values, self.backward = ordering, values, backward


def encode_cursor(claim, ordering=DEFAULT_ORDERING, *, backward=False):
    """An opaque, URL-safe, signed `cursor` value: the page after `claim` (before it if `backward`)."""
    values = []
    for name, _descending, _nullable in ORDERING_KEYS[ordering]:
        value = getattr(claim, name)
        values.append(value.isoformat() if hasattr(value, "isoformat") else value)
    return signing.dumps([ordering, values, int(backward)], salt=CURSOR_SALT, compress=False)


def decode_cursor(text):
    """The Cursor that `text` encodes; ValidationError if it was not made by encode_cursor()."""
    invalid = ValidationError(_("This page link is invalid or has expired."), code="invalid_cursor")
    try:
        ordering, raw, backward = signing.loads(text, salt=CURSOR_SALT)
        keys = ORDERING_KEYS[ordering]
        if len(raw) != len(keys):
            raise invalid
        values = []
        for (name, _descending, nullable), value in zip(keys, raw, strict=True):
            kind = KEY_TYPES[name]
            if value is None and nullable:
                values.append(None)
            elif kind is int:
                values.append(int(value))
            elif kind is str:
                values.append(str(value))
            else:
                values.append(kind.fromisoformat(value))
    except (signing.BadSignature, TypeError, ValueError, KeyError):
        raise invalid from None
    return Cursor(ordering, values, bool(backward))


def _order_by(keys, backward):
    order = []
    for name, descending, nullable in keys:
        descending = descending != backward
        if nullable:
            # Forward, empty dates come last; going back, first.
            order.append(F(name).desc(nulls_last=True) if descending else F(name).asc(nulls_first=True))
        else:
            order.append(f"-{name}" if descending else name)
    return order


def _segments(keys, values, backward):
    """Disjoint conditions, in reading order, that together select every row beyond `values`.

    One condition per stretch the ordering index can scan directly: PostgreSQL cannot start an
    index scan from an OR, nor from a row comparison over keys sorted in mixed directions.
    """
    (name, descending, nullable), *rest = keys
    value, *rest_values = values
    smaller = descending != backward
    nulls_first = nullable and backward
    if value is None:
        segments = [Q(**{f"{name}__isnull": True}) & tail for tail in _segments(rest, rest_values, backward)]
        if nulls_first:
            segments.append(Q(**{f"{name}__isnull": False}))
        return segments
    beyond = Q(**{f"{name}__{'lt' if smaller else 'gt'}": value})
    tails = _segments(rest, rest_values, backward) if rest else []
    if len(tails) == 1:
        # Ties on this key then the rest in one range scan: ties are few, filtering them is cheap.
        segments = [Q(**{f"{name}__{'lte' if smaller else 'gte'}": value}) & (beyond | tails[0])]
    else:
        segments = [Q(**{name: value}) & tail for tail in tails] + [beyond]
    if nullable and not nulls_first:
        segments.append(Q(**{f"{name}__isnull": True}))
    return segments


def keyset_page(queryset, ordering, size, cursor=None):
    """(rows, more): up to `size` claims of `queryset` from `cursor` on, in reading order.

    `more` says whether rows remain beyond the page in the cursor's direction. One query
    per index stretch crossed (at most three), whatever `size`.
    """
    keys = ORDERING_KEYS[ordering]
    backward = cursor is not None and cursor.backward
    queryset = queryset.order_by(*_order_by(keys, backward))
    if cursor is None:
        rows = list(queryset[: size + 1])
    else:
        rows = []
        for segment in _segments(keys, cursor.values, backward):
            rows += queryset.filter(segment)[: size + 1 - len(rows)]
            if len(rows) > size:
                break
    more = len(rows) > size
    rows = rows[:size]
    if backward:
        rows.reverse()
    return rows, more


# ORDER BY of each ordering, read forward.
ORDERINGS = {name: tuple(_order_by(keys, backward=False)) for name, keys in ORDERING_KEYS.items()}


class NoSuchPage(Exception):
    """A page number out of range, or past the end of the list."""


def list_page(queryset, ordering, size, *, cursor=None, number=None):
    """(rows, next, previous): one page of `queryset`, by cursor, or by small page number.

    `next` and `previous` are the cursors (encode_cursor()) of the pages around it, None at
    either end. Every page link carries one, the sort values of the row it continues from: a
    deep page is read straight from the ordering index instead of skipping the rows before it.
    Raises NoSuchPage for a `number` (the raw `?page=` value) that names no page.
    """
    if number and cursor is None:
        try:
            number = int(number)
        except ValueError:
            number = 0
        if not 1 <= number <= MAX_PAGE_NUMBER:
            raise NoSuchPage
        start = (number - 1) * size
        rows = list(queryset[start : start + size + 1])
        if number > 1 and not rows:
            raise NoSuchPage
        rows, more, earlier = rows[:size], len(rows) > size, number > 1
    else:
        rows, more = keyset_page(queryset, ordering, size, cursor)
        earlier = cursor is not None
        if cursor is not None and cursor.backward:
            earlier, more = more, True
            if not earlier:
                # Back at the start: show a full first page rather than the few rows before the cursor.
                rows, more = keyset_page(queryset, ordering, size)
    following = encode_cursor(rows[-1], ordering) if rows and more else None
    preceding = encode_cursor(rows[0], ordering, backward=True) if rows and earlier else None
    return rows, following, preceding
