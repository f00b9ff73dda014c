using Kompetens.Api.Data;
using Kompetens.Api.Organisation;
using Kompetens.Api.Strategy;

namespace Kompetens.Api.DemoData;

/// <summary>The city's vision and goals, the service strategy that plans link to, the quality tool, and the money for competence development.</summary>
internal sealed partial class DemoCityBuilder
{
    private StrategyItem vision = null!;
    private StrategyItem goalKnowsItsCompetence = null!;
    private StrategyItem goalLearningEnvironment = null!;
    private StrategyItem serviceStrategy = null!;
    private StrategyItem qualityTool = null!;
    private StrategyItem servicesInBothLanguages = null!;
    private StrategyItem digitalFirst = null!;
    private StrategyItem safeCareForOlderPeople = null!;
    private StrategyItem everyChildLearns = null!;
    private StrategyItem sustainableEngineering = null!;

    private FundingSource esfPlus = null!;
    private FundingSource ownBudget = null!;

    private void BuildStrategy()
    {
        vision = NewStrategyItem(StrategyItemKind.Vision, null,
            Text("Strandby 2030 – en lärande och tvåspråkig stad", "Strandby 2030 – oppiva ja kaksikielinen kaupunki", "Strandby 2030 – a learning, bilingual city"),
            Text("Staden är en omvärldsorienterad och förändringsinriktad organisation, en lärande organisation som ger service på svenska och finska.",
                "Kaupunki on ympäristöään seuraava ja muutokseen suuntautunut organisaatio, oppiva organisaatio, joka palvelee suomeksi ja ruotsiksi.",
                "The city looks outwards and embraces change: a learning organisation that serves residents in Swedish and Finnish."),
            "Stadsfullmäktige 12.6.2024 § 45", new(2024, 7, 1), new(2030, 12, 31));

        goalKnowsItsCompetence = VisionGoal(
            Text("Staden vet vilken kompetens som finns och behövs", "Kaupunki tietää, mitä osaamista sillä on ja mitä tarvitaan", "The city knows what competence it has and needs"),
            Text("Staden har kunskap om vilken kompetens som finns i organisationen och vilken som behövs nu och i framtiden.",
                "Kaupungilla on tieto organisaation osaamisesta sekä siitä, mitä osaamista tarvitaan nyt ja tulevaisuudessa.",
                "The city knows what competence the organisation has and what it needs now and in the future."));
        VisionGoal(
            Text("Alla känner till stadens visioner och mål", "Kaikki tuntevat kaupungin visiot ja tavoitteet", "Everyone knows the city's visions and goals"),
            Text("Hela organisationen vet vilka mål staden arbetar mot och hur vi tillsammans når dem.",
                "Koko organisaatio tietää, mihin tavoitteisiin kaupunki pyrkii ja miten saavutamme ne yhdessä.",
                "The whole organisation knows the goals the city works towards and how we reach them together."));
        goalLearningEnvironment = VisionGoal(
            Text("En god inlärningsmiljö på varje arbetsplats", "Hyvä oppimisympäristö jokaisella työpaikalla", "A good learning environment at every workplace"),
            Text("Cheferna ser till att det finns tid, stöd och rutiner för att lära och för att ta till vara ny kompetens.",
                "Esihenkilöt huolehtivat siitä, että oppimiselle ja uuden osaamisen hyödyntämiselle on aikaa, tukea ja toimintatapoja.",
                "Managers make sure there is time, support and routine for learning and for putting new competence to use."));
        VisionGoal(
            Text("Samarbete över förvaltningsgränserna", "Yhteistyö toimialarajojen yli", "Collaboration across administrations"),
            Text("Team bildas kring uppgifter även över förvaltnings- och avdelningsgränser, och arbetsrotation är en naturlig väg att lära.",
                "Tiimejä muodostetaan tehtävien ympärille myös toimiala- ja osastorajojen yli, ja työkierto on luonteva tapa oppia.",
                "Teams form around tasks across administrations and departments, and job rotation is a natural way to learn."));

        serviceStrategy = NewStrategyItem(StrategyItemKind.ServiceStrategy, vision,
            Text("Servicestrategi 2025–2028", "Palvelustrategia 2025–2028", "Service strategy 2025–2028"),
            Text("Hur staden ordnar sin service de kommande åren. Varje anställds kompetensutvecklingsplan utgår från servicestrategin.",
                "Miten kaupunki järjestää palvelunsa tulevina vuosina. Jokaisen työntekijän osaamisen kehittämissuunnitelma perustuu palvelustrategiaan.",
                "How the city will organise its services in the coming years. Every employee's development plan starts from the service strategy."),
            "Stadsstyrelsen 9.12.2024 § 301", new(2025, 1, 1), new(2028, 12, 31));
        servicesInBothLanguages = ServiceGoal(
            Text("Service på båda nationalspråken", "Palvelut molemmilla kansalliskielillä", "Services in both national languages"),
            Text("Invånarna får likvärdig service på svenska och finska utan att behöva be om det.",
                "Asukkaat saavat yhdenvertaista palvelua suomeksi ja ruotsiksi ilman erillistä pyyntöä.",
                "Residents receive equal service in Swedish and Finnish without having to ask for it."));
        digitalFirst = ServiceGoal(
            Text("Digitala tjänster först", "Digitaaliset palvelut ensin", "Digital services first"),
            Text("Ärenden som kan skötas digitalt erbjuds digitalt, och personalen stöder dem som behöver hjälp.",
                "Asiat, jotka voi hoitaa digitaalisesti, tarjotaan digitaalisesti, ja henkilöstö tukee apua tarvitsevia.",
                "What can be handled digitally is offered digitally, and staff support those who need help."));
        safeCareForOlderPeople = ServiceGoal(
            Text("Trygg vård och omsorg för äldre", "Turvallinen ikääntyneiden hoito ja hoiva", "Safe care for older people"),
            Text("Äldre invånare bor tryggt hemma så länge som möjligt med rehabiliterande stöd.",
                "Ikääntyneet asukkaat asuvat turvallisesti kotona mahdollisimman pitkään kuntouttavan tuen avulla.",
                "Older residents live safely at home for as long as possible, with rehabilitative support."));
        everyChildLearns = ServiceGoal(
            Text("Varje barn lär sig och mår bra", "Jokainen lapsi oppii ja voi hyvin", "Every child learns and thrives"),
            Text("Småbarnspedagogiken och skolan ger varje barn det stöd det behöver i tid.",
                "Varhaiskasvatus ja koulu antavat jokaiselle lapselle tarvittavan tuen ajoissa.",
                "Early childhood education and school give every child the support they need, in time."));
        sustainableEngineering = ServiceGoal(
            Text("Hållbar och kostnadseffektiv samhällsteknik", "Kestävä ja kustannustehokas yhdyskuntatekniikka", "Sustainable, cost-effective municipal engineering"),
            Text("Gator, vatten och fastigheter sköts energieffektivt och med sikte på klimatneutralitet 2035.",
                "Katuja, vesihuoltoa ja kiinteistöjä hoidetaan energiatehokkaasti tavoitteena hiilineutraalius 2035.",
                "Streets, water and buildings are run energy-efficiently, aiming for carbon neutrality by 2035."));

        qualityTool = NewStrategyItem(StrategyItemKind.QualityTool, vision,
            Text("Kvalitetsverktyget CAF", "CAF-laatuarviointimalli", "CAF quality framework"),
            Text("Den gemensamma bedömningsmodellen CAF används i alla förvaltningar för självvärdering och förbättringsarbete.",
                "Yhteistä CAF-arviointimallia käytetään kaikilla toimialoilla itsearviointiin ja kehittämistyöhön.",
                "The Common Assessment Framework is used in every administration for self-assessment and improvement."),
            "Stadsstyrelsen 14.4.2025 § 112", new(2025, 5, 1), null);

        BuildFundingSources();
    }

