"""The editorial admin: one module per screen, registered on import."""

from .actor import ActorAdmin
from .article import ArticleAdmin
from .claim import AttributionAdmin, ClaimAdmin, ReviewAdmin
from .lockouts import LoginAttemptAdmin

__all__ = ["ActorAdmin", "ArticleAdmin", "AttributionAdmin", "ClaimAdmin", "LoginAttemptAdmin", "ReviewAdmin"]
