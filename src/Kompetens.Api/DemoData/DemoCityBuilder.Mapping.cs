using Kompetens.Api.Data;
using Kompetens.Api.Competences;
using Kompetens.Api.Organisation;
using Kompetens.Api.Strategy;

namespace Kompetens.Api.DemoData;

/// <summary>
/// The competence mappings (kompetenskartläggningar) and what the city needs: self and manager assessments in a
/// closed 2024 campaign and the open 2026 one, and requirements for now and for the future.
/// </summary>
internal sealed partial class DemoCityBuilder
{
    private static readonly string[] EveryoneCompetences = ["F-DIG-01", "F-DIG-02", "V-VAR-02", "V-VAR-03", "V-VAR-04", "F-KOM-01", "F-SPR-01", "F-SPR-02", "F-SPR-03"];
    private static readonly string[] ManagerCompetences = ["F-LED-01", "F-LED-02", "F-LED-03", "F-LED-04", "E-ERF-01", "K-JUR-05", "E-ERF-04", "N-NAT-07"];

    /// <summary>What each part of the organisation works with, by the code of the unit it sits in (the nearest one listed wins).</summary>
    private static readonly Dictionary<string, string[]> CompetencesByUnit = new(StringComparer.Ordinal)
    {
        ["STAD"] = ["K-JUR-01", "K-JUR-04", "F-SPR-04", "V-VAR-01", "N-NAT-05", "E-ERF-07"],
        ["BILD"] = ["K-JUR-01", "K-PED-01", "F-DIG-04", "N-NAT-04", "E-ERF-02"],
        ["BILD-SMA"] = ["K-PED-02", "K-PED-05", "N-NAT-06", "F-KOM-02", "F-PRO-03", "E-ERF-05", "V-VAR-06"],
        ["BILD-GRU"] = ["K-PED-01", "K-PED-03", "K-PED-04", "K-PED-05", "F-DIG-05", "N-NAT-06", "F-KOM-02", "E-ERF-03"],
        ["BILD-KUL"] = ["F-SPR-04", "N-NAT-02", "V-VAR-06", "V-VAR-01", "E-ERF-02"],
        ["SOC"] = ["K-JUR-01", "K-JUR-02", "F-DIG-04", "N-NAT-05"],
        ["SOC-ALD"] = ["K-VAR-01", "K-VAR-02", "K-VAR-03", "K-VAR-04", "F-VAR-01", "F-VAR-02", "F-DIG-03", "F-PRO-03", "E-ERF-05"],
        ["SOC-HAL"] = ["K-VAR-01", "F-VAR-02", "F-DIG-03", "N-NAT-01", "F-PRO-03", "E-ERF-03", "K-JUR-02"],
        ["SOC-SOC"] = ["K-VAR-05", "K-JUR-01", "K-JUR-02", "N-NAT-02", "F-KOM-02", "E-ERF-03"],
        ["TEK"] = ["K-ARB-01", "F-PRO-01", "F-PRO-02", "V-VAR-07", "N-NAT-03", "E-ERF-07"],
        ["TEK-KOM"] = ["K-ARB-01", "K-TEK-02", "F-PRO-02", "V-VAR-07", "E-ERF-07", "N-NAT-03"],
        ["TEK-LOK"] = ["K-ARB-01", "K-TEK-01", "K-TEK-04", "F-PRO-02", "F-PRO-03", "V-VAR-07"],
        ["TEK-PLA"] = ["K-TEK-03", "K-JUR-01", "F-SPR-04", "F-DIG-04", "N-NAT-03", "V-VAR-07"],
        ["KONC"] = ["K-JUR-01", "K-JUR-02", "K-JUR-03", "K-JUR-05", "F-DIG-04", "F-PRO-01", "E-ERF-02", "N-NAT-04"],
        ["KONC-HR"] = ["K-JUR-06", "K-JUR-02", "F-LED-03", "F-DIG-04", "V-VAR-01"],
        ["KONC-DIG"] = ["F-DIG-04", "F-PRO-01", "K-JUR-02", "F-DIG-02", "N-NAT-03"],
    };

