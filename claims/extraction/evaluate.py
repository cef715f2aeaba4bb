"""Score suggest() against recorded attributions: precision and recall at three levels.

A suggestion is right at
- **span** when its span overlaps a recorded quote of the same article;
- **span+actor** when, besides, its source is the recorded actor or one of that actor's parents
  (the outlet's own voice, no actor, matches only a suggestion without a source);
- **span+actor+stance** when, besides, the stance is the recorded one.

Recorded attributions are counted once per (article, span, actor, stance): the seeds record the
same quote under several claims, and a suggestion has no claim. Recall is the share of recorded
attributions some suggestion matches; precision the share of suggestions matching some record.
"""

import json
from dataclasses import dataclass, field
from pathlib import Path

from django.utils.translation import gettext as _

from ..text import name_key
from .resolve import TableResolver

LEVELS = ("span", "span+actor", "span+actor+stance")


@dataclass
class FixtureActor:
    slug: str
    name: str
    kind: str
    parent_slug: str | None
    parent: "FixtureActor | None" = None

    def lineage_up(self):
        node, seen = self, []
        while node is not None and node.slug not in seen:
            seen.append(node.slug)
            node = node.parent
        return seen


@dataclass
class Gold:
    article: str
    start: int
    end: int
    quote: str
    actor: str | None
    stance: str
    cue: str


@dataclass
class Corpus:
    """Articles, actors and recorded attributions, read from fixture files or from the database."""

    articles: dict = field(default_factory=dict)  # slug: (title, body, url)
    actors: dict = field(default_factory=dict)  # slug: FixtureActor
    aliases: dict = field(default_factory=dict)  # name key: slug
    gold: list = field(default_factory=list)

    def resolver(self):
        table = {name_key(actor.name): actor for actor in self.actors.values()}
        table.update({key: self.actors[slug] for key, slug in self.aliases.items() if slug in self.actors})
        return TableResolver(table)


class FixtureError(Exception):
    """A fixture file cannot be read; the message names the file and says why ."""


def read_fixtures(paths):
    """A Corpus from Django fixture files in the project's format (docs/fixtures.md)."""
    corpus = Corpus()
    seen = set()
    for path in paths:
        path = Path(path)
        try:
            objects = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError as error:
            raise FixtureError(_("%(path)s: no such file") % {"path": path}) from error
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise FixtureError(
                _("%(path)s: not a readable JSON file (%(error)s)") % {"path": path, "error": error}
            ) from error
        if not isinstance(objects, list):
            raise FixtureError(_("%(path)s: a fixture is a list of objects") % {"path": path})
        for number, obj in enumerate(objects, 1):
            try:
                _read_object(corpus, obj, seen)
            except (AttributeError, IndexError, KeyError, TypeError) as error:
                raise FixtureError(
                    _("%(path)s, object %(number)d: not a fixture object of the expected shape (%(error)s)")
                    % {"path": path, "number": number, "error": error}
                ) from error
    for actor in corpus.actors.values():
        actor.parent = corpus.actors.get(actor.parent_slug)
    return corpus


def _read_object(corpus, obj, seen):
    """Add one fixture object to the corpus (other models are ignored)."""
    model, fields = obj.get("model"), obj.get("fields", {})
    if model == "claims.actor":
        parent = fields.get("parent")
        corpus.actors[fields["slug"]] = FixtureActor(
            fields["slug"], fields["name"], fields["kind"], parent[0] if parent else None
        )
    elif model == "claims.actoralias":
        corpus.aliases[name_key(fields["alias"])] = fields["actor"][0]
    elif model == "claims.article":
        corpus.articles[fields["slug"]] = (fields["title"], fields["body"], fields.get("url", ""))
    elif model == "claims.attribution":
        actor = fields["actor"][0] if fields.get("actor") else None
        key = (fields["article"][0], fields["start"], fields["end"], actor, fields["stance"])
        if key in seen:
            return
        seen.add(key)
        corpus.gold.append(
            Gold(
                fields["article"][0],
                fields["start"],
                fields["end"],
                fields["quote"],
                actor,
                fields["stance"],
                fields.get("cue", ""),
            )
        )


