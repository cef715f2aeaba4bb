"""Optimistic locking in the admin: a save over someone else's newer version is refused."""

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.forms.models import BaseInlineFormSet
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from .. import services
from ..forms import STALE_REFUSED, AttributionForm, VerdictGuard
from ..history import changes_since, field_changes, write_path
from ..models import Attribution, Claim


class VersionedAdminMixin(SimpleHistoryAdmin):
    """Saves the object and its inline rows through services.save_versioned(), with their history.

    A form opened before someone else's save is refused with what changed since (who, when,
    old → new, their verdicts) and a fresh form at the current version: never a dead end.
    A save that loses the race after the check raises StaleEdit, which rolls the whole request
    back (the admin wraps it in a transaction) and is answered the same way. Every save in the
    admin is in the history with the path "admin"; the history page shows old → new.
    """

    change_form_template = "admin/claims/versioned_change_form.html"

    def revert_disabled(self, request, obj=None):
        # Reverting would write around the versions, the quotes' offsets and the verdicts.
        return True

    def set_history_delta_changes(self, request, historical_records, foreign_keys_are_objs=True):
        # Old → new of every field, a claim's status included (which simple-history's diff leaves out).
        records = list(historical_records)
        for row, before in zip(records, records[1:], strict=False):
            row.history_delta_changes = [
                {"field": label, "old": old, "new": new} for label, old, new in field_changes(row, before)
            ]

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        form.user = request.user
        return form

    def save_model(self, request, obj, form, change):
        services.save_versioned(obj, seen_version=form.cleaned_data.get("seen_version") if change else None)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # Lists read the claims' stored counts: bring them up to date with this save.
        touched = self._touched_claims(request) | set(
            Claim.objects.touched_by(form.instance).values_list("pk", flat=True)
        )
        if change and "claim" in form.changed_data and form.initial.get("claim"):
            touched.add(form.initial["claim"])  # an attribution moved away from this claim
        services.refresh_claim_summaries(sorted(touched))
        # Claims whose attributions this save changed: verdict forms opened on them before are stale.
        quoted = set(getattr(request, "_selon_quoted_claims", ()))
        if isinstance(form.instance, Claim):
            quoted.discard(form.instance.pk)  # saved through save_versioned(): already a new version
        if isinstance(form.instance, Attribution) and form.has_changed():
            quoted |= {form.instance.claim_id, form.initial.get("claim")} - {None}
        services.touch_claims(quoted)
        self._reopen(request, [form, *(f for formset in formsets for f in [formset, *formset.forms])])

    def _reopen(self, request, forms):
        """Withdraw the verdicts that the saved changes took the ground from."""
        reopens = {}
        for form in forms:
            for claim_pk, what in getattr(form, "reopens", {}).items():
                reopens.setdefault(claim_pk, []).extend(what)
        for claim in Claim.objects.filter(pk__in=reopens):
            review = services.reopen_claim(
                claim=claim,
                rationale=request.POST.get("reopen_rationale", ""),
                reviewer=request.user,
                what=", ".join(dict.fromkeys(reopens[claim.pk])),
            )
            if review is not None:
                self.log_change(request, claim, review.rationale)

    def delete_model(self, request, obj):
        touched = set(Claim.objects.touched_by(obj).values_list("pk", flat=True))
        super().delete_model(request, obj)
        services.refresh_claim_summaries(sorted(touched))

    def delete_queryset(self, request, queryset):
        touched = set()
        for obj in queryset:
            touched |= set(Claim.objects.touched_by(obj).values_list("pk", flat=True))
        super().delete_queryset(request, queryset)
        services.refresh_claim_summaries(sorted(touched))

    def _touched_claims(self, request):
        if not hasattr(request, "_selon_touched_claims"):
            request._selon_touched_claims = set()
        return request._selon_touched_claims

    def save_formset(self, request, form, formset, change):
        formset.save(commit=False)
        touched = self._touched_claims(request)
        for inline in formset.forms:
            claim = getattr(inline, "initial", {}).get("claim")
            if claim:
                touched.add(claim)  # the claim an inline row belonged to before this save
        for obj in formset.deleted_objects:
            if isinstance(obj, Attribution):
                touched.add(obj.claim_id)
            obj.delete()
        seen = {
            id(inline.instance): inline.cleaned_data.get("seen_version")
            for inline in formset.initial_forms
            if hasattr(inline, "cleaned_data")
        }
        for obj, _changed in formset.changed_objects:
            services.save_versioned(obj, seen_version=seen.get(id(obj)))
        for obj in formset.new_objects:
            obj.save()
        formset.save_m2m()
        touched.update(
            obj.claim_id for obj, _changed in formset.changed_objects if isinstance(obj, Attribution)
        )
        touched.update(obj.claim_id for obj in formset.new_objects if isinstance(obj, Attribution))
        if formset.model is Attribution:
            # The claims whose attributions changed here, before and after.
            quoted = getattr(request, "_selon_quoted_claims", set())
            quoted.update(obj.claim_id for obj in formset.deleted_objects)
            quoted.update(obj.claim_id for obj in formset.new_objects)
            quoted.update(obj.claim_id for obj, _changed in formset.changed_objects)
            quoted.update(
                inline.initial["claim"]
                for inline in formset.initial_forms
                if inline.has_changed() and inline.initial.get("claim")
            )
            request._selon_quoted_claims = quoted

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        extra_context = dict(extra_context or {})
        if request.method == "POST" and object_id is not None:
            stale = self._stale_changes(request, object_id)
            if stale:
                return self._refuse_stale(request, object_id, form_url, extra_context, stale)
        try:
            with write_path("admin"):
                return super().changeform_view(request, object_id, form_url, extra_context)
        except services.StaleEdit:
            stale = self._stale_changes(request, object_id)
            return self._refuse_stale(request, object_id, form_url, extra_context, stale)

    def changelist_view(self, request, extra_context=None):
        with write_path("admin"):  # the actions: verdicts, merges
            return super().changelist_view(request, extra_context)

    def delete_view(self, request, object_id, extra_context=None):
        with write_path("admin"):
            return super().delete_view(request, object_id, extra_context)

    def _refuse_stale(self, request, object_id, form_url, extra_context, stale):
        """The current version in a fresh form, what changed since the editor's, and their unsaved input."""
        self.message_user(request, STALE_REFUSED, messages.ERROR)
        extra_context["stale"] = stale
        extra_context["unsaved"] = self._unsaved_input(request, self.get_object(request, object_id))
        request.method = "GET"  # the form below is the record as it is now, at its current version
        return super().changeform_view(request, object_id, form_url, extra_context)

    def _unsaved_input(self, request, obj):
        """The editor's values that differ from the current version, to copy into the fresh form."""
        form = self.get_form(request, obj, change=True)
        return [
            (field.label, request.POST.get(name))
            for name, field in form.base_fields.items()
            if name not in ("seen_version", "reopen_rationale")
            and request.POST.get(name)
            and request.POST.get(name) != str(getattr(obj, name, "") or "")
        ]

    def _stale_changes(self, request, object_id):
        """[(record, changes_since())] for the records the POSTed form saw at an older version."""
        obj = self.get_object(request, object_id)
        if obj is None:
            return []
        stale = []
        seen = _version(request.POST.get("seen_version"))
        if seen is not None and services.is_stale(obj, seen):
            stale.append((obj, changes_since(obj, seen)))
        rows = {}
        for key, value in request.POST.items():
            if key.endswith("-seen_version") and request.POST.get(key[: -len("seen_version")] + "id"):
                rows[request.POST[key[: -len("seen_version")] + "id"]] = _version(value)
        for attribution in Attribution.objects.filter(pk__in=[pk for pk in rows if pk.isdigit()]):
            seen = rows[str(attribution.pk)]
            if seen is not None and seen != attribution.version:
                stale.append((attribution, changes_since(attribution, seen)))
        return stale


