"""The reader-facing claim list's filters: one FilterSet, shared by the page, the exports and commands."""

import datetime

import django_filters as filters
from django import forms
from django.core import signing
from django.core.exceptions import ValidationError
from django.db.models import F, Q
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from .models import Actor, Attribution, Claim, in_lineage
from .search import MAX_QUERY_LENGTH, search_claims

# Readers pick an ordering by name; the claim slug breaks ties so pages never overlap.
ORDERINGS = {
    "recent": (F("last_seen").desc(nulls_last=True), "slug"),
    "sources": ("-source_count", F("last_seen").desc(nulls_last=True), "slug"),
    "reviewed": (F("last_reviewed").desc(nulls_last=True), "slug"),
}
DEFAULT_ORDERING = "recent"
# The same orderings as keys (field, descending, nullable) for keyset pagination: a page starts
# where the previous one ended, so page 10,000 costs what page 1 costs.
ORDERING_KEYS = {
    "recent": (("last_seen", True, True), ("slug", False, False)),
    "sources": (("source_count", True, False), ("last_seen", True, True), ("slug", False, False)),
    "reviewed": (("last_reviewed", True, True), ("slug", False, False)),
}
KEY_TYPES = {"last_seen": datetime.date, "last_reviewed": datetime.datetime, "source_count": int, "slug": str}
CURSOR_SALT = "claims.cursor"

# Conditions on one attribution: "Washington asserts it in a Le Monde article of March"
# means one attribution meeting all three, not three attributions meeting one each.
ATTRIBUTION_FILTERS = ("stance", "actor", "outlet", "article", "published_after", "published_before")


class Cursor:
    """Where a page of the list starts: the sort values of the row before it (or after it, going back)."""

    def __init__(self, ordering, values, backward=False):
        self.ordering, self.values, self.backward = ordering, values, backward


def encode_cursor(claim, ordering=DEFAULT_ORDERING, *, backward=False):
    """An opaque, URL-safe, signed `cursor` value: the page after `claim` (before it if `backward`).

    Also what benchmarks use to reach a page deep in the list without walking to it.
    """
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


class CursorField(forms.CharField):
    def clean(self, value):
        value = super().clean(value)
        return decode_cursor(value) if value else None


class CursorFilter(filters.Filter):
    field_class = CursorField


class ClaimFilterForm(forms.Form):
    def clean(self):
        cleaned = super().clean()
        cursor = cleaned.get("cursor")
        if (
            cursor is not None
            and "ordering" in cleaned
            and cursor.ordering != (cleaned["ordering"] or DEFAULT_ORDERING)
        ):
            self.add_error("cursor", _("This page link belongs to another ordering."))
        after, before = cleaned.get("published_after"), cleaned.get("published_before")
        if after and before and after > before:
            message = _(
                "This date comes before the start date (%(after)s): no article can be published between "
                "them. Swap the two dates."
            )
            self.add_error("published_before", message % {"after": date_format(after, "j F Y")})
        return cleaned


class ActorField(forms.CharField):
    """An actor named by slug, name or any alias; cleans to the list of matching actors."""

    def __init__(self, *args, kinds=None, **kwargs):
        kwargs.setdefault("max_length", 200)
        self.kinds = kinds
        super().__init__(*args, **kwargs)

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return None
        actors = Actor.objects.matching(value)
        if self.kinds:
            actors = actors.filter(kind__in=self.kinds)
        actors = list(actors)
        if not actors:
            raise ValidationError(_("No actor is called “%(name)s”."), params={"name": value}, code="unknown")
        return actors


class ActorFilter(filters.Filter):
    field_class = ActorField


class SwitchInput(forms.CheckboxInput):
    """A checkbox that hands the raw value to its field, which decides what it means."""

    def value_from_datadict(self, data, files, name):
        return data.get(name)


class StrictBooleanField(forms.NullBooleanField):
    """A yes/no switch that refuses anything it does not understand instead of ignoring it."""

    widget = SwitchInput(
        attrs={"value": "true"}, check_test=lambda value: str(value).lower() in {"true", "1", "on", "yes"}
    )
    TRUE, FALSE = {"true", "1", "on", "yes"}, {"false", "0", "off", "no"}

    def to_python(self, value):
        if value in (None, "", False):
            return None
        if value is True or str(value).lower() in self.TRUE:
            return True
        if str(value).lower() in self.FALSE:
            return False
        raise ValidationError(_("Enter yes or no."), code="invalid")


class SwitchFilter(filters.BooleanFilter):
    field_class = StrictBooleanField


class IntegerFilter(filters.NumberFilter):
    field_class = forms.IntegerField


