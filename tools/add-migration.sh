#!/usr/bin/env bash
# Adds a migration named <Name> for ALL THREE database providers (docs/decisions/0004-three-migration-sets.md):
#   src/HojeTaastrup.Admin.Data/Migrations/Sqlite/      (SqliteAdminDbContext)
#   src/HojeTaastrup.Admin.Data/Migrations/PostgreSql/  (PostgresAdminDbContext)
#   src/HojeTaastrup.Admin.Data/Migrations/SqlServer/   (SqlServerAdminDbContext)
# with dotnet-ef from the local tool manifest (.config/dotnet-tools.json); the Data project is its own
# start-up project (design-time factories in Providers/DesignTimeFactories.cs).
# Usage: tools/add-migration.sh AddHearings
# To redo a migration you have not committed yet (`dotnet ef migrations remove` would need live
# database servers), discard it and run this script again:
#   git checkout -- src/HojeTaastrup.Admin.Data/Migrations && git clean -f src/HojeTaastrup.Admin.Data/Migrations
set -euo pipefail

if [[ $# -ne 1 || ! $1 =~ ^[A-Za-z][A-Za-z0-9_]*$ ]]; then
  echo "usage: $0 <MigrationName>   (a C# identifier, e.g. AddHearings)" >&2
  exit 2
fi
name=$1
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

data=src/HojeTaastrup.Admin.Data

dotnet tool restore >/dev/null
dotnet build "$data" --nologo -v quiet

add() {
  local context=$1 folder=$2
  dotnet tool run dotnet-ef migrations add "$name" \
    --project "$data" --startup-project "$data" --no-build \
    --context "$context" \
    --output-dir "Migrations/$folder"
}

add SqliteAdminDbContext Sqlite
add PostgresAdminDbContext PostgreSql
add SqlServerAdminDbContext SqlServer

echo "Added migration '$name' for SQLite, PostgreSQL and SQL Server. Review all three, then run the persistence tests:"
echo "  dotnet test tests/HojeTaastrup.Admin.Web.Tests --filter FullyQualifiedName~Persistence"
