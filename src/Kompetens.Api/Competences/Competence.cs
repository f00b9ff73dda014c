using Kompetens.Api.Data;

namespace Kompetens.Api.Competences;

/// <summary>An item in the city's competence catalogue, in one of the policy's five dimensions.</summary>
public sealed class Competence : Entity
{
    public required string Code { get; set; }
    public required LocalizedText Name { get; set; }
    public LocalizedText? Description { get; set; }
    public CompetenceDimension Dimension { get; set; }
    public Guid? ParentId { get; set; }
    public Competence? Parent { get; set; }
    public List<Competence> Children { get; set; } = [];

    /// <summary>The scale assessments of this competence use.</summary>
    public Guid ScaleId { get; set; }
    public ProficiencyScale Scale { get; set; } = null!;
    public string? EscoUri { get; set; }
    public CompetenceStatus Status { get; set; }
}

/// <summary>The policy's five dimensions of competence (kunskaper, färdigheter, erfarenheter, värderingar och attityder, kontakter och kontaktnät).</summary>
public enum CompetenceDimension { Knowledge, Skill, Experience, ValuesAndAttitudes, ContactsAndNetworks }

public enum CompetenceStatus { Active, Retired }
