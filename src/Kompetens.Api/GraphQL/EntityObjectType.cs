using System.Linq.Expressions;
using Kompetens.Api.Data;
using Kompetens.GraphQL.Data.Nodes;

namespace Kompetens.Api.GraphQL;

/// <summary>The object type of a stored entity: a Relay node with the entity's timestamps.</summary>
public abstract class EntityObjectType<T> : NodeObjectType<T>
    where T : Entity
{
    private static readonly Expression<Func<T, Guid>> KeyExpression = x => x.Id;

    protected EntityObjectType(string name, string description)
        : base(name, description, KeyExpression)
    {
        Field(x => x.CreatedAt).Description("When the record was created in Kompetens.");
        Field(x => x.UpdatedAt).Description("When the record was last changed in Kompetens.");
    }
}
