"""A synthetic corpus for benchmarks: realistic shapes, reproducible from a seed, written in bulk.

Proportions follow a newsroom with years of data: per claim 0.2 articles,
0.05 actors and about 2 attributions. Actors form three-level hierarchies
(government → institution → spokesperson) and are cited following a Zipf-like
law, so a few actors carry thousands of claims as in real coverage. Every
attribution's quote is a sentence of its article's body at the stored offsets,
so the corpus satisfies the same constraints as real data.

On PostgreSQL rows go in with COPY; elsewhere with executemany in batches.
"""

import bisect
import itertools
import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from django.contrib.auth import get_user_model
from django.db import connection, transaction
from django.db.models import Max

from claims.bulk import analyze_tables, insert_rows
from claims.models import Actor, ActorAlias, Article, Attribution, Claim, Review
from claims.services import refresh_claim_summaries
from claims.text import name_key

SUBJECTS = [
    "La Russie",
    "La Corée du Nord",
    "Pyongyang",
    "Moscou",
    "Le Kremlin",
    "Washington",
    "Séoul",
    "Pékin",
    "L'armée russe",
    "Le régime nord-coréen",
    "Kim Jong-un",
    "Vladimir Poutine",
    "Le ministère de la Défense",
    "Les services de renseignement",
    "Tokyo",
    "Kyiv",
]
VERBS = [
    "a livré",
    "a reçu",
    "prépare",
    "a signé",
    "négocie",
    "a testé",
    "fournit",
    "a promis",
    "a acheminé",
    "développe",
    "a financé",
    "envisage",
    "a déployé",
    "a commandé",
]
OBJECTS = [
    "des obus d'artillerie",
    "des missiles balistiques",
    "des technologies satellitaires",
    "un accord d'armement",
    "des munitions",
    "du pétrole raffiné",
    "des drones d'attaque",
    "des roquettes",
    "une aide alimentaire",
    "des pièces de sous-marin",
    "des travailleurs",
    "un traité de défense mutuelle",
    "des conteneurs de matériel militaire",
    "des chasseurs",
]
COMPLEMENTS = [
    "à la Russie",
    "à la Corée du Nord",
    "par voie ferroviaire",
    "depuis le port de Rajin",
    "en échange de pétrole",
    "malgré les sanctions de l'ONU",
    "près de la frontière",
    "pour la guerre en Ukraine",
    "sur la base de Vostotchny",
    "au cours de l'été",
]
WHEN = ["en mars 2023", "en septembre 2023", "en janvier 2024", "au printemps 2024", "l'an dernier", ""]
CUES = {
    Attribution.Stance.ASSERTS: ["selon", "a déclaré", "affirme", "a confirmé", "assure"],
    Attribution.Stance.DENIES: ["nie", "dément", "rejette", "conteste"],
    Attribution.Stance.SUSPECTS: ["soupçonne", "craint", "met en garde", "accuse"],
}
FILLER = [
    "Les deux pays ont renforcé leurs liens depuis le début de la guerre.",
    "La rencontre a duré plusieurs heures, selon les images diffusées.",
    "Les analystes restent prudents sur la portée de ces annonces.",
    "Aucune date n'a été communiquée pour la suite des discussions.",
]
ACTOR_WORDS = {
    "government": ["Ministère de la Défense", "Gouvernement", "Agence nationale", "Conseil de sécurité"],
    "organisation": ["Institut d'études", "Observatoire", "Fondation", "Centre de recherche"],
    "media": ["Le Quotidien", "La Dépêche", "Radio Nord", "Agence de presse"],
    "person": ["Le porte-parole", "La ministre", "Le général", "L'ambassadeur", "La conseillère"],
}
COUNTRIES = ["RU", "KP", "US", "KR", "CN", "JP", "UA", "FR", "GB", "DE"]
STANCE_WEIGHTS = [
    (Attribution.Stance.ASSERTS, 60),
    (Attribution.Stance.DENIES, 25),
    (Attribution.Stance.SUSPECTS, 15),
]
EPOCH = date(2015, 1, 1)
CREATED = datetime(2024, 1, 1, tzinfo=UTC)
ARTICLES_PER_CLAIM = 0.2
ACTORS_PER_CLAIM = 0.05
ATTRIBUTIONS_PER_CLAIM = 2.0


@dataclass
class CorpusSize:
    claims: int
    articles: int
    actors: int
    attributions: int

    @classmethod
    def for_claims(cls, claims):
        return cls(
            claims=claims,
            articles=max(1, int(claims * ARTICLES_PER_CLAIM)),
            actors=max(3, int(claims * ACTORS_PER_CLAIM)),
            attributions=max(claims, int(claims * ATTRIBUTIONS_PER_CLAIM)),
        )


