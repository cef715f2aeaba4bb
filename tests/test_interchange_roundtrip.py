"""Export → import into an empty database → export gives the same bytes, on SQLite and PostgreSQL."""

from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

from claims.management.commands.load_seed_data import DEMO_FIXTURES, SEED_FIXTURES

from .interchange_data import empty_the_database, export_text, make_newsroom

pytestmark = pytest.mark.django_db
FIXTURES = Path(settings.BASE_DIR) / "fixtures"


def test_export_import_export_is_byte_identical(tmp_path):
    make_newsroom()
    path = tmp_path / "newsroom.json"
    path.write_text(export_text(), encoding="utf-8")
    empty_the_database()
    call_command("import_claims", str(path), stdout=StringIO())
    assert export_text() == path.read_text(encoding="utf-8")


def test_directory_export_round_trips_byte_for_byte(tmp_path):
    make_newsroom()
    first, second = tmp_path / "first", tmp_path / "second"
    call_command("export_claims", "--output-dir", str(first), stderr=StringIO())
    empty_the_database()
    call_command("import_claims", *sorted(map(str, first.glob("*.json"))), stdout=StringIO())
    call_command("export_claims", "--output-dir", str(second), stderr=StringIO())
    for path in first.glob("*.json"):
        assert (second / path.name).read_bytes() == path.read_bytes(), path.name


@pytest.mark.skipif(not (FIXTURES / "claims.json").exists(), reason="the seed fixtures are not committed yet")
def test_repository_fixtures_are_in_export_format(tmp_path):
    """Regenerating fixtures/ from a database loaded from it changes no byte."""
    names = SEED_FIXTURES + DEMO_FIXTURES
    paths = [FIXTURES / name for name in names if (FIXTURES / name).exists()]
    call_command("import_claims", *map(str, paths), stdout=StringIO())
    call_command(
        "export_claims",
        "--output-dir",
        str(tmp_path),
        "--reviews-file",
        "demo/reviews.json",
        stderr=StringIO(),
    )
    for path in paths:
        name = path.relative_to(FIXTURES)
        assert (tmp_path / name).read_bytes() == path.read_bytes(), f"fixtures/{name} differs from an export"
