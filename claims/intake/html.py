"""A web page saved by a browser: the article's text and metadata, through trafilatura and htmldate.

trafilatura finds the article among the page's menus, teasers and comments and
returns its paragraphs as written; htmldate reads the publication date from the
page's markup (never from the text's events). The paragraphs are then run through
the same furniture rules as text pages, for the share labels and credits that sit
inside an article's markup.
"""

import re
from datetime import date

import trafilatura
from django.utils.translation import gettext as _
from htmldate import find_date

from .errors import ImportFailed
from .furniture import furniture_rule
from .headline import first_sentence, shorten
from .metadata import site_name_from_domain
from .text import PageText, squash

HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)


def looks_like_html(data):
    return bool(HTML_START.match(data[:4096]))


def parse_html(html, *, source_file):
    """PageText for a saved HTML page; ImportFailed when no article text can be found in it."""
    try:
        document = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            include_formatting=False,
            deduplicate=False,
        )
    except Exception as error:  # noqa: BLE001 - lxml and trafilatura raise many kinds on broken markup
        raise ImportFailed(
            _("%(name)s: the HTML page cannot be read (%(error)s)") % {"name": source_file, "error": error}
        ) from error
    text = (getattr(document, "text", None) or "").strip() if document is not None else ""
    if not text:
        raise ImportFailed(_("%(name)s: no article text was found in this HTML page") % {"name": source_file})

    title = squash(document.title or "")
    paragraphs = [line for line in text.split("\n") if line.strip()]
    lines = []
    for index, paragraph in enumerate(paragraphs):
        rule = furniture_rule(paragraph)
        if rule is None and index == 0 and title and squash(paragraph).casefold() == title.casefold():
            rule = "headline"
        lines.append((paragraph, rule))
    kept = [line for line, rule in lines if rule is None]
    if not kept:
        raise ImportFailed(_("%(name)s: no article text was found in this HTML page") % {"name": source_file})

    title_source = "page"
    if not title:
        title, title_source = shorten(first_sentence(kept[0])), "first sentence"
    try:
        published = find_date(html, original_date=True, extensive_search=False, outputformat="%Y-%m-%d")
    except Exception:  # noqa: BLE001 - a date is optional; a page without one still imports
        published = None
    published_on = None
    if published:
        published_on = date.fromisoformat(published)
    author = squash(document.author or "")
    return PageText(
        title=title,
        title_source=title_source,
        body="\n\n".join(kept),
        outlet=site_name_from_domain(document.sitename or ""),
        author=author,
        published_on=published_on,
        lines=[item for line, rule in lines for item in ((line, rule), ("", None))][:-1],
    ), (document.url or "")