    private static readonly LocalizedText[] SelfComments =
    [
        Text("Vill fördjupa mig inom det här området.", "Haluan syventää osaamistani tällä alueella.", "I would like to go deeper in this area."),
        Text("Behöver mer praktik innan jag känner mig säker.", "Tarvitsen lisää harjoitusta ennen kuin tunnen itseni varmaksi.", "I need more practice before I feel confident."),
        Text("Har använt detta dagligen sedan förra året.", "Olen käyttänyt tätä päivittäin viime vuodesta asti.", "I have used this daily since last year."),
        Text("Svårt att bedöma, vi använder det sällan.", "Vaikea arvioida, käytämme tätä harvoin.", "Hard to judge; we rarely use it."),
    ];

    private static readonly LocalizedText[] ManagerComments =
    [
        Text("Stark i praktiken, kan handleda kollegerna.", "Vahva käytännössä, voi ohjata työkavereita.", "Strong in practice; could coach colleagues."),
        Text("Bedömer sig själv lägre än jag gör.", "Arvioi itsensä alemmaksi kuin minä.", "Rates themselves lower than I do."),
        Text("Bra grund, nästa steg är att ta större ansvar.", "Hyvä pohja, seuraava askel on ottaa enemmän vastuuta.", "A good base; the next step is to take on more responsibility."),
    ];

    private static readonly LocalizedText Correction = Text(
        "Justerad efter samtal med chefen.", "Korjattu esihenkilön kanssa käydyn keskustelun jälkeen.", "Adjusted after talking with my manager.");

    /// <summary>Each person's "true" level per competence, so that their assessments, plans and goals agree with each other.</summary>
    private readonly Dictionary<(Employee, Competence), int> levels = [];

    private MappingCampaign campaign2026 = null!;

    private void BuildMapping()
    {
        var campaign2024 = Add(new MappingCampaign
        {
            Name = Text("Kompetenskartläggning 2024", "Osaamiskartoitus 2024", "Competence mapping 2024"),
            Description = Text("Stadens första kompetenskartläggning. Alla anställda bedömde sin kompetens och cheferna gav sin bedömning i utvecklingssamtalen.",
                "Kaupungin ensimmäinen osaamiskartoitus. Kaikki työntekijät arvioivat osaamisensa, ja esihenkilöt antoivat oman arvionsa kehityskeskusteluissa.",
                "The city's first competence mapping. Every employee assessed their competence, and managers gave theirs in the development discussions."),
            StartsOn = new(2024, 9, 2),
            EndsOn = new(2024, 11, 29),
            Status = MappingCampaignStatus.Closed,
            Units = [unitsByCode["STAD"]],
            CreatedAt = At(new(2024, 8, 19)),
            UpdatedAt = At(new(2024, 12, 2)),
        });
        campaign2026 = Add(new MappingCampaign
        {
            Name = Text("Kompetenskartläggning 2026", "Osaamiskartoitus 2026", "Competence mapping 2026"),
            Description = Text("Kartläggning inom bildning samt social- och hälsovård för att följa upp servicestrategin 2025–2028. Delfinansierad av ESF+.",
                "Kartoitus sivistystoimessa sekä sosiaali- ja terveystoimessa palvelustrategian 2025–2028 seurantaan. Osittain ESR+-rahoitteinen.",
                "A mapping in education and in social and health care, to follow up the service strategy 2025–2028. Part-funded by ESF+."),
            StartsOn = new(2026, 8, 17),
            EndsOn = new(2026, 10, 30),
            Status = MappingCampaignStatus.Open,
            FundingSource = esfPlus,
            Units = [unitsByCode["BILD"], unitsByCode["SOC"]],
            CreatedAt = At(new(2026, 6, 8)),
            UpdatedAt = At(new(2026, 8, 17)),
        });

        AssessDemoIdentities(campaign2024);

        foreach (var employee in employees.Where(e => e != demoEmployee && e.EmploymentStartDate < campaign2024.StartsOn
            && (e.EmploymentEndDate is null || e.EmploymentEndDate > campaign2024.EndsOn)))
        {
            if (Random.Bool(0.45f))
            {
                // Two years ago people were, on the whole, a step behind where they are now.
                AssessInCampaign(employee, campaign2024, competenceCount: 3, managerToo: Random.Bool(0.6f), growthSince: 1);
            }
        }

        var corrected = 0;
        foreach (var employee in ActiveWithin("BILD", "SOC").Where(e => e != demoEmployee))
        {
            if (Random.Bool(0.5f))
            {
                var self = AssessInCampaign(employee, campaign2026, competenceCount: Random.Int(4, 6), managerToo: Random.Bool(0.5f), growthSince: 0);
                if (corrected < 6 && Random.Bool(0.05f))
                {
                    // Append-only: a corrected self-assessment is a new row, the first one stays.
                    corrected++;
                    AddAssessment(employee, self.Competence, Math.Min(self.Level + 1, MaxLevel(self.Competence)), AssessorKind.Self, employee,
                        campaign2026, DuringWorkday(DateOnly.FromDateTime(self.AssessedAt.UtcDateTime).AddDays(Random.Int(3, 5))), Correction.In(employee.PreferredLanguage));
                }
            }
        }

        BuildRequirements();
    }

