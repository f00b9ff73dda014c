using System.Linq.Expressions;
using System.Reflection;
using Kompetens.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace Kompetens.Api.Security;

/// <summary>A person who owns rows (their assessments, plans, enrolments): the person, their managers and HR see them.</summary>
public interface IPerson
{
    Guid Id { get; }
}

/// <summary>
/// Who may see each row, declared once per entity by the feature that owns it, and turned here into the SQL
/// filter that EF Core applies to every query, navigation, count and <c>EXISTS</c>. Every entity of the model must
/// have a declaration: <see cref="Apply"/> refuses a model with an entity nobody declared, naming it.
/// </summary>
public sealed class RowRules(KompetensDbContext db)
{
    private static readonly MethodInfo SetOf = typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!;
    private static readonly MethodInfo ListContains = typeof(List<Guid>).GetMethod(nameof(List<>.Contains))!;

    private readonly Dictionary<Type, LambdaExpression> managedBy = [];
    private readonly Dictionary<Type, (string Owner, Func<LambdaExpression?> Filter)> rules = [];

    /// <summary>The model annotation that records each entity's declared owner (read by tests and docs/security.md).</summary>
    public const string OwnerAnnotation = "Kompetens:RowOwner";

    /// <summary>
    /// The people themselves: master data HR and payroll read in full, an employee reads their own, and a manager
    /// the people <paramref name="managed"/> says are theirs (given the caller's <see cref="RowAccess"/>).
    /// </summary>
    public void People<TPerson>(Expression<Func<TPerson, RowAccess, bool>> managed)
        where TPerson : class, IPerson
    {
        managedBy[typeof(TPerson)] = managed;
        Declare<TPerson>("a person: HR, payroll, the person, the managers of the person's units", () =>
        {
            var person = Expression.Parameter(typeof(TPerson), "person");
            return Expression.Lambda<Func<TPerson, bool>>(PersonRule(person, access => Expression.Property(access, nameof(RowAccess.AllPeople))), person);
        });
    }

    /// <summary>Personal data of the person <paramref name="owner"/> reaches: HR, the person, the managers of the person's units.</summary>
    public void OwnedBy<T>(Expression<Func<T, IPerson>> owner)
        where T : class
        => Declare<T>("personal data of a person: HR, the person, the managers of the person's units", () =>
        {
            var row = owner.Parameters[0];
            var person = owner.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : owner.Body;
            return Expression.Lambda<Func<T, bool>>(PersonRule(person, access => Expression.Property(access, nameof(RowAccess.AllPersonalData))), row);
        });

    /// <summary>
    /// Personal data of the person <paramref name="personId"/> names that others also take part in: HR, the person,
    /// the managers of the person's units, and whoever <paramref name="alsoVisible"/> admits (the managers of a
    /// rotation's receiving unit, the members of a shared team). The person is reached by id through an
    /// <c>EXISTS</c>, never through the row's required navigation: EF Core joins a required navigation with the
    /// person's own filter, which would hide the row from exactly those others.
    /// </summary>
    public void SharedBy<T, TPerson>(Expression<Func<T, Guid>> personId, string alsoWho, Expression<Func<T, RowAccess, bool>> alsoVisible)
        where T : class
        where TPerson : class, IPerson
        => Declare<T>($"personal data of a person: HR, the person, the managers of the person's units, {alsoWho}", () =>
        {
            var row = personId.Parameters[0];
            var access = Access;
            var person = Expression.Parameter(typeof(TPerson), "owner");
            var managed = managedBy.TryGetValue(typeof(TPerson), out var rule)
                ? rule
                : throw new InvalidOperationException($"{typeof(TPerson).Name} owns rows but is not declared with rows.People.");
            var isOwner = Expression.Lambda<Func<TPerson, bool>>(Expression.AndAlso(
                Expression.Equal(Expression.Property(person, nameof(IPerson.Id)), personId.Body),
                ReplacingExpressionVisitor.Replace(managed.Parameters[0], person, ReplacingExpressionVisitor.Replace(managed.Parameters[1], access, managed.Body))), person);
            var people = Expression.Call(Expression.Constant(db), SetOf.MakeGenericMethod(typeof(TPerson)));
            var managedOwner = Expression.Call(typeof(Queryable), nameof(Queryable.Any), [typeof(TPerson)], people, Expression.Quote(isOwner));
            var visible = Expression.OrElse(Expression.Property(access, nameof(RowAccess.AllPersonalData)), Expression.OrElse(
                Expression.Equal(personId.Body, Expression.Property(access, nameof(RowAccess.Self))), Expression.OrElse(managedOwner,
                    ReplacingExpressionVisitor.Replace(alsoVisible.Parameters[0], row, ReplacingExpressionVisitor.Replace(alsoVisible.Parameters[1], access, alsoVisible.Body)))));
            return Expression.Lambda<Func<T, bool>>(visible, row);
        });

    /// <summary>
    /// A person's master data that sits in a unit (an employment): HR and payroll, the person, and the managers of
    /// the row's own unit — a manager sees a person's post in their unit, not the person's posts elsewhere.
    /// </summary>
    public void PostsOf<T>(Expression<Func<T, Guid>> person, Expression<Func<T, Guid>> unit)
        where T : class
        => Declare<T>("a person's post in a unit: HR, payroll, the person, the managers of the post's unit", () =>
        {
            var row = person.Parameters[0];
            var access = Access;
            var rule = Expression.OrElse(Expression.Property(access, nameof(RowAccess.AllPeople)), Expression.OrElse(
                Expression.Equal(person.Body, Expression.Property(access, nameof(RowAccess.Self))),
                Expression.Call(Expression.Property(access, nameof(RowAccess.ManagedUnits)), ListContains, ReplacingExpressionVisitor.Replace(unit.Parameters[0], row, unit.Body))));
            return Expression.Lambda<Func<T, bool>>(rule, row);
        });

