using Kompetens.Api.Collaboration;
using Kompetens.Api.Involvement;
using Kompetens.Api.Organisation;
using Kompetens.Api.Trainings;

namespace Kompetens.Api.DemoData;

/// <summary>
/// Involvement and workplace learning: staff's improvement proposals in every state of their handling, the units'
/// quality work under CAF, and knowledge shared from rotations, teams and self-study (not only trainings).
/// </summary>
internal sealed partial class DemoCityBuilder
{
    private void BuildInvolvement()
    {
        // Waiting for Mikael Grönroos, who manages Grundläggande utbildning (the workflows doc takes it up).
        Propose("BILD-GRU", "Planerare", "Gemensam materialbank för språkbad",
            "Skolorna tar fram samma språkbadsmaterial var för sig. En gemensam materialbank på intranätet skulle spara tid och höja kvaliteten.",
            new(2026, 8, 24), ImprovementProposalStatus.Submitted, null);
        Propose("BILD-GRU-01", "Klasslärare", "Trygg skolväg i läroplanen",
            "Ta in projektet Trygg skolvägs kartläggning i undervisningen i omgivningslära i årskurs 3–4.",
            new(2026, 6, 2), ImprovementProposalStatus.UnderReview, null);
        Propose("SOC-ALD-01", "Närvårdare", "Överrapportering med checklista",
            "Använd Solgårdens checklista för överrapportering också mellan hemvården och servicehuset, så att inget faller bort vid flytt.",
            new(2026, 3, 9), ImprovementProposalStatus.Implemented, "Bra förslag. Vi inför checklistan från april, och hemvården norra följer med.");
        Propose("SOC-ALD-02", "Hemvårdare", "Surfplattor för videobesök",
            "Låna ut surfplattor till klienter som vill ha en del av besöken som videobesök.",
            new(2026, 5, 18), ImprovementProposalStatus.Accepted, "Vi prövar med tio klienter under hösten tillsammans med teamet Digitalt stöd för seniorer.");
        Propose("TEK-KOM-01", "Trädgårdsmästare", "Elektriska lövblåsare",
            "Byt ut bensinlövblåsarna mot elektriska för att minska buller och utsläpp i bostadsområdena.",
            new(2026, 4, 14), ImprovementProposalStatus.Rejected, "Inte i år: budgeten för maskiner är fördelad. Vi tar upp förslaget i budgeten för 2027.");
        Propose("KONC-HR-01", "HR-specialist", "Introduktion på två språk",
            "Gör introduktionsmaterialet för nyanställda tvåspråkigt.",
            new(2026, 7, 1), ImprovementProposalStatus.Withdrawn, null);

        // The 2025 self-assessment under CAF in every administration, and in Grundläggande utbildning.
        RecordQualityWork("BILD", 62, "Självvärderingen visar god ledning och tydliga mål. Svagast är uppföljningen av kompetensutvecklingen.",
            "Alla enheter följer upp utvecklingsplanerna två gånger per år.");
        RecordQualityWork("SOC", 58, "Klientfokus och samarbete får goda omdömen. Personalens delaktighet i förändringar behöver stärkas.",
            "Förbättringsförslag behandlas på arbetsplatsmötet varje månad.");
        RecordQualityWork("TEK", 55, "Processerna är väl beskrivna. Kunskapen om invånarnas behov är bristfällig.",
            "Invånarenkät om gator och parker våren 2026.");
        RecordQualityWork("KONC", 64, "Ekonomi- och HR-processerna fungerar väl. Digitaliseringen går långsammare än planerat.", null);
        RecordQualityWork(DemoCity.DemoUnitCode, 60, "Skolorna har en gemensam syn på lärande. Samarbetet mellan de svenska och finska skolorna kan bli bättre.",
            "Gemensamma temadagar mellan skolorna läsåret 2026–2027.");

        // Knowledge shared from a rotation, a team and self-study.
        var (rotated, rotation) = rotationOf.First(r => r.Value.Status == JobRotationStatus.Completed && r.Value.FromUnit.Code == "SOC-ALD-03");
        Share(rotated, LearningSource.JobRotation, rotation, null, "Presentera Solgårdens rutin för överrapportering på hemvårdens arbetsplatsmöte.", new(2025, 12, 15), done: true);
        var qualityGroup = membershipOf[demoEmployee].Team;
        Share(demoEmployee, LearningSource.Team, null, qualityGroup, "Berätta för kollegerna hur självvärderingen enligt CAF går till och vad kvalitetsgruppen kom fram till.", new(2026, 9, 30), done: false);
        var reader = StaffOf(DemoCity.DemoUnitCode, "Specialplanerare");
        Share(reader, LearningSource.SelfStudy, null, null, "Har läst forskningsöversikten om språkbad (Åbo Akademi 2025); sammanfattar den för rektorerna.", new(2026, 10, 15), done: false);
    }

