namespace Kompetens.Api.Domain;

/// <summary>A step of a workflow: the action, the states it may start from, and the state it leads to.</summary>
public sealed record Transition<TState>(string Action, TState[] From, TState To)
    where TState : struct, Enum;

/// <summary>
/// A workflow's life as a table: which step is allowed from which state and where it leads. The one way every
/// workflow checks a step; any other step is refused with <c>INVALID_TRANSITION</c>. docs/workflows.md shows
/// the same tables.
/// </summary>
public sealed class StateMachine<TState>(string what)
    where TState : struct, Enum
{
    private readonly List<Transition<TState>> steps = [];

    public IReadOnlyList<Transition<TState>> Steps => steps;

    /// <summary>Adds a step to the table.</summary>
    public Transition<TState> Allow(string action, TState[] from, TState to)
    {
        var step = new Transition<TState>(action, from, to);
        steps.Add(step);
        return step;
    }

    /// <summary>The state <paramref name="step"/> leads to from <paramref name="current"/>, or INVALID_TRANSITION.</summary>
    public TState Take(TState current, Transition<TState> step) =>
        steps.Contains(step) && step.From.Contains(current) ? step.To : throw new InvalidTransitionError(what, current.ToString(), step.Action);

    /// <summary>For a client that asks for a state: <paramref name="target"/>, when a step leads there from <paramref name="current"/>.</summary>
    public TState MoveTo(TState current, TState target) =>
        steps.Any(s => s.To.Equals(target) && s.From.Contains(current)) ? target : throw new InvalidTransitionError(what, current.ToString(), $"moved to {target}");
}
