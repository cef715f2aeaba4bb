"""One scale of `manage.py bench`: make sure the corpus is there, pick what to ask for, time every page.

Runs in the process whose database holds the corpus. Every scenario is timed on Selon's
page and on the Django default it replaces (bench.baseline) in the same run, so
that the ratio holds even on a shared, noisy machine.
"""

import math
import platform
import re
import time
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import connection
from django.db.models import Count, Max, Min
from django.test import Client, override_settings
from django.urls import reverse

from claims.filters import ClaimFilterSet
from claims.hierarchy import lineage_q, source_expression
from claims.models import Actor, ActorAlias, Article, Attribution, Claim, Review
from claims.paging import encode_cursor

from .corpus import generate_corpus
from .measure import Gunicorn, load, measure_memory, time_request

# Words of the corpus's claim texts; the first that occurs is searched for.
SEARCH_WORDS = ["missiles", "obus", "munitions", "drones", "accord"]
DEEP_PAGE = 10_000
# The actor page: the actor (with those below it) quoted in about this many claims.
ACTOR_PAGE_CLAIMS = 10_000
PAGE_SIZE = 50
CSV_ROWS = 100_000
BENCH_USER = "bench-admin"
# An unfiltered exact count: what the admin must not run over a million claims.
FULL_COUNT = re.compile(r'^SELECT COUNT\(\*\) AS "__count" FROM "claims_claim"\s*$')


def prepare_corpus(claims, *, seed, scratch, say):
    """Make the database hold exactly `claims` generated claims; returns the seconds spent generating.

    A database with another number of claims is emptied first, but only when it is a scratch
    database (`scratch`); otherwise that is an error.
    """
    present = Claim.objects.count()
    if present == claims:
        say(f"{claims} claims already there: corpus kept")
        return None
    if present:
        if not scratch:
            raise RuntimeError(f"the database holds {present} claims, not {claims}, and is not a scratch one")
        say(f"{present} claims present, {claims} wanted: emptying the scratch database")
        empty_corpus()
    started = time.perf_counter()
    generate_corpus(claims=claims, seed=seed, progress=lambda line: say(f"  {line}"))
    elapsed = time.perf_counter() - started
    analyze()
    return elapsed


def empty_corpus():
    models = [Review, Attribution, Claim, Article, ActorAlias, Actor]
    if connection.vendor == "postgresql":
        tables = ", ".join(connection.ops.quote_name(model._meta.db_table) for model in models)
        with connection.cursor() as cursor:
            cursor.execute(f"TRUNCATE {tables} RESTART IDENTITY CASCADE")
        return
    Actor.objects.update(parent=None)  # the hierarchy is protected against deleting a parent first
    for model in models:
        model.objects.all().delete()


def analyze():
    """Fresh planner statistics after a bulk load (PostgreSQL; impossible inside a transaction)."""
    if connection.vendor != "postgresql" or connection.in_atomic_block:
        return
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")


def top_roots():
    """Top-level actors by attributions to them or anyone below them, most cited first."""
    root = source_expression("actor__")
    return (
        Attribution.objects.filter(actor__isnull=False)
        .annotate(root=root)
        .values("root")
        .annotate(attributions=Count("pk"))
        .order_by("-attributions", "root")
    )


def lineage_claims(actor):
    return Attribution.objects.filter(lineage_q(actor, "actor__")).aggregate(n=Count("claim", distinct=True))[
        "n"
    ]


