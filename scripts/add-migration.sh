#!/usr/bin/env bash
# Adds a migration with the same name to both provider sets, then refreshes the SQL Server script.
# Usage: scripts/add-migration.sh NAME
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/add-migration.sh NAME}
dotnet tool restore >/dev/null
for provider in Sqlite SqlServer; do
  project=src/AntiTrafik.Migrations.$provider
  dotnet ef migrations add "$name" --project "$project" --startup-project "$project" --output-dir Migrations
done
scripts/sqlserver-script.sh
