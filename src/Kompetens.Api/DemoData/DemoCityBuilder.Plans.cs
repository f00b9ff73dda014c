using Kompetens.Api.Data;
using System.Globalization;
using Kompetens.Api.Collaboration;
using Kompetens.Api.Competences;
using Kompetens.Api.Organisation;
using Kompetens.Api.Plans;
using Kompetens.Api.Strategy;
using Kompetens.Api.Trainings;

namespace Kompetens.Api.DemoData;

/// <summary>
/// Individual development plans (individuella kompetensutvecklingsplaner) in every status. A plan's year follows
/// what it is built around: last year's are closed, this year's agreed or followed up, next year's still drafts.
/// </summary>
internal sealed partial class DemoCityBuilder
{
    private const int EmployeesWithPlans = 150;

    private static readonly Dictionary<PlanActivityKind, LocalizedText> ActivityTexts = new()
    {
        [PlanActivityKind.OnTheJob] = Text("{0}: ansvara för området i det dagliga arbetet med stöd av en erfaren kollega.",
            "{0}: vastata osa-alueesta päivittäisessä työssä kokeneen työkaverin tuella.", "{0}: take charge of the area in daily work, backed by an experienced colleague."),
        [PlanActivityKind.Mentoring] = Text("{0}: mentorskap med en erfaren kollega, en träff i månaden.",
            "{0}: mentorointi kokeneen työkaverin kanssa, tapaaminen kerran kuukaudessa.", "{0}: mentoring by an experienced colleague, meeting once a month."),
        [PlanActivityKind.SelfStudy] = Text("{0}: självstudier med webbkurs och facklitteratur.",
            "{0}: itseopiskelu verkkokurssin ja alan kirjallisuuden avulla.", "{0}: self-study with an online course and professional reading."),
        [PlanActivityKind.KnowledgeSharing] = Text("{0}: berätta om det jag lärt mig på arbetsplatsmötet.",
            "{0}: kertoa oppimastani työpaikkakokouksessa.", "{0}: present what I have learned at the workplace meeting."),
        [PlanActivityKind.Training] = Text("{0}: söka till en extern utbildning.",
            "{0}: hakea ulkoiseen koulutukseen.", "{0}: apply for an external course."),
    };

    private static readonly LocalizedText[] FollowUpNotes =
    [
        Text("Målen framskrider enligt plan. Utbildningen gav konkreta verktyg som redan används i arbetet.",
            "Tavoitteet etenevät suunnitellusti. Koulutus antoi konkreettisia työkaluja, jotka ovat jo käytössä.",
            "The goals are on track. The training gave practical tools that are already in use."),
        Text("Mentorskapet har kommit i gång långsamt; vi bokar in träffarna för hösten redan nu.",
            "Mentorointi on käynnistynyt hitaasti; sovimme syksyn tapaamiset jo nyt.",
            "The mentoring got off to a slow start; we are booking the autumn meetings now."),
        Text("Ett mål ströks eftersom uppgifterna ändrades. Det andra är uppnått.",
            "Yksi tavoite poistettiin, koska tehtävät muuttuivat. Toinen on saavutettu.",
            "One goal was dropped because the tasks changed. The other has been reached."),
        Text("Bra framsteg. Nästa steg är att dela kunskapen med hela arbetsplatsen.",
            "Hyvää edistystä. Seuraava askel on jakaa osaaminen koko työpaikalle.",
            "Good progress. The next step is to share the knowledge with the whole workplace."),
    ];

    private static readonly LocalizedText[] ManagerPlanComments =
    [
        Text("Planen stöder enhetens mål för året.", "Suunnitelma tukee yksikön vuoden tavoitteita.", "The plan supports the unit's goals for the year."),
        Text("Prioritera utbildningen under hösten.", "Priorisoi koulutus syksylle.", "Give the training priority this autumn."),
        Text("Bra att du delar med dig till kollegerna.", "Hienoa, että jaat osaamistasi työkavereille.", "Good that you share with your colleagues."),
    ];

