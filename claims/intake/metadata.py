"""What a page says about itself (outlet, author, date) and what the editor says about it.

Dates are read only from lines that state a publication ("Publié le …", a dateline,
"information fournie par Reuters 18/05/2022 à 21:11"), never guessed from the
events an article reports. The editor's values (command options, the admin form,
a `NAME.meta.json` sidecar) always win over what is read from the page.
"""

import json
import re
from dataclasses import dataclass, fields
from datetime import date
from pathlib import Path

from django.utils.translation import gettext as _

from .errors import ImportFailed
from .furniture import AGENCIES, AGENCY, COPYRIGHT

MONTHS = {
    "janvier": 1,
    "février": 2,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
    "decembre": 12,
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = (
    r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday"
)
_WEEKDAY += r"|saturday|sunday),?\s+)?"
_TIME = r"(?:\s*(?:à|-|,)?\s*\d{1,2}\s*[:h]\s*\d{2}(?:\s*(?:UTC|GMT|HE|HNE|CET|CEST|heures?))?)?"
DATE_PATTERNS = [
    # "18 juin 2024", "1er octobre 2020", "24 Février 2026"
    re.compile(rf"{_WEEKDAY}(?P<day>\d{{1,2}})(?:er)?\s+{_MONTH}\s+(?P<year>\d{{4}})", re.IGNORECASE),
    # "janvier 12, 2015", "October 09, 2025"
    re.compile(rf"{_WEEKDAY}{_MONTH}\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})", re.IGNORECASE),
    # "18/05/2022", "03.02.2023"
    re.compile(r"(?P<day>\d{1,2})[/.](?P<month>\d{1,2})[/.](?P<year>\d{4})"),
    # "2024-06-18"
    re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})"),
]
_ANY_MONTH = _MONTH.replace("(?P<month>", "(?:")
_DATE = (
    rf"(?:{_WEEKDAY}\d{{1,2}}(?:er)?\s+{_ANY_MONTH}\s+\d{{4}}|{_WEEKDAY}{_ANY_MONTH}\s+\d{{1,2}},?\s+\d{{4}}"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{4}|\d{4}-\d{2}-\d{2})"
)
# A line that is nothing but a date, perhaps with weekday, time and place:
# "mardi 18 juin 2024 02:54, Royaume-Uni".
DATELINE = re.compile(
    rf"^(?:le\s+)?{_DATE}(?:T\d{{2}}:\d{{2}}(?::\d{{2}})?)?{_TIME}(?:\s*,\s*[^\d,]{{1,40}})?\.?$", re.I
)
# "Publié le : 03/02/2023", "Publié le 4 juin 2019 Lecture : 16 minutes.", "Mis à jour le …"
PUBLISHED = re.compile(
    r"^(?:(?!publi|mis |mise |post|modifi|updated)(?P<outlet>[^,]{2,40}),\s*)?"
    r"(?:publié|publiée|mis en ligne|posté|published|mis à jour|mise à jour|modifié|updated)"
    r"\b.{0,120}$",
    re.IGNORECASE,
)
# "Ici Beyrouth, 27/12 17:35 - Lecture : 3 minute(s)": the outlet, then when.
OUTLET_DATELINE = re.compile(
    rf"^(?P<outlet>[A-ZÀ-Ý][^,]{{1,40}}),\s*(?:{_DATE}|\d{{1,2}}/\d{{1,2}}){_TIME}(?:\s*[-–|].{{0,60}})?$"
)
SOURCE_LINE = re.compile(r"^(?:source|sources|avec|with)\s*:\s*(?P<outlet>[^:]{2,60}?)\.?$", re.IGNORECASE)
# "information fournie par Reuters 18/05/2022 à 21:11"
PROVIDED_BY = re.compile(
    r"^(?:information|dépêche|article|contenu)s? (?:fournie?s?|transmise?s?|proposée?s?) par\s+"
    rf"(?P<outlet>.+?)\s+"
    rf"(?P<when>{_DATE}{_TIME})\.?$",
    re.IGNORECASE,
)
# "MOSCOU (AFP) -", "Paris, 12 mars (Reuters) –": a wire dispatch names its agency before the text.
WIRE_DATELINE = re.compile(rf"^[^()\n]{{0,60}}\((?P<agency>{AGENCIES})\)\s*[-–—]", re.IGNORECASE)
BYLINE = re.compile(
    r"^(?:par|by|texte)\s*:?\s+(?P<author>(?-i:[A-ZÀ-Ý])[^,@|\n]{1,80}?)"
    r"\s*(?:,.*|@\S+.*|\|.*|[-–—]\s.*)?$",
    re.IGNORECASE,
)
# "Nom de l'article | Nouvelles du monde", "… – LCI": the site's name after the headline.
SITE_SUFFIX = re.compile(r"\s+(?P<sep>[|–—-])\s+(?P<site>[^|–—]{2,60})$")
FOLLOW_CREDIT = re.compile(r"^suivez (?P<outlet>.{1,60}?) sur \w+", re.IGNORECASE)


