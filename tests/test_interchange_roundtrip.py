"""Export → import into an empty database → export gives the same bytes, on SQLite and PostgreSQL."""

from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

from claims.management.commands.load_seed_data import DEMO_FIXTURES, SEED_FIXTURES
from claims.models import Review

from .conftest import make_user
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
def test_seed_fixtures_are_in_export_format(tmp_path):
    """Regenerating fixtures/ from a database loaded from it changes no byte."""
    paths = [FIXTURES / name for name in SEED_FIXTURES]
    call_command("import_claims", *map(str, paths), stdout=StringIO())
    call_command("export_claims", "--output-dir", str(tmp_path), stderr=StringIO())
    for path in paths:
        assert (tmp_path / path.name).read_bytes() == path.read_bytes(), f"fixtures/{path.name} differs"
    assert not (tmp_path / "reviews.json").exists()


@pytest.mark.skipif(not (FIXTURES / "demo").exists(), reason="the demo fixtures are not committed yet")
def test_demo_reviews_import_on_top_of_the_seed_data():
    """The demo reviews layer the claims' new status and their reviews, by the demo editor, over the seed."""
    make_user("editeur")
    call_command("import_claims", *[str(FIXTURES / name) for name in SEED_FIXTURES], stdout=StringIO())
    out = StringIO()
    call_command("import_claims", *[str(FIXTURES / name) for name in DEMO_FIXTURES], stdout=out)
    assert "claims.claim : ajouts 0, mises à jour 4, sans changement 0" in out.getvalue()
    assert Review.objects.count() == 4