def read_database(article_slugs=None):
    """A Corpus of the database's articles that have attributions (or of the slugs given)."""
    from ..models import Actor, ActorAlias, Article, Attribution

    corpus = Corpus()
    for actor in Actor.objects.select_related(None).only("slug", "name", "kind", "parent__slug"):
        parent = actor.parent.slug if actor.parent_id else None
        corpus.actors[actor.slug] = FixtureActor(actor.slug, actor.name, actor.kind, parent)
    for alias in ActorAlias.objects.select_related("actor"):
        corpus.aliases[alias.key] = alias.actor.slug
    for actor in corpus.actors.values():
        actor.parent = corpus.actors.get(actor.parent_slug)
    attributions = Attribution.objects.select_related("article", "actor")
    if article_slugs:
        attributions = attributions.filter(article__slug__in=article_slugs)
    seen = set()
    for row in attributions:
        actor = row.actor.slug if row.actor_id else None
        key = (row.article.slug, row.start, row.end, actor, row.stance)
        if key in seen:
            continue
        seen.add(key)
        corpus.gold.append(Gold(row.article.slug, row.start, row.end, row.quote, actor, row.stance, row.cue))
    slugs = {gold.article for gold in corpus.gold} | set(article_slugs or [])
    for article in Article.objects.filter(slug__in=slugs):
        corpus.articles[article.slug] = (article.title, article.body, article.url)
    return corpus


def _overlaps(suggestion, gold):
    return suggestion.start < gold.end and gold.start < suggestion.end


def _actor_matches(suggestion, gold, corpus):
    slug = getattr(suggestion.actor, "slug", None)
    if gold.actor is None:
        return slug is None and not suggestion.actor_text
    if slug is None:
        return False
    actor = corpus.actors.get(gold.actor)
    return slug in (actor.lineage_up() if actor else [gold.actor])


def level_of(suggestion, gold, corpus):
    """How many of the three levels `suggestion` reaches against `gold` (0 to 3)."""
    if not _overlaps(suggestion, gold):
        return 0
    if not _actor_matches(suggestion, gold, corpus):
        return 1
    return 3 if suggestion.stance == gold.stance else 2


@dataclass
class Score:
    suggested: int = 0
    recorded: int = 0
    right: list = field(default_factory=lambda: [0, 0, 0])  # suggestions right at each level
    found: list = field(default_factory=lambda: [0, 0, 0])  # recorded attributions found at each level

    def add(self, other):
        self.suggested += other.suggested
        self.recorded += other.recorded
        self.right = [a + b for a, b in zip(self.right, other.right, strict=True)]
        self.found = [a + b for a, b in zip(self.found, other.found, strict=True)]

    def precision(self, level):
        return self.right[level] / self.suggested if self.suggested else 0.0

    def recall(self, level):
        return self.found[level] / self.recorded if self.recorded else 0.0


@dataclass
class ArticleResult:
    slug: str
    score: Score
    misses: list  # (Gold, best level reached, the nearest suggestion or None)
    extras: list  # suggestions matching no record at the full level


def evaluate(corpus, suggest, slugs=None):
    """[ArticleResult] for each article of the corpus (or of `slugs`), in slug order."""
    results = []
    for slug in sorted(slugs or corpus.articles):
        title, body, _url = corpus.articles[slug]
        gold = [g for g in corpus.gold if g.article == slug]
        suggestions = suggest(body, resolver=corpus.resolver(), title=title)
        score = Score(suggested=len(suggestions), recorded=len(gold))
        levels = [[level_of(s, g, corpus) for g in gold] for s in suggestions]
        for index, _suggestion in enumerate(suggestions):
            best = max(levels[index], default=0)
            for level in range(best):
                score.right[level] += 1
        misses = []
        for column, record in enumerate(gold):
            best = max((levels[row][column] for row in range(len(suggestions))), default=0)
            for level in range(best):
                score.found[level] += 1
            if best < 3:
                nearest = None
                for row, suggestion in enumerate(suggestions):
                    if levels[row][column] == best and best:
                        nearest = suggestion
                        break
                misses.append((record, best, nearest))
        extras = [s for index, s in enumerate(suggestions) if max(levels[index], default=0) < 3]
        results.append(ArticleResult(slug, score, misses, extras))
    return results


def total(results):
    score = Score()
    for result in results:
        score.add(result.score)
    return score
