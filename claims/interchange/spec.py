"""What a fixture may contain: the models, their natural keys and how each field travels.

Export and import both read these tables, so that what one writes the other accepts.
Field lists come from the models themselves; only natural keys and derived columns are
declared here.
"""

from dataclasses import dataclass
from functools import cached_property

from django.contrib.auth import get_user_model
from django.db import models

from ..models import Actor, ActorAlias, Article, Attribution, Claim, Review
from ..services import SUMMARY_FIELDS
from ..text import name_key

# The password written for reviewers: "!" is never a usable password hash.
UNUSABLE_PASSWORD = "!"


@dataclass(frozen=True)
class FieldSpec:
    name: str
    kind: str  # "str", "int", "date", "datetime" or "ref" (a natural key)
    null: bool
    required: bool
    blank: bool = True
    max_length: int | None = None
    choices: frozenset | None = None
    positive: bool = False
    slug: bool = False
    url: bool = False
    target: str | None = None  # label of the referenced model, for "ref"
    lookups: tuple = ()  # ORM paths giving the value (several for a natural key)


@dataclass(frozen=True)
class ModelSpec:
    label: str
    model: type
    key_lookups: tuple  # ORM paths of the natural key, in order
    fields: tuple  # FieldSpec, in the model's field order
    derived: tuple = ()  # columns computed from other fields, exported for loaddata, recomputed on import

    @cached_property
    def field_map(self):
        return {spec.name: spec for spec in self.fields}


# How each model's natural key reads from its own table.
KEY_LOOKUPS = {
    "auth.user": ("username",),
    "claims.actor": ("slug",),
    "claims.actoralias": ("alias",),
    "claims.article": ("slug",),
    "claims.claim": ("slug",),
    "claims.attribution": ("claim__slug", "article__slug", "actor__slug", "start"),
    "claims.review": ("claim__slug", "number"),
}

DERIVED = {
    # Versions are the importing database's: a record the import changes gets the next one.
    "claims.actor": ("name_key", "version"),
    "claims.actoralias": ("key",),
    "claims.article": ("version",),
    # The stored list figures, recomputed from the attributions and reviews after every import;
    # the status, from the reviews alone.
    "claims.claim": (*SUMMARY_FIELDS, "status", "version"),
    "claims.attribution": ("version",),
}


def _field_spec(field, label):
    common = {"name": field.name, "null": field.null}
    if field.is_relation:
        target = field.related_model._meta.label_lower
        return FieldSpec(
            kind="ref",
            required=not field.null,
            target=target,
            lookups=tuple(f"{field.name}__{path}" for path in KEY_LOOKUPS[target]),
            **common,
        )
    required = not field.has_default() and not field.null and not field.blank
    if field.name in DERIVED.get(label, ()):
        required = False
    if isinstance(field, models.DateTimeField):
        return FieldSpec(kind="datetime", required=required, lookups=(field.name,), **common)
    if isinstance(field, models.DateField):
        return FieldSpec(kind="date", required=required, lookups=(field.name,), **common)
    if isinstance(field, models.IntegerField):
        return FieldSpec(
            kind="int",
            required=required,
            positive=isinstance(field, models.PositiveIntegerField),
            lookups=(field.name,),
            **common,
        )
    return FieldSpec(
        kind="str",
        required=required,
        blank=field.blank or field.name in DERIVED.get(label, ()),
        max_length=field.max_length,
        choices=frozenset(value for value, _label in field.choices) if field.choices else None,
        slug=isinstance(field, models.SlugField),
        url=isinstance(field, models.URLField),
        lookups=(field.name,),
        **common,
    )


def _model_spec(model):
    label = model._meta.label_lower
    fields = tuple(
        _field_spec(field, label) for field in model._meta.concrete_fields if not field.primary_key
    )
    return ModelSpec(label, model, KEY_LOOKUPS[label], fields, DERIVED.get(label, ()))


def _user_spec():
    """Reviewers travel as their username only; see docs/fixtures.md for why."""
    user = get_user_model()
    username = user._meta.get_field(user.USERNAME_FIELD)
    fields = (
        FieldSpec(
            name=username.name,
            kind="str",
            null=False,
            required=True,
            blank=False,
            max_length=username.max_length,
            lookups=(username.name,),
        ),
        FieldSpec(name="password", kind="str", null=False, required=False, lookups=("password",)),
        FieldSpec(name="is_active", kind="bool", null=False, required=False, lookups=("is_active",)),
    )
    return ModelSpec(user._meta.label_lower, user, (username.name,), fields)


_SPECS = None


def specs():
    """{label: ModelSpec} in dependency order: what a model refers to comes before it."""
    global _SPECS
    if _SPECS is None:
        ordered = [_user_spec()] + [
            _model_spec(model) for model in (Actor, ActorAlias, Article, Claim, Attribution, Review)
        ]
        _SPECS = {spec.label: spec for spec in ordered}
    return _SPECS


def identity(label, key):
    """What makes two natural keys the same record: aliases are one when their name keys are."""
    if label == "claims.actoralias":
        return (name_key(key[0]),)
    return tuple(key)
