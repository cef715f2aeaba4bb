#!/usr/bin/env bash
# A streaming read replica of the local PostgreSQL 15 primary, for the replica tests:
# cluster 15/replica on port 5433, made with pg_createcluster and pg_basebackup -R.
# Idempotent: allows replication connections on the primary (pg_hba.conf, then a reload), creates
# the replica when missing, rebuilds it when it no longer streams, starts it when stopped.
# Runs as root (it edits the primary's pg_hba.conf and runs commands as the postgres user).
set -euo pipefail

VERSION=15
PRIMARY_PORT=${PRIMARY_PORT:-5432}
REPLICA=replica
REPLICA_PORT=${REPLICA_PORT:-5433}
DATA=/var/lib/postgresql/$VERSION/$REPLICA
as_postgres() { runuser -u postgres -- "$@"; }
sql() { psql -h 127.0.0.1 -p "$1" -U postgres -XAtqc "$2"; }

# The primary: WAL detailed enough for a standby, and replication connections from this machine.
level=$(sql "$PRIMARY_PORT" "SHOW wal_level")
if [ "$level" = "minimal" ]; then
    sql "$PRIMARY_PORT" "ALTER SYSTEM SET wal_level = replica"
    pg_ctlcluster "$VERSION" main restart
fi
hba=$(sql "$PRIMARY_PORT" "SHOW hba_file")
changed=
for line in "local replication all trust" "host replication all 127.0.0.1/32 trust"; do
    if ! grep -qxF "$line" "$hba"; then
        echo "$line" >>"$hba"
        changed=1
    fi
done
if [ -n "$changed" ]; then
    sql "$PRIMARY_PORT" "SELECT pg_reload_conf()" >/dev/null
fi

streaming() {
    [ "$(sql "$REPLICA_PORT" "SELECT pg_is_in_recovery()" 2>/dev/null)" = "t" ] &&
        [ "$(sql "$REPLICA_PORT" "SELECT count(*) FROM pg_stat_wal_receiver WHERE status = 'streaming'" 2>/dev/null)" = "1" ]
}

wait_for_streaming() {
    for _ in $(seq 60); do
        streaming && return 0
        sleep 1
    done
    return 1
}

create() {
    echo "Creating the read replica $VERSION/$REPLICA on port $REPLICA_PORT from the primary (pg_basebackup)..."
    pg_dropcluster --stop "$VERSION" "$REPLICA" 2>/dev/null || true
    pg_createcluster "$VERSION" "$REPLICA" --port "$REPLICA_PORT" >/dev/null
    # The same access as the primary here: trust, from this machine only.
    printf '%s\n' "local all all trust" "host all all 127.0.0.1/32 trust" \
        >"/etc/postgresql/$VERSION/$REPLICA/pg_hba.conf"
    # A hot standby needs at least the primary's limits.
    conf=/etc/postgresql/$VERSION/$REPLICA/conf.d/90-replica.conf
    {
        echo "listen_addresses = '127.0.0.1'"
        echo "port = $REPLICA_PORT"
        echo "hot_standby = on"
        for setting in max_connections max_worker_processes max_wal_senders max_prepared_transactions max_locks_per_transaction; do
            echo "$setting = $(sql "$PRIMARY_PORT" "SHOW $setting")"
        done
    } >"$conf"
    rm -rf "${DATA:?}"/*
    as_postgres pg_basebackup -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -D "$DATA" -R -X stream --checkpoint=fast
    pg_ctlcluster "$VERSION" "$REPLICA" start
}

if ! pg_lsclusters -h | awk '{print $1"/"$2}' | grep -qx "$VERSION/$REPLICA"; then
    create
elif ! pg_isready -h 127.0.0.1 -p "$REPLICA_PORT" -q; then
    pg_ctlcluster "$VERSION" "$REPLICA" start || create
fi
if ! wait_for_streaming; then
    # Stopped too long: the primary no longer keeps the WAL it needs. Start again from a new copy.
    create
    wait_for_streaming
fi
echo "Read replica streaming on 127.0.0.1:$REPLICA_PORT"
