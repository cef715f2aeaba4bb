"""Anonymous readers' pages read from a streaming replica; editors read and write on the primary.

The replica is a real PostgreSQL standby (`make replica`: cluster 15/replica on port 5433, made with
pg_basebackup -R from the primary), which replays the primary's test database like any other.
"""

import os
import time
from contextlib import contextmanager

import dj_database_url
import psycopg
import pytest
from django.db import connections
from django.test import Client
from django.test.utils import CaptureQueriesContext

from claims import services
from claims.middleware import is_readers_request
from claims.routers import ReplicaRouter, reading_for_a_reader

from .conftest import make_attribution, make_claim

REPLICA_URL = os.environ.get("SELON_TEST_REPLICA_URL", "postgres://postgres@127.0.0.1:5433")
ALIAS = "replica_1"


def replica_or_skip(name):
    """The replica's connection parameters for database `name`; skip (fail under CI) when absent."""
    config = dj_database_url.parse(f"{REPLICA_URL}/{name}")
    params = {"host": config["HOST"], "port": config["PORT"], "user": config["USER"], "connect_timeout": 3}
    try:
        with psycopg.connect(dbname="postgres", **params) as check:
            in_recovery = check.execute("SELECT pg_is_in_recovery()").fetchone()[0]
    except psycopg.Error as error:
        message = f"no read replica at {REPLICA_URL} ({error}); `make replica` creates one".strip()
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    if not in_recovery:
        pytest.fail(f"{REPLICA_URL} is not a standby: it accepts writes")
    # The test database was just created on the primary: give the replica time to replay it.
    for _ in range(100):
        try:
            psycopg.connect(dbname=name, **params).close()
            return config
        except psycopg.OperationalError:
            time.sleep(0.1)
    pytest.fail(f"the test database {name} did not reach the replica within 10 s")


@pytest.fixture(scope="session")
def replica_alias(django_db_setup, django_db_blocker):
    """Alias replica_1: the replica's copy of the primary's test database, as settings would set it up.

    Session-scoped so that it exists before a test's database access is decided: tests name it in
    `databases`. A mirror of default, as DATABASE_REPLICA_URLS makes it, so it is never flushed.
    """
    with django_db_blocker.unblock():
        primary = connections["default"].settings_dict
    config = replica_or_skip(primary["NAME"])
    connections.settings[ALIAS] = {
        **primary,
        "HOST": config["HOST"],
        "PORT": config["PORT"],
        "TEST": {**primary["TEST"], "MIRROR": "default"},
    }
    yield ALIAS
    connections[ALIAS].close()
    del connections.settings[ALIAS]


@pytest.fixture
def replica(replica_alias, settings):
    settings.SELON_READ_REPLICAS = [replica_alias]
    return connections[replica_alias]


def caught_up(replica):
    """Wait until the replica has replayed everything the primary wrote so far."""
    with connections["default"].cursor() as cursor:
        cursor.execute("SELECT pg_current_wal_lsn()")
        lsn = cursor.fetchone()[0]
    with replica.cursor() as cursor:
        for _ in range(100):
            cursor.execute("SELECT pg_last_wal_replay_lsn() >= %s::pg_lsn", [lsn])
            if cursor.fetchone()[0]:
                return
            cursor.execute("SELECT pg_sleep(0.1)")
    pytest.fail("the replica did not catch up within 10 s")


@contextmanager
def replay_paused(replica):
    """The replica stops applying the primary's changes: whatever is read there is visibly behind."""
    with replica.cursor() as cursor:
        cursor.execute("SELECT pg_wal_replay_pause()")
    try:
        yield
    finally:
        with replica.cursor() as cursor:
            cursor.execute("SELECT pg_wal_replay_resume()")


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, databases=["default", ALIAS])
def test_a_reader_page_is_served_from_the_replica(replica):
    claim = make_claim("Le barrage tient.")
    make_attribution(claim=claim)
    caught_up(replica)
    with (
        CaptureQueriesContext(replica) as on_replica,
        CaptureQueriesContext(connections["default"]) as on_primary,
    ):
        response = Client().get(claim.get_absolute_url())
    assert response.status_code == 200
    assert "Le barrage tient." in response.content.decode()
    assert len(on_replica) > 0
    assert len(on_primary) == 0
    with replica.cursor() as cursor:
        cursor.execute("SELECT pg_is_in_recovery(), inet_server_port()")
        assert cursor.fetchone() == (True, int(replica.settings_dict["PORT"]))


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, databases=["default", ALIAS])
def test_an_editor_sees_their_own_verdict_at_once_while_readers_catch_up(replica, editor):
    claim = make_claim("Le barrage tient.")
    make_attribution(claim=claim)
    caught_up(replica)
    reader = Client()
    editor_client = Client()
    editor_client.force_login(editor)
    with replay_paused(replica):
        services.review_claim(claim=claim, status="disputed", rationale="Fissures visibles.", reviewer=editor)
        # The editor, logged in, reads the primary: the verdict is there at once.
        assert "Fissures visibles." in editor_client.get(claim.get_absolute_url()).content.decode()
        admin_page = editor_client.get(f"/admin/claims/claim/{claim.pk}/change/").content.decode()
        assert "Fissures visibles." in admin_page
        # An anonymous reader reads the replica, held back: not yet.
        assert "Fissures visibles." not in reader.get(claim.get_absolute_url()).content.decode()
    caught_up(replica)
    assert "Fissures visibles." in reader.get(claim.get_absolute_url()).content.decode()


def test_without_replicas_every_read_goes_to_the_primary(settings):
    settings.SELON_READ_REPLICAS = []
    token = reading_for_a_reader.set(True)
    try:
        assert ReplicaRouter().db_for_read(None) == "default"
    finally:
        reading_for_a_reader.reset(token)


def test_writes_always_go_to_the_primary(settings):
    settings.SELON_READ_REPLICAS = [ALIAS]
    token = reading_for_a_reader.set(True)
    try:
        assert ReplicaRouter().db_for_write(None) == "default"
        assert ReplicaRouter().db_for_read(None) == ALIAS
    finally:
        reading_for_a_reader.reset(token)
    assert ReplicaRouter().db_for_read(None) == "default"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("method", "path", "logged_in", "expected"),
    [
        ("GET", "/claims/", False, True),
        ("HEAD", "/claims/x/", False, True),
        ("GET", "/claims/", True, False),
        ("POST", "/claims/", False, False),
        ("GET", "/admin/login/", False, False),
    ],
)
def test_only_anonymous_reads_outside_the_admin_are_readers_requests(
    rf, editor, method, path, logged_in, expected
):
    from django.contrib.auth.models import AnonymousUser

    request = rf.generic(method, path)
    request.user = editor if logged_in else AnonymousUser()
    assert is_readers_request(request) is expected
