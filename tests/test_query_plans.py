"""How a list's page is read follows how many claims match; bulk writes leave fresh statistics."""

import datetime
import json

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims import counting
from claims.bulk import analyze_tables
from claims.counting import AT_LEAST, ESTIMATE, EXACT, narrowed
from claims.filters import ClaimFilterSet
from claims.models import Actor, Article, Attribution, Claim
from claims.services import refresh_claim_summaries

from .conftest import make_actor, make_article, make_attribution, make_claim

pytestmark = pytest.mark.django_db
DAY = datetime.date(2024, 1, 1)


def corpus(claims=4000):
    """`claims` claims all quoted by a dense actor; a sparse government's spokesperson quotes three."""
    dense = make_actor("Agence dense", slug="dense")
    sparse = make_actor("Gouvernement épars", slug="sparse")
    spokesperson = make_actor("Porte-parole", slug="spokesperson", parent=sparse, kind=Actor.Kind.PERSON)
    body = "Selon l'agence, la chose est faite."
    articles = Article.objects.bulk_create(
        Article(title=f"A{n}", slug=f"a{n}", body=body, published_on=DAY + datetime.timedelta(days=n))
        for n in range(100)
    )
    rows = Claim.objects.bulk_create(Claim(text=f"Affirmation {n}.", slug=f"c{n:05d}") for n in range(claims))
    quote = dict(quote=body, start=0, end=len(body), stance="asserts")
    Attribution.objects.bulk_create(
        Attribution(claim=claim, article=articles[n % 100], actor=dense, **quote)
        for n, claim in enumerate(rows)
    )
    Attribution.objects.bulk_create(
        Attribution(claim=rows[n], article=articles[n % 100], actor=spokesperson, **quote)
        for n in (5, 700, 3000)
    )
    refresh_claim_summaries()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE claims_claim")
        cursor.execute("ANALYZE claims_attribution")
        cursor.execute("ANALYZE claims_actor")
    return dense, sparse


def page_queryset(**params):
    filtered = ClaimFilterSet(data=params, queryset=Claim.objects.all()).qs
    listed, count, kind = narrowed(filtered)
    return listed[:51], count, kind


def plan(queryset):
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (FORMAT JSON) {sql}", params)
        return json.dumps(cursor.fetchone()[0])


@pytest.mark.postgres
def test_a_sparse_actor_page_is_read_by_its_claim_ids_and_sorted():
    _dense, sparse = corpus()
    queryset, count, kind = page_queryset(actor=sparse.slug)
    assert (count, kind) == (3, EXACT)
    shape = plan(queryset)
    assert "claims_claim_pkey" in shape and '"Node Type": "Sort"' in shape
    assert "claims_claim_recent" not in shape and "claims_attribution" not in shape
    # Newest quote first (c00005's article is the latest), then by slug.
    assert [claim.slug for claim in queryset] == ["c00005", "c00700", "c03000"]


@pytest.mark.postgres
def test_a_dense_actor_page_walks_the_ordering_index(monkeypatch):
    monkeypatch.setattr(counting, "COUNT_CAP", 1000)
    dense, _sparse = corpus()
    queryset, count, kind = page_queryset(actor=dense.slug)
    assert (count, kind) == (1000, AT_LEAST)
    shape = plan(queryset)
    assert "claims_claim_recent" in shape and '"Node Type": "Sort"' not in shape
    assert "ANY" not in str(queryset.query)
    assert len(list(queryset)) == 51


@pytest.mark.postgres
def test_asserted_by_and_denied_by_follow_the_same_rule():
    _dense, sparse = corpus()
    asserted, count, _kind = page_queryset(asserted_by=sparse.slug)
    assert (
        count == 3 and "claims_claim_pkey" in plan(asserted) and "claims_claim_recent" not in plan(asserted)
    )
    denied, count, kind = page_queryset(denied_by=sparse.slug)
    assert (count, kind, list(denied)) == (0, EXACT, [])


def test_a_list_counted_below_the_cap_keeps_its_order_and_rows(client):
    usa = make_actor("USA", slug="usa")
    claims = [make_claim(slug=f"k{n}") for n in range(4)]
    for number, claim in enumerate(claims[:3]):
        article = make_article("Washington affirme.", published_on=DAY + datetime.timedelta(days=number))
        make_attribution(claim=claim, actor=usa, article=article, quote="Washington affirme.")
    response = client.get("/claims/", {"actor": "usa"})
    assert [claim.slug for claim in response.context["claims"]] == ["k2", "k1", "k0"]
    assert (response.context["count"], response.context["count_kind"]) == (3, EXACT)


def test_an_invalid_filter_still_matches_nothing(client):
    make_claim()
    response = client.get("/claims/", {"actor": "personne"})
    assert list(response.context["claims"]) == [] and response.context["count"] == 0


def test_narrowing_an_empty_list_matches_nothing():
    make_claim()
    listed, count, kind = narrowed(Claim.objects.none())
    assert (list(listed), count, kind) == ([], 0, EXACT)


