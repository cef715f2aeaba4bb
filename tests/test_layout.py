"""The product stands apart from the machinery that measures it."""

import re
from pathlib import Path

from django.conf import settings

CLAIMS = Path(__file__).resolve().parent.parent / "claims"


def test_the_product_never_imports_the_benchmarks():
    importing_bench = re.compile(r"^\s*(from|import)\s+bench\b", re.MULTILINE)
    offenders = [str(path) for path in CLAIMS.rglob("*.py") if importing_bench.search(path.read_text())]
    assert offenders == []


def test_the_product_settings_do_not_install_the_benchmarks():
    assert "bench" not in settings.INSTALLED_APPS
    assert settings.ROOT_URLCONF == "config.urls"