    private void BuildPlans()
    {
        BuildDemoEmployeePlans();

        var planned = new List<(Employee Employee, int Year)>();
        bool HasPlan(Employee employee) => planned.Any(p => p.Employee == employee);
        var eligible = employees.Where(e => e.Status == EmployeeStatus.Active && e != demoEmployee && ManagerOf(e) is not null).ToList();

        // People with something to plan around come first: a rotation or a team, then people enrolled in a training.
        foreach (var employee in eligible)
        {
            if (rotationOf.TryGetValue(employee, out var rotation))
            {
                planned.Add((employee, rotation.StartsOn.Year));
            }
            else if (membershipOf.ContainsKey(employee))
            {
                planned.Add((employee, Today.Year));
            }
        }

        foreach (var employee in Random.Shuffle(eligible.Where(e => !HasPlan(e) && enrolmentsOf.ContainsKey(e)).ToList()).ToList())
        {
            // Not everyone who goes to a training has a plan; the rest of the plans are about other things.
            if (planned.Count >= EmployeesWithPlans * 3 / 5)
            {
                break;
            }

            if (enrolmentsOf[employee].FirstOrDefault(e => e.Status != EnrolmentStatus.Cancelled) is { } anchor)
            {
                planned.Add((employee, anchor.TrainingEvent.StartsAt.Year));
            }
        }

        // Then anyone, until the demo employee and 149 others have a plan.
        foreach (var employee in Random.Shuffle(eligible.Where(e => !HasPlan(e)).ToList()).Take(EmployeesWithPlans - 1 - planned.Count).ToList())
        {
            planned.Add((employee, Random.WeightedRandom([Today.Year - 1, Today.Year, Today.Year + 1], [0.1f, 0.4f, 0.5f])));
        }

        foreach (var (employee, year) in planned)
        {
            BuildPlan(employee, year, StatusFor(year));
        }

        // Some people also have last year's plan, closed, behind this year's.
        foreach (var (employee, _) in Random.ListItems(planned.Where(p => p.Year == Today.Year && p.Employee.EmploymentStartDate.Year < Today.Year - 1).ToList(), 15))
        {
            BuildPlan(employee, Today.Year - 1, DevelopmentPlanStatus.Closed);
        }
    }

    private DevelopmentPlanStatus StatusFor(int year) => year switch
    {
        _ when year < Today.Year => DevelopmentPlanStatus.Closed,
        _ when year == Today.Year => Random.Bool(0.6f) ? DevelopmentPlanStatus.Agreed : DevelopmentPlanStatus.FollowedUp,
        _ => Random.Bool() ? DevelopmentPlanStatus.Draft : DevelopmentPlanStatus.Submitted,
    };

    /// <summary>The demo employee's closed plan for last year and the agreed one for this year, which her enrolment, team and goals hang on.</summary>
    private void BuildDemoEmployeePlans()
    {
        var lastYear = NewPlan(demoEmployee, 2025, DevelopmentPlanStatus.Closed);
        lastYear.StrategyGoals.Add(everyChildLearns);
        var pedagogy = AddGoal(lastYear, competences["K-PED-01"], 3, 4, new(2025, 12, 31), PlanGoalStatus.Achieved);
        AddActivity(lastYear, pedagogy, PlanActivityKind.KnowledgeSharing, PlanActivityStatus.Done, new(2025, 9, 1), new(2025, 10, 31));
        FollowUp(lastYear, new(2025, 6, 10), FollowUpNotes[0]);
        FollowUp(lastYear, new(2025, 12, 3), FollowUpNotes[3]);

        var plan = NewPlan(demoEmployee, 2026, DevelopmentPlanStatus.Agreed);
        plan.AgreedAt = At(new(2026, 2, 10), 12);
        plan.UpdatedAt = plan.AgreedAt.Value;
        plan.StrategyGoals.AddRange([everyChildLearns, digitalFirst, servicesInBothLanguages]);
        var digital = AddGoal(plan, competences["F-DIG-05"], 2, 4, new(2026, 12, 31), PlanGoalStatus.InProgress);
        var support = AddGoal(plan, competences["K-PED-03"], 3, 4, new(2026, 12, 31), PlanGoalStatus.NotStarted);
        var finnish = AddGoal(plan, competences["F-SPR-02"], 3, 4, new(2026, 12, 31), PlanGoalStatus.InProgress);
        AddTrainingActivity(plan, digital, enrolmentsOf[demoEmployee].Single(e => e.Status == EnrolmentStatus.Approved));
        AddTeamActivity(plan, support, membershipOf[demoEmployee]);
        AddActivity(plan, finnish, PlanActivityKind.Mentoring, PlanActivityStatus.InProgress, new(2026, 3, 1), new(2026, 11, 30));
        AddActivity(plan, digital, PlanActivityKind.KnowledgeSharing, PlanActivityStatus.Planned, new(2026, 12, 1), new(2026, 12, 15));
    }

