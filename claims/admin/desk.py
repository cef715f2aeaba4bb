"""“Annoter”: an article's desk, where its attributions are recorded from suggestions or selections.

ArticleAdmin wires the pages with `desk_urls(self)`, ClaimAdmin the "Affirmations proches"
endpoint with `similar_claims_urls(self)`. The body shows the recorded attributions coloured
by stance and the pending suggestions underlined; beside it, the suggestions and one form that
the page's script (static/admin/claims/desk.js) fills from the active suggestion or from a
passage selected with the mouse. Every write goes through services: accept_suggestion(),
attribute_passage(), reject_suggestion(), refresh_suggestions().
"""

from django.contrib import messages
from django.contrib.admin.widgets import AutocompleteSelect
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponseRedirect, JsonResponse
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext, ngettext
from django.views.decorators.http import require_POST

from .. import services
from ..forms import DeskForm
from ..highlighting import highlight_quotes
from ..matching import similar_claims
from ..models import Article, Attribution, Suggestion

# Longest text the "Affirmations proches" endpoint compares; the rest says nothing more.
MAX_SIMILAR_TEXT = 2000


def desk_urls(model_admin):
    def view(function):
        return model_admin.admin_site.admin_view(function)

    return [
        path("<path:object_id>/annoter/", view(lambda r, object_id: desk_view(model_admin, r, object_id)),
             name="claims_article_desk"),
        path("<path:object_id>/annoter/enregistrer/",
             view(require_POST(lambda r, object_id: record_view(model_admin, r, object_id))),
             name="claims_article_desk_record"),
        path("<path:object_id>/annoter/rejeter/",
             view(require_POST(lambda r, object_id: reject_view(model_admin, r, object_id))),
             name="claims_article_desk_reject"),
        path("<path:object_id>/annoter/lire/",
             view(require_POST(lambda r, object_id: read_view(model_admin, r, object_id))),
             name="claims_article_desk_read"),
    ]  # fmt: skip


def similar_claims_urls(model_admin):
    return [
        path(
            "proches/",
            model_admin.admin_site.admin_view(lambda r: similar_view(model_admin, r)),
            name="claims_claim_similar",
        )
    ]


def may_annotate(request):
    """Editors and contributors record attributions; the desk is for whoever may add one."""
    return request.user.has_perm("claims.add_attribution")


def _article(model_admin, request, object_id):
    article = model_admin.get_object(request, object_id)
    if article is None:
        raise Http404
    if not may_annotate(request):
        raise PermissionDenied
    return article


def mark_for_desk(text, carrier, covering, starting):
    """One piece of the desk's body: coloured by the recorded stance, underlined when suggested."""
    recorded = [item for item in covering if isinstance(item, Attribution)]
    suggested = [item for item in covering if isinstance(item, Suggestion)]
    classes = ["desk-piece"]
    if recorded:
        classes += ["selon-quote", f"selon-stance-{recorded[0].stance}"]
    if suggested:
        classes.append("desk-suggested")
    suggestion = min(suggested, key=lambda item: (item.start, item.pk)).pk if suggested else ""
    title = "; ".join(
        f"{item.actor.name if item.actor_id else gettext('(the outlet)')} "
        f"{item.get_stance_display()} : {item.claim.text}"
        for item in recorded
    )
    return format_html(
        '<span class="{}" data-suggestion="{}" title="{}">{}</span>',
        " ".join(classes),
        suggestion,
        title,
        text,
    )


def desk_view(model_admin, request, object_id, form=None, active=None, status=200):
    article = _article(model_admin, request, object_id)
    attributions = list(article.attributions.select_related("claim", "actor").order_by("start", "pk"))
    suggestions = list(article.suggestions.select_related("actor").order_by("start", "pk"))
    pending = [item for item in suggestions if item.state == Suggestion.State.PENDING]
    recorded_spans = {(item.start, item.end) for item in attributions}
    for item in pending:
        item.recorded = (item.start, item.end) in recorded_spans
    if form is None:
        form = DeskForm(article=article, actor_widget=_actor_widget(model_admin))
    context = {
        **model_admin.admin_site.each_context(request),
        "title": gettext("Annotate: %(title)s") % {"title": article.title},
        "opts": Article._meta,
        "original": article,
        "article": article,
        "body": highlight_quotes(article.body, [*attributions, *pending], mark_for_desk),
        "attributions": attributions,
        "suggestions": pending,
        "decided": len(suggestions) - len(pending),
        "never_read": not suggestions,
        "form": form,
        "media": model_admin.media + form.media,
        "active": active if active is not None else request.GET.get("focus", ""),
        "similar_url": reverse("admin:claims_claim_similar"),
        "stances": Attribution.Stance.choices,
    }
    return TemplateResponse(request, "admin/claims/article/desk.html", context, status=status)