def pick_subjects():
    """What the scenarios ask for: actors, a word, a claim, a CSV window; chosen from the data."""
    ranked = list(top_roots())
    # Roughly one attribution per claim and actor: the count of attributions picks the candidate.
    near = min(ranked, key=lambda row: abs(row["attributions"] - ACTOR_PAGE_CLAIMS))
    actors = Actor.objects.in_bulk([row["root"] for row in ranked[:50]] + [near["root"]])
    roots = [actors[row["root"]] for row in ranked[:50]]
    busiest = roots[0]
    government = next((actor for actor in roots if actor.kind == Actor.Kind.GOVERNMENT), busiest)
    word = next((w for w in SEARCH_WORDS if Claim.objects.filter(text__icontains=w).exists()), None)
    if word is None:
        word = max(Claim.objects.order_by("pk").first().text.split(), key=len).strip(".,")
    reviewed = Claim.objects.exclude(status=Claim.Status.UNREVIEWED).order_by("pk")
    claim = reviewed[reviewed.count() // 2] if reviewed.exists() else Claim.objects.order_by("pk").first()
    typical = actors[near["root"]]
    return {
        "busiest": busiest,
        "busiest_lineage": list(Actor.objects.filter(lineage_q(busiest)).values_list("pk", flat=True)),
        "busiest_claims": lineage_claims(busiest),
        # None when it is the busiest (small corpora): measured once.
        "typical": None if typical == busiest else typical,
        "typical_claims": lineage_claims(typical),
        "government": government,
        "word": word,
        "claim": claim,
    }


def csv_window():
    """Publication dates whose claims give about CSV_ROWS rows, or None when the whole list is smaller.

    The window is the share of days that CSV_ROWS is of all attributions (measured: a window of
    a share f of the days exports about f of the rows, each claim with all its attributions).
    """
    total = Attribution.objects.count()
    if total <= CSV_ROWS:
        return None
    span = Article.objects.aggregate(first=Min("published_on"), last=Max("published_on"))
    days = (span["last"] - span["first"]).days + 1
    width = max(1, math.floor(days * CSV_ROWS / total))
    return span["first"], span["first"] + timedelta(days=width - 1)


def result(timing, baseline=None, note=""):
    row = {
        "label": timing.label,
        "path": timing.path,
        "p50": timing.p50,
        "p95": timing.p95,
        "queries": timing.queries,
        "status": timing.status,
        "full_count": any(FULL_COUNT.match(sql) for sql in timing.sql),
        "note": note,
    }
    if baseline is not None:
        row["baseline"] = {
            "path": baseline.path,
            "p50": baseline.p50,
            "p95": baseline.p95,
            "queries": baseline.queries,
            "status": baseline.status,
        }
    return row


def deep_page_paths(filtered_count):
    """(ours, baseline, page, note) for the deepest page up to page 10,000.

    The list pages by cursor; walking there is too slow, so the cursor is built from the row
    at that position with the list's own encoder. A list of one page is its first page.
    """
    last_page = max(1, math.ceil(filtered_count / PAGE_SIZE))
    page = min(DEEP_PAGE, last_page)
    note = "" if page == DEEP_PAGE else f"page {page}, the last at this scale"
    baseline = f"/bench/claims/?page={page}"
    if page == 1:
        return "/claims/", baseline, page, note
    ordered = ClaimFilterSet(data={}, queryset=Claim.objects.all()).qs
    row = ordered[(page - 1) * PAGE_SIZE - 1]
    return f"/claims/?cursor={encode_cursor(row)}", baseline, page, note


def measure(*, repeat, load_seconds, skip_load, database_url, say):
    """Every scenario at the current database's scale; a JSON-ready dict."""
    say("picking subjects")
    subjects = pick_subjects()
    user, _ = get_user_model().objects.get_or_create(username=BENCH_USER)
    user.is_staff = user.is_superuser = True
    user.save()
    # A page that fails is reported with its status (HTTP 500) and the other pages still measured.
    client = Client(raise_request_exception=False)
    client.force_login(user)
    busiest, government, word, claim = (
        subjects["busiest"],
        subjects["government"],
        subjects["word"],
        subjects["claim"],
    )
    lineage = ",".join(str(pk) for pk in subjects["busiest_lineage"])
    claims_count = Claim.objects.count()
    rows, notes = [], []

    def pair(label, ours, baseline, note="", **options):
        say(f"  {label}")
        mine = time_request(client, label, ours, repeat=repeat, **options)
        theirs = time_request(client, label, baseline, repeat=repeat, **options) if baseline else None
        rows.append(result(mine, theirs, note))
        return mine

    with override_settings(ROOT_URLCONF="bench.urls", DEBUG=False, ALLOWED_HOSTS=["testserver"]):
        admin_list = reverse("admin:claims_claim_changelist")
        stock_list = reverse("stock_admin:claims_claim_changelist")
        pair("admin changelist", admin_list, stock_list)
        pair(
            f"admin changelist, actor {busiest.name} and below",
            f"{admin_list}?actor={busiest.pk}",
            f"{stock_list}?attributions__actor__in={lineage}",
        )
        pair(f"admin changelist, search “{word}”", f"{admin_list}?q={word}", f"{stock_list}?q={word}")
        first = pair("/claims/", "/claims/", "/bench/claims/")
        pair(
            f"/claims/?actor={government.slug} (with its hierarchy)",
            f"/claims/?actor={government.slug}",
            f"/bench/claims/?actor={government.slug}",
        )
        pair("/claims/?contested=true", "/claims/?contested=true", "/bench/claims/?contested=true")
        pair(f"/claims/?q={word}", f"/claims/?q={word}", f"/bench/claims/?q={word}")

        deep, baseline_deep, page, note = deep_page_paths(claims_count)
        mine = pair(f"/claims/ page {page}", deep, baseline_deep, note)
        rows[-1]["vs_first_page"] = mine.p95 / first.p95 if first.p95 else None

        pair("claim page", claim.get_absolute_url(), f"/bench/claims/{claim.slug}/")
        pair(
            f"actor page, {busiest.name} ({subjects['busiest_claims']} claims)",
            busiest.get_absolute_url(),
            f"/bench/actors/{busiest.slug}/",
        )
        typical = subjects["typical"]
        if typical is not None:
            pair(
                f"actor page, {typical.name} ({subjects['typical_claims']} claims)",
                typical.get_absolute_url(),
                f"/bench/actors/{typical.slug}/",
            )

        say("  CSV export")
        window = csv_window()
        query = (
            "format=csv"
            if window is None
            else f"format=csv&published_after={window[0]}&published_before={window[1]}"
        )
        baseline_query = query.replace("format=csv&", "").replace("format=csv", "")
        csv_repeat = max(1, min(repeat, 3))
        ours_time = time_request(
            client, "CSV export", f"/claims/?{query}", repeat=csv_repeat, warmup=1, stream=True
        )
        theirs_time = time_request(
            client, "CSV export", f"/bench/export.csv?{baseline_query}", repeat=csv_repeat, warmup=1
        )
        ours_memory, ours_bytes, ours_lines = measure_memory(client, "CSV export", f"/claims/?{query}")
        theirs_memory, _bytes, theirs_lines = measure_memory(
            client, "CSV export", f"/bench/export.csv?{baseline_query}"
        )
        export = {
            "path": f"/claims/?{query}",
            "rows": max(0, ours_lines - 1),
            "megabytes": ours_bytes / 1e6,
            "p50": ours_time.p50,
            "p95": ours_time.p95,
            "queries": ours_time.queries,
            "peak_mb": ours_memory.peak_memory / 1e6,
            "baseline": {
                "path": f"/bench/export.csv?{baseline_query}",
                "rows": max(0, theirs_lines - 1),
                "p50": theirs_time.p50,
                "p95": theirs_time.p95,
                "peak_mb": theirs_memory.peak_memory / 1e6,
            },
        }

    throughput = None
    if skip_load:
        notes.append("Throughput not measured (--skip-load).")
    else:
        say(f"  throughput: gunicorn, 2 workers, 20 clients, {load_seconds:g} s per page")
        with Gunicorn(database_url=database_url) as server:
            ours = load(server.port, "/claims/", seconds=load_seconds)
            theirs = load(server.port, "/bench/claims/", seconds=load_seconds)
        throughput = {"path": "/claims/", "ours": ours, "baseline": theirs}

    return {
        "claims": claims_count,
        "attributions": Attribution.objects.count(),
        "articles": Article.objects.count(),
        "actors": Actor.objects.count(),
        "scenarios": rows,
        "export": export,
        "throughput": throughput,
        "notes": notes,
        "database": database_version(),
        "python": platform.python_version(),
    }


def database_version():
    if connection.vendor != "postgresql":
        return f"SQLite {connection.Database.sqlite_version}"
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        return f"PostgreSQL {cursor.fetchone()[0]}"
