"""`manage.py bench` works end to end at a tiny scale; timings are not asserted (the machine is shared)."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from bench import scenarios
from claims.models import Claim

pytestmark = pytest.mark.usefixtures("bench_installed")


@pytest.fixture
def output(tmp_path):
    return tmp_path / "benchmarks.md"


@pytest.mark.django_db
def test_bench_here_fills_an_empty_database_and_writes_the_table(output):
    stdout = StringIO()
    call_command(
        "bench", "--here", "--scales", "120", "--repeat", "1", "--output", str(output), stdout=stdout
    )

    assert Claim.objects.count() == 120
    document = output.read_text()
    assert "## 120 claims" in document
    for scenario in ["admin changelist", "/claims/?contested=true", "claim page", "actor page", "CSV export"]:
        assert scenario in document
    assert "(HTTP" not in document  # every page and every baseline answered 200
    assert "Throughput not measured" in document
    assert document in stdout.getvalue()


@pytest.mark.django_db
def test_bench_measures_every_page_beside_its_baseline():
    scenarios.prepare_corpus(60, seed=1, scratch=False, say=lambda line: None)

    data = scenarios.measure(
        repeat=1, load_seconds=0, skip_load=True, database_url=None, say=lambda line: None
    )

    assert data["claims"] == 60
    assert all(row["status"] == 200 and row["baseline"]["status"] == 200 for row in data["scenarios"])
    assert all(row["queries"] > 0 for row in data["scenarios"])
    assert data["export"]["rows"] == data["export"]["baseline"]["rows"] > 0
    json.dumps(data)  # what the per-scale process hands back to the parent


@pytest.mark.django_db
def test_bench_keeps_a_corpus_of_the_right_size():
    scenarios.prepare_corpus(40, seed=1, scratch=False, say=lambda line: None)
    said = []

    assert scenarios.prepare_corpus(40, seed=1, scratch=False, say=said.append) is None
    assert Claim.objects.count() == 40
    assert "already there" in said[0]


@pytest.mark.django_db
def test_bench_refuses_to_empty_a_database_that_is_not_a_scratch_one():
    scenarios.prepare_corpus(40, seed=1, scratch=False, say=lambda line: None)

    with pytest.raises(RuntimeError, match="not a scratch one"):
        scenarios.prepare_corpus(50, seed=1, scratch=False, say=lambda line: None)
    assert Claim.objects.count() == 40


@pytest.mark.django_db(transaction=True)  # TRUNCATE cannot run after deferred checks in the same transaction
def test_bench_empties_a_scratch_database_of_another_size():
    scenarios.prepare_corpus(40, seed=1, scratch=False, say=lambda line: None)

    scenarios.prepare_corpus(50, seed=1, scratch=True, say=lambda line: None)

    assert Claim.objects.count() == 50


@pytest.mark.parametrize(
    "arguments, message",
    [
        (["--scales", "ten"], "claim counts separated by commas"),
        (["--scales", "0"], "at least one claim count"),
        (["--repeat", "0"], "--repeat must be at least 1"),
        (["--here", "--scales", "10,20"], "--here measures one scale"),
        (["--database-url", "sqlite:///x.sqlite3", "--scales", "10"], "runs on PostgreSQL"),
    ],
)
def test_bench_refuses_bad_arguments(arguments, message):
    with pytest.raises(CommandError, match=message):
        call_command("bench", *arguments, stdout=StringIO())


@pytest.mark.django_db
def test_bench_keeps_the_hand_written_analysis_when_it_rewrites_the_tables(output):
    output.write_text("# Benchmarks\n\nold tables\n\n## Analysis\n\nThe plan shows a sequential scan.\n")

    call_command(
        "bench", "--here", "--scales", "30", "--repeat", "1", "--output", str(output), stdout=StringIO()
    )

    document = output.read_text()
    assert "old tables" not in document
    assert document.endswith("## Analysis\n\nThe plan shows a sequential scan.\n")


@pytest.mark.django_db
def test_bench_also_measures_the_actor_nearest_to_the_issue_size(monkeypatch):
    scenarios.prepare_corpus(1000, seed=1, scratch=False, say=lambda line: None)
    ranked = list(scenarios.top_roots())
    least = ranked[-1]
    assert ranked[0]["attributions"] > least["attributions"]
    monkeypatch.setattr(scenarios, "ACTOR_PAGE_CLAIMS", least["attributions"])
    subjects = scenarios.pick_subjects()
    nearest = {row["root"] for row in ranked if row["attributions"] == least["attributions"]}
    assert subjects["typical"].pk in nearest and subjects["typical"].pk != subjects["busiest"].pk
    assert subjects["typical_claims"] > 0
    # When the busiest actor is the nearest, its page is measured once.
    monkeypatch.setattr(scenarios, "ACTOR_PAGE_CLAIMS", ranked[0]["attributions"] * 10)
    assert scenarios.pick_subjects()["typical"] is None
