using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Kompetens.Api.Tests.Infrastructure;

/// <summary>
/// Records the SQL statements EF Core sends to one test database while it is alive, from EF Core's diagnostic
/// events (the same ones its logging uses). Other test classes run in parallel on other databases and are ignored.
/// </summary>
public sealed class SqlCapture : IDisposable, IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
{
    private readonly string database;
    private readonly ConcurrentQueue<string> statements = new();
    private readonly List<IDisposable> subscriptions = [];

    public SqlCapture(string connectionString)
    {
        database = new Npgsql.NpgsqlConnectionStringBuilder(connectionString).Database!;
        subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
    }

    public IReadOnlyList<string> Statements => [.. statements];

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name)
        {
            lock (subscriptions)
            {
                subscriptions.Add(listener.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuted.Name && value.Value is CommandExecutedEventData executed
            && executed.Command.Connection?.Database == database)
        {
            statements.Enqueue(executed.Command.CommandText);
        }
    }

    public void OnCompleted() { }

    public void OnError(Exception error) { }

    public void Dispose()
    {
        lock (subscriptions)
        {
            subscriptions.ForEach(s => s.Dispose());
        }
    }
}
