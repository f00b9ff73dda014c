using Kompetens.Api.Data;
using System.Globalization;
using Kompetens.Api.Competences;
using Kompetens.Api.Organisation;
using Kompetens.Api.Strategy;
using Kompetens.Api.Trainings;

namespace Kompetens.Api.DemoData;

/// <summary>
/// The training catalogue and its events, past and upcoming, with enrolments in every status. A completed
/// training leaves evidence of the level reached and an action to share what was learned at the workplace.
/// </summary>
internal sealed partial class DemoCityBuilder
{
    private sealed record TrainingPlan(string Code, LocalizedText Title, LocalizedText Description, string Provider, decimal Hours, TrainingFormat Format,
        (string Competence, int Level)[] Develops, Func<Employee, bool> Audience, LocalizedText SharingAction, EventPlan[] Events);

    /// <summary>One run of a training. <see cref="Full"/> fills every place and puts the rest on the waiting list.</summary>
    private sealed record EventPlan(DateOnly Starts, DateOnly Ends, string Location, int Capacity, decimal Cost, FundingSource? Funding, TrainingEventStatus Status)
    {
        public bool Full { get; init; }

        /// <summary>The language the run is taught in.</summary>
        public string Language { get; init; } = "sv";

        /// <summary>The demo employee's enrolment in this event, if any.</summary>
        public EnrolmentStatus? DemoEnrolment { get; init; }
    }

    private readonly Dictionary<Employee, List<Enrolment>> enrolmentsOf = [];

    private void BuildTrainings()
    {
        foreach (var plan in TrainingPlans())
        {
            var training = Add(new Training
            {
                Code = plan.Code,
                Title = plan.Title,
                Description = plan.Description,
                Provider = plan.Provider,
                Hours = plan.Hours,
                Format = plan.Format,
                CreatedAt = At(Earliest(plan.Events[0].Starts.AddDays(-120), Today.AddDays(-30))),
            });
            foreach (var (code, level) in plan.Develops)
            {
                training.Competences.Add(Add(new TrainingCompetence { Training = training, Competence = competences[code], LevelReached = level, CreatedAt = training.CreatedAt }));
            }

            var audience = employees.Where(e => e.Status == EmployeeStatus.Active && e != demoEmployee && plan.Audience(e)).ToList();
            var enrolled = new HashSet<Employee>();
            foreach (var eventPlan in plan.Events)
            {
                var trainingEvent = Add(new TrainingEvent
                {
                    Training = training,
                    StartsAt = At(eventPlan.Starts, 6),
                    EndsAt = At(eventPlan.Ends, 13),
                    Location = eventPlan.Location,
                    Language = eventPlan.Language,
                    Capacity = eventPlan.Capacity,
                    Cost = eventPlan.Cost,
                    FundingSource = eventPlan.Funding,
                    Status = eventPlan.Status,
                    CreatedAt = At(Earliest(eventPlan.Starts.AddDays(-90), Today.AddDays(-7))),
                });
                training.Events.Add(trainingEvent);
                EnrolIn(trainingEvent, eventPlan, plan, audience.Where(e => !enrolled.Contains(e)).ToList(), enrolled);
            }
        }
    }

    private void EnrolIn(TrainingEvent trainingEvent, EventPlan eventPlan, TrainingPlan plan, List<Employee> candidates, HashSet<Employee> enrolled)
    {
        var statuses = EnrolmentStatusesFor(eventPlan);
        if (eventPlan.DemoEnrolment is { } demoStatus)
        {
            statuses.Remove(demoStatus);
            Enrol(trainingEvent, plan, demoEmployee, demoStatus);
            enrolled.Add(demoEmployee);
        }

        var people = Random.ListItems(candidates, Math.Min(statuses.Count, candidates.Count));
        for (var i = 0; i < people.Count; i++)
        {
            Enrol(trainingEvent, plan, people[i], statuses[i]);
            enrolled.Add(people[i]);
        }
    }

