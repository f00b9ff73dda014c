using System.ComponentModel;

namespace Kompetens.Api.Domain;

/// <summary>
/// A rule of the city's workflows that a mutation broke. Thrown by a mutation, returned to the client as a typed
/// member of the mutation's error union (never as a top-level GraphQL error), with a stable <see cref="Code"/>.
/// </summary>
public abstract class DomainError(string message, string code) : Exception(message)
{
    public string Code { get; } = code;
}

[Description("The record does not exist, or the caller may not see it.")]
public sealed class NotFoundError(string what, string id) : DomainError($"No {what} with id '{id}' that you may see.", "NOT_FOUND")
{
    public string Id { get; } = id;
}

[Description("The caller may not do this to this record, for example approve a plan of someone they do not manage.")]
public sealed class NotAllowedError(string message) : DomainError(message, "NOT_ALLOWED");

[Description("The record is not in a state that allows this step of its workflow.")]
public sealed class InvalidTransitionError(string what, string from, string action) : DomainError($"A {what} that is {from} cannot be {action}.", "INVALID_TRANSITION")
{
    public string From { get; } = from;

    public string Action { get; } = action;
}

[Description("A value of the input breaks a rule.")]
public sealed class InvalidInputError(string field, string message) : DomainError(message, "INVALID_INPUT")
{
    public string Field { get; } = field;
}

[Description("Someone else changed the record since the caller read it; read it again and retry.")]
public sealed class ConcurrentChangeError(string what) : DomainError($"The {what} was changed by someone else meanwhile. Read it again and retry.", "CONCURRENT_CHANGE");

[Description("A development plan must support at least one goal of the city's service strategy before it can be agreed.")]
public sealed class StrategyLinkRequiredError() : DomainError("The plan must be linked to at least one service-strategy goal before it can be agreed.", "STRATEGY_LINK_REQUIRED");

[Description("The employee already holds an open enrolment (requested, approved, waitlisted, attended or completed) in the event; one person, one place.")]
public sealed class AlreadyEnrolledError(string? enrolmentId) : DomainError("The employee already holds an open enrolment in this event.", "ALREADY_ENROLLED")
{
    /// <summary>The global id of the open enrolment the employee already holds.</summary>
    public string? EnrolmentId { get; } = enrolmentId;
}

[Description("The employee is already a current member of the team; one person, one membership.")]
public sealed class AlreadyMemberError(string? membershipId) : DomainError("The employee is already a current member of this team.", "ALREADY_MEMBER")
{
    /// <summary>The global id of the current membership the employee already holds.</summary>
    public string? MembershipId { get; } = membershipId;
}

[Description("A payroll batch holds more records than one sync accepts; split it into batches within the limit.")]
public sealed class BatchTooLargeError(int received, int limit) : DomainError($"The batch holds {received} records; one sync accepts at most {limit}. Split it into several batches (DELTA), or raise the limit with the API's operators.", "BATCH_TOO_LARGE")
{
    public int Limit { get; } = limit;
}
