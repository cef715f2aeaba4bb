"""Serving with debug off: static files, security headers, the health check, database outages, caches."""

import os
import subprocess
import sys
import urllib.error
import urllib.request
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import OperationalError, connection, connections
from django.templatetags.static import static
from django.test import Client

from .conftest import make_article, make_attribution, make_claim
from .test_settings import PRODUCTION, manage

ROOT = Path(__file__).resolve().parent.parent
REDIS_URL = os.environ.get("SELON_TEST_REDIS_URL", "redis://127.0.0.1:6379/1")


@pytest.fixture
def collected_static(settings, tmp_path):
    """What `make serve` serves: collectstatic's compressed, hashed files behind WhiteNoise."""
    settings.DEBUG = False
    settings.STATIC_ROOT = tmp_path / "static"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    call_command("collectstatic", interactive=False, verbosity=0, stdout=StringIO())
    return settings.STATIC_ROOT


def test_admin_stylesheet_is_served_with_debug_off(collected_static, db):
    url = static("admin/css/base.css")
    assert url != "/static/admin/css/base.css"  # a hashed name, cached for ever
    response = Client().get(url, HTTP_ACCEPT_ENCODING="gzip")
    assert response.status_code == 200
    assert response["Content-Encoding"] == "gzip"
    assert "immutable" in response["Cache-Control"]


def test_an_unknown_static_file_is_not_found(collected_static, db):
    assert Client().get("/static/admin/css/absent.css").status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/claims/", "/admin/login/"])
def test_pages_send_a_content_security_policy(client, url):
    policy = client.get(url)["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "'unsafe-inline'" not in policy
    assert "frame-ancestors 'none'" in policy


@pytest.mark.django_db
def test_the_json_ld_script_carries_the_policys_nonce(client, editor):
    from claims import services

    claim = make_claim("Les réserves sont pleines.")
    make_attribution(claim=claim)
    services.review_claim(claim=claim, status="disputed", rationale="Faux.", reviewer=editor)
    response = client.get(claim.get_absolute_url())
    nonce = response["Content-Security-Policy"].split("'nonce-")[1].split("'")[0]
    assert f'<script type="application/ld+json" nonce="{nonce}">' in response.content.decode()


@pytest.mark.django_db
def test_healthz_answers_200_while_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok\n"


def failing_database(monkeypatch):
    def refuse(*args, **kwargs):
        raise OperationalError("connection to server at 127.0.0.1, port 5432 failed: Connection refused")

    monkeypatch.setattr(type(connections["default"]), "create_cursor", refuse)


@pytest.mark.django_db
def test_healthz_answers_503_when_the_database_does_not(client, monkeypatch):
    failing_database(monkeypatch)
    assert client.get("/healthz").status_code == 503


@pytest.mark.django_db
def test_any_page_answers_503_in_french_during_a_database_outage(monkeypatch):
    claim = make_claim()
    article = make_article()
    client = Client(raise_request_exception=False)
    failing_database(monkeypatch)
    for url in ["/claims/", claim.get_absolute_url(), article.get_absolute_url()]:
        response = client.get(url)
        assert response.status_code == 503, url
        assert "Selon ne peut pas joindre sa base de données" in response.content.decode()
        assert response["Retry-After"] == "30"


@pytest.mark.django_db
def test_a_logged_in_editor_also_gets_the_503_page_when_the_session_cannot_be_read(editor, monkeypatch):
    client = Client(raise_request_exception=False)
    client.force_login(editor)
    failing_database(monkeypatch)
    response = client.get("/claims/")
    assert response.status_code == 503
    assert "Momentanément indisponible" in response.content.decode()


@pytest.mark.django_db
def test_other_errors_stay_500(monkeypatch, settings):
    monkeypatch.setattr("claims.views.ClaimListView.get", lambda *args, **kwargs: 1 / 0)
    response = Client(raise_request_exception=False).get("/claims/")
    assert response.status_code == 500


def kill_other_connections():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_the_site_answers_503_while_its_database_is_down_and_recovers_by_itself(live_server):
    """A real server in its own thread, with persistent connections as in production."""
    database = connections.settings["default"]  # shared with the server thread's connections
    saved = {key: database[key] for key in ("PORT", "CONN_MAX_AGE", "CONN_HEALTH_CHECKS")}

    def status(url):
        try:
            return urllib.request.urlopen(live_server.url + url, timeout=10).status
        except urllib.error.HTTPError as error:
            return error.code

    try:
        database.update(CONN_MAX_AGE=60, CONN_HEALTH_CHECKS=True)
        assert [status("/claims/"), status("/healthz")] == [200, 200]
        # A restarted server: the kept connection is dead, the health check replaces it.
        kill_other_connections()
        assert status("/claims/") == 200
        # A server that does not answer at all.
        database["PORT"] = "1"
        kill_other_connections()
        assert [status("/claims/"), status("/healthz"), status("/claims/")] == [503, 503, 503]
        # Back: nothing to restart.
        database["PORT"] = saved["PORT"]
        assert [status("/claims/"), status("/healthz")] == [200, 200]
    finally:
        database.update(saved)


def test_check_deploy_stays_clean_behind_several_servers_with_redis_and_replicas():
    env = {
        **PRODUCTION,
        "REDIS_URL": REDIS_URL,
        "DATABASE_REPLICA_URLS": "postgres://selon@10.0.0.2:5432/selon,postgres://selon@10.0.0.3:5432/selon",
    }
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=env)
    assert result.returncode == 0, result.stderr


