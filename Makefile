# Selon's two commands: `make run` (the site on SQLite with the seed data) and
# `make test` (the whole suite on SQLite, then on PostgreSQL). `make serve` is production.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# The PostgreSQL pass of `make test`; its database `selon` is created when missing.
PG_URL ?= postgres://postgres@127.0.0.1:5432/selon
FIXTURES = $(wildcard fixtures/*.json)

.PHONY: run serve test install lint fixtures-load reset-db bench bench-distributions replica

$(VENV)/.installed: pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e '.[dev,bench]'
	touch $@

install: $(VENV)/.installed

run: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py create_demo_accounts
	$(PY) manage.py load_seed_data
	@echo "Selon: http://127.0.0.1:8000/  (admin: http://127.0.0.1:8000/admin/)"
	$(PY) manage.py runserver 127.0.0.1:8000

# Production: settings from the environment (see README, "Deploying"), debug off unless said otherwise.
# Checks the deployment settings, collects the static files (compressed, hashed names), applies
# migrations when SELON_MIGRATE=true (once per release, from one server), then runs gunicorn with
# WEB_CONCURRENCY workers (default 2) on SELON_BIND (default 127.0.0.1:8000).
serve: export DJANGO_DEBUG ?= false
serve: install
	$(PY) manage.py check --deploy --fail-level WARNING
	$(PY) manage.py collectstatic --noinput --verbosity 0
	@if [ "$$SELON_MIGRATE" = "true" ]; then $(PY) manage.py migrate --noinput; fi
	exec $(VENV)/bin/gunicorn config.wsgi --bind "$${SELON_BIND:-127.0.0.1:8000}" \
		--workers "$${WEB_CONCURRENCY:-2}" --access-logfile - --forwarded-allow-ips "$${FORWARDED_ALLOW_IPS:-127.0.0.1}"

# The read replica the replica tests use: PostgreSQL 15 cluster `replica` on port 5433, streaming
# from the primary on 5432 (run as root; see scripts/start_replica.sh).
replica:
	scripts/start_replica.sh

test: install
	@echo "== SQLite =="
	$(PY) -m pytest $(PYTEST_ARGS)
	@echo "== PostgreSQL ($(PG_URL)) =="
	@if $(PY) scripts/ensure_postgres.py "$(PG_URL)"; then \
		DATABASE_URL="$(PG_URL)" $(PY) -m pytest $(PYTEST_ARGS); \
	elif [ "$$CI" = "true" ]; then \
		echo "PostgreSQL is required under CI=true but is unreachable at $(PG_URL)" >&2; exit 1; \
	else \
		echo "PostgreSQL unreachable at $(PG_URL): PostgreSQL pass skipped"; \
	fi

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

# Throw the local SQLite database away and start again from the fixtures.
reset-db: install
	rm -f db.sqlite3
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_seed_data --no-demo

# Time the admin and the claim pages at 10k, 100k and 1M claims on PostgreSQL (scratch databases
# selon_bench_<N>, kept between runs); writes docs/benchmarks.md. BENCH_ARGS="--scales 10000 --skip-load".
bench: install
	DJANGO_SETTINGS_MODULE=bench.settings $(PY) manage.py bench $(BENCH_ARGS)

# Latency over 100 random values of each filter, by size decile, and uncached throughput with wrk
# (Debian package `wrk`; skipped with a message when absent) on the corpus at BENCH_DATABASE_URL.
BENCH_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/selon_bench_1000000
bench-distributions: install
	DATABASE_URL=$(BENCH_DATABASE_URL) $(PY) -m bench bench_distributions --output docs/benchmarks.md $(BENCH_ARGS)