    private void BuildPlan(Employee employee, int year, DevelopmentPlanStatus status)
    {
        var plan = NewPlan(employee, year, status);
        var goals = new List<PlanGoal>();
        var goalCount = Random.Int(1, 3);
        foreach (var competence in Random.ListItems(ProfileOf(employee), 6))
        {
            var current = LevelOf(employee, competence);
            if (current < MaxLevel(competence) && goals.Count < goalCount)
            {
                var target = Math.Min(MaxLevel(competence), current + Random.WeightedRandom([1, 2], [0.75f, 0.25f]));
                goals.Add(AddGoal(plan, competence, current, target, DateBetween(new(year, 6, 1), new(year, 12, 31)), GoalStatusFor(status)));
            }
        }

        if (status >= DevelopmentPlanStatus.Agreed)
        {
            plan.StrategyGoals.AddRange(ServiceGoalsFor(employee, goals));
        }

        // Activities around what the person already has going on that year, then ordinary ones up to one to three in all.
        var activities = 0;
        foreach (var enrolment in enrolmentsOf.GetValueOrDefault(employee, []).Where(e => e.TrainingEvent.StartsAt.Year == year && e.Status != EnrolmentStatus.Cancelled))
        {
            var developed = enrolment.TrainingEvent.Training.Competences.Select(c => c.Competence).ToList();
            AddTrainingActivity(plan, goals.FirstOrDefault(g => developed.Contains(g.Competence)) ?? goals.FirstOrDefault(), enrolment);
            activities++;
        }

        if (rotationOf.TryGetValue(employee, out var rotation) && rotation.StartsOn.Year == year)
        {
            AddActivity(plan, goals.FirstOrDefault(), PlanActivityKind.Rotation, RotationActivityStatus(rotation.Status), rotation.StartsOn, rotation.EndsOn,
                rotation.LearningGoals).JobRotation = rotation;
            activities++;
        }

        if (membershipOf.TryGetValue(employee, out var membership) && membership.StartsOn.Year <= year && (membership.EndsOn is null || membership.EndsOn.Value.Year >= year))
        {
            AddTeamActivity(plan, goals.LastOrDefault(), membership);
            activities++;
        }

        for (var wanted = Random.Int(1, 3); activities < wanted; activities++)
        {
            var kind = Random.WeightedRandom(
                [PlanActivityKind.OnTheJob, PlanActivityKind.Mentoring, PlanActivityKind.SelfStudy, PlanActivityKind.KnowledgeSharing, PlanActivityKind.Training],
                [0.3f, 0.2f, 0.2f, 0.2f, 0.1f]);
            var starts = DateBetween(new(year, 1, 15), new(year, 9, 30));
            var activity = AddActivity(plan, goals.Count > 0 ? Random.ListItem(goals) : null, kind, ActivityStatusFor(status), starts, Earliest(starts.AddDays(Random.Int(30, 180)), new(year, 12, 31)));
            if ((kind is PlanActivityKind.SelfStudy or PlanActivityKind.Training) && Random.Bool(0.5f))
            {
                // Books and courses cost a little; next year's budget is not decided yet, so its plans name no funding.
                activity.Cost = kind == PlanActivityKind.Training ? Random.Int(3, 9) * 100m : Random.Int(4, 15) * 10m;
                activity.FundingSource = year > Today.Year ? null : ownBudget;
            }
        }

        if (status >= DevelopmentPlanStatus.FollowedUp)
        {
            FollowUp(plan, DateBetween(new(year, 5, 15), new(year, 6, 15)), Random.ArrayElement(FollowUpNotes));
        }

        if (status == DevelopmentPlanStatus.Closed)
        {
            FollowUp(plan, DateBetween(new(year, 11, 15), new(year, 12, 15)), Random.ArrayElement(FollowUpNotes));
        }
    }

