#!/usr/bin/env bash
# Writes the idempotent SQL Server migration script (safe to run on a database at any earlier migration)
# to docs/sql/sqlserver-migrations.sql. A DBA can apply it instead of letting the portal migrate at start-up.
# A test fails when this file is out of date with the migrations.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
mkdir -p docs/sql
project=src/AntiTrafik.Migrations.SqlServer
dotnet ef migrations script --idempotent --project "$project" --startup-project "$project" --output docs/sql/sqlserver-migrations.sql
