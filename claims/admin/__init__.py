"""The editorial admin: one module per screen, registered on import."""

from .actor import ActorAdmin
from .article import ArticleAdmin
from .claim import AttributionAdmin, ClaimAdmin, ReviewAdmin

__all__ = ["ActorAdmin", "ArticleAdmin", "AttributionAdmin", "ClaimAdmin", "ReviewAdmin"]
