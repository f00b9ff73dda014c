using System.Text;
using Bogus.DataSets;
using Kompetens.Api.Organisation;

namespace Kompetens.Api.DemoData;

/// <summary>The organisation as payroll would send it: the city, four administrations, their departments and workplaces, and the staff.</summary>
internal sealed partial class DemoCityBuilder
{
    private const string EmailDomain = "stad.example";

    /// <summary>
    /// One unit and its staff. The parent is the code without its last part (BILD-GRU-01 → BILD-GRU); administrations
    /// sit under the city. Titles repeat to weight them. Finnish-language units have mostly Finnish-speaking staff.
    /// </summary>
    private sealed record UnitPlan(string Code, string Name, OrganisationUnitKind Kind, string ManagerTitle, int Staff, string[] Titles, double SwedishShare = 0.66);

    /// <summary>The units' Finnish names, as payroll has them (the city is bilingual).</summary>
    private static readonly Dictionary<string, string> FinnishUnitNames = new(StringComparer.Ordinal)
    {
        ["STAD"] = "Strandbyn kaupunki",
        ["BILD"] = "Sivistystoimiala",
        ["BILD-SMA"] = "Varhaiskasvatus",
        ["BILD-SMA-01"] = "Päiväkoti Auringonkukka",
        ["BILD-SMA-02"] = "Päiväkoti Kielo",
        ["BILD-SMA-03"] = "Päiväkoti Knattebo",
        ["BILD-GRU"] = "Perusopetus",
        ["BILD-GRU-01"] = "Strandbyn koulu",
        ["BILD-GRU-02"] = "Norrbyn koulu",
        ["BILD-GRU-03"] = "Keskustan koulu",
        ["BILD-KUL"] = "Kulttuuri ja vapaa-aika",
        ["BILD-KUL-01"] = "Pääkirjasto",
        ["BILD-KUL-02"] = "Nuorisotalo Tuuli",
        ["SOC"] = "Sosiaali- ja terveystoimiala",
        ["SOC-ALD"] = "Vanhustenhuolto",
        ["SOC-ALD-01"] = "Palvelutalo Päivärinne",
        ["SOC-ALD-02"] = "Kotihoito pohjoinen",
        ["SOC-ALD-03"] = "Kotihoito etelä",
        ["SOC-HAL"] = "Terveydenhuolto",
        ["SOC-HAL-01"] = "Terveyskeskus",
        ["SOC-HAL-02"] = "Neuvola",
        ["SOC-SOC"] = "Sosiaalityö",
        ["SOC-SOC-01"] = "Perhekeskus",
        ["SOC-SOC-02"] = "Aikuissosiaalityö",
        ["TEK"] = "Tekninen toimiala",
        ["TEK-KOM"] = "Kunnallistekniikka",
        ["TEK-KOM-01"] = "Katu- ja puistoyksikkö",
        ["TEK-KOM-02"] = "Vesilaitos",
        ["TEK-LOK"] = "Tilapalvelut",
        ["TEK-LOK-01"] = "Kiinteistöhuolto",
        ["TEK-LOK-02"] = "Siivouspalvelut",
        ["TEK-LOK-03"] = "Keskuskeittiö",
        ["TEK-PLA"] = "Kaavoitus ja rakennusvalvonta",
        ["TEK-PLA-01"] = "Rakennusvalvonta",
        ["TEK-PLA-02"] = "Mittaus ja paikkatieto",
        ["KONC"] = "Konsernihallinto",
        ["KONC-EKO"] = "Talous",
        ["KONC-EKO-01"] = "Kirjanpito",
        ["KONC-EKO-02"] = "Hankinnat",
        ["KONC-HR"] = "Henkilöstö",
        ["KONC-HR-01"] = "HR-palvelut",
        ["KONC-HR-02"] = "Palkkapalvelut",
        ["KONC-DIG"] = "Digitalisaatio ja IT",
        ["KONC-DIG-01"] = "IT-palvelut",
    };

