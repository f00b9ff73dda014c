using System.ComponentModel;
using Kompetens.Api.Competences;
using Kompetens.Api.Data;

namespace Kompetens.Api.Trainings;

/// <summary>A course or programme in the training catalogue; it is run as one or more events.</summary>
public sealed class Training : Entity
{
    public required string Code { get; set; }
    public required LocalizedText Title { get; set; }
    public LocalizedText? Description { get; set; }
    public required string Provider { get; set; }
    public decimal Hours { get; set; }
    public TrainingFormat Format { get; set; }
    public List<TrainingCompetence> Competences { get; set; } = [];
    public List<TrainingEvent> Events { get; set; } = [];
}

/// <summary>A competence a training develops, and the level a participant reaches.</summary>
public sealed class TrainingCompetence : Entity
{
    public Guid TrainingId { get; set; }
    public Training Training { get; set; } = null!;
    public Guid CompetenceId { get; set; }
    public Competence Competence { get; set; } = null!;
    public int LevelReached { get; set; }
}

[Description("How a training is given.")]
public enum TrainingFormat
{
    [Description("In a classroom.")]
    Classroom,

    [Description("Online.")]
    Online,

    [Description("Partly in a classroom, partly online.")]
    Blended,

    [Description("At the workplace, during work.")]
    OnTheJob,
}