    private StrategyItem NewStrategyItem(StrategyItemKind kind, StrategyItem? parent, LocalizedText title, LocalizedText description,
        string decision, DateOnly validFrom, DateOnly? validTo) => Add(new StrategyItem
        {
            Kind = kind,
            Parent = parent,
            Title = title,
            Description = description,
            DecisionReference = decision,
            ValidFrom = validFrom,
            ValidTo = validTo,
            CreatedAt = At(validFrom.AddDays(-14)),
        });

    private StrategyItem VisionGoal(LocalizedText title, LocalizedText description) =>
        NewStrategyItem(StrategyItemKind.Goal, vision, title, description, vision.DecisionReference!, vision.ValidFrom!.Value, vision.ValidTo);

    private StrategyItem ServiceGoal(LocalizedText title, LocalizedText description) =>
        NewStrategyItem(StrategyItemKind.Goal, serviceStrategy, title, description, serviceStrategy.DecisionReference!, serviceStrategy.ValidFrom!.Value, serviceStrategy.ValidTo);

    /// <summary>The service strategy before the current one: retired when the new one was adopted, kept as history.</summary>
    private void BuildRetiredStrategy() =>
        NewStrategyItem(StrategyItemKind.ServiceStrategy, vision,
            Text("Servicestrategi 2021–2024", "Palvelustrategia 2021–2024", "Service strategy 2021–2024"),
            Text("Den tidigare servicestrategin. Den ersattes av servicestrategin 2025–2028 och gäller inte längre.",
                "Aiempi palvelustrategia. Sen korvasi palvelustrategia 2025–2028, eikä se ole enää voimassa.",
                "The previous service strategy. It was replaced by the service strategy 2025–2028 and no longer applies."),
            "Stadsstyrelsen 7.12.2020 § 288", new(2021, 1, 1), new(2024, 12, 31)).UpdatedAt = At(new(2024, 12, 10));

