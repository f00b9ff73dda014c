using Kompetens.Api.Data;
using Kompetens.Api.Competences;
using static Kompetens.Api.Competences.CompetenceDimension;

namespace Kompetens.Api.DemoData;

/// <summary>The proficiency scales and the competence catalogue, in the policy's five dimensions.</summary>
internal sealed partial class DemoCityBuilder
{
    /// <summary>
    /// A catalogue entry. Codes read dimension–area–number (K = kunskaper, F = färdigheter, E = erfarenheter,
    /// V = värderingar och attityder, N = kontakter och nätverk); a two-part code such as K-PED is a group, and an
    /// entry belongs to the group whose code it extends.
    /// </summary>
    private sealed record CatalogueEntry(string Code, CompetenceDimension Dimension, LocalizedText Name, LocalizedText Description)
    {
        public string? EscoUri { get; init; }
        public bool Retired { get; init; }
        public bool MeasuredInLanguageLevels { get; init; }
    }

    private readonly Dictionary<string, Competence> competences = new(StringComparer.Ordinal);
    private ProficiencyScale standardScale = null!;
    private ProficiencyScale languageScale = null!;

    private void BuildCompetences()
    {
        standardScale = NewScale("STANDARD", Text("Kompetensnivå 0–5", "Osaamistaso 0–5", "Proficiency level 0–5"),
        [
            Text("Inte aktuellt", "Ei tarpeen", "Not needed"),
            Text("Grundläggande kännedom", "Perustuntemus", "Basic awareness"),
            Text("Tillämpar med stöd", "Soveltaa tuettuna", "Applies with support"),
            Text("Självständig", "Itsenäinen", "Independent"),
            Text("Avancerad", "Edistynyt", "Advanced"),
            Text("Expert", "Asiantuntija", "Expert"),
        ],
        [
            Text("Kompetensen behövs inte i uppgiften.", "Osaamista ei tarvita tehtävässä.", "The competence is not needed in the role."),
            Text("Känner till området och vet var man hittar mer information.", "Tuntee alueen ja tietää, mistä löytää lisätietoa.", "Knows the area and where to find more information."),
            Text("Klarar vanliga uppgifter med handledning eller anvisningar.", "Selviytyy tavallisista tehtävistä ohjauksen tai ohjeiden avulla.", "Handles routine tasks with guidance or instructions."),
            Text("Klarar uppgifterna självständigt, också i ovanliga situationer.", "Hoitaa tehtävät itsenäisesti myös poikkeustilanteissa.", "Handles the tasks independently, including unusual situations."),
            Text("Utvecklar arbetssätten och handleder andra.", "Kehittää toimintatapoja ja ohjaa muita.", "Improves the ways of working and guides others."),
            Text("Erkänd sakkunnig som staden och andra organisationer anlitar.", "Tunnustettu asiantuntija, jota kaupunki ja muut organisaatiot käyttävät.", "A recognised specialist whom the city and other organisations call on."),
        ]);

        // The language scale follows the Common European Framework of Reference; B1, B2 and C1 roughly match
        // the "nöjaktig", "god" and "utmärkt" language skills that Finnish public-sector posts require.
        languageScale = NewScale("SPRAK", Text("Språkkunskapsnivå (GERS)", "Kielitaidon taso (EVK)", "Language proficiency (CEFR)"),
        [
            Text("Inte aktuellt", "Ei tarpeen", "Not needed"),
            Text("A1 Nybörjare", "A1 Alkeistaso", "A1 Beginner"),
            Text("A2 Grundläggande", "A2 Perustaso", "A2 Elementary"),
            Text("B1 Nöjaktig", "B1 Tyydyttävä", "B1 Intermediate"),
            Text("B2 God", "B2 Hyvä", "B2 Upper intermediate"),
            Text("C1 Utmärkt", "C1 Erinomainen", "C1 Advanced"),
            Text("C2 Modersmålsnivå", "C2 Äidinkielen taso", "C2 Mastery"),
        ],
        [
            Text("Språket behövs inte i uppgiften.", "Kieltä ei tarvita tehtävässä.", "The language is not needed in the role."),
            Text("Förstår och använder vardagliga uttryck och enkla fraser.", "Ymmärtää ja käyttää arkisia ilmauksia ja yksinkertaisia fraaseja.", "Understands and uses everyday expressions and simple phrases."),
            Text("Klarar enkla, rutinmässiga samtal om bekanta ämnen.", "Selviytyy yksinkertaisista, rutiininomaisista keskusteluista tutuista aiheista.", "Manages simple, routine exchanges on familiar topics."),
            Text("Klarar de flesta situationer i arbetet och kan skriva enkla texter.", "Selviytyy useimmista työtilanteista ja osaa kirjoittaa yksinkertaisia tekstejä.", "Manages most situations at work and can write simple texts."),
            Text("Kommunicerar ledigt med invånare och kolleger och skriver tydliga texter.", "Viestii sujuvasti asukkaiden ja työkavereiden kanssa ja kirjoittaa selkeitä tekstejä.", "Communicates fluently with residents and colleagues and writes clear texts."),
            Text("Använder språket flexibelt och effektivt, också i krävande sammanhang.", "Käyttää kieltä joustavasti ja tehokkaasti myös vaativissa tilanteissa.", "Uses the language flexibly and effectively, also in demanding contexts."),
            Text("Behärskar språket som en modersmålstalare.", "Hallitsee kielen äidinkielisen puhujan tavoin.", "Masters the language like a native speaker."),
        ]);

        foreach (var entry in Catalogue)
        {
            var parentCode = entry.Code[..entry.Code.LastIndexOf('-')];
            competences[entry.Code] = Add(new Competence
            {
                Code = entry.Code,
                Name = entry.Name,
                Description = entry.Description,
                Dimension = entry.Dimension,
                Parent = competences.GetValueOrDefault(parentCode),
                Scale = entry.MeasuredInLanguageLevels ? languageScale : standardScale,
                EscoUri = entry.EscoUri,
                Status = entry.Retired ? CompetenceStatus.Retired : CompetenceStatus.Active,
                CreatedAt = At(new(2024, 8, 15)),
                UpdatedAt = entry.Retired ? At(new(2025, 1, 2)) : default,
            });
        }
    }

