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
from annotations import ACTORS as DEV_ACTORS  # noqa: E402
from annotations import ANNOTATIONS as DEV_ANNOTATIONS  # noqa: E402
from articles import ARTICLES as DEV_ARTICLES  # noqa: E402

# The second held-out set is kept in its own module (unseen2.py) and merged here.
ACTORS = DEV_ACTORS + unseen2.ACTORS
ANNOTATIONS = {**DEV_ANNOTATIONS, **unseen2.ANNOTATIONS}
ARTICLES = DEV_ARTICLES + [{**article, "unseen_2": True} for article in unseen2.ARTICLES]


def build():
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
            "Second development set and two held-out sets (unseen, unseen_2): "
            "French news excerpts copied verbatim, annotated by hand."
        ),
        "articles": [{"slug": a["slug"], "url": a["url"], "outlet": a["outlet"]} for a in ARTICLES],
        "unseen": [a["slug"] for a in ARTICLES if a.get("unseen")],
        "unseen_2": [a["slug"] for a in ARTICLES if a.get("unseen_2")],
    }
    (HERE / "sources.json").write_text(
        json.dumps(sources, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return len(attributions)


if __name__ == "__main__":
    print(f"{build()} attributions written")
