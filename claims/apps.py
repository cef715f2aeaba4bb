from axes.apps import AppConfig as AxesAppConfig
from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.utils.translation import gettext_lazy as _


class ClaimsConfig(AppConfig):
    default = True
    name = "claims"
    verbose_name = _("Newsroom")


class SelonAdminConfig(admin_apps.AdminConfig):
    """Django's admin on Selon's own site, which refuses malformed parameters before any query."""

    default = False
    default_site = "claims.admin_site.SelonAdminSite"


class SignInProtectionConfig(AxesAppConfig):
    """django-axes under a name editors understand in the admin's menu."""

    verbose_name = _("Sign-in protection")
