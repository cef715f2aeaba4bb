"""From a mention as written ("le porte-parole du Kremlin", "M. Akopov") to an Actor, or a guess.

The lookup is Actor.objects.resolve() (names and aliases, ignoring case, accents and a leading
article); a mention it does not know is tried again without its honorific, as its proper name
alone, and as the surname of a full name. Results are remembered for the text being read.
"""

import re

from ..text import name_key

HONORIFIC = re.compile(r"^(?:M\.|Mme|Mlle|Mgr|Dr|monsieur|madame)\s+", re.IGNORECASE)
CAPITALISED = re.compile(r"[A-ZÀ-ÝŒ][\w’'-]*(?:[ -][A-ZÀ-ÝŒ][\w’'.-]*)*")


def variants(text):
    """The spellings of a mention worth looking up, most specific first."""
    text = text.strip(' ,;:«»“”"')
    found = [text]
    bare = HONORIFIC.sub("", text)
    found.append(bare)
    names = CAPITALISED.findall(bare)
    # "le ministre russe de la Défense Sergueï Choïgou" → "Sergueï Choïgou"
    if names:
        longest = max(names, key=len)
        if longest != bare and " " in longest:
            found.append(longest)
        words = longest.split()
        if len(words) >= 2 and bare == longest:
            found.append(words[-1])  # a full name: its surname ("Sergei K. Shoigu" → "Shoigu")
    # "L’ONG Amnesty International", "l'agence Yonhap": the name after a common-noun title
    words = re.sub(r"^[lL]['’]", "", bare).split()
    for index in range(1, len(words)):
        if words[index][:1].isupper():
            found.append(" ".join(words[index:]))
            break
    return list(dict.fromkeys(v for v in found if v))


class Resolver:
    """Resolves mentions through the database, once per distinct mention."""

    def __init__(self, lookup=None):
        if lookup is None:
            from ..models import Actor

            lookup = Actor.objects.resolve
        self.lookup = lookup
        self.cache = {}

    def resolve(self, text):
        key = name_key(text)
        if key in self.cache:
            return self.cache[key]
        actor = None
        for variant in variants(text):
            actor = self.lookup(variant)
            if actor is not None:
                break
        self.cache[key] = actor
        return actor


class TableResolver(Resolver):
    """Resolves against an in-memory table {name key: actor}: for benchmarks and tests."""

    def __init__(self, table):
        super().__init__(lookup=lambda text: table.get(name_key(text)))


def guess_kind(mention, titles):
    """The kind of a new actor named by `mention`: person, government, media, organisation or group."""
    words = [w.strip("’',.").casefold() for w in re.split(r"[\s’']+", mention) if w]
    lowered = mention.casefold()
    for word in titles["media"]:
        if word.casefold() in words or (" " in word and word.casefold() in lowered):
            return "media"
    capitalised = [w for w in mention.split() if w[:1].isupper()]
    for word in titles["person"]:
        if word.casefold() in words:
            return "person" if capitalised else "person"
    for word in titles["government"]:
        if word.casefold() in words or word.casefold() in lowered:
            return "government"
    for word in titles["organisation"]:
        if word.casefold() in words:
            return "organisation"
    for word in titles["group"]:
        if word.casefold() in words:
            return "group"
    if len(capitalised) >= 2 and len(capitalised) == len(mention.split()):
        return "person"
    if words and words[0] in ("les", "des") or lowered.endswith("s"):
        return "group"
    return "organisation"
