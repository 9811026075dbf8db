// This project only hosts `dotnet ef` at design time; run tools/add-migration.sh <Name> instead.
Console.WriteLine("Design-time host for dotnet ef. Use tools/add-migration.sh <MigrationName>.");
