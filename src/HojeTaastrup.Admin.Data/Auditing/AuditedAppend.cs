using System.Buffers;
using System.Data.Common;
using System.Text;
using System.Text.Json;
using HojeTaastrup.Admin.Data.Concurrency;
using HojeTaastrup.Admin.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace HojeTaastrup.Admin.Data.Auditing;

// Many new rows of one append-only audited entity (a finance file's 10,000 realisation entries) and their Created
// audit records, written with one INSERT per table reused row by row on the context's connection and transaction,
// instead of through the change tracker (EF Core spent about 4 s on 20,000 tracked inserts). Everything the SQL
// needs comes from EF Core's model: table and column names, identifier quoting and parameter names from the
// provider's ISqlGenerationHelper, and each value through its property's relational type mapping (value converter
// and parameter set-up, as EF would bind it), so the same code writes SQLite, PostgreSQL and SQL Server. The rows
// are the ones SaveChanges would write (AuditedAppendTests compare them column by column). Decision 0009.
internal static class AuditedAppend
{
    public const string NoTransactionMessage = "AppendAuditedAsync skriver kun i en transaktion, som kalderen åbner og bekræfter.";

    public static async Task<int> WriteAsync<TEntity>(
        AdminDbContext db, IEnumerable<TEntity> entities, IAuditActor actor, DateTimeOffset atUtc, CancellationToken cancellationToken)
        where TEntity : class, IAudited
    {
        ArgumentNullException.ThrowIfNull(entities);
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException(NoTransactionMessage);
        var entityType = PlainEntityType(db.Model, typeof(TEntity));
        var fields = AuditRecorder.CreatedFields(entityType).Select(p => (Name: p.Name, Getter: p.GetGetter())).ToList();
        var kind = AuditEntry.KindOf<TEntity>();

        await using var rows = InsertCommand.Create(db, entityType, transaction);
        await using var audits = InsertCommand.Create(db, PlainEntityType(db.Model, typeof(AuditEntry)), transaction);
        var buffer = new ArrayBufferWriter<byte>(1024);
        await using var json = new Utf8JsonWriter(buffer);
        var count = 0;
        try
        {
            foreach (var entity in entities)
            {
                await rows.ExecuteAsync(entity, cancellationToken);

                buffer.ResetWrittenCount();
                json.Reset();
                json.WriteStartObject();
                foreach (var (name, getter) in fields)
                {
                    if (getter.GetClrValue(entity) is { } value)
                    {
                        AuditJson.WriteCreated(json, name, value);
                    }
                }

                json.WriteEndObject();
                await json.FlushAsync(cancellationToken);
                var key = AuditRecorder.KeyOf(entityType, p => p.GetGetter().GetClrValue(entity));
                var audit = AuditEntry.Create(atUtc, actor, kind, key, AuditAction.Created, Encoding.UTF8.GetString(buffer.WrittenSpan));
                await audits.ExecuteAsync(audit, cancellationToken);
                count++;
            }
        }
        catch (DbException ex)
        {
            // As SaveChanges reports it: a unique index that refused a row is someone else's save (a 409).
            var failure = new DbUpdateException("An error occurred while saving the entity changes. See the inner exception for details.", ex);
            throw UniqueViolation.Is(failure) ? new DbUpdateConcurrencyException(UniqueViolation.Message, failure) : failure;
        }

        return count;
    }

    // One table, no inheritance, no owned or complex parts, no shadow properties: every column is a property of the
    // CLR object, and one row is one INSERT. Anything else is refused rather than half written.
    private static IEntityType PlainEntityType(IModel model, Type clrType)
    {
        var entityType = model.FindEntityType(clrType) ?? throw new InvalidOperationException($"{clrType.Name} er ikke en del af modellen.");
        if (entityType.BaseType is not null
            || entityType.GetDirectlyDerivedTypes().Any()
            || entityType.IsOwned()
            || entityType.GetNavigations().Any(n => n.TargetEntityType.IsOwned())
            || entityType.GetComplexProperties().Any()
            || entityType.GetProperties().Any(p => p.IsShadowProperty())
            || entityType.GetTableName() is null)
        {
            throw new NotSupportedException($"{clrType.Name} kan ikke skrives som én række pr. objekt.");
        }

        return entityType;
    }

    // INSERT INTO <table> (<columns>) VALUES (<parameters>), one per table, executed once per row. A column the
    // database generates (the audit record's Id) is left out, as EF leaves it out.
    internal sealed class InsertCommand : IAsyncDisposable
    {
        private readonly DbCommand _command;
        private readonly Column[] _columns;

        private InsertCommand(DbCommand command, Column[] columns)
        {
            _command = command;
            _columns = columns;
        }

        public string CommandText => _command.CommandText;

        public static InsertCommand Create(DbContext db, IEntityType entityType, DbTransaction? transaction)
        {
            var sql = db.GetService<ISqlGenerationHelper>();
            var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
            var columns = new List<Column>();
            foreach (var property in entityType.GetProperties())
            {
                if (property.ValueGenerated != ValueGenerated.Never)
                {
                    if (!(property.IsPrimaryKey() && property.ValueGenerated == ValueGenerated.OnAdd))
                    {
                        throw new NotSupportedException($"{entityType.ClrType.Name}.{property.Name} får sin værdi på en måde, der ikke kan skrives direkte.");
                    }

                    continue;
                }

                var name = "p" + columns.Count;
                columns.Add(new Column(
                    property.GetColumnName(table)!,
                    sql.GenerateParameterName(name),
                    sql.GenerateParameterNamePlaceholder(name),
                    property.GetRelationalTypeMapping(),
                    property.IsNullable,
                    property.GetGetter()));
            }

            var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = transaction;
            if (db.Database.GetCommandTimeout() is { } timeout)
            {
                command.CommandTimeout = timeout;
            }

            command.CommandText = new StringBuilder("INSERT INTO ")
                .Append(sql.DelimitIdentifier(table.Name, table.Schema))
                .Append(" (").AppendJoin(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))
                .Append(") VALUES (").AppendJoin(", ", columns.Select(c => c.Placeholder))
                .Append(')').Append(sql.StatementTerminator)
                .ToString();
            foreach (var column in columns)
            {
                command.Parameters.Add(column.Mapping.CreateParameter(command, column.ParameterName, null, column.Nullable));
            }

            return new InsertCommand(command, [.. columns]);
        }

        public async Task ExecuteAsync(object entity, CancellationToken cancellationToken)
        {
            // Each value through its type mapping's CreateParameter, as EF binds it: the value converter (Money to
            // kroner, an instant to UTC ticks on SQLite, an enum to its name) and the provider's parameter set-up,
            // some of which depends on the value (SQL Server sizes a string parameter by its length).
            for (var i = 0; i < _columns.Length; i++)
            {
                var column = _columns[i];
                _command.Parameters[i] = column.Mapping.CreateParameter(_command, column.ParameterName, column.Getter.GetClrValue(entity), column.Nullable);
            }

            var written = await _command.ExecuteNonQueryAsync(cancellationToken);
            if (written != 1)
            {
                throw new DbUpdateException($"INSERT skrev {written} rækker, ikke 1.");
            }
        }

        public ValueTask DisposeAsync() => _command.DisposeAsync();

        private sealed record Column(string Name, string ParameterName, string Placeholder, RelationalTypeMapping Mapping, bool Nullable, IClrPropertyGetter Getter);
    }
}
