using Kompetens.Api.Domain;
using GraphQL;
using GraphQL.Types;

namespace Kompetens.Api.GraphQL.Mutations;

/// <summary>HotChocolate's <c>interface Error { message: String! }</c>, plus the stable code.</summary>
public sealed class ErrorInterfaceType : InterfaceGraphType<DomainError>
{
    public ErrorInterfaceType()
    {
        Name = "Error";
        Description = "A domain rule a mutation broke. Every error type implements this interface.";
        this.AllowAnonymous();
        Field(x => x.Message).Description("What went wrong, for a person.");
        Field(x => x.Code).Description("A stable code a client can branch on.");
    }
}

/// <summary>The object type of one kind of domain error, named after its class.</summary>
public class ErrorGraphType<TError> : ObjectGraphType<TError>
    where TError : DomainError
{
    public ErrorGraphType()
    {
        Name = typeof(TError).Name;
        Description = typeof(TError).GetCustomAttributes(typeof(System.ComponentModel.DescriptionAttribute), false)
            .OfType<System.ComponentModel.DescriptionAttribute>().Single().Description;
        this.AllowAnonymous();
        Interface<ErrorInterfaceType>();
        IsTypeOf = value => value is TError;
        Field(x => x.Message).Description("What went wrong, for a person.");
        Field(x => x.Code).Description("A stable code a client can branch on.");
    }
}

public sealed class NotFoundErrorType : ErrorGraphType<NotFoundError>
{
    public NotFoundErrorType() => Field(x => x.Id).Description("The id that was not found.");
}

public sealed class NotAllowedErrorType : ErrorGraphType<NotAllowedError>;

public sealed class InvalidTransitionErrorType : ErrorGraphType<InvalidTransitionError>
{
    public InvalidTransitionErrorType()
    {
        Field(x => x.From).Description("The state the record is in.");
        Field(x => x.Action).Description("The step that was refused.");
    }
}

public sealed class InvalidInputErrorType : ErrorGraphType<InvalidInputError>
{
    public InvalidInputErrorType() => Field(x => x.Field).Description("The input field that broke the rule.");
}

public sealed class ConcurrentChangeErrorType : ErrorGraphType<ConcurrentChangeError>;

public sealed class StrategyLinkRequiredErrorType : ErrorGraphType<StrategyLinkRequiredError>;

public sealed class BatchTooLargeErrorType : ErrorGraphType<BatchTooLargeError>
{
    public BatchTooLargeErrorType() => Field(x => x.Limit).Description("The most records one sync accepts.");
}