def _claim_text(rng):
    parts = [rng.choice(SUBJECTS), rng.choice(VERBS), rng.choice(OBJECTS), rng.choice(COMPLEMENTS)]
    when = rng.choice(WHEN)
    return " ".join(parts + ([when] if when else [])) + "."


def _sentence(stance, cue, actor_name, claim_text):
    proposition = claim_text[0].lower() + claim_text[1:]
    if actor_name is None:
        # The outlet's own voice, in the journalistic conditional.
        return f"D'après nos informations, {proposition}"
    if stance == Attribution.Stance.ASSERTS:
        return (
            f"Selon {actor_name}, {proposition}"
            if cue == "selon"
            else f"{actor_name} {cue} que {proposition}"
        )
    if stance == Attribution.Stance.DENIES:
        return f"{actor_name} {cue} que {proposition}"
    return f"{actor_name} {cue} que {proposition}"


def _write(model, rows):
    """Append row dicts keyed by attname; columns a row leaves out take their field's default.

    The claim summaries are refreshed afterwards. Returns how many rows were written.
    """
    fields = model._meta.concrete_fields
    defaults = [(field.attname, field.get_default()) for field in fields]
    values = (tuple(row.get(name, default) for name, default in defaults) for row in rows)
    return insert_rows(model, [field.name for field in fields], values, batch_size=5000)


def _next_id(model):
    return (model.objects.aggregate(top=Max("pk"))["top"] or 0) + 1


def _reset_sequences(models):
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        for statement in connection.ops.sequence_reset_sql(_NoStyle(), models):
            cursor.execute(statement)


class _NoStyle:
    def __getattr__(self, name):
        return lambda text: text


def _zipf_cumulative(count, exponent=1.1):
    weights = [1 / (rank**exponent) for rank in range(1, count + 1)]
    return list(itertools.accumulate(weights))


