"""“Ajouter un article depuis une page”: upload a saved page or paste its text, check the preview, save.

ArticleAdmin wires it with `article_intake_urls(self)` in its get_urls(). The
first step parses the page and shows what will be stored, with the removed lines
struck through; nothing is written. The page waits in a staging directory until
the editor saves (or starts again), so a large HTML page is not posted twice.
"""

import secrets
import shutil
import tempfile
import time
from pathlib import Path

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from ..intake.articles import MAX_BYTES, ImportFailed, parse_article_bytes, save_article, validation_message
from ..models import Article

SESSION_KEY = "claims_article_intake"
STAGING = Path(tempfile.gettempdir()) / "selon-article-intake"
ABANDONED_AFTER = 24 * 3600  # seconds
PASTED_NAME = "texte-colle.txt"

# Why a line was left out, in the editor's words; rules without an entry show their own name.
RULE_LABELS = {
    "headline": _("headline"),
    "repeated headline": _("headline repeated"),
    "page title": _("page title"),
    "masthead": _("masthead"),
    "section label": _("section label"),
    "byline": _("byline"),
    "dateline": _("dateline"),
    "source line": _("source"),
    "copyright": _("copyright notice"),
    "agency signature": _("agency signature"),
    "teaser": _("teaser"),
    "caption": _("caption"),
    "photo credit": _("photo credit"),
    "paywall": _("subscription offer"),
    "share label": _("share button"),
    "comment form": _("comment form"),
    "comment counter": _("comment counter"),
    "menu label": _("menu"),
    "skip link": _("accessibility link"),
    "cookie prompt": _("cookie prompt"),
    "advertising": _("advertising"),
}


class ArticleIntakeForm(forms.Form):
    page = forms.FileField(
        label=_("Saved page"),
        required=False,
        help_text=_("A page saved from the browser (.html) or a text file (.txt, UTF-8)."),
        widget=forms.ClearableFileInput(attrs={"accept": ".html,.htm,.txt,text/html,text/plain"}),
    )
    text = forms.CharField(
        label=_("Or the article's text"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_("Copied from the page: the headline first, then the text."),
    )
    title = forms.CharField(label=_("Title"), required=False, max_length=500)
    outlet = forms.CharField(label=_("Outlet"), required=False, max_length=200)
    author = forms.CharField(label=_("Author"), required=False, max_length=200)
    url = forms.URLField(label=_("Address (URL)"), required=False, max_length=1000, assume_scheme="https")
    published = forms.DateField(
        label=_("Publication date"),
        required=False,
        input_formats=["%d/%m/%Y", "%Y-%m-%d"],
        widget=forms.DateInput(attrs={"placeholder": _("DD/MM/YYYY"), "size": 12}, format="%d/%m/%Y"),
    )
    token = forms.CharField(required=False, widget=forms.HiddenInput)

    def clean(self):
        data = super().clean()
        if data.get("page") and data.get("text", "").strip():
            raise ValidationError(_("Give either a file or a text, not both."))
        if not data.get("page") and not data.get("text", "").strip() and not data.get("token"):
            raise ValidationError(_("Choose a saved page or paste the article's text."))
        upload = data.get("page")
        if upload and upload.size > MAX_BYTES:
            raise ValidationError(
                _("The file is larger than %(megabytes)s MB.") % {"megabytes": MAX_BYTES // 2**20}
            )
        return data

    def metadata(self):
        return {
            name: self.cleaned_data.get(name) or ""
            for name in ("title", "outlet", "author", "url", "published")
        }


def article_intake_urls(model_admin):
    """URL patterns for ArticleAdmin.get_urls(), to put before the default ones."""
    view = model_admin.admin_site.admin_view(lambda request: article_intake_view(request, model_admin))
    return [path("intake/", view, name="claims_article_intake")]


def _sweep_abandoned():
    if not STAGING.is_dir():
        return
    for entry in STAGING.iterdir():
        if entry.stat().st_mtime < time.time() - ABANDONED_AFTER:
            shutil.rmtree(entry, ignore_errors=True)


def _stage(request, name, data):
    """Keep the page aside for the save step; returns the token naming it."""
    _discard(request)
    _sweep_abandoned()
    token = secrets.token_urlsafe(16)
    folder = STAGING / token
    folder.mkdir(parents=True)
    (folder / Path(name).name).write_bytes(data)
    request.session[SESSION_KEY] = token
    return token


def _staged(request, token):
    """(name, bytes) of the page this editor staged under token, or None."""
    if not token or request.session.get(SESSION_KEY) != token:
        return None
    files = list((STAGING / token).glob("*")) if (STAGING / token).is_dir() else []
    return (files[0].name, files[0].read_bytes()) if files else None


def _discard(request):
    token = request.session.pop(SESSION_KEY, None)
    if token:
        shutil.rmtree(STAGING / token, ignore_errors=True)


def preview_lines(parsed):
    """(line, reason or "") for the preview: reason says why a struck-through line is left out."""
    return [(line, str(RULE_LABELS.get(rule, rule)) if rule else "") for line, rule in parsed.lines]


def article_intake_view(request, model_admin):
    if not model_admin.has_add_permission(request):
        raise PermissionDenied
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": Article._meta,
        "title": gettext("Add an article from a page"),
        "max_megabytes": MAX_BYTES // 2**20,
    }
    form = ArticleIntakeForm(request.POST or None, request.FILES or None)
    if request.method != "POST" or not form.is_valid():
        return TemplateResponse(request, "admin/claims/article/intake.html", {**context, "form": form})

    upload, pasted = form.cleaned_data.get("page"), form.cleaned_data.get("text", "")
    if upload:
        name, data = Path(upload.name).name, upload.read()
    elif pasted.strip():
        name, data = PASTED_NAME, pasted.encode("utf-8")
    else:
        staged = _staged(request, form.cleaned_data["token"])
        if staged is None:
            form.add_error(None, gettext("The page to save has expired: choose it again."))
            return TemplateResponse(request, "admin/claims/article/intake.html", {**context, "form": form})
        name, data = staged

    try:
        parsed = parse_article_bytes(data, name, **form.metadata())
    except ImportFailed as error:
        form.add_error(None, str(error))
        return TemplateResponse(request, "admin/claims/article/intake.html", {**context, "form": form})

    if "save" in request.POST and not (upload or pasted.strip()):
        try:
            outcome, article = save_article(parsed)
        except ValidationError as error:
            form.add_error(None, validation_message(error))
        else:
            _discard(request)
            message = {
                "created": gettext("The article “%(title)s” was added."),
                "updated": gettext("The article “%(title)s” was updated."),
                "unchanged": gettext("The article “%(title)s” was already stored as it is."),
            }[outcome]
            model_admin.message_user(request, message % {"title": article.title}, messages.SUCCESS)
            return HttpResponseRedirect(reverse("admin:claims_article_change", args=[article.pk]))
        return TemplateResponse(request, "admin/claims/article/intake.html", {**context, "form": form})

    token = _stage(request, name, data) if (upload or pasted.strip()) else form.cleaned_data["token"]
    form = ArticleIntakeForm(initial={**form.metadata(), "token": token})
    return TemplateResponse(
        request,
        "admin/claims/article/intake.html",
        {**context, "form": form, "parsed": parsed, "lines": preview_lines(parsed), "token": token},
    )
