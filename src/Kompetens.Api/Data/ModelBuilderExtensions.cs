using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kompetens.Api.Data;

/// <summary>The few mapping rules every feature folder shares.</summary>
internal static class ModelBuilderExtensions
{
    /// <summary>Maps a localised text to three columns: <c>{name}_sv</c>, <c>{name}_fi</c>, <c>{name}_en</c>.</summary>
    public static EntityTypeBuilder<T> HasLocalizedText<T>(
        this EntityTypeBuilder<T> builder, Expression<Func<T, LocalizedText?>> text, int maxLength = 400)
        where T : class
    {
        builder.ComplexProperty(text!, t =>
        {
            t.Property(x => x.Sv).HasMaxLength(maxLength);
            t.Property(x => x.Fi).HasMaxLength(maxLength);
            t.Property(x => x.En).HasMaxLength(maxLength);
        });
        return builder;
    }

    /// <summary>A check constraint that keeps a proficiency level inside the range every scale uses (0 = not needed).</summary>
    public static EntityTypeBuilder<T> HasLevelCheck<T>(this EntityTypeBuilder<T> builder, string column)
        where T : class
    {
        builder.ToTable(t => t.HasCheckConstraint($"ck_{builder.Metadata.GetTableName()}_{column}", $"{column} BETWEEN 0 AND 10"));
        return builder;
    }

    /// <summary>A check constraint that a period does not end before it starts.</summary>
    public static EntityTypeBuilder<T> HasPeriodCheck<T>(this EntityTypeBuilder<T> builder, string start, string end)
        where T : class
    {
        builder.ToTable(t => t.HasCheckConstraint($"ck_{builder.Metadata.GetTableName()}_period", $"{end} IS NULL OR {end} >= {start}"));
        return builder;
    }
}