    /// <summary>
    /// A first draft its author withdrew and wrote again: kept as withdrawn next to the plan that replaced it, which
    /// holds the period (withdrawn plans hold none).
    /// </summary>
    private void BuildWithdrawnPlan()
    {
        var replaced = entities.OfType<DevelopmentPlan>()
            .Where(p => p.Status == DevelopmentPlanStatus.Agreed && p.PeriodStart.Year == Today.Year && p.Employee != demoEmployee)
            .OrderBy(p => p.Employee.EmployeeNumber, StringComparer.Ordinal).ToList()[0];
        var drafted = replaced.CreatedAt.AddDays(-14);
        Add(new DevelopmentPlan
        {
            Employee = replaced.Employee,
            PeriodStart = replaced.PeriodStart,
            PeriodEnd = replaced.PeriodEnd,
            Status = DevelopmentPlanStatus.Withdrawn,
            CreatedAt = drafted,
            UpdatedAt = drafted.AddDays(7),
        });
    }

    private DevelopmentPlan NewPlan(Employee employee, int year, DevelopmentPlanStatus status)
    {
        var manager = ManagerOf(employee)!;
        // Plans are drafted in the autumn development discussions before their year; next year's are being drafted now.
        var drafted = DuringWorkday(year > Today.Year ? DateBetween(new(Today.Year, 8, 10), Today.AddDays(-1)) : DateBetween(new(year - 1, 10, 1), new(year - 1, 12, 15)));
        var plan = Add(new DevelopmentPlan
        {
            Employee = employee,
            PeriodStart = new(year, 1, 1),
            PeriodEnd = new(year, 12, 31),
            Status = status,
            CreatedAt = drafted,
            UpdatedAt = drafted,
        });
        if (status >= DevelopmentPlanStatus.Agreed)
        {
            plan.AgreedBy = manager;
            plan.AgreedAt = DuringWorkday(DateBetween(new(year, 1, 15), new(year, 3, 31)));
            plan.UpdatedAt = plan.AgreedAt.Value;
            if (Random.Bool(0.4f))
            {
                plan.ManagerComment = Random.ArrayElement(ManagerPlanComments).In(manager.PreferredLanguage);
            }
        }

        return plan;
    }

    private PlanGoal AddGoal(DevelopmentPlan plan, Competence competence, int current, int target, DateOnly due, PlanGoalStatus status)
    {
        var goal = Add(new PlanGoal { Plan = plan, Competence = competence, CurrentLevel = current, TargetLevel = target, DueDate = due, Status = status, CreatedAt = plan.CreatedAt, UpdatedAt = plan.UpdatedAt });
        plan.Goals.Add(goal);
        return goal;
    }

    /// <summary>An activity; without a description of its own it gets the usual text for its kind, in the employee's language.</summary>
    private PlanActivity AddActivity(DevelopmentPlan plan, PlanGoal? goal, PlanActivityKind kind, PlanActivityStatus status, DateOnly starts, DateOnly? ends,
        string? description = null)
    {
        var language = plan.Employee.PreferredLanguage;
        var activity = Add(new PlanActivity
        {
            Plan = plan,
            Goal = goal,
            Kind = kind,
            Description = description ?? string.Format(CultureInfo.InvariantCulture, ActivityTexts[kind].In(language),
                (goal?.Competence.Name ?? competences["V-VAR-04"].Name).In(language)),
            StartsOn = starts,
            EndsOn = ends,
            Status = status,
            CreatedAt = plan.CreatedAt,
            UpdatedAt = plan.UpdatedAt,
        });
        plan.Activities.Add(activity);
        return activity;
    }

    /// <summary>A training activity tied to the enrolment it led to; the cost is the person's share of the event.</summary>
    private void AddTrainingActivity(DevelopmentPlan plan, PlanGoal? goal, Enrolment enrolment)
    {
        var trainingEvent = enrolment.TrainingEvent;
        var status = enrolment.Status switch
        {
            EnrolmentStatus.Completed => PlanActivityStatus.Done,
            EnrolmentStatus.Attended => PlanActivityStatus.InProgress,
            EnrolmentStatus.NoShow or EnrolmentStatus.Cancelled => PlanActivityStatus.Cancelled,
            _ => PlanActivityStatus.Planned,
        };
        var activity = AddActivity(plan, goal, PlanActivityKind.Training, status, DateOnly.FromDateTime(trainingEvent.StartsAt.UtcDateTime),
            DateOnly.FromDateTime(trainingEvent.EndsAt.UtcDateTime), trainingEvent.Training.Title.In(plan.Employee.PreferredLanguage));
        activity.TrainingEvent = trainingEvent;
        activity.Cost = trainingEvent.Cost > 0 ? Math.Round(trainingEvent.Cost / trainingEvent.Capacity, 2) : null;
        activity.FundingSource = trainingEvent.FundingSource;
        enrolment.PlanActivity = activity;
    }

