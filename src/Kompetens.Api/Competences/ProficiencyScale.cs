using Kompetens.Api.Data;

namespace Kompetens.Api.Competences;

/// <summary>A proficiency scale; its levels are data, so the city can add scales (for example CEFR for languages).</summary>
public sealed class ProficiencyScale : Entity
{
    public required string Code { get; set; }
    public required LocalizedText Name { get; set; }
    public List<ProficiencyLevel> Levels { get; set; } = [];
}

/// <summary>One step of a scale. Level 0 means "not needed / not applicable".</summary>
public sealed class ProficiencyLevel : Entity
{
    public Guid ScaleId { get; set; }
    public ProficiencyScale Scale { get; set; } = null!;
    public int Level { get; set; }
    public required LocalizedText Name { get; set; }
    public LocalizedText? Description { get; set; }
}