def _actor_widget(model_admin):
    return AutocompleteSelect(Attribution._meta.get_field("actor"), model_admin.admin_site)


def _desk_url(article, focus=None):
    url = reverse("admin:claims_article_desk", args=[article.pk])
    return f"{url}?focus={focus}" if focus is not None else url


def record_view(model_admin, request, object_id):
    article = _article(model_admin, request, object_id)
    form = DeskForm(request.POST, article=article, actor_widget=_actor_widget(model_admin))
    if form.is_valid():
        data = form.cleaned_data
        values = {
            "user": request.user,
            "claim": data["claim"],
            "claim_text": data["claim_text"],
            "actor": data["actor"],
            "new_actor_name": data["new_actor_name"],
            "new_actor_kind": data["new_actor_kind"],
            "stance": data["stance"],
            "cue": data["cue"],
            "quote": data["quote"],
            "start": data["start"],
            "end": data["end"],
            "seen_version": data["seen_version"],
            "reopen_rationale": data["reopen_rationale"],
        }
        try:
            if data["suggestion"] is not None:
                attribution = services.accept_suggestion(suggestion=data["suggestion"], **values)
            else:
                attribution = services.attribute_passage(article=article, **values)
        except ValidationError as error:
            _form_errors(form, error)
        else:
            model_admin.log_addition(request, attribution, [{"added": {}}])
            who = attribution.actor.name if attribution.actor_id else gettext("(the outlet)")
            model_admin.message_user(
                request,
                format_html(
                    '{} <a href="{}">{}</a>',
                    gettext("Attribution recorded: %(actor)s %(stance)s")
                    % {"actor": who, "stance": attribution.get_stance_display()},
                    reverse("admin:claims_claim_change", args=[attribution.claim_id]),
                    attribution.claim.text,
                ),
                messages.SUCCESS,
            )
            return HttpResponseRedirect(_desk_url(article, attribution.start))
    active = request.POST.get("suggestion", "")
    return desk_view(model_admin, request, object_id, form=form, active=active, status=400)


def _form_errors(form, error):
    """A service's refusal shown on the form, beside the field it concerns when it names one."""
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error.messages)


def reject_view(model_admin, request, object_id):
    article = _article(model_admin, request, object_id)
    suggestion = article.suggestions.filter(pk=request.POST.get("suggestion") or 0).first()
    if suggestion is None:
        model_admin.message_user(request, gettext("This suggestion no longer exists: reload the page."),
                                 messages.ERROR)  # fmt: skip
        return HttpResponseRedirect(_desk_url(article))
    try:
        services.reject_suggestion(suggestion=suggestion, user=request.user)
    except ValidationError as error:
        model_admin.message_user(request, " ".join(error.messages), messages.ERROR)
    else:
        model_admin.message_user(request, gettext("Suggestion rejected: it will not be proposed again."))
    return HttpResponseRedirect(_desk_url(article, suggestion.start))


def read_view(model_admin, request, object_id):
    article = _article(model_admin, request, object_id)
    counts = services.refresh_suggestions(article)
    model_admin.message_user(
        request,
        gettext("Article read: %(created)d new suggestions, %(removed)d withdrawn.")
        % {"created": counts["created"], "removed": counts["removed"]},
    )
    return HttpResponseRedirect(_desk_url(article))


def similar_view(model_admin, request):
    """The claims most like `q` as JSON, for the desk and the claim form ("Affirmations proches")."""
    if not model_admin.has_view_permission(request):
        raise PermissionDenied
    text = request.GET.get("q", "")[:MAX_SIMILAR_TEXT]
    exclude = [int(key) for key in request.GET.getlist("exclude") if key.isdigit()]
    article, span = None, None
    if request.GET.get("article", "").isdigit():
        article = Article.objects.filter(pk=request.GET["article"]).only("pk", "body").first()
        start, end = request.GET.get("start", ""), request.GET.get("end", "")
        if article is not None and start.isdigit() and end.isdigit():
            span = (int(start), int(end))
    found = similar_claims(text, limit=5, exclude=exclude, article=article, span=span)
    return JsonResponse(
        {
            # The scripts show what the server says, in the editor's language.
            "labels": {
                "similar": gettext("Similar claims"),
                "same": gettext("Same claim as…?"),
                "new": gettext("New claim"),
                "none": gettext("No similar claim recorded."),
            },
            "results": [
                {
                    "id": claim.pk,
                    "text": claim.text,
                    "similarity": claim.similarity,
                    "status": claim.get_status_display(),
                    "detail": ngettext(
                        "%(status)s · %(count)d attribution",
                        "%(status)s · %(count)d attributions",
                        claim.attribution_count,
                    )
                    % {"status": claim.get_status_display(), "count": claim.attribution_count},
                    "url": reverse("admin:claims_claim_change", args=[claim.pk]),
                }
                for claim in found
            ],
        }
    )