    /// <summary>The demo employee has a history: 2024 and 2026 self-assessments of the same competences, and two manager assessments so far.</summary>
    private void AssessDemoIdentities(MappingCampaign campaign2024)
    {
        (string Code, int Then, int Now, int? Manager)[] demoLevels =
        [
            ("F-DIG-05", 1, 2, 2), ("K-PED-03", 3, 3, 4), ("F-SPR-02", 3, 3, null), ("K-PED-01", 3, 4, null), ("V-VAR-04", 4, 4, null),
        ];
        foreach (var (code, then, now, manager) in demoLevels)
        {
            var competence = competences[code];
            levels[(demoEmployee, competence)] = now;
            AddAssessment(demoEmployee, competence, then, AssessorKind.Self, demoEmployee, campaign2024, At(new(2024, 9, 16), 10), null);
            AddAssessment(demoEmployee, competence, now, AssessorKind.Self, demoEmployee, campaign2026, At(new(2026, 8, 18), 11), null);
            if (manager is { } level)
            {
                AddAssessment(demoEmployee, competence, level, AssessorKind.Manager, demoManager, campaign2026, At(new(2026, 8, 27), 13),
                    level > now ? ManagerComments[1].Sv : null);
            }
        }
    }

    /// <summary>A self-assessment of a few competences from the person's profile and, when asked, their manager's view of some of them a little later.</summary>
    private CompetenceAssessment AssessInCampaign(Employee employee, MappingCampaign campaign, int competenceCount, bool managerToo, int growthSince)
    {
        var profile = ProfileOf(employee);
        var chosen = Random.ListItems(profile, Math.Min(competenceCount, profile.Count));
        var selfDay = DateBetween(campaign.StartsOn, Earliest(campaign.EndsOn, Today).AddDays(-10));
        CompetenceAssessment last = null!;
        foreach (var competence in chosen)
        {
            var level = Math.Clamp(LevelOf(employee, competence) - (Random.Bool() ? growthSince : 0) + Random.WeightedRandom([-1, 0, 1], [0.15f, 0.7f, 0.15f]), 1, MaxLevel(competence));
            var comment = Random.Bool(0.2f) ? Random.ArrayElement(SelfComments).In(employee.PreferredLanguage) : null;
            last = AddAssessment(employee, competence, level, AssessorKind.Self, employee, campaign, DuringWorkday(selfDay), comment);
        }

        if (managerToo && ManagerOf(employee) is { } manager)
        {
            var managerDay = DateBetween(selfDay.AddDays(3), Earliest(campaign.EndsOn, Today.AddDays(-1)));
            foreach (var competence in chosen.Take(3))
            {
                var level = Math.Clamp(LevelOf(employee, competence) - (Random.Bool() ? growthSince : 0) + Random.WeightedRandom([-1, 0, 1], [0.2f, 0.65f, 0.15f]), 1, MaxLevel(competence));
                var comment = Random.Bool(0.15f) ? Random.ArrayElement(ManagerComments).In(manager.PreferredLanguage) : null;
                AddAssessment(employee, competence, level, AssessorKind.Manager, manager, campaign, DuringWorkday(managerDay), comment);
            }
        }

        return last;
    }