    private static readonly UnitPlan[] UnitPlans =
    [
        new("STAD", "Strandby stad", OrganisationUnitKind.City, "Stadsdirektör", 2, ["Stadsjurist", "Kommunikationsexpert"]),

        new("BILD", "Bildningsförvaltningen", OrganisationUnitKind.Administration, "Bildningsdirektör", 2, ["Förvaltningssekreterare", "Controller"]),
        new("BILD-SMA", "Småbarnspedagogik", OrganisationUnitKind.Department, "Chef för småbarnspedagogik", 2, ["Speciallärare inom småbarnspedagogik", "Servicehandledare"]),
        new("BILD-SMA-01", "Daghemmet Solrosen", OrganisationUnitKind.Workplace, "Daghemsföreståndare", 18, ["Lärare inom småbarnspedagogik", "Lärare inom småbarnspedagogik", "Barnskötare", "Barnskötare", "Barnskötare", "Assistent"]),
        new("BILD-SMA-02", "Päiväkoti Kielo", OrganisationUnitKind.Workplace, "Daghemsföreståndare", 16, ["Lärare inom småbarnspedagogik", "Lärare inom småbarnspedagogik", "Barnskötare", "Barnskötare", "Barnskötare", "Assistent"], 0.1),
        new("BILD-SMA-03", "Daghemmet Knattebo", OrganisationUnitKind.Workplace, "Daghemsföreståndare", 14, ["Lärare inom småbarnspedagogik", "Barnskötare", "Barnskötare", "Assistent"]),
        new("BILD-GRU", "Grundläggande utbildning", OrganisationUnitKind.Department, "Chef för grundläggande utbildning", 4, ["Planerare", "Specialplanerare"]),
        new("BILD-GRU-01", "Strandby skola", OrganisationUnitKind.Workplace, "Rektor", 34, ["Klasslärare", "Klasslärare", "Klasslärare", "Ämneslärare", "Ämneslärare", "Speciallärare", "Skolgångsbiträde", "Skolgångsbiträde", "Elevhandledare"]),
        new("BILD-GRU-02", "Norrby skola", OrganisationUnitKind.Workplace, "Rektor", 26, ["Klasslärare", "Klasslärare", "Klasslärare", "Speciallärare", "Skolgångsbiträde"]),
        new("BILD-GRU-03", "Keskustan koulu", OrganisationUnitKind.Workplace, "Rektor", 28, ["Klasslärare", "Klasslärare", "Ämneslärare", "Ämneslärare", "Speciallärare", "Skolgångsbiträde"], 0.1),
        new("BILD-KUL", "Kultur och fritid", OrganisationUnitKind.Department, "Kultur- och fritidschef", 2, ["Kultursekreterare", "Idrottssekreterare"]),
        new("BILD-KUL-01", "Huvudbiblioteket", OrganisationUnitKind.Workplace, "Bibliotekschef", 12, ["Bibliotekarie", "Bibliotekarie", "Biblioteksfunktionär", "Biblioteksfunktionär", "Informatiker"]),
        new("BILD-KUL-02", "Ungdomsgården Vinden", OrganisationUnitKind.Workplace, "Ungdomsarbetsledare", 6, ["Ungdomsledare", "Ungdomsledare", "Ungdomsarbetare"]),

        new("SOC", "Social- och hälsovårdsförvaltningen", OrganisationUnitKind.Administration, "Social- och hälsovårdsdirektör", 2, ["Förvaltningssekreterare", "Controller"]),
        new("SOC-ALD", "Äldreomsorg", OrganisationUnitKind.Department, "Äldreomsorgschef", 2, ["Servicehandledare", "Kvalitetskoordinator"]),
        new("SOC-ALD-01", "Servicehuset Solgården", OrganisationUnitKind.Workplace, "Enhetschef", 34, ["Närvårdare", "Närvårdare", "Närvårdare", "Närvårdare", "Sjuksköterska", "Sjuksköterska", "Vårdbiträde", "Fysioterapeut"]),
        new("SOC-ALD-02", "Hemvården norra", OrganisationUnitKind.Workplace, "Enhetschef", 26, ["Närvårdare", "Närvårdare", "Närvårdare", "Närvårdare", "Sjuksköterska", "Hemvårdare"]),
        new("SOC-ALD-03", "Hemvården södra", OrganisationUnitKind.Workplace, "Enhetschef", 24, ["Närvårdare", "Närvårdare", "Närvårdare", "Sjuksköterska", "Hemvårdare"], 0.5),
        new("SOC-HAL", "Hälsovård", OrganisationUnitKind.Department, "Ledande överläkare", 2, ["Ledande hälsovårdare", "Planerare"]),
        new("SOC-HAL-01", "Hälsocentralen", OrganisationUnitKind.Workplace, "Avdelningsskötare", 28, ["Sjuksköterska", "Sjuksköterska", "Sjuksköterska", "Läkare", "Läkare", "Närvårdare", "Vårdsekreterare"]),
        new("SOC-HAL-02", "Rådgivningen", OrganisationUnitKind.Workplace, "Avdelningsskötare", 12, ["Hälsovårdare", "Hälsovårdare", "Hälsovårdare", "Sjuksköterska", "Vårdsekreterare"]),
        new("SOC-SOC", "Socialarbete", OrganisationUnitKind.Department, "Ledande socialarbetare", 2, ["Socialhandledare", "Jurist"]),
        new("SOC-SOC-01", "Familjecentret", OrganisationUnitKind.Workplace, "Enhetschef", 14, ["Socialarbetare", "Socialarbetare", "Socialhandledare", "Familjearbetare", "Familjearbetare", "Psykolog"]),
        new("SOC-SOC-02", "Vuxensocialarbetet", OrganisationUnitKind.Workplace, "Enhetschef", 12, ["Socialarbetare", "Socialarbetare", "Socialhandledare", "Förmånshandläggare"]),

        new("TEK", "Tekniska förvaltningen", OrganisationUnitKind.Administration, "Teknisk direktör", 2, ["Förvaltningssekreterare", "Controller"]),
        new("TEK-KOM", "Kommunalteknik", OrganisationUnitKind.Department, "Stadsingenjör", 2, ["Ingenjör", "Planerare"]),
        new("TEK-KOM-01", "Gatu- och parkenheten", OrganisationUnitKind.Workplace, "Enhetschef", 16, ["Anläggningsarbetare", "Anläggningsarbetare", "Trädgårdsmästare", "Maskinförare", "Arbetsledare"]),
        new("TEK-KOM-02", "Vattenverket", OrganisationUnitKind.Workplace, "Vattenverkschef", 12, ["Processoperatör", "Processoperatör", "Ingenjör", "Montör"]),
        new("TEK-LOK", "Lokalservice", OrganisationUnitKind.Department, "Lokalservicechef", 1, ["Planerare"]),
        new("TEK-LOK-01", "Fastighetsunderhållet", OrganisationUnitKind.Workplace, "Fastighetschef", 12, ["Fastighetsskötare", "Fastighetsskötare", "Fastighetsskötare", "Ingenjör"]),
        new("TEK-LOK-02", "Städservice", OrganisationUnitKind.Workplace, "Servicechef", 18, ["Lokalvårdare", "Lokalvårdare", "Lokalvårdare", "Lokalvårdare", "Arbetsledare"], 0.5),
        new("TEK-LOK-03", "Centralköket", OrganisationUnitKind.Workplace, "Kökschef", 14, ["Kock", "Kock", "Måltidsservicearbetare", "Måltidsservicearbetare"]),
        new("TEK-PLA", "Planläggning och byggnadstillsyn", OrganisationUnitKind.Department, "Planläggningschef", 1, ["Planläggningsarkitekt"]),
        new("TEK-PLA-01", "Byggnadstillsynen", OrganisationUnitKind.Workplace, "Ledande byggnadsinspektör", 5, ["Byggnadsinspektör", "Byggnadsinspektör", "Ingenjör", "Byråsekreterare"]),
        new("TEK-PLA-02", "Mätning och geodata", OrganisationUnitKind.Workplace, "Stadsgeodet", 5, ["Mätningsingenjör", "GIS-specialist", "Mätningstekniker"]),

        new("KONC", "Koncernförvaltningen", OrganisationUnitKind.Administration, "Förvaltningsdirektör", 2, ["Förvaltningssekreterare", "Stadsjurist"]),
        new("KONC-EKO", "Ekonomi", OrganisationUnitKind.Department, "Ekonomidirektör", 2, ["Ekonom", "Controller"]),
        new("KONC-EKO-01", "Redovisning", OrganisationUnitKind.Workplace, "Redovisningschef", 8, ["Ekonom", "Ekonom", "Redovisningssekreterare", "Redovisningssekreterare"]),
        new("KONC-EKO-02", "Upphandling", OrganisationUnitKind.Workplace, "Upphandlingschef", 4, ["Upphandlingsexpert"]),
        new("KONC-HR", "Personal", OrganisationUnitKind.Department, "Personaldirektör", 2, ["HR-specialist"]),
        new("KONC-HR-01", "HR-service", OrganisationUnitKind.Workplace, "HR-chef", 7, ["HR-specialist", "HR-specialist", "Personalsekreterare", "Utbildningsplanerare"]),
        new("KONC-HR-02", "Löneservice", OrganisationUnitKind.Workplace, "Lönechef", 6, ["Lönesekreterare", "Lönesekreterare", "Lönespecialist"]),
        new("KONC-DIG", "Digitalisering och IT", OrganisationUnitKind.Department, "Digitaliseringschef", 2, ["Digitaliseringsspecialist"]),
        new("KONC-DIG-01", "IT-service", OrganisationUnitKind.Workplace, "IT-chef", 10, ["IT-stödperson", "IT-stödperson", "Systemspecialist", "IT-specialist"]),
    ];

