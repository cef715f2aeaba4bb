"""Selon's admin site: Django's, refusing malformed query parameters before any query runs.

Each list filter checks its own values (claims/admin/list_filters.py); what no filter can check is
refused here for every admin page at once, with a 400 and a French message rather than a 500:
NUL characters (PostgreSQL cannot store them, so a query with one fails), regular-expression
lookups (`?text__regex=(`), whose syntax only the database checks, while the page is rendered, and
field lookups given a number no database integer holds (`?claim__gte=99999999999999999999`).
"""

import functools

from django.contrib import admin
from django.template.response import TemplateResponse
from django.utils.translation import gettext, gettext_lazy

# Lookups a URL may not use on any admin list: the database would compile their value.
REFUSED_LOOKUPS = {"regex", "iregex"}
# The widest integer column (bigint); Django checks its own fields' bounds, not related ones'.
LARGEST_INTEGER = 2**63 - 1


def out_of_range(value):
    digits = value.removeprefix("-")
    return digits.isascii() and digits.isdigit() and int(digits) > LARGEST_INTEGER


def malformed_parameter(query):
    """The first parameter of `query` (a QueryDict) an admin page must refuse, or None."""
    for key, values in query.lists():
        if "\x00" in key or any("\x00" in value for value in values):
            return key.replace("\x00", "")
        if key.rsplit("__", 1)[-1] in REFUSED_LOOKUPS:
            return key
        if "__" in key and any(out_of_range(value) for value in values):
            return key
    return None


class SelonAdminSite(admin.AdminSite):
    site_header = "Selon"
    site_title = "Selon"
    index_title = gettext_lazy("Newsroom desk")

    def admin_view(self, view, cacheable=False):
        checked = super().admin_view(view, cacheable)

        @functools.wraps(view)
        def inner(request, *args, **kwargs):
            key = malformed_parameter(request.GET)
            if key is not None:
                return self.bad_parameter(request, key)
            return checked(request, *args, **kwargs)

        return inner

    def bad_parameter(self, request, key):
        message = gettext("The address contains an invalid parameter (%(name)s): remove it and try again.")
        context = {
            **self.each_context(request),
            "title": gettext("Invalid address"),
            "message": message % {"name": key},
        }
        return TemplateResponse(request, "admin/claims/bad_parameter.html", context, status=400)