    /// <summary>A view of people for those who work with them (colleagues): HR and payroll, the person, their managers, and <paramref name="visible"/>.</summary>
    public void Colleagues<T>(Expression<Func<T, Guid>> person, Expression<Func<T, Guid>> unit)
        where T : class
        => Declare<T>("a colleague card: HR, payroll, the person, the managers of the person's unit, and the caller's colleagues", () =>
        {
            var row = person.Parameters[0];
            var access = Access;
            var rule = Expression.OrElse(Expression.Property(access, nameof(RowAccess.AllPeople)), Expression.OrElse(
                Expression.Equal(person.Body, Expression.Property(access, nameof(RowAccess.Self))), Expression.OrElse(
                Expression.Call(Expression.Property(access, nameof(RowAccess.ManagedUnits)), ListContains, ReplacingExpressionVisitor.Replace(unit.Parameters[0], row, unit.Body)),
                Expression.Call(Expression.Property(access, nameof(RowAccess.Colleagues)), ListContains, person.Body))));
            return Expression.Lambda<Func<T, bool>>(rule, row);
        });

    /// <summary>
    /// A unit's own record that names no person (a quality-work result): HR and BI all; the unit's staff (who work in
    /// it or in a unit below it) and the managers of the unit and of the units above it.
    /// </summary>
    public void UnitRecords<T>(Expression<Func<T, Guid>> unit)
        where T : class
        => Declare<T>("a unit's own record: HR, BI, the unit's staff, the managers of the unit", () =>
        {
            var row = unit.Parameters[0];
            var access = Access;
            var rule = Expression.OrElse(Expression.Property(access, nameof(RowAccess.AllUnitRecords)), Expression.OrElse(
                Expression.Call(Expression.Property(access, nameof(RowAccess.WorkUnits)), ListContains, unit.Body),
                Expression.Call(Expression.Property(access, nameof(RowAccess.ManagedUnits)), ListContains, unit.Body)));
            return Expression.Lambda<Func<T, bool>>(rule, row);
        });

    /// <summary>The catalogue and other shared records: every caller the field's policy lets in sees every row.</summary>
    public void Catalogue<T>()
        where T : class
        => Declare<T>("the catalogue: every caller the field's policy admits", () => null);

    /// <summary>Master data for HR and payroll only (sync runs).</summary>
    public void MasterData<T>()
        where T : class
        => Declare<T>("master data: HR and payroll", () => Everyone<T>(nameof(RowAccess.AllPeople)));

    /// <summary>HR only (the audit log).</summary>
    public void HrOnly<T>()
        where T : class
        => Declare<T>("HR only", () => Everyone<T>(nameof(RowAccess.AllPersonalData)));

    /// <summary>Puts the filters into the model; an entity without a declared owner stops the model from being built.</summary>
    public void Apply(ModelBuilder model)
    {
        // Types the conventions found but that end up as complex properties (a localised text) have no key yet.
        var undeclared = model.Model.GetEntityTypes()
            .Where(e => !e.IsPropertyBag && !e.IsOwned() && (e.FindPrimaryKey() is not null || e.IsKeyless) && !rules.ContainsKey(e.ClrType))
            .Select(e => e.ClrType.Name).Order().ToList();
        if (undeclared.Count > 0)
        {
            throw new InvalidOperationException($"No row owner is declared for {string.Join(", ", undeclared)}: declare one in the feature (rows.OwnedBy, rows.Catalogue, …).");
        }

        foreach (var (type, (owner, filter)) in rules)
        {
            var entity = model.Entity(type).HasAnnotation(OwnerAnnotation, owner);
            if (filter() is { } lambda)
            {
                entity.HasQueryFilter(lambda);
            }
        }
    }

    /// <summary>The context's <see cref="KompetensDbContext.Access"/>: EF Core reads it from the context running each query.</summary>
    private MemberExpression Access => Expression.Property(Expression.Constant(db), nameof(KompetensDbContext.Access));

    private void Declare<T>(string owner, Func<LambdaExpression?> filter) => rules[typeof(T)] = (owner, filter);

    private LambdaExpression Everyone<T>(string flag)
    {
        var row = Expression.Parameter(typeof(T), "row");
        return Expression.Lambda<Func<T, bool>>(Expression.Property(Access, flag), row);
    }

    /// <summary><c>all || person.Id == access.Self || managed(person, access)</c>.</summary>
    private Expression PersonRule(Expression person, Func<Expression, Expression> all)
    {
        var managed = managedBy.TryGetValue(person.Type, out var rule)
            ? rule
            : throw new InvalidOperationException($"{person.Type.Name} owns rows but is not declared with rows.People.");
        var access = Access;
        return Expression.OrElse(all(access), Expression.OrElse(
            Expression.Equal(Expression.Property(person, nameof(IPerson.Id)), Expression.Property(access, nameof(RowAccess.Self))),
            ReplacingExpressionVisitor.Replace(managed.Parameters[0], person, ReplacingExpressionVisitor.Replace(managed.Parameters[1], access, managed.Body))));
    }
}