    /// <summary>A person with a fixed number, object id and name, whom tests and the README refer to.</summary>
    private sealed record DemoIdentityPlan(string Number, Guid ObjectId, string GivenName, string FamilyName, DateOnly Started)
    {
        public string Email => $"{Ascii(GivenName)}.{Ascii(FamilyName)}@{EmailDomain}";
    }

    private static readonly DemoIdentityPlan DemoEmployeePlan = new(DemoCity.DemoEmployeeNumber, DemoCity.DemoEmployeeObjectId, "Sara", "Lindholm", new(2016, 8, 1));
    private static readonly DemoIdentityPlan DemoManagerPlan = new(DemoCity.DemoManagerNumber, DemoCity.DemoManagerObjectId, "Mikael", "Grönroos", new(2011, 8, 1));
    private static readonly string[] ReservedEmployeeNumbers = [DemoEmployeePlan.Number, DemoManagerPlan.Number];
    private static readonly DateTimeOffset FirstPayrollSync = new(2024, 8, 1, 4, 0, 0, TimeSpan.Zero);

    private readonly Dictionary<string, OrganisationUnit> unitsByCode = new(StringComparer.Ordinal);
    private readonly List<Employee> employees = [];
    private readonly HashSet<Employee> managers = [];
    private readonly HashSet<string> emails = new(StringComparer.Ordinal);
    private int nextEmployeeNumber = 10001;
    private Employee demoEmployee = null!;
    private Employee demoManager = null!;

