#!/bin/sh
# Run by the postgres image once, when it creates the database: the role the app connects as.
# It owns nothing; the app grants it its rights after each migration (see deploy/README.md).
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
    -v app_role="$APP_DATABASE_USER" -v app_password="$APP_DATABASE_PASSWORD" <<'SQL'
create role :"app_role" login password :'app_password';
SQL
