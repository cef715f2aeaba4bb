"""Write fixtures.json and sources.json from articles.py and annotations.py.

    .venv/bin/python tests/data/extraction/build.py

The fixture is in the project's format (docs/fixtures.md): actors, aliases, articles, one claim
per recorded quote (its text is the quote: these claims exist to carry the attributions), and
the attributions. Fails loudly on a quote that is not in its article.
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import unseen2  # noqa: E402
import unseen3  # noqa: E402
import unseen4  # noqa: E402
import unseen5  # noqa: E402
import unseen6  # noqa: E402
from annotations import ACTORS as DEV_ACTORS  # noqa: E402
from annotations import ANNOTATIONS as DEV_ANNOTATIONS  # noqa: E402
from articles import ARTICLES as DEV_ARTICLES  # noqa: E402

# The later held-out sets are kept in their own modules and merged here, each article flagged with
# its set's key (`unseen_2` to `unseen_6`), which sources.json lists. (The first held-out set, `unseen`,
# is flagged inside articles.py.)
HELD_OUT = {
    "unseen_2": unseen2,
    "unseen_3": unseen3,
    "unseen_4": unseen4,
    "unseen_5": unseen5,
    "unseen_6": unseen6,
}

ACTORS = DEV_ACTORS + [actor for module in HELD_OUT.values() for actor in module.ACTORS]
ANNOTATIONS = {**DEV_ANNOTATIONS}
ARTICLES = list(DEV_ARTICLES)
for key, module in HELD_OUT.items():
    ANNOTATIONS.update(module.ANNOTATIONS)
    ARTICLES += [{**article, key: True} for article in module.ARTICLES]


def build():
    slugs = [slug for slug, *_rest in ACTORS]
    if len(slugs) != len(set(slugs)):
        raise SystemExit(f"actor slugs used twice: {sorted({s for s in slugs if slugs.count(s) > 1})}")
    objects = []
    for slug, name, kind, parent, _aliases in ACTORS:
        objects.append(
            {
                "model": "claims.actor",
                "fields": {
                    "name": name,
                    "slug": slug,
                    "kind": kind,
                    "description": "",
                    "country": "",
                    "parent": [parent] if parent else None,
                    "version": 1,
                },
            }
        )
    for slug, _name, _kind, _parent, aliases in ACTORS:
        for alias in aliases:
            objects.append({"model": "claims.actoralias", "fields": {"actor": [slug], "alias": alias}})
    bodies = {}
    for article in ARTICLES:
        bodies[article["slug"]] = article["body"]
        objects.append(
            {
                "model": "claims.article",
                "fields": {
                    "title": article["title"],
                    "slug": article["slug"],
                    "outlet": None,
                    "author": "",
                    "url": article["url"],
                    "published_on": None,
                    "language": "fr",
                    "body": article["body"],
                    "source_file": "",
                    "version": 1,
                },
            }
        )
    claims, attributions = [], []
    for article_slug, rows in ANNOTATIONS.items():
        body = bodies[article_slug]
        for number, (quote, actors, stance, cue) in enumerate(rows, 1):
            start = body.find(quote)
            if start == -1:
                raise SystemExit(f"{article_slug}: quote not in the article: {quote[:60]!r}")
            claim_slug = f"{article_slug[:60]}-{number}"
            claims.append({"model": "claims.claim", "fields": {"text": quote, "slug": claim_slug}})
            for actor in actors:
                attributions.append(
                    {
                        "model": "claims.attribution",
                        "fields": {
                            "claim": [claim_slug],
                            "article": [article_slug],
                            "actor": [actor] if actor else None,
                            "stance": stance,
                            "cue": cue,
                            "quote": quote,
                            "start": start,
                            "end": start + len(quote),
                            "via": None,
                            "version": 1,
                        },
                    }
                )
    objects += claims + attributions
    (HERE / "fixtures.json").write_text(
        json.dumps(objects, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    sources = {
        "description": (
            "Second development set and six held-out sets (unseen, unseen_2, unseen_3, unseen_4, "
            "unseen_5, unseen_6): French news excerpts copied verbatim, annotated by hand."
        ),
        "articles": [{"slug": a["slug"], "url": a["url"], "outlet": a["outlet"]} for a in ARTICLES],
    }
    for key in ["unseen", *HELD_OUT]:
        sources[key] = [a["slug"] for a in ARTICLES if a.get(key)]
    (HERE / "sources.json").write_text(
        json.dumps(sources, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return len(attributions)


if __name__ == "__main__":
    print(f"{build()} attributions written")
