#!/usr/bin/env bash
# Creates one database per AlloyGAN service, owned by the application user (POSTGRES_USER). Run by the
# postgres image from /docker-entrypoint-initdb.d on the first start of an empty data volume. Safe to run
# again by hand against any server (existing databases are left alone), connecting as PGUSER (default:
# the application user) with the usual PGHOST/PGPORT/PGPASSWORD:
#   PGHOST=db.example PGUSER=postgres POSTGRES_USER=alloygan bash deploy/postgres/init-databases.sh
set -euo pipefail

owner="${POSTGRES_USER:?POSTGRES_USER must name the application user}"
admin="${PGUSER:-$owner}"
databases="${ALLOYGAN_DATABASES:-alloygan_mining alloygan_descriptor alloygan_gan alloygan_feedback alloygan_gateway}"

for db in $databases; do
  if [[ ! "$db" =~ ^[a-z_][a-z0-9_]*$ ]]; then
    echo "init-databases: '$db' is not a plain lower-case database name" >&2
    exit 1
  fi
  exists="$(psql -v ON_ERROR_STOP=1 --username "$admin" --dbname postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = '$db'")"
  if [ "$exists" = "1" ]; then
    echo "init-databases: $db exists"
  else
    psql -v ON_ERROR_STOP=1 --username "$admin" --dbname postgres -c "CREATE DATABASE \"$db\" OWNER \"$owner\""
    echo "init-databases: created $db"
  fi
done