def find_date(text):
    """The first publication date written in text, or None. A day or year never guessed."""
    for pattern in DATE_PATTERNS:
        match = pattern.search(text)
        if match is None:
            continue
        month = match["month"].lower().rstrip(".")
        month = MONTHS.get(month) if not month.isdigit() else int(month)
        try:
            return date(int(match["year"]), month, int(match["day"]))
        except (TypeError, ValueError):
            continue
    return None


def parse_date(line):
    """The date a line states when the line is nothing but a dateline or timestamp, else None."""
    stripped = line.strip()
    if DATELINE.match(stripped):
        return find_date(stripped)
    return None


def leading_date(line):
    """The date a paragraph opens on ("24 Février 2026, 08:15 « Aujourd’hui… »"), or None."""
    match = re.match(rf"^{_DATE}{_TIME}\s*[,:–-]", line.strip(), re.IGNORECASE)
    return find_date(match.group(0)) if match else None


def agency_name(text):
    """ "AFP" for "AFP FR" or "afp": the agency a byline or signature names, or ""."""
    match = AGENCY.match(text.strip().lstrip("/"))
    return match.group(0).upper() if match and len(match.group(0)) <= 4 else (match.group(0) if match else "")


@dataclass
class PageFacts:
    """What one line says about the page: any of outlet, author, publication date."""

    outlet: str = ""
    author: str = ""
    published_on: date | None = None
    rule: str = ""


def page_facts(line):
    """PageFacts for a line that is the page talking about itself (dropped from the body), or None."""
    stripped = line.strip()
    if not stripped or len(stripped) > 300:
        return None
    if match := PROVIDED_BY.match(stripped):
        return PageFacts(
            outlet=match["outlet"].strip(), published_on=find_date(match["when"]), rule="dateline"
        )
    if match := COPYRIGHT.match(stripped):
        owner = match["owner"].strip()
        if not re.search(r"\d", owner) and not re.match(r"(?i)tous droits", owner):
            return PageFacts(outlet=owner, rule="copyright")
    if match := SOURCE_LINE.match(stripped):
        return PageFacts(outlet=match["outlet"].strip(), rule="source line")
    if len(stripped) <= 160 and (match := OUTLET_DATELINE.match(stripped)):
        return PageFacts(outlet=match["outlet"].strip(), published_on=find_date(stripped), rule="dateline")
    if len(stripped) <= 160 and (match := PUBLISHED.match(stripped)) and _states_publication(stripped):
        return PageFacts(
            outlet=(match["outlet"] or "").strip(), published_on=find_date(stripped), rule="dateline"
        )
    if DATELINE.match(stripped):
        return PageFacts(published_on=find_date(stripped), rule="dateline")
    if len(stripped) <= 120 and (match := BYLINE.match(stripped)):
        author = match["author"].strip()
        agency = agency_name(author)
        return PageFacts(author=author if not agency else agency, outlet=agency, rule="byline")
    if agency := _signature(stripped):
        return PageFacts(outlet=agency, rule="agency signature")
    return None