_REMOVED = _("attribution removed")


def _version(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


class AttributionFormSet(BaseInlineFormSet):
    def _construct_form(self, i, **kwargs):
        form = super()._construct_form(i, **kwargs)
        # On an article's page the quote is located in the article being edited, unsaved changes included.
        if self.fk.name == "article":
            form.parent_article = self.instance
        return form

    def clean(self):
        super().clean()
        # Removing an attribution takes ground from its claim's verdict just as changing it does.
        guard = VerdictGuard()
        guard.user, guard.data = self.form.user, self.data
        for form in self.deleted_forms:
            if form.instance.pk is not None:
                try:
                    guard.guard_verdicts([form.instance.claim], str(_REMOVED))
                except ValidationError as error:
                    raise ValidationError(error.messages) from error
        self.reopens = getattr(guard, "reopens", {})


class AttributionInline(admin.StackedInline):
    model = Attribution
    form = AttributionForm
    formset = AttributionFormSet
    extra = 0
    autocomplete_fields = ["claim", "article", "actor", "via"]
    classes = ["selon-attributions"]

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        formset.form.user = request.user
        return formset

    def get_fields(self, request, obj=None):
        shown = "article" if self.fk_name == "claim" else "claim"
        return [shown, "actor", "stance", "cue", "quote", "occurrence", "via", "seen_version"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("claim", "article", "actor", "via__actor")
