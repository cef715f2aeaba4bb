"""Fixtures in the claim admin: export the selected claims, import files after a dry run.

ClaimAdmin wires them: `export_as_fixture` in its actions and `import_fixture_urls(self)`
in its get_urls(). The import is two steps: the upload is checked and reported without
writing (the same checks as `import_claims`), kept aside, and written only once the
editor confirms.
"""

import io
import secrets
from datetime import timedelta

from django import forms
from django.apps import apps
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from ..interchange import (
    DEFAULT_MAX_BYTES,
    FixtureError,
    ImportReport,
    import_fixtures,
    select,
    write_fixture,
)
from ..models import Claim, StagedFixture

IMPORT_PERMISSION = "claims.import_fixtures"
SESSION_KEY = "claims_fixture_import"
# Checked uploads wait in the database (StagedFixture) until the editor confirms or uploads again.
ABANDONED_AFTER = timedelta(days=1)
# One upload: at most this many files, this much in all (each file also stays under DEFAULT_MAX_BYTES).
MAX_FILES = 10
MAX_UPLOAD_BYTES = 2 * DEFAULT_MAX_BYTES


@admin.action(description=_("Export as fixture"), permissions=["view"])
def export_as_fixture(modeladmin, request, queryset):
    """Download the selected claims with everything they need, loadable into an empty database."""
    claims = Claim.objects.filter(pk__in=list(queryset.values_list("pk", flat=True)))
    buffer = io.StringIO()
    write_fixture(buffer, select(claims))
    response = HttpResponse(buffer.getvalue(), content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="claims-{timezone.localdate():%Y-%m-%d}.json"'
    return response


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    widget = MultipleFileInput

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data]
        return [super(MultipleFileField, self).clean(item, initial) for item in files]


class FixtureUploadForm(forms.Form):
    files = MultipleFileField(
        label=_("Fixture files"),
        help_text=_(
            "JSON fixtures with natural keys, as written by the export. Several files are checked together."
        ),
    )


def import_fixture_urls(model_admin):
    """URL patterns for ClaimAdmin.get_urls(), to put before the default ones."""
    view = model_admin.admin_site.admin_view(lambda request: import_fixtures_view(request, model_admin))
    return [path("import-fixtures/", view, name="claims_claim_import_fixtures")]


def import_fixtures_view(request, model_admin):
    """Upload → dry-run report → confirm. Only for users allowed to import fixtures."""
    if not request.user.has_perm(IMPORT_PERMISSION):
        raise PermissionDenied
    if request.method == "POST" and "confirm" in request.POST:
        return _confirm(request, model_admin)
    if request.method == "POST" and (refusal := upload_refusal(request)):
        return _render(request, model_admin, form=FixtureUploadForm(), report=None, refusal=refusal)
    form = FixtureUploadForm(request.POST or None, request.FILES or None)
    report, token = None, None
    if request.method == "POST" and form.is_valid():
        _discard(request)
        uploads = form.cleaned_data["files"]
        report = _check_sizes(uploads)
        if report.ok:
            sources = [(upload.name, upload.read()) for upload in uploads]
            report = import_fixtures(sources, dry_run=True)
            if report.ok:
                token = _stage(request, sources)
    return _render(request, model_admin, form=form, report=report, token=token)


def _confirm(request, model_admin):
    staged = request.session.get(SESSION_KEY)
    if not staged or staged["token"] != request.POST.get("token"):
        messages.error(request, gettext("This upload is no longer available; upload the files again."))
        return HttpResponseRedirect(request.path)
    files = StagedFixture.objects.filter(token=staged["token"], uploaded_by=request.user).order_by("position")
    sources = [(name, bytes(data)) for name, data in files.values_list("name", "data")]
    _discard(request)
    if len(sources) != len(staged["names"]):
        messages.error(request, gettext("This upload is no longer available; upload the files again."))
        return HttpResponseRedirect(request.path)
    report = import_fixtures(sources)
    if not report.ok:
        # The database changed between the check and the confirmation.
        return _render(request, model_admin, form=FixtureUploadForm(), report=report)
    summary = ", ".join(
        gettext("%(model)s: %(created)d created, %(updated)d updated, %(unchanged)d unchanged")
        % {"model": _verbose_name(label), **counts}
        for label, counts in report.counts.items()
    )
    messages.success(request, gettext("Fixtures imported. %(summary)s") % {"summary": summary})
    return HttpResponseRedirect(reverse("admin:claims_claim_changelist"))


def _check_sizes(uploads):
    report = ImportReport(dry_run=True)
    for upload in uploads:
        if upload.size > DEFAULT_MAX_BYTES:
            report.errors.append(
                FixtureError(
                    upload.name,
                    gettext("the file is %(size)s MB; the limit is %(limit)s MB")
                    % {
                        "size": f"{upload.size / 1024 / 1024:.1f}",
                        "limit": f"{DEFAULT_MAX_BYTES / 1024 / 1024:.0f}",
                    },
                )
            )
    return report


def upload_refusal(request):
    """Why this upload is refused before any file is read (too big, too many files), or None.

    The size comes from the request's Content-Length, so that nothing is checked or kept for a
    request larger than any import needs; the proxy in front bounds what reaches us at all.
    """
    try:
        size = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        size = 0
    if size > MAX_UPLOAD_BYTES:
        return gettext(
            "The upload is %(size).1f MB; one import takes at most %(limit)d MB in all. "
            "Split it into several imports."
        ) % {"size": size / 1024 / 1024, "limit": MAX_UPLOAD_BYTES // (1024 * 1024)}
    count = len(request.FILES.getlist("files"))
    if count > MAX_FILES:
        return ngettext(
            "%(count)d files were sent; one import takes at most %(limit)d file.",
            "%(count)d files were sent; one import takes at most %(limit)d files.",
            MAX_FILES,
        ) % {"count": count, "limit": MAX_FILES}
    return None


def _stage(request, sources):
    _forget_abandoned()
    token = secrets.token_urlsafe(16)
    StagedFixture.objects.bulk_create(
        StagedFixture(token=token, position=number, name=name[:255], data=data, uploaded_by=request.user)
        for number, (name, data) in enumerate(sources)
    )
    request.session[SESSION_KEY] = {"token": token, "names": [name for name, _data in sources]}
    return token


def _forget_abandoned():
    """Uploads checked but never confirmed are dropped after a day."""
    StagedFixture.objects.filter(created_at__lt=timezone.now() - ABANDONED_AFTER).delete()


def _discard(request):
    staged = request.session.pop(SESSION_KEY, None)
    if staged:
        StagedFixture.objects.filter(token=staged["token"]).delete()


def _verbose_name(label):
    if label == "auth.user":
        return gettext("reviewers")
    return str(apps.get_model(label)._meta.verbose_name_plural)


def _render(request, model_admin, *, form, report, token=None, refusal=None):
    rows = []
    if report is not None and report.ok:
        rows = [(_verbose_name(label), counts) for label, counts in report.counts.items()]
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": Claim._meta,
        "title": gettext("Import fixtures"),
        "form": form,
        "report": report,
        "rows": rows,
        "token": token,
        "max_megabytes": DEFAULT_MAX_BYTES // (1024 * 1024),
        "max_files": MAX_FILES,
        "max_upload_megabytes": MAX_UPLOAD_BYTES // (1024 * 1024),
        "errors_shown": report.shown_errors() if report is not None else [],
        "refusal": refusal,
    }
    status = 413 if refusal else 200
    return TemplateResponse(request, "admin/claims/claim/import_fixtures.html", context, status=status)
