namespace Kompetens.Bench;

/// <summary>A unit as payroll sends it. <see cref="Level"/>: 0 city, 1 administration, 2 department, 3 workplace.</summary>
public sealed record UnitSpec(int Index, string Code, string Name, string Kind, string? ParentCode, int Level, int Administration, int ManagerIndex);

/// <summary>One employment as payroll sends it.</summary>
public sealed record EmploymentSpec(int UnitIndex, string UnitCode, string JobTitle, DateOnly StartDate, DateOnly? EndDate, bool Primary, int ExtentPercent);

/// <summary>A person as payroll sends them, with all of their employments.</summary>
public sealed record EmployeeSpec(int Index, string Number, Guid EntraObjectId, string GivenName, string FamilyName, string Email, string Language, IReadOnlyList<EmploymentSpec> Employments)
{
    public EmploymentSpec PrimaryEmployment => Employments[0];
}

/// <summary>
/// The benchmark city's organisation: about 1,200 units over four levels at 40,000 employees (scaled down for
/// smaller cities), every unit managed by one of its own people, every 8th person with a second, part-time post.
/// Everything follows from the seed and the size; object ids are <see cref="ObjectId"/>, so a token can be
/// minted for any employee or manager without asking the database.
/// </summary>
public sealed class City
{
    public static readonly string[] GivenNames =
    [
        "Anna", "Erik", "Maria", "Johan", "Karin", "Mikael", "Sara", "Lars", "Emma", "Anders", "Elin", "Jukka", "Aino",
        "Mikko", "Liisa", "Matti", "Helena", "Pekka", "Sofia", "Henrik", "Ida", "Tomas", "Linnea", "Oskar", "Saara",
        "Ville", "Åsa", "Göran", "Märta", "Björn", "Päivi", "Jörgen", "Ulla", "Niklas", "Hanna", "Patrik", "Tiina",
        "Kristian", "Camilla", "Fredrik",
    ];

    public static readonly string[] FamilyNames =
    [
        "Lindholm", "Grönroos", "Nyström", "Virtanen", "Korhonen", "Andersson", "Johansson", "Karlsson", "Nieminen",
        "Mäkinen", "Lindqvist", "Sjöberg", "Holmström", "Åberg", "Eklund", "Heikkinen", "Laine", "Koskinen", "Berg",
        "Lindström", "Wikström", "Forsman", "Söderlund", "Backman", "Öhman", "Granqvist", "Lehtonen", "Salminen",
        "Strömberg", "Hägg", "Blomqvist", "Sundqvist", "Westerlund", "Rantanen", "Häkkinen", "Engström", "Nordman",
        "Lönnqvist", "Ekholm", "Sandell",
    ];

    public static readonly string[] JobTitles =
    [
        "Lärare", "Klasslärare", "Speciallärare", "Barnträdgårdslärare", "Barnskötare", "Rektor", "Skolgångsbiträde",
        "Sjukskötare", "Närvårdare", "Hälsovårdare", "Läkare", "Socialarbetare", "Handledare", "Fysioterapeut",
        "Ekonom", "Planerare", "Ingenjör", "Byggnadsinspektör", "Trädgårdsmästare", "Fastighetsskötare",
        "Kock", "Lokalvårdare", "Bibliotekarie", "Kulturproducent", "Idrottsinstruktör", "Ungdomsledare",
        "IT-specialist", "Systemförvaltare", "HR-specialist", "Löneräknare", "Jurist", "Kommunikatör",
        "Sekreterare", "Projektledare", "Utvecklingspedagog", "Psykolog", "Kurator", "Tolk", "Brandman", "Chaufför",
    ];

    private static readonly string[] AdministrationNames =
    [
        "Bildningsförvaltningen", "Social- och hälsovårdsförvaltningen", "Tekniska förvaltningen", "Kultur- och fritidsförvaltningen",
        "Koncernförvaltningen", "Miljöförvaltningen", "Räddningsverket", "Stadsplaneringen",
    ];

    private City(int seed, IReadOnlyList<UnitSpec> units, IReadOnlyList<EmployeeSpec> employees)
    {
        Seed = seed;
        Units = units;
        Employees = employees;
    }

    public int Seed { get; }

    public IReadOnlyList<UnitSpec> Units { get; }

    public IReadOnlyList<EmployeeSpec> Employees { get; }

    /// <summary>The Entra object id of employee <paramref name="index"/>: fixed, so that tokens can be minted for anyone.</summary>
    public static Guid ObjectId(int index) => Guid.Parse($"0b5e0000-0000-4000-8000-{index:D12}");

    public static string EmployeeNumber(int index) => $"B{index:D6}";