    private void BuildOrganisation()
    {
        // Reserve the demo identities' addresses so that no generated namesake takes them first.
        emails.Add(DemoEmployeePlan.Email);
        emails.Add(DemoManagerPlan.Email);

        foreach (var plan in UnitPlans)
        {
            var parentCode = plan.Kind switch
            {
                OrganisationUnitKind.City => null,
                OrganisationUnitKind.Administration => "STAD",
                _ => plan.Code[..plan.Code.LastIndexOf('-')],
            };
            var unit = Add(new OrganisationUnit
            {
                Code = plan.Code,
                Name = new() { Sv = plan.Name, Fi = FinnishUnitNames[plan.Code] },
                Kind = plan.Kind,
                Parent = parentCode is null ? null : unitsByCode[parentCode],
                CreatedAt = FirstPayrollSync,
            });
            unitsByCode[plan.Code] = unit;
            BuildStaff(unit, plan);
        }

        BuildSyncRuns();
    }

    private void BuildStaff(OrganisationUnit unit, UnitPlan plan)
    {
        var isDemoUnit = plan.Code == DemoCity.DemoUnitCode;
        unit.Manager = isDemoUnit
            ? demoManager = DemoIdentity(unit, DemoManagerPlan, plan.ManagerTitle)
            : NewEmployee(unit, plan.ManagerTitle, plan.SwedishShare, isManager: true);
        managers.Add(unit.Manager);

        for (var i = 0; i < plan.Staff; i++)
        {
            if (isDemoUnit && i == 0)
            {
                demoEmployee = DemoIdentity(unit, DemoEmployeePlan, "Utvecklingspedagog");
                continue;
            }

            NewEmployee(unit, Random.ArrayElement(plan.Titles), plan.SwedishShare, isManager: false);
        }
    }

