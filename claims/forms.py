"""Admin forms: optimistic locking, quotes located in their article, verdicts and merges."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from . import services
from .models import Actor, Article, Attribution, Claim

STALE_MESSAGE = _(
    "Someone else changed this record while you were editing it. Your changes were not saved: "
    "reload the page to see the current version, then make them again."
)


# Said above the page that answers a stale form: what changed, then the current version to edit.
STALE_REFUSED = _(
    "Someone else changed this record after you opened it: your changes were not saved. What changed "
    "is shown below, with the current version."
)


class VersionedForm(forms.ModelForm):
    """Carries the version the form was opened at; a save over a newer version is refused.

    The check in clean() gives the editor the message with their input intact; the
    conditional update in services.save_versioned() closes the window between the two.
    """

    seen_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None:
            self.fields["seen_version"].initial = self.instance.version
            # A request that leaves the version out must not slip past the check.
            self.fields["seen_version"].required = True

    def clean(self):
        cleaned = super().clean()
        seen = cleaned.get("seen_version")
        if self.instance.pk is not None and seen is not None and services.is_stale(self.instance, seen):
            raise ValidationError(STALE_MESSAGE, code="stale")
        return cleaned

    def has_changed(self):
        # The hidden version alone does not make an untouched inline row "changed".
        return bool([name for name in self.changed_data if name != "seen_version"])


VERDICT_READ_ONLY = _(
    "This claim has a verdict (%(status)s): its text and its attributions (actor, stance, quote) "
    "can only be changed by an editor, who reopens it with a reason. Ask an editor of the newsroom."
)


def reopen_rationale_field():
    return forms.CharField(
        label=_("Reason for reopening"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2, "cols": 60}),
        help_text=_(
            "Required when you change the text or the attributions of a claim that has a verdict: "
            "the claim goes back to “Unreviewed”, with this reason in its review history."
        ),
    )


class VerdictGuard:
    """Changes to what a verdict rests on: refused to contributors, editors give a reason.

    The admin sets `user` on the form class; `reopens` ({claim pk: [what changed]}) tells the
    admin which claims to reopen once everything is saved (services.reopen_claim()).
    """

    user = None

    def guard_verdicts(self, claims, what):
        """Check a change of `what` on each of `claims` (those with a verdict count) and note it."""
        if not hasattr(self, "reopens"):
            self.reopens = {}
        reviewed = [
            claim for claim in claims if claim is not None and claim.status != Claim.Status.UNREVIEWED
        ]
        if not reviewed:
            return
        if self.user is None or not self.user.has_perm("claims.review_claim"):
            raise ValidationError(
                VERDICT_READ_ONLY % {"status": reviewed[0].get_status_display()}, code="verdict_read_only"
            )
        if not (self.data.get("reopen_rationale") or "").strip():
            missing = ValidationError(services.REOPEN_RATIONALE_MISSING, code="reopen_rationale")
            # On the page's own form, beside the field; on an inline row, on the row.
            raise ValidationError({"reopen_rationale": missing}) if self._owns_reason() else missing
        for claim in reviewed:
            self.reopens.setdefault(claim.pk, []).append(what)

    def _owns_reason(self):
        return getattr(self, "prefix", "x") is None and "reopen_rationale" in getattr(self, "fields", {})


class AttributionForm(VerdictGuard, VersionedForm):
    reopen_rationale = reopen_rationale_field()
    occurrence = forms.IntegerField(
        label=_("Occurrence"),
        required=False,
        min_value=1,
        help_text=_(
            "When the quote appears several times in the article: 1 for the first, 2 for the second…"
        ),
    )

    class Meta:
        model = Attribution
        fields = ["claim", "article", "actor", "stance", "cue", "quote", "via"]
        widgets = {"quote": forms.Textarea(attrs={"rows": 2, "cols": 50})}

    def clean(self):
        cleaned = super().clean()
        article = cleaned.get("article") or self._parent_article()
        quote = cleaned.get("quote")
        if article is None or not quote or self.errors:
            return cleaned
        self._guard_attribution(cleaned)
        instance = self.instance
        unchanged = instance.start is not None and article.body[instance.start : instance.end] == quote
        if unchanged and not cleaned.get("occurrence"):
            return cleaned
        occurrence = cleaned.get("occurrence")
        located = Attribution(article=article, quote=quote)
        located.locate(None if occurrence is None else occurrence - 1)
        # As typed ("l'accord", "Il n' y a") the quote is stored as the body has it ("l’accord").
        instance.start, instance.end, cleaned["quote"] = located.start, located.end, located.quote
        return cleaned

    def _guard_attribution(self, cleaned):
        instance = self.instance
        claim = cleaned.get("claim") or (instance.claim if instance.claim_id else None)
        if instance.pk is None:
            self.guard_verdicts([claim], str(_("attribution added")))
            return
        changed = services.verdict_changes(instance, self.changed_data)
        if not changed:
            return
        fields = ", ".join(str(Attribution._meta.get_field(name).verbose_name) for name in changed)
        before = Claim.objects.filter(pk=self.initial.get("claim")).first() if "claim" in changed else None
        self.guard_verdicts([claim, before], str(_("attribution changed (%(fields)s)") % {"fields": fields}))

    def _parent_article(self):
        # Inline on an article's page: the article is the formset's parent, not a field.
        return getattr(self, "parent_article", None)


class ClaimForm(VerdictGuard, VersionedForm):
    reopen_rationale = reopen_rationale_field()

    class Meta:
        model = Claim
        fields = ["text", "slug"]

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk is not None and services.verdict_changes(self.instance, self.changed_data):
            self.guard_verdicts([self.instance], str(_("claim text changed")))
        return cleaned


class ActorForm(VersionedForm):
    class Meta:
        model = Actor
        fields = ["name", "slug", "kind", "parent", "country", "description"]


class ArticleForm(VersionedForm):
    new_outlet = forms.CharField(
        label=_("or a new outlet"),
        required=False,
        max_length=200,
        help_text=_("Its name: the media outlet is created on saving, unless one already has this name."),
    )

    # For the attributions on the article's page whose claims have a verdict.
    reopen_rationale = reopen_rationale_field()

    def clean(self):
        cleaned = super().clean()
        body = cleaned.get("body")
        if self.instance.pk is not None and body is not None and "body" in self.changed_data:
            # Attributions edited or removed on this page are placed (or dropped) by their own rows.
            placed = self.rows_placed_here()
            attributions = [
                attribution
                for attribution in self.instance.attributions.select_related("actor", "claim")
                if attribution.pk not in placed
            ]
            services.quote_moves(
                self.instance, body, old_body=self.initial.get("body", ""), attributions=attributions
            )
        return cleaned

    def rows_placed_here(self):
        """Primary keys of the attribution rows of this page given a new quote or marked for deletion."""
        placed = set()
        for key, pk in self.data.items():
            if key.startswith("attributions-") and key.endswith("-id") and str(pk).isdigit():
                prefix = key[: -len("id")]
                stored = Attribution.objects.filter(pk=pk).values_list("quote", flat=True).first()
                if self.data.get(prefix + "DELETE") or self.data.get(prefix + "quote") != stored:
                    placed.add(int(pk))
        return placed

    class Meta:
        model = Article
        fields = [
            "title",
            "slug",
            "outlet",
            "author",
            "url",
            "published_on",
            "language",
            "body",
            "source_file",
        ]

    def clean_new_outlet(self):
        name = self.cleaned_data.get("new_outlet", "").strip()
        known = Actor.objects.resolve(name) if name else None
        if known is not None and known.kind != Actor.Kind.MEDIA:
            raise ValidationError(
                _("“%(name)s” is already an actor that is not a media outlet.") % {"name": known.name}
            )
        return name


class ReviewForm(forms.Form):
    """A verdict on one or several claims; the status comes from the action when there is one."""

    # No preselected verdict on a claim's page: the editor picks one deliberately.
    status = forms.ChoiceField(label=_("Verdict"), choices=[("", "---------"), *Claim.Status.choices])
    rationale = forms.CharField(
        label=_("Rationale"),
        widget=forms.Textarea(attrs={"rows": 4, "cols": 60}),
        help_text=_("Why: the sources and evidence that settle it. Kept on record."),
    )
    evidence = forms.CharField(
        label=_("Evidence"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3, "cols": 60}),
        help_text=_("Links or references, one per line."),
    )

    # On a claim's page: the version the page showed, so that a verdict is not given on text
    # someone changed in the meantime.
    seen_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, claim=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.claim = claim
        if claim is None:
            del self.fields["seen_version"]
        else:
            self.fields["seen_version"].initial = claim.version

    def clean(self):
        cleaned = super().clean()
        seen = cleaned.get("seen_version")
        if self.claim is not None and seen is not None and services.is_stale(self.claim, seen):
            raise ValidationError(STALE_MESSAGE, code="stale")
        return cleaned

    def clean_rationale(self):
        rationale = self.cleaned_data["rationale"].strip()
        if not rationale:
            raise ValidationError(_("A review needs a rationale."), code="required")
        return rationale


class MergeActorsForm(forms.Form):
    survivor = forms.ModelChoiceField(
        label=_("Actor to keep"),
        queryset=Actor.objects.none(),
        widget=forms.RadioSelect,
        empty_label=None,
        help_text=_(
            "The other one's attributions, aliases and children move to it; its name becomes an alias."
        ),
    )

    def __init__(self, *args, actors, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["survivor"].queryset = actors


class DeskForm(forms.Form):
    """The desk's one form: a passage of an article (a suggestion's, or selected), who, how, which claim.

    The page's script fills it from the active suggestion or the selection; the view hands the
    cleaned values to services.accept_suggestion() or services.attribute_passage().
    """

    suggestion = forms.IntegerField(widget=forms.HiddenInput, required=False)
    seen_version = forms.IntegerField(widget=forms.HiddenInput)
    start = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=0)
    end = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=0)
    quote = forms.CharField(
        label=_("Quote"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Select a passage of the article, or type it: ' and \" are read as ’ and « »."),
    )
    actor = forms.ModelChoiceField(label=_("Actor"), queryset=Actor.objects.all(), required=False)
    new_actor_name = forms.CharField(label=_("or a new actor"), required=False, max_length=200)
    new_actor_kind = forms.ChoiceField(
        label=_("kind"), required=False, choices=[("", "---------"), *Actor.Kind.choices]
    )
    stance = forms.ChoiceField(
        label=_("Stance"), choices=Attribution.Stance.choices, widget=forms.RadioSelect
    )
    cue = forms.CharField(label=_("Cue"), required=False, max_length=200)
    claim = forms.ModelChoiceField(queryset=Claim.objects.all(), required=False, widget=forms.HiddenInput)
    claim_text = forms.CharField(
        label=_("New claim"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("A self-contained proposition in French, phrased positively."),
    )
    reopen_rationale = reopen_rationale_field()

    def __init__(self, *args, article, actor_widget=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.article = article
        self.fields["seen_version"].initial = article.version
        if actor_widget is not None:
            actor_widget.choices = self.fields["actor"].choices
            self.fields["actor"].widget = actor_widget

    def clean_suggestion(self):
        from .models import Suggestion

        key = self.cleaned_data.get("suggestion")
        if key is None:
            return None
        found = Suggestion.objects.filter(pk=key, article=self.article).first()
        if found is None:
            raise ValidationError(_("This suggestion no longer exists: reload the page."))
        return found

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("claim") and not (cleaned.get("claim_text") or "").strip():
            self.add_error("claim_text", _("Choose a claim or write a new one."))
        return cleaned
