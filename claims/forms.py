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


class AttributionForm(VersionedForm):
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

    def _parent_article(self):
        # Inline on an article's page: the article is the formset's parent, not a field.
        return getattr(self, "parent_article", None)


class ClaimForm(VersionedForm):
    class Meta:
        model = Claim
        fields = ["text", "slug"]


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