    private Employee DemoIdentity(OrganisationUnit unit, DemoIdentityPlan identity, string jobTitle)
    {
        var employee = Add(new Employee
        {
            EmployeeNumber = identity.Number,
            EntraObjectId = identity.ObjectId,
            GivenName = identity.GivenName,
            FamilyName = identity.FamilyName,
            Email = identity.Email,
            PreferredLanguage = "sv",
            JobTitle = jobTitle,
            OrganisationUnit = unit,
            Status = EmployeeStatus.Active,
            EmploymentStartDate = identity.Started,
            CreatedAt = FirstPayrollSync,
        });
        employees.Add(employee);
        return employee;
    }

    private Employee NewEmployee(OrganisationUnit unit, string jobTitle, double swedishShare, bool isManager)
    {
        var swedishName = Random.Double() < swedishShare;
        var names = swedishName ? sv.Name : fi.Name;
        var gender = Random.Bool() ? Name.Gender.Female : Name.Gender.Male;
        var givenName = names.FirstName(gender);
        var familyName = names.LastName();

        // The name mostly tells the language; some Finnish-named staff prefer Swedish, and a few prefer English.
        var language = swedishName
            ? Random.WeightedRandom(["sv", "en"], [0.985f, 0.015f])
            : Random.WeightedRandom(["fi", "sv", "en"], [0.82f, 0.16f, 0.02f]);

        var status = isManager ? EmployeeStatus.Active : Random.WeightedRandom(
            [EmployeeStatus.Active, EmployeeStatus.OnLeave, EmployeeStatus.Terminated], [0.90f, 0.07f, 0.03f]);
        DateOnly? ended = status == EmployeeStatus.Terminated ? DateBetween(new(2025, 9, 1), Today.AddDays(-1)) : null;
        var started = isManager
            ? DateBetween(new(1996, 1, 1), new(2022, 12, 31))
            : DateBetween(new(1992, 1, 1), (ended ?? Today).AddDays(-120));

        // Payroll sends new hires a couple of weeks before they start; everyone else came with the first full sync.
        var created = started.AddDays(-14) > DateOnly.FromDateTime(FirstPayrollSync.UtcDateTime) ? At(started.AddDays(-14), 4) : FirstPayrollSync;
        var updated = status switch
        {
            EmployeeStatus.Terminated => At(ended!.Value, 4),
            EmployeeStatus.OnLeave => At(DateBetween(new(2026, 1, 1), Today.AddDays(-1)), 4),
            _ => created,
        };

        var employee = Add(new Employee
        {
            EmployeeNumber = NextEmployeeNumber(),
            EntraObjectId = status == EmployeeStatus.Terminated ? null : objectIds.Version4(),
            GivenName = givenName,
            FamilyName = familyName,
            Email = UniqueEmail(givenName, familyName),
            PreferredLanguage = language,
            JobTitle = jobTitle,
            OrganisationUnit = unit,
            Status = status,
            EmploymentStartDate = started,
            EmploymentEndDate = ended,
            CreatedAt = created,
            UpdatedAt = updated,
        });
        employees.Add(employee);
        return employee;
    }

    private string NextEmployeeNumber()
    {
        string number;
        do
        {
            number = $"E{nextEmployeeNumber++}";
        }
        while (ReservedEmployeeNumbers.Contains(number));

        return number;
    }

    /// <summary>firstname.lastname@stad.example in plain ASCII (å, ä, ö → a, a, o), numbered when the name is taken.</summary>
    private string UniqueEmail(string givenName, string familyName)
    {
        var local = $"{Ascii(givenName)}.{Ascii(familyName)}";
        var email = $"{local}@{EmailDomain}";
        for (var n = 2; !emails.Add(email); n++)
        {
            email = $"{local}{n}@{EmailDomain}";
        }

        return email;
    }

