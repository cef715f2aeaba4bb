"""How a changelist says how many rows it holds, when the number may be an estimate or a floor."""

from django import template
from django.utils.formats import number_format
from django.utils.translation import gettext

from ..counting import AT_LEAST, ESTIMATE

register = template.Library()


@register.filter
def counted(cl):
    """“3 claims”, “about 1,000,000 claims” or “more than 10,000 claims” for a changelist `cl`.

    The kind comes from the CappedCountPaginator (claims/admin/scale.py); other paginators count
    exactly.
    """
    number = cl.result_count
    kind = getattr(cl.paginator, "count_kind", None)
    shown = number_format(number, force_grouping=True)
    if kind == ESTIMATE:
        return gettext("about %(number)s %(items)s") % {"number": shown, "items": cl.opts.verbose_name_plural}
    if kind == AT_LEAST:
        return gettext("more than %(number)s %(items)s") % {
            "number": shown,
            "items": cl.opts.verbose_name_plural,
        }
    items = cl.opts.verbose_name if number == 1 else cl.opts.verbose_name_plural
    return f"{shown} {items}"