    /// <summary>The mix of enrolments an event has by now; places taken (approved, attended, completed) never exceed the capacity.</summary>
    private List<EnrolmentStatus> EnrolmentStatusesFor(EventPlan eventPlan)
    {
        var capacity = eventPlan.Capacity;
        var statuses = new List<EnrolmentStatus>();
        switch (eventPlan.Status)
        {
            case TrainingEventStatus.Completed:
                statuses.AddRange(Enumerable.Repeat(EnrolmentStatus.Completed, capacity - Random.Int(2, 5)));
                statuses.AddRange([EnrolmentStatus.Attended, EnrolmentStatus.NoShow, EnrolmentStatus.Cancelled]);
                break;
            case TrainingEventStatus.Cancelled:
                statuses.AddRange(Enumerable.Repeat(EnrolmentStatus.Cancelled, 5));
                break;
            case TrainingEventStatus.Scheduled when eventPlan.Full:
                statuses.AddRange(Enumerable.Repeat(EnrolmentStatus.Approved, capacity));
                statuses.AddRange([EnrolmentStatus.Waitlisted, EnrolmentStatus.Waitlisted, EnrolmentStatus.Waitlisted, EnrolmentStatus.Requested]);
                break;
            default:
                statuses.AddRange(Enumerable.Repeat(EnrolmentStatus.Approved, Random.Int(capacity / 3, capacity * 2 / 3)));
                statuses.AddRange([EnrolmentStatus.Requested, EnrolmentStatus.Requested, EnrolmentStatus.Requested, EnrolmentStatus.Cancelled]);
                break;
        }

        return statuses;
    }

    private void Enrol(TrainingEvent trainingEvent, TrainingPlan plan, Employee employee, EnrolmentStatus status)
    {
        var starts = DateOnly.FromDateTime(trainingEvent.StartsAt.UtcDateTime);
        var requested = DuringWorkday(Earliest(starts.AddDays(-Random.Int(20, 60)), Today.AddDays(-3)));
        var decided = status is EnrolmentStatus.Requested or EnrolmentStatus.Cancelled
            ? (DateTimeOffset?)null
            : DuringWorkday(Earliest(DateOnly.FromDateTime(requested.UtcDateTime).AddDays(Random.Int(1, 7)), Today.AddDays(-1)));
        DateTimeOffset? completed = status == EnrolmentStatus.Completed ? trainingEvent.EndsAt : null;

        var enrolment = Add(new Enrolment
        {
            TrainingEvent = trainingEvent,
            Employee = employee,
            Status = status,
            RequestedAt = requested,
            DecidedBy = decided is null ? null : ManagerOf(employee),
            DecidedAt = decided,
            CompletedAt = completed,
            CreatedAt = requested,
            UpdatedAt = completed ?? decided ?? requested,
        });
        trainingEvent.Enrolments.Add(enrolment);
        if (!enrolmentsOf.TryGetValue(employee, out var list))
        {
            enrolmentsOf[employee] = list = [];
        }

        list.Add(enrolment);

        if (completed is { } completedAt)
        {
            RecordCompletion(enrolment, plan, completedAt);
        }
    }

    /// <summary>What a completed training leaves behind: evidence of the level reached, and a way to share it at the workplace.</summary>
    private void RecordCompletion(Enrolment enrolment, TrainingPlan plan, DateTimeOffset completedAt)
    {
        var employee = enrolment.Employee;
        var completedOn = DateOnly.FromDateTime(completedAt.UtcDateTime);
        var evidence = $"Utbildningen \"{plan.Title.Sv}\" ({plan.Provider}) genomförd {completedOn.ToString("d.M.yyyy", CultureInfo.InvariantCulture)}.";
        foreach (var (code, level) in plan.Develops)
        {
            var competence = competences[code];
            AddAssessment(employee, competence, level, AssessorKind.Evidence, null, null, completedAt, null, evidence);
            levels[(employee, competence)] = Math.Max(LevelOf(employee, competence), level);
        }

        // The policy asks workplaces for routines that put new competence to use; most actions due by now are done.
        var due = completedOn.AddDays(30);
        var done = due < Today && employee != demoEmployee && Random.Bool(0.7f)
            ? DuringWorkday(DateBetween(completedOn.AddDays(7), due))
            : (DateTimeOffset?)null;
        enrolment.KnowledgeSharingActions.Add(Add(new KnowledgeSharingAction
        {
            Employee = employee,
            Source = LearningSource.Training,
            Enrolment = enrolment,
            OrganisationUnit = employee.OrganisationUnit,
            Description = plan.SharingAction.In(employee.PreferredLanguage),
            DueOn = due,
            DoneAt = done,
            DoneBy = done is null ? null : employee,
            CreatedAt = completedAt,
            UpdatedAt = done ?? completedAt,
        }));
    }

