"""Bounds on what one fixture file may ask of the parser.

Python's JSON parser recurses once per nesting level: a file of 2,000 "[" exhausts the stack
(RecursionError) before any check runs. A fixture is never deeper than a few levels (the list,
an object, its fields, a natural key), so anything deeper is refused before parsing.
"""

import re

from django.utils.translation import gettext

# The deepest a Django fixture goes is 4 ([{"fields": {"claim": ["slug"]}}]); room for hand edits.
MAX_NESTING = 20
_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKET = re.compile(rb"[\[\]{}]")


def nesting_depth(data):
    """How deeply the JSON in `data` (bytes) nests its lists and objects, strings left out."""
    depth = deepest = 0
    for match in _BRACKET.finditer(_STRING.sub(b'""', data)):
        if match.group() in (b"[", b"{"):
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def nesting_error(data, limit=MAX_NESTING):
    """A French message when `data` nests deeper than `limit`, else None."""
    if nesting_depth(data) > limit:
        return gettext(
            "the JSON nests lists and objects more than %(limit)d levels deep; a fixture needs 4"
        ) % {"limit": limit}
    return None