    private ProficiencyScale NewScale(string code, LocalizedText name, LocalizedText[] levelNames, LocalizedText[] levelDescriptions)
    {
        var scale = Add(new ProficiencyScale { Code = code, Name = name, CreatedAt = At(new(2024, 8, 15)) });
        for (var level = 0; level < levelNames.Length; level++)
        {
            scale.Levels.Add(Add(new ProficiencyLevel
            {
                Scale = scale,
                Level = level,
                Name = levelNames[level],
                Description = levelDescriptions[level],
                CreatedAt = scale.CreatedAt,
            }));
        }

        return scale;
    }

    private int MaxLevel(Competence competence) => competence.Scale == languageScale ? 6 : 5;

    /// <summary>Groups first, so each entry finds its group already built.</summary>
    private static readonly CatalogueEntry[] Catalogue =
    [
        // Kunskaper – knowledge
        new("K-PED", Knowledge, Text("Pedagogik", "Pedagogiikka", "Pedagogy"),
            Text("Kunskap om lärande, undervisning och fostran inom småbarnspedagogik och grundläggande utbildning.",
                "Tietämys oppimisesta, opetuksesta ja kasvatuksesta varhaiskasvatuksessa ja perusopetuksessa.",
                "Knowledge of learning, teaching and upbringing in early childhood education and basic education.")),
        new("K-PED-01", Knowledge, Text("Läroplanen för den grundläggande utbildningen", "Perusopetuksen opetussuunnitelma", "Core curriculum for basic education"),
            Text("Känner till grunderna för läroplanen och stadens lokala läroplan och tillämpar dem i planeringen av undervisningen.",
                "Tuntee opetussuunnitelman perusteet ja kaupungin paikallisen opetussuunnitelman ja soveltaa niitä opetuksen suunnittelussa.",
                "Knows the national core curriculum and the city's local curriculum and applies them when planning teaching.")),
        new("K-PED-02", Knowledge, Text("Planen för småbarnspedagogik", "Varhaiskasvatussuunnitelma", "Early childhood education and care plan"),
            Text("Känner till grunderna för planen för småbarnspedagogik och gör upp barnets plan tillsammans med vårdnadshavarna.",
                "Tuntee varhaiskasvatussuunnitelman perusteet ja laatii lapsen varhaiskasvatussuunnitelman yhdessä huoltajien kanssa.",
                "Knows the national curriculum guidelines for early childhood education and draws up each child's plan with the guardians.")),
        new("K-PED-03", Knowledge, Text("Stöd för lärande och skolgång", "Oppimisen ja koulunkäynnin tuki", "Support for learning and schooling"),
            Text("Identifierar behovet av stöd och ordnar stödet enligt lagen om grundläggande utbildning, med de dokument som krävs.",
                "Tunnistaa tuen tarpeen ja järjestää tuen perusopetuslain mukaisesti tarvittavine asiakirjoineen.",
                "Identifies the need for support and arranges it under the Basic Education Act, with the documents required.")),
        new("K-PED-04", Knowledge, Text("Bedömning av lärande", "Oppimisen arviointi", "Assessment of learning"),
            Text("Bedömer elevernas lärande och kunnande enligt de nationella bedömningskriterierna och ger handledande respons.",
                "Arvioi oppilaiden oppimista ja osaamista valtakunnallisten arviointikriteerien mukaisesti ja antaa ohjaavaa palautetta.",
                "Assesses pupils' learning against the national assessment criteria and gives formative feedback.")),
        new("K-PED-05", Knowledge, Text("Inkluderande pedagogik", "Inklusiivinen pedagogiikka", "Inclusive pedagogy"),
            Text("Planerar verksamheten och undervisningen så att alla barn och elever kan delta, oberoende av förutsättningar.",
                "Suunnittelee toiminnan ja opetuksen niin, että kaikki lapset ja oppilaat voivat osallistua edellytyksistään riippumatta.",
                "Plans activities and teaching so that every child and pupil can take part, whatever their abilities.")),

        new("K-VAR", Knowledge, Text("Vård och omsorg", "Hoito ja hoiva", "Health and social care"),
            Text("Kunskap om vård, omsorg och socialt arbete för stadens invånare i alla åldrar.",
                "Tietämys kaupungin kaikenikäisten asukkaiden hoidosta, hoivasta ja sosiaalityöstä.",
                "Knowledge of health care, social care and social work for residents of all ages.")),
        new("K-VAR-01", Knowledge, Text("Läkemedelsbehandling", "Lääkehoito", "Medication management"),
            Text("Genomför läkemedelsbehandling säkert enligt enhetens plan för läkemedelsbehandling och har giltigt läkemedelstillstånd.",
                "Toteuttaa lääkehoitoa turvallisesti yksikön lääkehoitosuunnitelman mukaisesti, ja hänellä on voimassa oleva lääkelupa.",
                "Gives medication safely under the unit's medication plan and holds a valid medication permit.")),
        new("K-VAR-02", Knowledge, Text("Gerontologisk vård", "Gerontologinen hoitotyö", "Gerontological care"),
            Text("Förstår hur åldrandet påverkar hälsa och funktionsförmåga och planerar vården utifrån den äldres egna mål.",
                "Ymmärtää ikääntymisen vaikutukset terveyteen ja toimintakykyyn ja suunnittelee hoidon ikääntyneen omien tavoitteiden pohjalta.",
                "Understands how ageing affects health and functional capacity and plans care around the older person's own goals.")),
        new("K-VAR-03", Knowledge, Text("Rehabiliterande arbetssätt", "Kuntouttava työote", "Rehabilitative approach"),
            Text("Stöder klientens egna resurser och funktionsförmåga i det dagliga arbetet i stället för att göra saker åt klienten.",
                "Tukee asiakkaan omia voimavaroja ja toimintakykyä päivittäisessä työssä sen sijaan, että tekisi asioita asiakkaan puolesta.",
                "Supports the client's own resources and functional capacity in daily work instead of doing things for them.")),
        new("K-VAR-04", Knowledge, Text("Minnessjukdomar", "Muistisairaudet", "Memory disorders"),
            Text("Känner igen symtom på minnessjukdomar och bemöter personer med minnessjukdom och deras närstående väl.",
                "Tunnistaa muistisairauksien oireet ja kohtaa muistisairaan ihmisen ja hänen läheisensä hyvin.",
                "Recognises the symptoms of memory disorders and treats people with dementia and their families well.")),
        new("K-VAR-05", Knowledge, Text("Barnskydd", "Lastensuojelu", "Child welfare"),
            Text("Känner till barnskyddslagen, anmälningsplikten och det förebyggande barnskyddet samt samarbetet mellan myndigheterna.",
                "Tuntee lastensuojelulain, ilmoitusvelvollisuuden ja ehkäisevän lastensuojelun sekä viranomaisten välisen yhteistyön.",
                "Knows the Child Welfare Act, the duty to report, preventive child welfare and cooperation between authorities.")),

        new("K-JUR", Knowledge, Text("Förvaltning och juridik", "Hallinto ja juridiikka", "Administration and law"),
            Text("Kunskap om den lagstiftning och de förvaltningsprinciper som styr stadens verksamhet.",
                "Tietämys kaupungin toimintaa ohjaavasta lainsäädännöstä ja hallinnon periaatteista.",
                "Knowledge of the legislation and administrative principles that govern the city's work.")),
        new("K-JUR-01", Knowledge, Text("Förvaltningslagen och god förvaltning", "Hallintolaki ja hyvä hallinto", "Administrative Procedure Act and good governance"),
            Text("Handlägger ärenden och fattar beslut enligt förvaltningslagen, med hörande, motivering och besvärsanvisning.",
                "Käsittelee asioita ja tekee päätöksiä hallintolain mukaisesti kuulemisineen, perusteluineen ja muutoksenhakuohjeineen.",
                "Handles matters and makes decisions under the Administrative Procedure Act, with hearing, reasons and appeal instructions.")),
        new("K-JUR-02", Knowledge, Text("Dataskydd", "Tietosuoja", "Data protection"),
            Text("Behandlar personuppgifter enligt dataskyddsförordningen och dataskyddslagen och vet hur en personuppgiftsincident anmäls.",
                "Käsittelee henkilötietoja tietosuoja-asetuksen ja tietosuojalain mukaisesti ja tietää, miten tietoturvaloukkauksesta ilmoitetaan.",
                "Processes personal data under the GDPR and the Data Protection Act and knows how to report a personal data breach.")),
        new("K-JUR-03", Knowledge, Text("Offentlig upphandling", "Julkiset hankinnat", "Public procurement"),
            Text("Planerar och genomför upphandlingar enligt upphandlingslagen och stadens upphandlingsanvisning.",
                "Suunnittelee ja toteuttaa hankintoja hankintalain ja kaupungin hankintaohjeen mukaisesti.",
                "Plans and carries out procurements under the Act on Public Procurement and the city's procurement guidelines.")),
        new("K-JUR-04", Knowledge, Text("Språklagen och språkliga rättigheter", "Kielilaki ja kielelliset oikeudet", "Language Act and linguistic rights"),
            Text("Vet att invånarna har rätt att använda svenska eller finska och att få service och beslut på sitt eget språk.",
                "Tietää, että asukkailla on oikeus käyttää suomea tai ruotsia ja saada palvelua ja päätökset omalla kielellään.",
                "Knows that residents may use Swedish or Finnish and have the right to services and decisions in their own language.")),
        new("K-JUR-05", Knowledge, Text("Kommunal ekonomi och budget", "Kuntatalous ja talousarvio", "Municipal finance and budgeting"),
            Text("Förstår stadens budgetprocess och bokslut och hur den egna enhetens kostnader följs upp.",
                "Ymmärtää kaupungin talousarvioprosessin ja tilinpäätöksen sekä oman yksikön kustannusten seurannan.",
                "Understands the city's budget process and financial statements and how the unit's costs are followed up.")),
        new("K-JUR-06", Knowledge, Text("Arbetsrätt och kollektivavtal", "Työoikeus ja työehtosopimukset", "Employment law and collective agreements"),
            Text("Tillämpar arbetslagstiftningen och de kommunala tjänste- och arbetskollektivavtalen i personalfrågor.",
                "Soveltaa työlainsäädäntöä sekä kunnallisia virka- ja työehtosopimuksia henkilöstöasioissa.",
                "Applies employment legislation and the municipal collective agreements in personnel matters.")),

        new("K-TEK-01", Knowledge, Text("Fastighetsteknik", "Kiinteistötekniikka", "Building services engineering"),
            Text("Känner till byggnadernas värme-, ventilations-, vatten- och elsystem och hur de underhålls.",
                "Tuntee rakennusten lämmitys-, ilmanvaihto-, vesi- ja sähköjärjestelmät ja niiden kunnossapidon.",
                "Knows buildings' heating, ventilation, water and electrical systems and how they are maintained.")),
        new("K-TEK-02", Knowledge, Text("Vattenförsörjning och avlopp", "Vesihuolto", "Water supply and sewerage"),
            Text("Känner till vattenverkets processer, kvalitetskontrollen av hushållsvatten och driften av avloppsnätet.",
                "Tuntee vesilaitoksen prosessit, talousveden laadunvalvonnan ja viemäriverkoston käytön.",
                "Knows the waterworks' processes, drinking water quality control and the running of the sewer network.")),
        new("K-TEK-03", Knowledge, Text("Bygglagen och planläggning", "Rakentamislaki ja kaavoitus", "Building Act and land-use planning"),
            Text("Tillämpar bygglagen som trädde i kraft 1.1.2025 och planläggningsbestämmelserna i lov- och tillsynsärenden.",
                "Soveltaa 1.1.2025 voimaan tullutta rakentamislakia ja kaavoitusta koskevia säännöksiä lupa- ja valvonta-asioissa.",
                "Applies the Building Act in force since 1 January 2025 and the land-use planning rules in permit and supervision matters.")),
        new("K-TEK-04", Knowledge, Text("Energieffektivitet i byggnader", "Rakennusten energiatehokkuus", "Energy efficiency of buildings"),
            Text("Identifierar åtgärder som minskar energiförbrukningen och utsläppen i stadens fastigheter.",
                "Tunnistaa toimenpiteitä, jotka vähentävät kaupungin kiinteistöjen energiankulutusta ja päästöjä.",
                "Identifies measures that cut energy use and emissions in the city's buildings.")),
        new("K-TEK-05", Knowledge, Text("Markanvändnings- och bygglagen", "Maankäyttö- ja rakennuslaki", "Land Use and Building Act"),
            Text("Ersatt av K-TEK-03 när bygglagen trädde i kraft 1.1.2025. Används inte i nya kartläggningar.",
                "Korvattu osaamisella K-TEK-03, kun rakentamislaki tuli voimaan 1.1.2025. Ei käytetä uusissa kartoituksissa.",
                "Replaced by K-TEK-03 when the Building Act entered into force on 1 January 2025. Not used in new mappings."))
        { Retired = true },
        new("K-ARB-01", Knowledge, Text("Arbetarskydd och arbetssäkerhet", "Työsuojelu ja työturvallisuus", "Occupational safety and health"),
            Text("Identifierar riskerna i arbetet, följer säkerhetsanvisningarna och anmäler tillbud.",
                "Tunnistaa työn vaarat, noudattaa turvallisuusohjeita ja ilmoittaa läheltä piti -tilanteista.",
                "Identifies hazards at work, follows the safety instructions and reports near misses.")),

        // Färdigheter – skills
        new("F-DIG", Skill, Text("Digitala färdigheter", "Digitaidot", "Digital skills"),
            Text("Förmåga att använda digitala verktyg och tjänster tryggt och effektivt i arbetet.",
                "Kyky käyttää digitaalisia työkaluja ja palveluja turvallisesti ja tehokkaasti työssä.",
                "The ability to use digital tools and services safely and effectively at work.")),
        new("F-DIG-01", Skill, Text("Microsoft 365 och digitalt samarbete", "Microsoft 365 ja digitaalinen yhteistyö", "Microsoft 365 and digital collaboration"),
            Text("Använder Teams, Outlook, OneDrive och SharePoint för kommunikation, möten och gemensamma dokument.",
                "Käyttää Teamsia, Outlookia, OneDrivea ja SharePointia viestintään, kokouksiin ja yhteisiin asiakirjoihin.",
                "Uses Teams, Outlook, OneDrive and SharePoint for communication, meetings and shared documents.")),
        new("F-DIG-02", Skill, Text("Informationssäkerhet i vardagen", "Tietoturva arjessa", "Everyday information security"),
            Text("Känner igen nätfiske, sköter lösenord och flerfaktorsautentisering och skyddar känslig information.",
                "Tunnistaa tietojenkalastelun, huolehtii salasanoista ja monivaiheisesta tunnistautumisesta ja suojaa arkaluonteista tietoa.",
                "Recognises phishing, looks after passwords and multi-factor authentication and protects sensitive information.")),
        new("F-DIG-03", Skill, Text("Klient- och patientdatasystem", "Asiakas- ja potilastietojärjestelmät", "Client and patient record systems"),
            Text("Dokumenterar strukturerat i klient- och patientdatasystemen och använder Kanta-tjänsterna korrekt.",
                "Kirjaa rakenteisesti asiakas- ja potilastietojärjestelmiin ja käyttää Kanta-palveluja oikein.",
                "Records structured data in the client and patient record systems and uses the national Kanta services correctly.")),
        new("F-DIG-04", Skill, Text("Dataanalys och rapportering", "Data-analyysi ja raportointi", "Data analysis and reporting"),
            Text("Sammanställer och analyserar data med Excel och Power BI och presenterar resultaten begripligt.",
                "Kokoaa ja analysoi tietoa Excelillä ja Power BI:llä ja esittää tulokset ymmärrettävästi.",
                "Compiles and analyses data with Excel and Power BI and presents the results clearly.")),
        new("F-DIG-05", Skill, Text("Digital pedagogik", "Digipedagogiikka", "Digital pedagogy"),
            Text("Använder digitala lärmiljöer och verktyg pedagogiskt genomtänkt och stärker elevernas digitala kompetens.",
                "Käyttää digitaalisia oppimisympäristöjä ja työkaluja pedagogisesti harkiten ja vahvistaa oppilaiden digitaalista osaamista.",
                "Uses digital learning environments and tools in a pedagogically sound way and builds pupils' digital competence.")),

        new("F-SPR", Skill, Text("Språkkunskaper", "Kielitaito", "Language skills"),
            Text("Förmåga att betjäna invånarna och samarbeta på stadens språk.",
                "Kyky palvella asukkaita ja tehdä yhteistyötä kaupungin kielillä.",
                "The ability to serve residents and work together in the city's languages.")),
        new("F-SPR-01", Skill, Text("Svenska", "Ruotsi", "Swedish"),
            Text("Muntlig och skriftlig färdighet i svenska, bedömd enligt den gemensamma europeiska referensramen.",
                "Suullinen ja kirjallinen ruotsin kielen taito eurooppalaisen viitekehyksen mukaan arvioituna.",
                "Spoken and written Swedish, assessed on the Common European Framework of Reference."))
        { MeasuredInLanguageLevels = true },
        new("F-SPR-02", Skill, Text("Finska", "Suomi", "Finnish"),
            Text("Muntlig och skriftlig färdighet i finska, bedömd enligt den gemensamma europeiska referensramen.",
                "Suullinen ja kirjallinen suomen kielen taito eurooppalaisen viitekehyksen mukaan arvioituna.",
                "Spoken and written Finnish, assessed on the Common European Framework of Reference."))
        { MeasuredInLanguageLevels = true },
        new("F-SPR-03", Skill, Text("Engelska", "Englanti", "English"),
            Text("Muntlig och skriftlig färdighet i engelska, bedömd enligt den gemensamma europeiska referensramen.",
                "Suullinen ja kirjallinen englannin kielen taito eurooppalaisen viitekehyksen mukaan arvioituna.",
                "Spoken and written English, assessed on the Common European Framework of Reference."))
        { MeasuredInLanguageLevels = true },
        new("F-SPR-04", Skill, Text("Klarspråk", "Selkeä virkakieli", "Plain language"),
            Text("Skriver beslut, brev och webbtexter som invånarna förstår vid första läsningen.",
                "Kirjoittaa päätöksiä, kirjeitä ja verkkotekstejä, jotka asukas ymmärtää ensimmäisellä lukukerralla.",
                "Writes decisions, letters and web texts that residents understand at first reading.")),

        new("F-LED", Skill, Text("Ledarskap", "Johtaminen", "Leadership"),
            Text("Förmåga att leda människor, verksamhet och förändring i stadens organisation.",
                "Kyky johtaa ihmisiä, toimintaa ja muutosta kaupungin organisaatiossa.",
                "The ability to lead people, operations and change in the city's organisation.")),
        new("F-LED-01", Skill, Text("Coachande ledarskap", "Valmentava johtaminen", "Coaching leadership"),
            Text("Stöder medarbetarnas självständighet och utveckling genom att ställa frågor, ge respons och dela ansvar.",
                "Tukee työntekijöiden itseohjautuvuutta ja kehittymistä kysymällä, antamalla palautetta ja jakamalla vastuuta.",
                "Supports staff autonomy and growth by asking questions, giving feedback and sharing responsibility.")),
        new("F-LED-02", Skill, Text("Förändringsledning", "Muutosjohtaminen", "Change management"),
            Text("Planerar och leder förändringar så att personalen förstår varför och får vara delaktig.",
                "Suunnittelee ja johtaa muutoksia niin, että henkilöstö ymmärtää syyt ja pääsee osallistumaan.",
                "Plans and leads change so that staff understand why and can take part.")),
        new("F-LED-03", Skill, Text("Utvecklingssamtal", "Kehityskeskustelut", "Development discussions"),
            Text("För utvecklingssamtal som leder till en individuell kompetensutvecklingsplan och följer upp planen.",
                "Käy kehityskeskusteluja, joista syntyy henkilökohtainen osaamisen kehittämissuunnitelma, ja seuraa sen toteutumista.",
                "Holds development discussions that lead to an individual development plan, and follows the plan up.")),
        new("F-LED-04", Skill, Text("Ekonomistyrning", "Talouden ohjaus", "Financial management"),
            Text("Planerar och följer upp enhetens budget och fattar beslut utifrån ekonomisk information.",
                "Suunnittelee ja seuraa yksikön talousarviota ja tekee päätöksiä taloustiedon pohjalta.",
                "Plans and monitors the unit's budget and makes decisions based on financial information.")),

        new("F-KOM-01", Skill, Text("Kundorienterad service", "Asiakaslähtöinen palvelu", "Customer-oriented service"),
            Text("Möter invånarna vänligt och sakligt, tar reda på deras behov och hänvisar rätt.",
                "Kohtaa asukkaat ystävällisesti ja asiallisesti, selvittää heidän tarpeensa ja ohjaa oikeaan paikkaan.",
                "Meets residents in a friendly, objective way, finds out what they need and directs them to the right place.")),
        new("F-KOM-02", Skill, Text("Bemötande i utmanande situationer", "Kohtaaminen haastavissa tilanteissa", "Handling challenging encounters"),
            Text("Förebygger och lugnar utmanande situationer med ett lågaffektivt bemötande och tydlig kommunikation.",
                "Ennaltaehkäisee ja rauhoittaa haastavia tilanteita rauhallisella kohtaamisella ja selkeällä viestinnällä.",
                "Prevents and calms challenging situations through a low-arousal approach and clear communication.")),
        new("F-PRO-01", Skill, Text("Projektledning", "Projektinhallinta", "Project management"),
            Text("Planerar, genomför och följer upp projekt med tydliga mål, tidtabell, budget och riskhantering.",
                "Suunnittelee, toteuttaa ja seuraa hankkeita, joilla on selkeät tavoitteet, aikataulu, budjetti ja riskienhallinta.",
                "Plans, runs and monitors projects with clear goals, schedule, budget and risk management."))
        { EscoUri = "http://data.europa.eu/esco/skill/7111b95d-0ce3-441a-9d92-4c75d05c4388" },
        new("F-PRO-02", Skill, Text("Processutveckling (Lean)", "Prosessien kehittäminen (Lean)", "Process improvement (Lean)"),
            Text("Kartlägger arbetsprocesser, identifierar slöseri och prövar förbättringar tillsammans med kollegerna.",
                "Kuvaa työprosesseja, tunnistaa hukkaa ja kokeilee parannuksia yhdessä työkavereiden kanssa.",
                "Maps work processes, spots waste and tries out improvements together with colleagues.")),
        new("F-PRO-03", Skill, Text("Första hjälpen", "Ensiapu", "First aid"),
            Text("Ger första hjälpen och agerar i nödsituationer; har giltigt EA1-intyg eller motsvarande.",
                "Osaa antaa ensiapua ja toimia hätätilanteissa; voimassa oleva EA1-todistus tai vastaava.",
                "Gives first aid and acts in emergencies; holds a valid first aid certificate (EA1 or equivalent).")),
        new("F-VAR-01", Skill, Text("Ergonomiska förflyttningar", "Ergonomiset siirrot", "Safe patient handling"),
            Text("Förflyttar och stöder klienter ergonomiskt och säkert med rätt hjälpmedel.",
                "Siirtää ja tukee asiakkaita ergonomisesti ja turvallisesti oikeilla apuvälineillä.",
                "Moves and supports clients ergonomically and safely, with the right aids.")),
        new("F-VAR-02", Skill, Text("Hygien och infektionsbekämpning", "Hygienia ja infektioiden torjunta", "Hygiene and infection control"),
            Text("Följer principerna för aseptik, handhygien och isolering för att förebygga vårdrelaterade infektioner.",
                "Noudattaa aseptiikan, käsihygienian ja eristyksen periaatteita hoitoon liittyvien infektioiden ehkäisemiseksi.",
                "Follows aseptic technique, hand hygiene and isolation to prevent healthcare-associated infections.")),

        // Erfarenheter – experience
        new("E-ERF-01", Experience, Text("Chefserfarenhet", "Esihenkilökokemus", "Management experience"),
            Text("Har lett en arbetsgrupp eller enhet med personal- och budgetansvar.",
                "On johtanut työryhmää tai yksikköä henkilöstö- ja budjettivastuineen.",
                "Has led a team or unit with responsibility for staff and budget.")),
        new("E-ERF-02", Experience, Text("EU-finansierade projekt", "EU-rahoitteiset hankkeet", "EU-funded projects"),
            Text("Har deltagit i att söka, genomföra eller rapportera projekt som finansieras av EU:s strukturfonder.",
                "On osallistunut EU:n rakennerahastoista rahoitettujen hankkeiden hakemiseen, toteuttamiseen tai raportointiin.",
                "Has helped apply for, run or report on projects financed by the EU structural funds.")),
        new("E-ERF-03", Experience, Text("Multiprofessionellt arbete", "Moniammatillinen työ", "Multi-professional work"),
            Text("Har arbetat i team där flera yrkesgrupper tillsammans planerar stödet för en klient eller elev.",
                "On työskennellyt tiimeissä, joissa eri ammattiryhmät suunnittelevat yhdessä asiakkaan tai oppilaan tuen.",
                "Has worked in teams where several professions plan a client's or pupil's support together.")),
        new("E-ERF-04", Experience, Text("Kvalitetsarbete", "Laatutyö", "Quality work"),
            Text("Har deltagit i självvärdering, kvalitetsgrupper eller utveckling av rutiner med stadens kvalitetsverktyg.",
                "On osallistunut itsearviointiin, laaturyhmiin tai toimintatapojen kehittämiseen kaupungin laatutyökalulla.",
                "Has taken part in self-assessment, quality groups or improving routines with the city's quality tool.")),
        new("E-ERF-05", Experience, Text("Handledning av studerande", "Opiskelijoiden ohjaaminen", "Supervising students"),
            Text("Har handlett studerande eller nyanställda under praktik eller introduktion.",
                "On ohjannut opiskelijoita tai uusia työntekijöitä harjoittelun tai perehdytyksen aikana.",
                "Has supervised students or new staff during placements or induction.")),
        new("E-ERF-06", Experience, Text("Arbetsrotation", "Työkierto", "Job rotation"),
            Text("Har arbetat en period vid en annan enhet eller förvaltning och tagit med sig nya arbetssätt tillbaka.",
                "On työskennellyt jakson toisessa yksikössä tai toimialalla ja tuonut uusia toimintatapoja mukanaan.",
                "Has worked for a period in another unit or administration and brought new ways of working back.")),
        new("E-ERF-07", Experience, Text("Beredskap och krisledning", "Valmius ja kriisijohtaminen", "Preparedness and crisis management"),
            Text("Har deltagit i beredskapsplanering, övningar eller i att hantera verkliga störningar i servicen.",
                "On osallistunut valmiussuunnitteluun, harjoituksiin tai todellisten palveluhäiriöiden hoitamiseen.",
                "Has taken part in preparedness planning, exercises or handling real service disruptions.")),

        // Värderingar och attityder – values and attitudes
        new("V-VAR", ValuesAndAttitudes, Text("Stadens värderingar", "Kaupungin arvot", "The city's values"),
            Text("Förhållningssätt som bär stadens service: öppenhet, jämlikhet, ansvar och vilja att utvecklas.",
                "Kaupungin palvelua kantavat asenteet: avoimuus, yhdenvertaisuus, vastuullisuus ja halu kehittyä.",
                "The attitudes behind the city's services: openness, equality, responsibility and a will to develop.")),
        new("V-VAR-01", ValuesAndAttitudes, Text("Delaktighet och öppenhet", "Osallisuus ja avoimuus", "Participation and openness"),
            Text("Delar information öppet och tar med invånare och kolleger i att utveckla verksamheten.",
                "Jakaa tietoa avoimesti ja ottaa asukkaat ja työkaverit mukaan toiminnan kehittämiseen.",
                "Shares information openly and involves residents and colleagues in developing the services.")),
        new("V-VAR-02", ValuesAndAttitudes, Text("Jämlikhet och likabehandling", "Yhdenvertaisuus ja tasa-arvo", "Equality and non-discrimination"),
            Text("Bemöter alla rättvist och motverkar diskriminering enligt diskrimineringslagen och jämställdhetslagen.",
                "Kohtelee kaikkia oikeudenmukaisesti ja ehkäisee syrjintää yhdenvertaisuuslain ja tasa-arvolain mukaisesti.",
                "Treats everyone fairly and counters discrimination in line with the Non-Discrimination Act and the Equality Act.")),
        new("V-VAR-03", ValuesAndAttitudes, Text("Etiskt förhållningssätt", "Eettinen toimintatapa", "Ethical conduct"),
            Text("Agerar opartiskt och ansvarsfullt som offentligt anställd och säger ifrån när något är fel.",
                "Toimii puolueettomasti ja vastuullisesti julkisen sektorin työntekijänä ja puuttuu epäkohtiin.",
                "Acts impartially and responsibly as a public employee and speaks up when something is wrong.")),
        new("V-VAR-04", ValuesAndAttitudes, Text("Vilja att lära", "Halu oppia", "Willingness to learn"),
            Text("Tar ansvar för sitt eget lärande och ser nya uppgifter som möjligheter att utvecklas.",
                "Ottaa vastuun omasta oppimisestaan ja näkee uudet tehtävät mahdollisuuksina kehittyä.",
                "Takes responsibility for their own learning and sees new tasks as chances to grow."))
        { EscoUri = "http://data.europa.eu/esco/skill/9bf266a6-188b-4d17-a22f-2f266d76832b" },
        new("V-VAR-05", ValuesAndAttitudes, Text("Förändringsberedskap", "Muutosvalmius", "Openness to change"),
            Text("Förhåller sig konstruktivt till förändringar i arbetet och bidrar till att nya arbetssätt tas i bruk.",
                "Suhtautuu rakentavasti työn muutoksiin ja edistää uusien toimintatapojen käyttöönottoa.",
                "Approaches change at work constructively and helps new ways of working take root.")),
        new("V-VAR-06", ValuesAndAttitudes, Text("Tvåspråkighet som resurs", "Kaksikielisyys voimavarana", "Bilingualism as an asset"),
            Text("Ser stadens två språk som en styrka och erbjuder service på invånarens språk på eget initiativ.",
                "Näkee kaupungin kaksi kieltä vahvuutena ja tarjoaa palvelua asukkaan kielellä oma-aloitteisesti.",
                "Sees the city's two languages as a strength and offers service in the resident's language unprompted.")),
        new("V-VAR-07", ValuesAndAttitudes, Text("Hållbar utveckling", "Kestävä kehitys", "Sustainable development"),
            Text("Tar hänsyn till miljön, klimatet och kommande generationer i sina val i arbetet.",
                "Ottaa työn valinnoissaan huomioon ympäristön, ilmaston ja tulevat sukupolvet.",
                "Considers the environment, the climate and future generations in the choices they make at work.")),

        // Kontakter och kontaktnät – contacts and networks
        new("N-NAT-01", ContactsAndNetworks, Text("Samarbete med specialsjukvården", "Yhteistyö erikoissairaanhoidon kanssa", "Cooperation with specialised health care"),
            Text("Har fungerande kontakter till sjukhusets avdelningar och poliklinik för smidiga vårdkedjor.",
                "Hänellä on toimivat yhteydet sairaalan osastoille ja poliklinikalle sujuvia hoitoketjuja varten.",
                "Has working contacts with the hospital's wards and outpatient clinic for smooth care pathways.")),
        new("N-NAT-02", ContactsAndNetworks, Text("Samarbete med tredje sektorn", "Yhteistyö kolmannen sektorin kanssa", "Cooperation with the third sector"),
            Text("Känner de föreningar, församlingar och frivilliga som kompletterar stadens service och samarbetar med dem.",
                "Tuntee kaupungin palveluja täydentävät järjestöt, seurakunnat ja vapaaehtoiset ja tekee yhteistyötä niiden kanssa.",
                "Knows the associations, parishes and volunteers that complement the city's services and works with them.")),
        new("N-NAT-03", ContactsAndNetworks, Text("Kontakter med näringslivet", "Elinkeinoelämän yhteydet", "Business community contacts"),
            Text("Har kontakter till lokala företag, entreprenörer och leverantörer och förstår deras behov.",
                "Hänellä on yhteyksiä paikallisiin yrityksiin, urakoitsijoihin ja toimittajiin, ja hän ymmärtää niiden tarpeet.",
                "Has contacts with local businesses, contractors and suppliers and understands their needs.")),
        new("N-NAT-04", ContactsAndNetworks, Text("Nordiska och internationella nätverk", "Pohjoismaiset ja kansainväliset verkostot", "Nordic and international networks"),
            Text("Deltar i vänortssamarbete och nordiska eller europeiska nätverk som ger nya idéer och finansiering.",
                "Osallistuu ystävyyskaupunkiyhteistyöhön ja pohjoismaisiin tai eurooppalaisiin verkostoihin, jotka tuovat ideoita ja rahoitusta.",
                "Takes part in twin-town cooperation and Nordic or European networks that bring ideas and funding.")),
        new("N-NAT-05", ContactsAndNetworks, Text("Kontakter med statliga myndigheter", "Yhteydet valtion viranomaisiin", "Contacts with state authorities"),
            Text("Känner rätt kontaktpersoner hos tillstånds- och tillsynsmyndigheter och ministerier inom sitt område.",
                "Tuntee oikeat yhteyshenkilöt oman alansa lupa- ja valvontaviranomaisissa ja ministeriöissä.",
                "Knows the right people at the licensing and supervisory authorities and ministries in their field.")),
        new("N-NAT-06", ContactsAndNetworks, Text("Samarbete med vårdnadshavare", "Yhteistyö huoltajien kanssa", "Cooperation with guardians"),
            Text("Bygger förtroendefulla relationer med vårdnadshavarna och involverar dem i barnets lärande och välbefinnande.",
                "Rakentaa luottamuksellisen suhteen huoltajiin ja ottaa heidät mukaan lapsen oppimiseen ja hyvinvointiin.",
                "Builds trusting relationships with guardians and involves them in the child's learning and wellbeing.")),
        new("N-NAT-07", ContactsAndNetworks, Text("Kommunala utvecklingsnätverk", "Kuntien kehittämisverkostot", "Municipal development networks"),
            Text("Deltar i Kommunförbundets och grannkommunernas nätverk och för hem goda exempel.",
                "Osallistuu Kuntaliiton ja naapurikuntien verkostoihin ja tuo hyviä käytäntöjä omaan työhön.",
                "Takes part in the networks of the Association of Finnish Municipalities and neighbouring towns and brings good practice home.")),
    ];
}
