"""Claims in and out as Django JSON fixtures: export (streamed), import (checked, all or nothing).

The format is documented in docs/fixtures.md.
"""

from .exporting import FILE_LAYOUT, select, write_fixture, write_fixture_directory, write_fixture_file
from .importing import DEFAULT_MAX_BYTES, FixtureError, ImportReport, import_fixtures

__all__ = [
    "DEFAULT_MAX_BYTES",
    "FILE_LAYOUT",
    "FixtureError",
    "ImportReport",
    "import_fixtures",
    "select",
    "write_fixture",
    "write_fixture_directory",
    "write_fixture_file",
]
