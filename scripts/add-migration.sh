#!/usr/bin/env bash
# Adds a migration named $1 to both provider projects (STYLE.md: migrations per provider).
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/add-migration.sh MigrationName}
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" --project "src/Mutual.Data.$provider" --startup-project "src/Mutual.Data.$provider" \
    --context MutualDbContext --output-dir Migrations
done
