#!/usr/bin/env bash
# Regenerates the initial migration of both providers from the current model (pre-release: one migration each).
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf src/EduCycle.Web/Data/Migrations src/EduCycle.Web/EduCycle
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add Initial --project src/EduCycle.Web --context ${provider}EduCycleDbContext --output-dir Data/Migrations/$provider
done