def _states_publication(line):
    """ "Publié le 4 juin 2019", "Publié par La rédaction le" — not "Publié en 2019, le rapport montre…"."""
    return find_date(line) is not None or (len(line) <= 80 and not line.endswith((".", "!", "?")))


def _signature(line):
    """ "/ATS", "ats/pym", "(AFP)": a dispatch's closing credit names its agency."""
    match = re.match(rf"^[/(]?(?P<agency>{AGENCIES})\)?(?:\s*/\s*[a-z]{{1,6}})*\.?$", line, re.IGNORECASE)
    return agency_name(match["agency"]) if match else ""


def wire_agency(paragraph):
    """The agency a dispatch's opening names ("MOSCOU (AFP) - …"), or ""."""
    match = WIRE_DATELINE.match(paragraph.strip())
    return agency_name(match["agency"]) if match else ""


def site_name_from_domain(name):
    """ "Libération" for a site that calls itself "Libération.fr"; "lemonde.fr" stays as it is."""
    match = re.match(
        r"^(?P<brand>.*[A-ZÀ-Ýà-ÿ].*?)\.(?:fr|com|be|ch|ca|net|org|info|lu|ma|sn|tn|dz)$", name.strip()
    )
    return match["brand"] if match and " " not in match["brand"][:1] else name.strip()


@dataclass
class EditorMetadata:
    """What the editor states about a page; every value given wins over what the page says."""

    title: str = ""
    outlet: str = ""
    author: str = ""
    url: str = ""
    published: date | None = None

    @classmethod
    def from_values(cls, values, *, origin):
        """Check editor values (strings); a bad value is an ImportFailed in the editor's words."""
        known = {field.name for field in fields(cls)}
        unknown = sorted(set(values) - known)
        if unknown:
            raise ImportFailed(
                _("%(origin)s: unknown key(s) %(keys)s (expected: %(known)s)")
                % {"origin": origin, "keys": ", ".join(unknown), "known": ", ".join(sorted(known))}
            )
        cleaned = {}
        for name, value in values.items():
            if value in (None, ""):
                continue
            if name == "published":
                cleaned[name] = parse_editor_date(value, origin=origin)
                continue
            if not isinstance(value, str):
                raise ImportFailed(_("%(origin)s: “%(key)s” must be text") % {"origin": origin, "key": name})
            cleaned[name] = value.strip()
        if cleaned.get("url") and not re.match(r"^https?://\S+$", cleaned["url"]):
            raise ImportFailed(
                _("%(origin)s: the address “%(url)s” is not a web address (http:// or https://)")
                % {"origin": origin, "url": cleaned["url"]}
            )
        return cls(**cleaned)

    def merged_over(self, other):
        """These values, falling back on other's where this one has none."""
        return EditorMetadata(
            **{field.name: getattr(self, field.name) or getattr(other, field.name) for field in fields(self)}
        )


def parse_editor_date(value, *, origin):
    if isinstance(value, date):
        return value
    text = str(value).strip()
    match = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", text) or re.match(r"^(\d{1,2})/(\d{1,2})/(\d{4})$", text)
    if match:
        parts = [int(part) for part in match.groups()]
        year, month, day = parts if len(match.group(1)) == 4 else (parts[2], parts[1], parts[0])
        try:
            return date(year, month, day)
        except ValueError:
            pass
    raise ImportFailed(
        _("%(origin)s: the publication date “%(value)s” is not a date (expected YYYY-MM-DD or DD/MM/YYYY)")
        % {"origin": origin, "value": text}
    )


def read_sidecar(path):
    """The editor's metadata in NAME.meta.json next to NAME.txt or NAME.html, or an empty one."""
    sidecar = Path(path).with_suffix(".meta.json")
    if not sidecar.is_file():
        return EditorMetadata()
    try:
        values = json.loads(sidecar.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ImportFailed(
            _("%(name)s: not readable JSON (%(error)s)") % {"name": sidecar.name, "error": error}
        ) from error
    if not isinstance(values, dict):
        raise ImportFailed(
            _("%(name)s: expected a JSON object with keys such as “title”") % {"name": sidecar.name}
        )
    return EditorMetadata.from_values(values, origin=sidecar.name)
