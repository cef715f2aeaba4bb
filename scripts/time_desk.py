"""Time the annotation desk of the longest article, and its first "même affirmation que… ?" call.

    DATABASE_URL=postgres://… .venv/bin/python scripts/time_desk.py [--runs 20]

Runs against the database in DATABASE_URL (seed data loaded, suggestions read), through Django's
test client, as an editor: median and worst wall time, and the queries of one page.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection  # noqa: E402
from django.db.models.functions import Length  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402

from claims.models import Article  # noqa: E402


def timed(client, url, runs, **params):
    client.get(url, params)  # warm: templates, spaCy-free, connection
    times = []
    for _run in range(runs):
        started = time.perf_counter()
        response = client.get(url, params)
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, response.status_code
    with CaptureQueriesContext(connection) as queries:
        client.get(url, params)
    return statistics.median(times), max(times), len(queries)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    runs = parser.parse_args().runs
    article = Article.objects.annotate(size=Length("body")).order_by("-size").first()
    editor = get_user_model().objects.filter(is_superuser=False, groups__name="Éditeurs").first()
    client = Client(HTTP_HOST="localhost")
    client.force_login(editor or get_user_model().objects.filter(is_superuser=True).first())
    suggestions = article.suggestions.filter(state="pending")
    pending = suggestions.count()
    print(f"{connection.vendor}: {article.title[:60]!r}, {len(article.body)} characters, {pending} pending")
    median, worst, queries = timed(client, reverse("admin:claims_article_desk", args=[article.pk]), runs)
    print(f"desk page: median {median:.0f} ms, worst {worst:.0f} ms, {queries} queries")
    first = suggestions.order_by("start").first()
    if first is not None:
        params = {"q": first.quote, "article": article.pk, "start": first.start, "end": first.end}
        median, worst, queries = timed(client, reverse("admin:claims_claim_similar"), runs, **params)
        print(
            f"first suggestion's candidates: median {median:.0f} ms, worst {worst:.0f} ms, {queries} queries"
        )


if __name__ == "__main__":
    main()
