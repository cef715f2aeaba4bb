"""A page saved (or copied) as text: headline, what the page says about itself, and the article lines.

Every line is either kept character for character, or dropped with the name of the
rule that dropped it: attribution quotes are located in the body by offset, so an
article line is never edited.
"""

import re
from dataclasses import dataclass, field
from datetime import date

from .furniture import FURNITURE, TEASER_BLOCK, furniture_rule, is_truncated_repeat
from .headline import first_sentence, looks_like_paragraph, shorten
from .metadata import FOLLOW_CREDIT, SITE_SUFFIX, find_date, leading_date, page_facts, wire_agency

_SPACES = re.compile(r"\s+")
# A section or category label: a few capitalised words, no sentence punctuation ("Europe", "Fuites Covid").
SECTION_LABEL = re.compile(r"^(?:[A-ZÀ-Ý][\w’'-]*)(?:\s+[A-ZÀ-Ý][\w’'-]*){0,4}$")
# Keywords under a headline: "Tavares, PSA".
TAG_LINE = re.compile(
    r"^[A-ZÀ-Ý][\w’'-]*(?: [A-ZÀ-Ý][\w’'-]*)?(?:, [A-ZÀ-Ý][\w’'-]*(?: [A-ZÀ-Ý][\w’'-]*)?){1,5}$"
)
HEADER_LINES = 3  # bylines and datelines sit among the first lines of the article, not deep in it
FOOTER_LINES = 5


@dataclass
class PageText:
    """What a page's text holds, before the editor's metadata is laid over it."""

    title: str
    title_source: str  # "page" or "first sentence"
    body: str
    outlet: str = ""
    author: str = ""
    published_on: date | None = None
    lines: list = field(default_factory=list)  # (line, rule or None) for every line of the page


def squash(text):
    return _SPACES.sub(" ", text).strip()


def _is_label(stripped):
    """A section label; a subhead in capitals ("LA TENDANCE", "WALL STREET") belongs to the article."""
    if stripped.isupper() and len(stripped.split()) > 1:
        return False
    return bool(SECTION_LABEL.match(stripped)) and len(stripped) <= 40


def _find_headline(lines):
    """(index of the headline line or None, index of the first article line)."""
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped or furniture_rule(line) or _is_label(stripped) or page_facts(stripped):
            continue
        if not re.search(r"[^\W\d_]{2}", stripped):
            continue
        if looks_like_paragraph(stripped):
            return None, index
        return index, index
    return None, None


def _site_suffix(title, lines, title_index):
    """The site's name after the headline ("… | Le Soir"), when the page confirms it is one."""
    suffix = SITE_SUFFIX.search(title)
    if not suffix:
        return None
    site = squash(suffix["site"]).casefold()
    before = [squash(line).casefold() for line in lines[:title_index] if line.strip()]
    nearby = [line for line in lines[title_index + 1 : title_index + 8] if line.strip()]
    repeated = any(
        (other := SITE_SUFFIX.search(line.strip())) and squash(other["site"]).casefold() == site
        for line in nearby
    )
    if suffix["sep"] == "|" or site in before or repeated:
        return suffix
    return None


def parse_text(text):
    """Split a page's text into headline, outlet, author, date and the article's lines."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    title_index, first_index = _find_headline(lines)
    rules = [None] * len(lines)
    outlet, author, published_on = "", "", None

    title, title_source = "", "page"
    if title_index is not None:
        title = lines[title_index].strip()
        rules[title_index] = "headline"
        suffix = _site_suffix(title, lines, title_index)
        if suffix:
            site = suffix["site"].strip()
            masthead = [
                line.strip()
                for line in lines[:title_index]
                if squash(line).casefold() == squash(site).casefold()
            ]
            outlet = masthead[0] if masthead else site
            title = title[: suffix.start()].strip()

    start = (
        title_index if title_index is not None else (first_index if first_index is not None else len(lines))
    )
    nonempty = [index for index, line in enumerate(lines) if line.strip()]
    footer_start = nonempty[-FOOTER_LINES] if len(nonempty) >= FOOTER_LINES else 0

    def take(facts):
        nonlocal outlet, author, published_on
        outlet = outlet or facts.outlet
        author = author or facts.author
        published_on = published_on or facts.published_on

    # Lines above the headline: masthead, menus, labels; what they say about the page is kept.
    for index in range(start):
        stripped = lines[index].strip()
        if not stripped:
            continue
        facts = page_facts(stripped)
        if facts:
            take(facts)
        rules[index] = (facts.rule if facts else None) or furniture_rule(stripped) or "section label"
        if squash(stripped).casefold() == squash(outlet).casefold():
            rules[index] = "masthead"

    header_lines = 0
    in_teaser_block = after_bullet = paywalled = False
    kept = []
    for index in range(start, len(lines)):
        if rules[index]:
            continue
        line = lines[index]
        stripped = line.strip()
        if not stripped:
            in_teaser_block = False
            continue
        rule = None
        if paywalled:
            rule = "paywall"
        elif in_teaser_block or after_bullet:
            rule = "teaser"
        elif TEASER_BLOCK.match(stripped):
            in_teaser_block, rule = True, "teaser"
        elif is_truncated_repeat(line, kept):
            paywalled, rule = True, "paywall"
        after_bullet = False
        in_header, in_footer = header_lines < HEADER_LINES, index >= footer_start
        facts = None if rule else page_facts(stripped)
        if facts and (
            facts.rule in ("copyright", "source line", "agency signature") or in_header or in_footer
        ):
            if facts.rule != "byline" or in_header:
                take(facts)
                rule = facts.rule
        rule = rule or furniture_rule(line)
        if rule == "bullet marker":
            after_bullet = True
        if (
            rule is None
            and title
            and squash(stripped).casefold()
            in (
                squash(title).casefold(),
                squash(lines[title_index]).casefold(),
            )
        ):
            rule = "repeated headline"
        if rule is None and title_index is not None and (other := SITE_SUFFIX.search(stripped)):
            if (
                outlet
                and squash(other["site"]).casefold() == squash(outlet).casefold()
                and len(stripped) <= 200
            ):
                rule = "page title"
        if rule is None and in_header and header_lines == 0 and title_index is not None:
            if _is_label(stripped) or TAG_LINE.match(stripped):
                rule = "section label"
        if rule == "follow prompt" and not outlet:
            credit = FOLLOW_CREDIT.match(stripped)
            outlet = credit["outlet"].strip() if credit else outlet
        if rule == "page metadata" and published_on is None:
            published_on = find_date(stripped)
        if rule:
            rules[index] = rule
            continue
        if in_header:
            published_on = published_on or leading_date(stripped)
            outlet = outlet or wire_agency(stripped)
        header_lines += 1
        kept.append(line)

    # Labels left at the foot of the page ("Urgent", "Europe"): tags, not the article's last words.
    for index in reversed(range(len(lines))):
        stripped = lines[index].strip()
        if not stripped or rules[index]:
            continue
        if _is_label(stripped) and len(stripped.split()) <= 2:
            rules[index] = "section label"
            continue
        break

    body_lines = [line for index, line in enumerate(lines) if index >= start and rules[index] is None]
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(body_lines)).strip("\n")
    if not title:
        first = next((line for line in body_lines if line.strip()), "")
        title, title_source = shorten(first_sentence(first)), "first sentence"
    return PageText(
        title=title,
        title_source=title_source,
        body=body,
        outlet=outlet,
        author=author,
        published_on=published_on,
        lines=[(line, rules[index]) for index, line in enumerate(lines)],
    )


__all__ = ["FURNITURE", "PageText", "parse_text", "squash"]
