"""The fixture benchmark at toy size: it runs end to end and prints its table. Timings are not tested."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from bench.fixtures import write_synthetic_fixture
from claims.interchange import import_fixtures
from claims.models import Attribution, Claim

pytestmark = pytest.mark.usefixtures("bench_installed")


@pytest.mark.django_db
def test_synthetic_fixture_has_the_requested_sizes_and_imports_cleanly(tmp_path):
    path = tmp_path / "synthetic.json"
    count = write_synthetic_fixture(path, claims=30, attributions=75)
    objects = json.loads(path.read_text())
    assert len(objects) == count
    report = import_fixtures([path])
    assert report.ok, report.lines()
    assert (Claim.objects.count(), Attribution.objects.count()) == (30, 75)


@pytest.mark.django_db(transaction=True)
def test_benchmark_runs_at_toy_size_and_prints_its_table(tmp_path):
    out = StringIO()
    call_command(
        "bench_fixtures",
        "--scratch-database",
        "--claims",
        "20",
        "--attributions",
        "50",
        "--small-claims",
        "10",
        "--small-attributions",
        "20",
        "--directory",
        str(tmp_path),
        stdout=out,
    )
    output = out.getvalue()
    assert "| import_claims (20 claims) | " in output
    assert "| loaddata (20 claims) | " in output
    assert "import_claims rate / loaddata rate:" in output
    assert Claim.objects.count() == 0  # it cleans up after itself


def test_benchmark_refuses_to_run_without_a_scratch_database():
    with pytest.raises(CommandError, match="--scratch-database"):
        call_command("bench_fixtures", stdout=StringIO())