def generate_corpus(*, claims, seed=0, reviewer_username="bench-editor", progress=None):
    """Append a synthetic corpus of `claims` claims to the database; returns a dict of counts.

    Existing rows are kept: generated slugs carry a prefix unique to this run.
    """
    rng = random.Random(seed)
    size = CorpusSize.for_claims(claims)
    say = progress or (lambda message: None)
    reviewer, _ = get_user_model().objects.get_or_create(username=reviewer_username)

    with transaction.atomic():
        actor_base, alias_base = _next_id(Actor), _next_id(ActorAlias)
        article_base, claim_base = _next_id(Article), _next_id(Claim)
        attribution_base, review_base = _next_id(Attribution), _next_id(Review)
        # Slugs carry a prefix no earlier run can have used: the largest first id of this run.
        run = f"g{max(actor_base, article_base, claim_base)}"

        # Actors: roots (governments, organisations, media), their institutions, then people.
        actor_rows, actor_names = [], []
        roots = max(1, size.actors // 25)
        institutions = max(1, size.actors // 5)
        for index in range(size.actors):
            if index < roots:
                kind, parent = rng.choice(["government", "government", "organisation", "media"]), None
            elif index < roots + institutions:
                kind, parent = "government", actor_base + rng.randrange(roots)
            else:
                kind, parent = "person", actor_base + roots + rng.randrange(institutions)
            name = f"{rng.choice(ACTOR_WORDS[kind])} {run}-{index}"
            actor_names.append(name)
            actor_rows.append(
                {
                    "id": actor_base + index,
                    "name": name,
                    "slug": f"{run}-actor-{index}",
                    "kind": kind,
                    "description": "",
                    "country": rng.choice(COUNTRIES),
                    "parent_id": parent,
                    "name_key": name_key(name),
                    "version": 1,
                }
            )
        say(f"actors: {_write(Actor, iter(actor_rows))}")

        alias_rows = (
            {
                "id": alias_base + index,
                "actor_id": actor_base + index,
                "alias": f"Alias {name}",
                "key": name_key(f"Alias {name}"),
            }
            for index, name in enumerate(actor_names[: max(1, size.actors // 10)])
        )
        aliases = _write(ActorAlias, alias_rows)
        say(f"aliases: {aliases}")

        claim_texts = [_claim_text(rng) for _ in range(size.claims)]
        claim_rows = (
            {
                "id": claim_base + index,
                "text": text,
                "slug": f"{run}-claim-{index}",
                "status": "unreviewed",
                "created_at": CREATED,
                "updated_at": CREATED,
                "version": 1,
            }
            for index, text in enumerate(claim_texts)
        )
        say(f"claims: {_write(Claim, claim_rows)}")

        outlets = [row["id"] for row in actor_rows if row["kind"] == "media"] or [None]
        cumulative = _zipf_cumulative(size.actors)
        total_weight = cumulative[-1]
        per_article = size.attributions / size.articles

        def layout(article_index):
            """The article and its attributions, regenerated identically for each pass."""
            local = random.Random(seed * 1_000_003 + article_index)
            count = max(1, int(per_article + local.random()))
            title = f"{local.choice(SUBJECTS)} {local.choice(VERBS)} {local.choice(OBJECTS)}"
            parts, cursor, placed = [title, "\n\n"], len(title) + 2, []
            for slot in range(count):
                # Spread claims so every claim gets at least one attribution.
                claim_index = (article_index + slot * size.articles) % size.claims
                if local.random() < 0.05:
                    actor_index = None
                else:
                    actor_index = bisect.bisect_left(cumulative, local.random() * total_weight)
                    actor_index = min(actor_index, size.actors - 1)
                stance = local.choices([s for s, _ in STANCE_WEIGHTS], [w for _, w in STANCE_WEIGHTS])[0]
                if actor_index is None:
                    stance = Attribution.Stance.SUSPECTS
                cue = local.choice(CUES[stance])
                actor_name = None if actor_index is None else actor_names[actor_index]
                sentence = _sentence(stance, cue, actor_name, claim_texts[claim_index])
                placed.append((claim_index, actor_index, stance, cue, sentence, cursor))
                filler = " " + local.choice(FILLER) + " "
                parts += [sentence, filler]
                cursor += len(sentence) + len(filler)
            published = EPOCH + timedelta(days=local.randrange(3650))
            return title, "".join(parts), published, placed, local

        def article_rows():
            for index in range(size.articles):
                title, body, published, _, local = layout(index)
                outlet = outlets[local.randrange(len(outlets))]
                yield {
                    "id": article_base + index,
                    "title": title,
                    "slug": f"{run}-article-{index}",
                    "outlet_id": outlet,
                    "author": "",
                    "url": "",
                    "published_on": published,
                    "language": "fr",
                    "body": body,
                    "source_file": "",
                    "version": 1,
                }

        say(f"articles: {_write(Article, article_rows())}")

        def attribution_rows():
            next_id = attribution_base
            for index in range(size.articles):
                _, _, _, placed, _ = layout(index)
                for claim_index, actor_index, stance, cue, sentence, start in placed:
                    actor_id = None if actor_index is None else actor_base + actor_index
                    yield {
                        "id": next_id,
                        "claim_id": claim_base + claim_index,
                        "article_id": article_base + index,
                        "actor_id": actor_id,
                        "stance": stance,
                        "cue": cue,
                        "quote": sentence,
                        "start": start,
                        "end": start + len(sentence),
                        "via_id": None,
                        "version": 1,
                    }
                    next_id += 1

        attributions = _write(Attribution, attribution_rows())
        say(f"attributions: {attributions}")

        # Reviews for about 15% of claims; the claim's status is its latest review's.
        statuses, review_rows, next_review = {}, [], review_base
        for index in rng.sample(range(size.claims), k=size.claims * 15 // 100):
            for number in range(1, rng.choice([1, 1, 2]) + 1):
                status = rng.choice(["corroborated", "disputed"])
                statuses[index] = status
                review_rows.append(
                    {
                        "id": next_review,
                        "claim_id": claim_base + index,
                        "number": number,
                        "status": status,
                        "rationale": "Vérifié par recoupement.",
                        "evidence": "",
                        "reviewer_id": reviewer.pk,
                        "created_at": CREATED + timedelta(days=number),
                    }
                )
                next_review += 1
        say(f"reviews: {_write(Review, iter(review_rows))}")
        for status in ("corroborated", "disputed"):
            ids = [claim_base + index for index, value in statuses.items() if value == status]
            for chunk in range(0, len(ids), 10_000):
                Claim.objects.filter(pk__in=ids[chunk : chunk + 10_000]).update(status=status)
        _reset_sequences([Actor, ActorAlias, Article, Claim, Attribution, Review])
        say(f"claim summaries: {refresh_claim_summaries(range(claim_base, claim_base + size.claims))}")

    # Planned from fresh statistics from the first request on, not once autovacuum comes by.
    written = {Actor: size.actors, ActorAlias: aliases, Article: size.articles, Claim: size.claims}
    analyze_tables(written | {Attribution: attributions, Review: len(review_rows)})
    say("statistics: analysed")
    return {
        "actors": size.actors,
        "aliases": aliases,
        "articles": size.articles,
        "claims": size.claims,
        "attributions": attributions,
        "reviews": len(review_rows),
    }
