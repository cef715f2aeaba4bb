"""Columns of the claim changelist that need more than the claim's own fields: who is quoted, and when."""

from django.contrib import admin
from django.db.models import Prefetch
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from ..models import Attribution

# Beyond this many names the cell says how many more: a claim quoted by thirty actors stays one line.
ACTORS_SHOWN = 3


def quoted_actors():
    """The prefetch behind actors_column: one query per page, whatever the number of rows."""
    attributions = Attribution.objects.select_related("actor").only("claim", "actor__name").order_by("pk")
    return Prefetch("attributions", queryset=attributions, to_attr="listed_attributions")


@admin.display(description=_("actors"))
def actors_column(claim):
    names = sorted({a.actor.name for a in getattr(claim, "listed_attributions", []) if a.actor_id})
    if not names:
        return "—"
    shown = ", ".join(names[:ACTORS_SHOWN])
    if len(names) > ACTORS_SHOWN:
        more = len(names) - ACTORS_SHOWN
        return ngettext("%(names)s and %(count)d more", "%(names)s and %(count)d more", more) % {
            "names": shown,
            "count": more,
        }
    return shown


@admin.display(description=_("last quoted"), ordering="last_seen", empty_value="—")
def last_quoted_column(claim):
    return claim.last_seen and date_format(claim.last_seen, "SHORT_DATE_FORMAT")