class ClaimFilterSet(filters.FilterSet):
    q = filters.CharFilter(
        label=_("Search"),
        method="filter_q",
        max_length=MAX_QUERY_LENGTH,
        help_text=_("Words from the claim or from a quote."),
    )
    status = filters.MultipleChoiceFilter(
        label=_("Status"), choices=Claim.Status.choices, widget=forms.CheckboxSelectMultiple
    )
    stance = filters.ChoiceFilter(
        label=_("Stance"), choices=Attribution.Stance.choices, method="collect", empty_label=_("any")
    )
    actor = ActorFilter(
        label=_("Actor"), method="collect", help_text=_("A name or alias: Washington, le Kremlin…")
    )
    asserted_by = ActorFilter(label=_("Asserted by"), method="filter_asserted_by")
    denied_by = ActorFilter(label=_("Denied by"), method="filter_denied_by")
    contested = SwitchFilter(
        label=_("Contested only"),
        method="filter_contested",
        help_text=_("Asserted by one source and denied by another."),
    )
    min_sources = IntegerFilter(
        label=_("Independent sources, at least"), method="filter_min_sources", min_value=0, max_value=1000
    )
    outlet = ActorFilter(label=_("Outlet"), method="collect", kinds=[Actor.Kind.MEDIA])
    article = filters.CharFilter(label=_("Article"), method="collect", max_length=200)
    published_after = filters.DateFilter(
        label=_("Published from"),
        method="collect",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    published_before = filters.DateFilter(
        label=_("Published until"),
        method="collect",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    ordering = filters.ChoiceFilter(
        label=_("Order by"),
        choices=[
            ("recent", _("most recent attribution")),
            ("sources", _("most independent sources")),
            ("reviewed", _("last review")),
        ],
        method="collect",
        empty_label=None,
    )
    # Where the page starts; applied by the list view (keyset_page), never by exports of the whole list.
    cursor = CursorFilter(label=_("Page"), method="collect", max_length=500, widget=forms.HiddenInput)

    class Meta:
        model = Claim
        fields = []
        form = ClaimFilterForm

    def __init__(self, data=None, queryset=None, **kwargs):
        if queryset is None:
            queryset = Claim.objects.all()
        # Unbound (no parameters at all), the list still comes in its stable default order.
        queryset = queryset.order_by(*ORDERINGS[DEFAULT_ORDERING])
        super().__init__(data, queryset=queryset, **kwargs)

    def filter_queryset(self, queryset):
        # Invalid input explains itself through the form's errors and matches nothing,
        # never every claim.
        if self.is_bound and not self.form.is_valid():
            return queryset.none()
        queryset = super().filter_queryset(queryset)
        data = self.form.cleaned_data if self.is_bound else {}
        conditions = self.attribution_conditions(data)
        if conditions is not None:
            queryset = queryset.filter(pk__in=Attribution.objects.filter(conditions).values("claim_id"))
        return queryset.order_by(*ORDERINGS[data.get("ordering") or DEFAULT_ORDERING])

    def attribution_conditions(self, data):
        conditions = []
        if data.get("stance"):
            conditions.append(Q(stance=data["stance"]))
        if data.get("actor"):
            conditions.append(in_lineage(data["actor"], "actor__"))
        if data.get("outlet"):
            conditions.append(Q(article__outlet__in=data["outlet"]))
        if data.get("article"):
            conditions.append(Q(article__slug=data["article"]))
        if data.get("published_after"):
            conditions.append(Q(article__published_on__gte=data["published_after"]))
        if data.get("published_before"):
            conditions.append(Q(article__published_on__lte=data["published_before"]))
        if not conditions:
            return None
        return Q(*conditions)

    def collect(self, queryset, name, value):
        """Attribution-level filters are applied together in filter_queryset()."""
        return queryset

    def filter_q(self, queryset, name, value):
        return search_claims(queryset, value)

    def _by_stance(self, queryset, actors, stance):
        ids = Attribution.objects.filter(in_lineage(actors, "actor__"), stance=stance).values("claim_id")
        return queryset.filter(pk__in=ids)

    def filter_asserted_by(self, queryset, name, value):
        return self._by_stance(queryset, value, Attribution.Stance.ASSERTS)

    def filter_denied_by(self, queryset, name, value):
        return self._by_stance(queryset, value, Attribution.Stance.DENIES)

    def filter_contested(self, queryset, name, value):
        return queryset.contested() if value else queryset

    def filter_min_sources(self, queryset, name, value):
        return queryset.filter(source_count__gte=value) if value else queryset