    private static Func<Employee, bool> Within(params string[] codes) => e => codes.Any(code => IsWithin(e.OrganisationUnit, code));

    private TrainingPlan[] TrainingPlans() =>
    [
        new("TR-LOP",
            Text("Läkemedelsbehandling och läkemedelstillstånd", "Lääkehoidon osaaminen ja lääkelupa", "Medication management and medication permit"),
            Text("Teori, webbtentamen och praktiskt prov som krävs för läkemedelstillstånd enligt planen för läkemedelsbehandling.",
                "Lääkeluvan edellyttämä teoria, verkkotentti ja näyttö lääkehoitosuunnitelman mukaisesti.",
                "The theory, online exam and practical test required for a medication permit under the medication plan."),
            "Yrkeshögskolan Novia", 40m, TrainingFormat.Blended, [("K-VAR-01", 3)], Within("SOC-ALD", "SOC-HAL"),
            Text("Gå igenom enhetens plan för läkemedelsbehandling på arbetsplatsmötet.", "Käydä yksikön lääkehoitosuunnitelma läpi työpaikkakokouksessa.",
                "Review the unit's medication plan at the workplace meeting."),
            [
                new(new(2025, 10, 6), new(2025, 11, 28), "Yrkeshögskolan Novia, Vasa", 20, 9_600m, ownBudget, TrainingEventStatus.Completed),
                new(new(2026, 10, 5), new(2026, 11, 27), "Servicehuset Solgården, mötesrummet", 20, 9_800m, esfPlus, TrainingEventStatus.Scheduled) { Full = true },
            ]),
        new("TR-MINNE",
            Text("Minnesvänligt bemötande", "Muistiystävällinen kohtaaminen", "Dementia-friendly care and encounters"),
            Text("Hur minnessjukdomar påverkar vardagen och hur man bemöter personer med minnessjukdom och deras närstående.",
                "Miten muistisairaudet vaikuttavat arkeen ja miten muistisairasta ihmistä ja hänen läheisiään kohdataan.",
                "How memory disorders affect daily life and how to meet people with dementia and their families."),
            "Minnesförbundet", 14m, TrainingFormat.Classroom, [("K-VAR-04", 3), ("F-KOM-02", 3)], Within("SOC-ALD"),
            Text("Ta fram en minnesvänlig dagsrytm för en klient tillsammans med teamet.", "Laatia tiimin kanssa muistiystävällinen päivärytmi yhdelle asiakkaalle.",
                "Design a dementia-friendly daily routine for one client with the team."),
            [
                new(new(2026, 2, 10), new(2026, 2, 11), "Stadshuset, fullmäktigesalen", 18, 4_200m, esfPlus, TrainingEventStatus.Completed),
                new(new(2026, 11, 17), new(2026, 11, 18), "Servicehuset Solgården, mötesrummet", 18, 4_400m, esfPlus, TrainingEventStatus.Scheduled),
            ]),
        new("TR-DIGPED",
            Text("Digital pedagogik i praktiken", "Digipedagogiikka käytännössä", "Digital pedagogy in practice"),
            Text("Att planera undervisning i stadens digitala lärmiljö, bedöma digitalt och stärka elevernas mediekompetens.",
                "Opetuksen suunnittelu kaupungin digitaalisessa oppimisympäristössä, digitaalinen arviointi ja oppilaiden medialukutaidon vahvistaminen.",
                "Planning teaching in the city's digital learning environment, assessing digitally and building pupils' media literacy."),
            "Åbo Akademi, Centret för livslångt lärande", 24m, TrainingFormat.Blended, [("F-DIG-05", 3), ("K-PED-04", 3)], Within("BILD-GRU"),
            Text("Hålla en workshop om ett digitalt verktyg för kollegerna.", "Pitää työkavereille työpajan yhdestä digitaalisesta työkalusta.",
                "Run a workshop on one digital tool for colleagues."),
            [
                new(new(2026, 3, 4), new(2026, 4, 22), "Strandby skola, auditoriet", 24, 7_200m, esfPlus, TrainingEventStatus.Completed),
                new(new(2026, 9, 23), new(2026, 11, 11), "Strandby skola, auditoriet", 24, 7_400m, esfPlus, TrainingEventStatus.Scheduled) { DemoEnrolment = EnrolmentStatus.Approved },
            ]),
        new("TR-STOD",
            Text("Stöd för lärande enligt den nya modellen", "Oppimisen tuki uuden mallin mukaan", "Support for learning under the new model"),
            Text("Ändringarna i lagen om grundläggande utbildning från 1.8.2025 och hur stödet dokumenteras.",
                "Perusopetuslain 1.8.2025 voimaan tulleet muutokset ja tuen kirjaaminen.",
                "The amendments to the Basic Education Act in force since 1 August 2025, and how support is documented."),
            "Utbildningsstyrelsen", 12m, TrainingFormat.Online, [("K-PED-03", 3), ("K-PED-05", 3)], Within("BILD-GRU", "BILD-SMA"),
            Text("Uppdatera arbetsplatsens rutin för stöd för lärande.", "Päivittää työpaikan oppimisen tuen toimintatapa.",
                "Update the workplace's routine for learning support."),
            [
                new(new(2025, 9, 15), new(2025, 9, 16), "Teams", 30, 0m, null, TrainingEventStatus.Completed),
                new(new(2027, 1, 19), new(2027, 1, 20), "Teams", 30, 0m, null, TrainingEventStatus.Scheduled),
            ]),
        new("TR-GDPR",
            Text("Dataskydd i kommunalt arbete", "Tietosuoja kunnan työssä", "Data protection in municipal work"),
            Text("Dataskyddsförordningen för kommunanställda: rättslig grund, informationssäkerhet och personuppgiftsincidenter.",
                "Tietosuoja-asetus kunnan työntekijöille: käsittelyperuste, tietoturva ja tietoturvaloukkaukset.",
                "The GDPR for municipal staff: legal basis, information security and personal data breaches."),
            "Finlands Kommunförbund", 4m, TrainingFormat.Online, [("K-JUR-02", 2), ("F-DIG-02", 3)], _ => true,
            Text("Gå igenom arbetsplatsens hantering av personuppgifter på arbetsplatsmötet.", "Käydä työpaikan henkilötietojen käsittely läpi työpaikkakokouksessa.",
                "Review how the workplace handles personal data at the workplace meeting."),
            [
                new(new(2026, 4, 14), new(2026, 4, 14), "Teams", 60, 1_500m, ownBudget, TrainingEventStatus.Completed) { DemoEnrolment = EnrolmentStatus.Completed },
                new(new(2026, 10, 13), new(2026, 10, 13), "Teams", 60, 1_500m, ownBudget, TrainingEventStatus.Scheduled),
            ]),
        new("TR-M365",
            Text("Microsoft 365 i vardagen", "Microsoft 365 arjessa", "Microsoft 365 for everyday work"),
            Text("Teams, OneDrive och SharePoint för samarbete och delade dokument i stadens miljö.",
                "Teams, OneDrive ja SharePoint yhteistyöhön ja jaettuihin asiakirjoihin kaupungin ympäristössä.",
                "Teams, OneDrive and SharePoint for collaboration and shared documents in the city's environment."),
            "Stadens IT-service", 6m, TrainingFormat.Online, [("F-DIG-01", 3)], _ => true,
            Text("Flytta arbetsplatsens gemensamma dokument till ett Teams-team.", "Siirtää työpaikan yhteiset asiakirjat Teams-tiimiin.",
                "Move the workplace's shared documents into a Teams team."),
            [
                new(new(2026, 5, 19), new(2026, 5, 19), "Teams", 40, 0m, null, TrainingEventStatus.Completed),
                new(new(2026, 9, 15), new(2026, 9, 15), "Teams", 40, 0m, null, TrainingEventStatus.Scheduled),
            ]),
        new("TR-LEDA",
            Text("Coachande ledarskap", "Valmentava johtaminen", "Coaching leadership"),
            Text("Ledarprogram för stadens chefer: coachande samtal, respons och att leda lärande på arbetsplatsen.",
                "Kaupungin esihenkilöiden johtamisohjelma: valmentava keskustelu, palaute ja oppimisen johtaminen työpaikalla.",
                "A programme for the city's managers: coaching conversations, feedback and leading learning at work."),
            "Hanken Svenska handelshögskolan, fortbildning", 32m, TrainingFormat.Blended, [("F-LED-01", 4), ("F-LED-03", 3)], managers.Contains,
            Text("Införa coachande utvecklingssamtal i den egna enheten.", "Ottaa valmentavat kehityskeskustelut käyttöön omassa yksikössä.",
                "Introduce coaching development discussions in one's own unit."),
            [
                new(new(2025, 9, 9), new(2025, 12, 2), "Stadshuset, sal 2", 16, 12_800m, ownBudget, TrainingEventStatus.Completed),
                new(new(2026, 10, 6), new(2027, 2, 9), "Stadshuset, sal 2", 16, 13_200m, ownBudget, TrainingEventStatus.Scheduled),
            ]),
        new("TR-FINSKA",
            Text("Finska i arbetslivet", "Työelämän suomi", "Finnish for working life"),
            Text("Muntlig finska för kundbetjäning och möten, från nöjaktig till god nivå (B1–B2).",
                "Suullista suomea asiakaspalveluun ja kokouksiin tyydyttävältä hyvälle tasolle (B1–B2).",
                "Spoken Finnish for customer service and meetings, from B1 to B2."),
            "Strandby medborgarinstitut", 40m, TrainingFormat.Blended, [("F-SPR-02", 4)], e => e.PreferredLanguage == "sv",
            Text("Betjäna finskspråkiga kunder på egen hand en vecka och berätta om erfarenheterna.", "Palvella suomenkielisiä asiakkaita itsenäisesti viikon ajan ja kertoa kokemuksista.",
                "Serve Finnish-speaking customers on one's own for a week and share the experience."),
            [
                new(new(2026, 1, 20), new(2026, 5, 12), "Medborgarinstitutet, sal 3", 16, 3_200m, esfPlus, TrainingEventStatus.Completed) { Language = "fi" },
                new(new(2026, 9, 8), new(2026, 12, 8), "Medborgarinstitutet, sal 3", 16, 3_300m, esfPlus, TrainingEventStatus.Scheduled) { Language = "fi" },
            ]),
        new("TR-SVENSKA",
            Text("Svenska i arbetslivet", "Työelämän ruotsi", "Swedish for working life"),
            Text("Muntlig svenska för kundbetjäning och möten, från nöjaktig till god nivå (B1–B2).",
                "Suullista ruotsia asiakaspalveluun ja kokouksiin tyydyttävältä hyvälle tasolle (B1–B2).",
                "Spoken Swedish for customer service and meetings, from B1 to B2."),
            "Strandby medborgarinstitut", 40m, TrainingFormat.Blended, [("F-SPR-01", 4)], e => e.PreferredLanguage == "fi",
            Text("Betjäna svenskspråkiga kunder på egen hand en vecka och berätta om erfarenheterna.", "Palvella ruotsinkielisiä asiakkaita itsenäisesti viikon ajan ja kertoa kokemuksista.",
                "Serve Swedish-speaking customers on one's own for a week and share the experience."),
            [
                new(new(2026, 1, 21), new(2026, 5, 13), "Medborgarinstitutet, sal 3", 14, 3_200m, esfPlus, TrainingEventStatus.Completed),
                new(new(2026, 9, 9), new(2026, 12, 9), "Medborgarinstitutet, sal 3", 14, 3_300m, esfPlus, TrainingEventStatus.Scheduled),
            ]),
        new("TR-UPPH",
            Text("Offentlig upphandling – grunder", "Julkiset hankinnat – perusteet", "Public procurement basics"),
            Text("Upphandlingslagen, tröskelvärden och konkurrensutsättning i praktiken.",
                "Hankintalaki, kynnysarvot ja kilpailuttaminen käytännössä.",
                "The Procurement Act, thresholds and competitive tendering in practice."),
            "Rådgivningsenheten för offentlig upphandling", 8m, TrainingFormat.Online, [("K-JUR-03", 3)], Within("KONC", "TEK"),
            Text("Gå igenom enhetens kommande upphandlingar med upphandlingsexperten.", "Käydä yksikön tulevat hankinnat läpi hankinta-asiantuntijan kanssa.",
                "Go through the unit's upcoming procurements with the procurement expert."),
            [
                new(new(2026, 3, 17), new(2026, 3, 17), "Teams", 25, 0m, null, TrainingEventStatus.Completed),
                new(new(2026, 6, 9), new(2026, 6, 9), "Teams", 25, 0m, null, TrainingEventStatus.Cancelled),
            ]),
        new("TR-LEAN",
            Text("Lean i offentlig sektor", "Lean julkisella sektorilla", "Lean in the public sector"),
            Text("Att kartlägga flöden, hitta slöseri och leda förbättringsmöten på arbetsplatsen.",
                "Virtausten kuvaaminen, hukan tunnistaminen ja parannuspalaverien vetäminen työpaikalla.",
                "Mapping flows, finding waste and running improvement meetings at work."),
            "Yrkeshögskolan Arcada", 12m, TrainingFormat.Classroom, [("F-PRO-02", 3), ("E-ERF-04", 2)], Within("TEK", "KONC", "SOC-HAL"),
            Text("Leda ett förbättringsmöte på arbetsplatsen.", "Vetää parannuspalaveri työpaikalla.", "Run an improvement meeting at the workplace."),
            [
                new(new(2025, 11, 4), new(2025, 11, 5), "Tekniska förvaltningen, mötesrummet Kompassen", 20, 5_600m, ownBudget, TrainingEventStatus.Completed),
                new(new(2027, 2, 16), new(2027, 2, 17), "Tekniska förvaltningen, mötesrummet Kompassen", 20, 5_800m, ownBudget, TrainingEventStatus.Scheduled),
            ]),
        new("TR-EA1",
            Text("Första hjälpen 1 (EA1)", "Ensiapu 1 (EA1)", "First aid 1 (EA1)"),
            Text("Grundkurs i första hjälpen; intyget gäller i tre år.", "Ensiavun peruskurssi; todistus on voimassa kolme vuotta.",
                "A basic first aid course; the certificate is valid for three years."),
            "Finlands Röda Kors", 16m, TrainingFormat.Classroom, [("F-PRO-03", 3)], Within("BILD-SMA", "SOC-ALD", "TEK-LOK"),
            Text("Kontrollera arbetsplatsens första hjälpen-utrustning och uppdatera anvisningen.", "Tarkistaa työpaikan ensiapuvälineet ja päivittää ohjeen.",
                "Check the workplace's first aid kit and update the instructions."),
            [
                new(new(2026, 3, 9), new(2026, 3, 10), "Brandstationen, utbildningssalen", 16, 2_400m, ownBudget, TrainingEventStatus.Completed),
                new(new(2026, 6, 8), new(2026, 6, 9), "Brandstationen, utbildningssalen", 16, 2_400m, ownBudget, TrainingEventStatus.Completed),
                new(new(2026, 10, 26), new(2026, 10, 27), "Brandstationen, utbildningssalen", 16, 2_500m, ownBudget, TrainingEventStatus.Scheduled),
            ]),
    ];
}
