"""The two editorial roles and what each may do.

Migration 0002_roles creates them on every database; `ensure_roles()` is also
what re-creates them where a test flushed the tables.
"""

EDITORS = "Éditeurs"
CONTRIBUTORS = "Contributeurs"

# Contributors record articles, actors, claims and attributions; verdicts are the editors'.
CONTRIBUTOR_PERMISSIONS = [
    f"{action}_{model}"
    for model in ("article", "actor", "actoralias", "claim", "attribution")
    for action in ("add", "change", "view")
] + ["delete_actoralias", "delete_attribution", "view_review"]


def ensure_roles(group_model, permission_model):
    """Create or complete both groups. Takes the models so that migrations can pass historical ones."""
    claims_permissions = permission_model.objects.filter(content_type__app_label="claims")
    editors, _ = group_model.objects.get_or_create(name=EDITORS)
    editors.permissions.add(*claims_permissions)
    contributors, _ = group_model.objects.get_or_create(name=CONTRIBUTORS)
    contributors.permissions.add(*claims_permissions.filter(codename__in=CONTRIBUTOR_PERMISSIONS))
    return editors, contributors


def may_unlock_logins(user):
    """Editors (and superusers) unlock accounts blocked after repeated wrong passwords."""
    return user.is_active and user.is_staff and user.has_perm("claims.review_claim")
