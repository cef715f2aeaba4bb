"""Attribution suggestions: read a French article and propose who said what, and how.

`suggest(text)` returns the statements it finds attributed in the text, each with its exact
span, cue, stance and source. See docs/extraction.md for the rules and their measured effect.
"""

from .suggest import Suggestion, suggest

__all__ = ["Suggestion", "suggest"]