    private void AddTeamActivity(DevelopmentPlan plan, PlanGoal? goal, TeamMembership membership) =>
        AddActivity(plan, goal, PlanActivityKind.Team, plan.Status == DevelopmentPlanStatus.Closed ? PlanActivityStatus.Done : PlanActivityStatus.InProgress,
            membership.StartsOn, membership.EndsOn,
            $"{membership.Role}: {membership.Team.Name.Sv}").Team = membership.Team;

    private void FollowUp(DevelopmentPlan plan, DateOnly heldOn, LocalizedText notes)
    {
        var followUp = Add(new PlanFollowUp { Plan = plan, HeldOn = heldOn, ConductedBy = ManagerOf(plan.Employee), Notes = notes.In(plan.Employee.PreferredLanguage), CreatedAt = At(heldOn, 14) });
        plan.FollowUps.Add(followUp);
        plan.UpdatedAt = followUp.CreatedAt;
    }

    /// <summary>The service-strategy goals a plan supports: its administration's own goal, plus languages or digital services when a goal is about them.</summary>
    private IEnumerable<StrategyItem> ServiceGoalsFor(Employee employee, List<PlanGoal> goals)
    {
        var administration = employee.OrganisationUnit;
        while (administration.Parent is { Kind: not OrganisationUnitKind.City })
        {
            administration = administration.Parent;
        }

        yield return administration.Code switch
        {
            "BILD" => everyChildLearns,
            "SOC" => safeCareForOlderPeople,
            "TEK" => sustainableEngineering,
            _ => digitalFirst,
        };

        if (goals.Any(g => g.Competence.Code.StartsWith("F-SPR", StringComparison.Ordinal)))
        {
            yield return servicesInBothLanguages;
        }

        if (administration.Code is "BILD" or "SOC" or "TEK" && goals.Any(g => g.Competence.Code.StartsWith("F-DIG", StringComparison.Ordinal)))
        {
            yield return digitalFirst;
        }
    }

    private PlanGoalStatus GoalStatusFor(DevelopmentPlanStatus status) => status switch
    {
        DevelopmentPlanStatus.Draft or DevelopmentPlanStatus.Submitted => PlanGoalStatus.NotStarted,
        DevelopmentPlanStatus.Agreed => Random.Bool(0.6f) ? PlanGoalStatus.InProgress : PlanGoalStatus.NotStarted,
        DevelopmentPlanStatus.FollowedUp => Random.WeightedRandom([PlanGoalStatus.InProgress, PlanGoalStatus.Achieved, PlanGoalStatus.Dropped], [0.6f, 0.3f, 0.1f]),
        _ => Random.Bool(0.75f) ? PlanGoalStatus.Achieved : PlanGoalStatus.Dropped,
    };

    private PlanActivityStatus ActivityStatusFor(DevelopmentPlanStatus status) => status switch
    {
        DevelopmentPlanStatus.Draft or DevelopmentPlanStatus.Submitted => PlanActivityStatus.Planned,
        DevelopmentPlanStatus.Agreed => Random.Bool() ? PlanActivityStatus.InProgress : PlanActivityStatus.Planned,
        DevelopmentPlanStatus.FollowedUp => Random.Bool(0.6f) ? PlanActivityStatus.InProgress : PlanActivityStatus.Done,
        _ => Random.Bool(0.85f) ? PlanActivityStatus.Done : PlanActivityStatus.Cancelled,
    };

    private static PlanActivityStatus RotationActivityStatus(JobRotationStatus status) => status switch
    {
        JobRotationStatus.Completed => PlanActivityStatus.Done,
        JobRotationStatus.Ongoing => PlanActivityStatus.InProgress,
        JobRotationStatus.Cancelled => PlanActivityStatus.Cancelled,
        _ => PlanActivityStatus.Planned,
    };
}
