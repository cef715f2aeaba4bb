"""`bench_distributions` samples every filter across sizes and writes its section (timings not asserted)."""

import random
from io import StringIO

import pytest
from django.core.management import call_command

from bench import distributions, measure
from bench.corpus import generate_corpus

pytestmark = pytest.mark.usefixtures("bench_installed")


def test_values_are_drawn_from_every_tenth_of_the_sizes():
    population = [(size, f"v{size}") for size in range(1000)]
    picked = by_size = sorted(distributions.by_deciles(population, 20, random.Random(1)))
    assert len(picked) == 20
    assert [size // 100 for size, _value in by_size] == [d for d in range(10) for _ in range(2)]
    assert distributions.by_deciles(population[:5], 20, random.Random(1)) == population[:5]


@pytest.mark.django_db
def test_every_filter_is_measured_beside_its_baseline_and_the_section_is_replaced(tmp_path):
    generate_corpus(claims=150, seed=2)
    output = tmp_path / "benchmarks.md"
    output.write_text("# Benchmarks\n\n## Analysis\n\nKept.\n")
    arguments = ["--values", "10", "--repeat", "1", "--baseline-every", "3", "--skip-load"]
    for _ in range(2):
        call_command("bench_distributions", *arguments, "--output", str(output), stdout=StringIO())
    document = output.read_text()
    assert document.startswith("# Benchmarks\n\n## Analysis\n\nKept.\n")
    assert document.count("<!-- distributions -->") == 1
    for name in ("actor with sub-actors", "asserted_by", "denied_by", "outlet", "status + actor", "search"):
        assert f"| {name} | " in document
    assert "| admin by actor | " in document
    assert "Slowest values" in document


@pytest.mark.django_db
def test_throughput_is_skipped_with_a_message_without_wrk(monkeypatch):
    monkeypatch.setattr(measure.shutil, "which", lambda name: None)
    assert measure.wrk_load(1, ["/claims/"]) is None


def test_the_throughput_list_is_made_of_reader_urls_a_load_generator_can_send():
    sample = distributions.Sample("search")
    sample.values = [("testé", "/claims/?q=testé", "/bench/claims/?q=testé", 3)]
    admin = distributions.Sample("admin by actor")
    admin.values = [("x", "/admin/claims/claim/?actor=1", "", 1)]
    assert distributions.url_list({"search": sample, "admin by actor": admin}) == ["/claims/?q=test%C3%A9"]