@pytest.mark.postgres
def test_the_whole_table_is_estimated_not_narrowed(monkeypatch):
    monkeypatch.setattr(counting, "COUNT_CAP", 2)
    for _ in range(5):
        make_claim()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE claims_claim")
    listed, count, kind = narrowed(Claim.objects.order_by("-updated_at"))
    assert (count, kind) == (5, ESTIMATE) and "ANY" not in str(listed.query)


def test_the_admin_changelist_pages_a_short_filtered_list_by_its_ids(client, editor, monkeypatch):
    monkeypatch.setattr("django.contrib.admin.ModelAdmin.list_per_page", 2)
    usa = make_actor("USA", slug="usa")
    for number in range(3):
        article = make_article("Washington affirme.", published_on=DAY)
        make_attribution(
            claim=make_claim(slug=f"k{number}"), actor=usa, article=article, quote="Washington affirme."
        )
    client.force_login(editor)
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/admin/claims/claim/", {"actor": str(usa.pk), "p": "2"})
    cl = response.context["cl"]
    assert (cl.result_count, len(cl.result_list)) == (3, 1)
    page = [
        q["sql"] for q in queries if q["sql"].startswith('SELECT "claims_claim"."id", "claims_claim"."text"')
    ]
    assert page and "claims_attribution" not in page[-1]


def last_analyzed(table):
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_stat_clear_snapshot()")
        cursor.execute("SELECT last_analyze FROM pg_stat_user_tables WHERE relname = %s", [table])
        return cursor.fetchone()[0]


def now():
    with connection.cursor() as cursor:
        cursor.execute("SELECT clock_timestamp()")
        return cursor.fetchone()[0]


@pytest.mark.postgres
def test_a_write_past_autovacuum_threshold_is_analysed_and_a_small_one_is_not():
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE claims_claim")  # empty: 0 rows, not "never analysed"
    assert analyze_tables({Claim: 10}) == []
    before = now()
    assert analyze_tables({Claim: 60, Actor: 0}) == [Claim]
    assert last_analyzed("claims_claim") >= before


def test_elsewhere_than_postgresql_analysing_is_nothing(settings):
    if connection.vendor == "postgresql":
        pytest.skip("SQLite pass only")
    assert analyze_tables({Claim: 1_000_000}) == []


@pytest.mark.postgres
def test_refresh_summaries_leaves_the_claim_table_analysed():
    for _ in range(60):
        make_claim()
    before = now()
    call_command("refresh_summaries", stdout=open("/dev/null", "w"))
    assert last_analyzed("claims_claim") >= before


@pytest.mark.postgres
def test_generate_corpus_leaves_every_table_it_wrote_analysed(settings, bench_installed):
    from bench.corpus import generate_corpus

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE claims_claim, claims_attribution")  # empty: 0 rows each
    before = now()
    generate_corpus(claims=200, seed=3)  # 200 claims, 400 attributions: past the threshold
    for model in (Claim, Attribution):
        assert last_analyzed(model._meta.db_table) >= before, model


@pytest.mark.postgres
def test_import_claims_leaves_the_tables_it_filled_analysed(tmp_path):
    from .interchange_data import empty_the_database, export_text

    for _ in range(60):
        make_claim()
    path = tmp_path / "claims.json"
    path.write_text(export_text(), encoding="utf-8")
    empty_the_database()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE claims_claim")
    before = now()
    call_command("import_claims", str(path), "--dry-run", stdout=open("/dev/null", "w"))
    assert last_analyzed("claims_claim") < before
    call_command("import_claims", str(path), stdout=open("/dev/null", "w"))
    assert last_analyzed("claims_claim") >= before


def test_an_actor_page_reads_a_rarely_quoted_stance_directly_and_a_busy_one_from_the_newest_articles(
    client, monkeypatch
):
    usa = make_actor("USA", slug="usa")
    for number in range(3):
        article = make_article("Washington affirme.", published_on=DAY + datetime.timedelta(days=number))
        make_attribution(claim=make_claim(), actor=usa, article=article, quote="Washington affirme.")
    cutoff = "ORDER BY 1 DESC LIMIT 1 OFFSET"
    with CaptureQueriesContext(connection) as sparse:
        response = client.get(usa.get_absolute_url())
    assert len(response.context["stance_groups"][0]["claims"]) == 3
    assert not any(cutoff in query["sql"] for query in sparse.captured_queries)
    monkeypatch.setattr(counting, "COUNT_CAP", 2)
    with CaptureQueriesContext(connection) as dense:
        response = client.get(usa.get_absolute_url())
    assert len(response.context["stance_groups"][0]["claims"]) == 3
    assert sum(cutoff in query["sql"] for query in dense.captured_queries) == 1


@pytest.mark.postgres
def test_page_queries_run_without_parallel_workers():
    with connection.cursor() as cursor:
        cursor.execute("SHOW max_parallel_workers_per_gather")
        assert cursor.fetchone() == ("0",)
