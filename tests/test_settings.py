"""Settings come from the environment and fail loudly when production values are missing."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from config.settings import env_bool, env_list

ROOT = Path(__file__).resolve().parent.parent
PRODUCTION = {
    "DJANGO_DEBUG": "false",
    "DJANGO_SECRET_KEY": "k3#p9!vQz@4mL8$wR2^tY7&nB5*xC1(dF6)gH0_jS+eU=aI-oP~lK",
    "DJANGO_ALLOWED_HOSTS": "selon.example.org",
    "DATABASE_URL": "postgres://selon@127.0.0.1:5432/selon",
}


def manage(*args, env):
    clean = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "DATABASE_"))}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
    )


def test_check_deploy_passes_with_production_settings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION)
    assert result.returncode == 0, result.stderr


def test_production_refuses_to_start_without_a_secret_key():
    env = {**PRODUCTION, "DJANGO_SECRET_KEY": ""}
    result = manage("check", env=env)
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    env = {**PRODUCTION, "DJANGO_ALLOWED_HOSTS": ""}
    result = manage("check", env=env)
    assert result.returncode != 0
    assert "DJANGO_ALLOWED_HOSTS must be set" in result.stderr


def test_development_needs_no_environment():
    result = manage("check", env={})
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(("raw", "expected"), [("1", True), ("True", True), ("off", False), ("0", False)])
def test_env_bool_parses_common_spellings(monkeypatch, raw, expected):
    monkeypatch.setenv("SELON_FLAG", raw)
    assert env_bool("SELON_FLAG", default=None) is expected


def test_env_bool_refuses_anything_else(monkeypatch):
    monkeypatch.setenv("SELON_FLAG", "peut-être")
    with pytest.raises(ImproperlyConfigured):
        env_bool("SELON_FLAG", default=False)


def test_env_list_splits_on_commas_and_drops_blanks(monkeypatch):
    monkeypatch.setenv("SELON_HOSTS", " a.example, ,b.example ")
    assert env_list("SELON_HOSTS") == ["a.example", "b.example"]


def test_database_url_selects_the_backend():
    result = manage(
        "shell",
        "--no-imports",
        "-c",
        "from django.db import connection; print(connection.vendor)",
        env={"DATABASE_URL": "postgres://selon@127.0.0.1:5432/selon"},
    )
    assert result.stdout.strip() == "postgresql"


@pytest.mark.postgres
@pytest.mark.django_db
def test_postgresql_connections_run_without_the_jit_compiler():
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW jit")
        assert cursor.fetchone() == ("off",)


def test_a_database_url_can_set_its_own_connection_options():
    env = {"DATABASE_URL": "postgres://selon@127.0.0.1:5432/selon?options=-c%20jit%3Don"}
    code = "from django.conf import settings; print(settings.DATABASES['default']['OPTIONS']['options'])"
    result = manage("shell", "-c", code, env=env)
    assert result.stdout.strip().splitlines()[-1] == "-c jit=on", result.stderr
