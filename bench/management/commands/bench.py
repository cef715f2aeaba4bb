"""Measure the admin and the public pages at newsroom scale, beside the Django defaults they replace.

Each scale runs in its own process against its own scratch PostgreSQL database
(`selon_bench_<N>`, created, migrated and filled when needed, kept between runs) because
settings, and so the database, are fixed per process. The results come back as JSON and
are written to docs/benchmarks.md. Never point it at a newsroom's database.
"""

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import dj_database_url
import psycopg
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from psycopg import sql

from bench import report, scenarios

DEFAULT_SERVER = "postgres://postgres@127.0.0.1:5432/selon"
DATABASE_PREFIX = "selon_bench_"


def scale_url(server_url, prefix, scale):
    base = server_url.rsplit("/", 1)[0]
    return f"{base}/{prefix}{scale}"


def ensure_database(url):
    """Create the database named in `url` when it is missing."""
    config = dj_database_url.parse(url)
    name = config["NAME"]
    params = {"host": config["HOST"] or "127.0.0.1", "port": config["PORT"] or 5432, "dbname": "postgres"}
    if config["USER"]:
        params["user"] = config["USER"]
    if config["PASSWORD"]:
        params["password"] = config["PASSWORD"]
    with psycopg.connect(**params, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
            return True
    return False


class Command(BaseCommand):
    help = "Time the admin and the claim pages at 10k, 100k and 1M claims; writes docs/benchmarks.md."

    def add_arguments(self, parser):
        parser.add_argument("--scales", default="10000,100000,1000000", help="Comma-separated claim counts.")
        parser.add_argument("--repeat", type=int, default=20, help="Timed requests per page.")
        parser.add_argument("--load-seconds", type=float, default=15.0, help="Length of each throughput run.")
        parser.add_argument("--output", default="docs/benchmarks.md")
        parser.add_argument(
            "--skip-load", action="store_true", help="Leave out the gunicorn throughput runs."
        )
        parser.add_argument("--seed", type=int, default=0)
        parser.add_argument(
            "--database-url",
            help=f"The PostgreSQL server to create the scratch databases on (default {DEFAULT_SERVER}).",
        )
        parser.add_argument(
            "--database-prefix", default=DATABASE_PREFIX, help="Scratch databases are named <prefix><N>."
        )
        parser.add_argument(
            "--here",
            action="store_true",
            help="Measure the configured database in this process (one scale; an empty one is filled).",
        )
        # Internal: one scale, in the process the parent started with its DATABASE_URL.
        parser.add_argument("--measure-into", help="(internal) write this scale's JSON results to this file")

    def handle(self, *args, **options):
        try:
            scales = [int(value) for value in options["scales"].split(",") if value.strip()]
        except ValueError as error:
            raise CommandError(f"--scales takes claim counts separated by commas: {error}") from None
        if not scales or min(scales) < 1:
            raise CommandError("--scales needs at least one claim count of 1 or more.")
        if options["repeat"] < 1:
            raise CommandError("--repeat must be at least 1.")
        if options["measure_into"]:
            data = self.measure_scale(scales[0], scratch=True, **options)
            Path(options["measure_into"]).write_text(json.dumps(data))
            return
        if options["here"]:
            if len(scales) != 1:
                raise CommandError("--here measures one scale: the configured database holds one corpus.")
            results = [(scales[0], self.measure_scale(scales[0], scratch=False, **options))]
        else:
            results = [(scale, self.run_scale(scale, options)) for scale in scales]
        output = Path(options["output"])
        previous = output.read_text() if output.exists() else ""
        document = report.render(
            results, report.machine_facts(), repeat=options["repeat"], analysis=report.kept_analysis(previous)
        )
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(document)
        self.stdout.write(document)
        self.stdout.write(f"Written to {output}.")

    def say(self, line):
        self.stdout.write(line)
        self.stdout.flush()

    def measure_scale(self, scale, *, scratch, seed, repeat, load_seconds, skip_load, **options):
        self.say(f"== {scale} claims ==")
        generated = scenarios.prepare_corpus(scale, seed=seed, scratch=scratch, say=self.say)
        database_url = None if options["here"] else _own_database_url()
        data = scenarios.measure(
            repeat=repeat,
            load_seconds=load_seconds,
            skip_load=skip_load or database_url is None,
            database_url=database_url,
            say=self.say,
        )
        data["generated_seconds"] = generated
        return data

    def run_scale(self, scale, options):
        server = options["database_url"] or DEFAULT_SERVER
        if not server.startswith(("postgres://", "postgresql://")):
            raise CommandError(f"The benchmark runs on PostgreSQL; --database-url is {server!r}.")
        url = scale_url(server, options["database_prefix"], scale)
        try:
            if ensure_database(url):
                self.say(f"created database {url.rsplit('/', 1)[1]}")
        except psycopg.Error as error:
            raise CommandError(f"PostgreSQL is unreachable at {server}: {error}") from None
        manage = [sys.executable, str(Path(settings.BASE_DIR) / "manage.py")]
        env = {**os.environ, "DATABASE_URL": url}
        subprocess.run([*manage, "migrate", "--noinput", "-v", "0"], env=env, check=True)
        with tempfile.NamedTemporaryFile(suffix=".json") as results:
            command = [
                *manage,
                "bench",
                "--scales",
                str(scale),
                "--repeat",
                str(options["repeat"]),
                "--load-seconds",
                str(options["load_seconds"]),
                "--seed",
                str(options["seed"]),
                "--measure-into",
                results.name,
            ]
            if options["skip_load"]:
                command.append("--skip-load")
            completed = subprocess.run(command, env=env)
            if completed.returncode:
                raise CommandError(f"The {scale}-claim run failed (exit status {completed.returncode}).")
            return json.loads(Path(results.name).read_text())


def _own_database_url():
    """This process's DATABASE_URL, for gunicorn to serve the same database; None on SQLite."""
    url = os.environ.get("DATABASE_URL", "")
    return url if url.startswith(("postgres://", "postgresql://")) else None
