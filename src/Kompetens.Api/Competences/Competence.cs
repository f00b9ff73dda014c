using System.ComponentModel;
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
[Description("The policy's five dimensions of competence.")]
public enum CompetenceDimension
{
    [Description("Knowledge (kunskaper): what a person knows.")]
    Knowledge,

    [Description("Skills (färdigheter): what a person can do.")]
    Skill,

    [Description("Experience (erfarenheter): what a person has done.")]
    Experience,

    [Description("Values and attitudes (värderingar och attityder): how a person approaches the work.")]
    ValuesAndAttitudes,

    [Description("Contacts and networks (kontakter och kontaktnät): whom a person knows and works with.")]
    ContactsAndNetworks,
}

[Description("Whether a competence is in use in the catalogue.")]
public enum CompetenceStatus
{
    [Description("In use: can be assessed, required and planned for.")]
    Active,

    [Description("No longer used; kept readable for history.")]
    Retired,
}
