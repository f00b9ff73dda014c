using Kompetens.Api.Competences;
using Kompetens.Api.Data;
using Kompetens.Api.Collaboration;
using Kompetens.Api.Organisation;

namespace Kompetens.Api.DemoData;

/// <summary>Teams across administrations and job rotations (arbetsrotation), as the policy asks for.</summary>
internal sealed partial class DemoCityBuilder
{
    private readonly Dictionary<Employee, TeamMembership> membershipOf = [];
    private readonly Dictionary<Employee, JobRotation> rotationOf = [];

    private void BuildCollaboration()
    {
        BuildTeam(Text("Digitalt stöd för seniorer", "Digitukea senioreille", "Digital support for seniors"), TeamKind.CrossUnitTeam,
            "Utveckla och pröva digitalt stöd för äldre invånare: surfplattor i hemvården, rådgivning på biblioteket och stöd för e-tjänster.",
            new(2026, 2, 2), null, ["SOC-ALD-02", "BILD-KUL-01", "KONC-DIG-01"], 6, "Ordförande");
        BuildTeam(Text("Trygg skolväg", "Turvallinen koulutie", "Safe way to school"), TeamKind.Project,
            "Kartlägga farliga korsningar kring Strandby skola tillsammans med eleverna och föreslå åtgärder för trafiksäkerheten.",
            new(2026, 3, 2), new(2027, 5, 31), ["BILD-GRU-01", "TEK-KOM-01", "SOC-SOC-01"], 5, "Projektledare");
        var qualityGroup = BuildTeam(Text("Kvalitetsgruppen CAF", "CAF-laaturyhmä", "CAF quality group"), TeamKind.QualityGroup,
            "Leda självvärderingen enligt CAF i alla förvaltningar och följa upp förbättringsåtgärderna.",
            new(2025, 9, 1), null, ["BILD", "SOC", "TEK", "KONC"], 7, "Ordförande");
        Join(qualityGroup, demoEmployee, "Medlem", new(2025, 9, 1), null);

        Rotate("SOC-ALD-03", "SOC-ALD-01", "Närvårdare", new(2025, 9, 1), new(2025, 11, 30), JobRotationStatus.Completed,
            "Lära mig arbetet på ett serviceboende och vården av klienter med långt framskriden minnessjukdom.",
            "Fick god insikt i nattarbetet och dokumentationen. Har tagit med mig Solgårdens rutin för överrapportering till hemvården.");
        Rotate("BILD-GRU-01", "BILD-GRU-03", "Klasslärare", new(2026, 1, 12), new(2026, 3, 13), JobRotationStatus.Completed,
            "Stärka min finska och lära mig hur Keskustan koulu arbetar med språkbad.",
            "Finskan har blivit ledigare. Vi planerar ett gemensamt temaarbete mellan skolorna nästa läsår.");
        Rotate("BILD-KUL-01", "BILD-GRU-02", "Bibliotekarie", new(2025, 2, 3), new(2025, 4, 30), JobRotationStatus.Completed,
            "Bygga upp skolbiblioteket i Norrby skola och lära mig läsfrämjande arbete med elever.",
            "Skolbiblioteket är i gång och lärarna lånar klassuppsättningar. Modellen sprids nu till de andra skolorna.");
        Rotate("TEK-KOM-02", "TEK-PLA-01", "Ingenjör", new(2026, 8, 3), new(2026, 11, 30), JobRotationStatus.Ongoing,
            "Lära mig lovprocessen enligt den nya bygglagen och hur vattentjänsterna beaktas i bygglov.", null);
        Rotate("BILD-SMA-01", "BILD-SMA-02", "Barnskötare", new(2026, 8, 17), new(2026, 12, 18), JobRotationStatus.Ongoing,
            "Arbeta i en finskspråkig grupp för att stärka finskan och lära mig Kielos arbetssätt med utevistelse.", null);
        Rotate("KONC-EKO-01", "SOC", "Ekonom", new(2026, 10, 1), new(2026, 12, 31), JobRotationStatus.Approved,
            "Förstå hur social- och hälsovården budgeterar och följer upp kostnader per klient.", null);
        Rotate("KONC-HR-01", "SOC-HAL-01", "HR-specialist", new(2027, 1, 11), new(2027, 3, 31), JobRotationStatus.Proposed,
            "Lära känna hälsocentralens arbetstidsplanering och rekryteringsbehov på nära håll.", null);
        Rotate("SOC-SOC-02", "SOC-SOC-01", "Socialhandledare", new(2026, 4, 1), new(2026, 6, 30), JobRotationStatus.Cancelled,
            "Lära mig familjearbetets metoder.", null);
    }

