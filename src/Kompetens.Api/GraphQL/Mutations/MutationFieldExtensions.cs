using GraphQL;
using GraphQL.Types;
using Kompetens.Api.Data;
using Kompetens.Api.Domain;
using Kompetens.Api.Security;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Kompetens.Api.GraphQL.Mutations;

/// <summary>
/// The one way to add a mutation, by HotChocolate's mutation conventions:
/// <c>verbNoun(input: VerbNounInput!): VerbNounPayload!</c>, where the payload carries the result and
/// <c>errors: [VerbNounError!]</c>, a union of the domain errors the mutation can return.
/// </summary>
public static class MutationFieldExtensions
{
    /// <summary>Errors every mutation can return.</summary>
    private static readonly Type[] CommonErrors = [typeof(NotFoundErrorType), typeof(NotAllowedErrorType), typeof(InvalidInputErrorType), typeof(ConcurrentChangeErrorType)];

    public static void Mutation<TInput, TResultType>(
        this ObjectGraphType mutation,
        string name,
        string resultField,
        string description,
        string policy,
        Func<MutationContext<TInput>, Task<object>> handle,
        params Type[] errors)
        where TResultType : IGraphType
        => mutation.Mutation(name, description, policy, handle,
            payload => payload.Field<TResultType>(resultField).Description("The result; null when the mutation returned errors.").Resolve(c => c.Source.Result),
            errors);

    /// <summary>A mutation whose payload has fields of its own besides <c>errors</c>, declared by <paramref name="result"/> from the handler's result.</summary>
    public static void Mutation<TInput>(
        this ObjectGraphType mutation,
        string name,
        string description,
        string policy,
        Func<MutationContext<TInput>, Task<object>> handle,
        Action<ObjectGraphType<MutationPayload>> result,
        params Type[] errors)
    {
        var prefix = char.ToUpperInvariant(name[0]) + name[1..];

        // HotChocolate's convention, which clients rely on (`$input: AgreeDevelopmentPlanInput!`): one input type per
        // mutation, named after it. Checked when the schema is built, so a shared input cannot come back.
        if (typeof(TInput).Name != prefix + "Input")
        {
            throw new InvalidOperationException($"The mutation {name} must take its own input type {prefix}Input, not {typeof(TInput).Name}.");
        }

        var union = new UnionGraphType { Name = prefix + "Error", Description = $"The domain errors `{name}` can return." };
        foreach (var error in CommonErrors.Concat(errors).Distinct())
        {
            union.Type(error);
        }

        union.AllowAnonymous();
        var payload = new ObjectGraphType<MutationPayload> { Name = prefix + "Payload", Description = $"The outcome of `{name}`: the result, or the errors that stopped it." };
        payload.AllowAnonymous();
        result(payload);
        payload.Field("errors", new ListGraphType(new NonNullGraphType(union))).Description("Why the mutation did nothing; null when it succeeded.").Resolve(c => c.Source.Errors);

        mutation.Field(name, new NonNullGraphType(payload))
            .Description(description)
            .Argument<NonNullGraphType<AutoRegisteringInputObjectGraphType<TInput>>>("input", "What to do.")
            .AuthorizeWithPolicy(policy)
            .ResolveAsync(async context =>
            {
                var services = context.RequestServices!;
                var caller = await services.GetRequiredService<CallerAccessor>().GetAsync(context.CancellationToken);
                await using var db = await services.GetRequiredService<KompetensContexts>().OpenForChangesAsync(caller.RowAccess, caller.Actor, name, context.CancellationToken);
                try
                {
                    var clock = services.GetRequiredService<TimeProvider>();
                    var result = await handle(new MutationContext<TInput>(context.GetArgument<TInput>("input"), caller, db, clock, services, context.CancellationToken));
                    return new MutationPayload(result, null);
                }
                catch (DomainError error)
                {
                    return new MutationPayload(null, [error]);
                }
                catch (DbUpdateConcurrencyException)
                {
                    return new MutationPayload(null, [new ConcurrentChangeError("record")]);
                }
                catch (DbUpdateException error) when (error.InnerException is PostgresException { SqlState: PostgresErrorCodes.ForeignKeyViolation or PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.CheckViolation
                    or PostgresErrorCodes.StringDataRightTruncation or PostgresErrorCodes.NumericValueOutOfRange } database)
                {
                    // The database's own constraints are the last line: an id that names nothing, a duplicate, a value out of range.
                    return new MutationPayload(null, [new InvalidInputError(database.ColumnName ?? database.ConstraintName ?? "input", database.SqlState switch
                    {
                        PostgresErrorCodes.ForeignKeyViolation => "The input refers to a record that does not exist.",
                        PostgresErrorCodes.UniqueViolation => "The input would duplicate an existing record.",
                        PostgresErrorCodes.StringDataRightTruncation => "A text of the input is too long.",
                        _ => "A value of the input is out of range.",
                    })]);
                }
            });
    }
}

/// <summary>What a mutation works with: the input, the caller, a context that audits changes for the caller, and the one clock.</summary>
public sealed record MutationContext<TInput>(TInput Input, Caller Caller, KompetensDbContext Db, TimeProvider Clock, IServiceProvider Services, CancellationToken CancellationToken)
{
    /// <summary>Now, from the service's clock (the one the timestamps and the audit log use).</summary>
    public DateTimeOffset Now => Clock.GetUtcNow();

    /// <summary>Today's date in UTC.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);
}

public sealed record MutationPayload(object? Result, IReadOnlyList<DomainError>? Errors);