    /// <summary>The largest administration (it has three times the staff of the others): the BI scenarios' unit.</summary>
    public UnitSpec LargestAdministration => Units.First(u => u.Level == 1);

    public static City Generate(int employees, int seed)
    {
        if (employees < 50)
        {
            throw new ArgumentOutOfRangeException(nameof(employees), "The city needs at least 50 employees.");
        }

        var random = new Random(seed);
        var administrations = employees >= 4000 ? AdministrationNames.Length : 3;
        var departments = Math.Max(administrations * 2, (int)Math.Round(employees / 420.0));
        var workplaces = Math.Max(departments * 2, (int)Math.Round(employees / 36.0));

        var units = new List<UnitSpec> { new(0, "STAD", "Strandby stad", "CITY", null, 0, -1, 0) };
        for (var a = 0; a < administrations; a++)
        {
            units.Add(new(units.Count, $"F{a + 1:D2}", AdministrationNames[a], "ADMINISTRATION", "STAD", 1, a, units.Count));
        }

        var departmentUnits = new List<UnitSpec>();
        for (var d = 0; d < departments; d++)
        {
            // The first administration gets a third of the departments: the largest one, as in a real city.
            var a = d % 3 == 0 ? 0 : random.Next(administrations);
            var parent = units[1 + a];
            var unit = new UnitSpec(units.Count, $"{parent.Code}-A{d + 1:D3}", $"Avdelning {d + 1}", "DEPARTMENT", parent.Code, 2, a, units.Count);
            units.Add(unit);
            departmentUnits.Add(unit);
        }

        var workplaceUnits = new List<UnitSpec>();
        for (var w = 0; w < workplaces; w++)
        {
            var parent = departmentUnits[w < departmentUnits.Count ? w : random.Next(departmentUnits.Count)];
            var unit = new UnitSpec(units.Count, $"{parent.Code}-E{w + 1:D4}", $"Enhet {w + 1}", "WORKPLACE", parent.Code, 3, parent.Administration, units.Count);
            units.Add(unit);
            workplaceUnits.Add(unit);
        }

        var people = new List<EmployeeSpec>(employees);
        for (var i = 0; i < employees; i++)
        {
            // The first people are the units' managers, each employed in the unit they manage.
            var primaryUnit = i < units.Count ? units[i] : workplaceUnits[random.Next(workplaceUnits.Count)];
            var title = i < units.Count
                ? primaryUnit.Level switch { 0 => "Stadsdirektör", 1 => "Förvaltningschef", 2 => "Avdelningschef", _ => "Enhetschef" }
                : JobTitles[(primaryUnit.Administration * 5 + random.Next(12)) % JobTitles.Length];
            var start = new DateOnly(1995, 1, 1).AddDays(random.Next(30 * 365));
            var employments = new List<EmploymentSpec>
            {
                new(primaryUnit.Index, primaryUnit.Code, title, start, null, true, random.Next(10) == 0 ? 80 : 100),
            };
            if (i % 8 == 7)
            {
                var second = workplaceUnits[random.Next(workplaceUnits.Count)];
                if (second.Index != primaryUnit.Index)
                {
                    employments.Add(new(second.Index, second.Code, JobTitles[random.Next(JobTitles.Length)], new DateOnly(2024, 1, 1), null, false, 20));
                }
            }

            var given = GivenNames[random.Next(GivenNames.Length)];
            var family = FamilyNames[random.Next(FamilyNames.Length)];
            people.Add(new(i, EmployeeNumber(i), ObjectId(i), given, family, $"{Ascii(given)}.{Ascii(family)}.{i}@strandby.example",
                random.Next(4) == 0 ? "fi" : "sv", employments));
        }

        // A unit's manager is the person made for it above (or, in a city smaller than its tree, someone in it).
        units = [.. units.Select(u => u with { ManagerIndex = u.Index < employees ? u.Index : 0 })];
        return new City(seed, units, people);
    }

    /// <summary>The people whose records the "2% changed" sync run changes: every 50th.</summary>
    public static bool ChangesInSecondSync(EmployeeSpec employee) => employee.Index % 50 == 25;

    /// <summary>The record of <paramref name="employee"/> after the change the third sync run sends.</summary>
    public static EmployeeSpec Changed(EmployeeSpec employee) =>
        employee with { FamilyName = employee.FamilyName + "-Nyman", Email = employee.Email.Replace("@", ".ny@", StringComparison.Ordinal) };

    private static string Ascii(string name) => name.ToLowerInvariant()
        .Replace('å', 'a').Replace('ä', 'a').Replace('ö', 'o');
}