    private void BuildFundingSources()
    {
        // The policy asks the city to look into EU funding for mapping and plans; the ESF+ project is the result.
        esfPlus = Add(new FundingSource
        {
            Name = Text("Kompetenslyftet Strandby (ESF+)", "Osaamisloikka Strandby (ESR+)", "Strandby competence boost (ESF+)"),
            Kind = FundingSourceKind.EuEsfPlus,
            Programme = "ESF+ 2021–2027",
            ProjectCode = "S30417",
            Status = FundingSourceStatus.Granted,
            AppliedAmount = 480_000m,
            GrantedAmount = 420_000m,
            ValidFrom = new(2026, 1, 1),
            ValidTo = new(2028, 6, 30),
            CreatedAt = At(new(2025, 9, 15)),
            UpdatedAt = At(new(2025, 12, 10)),
        });
        Add(new FundingSource
        {
            Name = Text("Statsunderstöd för kontinuerligt lärande", "Valtionavustus jatkuvaan oppimiseen", "State grant for continuous learning"),
            Kind = FundingSourceKind.National,
            Programme = "Servicecentret för kontinuerligt lärande och sysselsättning (JOTPA)",
            Status = FundingSourceStatus.Applied,
            AppliedAmount = 150_000m,
            ValidFrom = new(2027, 1, 1),
            ValidTo = new(2027, 12, 31),
            CreatedAt = At(new(2026, 5, 4)),
            UpdatedAt = At(new(2026, 6, 12)),
        });
        ownBudget = Add(new FundingSource
        {
            Name = Text("Stadens utbildningsanslag 2025–2026", "Kaupungin koulutusmääräraha 2025–2026", "The city's training budget 2025–2026"),
            Kind = FundingSourceKind.OwnBudget,
            Programme = "Budget 2025–2026, personalutbildning",
            Status = FundingSourceStatus.Granted,
            AppliedAmount = 250_000m,
            GrantedAmount = 250_000m,
            ValidFrom = new(2025, 1, 1),
            ValidTo = new(2026, 12, 31),
            CreatedAt = At(new(2024, 12, 16)),
        });
        Add(new FundingSource
        {
            Name = Text("Fortbildning för undervisningspersonal (Utbildningsstyrelsen)", "Opetushenkilöstön täydennyskoulutus (Opetushallitus)", "Continuing education for teaching staff (National Agency for Education)"),
            Kind = FundingSourceKind.National,
            Programme = "Statsunderstöd för fortbildning av undervisningspersonal",
            Status = FundingSourceStatus.Investigating,
            CreatedAt = At(new(2026, 8, 20)),
        });
    }

    /// <summary>Who has read what: most staff the vision, fewer the new service strategy, nearly every manager the quality tool.</summary>
    private void BuildAcknowledgements()
    {
        foreach (var employee in employees.Where(e => e.Status != EmployeeStatus.Terminated))
        {
            var isManager = managers.Contains(employee);
            var isDemo = employee == demoEmployee || employee == demoManager;
            // The demo employee has read the vision but not yet the service strategy, so a demo can acknowledge it.
            Acknowledge(employee, vision, isDemo || Random.Bool(0.6f));
            Acknowledge(employee, serviceStrategy, employee == demoManager || (!isDemo && Random.Bool(isManager ? 0.9f : 0.35f)));
            Acknowledge(employee, qualityTool, employee == demoManager || (isManager && employee != demoEmployee && Random.Bool(0.8f)));
        }
    }

    private void Acknowledge(Employee employee, StrategyItem item, bool hasRead)
    {
        if (!hasRead)
        {
            return;
        }

        var from = new[] { item.ValidFrom!.Value, employee.EmploymentStartDate }.Max();
        var at = DuringWorkday(DateBetween(from, Today.AddDays(-1)));
        Add(new StrategyAcknowledgement { Employee = employee, StrategyItem = item, AcknowledgedAt = at, CreatedAt = at });
    }
}
