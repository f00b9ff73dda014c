using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Kompetens.Tests.Shared;

/// <summary>An EF Core interceptor that records every SQL statement sent, so tests can count and read them.</summary>
public sealed class SqlLog : DbCommandInterceptor
{
    private readonly ConcurrentQueue<string> statements = new();

    public IReadOnlyList<string> Statements => [.. statements];

    public void Clear() => statements.Clear();

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        statements.Enqueue(command.CommandText);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        statements.Enqueue(command.CommandText);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        statements.Enqueue(command.CommandText);
        return ValueTask.FromResult(result);
    }
}