    private CompetenceAssessment AddAssessment(Employee employee, Competence competence, int level, AssessorKind assessor, Employee? assessedBy,
        MappingCampaign? campaign, DateTimeOffset at, string? comment, string? evidence = null) => Add(new CompetenceAssessment
        {
            Employee = employee,
            Competence = competence,
            Level = level,
            Assessor = assessor,
            AssessedBy = assessedBy,
            Campaign = campaign,
            AssessedAt = at,
            Comment = comment,
            Evidence = evidence,
            CreatedAt = at,
        });

    /// <summary>The competences that matter in the person's work: the common ones, their part of the organisation's, and leadership for managers.</summary>
    private List<Competence> ProfileOf(Employee employee)
    {
        var codes = new List<string>(EveryoneCompetences);
        for (var unit = employee.OrganisationUnit; unit is not null; unit = unit.Parent)
        {
            if (CompetencesByUnit.TryGetValue(unit.Code, out var unitCodes))
            {
                codes.AddRange(unitCodes);
                break;
            }
        }

        if (managers.Contains(employee))
        {
            codes.AddRange(ManagerCompetences);
        }

        return codes.Distinct().Select(code => competences[code]).ToList();
    }

    private int LevelOf(Employee employee, Competence competence)
    {
        if (!levels.TryGetValue((employee, competence), out var level))
        {
            level = competence.Scale == languageScale ? LanguageLevel(employee, competence) : TypicalLevel(employee);
            levels[(employee, competence)] = level;
        }

        return level;
    }

    private int TypicalLevel(Employee employee)
    {
        var level = Random.WeightedRandom([1, 2, 3, 4, 5], [0.07f, 0.23f, 0.38f, 0.24f, 0.08f]);
        var experienced = employee.EmploymentStartDate.Year < Today.Year - 15;
        return experienced && level < 5 && Random.Bool() ? level + 1 : level;
    }

    /// <summary>CEFR-like levels: the preferred language at mother-tongue level, the other national language anywhere from A2 to C1.</summary>
    private int LanguageLevel(Employee employee, Competence competence)
    {
        var language = competence.Code switch { "F-SPR-01" => "sv", "F-SPR-02" => "fi", _ => "en" };
        if (language == employee.PreferredLanguage)
        {
            return 6;
        }

        return language == "en"
            ? Random.WeightedRandom([2, 3, 4, 5], [0.1f, 0.3f, 0.4f, 0.2f])
            : Random.WeightedRandom([1, 2, 3, 4, 5, 6], [0.05f, 0.15f, 0.3f, 0.3f, 0.15f, 0.05f]);
    }

