using Microsoft.EntityFrameworkCore;

namespace Kompetens.GraphQL.Data.Tests.Model;

/// <summary>A small model with every kind of member the conventions handle; nothing of the city's domain.</summary>
public sealed class Gadget
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Name { get; set; } = "";
    public string? Nickname { get; set; }
    public decimal Price { get; set; }
    public int Stock { get; set; }
    public int? Rating { get; set; }
    public double Weight { get; set; }
    public long Serial { get; set; }
    public bool IsActive { get; set; }
    public DateOnly ReleasedOn { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Guid Batch { get; set; }
    public GadgetKind Kind { get; set; }
    public Label Label { get; set; } = new();

    /// <summary>An optional value stored in the gadget's own row (an optional complex type).</summary>
    public Label? Sticker { get; set; }

    /// <summary>Stored but never exposed by the schema: filters and sorting must not reach it.</summary>
    public string Secret { get; set; } = "";
    public Guid? MakerId { get; set; }
    public Maker? Maker { get; set; }
    public List<Part> Parts { get; set; } = [];
}

public enum GadgetKind { Tool, Toy, Instrument }

/// <summary>A value stored in the gadget's own row (a complex type).</summary>
public sealed class Label
{
    public string Text { get; set; } = "";
    public string? Color { get; set; }
}

public sealed class Maker
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Name { get; set; } = "";
    public string Country { get; set; } = "";
    public List<Gadget> Gadgets { get; set; } = [];
}

public sealed class Part
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid GadgetId { get; set; }
    public Gadget Gadget { get; set; } = null!;
    public string Name { get; set; } = "";
    public int Grams { get; set; }
}

public sealed class GadgetDbContext(DbContextOptions<GadgetDbContext> options) : DbContext(options)
{
    public DbSet<Gadget> Gadgets => Set<Gadget>();
    public DbSet<Maker> Makers => Set<Maker>();
    public DbSet<Part> Parts => Set<Part>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<Enum>().HaveConversion<string>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Gadget>().ComplexProperty(g => g.Label);
        modelBuilder.Entity<Gadget>().ComplexProperty(g => g.Sticker);
    }
}
