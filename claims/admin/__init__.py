"""The editorial admin: one module per screen, registered on import."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from .actor import ActorAdmin
from .article import ArticleAdmin
from .claim import AttributionAdmin, ClaimAdmin, ReviewAdmin

admin.site.site_header = "Selon"
admin.site.site_title = "Selon"
admin.site.index_title = _("Newsroom desk")

__all__ = ["ActorAdmin", "ArticleAdmin", "AttributionAdmin", "ClaimAdmin", "ReviewAdmin"]