    private void BuildRequirements()
    {
        var now = RequirementHorizon.Now;
        var future = RequirementHorizon.Future;
        Requirement("BILD-GRU", null, "K-PED-03", 4, 8, now, null, everyChildLearns, "Det nya stödet för lärande från 1.8.2025 kräver fördjupad kunskap i varje skola.");
        Requirement(null, "Klasslärare", "F-DIG-05", 3, 25, now, null, everyChildLearns, "Alla klasslärare ska kunna använda stadens digitala lärmiljö i undervisningen.");
        Requirement(null, "Ämneslärare", "F-DIG-05", 3, 12, now, null, everyChildLearns, null);
        Requirement("BILD-SMA", null, "K-PED-02", 4, 12, now, null, everyChildLearns, "Varje daghemsgrupp behöver en lärare som ansvarar för barnens planer.");
        Requirement(null, "Närvårdare", "K-VAR-01", 3, 40, now, null, safeCareForOlderPeople, "Varje närvårdare behöver giltigt läkemedelstillstånd enligt planen för läkemedelsbehandling.");
        Requirement("SOC-ALD", null, "K-VAR-04", 3, 20, now, null, safeCareForOlderPeople, null);
        Requirement("SOC-ALD-01", null, "F-VAR-01", 3, 12, now, null, null, "Färre arbetsskador vid förflyttningar.");
        Requirement(null, "Sjuksköterska", "F-DIG-03", 4, 10, now, null, null, null);
        Requirement("SOC-SOC", null, "K-VAR-05", 4, 8, now, null, null, null);
        Requirement("STAD", null, "F-SPR-02", 4, 60, now, null, servicesInBothLanguages, "Minst god finska i all kundbetjäning.");
        Requirement("STAD", null, "F-SPR-01", 4, 60, now, null, servicesInBothLanguages, "Minst god svenska i all kundbetjäning.");
        Requirement("KONC-EKO-02", null, "K-JUR-03", 4, 3, now, null, null, null);
        Requirement(null, "HR-specialist", "K-JUR-06", 4, 3, now, null, null, null);
        Requirement(null, "HR-specialist", "K-JUR-02", 4, 3, now, null, null, null);
        Requirement("TEK-PLA-01", null, "K-TEK-03", 4, 4, now, null, null, "Bygglagen trädde i kraft 1.1.2025.");
        Requirement("TEK", null, "K-ARB-01", 3, 50, now, null, null, null);

        Requirement("SOC-ALD", null, "K-VAR-04", 4, 30, future, new(2028, 12, 31), safeCareForOlderPeople, "Antalet invånare över 75 år väntas öka med en femtedel till 2030.");
        Requirement("SOC-ALD", null, "F-DIG-03", 4, 15, future, new(2027, 12, 31), digitalFirst, "Distansvård och mobil dokumentation i hemvården.");
        Requirement("BILD", null, "F-DIG-05", 4, 30, future, new(2028, 12, 31), digitalFirst, null);
        Requirement("BILD-SMA", null, "K-PED-05", 4, 10, future, new(2028, 7, 31), everyChildLearns, null);
        Requirement("KONC-EKO", null, "F-DIG-04", 4, 5, future, new(2027, 6, 30), digitalFirst, "Ekonomirapporteringen flyttar till Power BI.");
        Requirement("TEK-LOK", null, "K-TEK-04", 4, 4, future, new(2028, 12, 31), sustainableEngineering, "Klimatneutral stad 2035: energirenoveringar av skolor och daghem.");
        Requirement("STAD", null, "F-LED-01", 4, 30, future, new(2028, 12, 31), goalLearningEnvironment, "Alla chefer leder coachande.");
        Requirement("STAD", null, "E-ERF-04", 3, 20, future, new(2027, 12, 31), goalKnowsItsCompetence, "Varje förvaltning har personer som kan leda självvärdering enligt CAF.");
    }

    /// <summary>A language mapping across the city, planned for next spring: it covers only the three language competences.</summary>
    private void BuildLanguageMapping() => Add(new MappingCampaign
    {
        Name = Text("Språkkartläggning 2027", "Kielikartoitus 2027", "Language mapping 2027"),
        Description = Text("Hela staden kartlägger sina kunskaper i svenska, finska och engelska inför servicestrategins uppföljning.",
            "Koko kaupunki kartoittaa ruotsin, suomen ja englannin kielen taitonsa palvelustrategian seurantaa varten.",
            "The whole city maps its Swedish, Finnish and English for the follow-up of the service strategy."),
        StartsOn = new(2027, 2, 1),
        EndsOn = new(2027, 3, 31),
        Status = MappingCampaignStatus.Planned,
        Units = [unitsByCode["STAD"]],
        Competences = [competences["F-SPR-01"], competences["F-SPR-02"], competences["F-SPR-03"]],
        CreatedAt = At(new(2026, 8, 24)),
    });

    /// <summary>A requirement the technical services stated and withdrew when the city's common reporting took its place.</summary>
    private void BuildWithdrawnRequirement()
    {
        var requirement = Requirement("TEK-KOM", null, "F-DIG-04", 3, 6, RequirementHorizon.Future, new(2027, 6, 30), digitalFirst,
            "Egen rapportering av gatuunderhållet i Power BI.");
        requirement.WithdrawnAt = At(new(2026, 6, 15), 14);
        requirement.UpdatedAt = requirement.WithdrawnAt.Value;
    }

    private CompetenceRequirement Requirement(string? unitCode, string? jobTitle, string competenceCode, int level, int headcount, RequirementHorizon horizon,
        DateOnly? targetDate, StrategyItem? goal, string? rationale) => Add(new CompetenceRequirement
        {
            OrganisationUnit = unitCode is null ? null : unitsByCode[unitCode],
            JobTitle = jobTitle,
            Competence = competences[competenceCode],
            RequiredLevel = level,
            Headcount = headcount,
            Horizon = horizon,
            TargetDate = targetDate,
            StrategyGoal = goal,
            Rationale = rationale,
            CreatedAt = At(new(2026, 4, 20)),
        });
}