    private Team BuildTeam(LocalizedText name, TeamKind kind, string task, DateOnly starts, DateOnly? ends, string[] unitCodes, int size, string leaderRole)
    {
        var team = Add(new Team
        {
            Name = name,
            Kind = kind,
            Task = task,
            StartsOn = starts,
            EndsOn = ends,
            Units = unitCodes.Select(code => unitsByCode[code]).ToList(),
            CreatedAt = At(starts.AddDays(-21)),
        });

        // Members come from every unit the team spans, in turn, so that the team really crosses the boundaries.
        for (var i = 0; i < size; i++)
        {
            var candidates = ActiveWithin(unitCodes[i % unitCodes.Length])
                .Where(e => e != demoEmployee && !membershipOf.ContainsKey(e)).ToList();
            var role = i switch { 0 => leaderRole, 1 => "Sekreterare", _ => "Medlem" };
            var joined = i < 2 ? starts : DateBetween(starts, Earliest(starts.AddDays(60), Today.AddDays(-1)));
            // One member left early, as people do.
            DateOnly? left = i == size - 1 && ends is null ? DateBetween(joined.AddDays(60), Today.AddDays(-1)) : ends;
            Join(team, Random.ListItem(candidates), role, joined, left);
        }

        return team;
    }

    /// <summary>
    /// Each team lead's peer input on the current members: one competence their manager has confirmed, at the level the
    /// lead sees, a month into working together — so the demo shows peer input next to, never over, the manager's.
    /// </summary>
    private void BuildPeerInput()
    {
        var confirmed = entities.OfType<CompetenceAssessment>().Where(a => a.Assessor == AssessorKind.Manager && a.AssessedAt > At(Today.AddMonths(-24)))
            .GroupBy(a => a.Employee).ToDictionary(g => g.Key, g => g.OrderBy(a => a.Competence.Code, StringComparer.Ordinal).First());
        foreach (var team in entities.OfType<Team>().ToList())
        {
            var lead = team.Members[0];
            foreach (var member in team.Members.Skip(1).Where(m => m.EndsOn is null && m.Employee != demoEmployee))
            {
                if (confirmed.TryGetValue(member.Employee, out var managers))
                {
                    var day = Earliest(Latest(lead.StartsOn, member.StartsOn).AddDays(30), Today.AddDays(-1));
                    AddAssessment(member.Employee, managers.Competence, levels.GetValueOrDefault((member.Employee, managers.Competence), managers.Level),
                        AssessorKind.Peer, lead.Employee, null, At(day, 10), $"{lead.Role}, {team.Name.Sv}");
                }
            }
        }
    }

    private void Join(Team team, Employee employee, string role, DateOnly starts, DateOnly? ends)
    {
        var membership = Add(new TeamMembership { Team = team, Employee = employee, Role = role, StartsOn = starts, EndsOn = ends, CreatedAt = At(Earliest(starts, Today.AddDays(-1))) });
        team.Members.Add(membership);
        membershipOf[employee] = membership;
    }

    private void Rotate(string fromCode, string toCode, string jobTitle, DateOnly starts, DateOnly ends, JobRotationStatus status, string goals, string? evaluation)
    {
        var from = unitsByCode[fromCode];
        var candidates = employees.Where(e => e.Status == EmployeeStatus.Active && e.OrganisationUnit == from && e.JobTitle == jobTitle
            && !managers.Contains(e) && !rotationOf.ContainsKey(e)).ToList();
        var employee = Random.ListItem(candidates);
        var proposed = Earliest(starts.AddDays(-75), Today.AddDays(-10));
        rotationOf[employee] = Add(new JobRotation
        {
            Employee = employee,
            FromUnit = from,
            ToUnit = unitsByCode[toCode],
            StartsOn = starts,
            EndsOn = ends,
            LearningGoals = goals,
            Status = status,
            Evaluation = evaluation,
            CreatedAt = At(proposed),
            UpdatedAt = status == JobRotationStatus.Completed ? At(ends.AddDays(7)) : At(proposed),
        });
    }
}