    private static string Ascii(string name)
    {
        var folded = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                folded.Append(char.ToLowerInvariant(c));
            }
            else if (c is '-' or ' ')
            {
                folded.Append('-');
            }

            // Anything else, such as the diaeresis split off ä or the ring split off å, is dropped.
        }

        return folded.ToString();
    }

    /// <summary>The payroll pushes that brought the organisation in: the first full sync and the latest deltas.</summary>
    private void BuildSyncRuns()
    {
        Add(new SyncRun
        {
            Source = "payroll",
            Mode = SyncMode.Full,
            Status = SyncRunStatus.Succeeded,
            StartedAt = FirstPayrollSync,
            FinishedAt = FirstPayrollSync.AddMinutes(3),
            Received = employees.Count(e => e.CreatedAt == FirstPayrollSync),
            Created = employees.Count(e => e.CreatedAt == FirstPayrollSync),
            CreatedAt = FirstPayrollSync,
        });
        Add(new SyncRun
        {
            Source = "payroll",
            Mode = SyncMode.Delta,
            Status = SyncRunStatus.Succeeded,
            StartedAt = Now.AddDays(-1).AddHours(-4),
            FinishedAt = Now.AddDays(-1).AddHours(-4).AddSeconds(9),
            Received = 14,
            Created = 2,
            Updated = 9,
            Unchanged = 3,
            CreatedAt = Now.AddDays(-1).AddHours(-4),
        });
        Add(new SyncRun
        {
            Source = "payroll",
            Mode = SyncMode.Delta,
            Status = SyncRunStatus.PartiallySucceeded,
            StartedAt = Now.AddHours(-4),
            FinishedAt = Now.AddHours(-4).AddSeconds(6),
            Received = 6,
            Updated = 4,
            Unchanged = 1,
            Rejected = 1,
            CreatedAt = Now.AddHours(-4),
        });
    }

    /// <summary>
    /// Each person's employment as payroll sends it: one primary post in their unit, ended for those who left; and,
    /// as is common in a city, some staff split between two workplaces of the same department (a second, part-time
    /// post that makes the other workplace's manager theirs too).
    /// </summary>
    private void BuildEmployments()
    {
        var workplaces = UnitPlans.Where(p => p.Kind == OrganisationUnitKind.Workplace).Select(p => unitsByCode[p.Code]).ToList();
        var split = 0;
        foreach (var employee in employees)
        {
            var other = employee.Status == EmployeeStatus.Active && !managers.Contains(employee) && employee != demoEmployee && ++split % 25 == 0
                ? workplaces.FirstOrDefault(w => w != employee.OrganisationUnit && w.Parent == employee.OrganisationUnit.Parent)
                : null;
            Employ(employee, employee.OrganisationUnit, employee.JobTitle, primary: true, other is null ? 100 : 60);
            if (other is not null)
            {
                Employ(employee, other, employee.JobTitle, primary: false, 40);
            }
        }
    }

    private void Employ(Employee employee, OrganisationUnit unit, string? jobTitle, bool primary, int extent) =>
        employee.Employments.Add(Add(new Employment
        {
            Employee = employee,
            OrganisationUnit = unit,
            JobTitle = jobTitle,
            StartDate = employee.EmploymentStartDate,
            EndDate = employee.EmploymentEndDate,
            Primary = primary,
            ExtentPercent = extent,
            CreatedAt = employee.CreatedAt,
            UpdatedAt = employee.UpdatedAt,
        }));

    /// <summary>The employee's nearest manager above them: their unit's manager, or for a manager the manager of the unit above.</summary>
    private static Employee? ManagerOf(Employee employee)
    {
        for (var unit = employee.OrganisationUnit; unit is not null; unit = unit.Parent)
        {
            if (unit.Manager is { } manager && manager != employee)
            {
                return manager;
            }
        }

        return null;
    }

    private static bool IsWithin(OrganisationUnit unit, string code)
    {
        for (var current = unit; current is not null; current = current.Parent)
        {
            if (current.Code == code)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Active employees of the units with these codes and the units below them.</summary>
    private List<Employee> ActiveWithin(params string[] codes) =>
        employees.Where(e => e.Status == EmployeeStatus.Active && codes.Any(code => IsWithin(e.OrganisationUnit, code))).ToList();
}
