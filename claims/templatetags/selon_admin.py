"""The admin's wording: how many rows a changelist holds, and titles that read as French."""

from django import template
from django.contrib.auth.models import Group
from django.urls import Resolver404, resolve
from django.utils.formats import number_format
from django.utils.text import capfirst, get_text_list
from django.utils.translation import gettext, npgettext
from django.utils.translation import gettext_lazy as _

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
    # The language's plural rule: French says "0 affirmation", English "0 claims".
    singular = npgettext("number of items", "singular", "plural", number) == "singular"
    return f"{shown} {cl.opts.verbose_name if singular else cl.opts.verbose_name_plural}"


# Django's admin builds titles as "Add %s" around the model's name, which French cannot do: the
# article and its elision depend on the noun ("un article", "une affirmation", "l’acteur").
ADD_TITLES = {
    "actor": _("Add an actor"),
    "actoralias": _("Add an alias"),
    "article": _("Add an article"),
    "attribution": _("Add an attribution"),
    "claim": _("Add a claim"),
    "review": _("Add a review"),
}
CHANGE_TITLES = {
    "actor": _("Change the actor"),
    "actoralias": _("Change the alias"),
    "article": _("Change the article"),
    "attribution": _("Change the attribution"),
    "claim": _("Change the claim"),
    "review": _("Change the review"),
}
VIEW_TITLES = {
    "actor": _("View the actor"),
    "actoralias": _("View the alias"),
    "article": _("View the article"),
    "attribution": _("View the attribution"),
    "claim": _("View the claim"),
    "review": _("View the review"),
}


@register.simple_tag(takes_context=True)
def form_title(context):
    """The title of an add or change form, in French that agrees with the model's noun."""
    opts, title = context.get("opts"), context.get("title", "")
    if opts is None:
        return title
    if context.get("add"):
        titles = ADD_TITLES
    elif context.get("change") and not context.get("has_change_permission", True):
        titles = VIEW_TITLES
    else:
        titles = CHANGE_TITLES
    return titles.get(opts.model_name, title)


@register.simple_tag
def add_label(opts):
    """“Add a claim” for the add buttons of a changelist."""
    return ADD_TITLES.get(opts.model_name) or capfirst(opts.verbose_name)


@register.filter
def in_form(bound_field, form_id):
    """The field's widget attached to the form `form_id` (HTML's form attribute), wherever it sits.

    The claim page shows its verdict fields inside the claim's own form, yet they post to the review.
    """
    return bound_field.as_widget(attrs={"form": form_id})


@register.simple_tag
def roles_with(permission):
    """The names of the roles (groups) holding `permission` ("app_label.codename"), joined in French."""
    app_label, codename = permission.split(".", 1)
    names = Group.objects.filter(
        permissions__content_type__app_label=app_label, permissions__codename=codename
    ).values_list("name", flat=True)
    return get_text_list(sorted(set(names)), gettext("or"))


# Admin pages guarded by a permission of their own rather than a model's add/change/delete/view.
PAGE_PERMISSIONS = {
    "claims_claim_review": "claims.review_claim",
    "claims_claim_import_fixtures": "claims.import_fixtures",
}
MODEL_ACTIONS = {
    "add": "add",
    "change": "change",
    "delete": "delete",
    "history": "view",
    "changelist": "view",
}


@register.simple_tag
def page_permission(request):
    """The permission ("app_label.codename") the admin page at request's address asks for, or ""."""
    try:
        name = resolve(request.path_info).url_name or ""
    except Resolver404:
        return ""
    if name in PAGE_PERMISSIONS:
        return PAGE_PERMISSIONS[name]
    model_part, _sep, action = name.rpartition("_")
    if action not in MODEL_ACTIONS or "_" not in model_part:
        return ""
    app_label, model_name = model_part.split("_", 1)
    return f"{app_label}.{MODEL_ACTIONS[action]}_{model_name}"


@register.filter
def has_permission(user, permission):
    return user.has_perm(permission)
