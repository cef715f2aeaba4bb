"""Optimistic locking in the admin: a save over someone else's newer version is refused."""

from django.contrib import admin, messages
from django.forms.models import BaseInlineFormSet
from django.http import HttpResponseRedirect

from .. import services
from ..forms import STALE_MESSAGE, AttributionForm
from ..models import Attribution, Claim


class VersionedAdminMixin:
    """Saves the object and its inline rows through services.save_versioned().

    The forms refuse a stale version in clean(); a save that loses the race in between
    raises StaleEdit, which rolls the whole request back (the admin wraps it in a
    transaction) and sends the editor back to the current version with the message.
    """

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

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except services.StaleEdit:
            self.message_user(request, STALE_MESSAGE, messages.ERROR)
            return HttpResponseRedirect(request.get_full_path())


class AttributionFormSet(BaseInlineFormSet):
    def _construct_form(self, i, **kwargs):
        form = super()._construct_form(i, **kwargs)
        # On an article's page the quote is located in the article being edited, unsaved changes included.
        if self.fk.name == "article":
            form.parent_article = self.instance
        return form


class AttributionInline(admin.StackedInline):
    model = Attribution
    form = AttributionForm
    formset = AttributionFormSet
    extra = 0
    autocomplete_fields = ["claim", "article", "actor", "via"]
    classes = ["selon-attributions"]

    def get_fields(self, request, obj=None):
        shown = "article" if self.fk_name == "claim" else "claim"
        return [shown, "actor", "stance", "cue", "quote", "occurrence", "via", "seen_version"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("claim", "article", "actor", "via__actor")
