"""From a mention as written ("le porte-parole du Kremlin", "M. Akopov") to an Actor, or a guess.

The lookup is Actor.objects.resolve() (names and aliases, ignoring case, accents and a leading
article); a mention it does not know is tried again without its honorific, as its proper name
alone, and as the surname of a full name. Results are remembered for the text being read. The
names none of these find ("l'Antwerp", "Sadran") are looked for, once the article is read and all
in one query, as parts of one actor's name or alias ("Royal Antwerp FC", "Olivier Sadran"):
whole words, not the name's first word (a first name, "France" of "France Football") and not a
complement ("France" of "Banque de France"); a name resolves only when exactly one actor has
such a part.
"""

import re

from ..text import name_key

HONORIFIC = re.compile(r"^(?:M\.|Mme|Mlle|Mgr|Dr|monsieur|madame)\s+", re.IGNORECASE)
CAPITALISED = re.compile(r"[A-ZÀ-ÝŒ][\w’'-]*(?:[ -][A-ZÀ-ÝŒ][\w’'.-]*)*")
DETERMINER = re.compile(r"^(?:(?:le|la|les|du|des)\s+|l['’]\s*)", re.IGNORECASE)
# inside a name: "Villeroy de Galhau", "Nour Eddine al-Baba"; before a part, a complement
PARTICLES = {"de", "du", "des", "d'", "la", "le", "von", "van", "der", "al", "el", "ben", "bin", "y"}
COMPLEMENT = {"de", "du", "des", "d'"}
NAME_WORD = re.compile(r"^[A-ZÀ-ÝŒ][\w'.-]*$")


def variants(text):
    """The spellings of a mention worth looking up, most specific first."""
    text = text.strip(' ,;:«»“”"')
    found = [text]
    # a nickname in quotation marks: "le 'Great Old'", "les « Bleus »"
    unquoted = " ".join(re.sub(r"[«»“”\"‘]|(?<!\w)['’]|['’](?!\w)", " ", text).split())
    if unquoted != text:
        found.append(unquoted)
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


def name_part(text):
    """The words of `text` as a name, folded (name_key), when it is nothing but a name after an
    article or honorific ("l'Antwerp", "M. Sadran", "le 'Great Old'"); else None."""
    bare = HONORIFIC.sub("", text.strip(" ,;:«»“”\"'’‘")).replace("’", "'")
    bare = DETERMINER.sub("", bare)
    bare = re.sub(r"[«»“”\"‘]|(?<!\w)'|'(?!\w)", " ", bare)
    words = bare.split()
    if not words or not NAME_WORD.match(words[0]) or not NAME_WORD.match(words[-1]):
        return None
    if any(not NAME_WORD.match(w) and w.casefold() not in PARTICLES for w in words):
        return None
    key = name_key(" ".join(words))
    return key.split() if key else None


def part_of(words, key):
    """Whether the folded `words` are whole words of the name `key`, neither its first word nor a
    complement ("France" in "banque de france", "Sécurité" in "ministère de la sécurité
    publique"), and less than all of it."""
    names = key.split()
    size = len(words)
    if size >= len(names):
        return False
    for index in range(1, len(names) - size + 1):
        before = names[index - 1]
        article = before in ("la", "le", "les", "l'") and index >= 2 and names[index - 2] in COMPLEMENT
        if names[index : index + size] == words and before not in COMPLEMENT and not article:
            return True
    return False


def _rows_naming(words):
    """(actor id, name key) of every actor name and alias with one of `words` after a space (whole
    words are checked by part_of): one query, a scan of the names and aliases (about 40 ms for
    75,000 of them and a dozen words on PostgreSQL; a regular expression took three times as long)."""
    from functools import reduce
    from operator import or_

    from django.db.models import Q

    from ..models import Actor, ActorAlias

    def having(field):
        return reduce(or_, (Q(**{f"{field}__contains": f" {word}"}) for word in sorted(words)))

    names = Actor.objects.filter(having("name_key")).order_by().values_list("pk", "name_key")
    aliases = ActorAlias.objects.filter(having("key")).order_by().values_list("actor_id", "key")
    return list(names.union(aliases))


class Resolver:
    """Resolves mentions through the database, once per distinct mention (indexed lookups of its
    variants); names none of them find are looked for as parts of names once per article, after
    reading (by_parts())."""

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

    def by_parts(self, mentions):
        """{mention: actor} for the names among `mentions` that are a part of exactly one actor's
        name or alias ("l'Antwerp" → Royal Antwerp FC); a name part of several actors' names
        resolves to none. One query for all the mentions of an article, one more by primary key
        for the actors found."""
        wanted = {mention: name_part(mention) for mention in mentions}
        wanted = {mention: words for mention, words in wanted.items() if words}
        if not wanted:
            return {}
        rows = self.named_with({word for words in wanted.values() for word in words})
        owners = {}
        for mention, words in wanted.items():
            found = {owner for owner, key in rows if part_of(words, key)}
            if len(found) == 1:
                owners[mention] = found.pop()
        actors = self.actors(set(owners.values())) if owners else {}
        return {mention: actors[owner] for mention, owner in owners.items() if owner in actors}

    def named_with(self, words):
        return _rows_naming(words)

    def actors(self, owners):
        from ..models import Actor

        return Actor.objects.in_bulk(owners)


class TableResolver(Resolver):
    """Resolves against an in-memory table {name key: actor}: for benchmarks and tests."""

    def __init__(self, table):
        super().__init__(lookup=lambda text: table.get(name_key(text)))
        self.table = table

    def named_with(self, words):
        return [(id(actor), key) for key, actor in self.table.items() if words & set(key.split())]

    def actors(self, owners):
        return {id(actor): actor for actor in self.table.values() if id(actor) in owners}


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