def show_settings(code, env):
    result = manage("shell", "-c", code, env={**PRODUCTION, **env})
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_redis_url_makes_the_cache_redis():
    code = "from django.core.cache import caches; print(type(caches['default']).__name__)"
    assert show_settings(code, {"REDIS_URL": REDIS_URL}) == "RedisCache"


def test_without_redis_url_the_cache_is_local_memory(monkeypatch):
    monkeypatch.delenv("REDIS_URL", raising=False)
    code = "from django.core.cache import caches; print(type(caches['default']).__name__)"
    assert show_settings(code, {}) == "LocMemCache"


def test_replica_urls_become_read_databases_that_are_never_migrated():
    code = (
        "from django.conf import settings; from django.db import router; "
        "print(settings.SELON_READ_REPLICAS, settings.DATABASES['replica_2']['PORT'], "
        "router.allow_migrate('replica_1', 'claims'), router.allow_migrate('default', 'claims'))"
    )
    env = {"DATABASE_REPLICA_URLS": "postgres://s@10.0.0.2:5433/selon, postgres://s@10.0.0.3:5434/selon"}
    assert show_settings(code, env) == "['replica_1', 'replica_2'] 5434 False True"


def redis_or_skip():
    """Redis answers at SELON_TEST_REDIS_URL; under CI its absence fails the run."""
    import redis

    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2)
    try:
        client.ping()
    except redis.exceptions.ConnectionError as error:
        message = f"Redis unreachable at {REDIS_URL}: {error}"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return client


@pytest.mark.django_db
def test_reader_pages_are_cached_in_redis_where_every_server_finds_them(settings, client):
    redis_client = redis_or_skip()
    redis_client.flushdb()
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
    }
    settings.SELON_READER_CACHE_SECONDS = 30
    make_claim("Le pont est fermé.")
    assert "Le pont est fermé." in client.get("/claims/").content.decode()
    cached = [key for key in redis_client.keys("*") if b"readers" in key]
    assert cached
    # Another worker, another server: a fresh process reads the same page from Redis.
    code = (
        "from django.core.cache import cache; "
        "print(sum(1 for key in cache._cache.get_client().keys('*') if b'readers' in key))"
    )
    assert int(show_settings(code, {"REDIS_URL": REDIS_URL})) == len(cached)
    redis_client.flushdb()


def test_make_serve_runs_gunicorn_with_production_settings():
    makefile = (ROOT / "Makefile").read_text()
    serve = makefile.split("\nserve: install\n", 1)[1].split("\n\n", 1)[0]
    assert "check --deploy" in serve
    assert "collectstatic --noinput" in serve
    assert "gunicorn config.wsgi" in serve
    assert "WEB_CONCURRENCY" in serve
    assert "serve: export DJANGO_DEBUG ?= false" in makefile


def test_wsgi_application_loads_with_production_settings():
    code = "import config.wsgi; print(type(config.wsgi.application).__name__)"
    clean = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "DATABASE_"))}
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**clean, **PRODUCTION, "DJANGO_SETTINGS_MODULE": "config.settings"},
        capture_output=True,
        text=True,
    )
    assert result.stdout.strip() == "WSGIHandler", result.stderr
