"""Blocked logins: the accounts and addresses django-axes refuses after repeated wrong passwords.

Editors see them here and unlock one before its cool-off ends (a colleague who mistyped,
say). Unlocking forgets the failures: the next wrong password starts the count again.
"""

from axes.models import AccessAttempt
from django.conf import settings
from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from ..roles import may_unlock_logins


class LockedFilter(admin.SimpleListFilter):
    title = _("blocked")
    parameter_name = "blocked"

    def lookups(self, request, model_admin):
        return [("yes", _("Yes")), ("no", _("No"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(failures_since_start__gte=settings.AXES_FAILURE_LIMIT)
        if self.value() == "no":
            return queryset.filter(failures_since_start__lt=settings.AXES_FAILURE_LIMIT)
        return queryset


@admin.register(AccessAttempt)
class LoginAttemptAdmin(admin.ModelAdmin):
    list_display = ["username", "ip_address", "failures_since_start", "blocked", "attempt_time"]
    list_filter = [LockedFilter]
    search_fields = ["username", "ip_address"]
    ordering = ["-attempt_time"]
    actions = ["unlock"]
    fields = ["username", "ip_address", "user_agent", "failures_since_start", "attempt_time"]
    readonly_fields = fields

    @admin.display(description=_("blocked"), boolean=True)
    def blocked(self, attempt):
        return attempt.failures_since_start >= settings.AXES_FAILURE_LIMIT

    @admin.action(description=_("Unlock the selected logins"), permissions=["unlock"])
    def unlock(self, request, queryset):
        count, _details = queryset.delete()
        messages.success(
            request,
            ngettext("%(count)d login unlocked.", "%(count)d logins unlocked.", count) % {"count": count},
        )

    def get_actions(self, request):
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)  # "Unlock" says what deleting an attempt means
        return actions

    def has_unlock_permission(self, request):
        return may_unlock_logins(request.user)

    def has_module_permission(self, request):
        return may_unlock_logins(request.user)

    def has_view_permission(self, request, obj=None):
        return may_unlock_logins(request.user)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return may_unlock_logins(request.user)