    private Employee StaffOf(string unitCode, string jobTitle) =>
        employees.Where(e => e.Status == EmployeeStatus.Active && e.OrganisationUnit.Code == unitCode && e.JobTitle == jobTitle && e != demoEmployee && !managers.Contains(e))
            .OrderBy(e => e.EmployeeNumber, StringComparer.Ordinal).First();

    private void Propose(string unitCode, string jobTitle, string title, string description, DateOnly submitted, ImprovementProposalStatus status, string? response)
    {
        var unit = unitsByCode[unitCode];
        var handled = status is ImprovementProposalStatus.Submitted or ImprovementProposalStatus.Withdrawn ? (DateTimeOffset?)null : At(submitted.AddDays(14));
        var decided = status is ImprovementProposalStatus.Accepted or ImprovementProposalStatus.Rejected or ImprovementProposalStatus.Implemented ? handled : null;
        var implemented = status == ImprovementProposalStatus.Implemented ? At(submitted.AddDays(45)) : (DateTimeOffset?)null;
        Add(new ImprovementProposal
        {
            Proposer = StaffOf(unitCode, jobTitle),
            OrganisationUnit = unit,
            Title = title,
            Description = description,
            StrategyItem = unitCode == DemoCity.DemoUnitCode ? goalLearningEnvironment : null,
            Status = status,
            SubmittedAt = At(submitted),
            HandledBy = handled is null ? null : unit.Manager,
            DecidedAt = decided,
            Response = response,
            ImplementedAt = implemented,
            CreatedAt = At(submitted),
            UpdatedAt = implemented ?? handled ?? (status == ImprovementProposalStatus.Withdrawn ? At(submitted.AddDays(3)) : At(submitted)),
        });
    }

    private void RecordQualityWork(string unitCode, decimal score, string summary, string? actions) =>
        Add(new QualityWorkResult
        {
            OrganisationUnit = unitsByCode[unitCode],
            QualityTool = qualityTool,
            PeriodStart = new(2025, 1, 1),
            PeriodEnd = new(2025, 12, 31),
            Summary = summary,
            Score = score,
            Assessment = score >= 60 ? "God nivå" : "Godtagbar nivå",
            ImprovementActions = actions,
            CreatedAt = At(new(2026, 2, 16)),
        });

    private void Share(Employee employee, LearningSource source, JobRotation? rotation, Team? team, string description, DateOnly due, bool done) =>
        Add(new KnowledgeSharingAction
        {
            Employee = employee,
            Source = source,
            JobRotation = rotation,
            Team = team,
            OrganisationUnit = employee.OrganisationUnit,
            Description = description,
            DueOn = due,
            DoneAt = done ? At(due.AddDays(-3)) : null,
            CreatedAt = At(Earliest(due.AddDays(-30), Today.AddDays(-1))),
            UpdatedAt = done ? At(due.AddDays(-3)) : At(Earliest(due.AddDays(-30), Today.AddDays(-1))),
        });
}
