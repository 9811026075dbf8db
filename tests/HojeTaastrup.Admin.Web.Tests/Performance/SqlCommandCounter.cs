using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HojeTaastrup.Admin.Web.Tests.Performance;

// Counts the SQL commands EF Core runs against one database and keeps their text, from EF Core's
// diagnostic events (which arrive whatever the app's logging is set to). Other tests run in parallel on
// databases of their own, so commands are matched by the connection's database.
public sealed class SqlCommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly string _database;
    private readonly ConcurrentBag<IDisposable> _subscriptions = [];
    private readonly ConcurrentQueue<string> _texts = new();
    private int _commands;

    public SqlCommandCounter(string database)
    {
        _database = database;
        _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
    }

    public int Commands => Volatile.Read(ref _commands);

    public IReadOnlyList<string> Texts => [.. _texts];

    public void Reset()
    {
        Interlocked.Exchange(ref _commands, 0);
        _texts.Clear();
    }

    public void OnNext(DiagnosticListener value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Name == DbLoggerCategory.Name)
        {
            _subscriptions.Add(value.Subscribe(this));
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        switch (value.Value)
        {
            case CommandExecutedEventData executed when Ours(executed.Command.Connection?.ConnectionString):
                Interlocked.Increment(ref _commands);
                _texts.Enqueue(executed.Command.CommandText);
                break;
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        foreach (var subscription in _subscriptions)
        {
            subscription.Dispose();
        }
    }

    private bool Ours(string? connectionString) =>
        connectionString?.Contains(_database, StringComparison.OrdinalIgnoreCase) == true;
}
