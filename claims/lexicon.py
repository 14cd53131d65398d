"""Word lists shared by the extraction rules.

Kept in one place so that the quantity, speaker and side rules agree on what
a "worker" or a "reporting verb" is. All entries are lower case.
"""
from __future__ import annotations

# Nouns whose count is a count of people (unit "people").
PEOPLE_NOUNS = frozenset(
    """
    people persons individuals workers employees members staff staffers nurses doctors physicians surgeons
    soldiers troops reservists marchers participants attendees citizens parents children adults women men veterans
    residents interns teachers educators professors faculty instructors drivers operators mechanics pilots
    attendants actors writers performers musicians dancers artists strikers protesters protestors supporters
    picketers demonstrators technicians pharmacists janitors cashiers clerks assistants aides officers
    firefighters paramedics executives managers administrators supervisors directors leaders americans
    residents families retirees contractors engineers scientists journalists reporters editors miners
    steelworkers autoworkers machinists laborers labourers caregivers therapists dockworkers longshoremen
    crew crewmembers hires patients students customers riders passengers voters delegates organizers
    organisers volunteers employees staffers housekeepers cooks servers baristas bartenders dishwashers
    electricians plumbers carpenters welders truckers couriers carriers agents representatives
    negotiators officials ceos viewers subscribers users fans readers listeners consumers tenants households
    children kids adults women men seniors veterans citizens immigrants nurse worker employee member person
    guards conductors associates signallers signalers stockers baggers butchers bakers packers sorters porters
    cleaners dispatchers controllers crews linemen loggers farmworkers faculty lecturers hands laborers
    undergraduates graduates postdocs researchers academics longshore
    personnel civilians victims detainees prisoners inmates activists bystanders minors youths
    farmers growers peasants villagers pensioners migrants refugees scholars dockers shoppers commuters travellers
    travelers mourners pilgrims tourists spectators servants
    """.split()
)

# The people who do the work: a speaker headed by one of these speaks for labour.
WORKER_NOUNS = frozenset(
    """
    workers worker employees employee staff staffers nurses nurse members member strikers striker protesters
    protester protestors picketers supporters demonstrators technicians technician professional professionals
    drivers driver operators mechanics mechanic pilots pilot attendants attendant teachers teacher
    educators educator actors actor writers writer performers performer janitors cashiers clerks clerk
    assistants assistant aides aide pharmacists pharmacist therapists caregivers firefighters paramedics
    machinists miners steelworkers autoworkers laborers labourers dockworkers longshoremen crew rank-and-file
    residents interns faculty instructors professors baristas housekeepers cooks servers electricians
    guards guard conductors conductor associates associate signallers stockers cleaners porters lecturers
    """.split()
) | frozenset(
    # The workers that unions outside the English-speaking world are named for, kept untranslated in English
    # articles: "the Sindicato de Enfermeras", "the Federación de Maestros", "the Fédération des Cheminots".
    """
    trabajadores profesores maestros docentes educadores educadoras enfermeras enfermeros médicos medicos mineros obreros empleados
    trabalhadores professores enfermeiros metalúrgicos metalurgicos bancários bancarios travailleurs enseignants
    cheminots infirmières infirmiers salariés lavoratori insegnanti docenti
    """.split()
)

# Speakers who speak for management whatever organisation they are named with.
# The last word of a business's name: "Starline Coffee", "Skyway Airlines", "Brightbean Foods Inc".
BUSINESS_NAME_HEADS = frozenset(
    """
    inc corp co ltd llc plc ag gmbh group holdings airlines airline airways motors foods coffee stores markets
    supermarkets logistics energy telecom communications entertainment pictures railways railway rail industries
    manufacturing steel mining shipping brands restaurants hotels resorts pharmaceuticals technologies bakeries
    bakery dairy farms mills
    """.split()
)
MANAGEMENT_NOUNS = frozenset(
    """
    management managers manager executives executive ceo cfo coo administration administrators administrator
    board owners owner bosses boss employer employers company companies corporation hospital hospitals
    studio studios producers district authority agency superintendent chancellor provost operator chain
    retailer government ministry minister mayor governor
    """.split()
)

# Speakers who speak for whichever organisation modifies them ("union officials", "Kaiser officials").
ROLE_NOUNS = frozenset(
    """
    officials official leaders leader leadership spokesperson spokespersons spokeswoman spokesman spokespeople
    representatives representative reps negotiators negotiator president vice-president chair chairman
    chairwoman chairperson director secretary treasurer counsel attorney attorneys lawyer lawyers statement
    statements release announcement letter email memo website team bargainers organizer organiser steward
    stewards chief head officers officer committee council bulletin filing filings report
    """.split()
)

# Organisation nouns of labour (a "local", a "guild", a "coalition of unions").
LABOUR_ORG_NOUNS = frozenset(
    """
    union unions local locals coalition alliance guild guilds federation brotherhood teamsters association
    associations council workers steelworkers autoworkers
    """.split()
)

# Labour's organisation nouns that employers use too: the "American Hospital Association" and the
# "Alliance of Stage and Screen Producers" bargain for employers.
SHARED_ORG_NOUNS = frozenset("coalition alliance federation association associations council".split())
# Members named in such an organisation's name that make it an employers' one ("the Harbour Employer Council": singular
# where the employers speak as one). A trade association is one of firms; a "trades council" is one of unions.
EMPLOYER_MEMBER_NOUNS = frozenset(
    """
    producers employers employer hospitals hospital companies manufacturers studios owners businesses retailers contractors
    districts boards airlines railroads restaurants commerce industries industry carriers publishers broadcasters
    insurers growers builders dealers operators management firms shippers terminals stevedores
    railroad railway airline carrier hospital trucking trade
    """.split()
)

# Organisation nouns of employers.
EMPLOYER_ORG_NOUNS = frozenset(
    """
    company companies corporation corp corp. inc inc. incorporated llc ltd co co. hospital hospitals
    health system systems plc group studios studio network networks airline airlines district authority
    university universities college colleges school schools board agency department administration management employer employers
    foundation clinic clinics center centre medical provider producers amptp enterprises holdings partners
    """.split()
)

# Verbs whose subject asserts the clause that follows (the speaker-making verbs).
REPORTING_VERBS = frozenset(
    """
    said says say saying added adds add stated states state told tells tell noted notes note explained explains
    contend contends contended counter counters countered accuse accuses accused deny denies denied assert
    asserts asserted argue argues argued claim claims claimed allege alleges alleged announced announces
    announce insist insists insisted maintain maintains maintained acknowledge acknowledges acknowledged
    admit admits admitted warn warns warned caution cautions cautioned charge charges charged wrote writes tweeted posted reported
    informed informs report
    reports estimated estimates confirmed confirms disputed disputes dispute complained complains emphasized
    emphasised stressed stresses believes believe blamed blames blame pointed noted responded responds replied
    replies countered testified testifies predicted predicts vowed vows pledged pledges declared declares
    disclosed discloses revealed reveals expect expects
    dismissed dismisses rejected rejects rebuffed refuted refutes welcomed welcomes criticised criticized
    criticises criticizes condemned condemns calculated calculates calculate reckoned reckons reckon estimate predict
    adding arguing noting insisting claiming warning stating explaining alleging denying countering estimating
    found finds concluded concludes answered answers counted tallied recorded
    described describes describe indicated indicates suggested suggests characterised characterized
    characterises characterizes hailed hails praised praises slammed slams decried decries labelled labeled
    branded termed touted touts conceded concedes highlighted highlights boasted boasts trumpeted trumpets
    """.split()
)

# Verbs of a party's position in bargaining: "the guild is seeking 6%" puts the 6% in the guild's mouth.
POSITION_VERBS = frozenset(
    """
    seeking seeks seek sought demanding demands demanded asking asks ask wants want wanted proposing proposes proposed
    offering offers offered
    """.split()
)

ALLEGATION_VERBS = frozenset(
    "accuse accuses accused allege alleges alleged charge charges charged blame blames blamed".split()
)
DENIAL_VERBS = frozenset(
    "deny denies denied dispute disputes disputed rejects rejected rebuffed refuted refutes dismissed dismisses".split()
)

# Auxiliaries and common finite forms: a unit with none of these (and no other verb sign) is a heading.
FINITE_WORDS = frozenset(
    """
    is are was were am has have had will would can could shall should may might must does do did isn't aren't
    wasn't weren't hasn't haven't hadn't won't wouldn't can't cannot couldn't shouldn't doesn't don't didn't
    it's that's there's here's what's who's they're we're you're i'm we've they've i've we'll they'll he's
    she's remain remains need needs want wants pay pays make makes take takes give gives get gets go goes
    come comes continue continues plan plans hope hopes expect expects appear appears seek seeks demand demands
    represent represents include includes earn earns offer offers refuse refuses agree agrees threaten
    threatens stand stands face faces cost costs receive receives spend spends keep keeps hold holds call calls
    walk walks strike strikes vote votes plan plans mean means run runs lose loses gain gains rise rises
    fall falls cut cuts meet meets leave leaves work works oppose opposes support supports propose proposes
    began begin begins became become becomes went came took gave got made paid held met left lost rose fell
    ran wrote spent kept brought thought found saw told knew grew drew struck stood sought expire expires
    resume resumes end ends start starts join joins ratify ratifies approve approves reject rejects accept
    accepts return returns affect affects allow allows require requires provide provides cover covers serve
    serves employ employs operate operates risk risks protect protects pause pauses owe owes fail fails
    try tries show shows lead leads put puts set sets let lets
    """.split()
)

# Words that open a new clause or a dependent clause; a subject never contains them.
CLAUSE_WORDS = frozenset(
    """
    what that which who whom whose when where while if because although though since unless whether as than
    so but and yet or after before until
    """.split()
)

# Words that link a sentence to the one before and name no one, set off by commas before its subject or after it:
# "However, the union says", "The police, however, had counted".
LINKING_WORDS = frozenset("however though meanwhile too also instead likewise nonetheless nevertheless separately".split())
LINKING_PHRASES = frozenset((
    "for its part", "for their part", "for his part", "for her part", "for its own part", "in turn", "in response",
    "on the other hand", "by contrast", "in contrast",
))

# Determiners and prepositions: an -ed word right after one is an adjective, not a verb.
DETERMINERS = frozenset(
    """
    the a an this that these those its their his her our your my of to by for with in on at from into
    under over than some any each every no more most less
    """.split()
)

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())

# Capitalised words that open a phrase without being part of a name ("The", "Nearly", "Union").
GENERIC_NAMES = frozenset(
    """
    the a an more most some all other many nearly about roughly union unions labor labour health care new national
    united american general first workers staff healthcare strike striking update this that these those it its their
    they we he she our read sign contact media press photo by for in on at am pm
    across after before under over with without during since among between against through into from
    english spanish french german chinese arabic black latino latina latinx hispanic asian african indigenous
    when while if once as so yet still even also just only now then there here what who how why where which whose
    although though because unless until whether meanwhile however instead despite amid following nothing something
    everything nobody everyone
    """.split()
) | frozenset(MONTHS) | WEEKDAYS

# The last word of a news outlet's name: "Kaiser Health News" reports on Kaiser, it does not speak for it.
OUTLET_NOUNS = frozenset(
    """
    news times post journal herald tribune courier gazette chronicle press daily magazine review observer
    reporter wire today sentinel examiner register dispatch inquirer star globe record monitor insider weekly
    radio tv television ledger telegraph independent mail bee voice digest leader standard express mirror
    """.split()
)


# The world's states by their usual English names: a country that speaks is its government ("Norway said it would dock
# the strikers' pay"), and a country is never a dispute's employer by its name alone.
COUNTRIES = frozenset(
    """
    afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain
    bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria burkina
    burundi cambodia cameroon canada chad chile china colombia comoros congo croatia cuba cyprus czechia denmark
    djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany
    ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq ireland
    israel italy jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho
    liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania
    mauritius mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar namibia nauru nepal
    netherlands nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay peru philippines poland
    portugal qatar romania russia rwanda samoa senegal serbia seychelles singapore slovakia slovenia somalia spain
    sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga tunisia turkey turkmenistan
    tuvalu uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe
    """.split()
) | frozenset((
    "south korea", "north korea", "south africa", "south sudan", "new zealand", "saudi arabia", "sri lanka",
    "united states", "united kingdom", "united arab emirates", "great britain", "britain", "the us", "the u.s.", "the uk",
    "the u.k.", "czech republic", "dominican republic", "central african republic", "costa rica", "el salvador",
    "east timor", "ivory coast", "north macedonia", "papua new guinea", "sierra leone", "trinidad and tobago",
    "burkina faso", "cape verde", "equatorial guinea", "guinea-bissau", "marshall islands", "solomon islands",
    "san marino", "vatican city", "hong kong",
))


# What an outlet is, written before its name: "the newspaper La Voz", "broadcaster Harwell One".
OUTLET_KINDS = frozenset("newspaper newspapers broadcaster tabloid magazine paper".split())


def names_outlet(name: str) -> bool:
    """A news outlet by the words of its name: "The Lakeport Ledger", "the state news agency Lakenews", "the
    Wessex newspaper La Voz"."""
    words = name.lower().replace(",", " ").split()
    return bool(words) and (words[-1].strip(".,") in OUTLET_NOUNS or "news" in words or called_an_outlet(name))


def called_an_outlet(name: str) -> bool:
    """A name the text says is an outlet's ("the Wessex newspaper La Voz"), not one that only ends like one ("Harwell
    Post" may be the employer)."""
    words = name.split()
    return len(words) > 1 and words[-1][:1].isupper() and not OUTLET_KINDS.isdisjoint(w.lower() for w in words[:-1])


def is_country(phrase: str) -> bool:
    """'Norway', 'the United States', 'the U.S.': a state by its name (never the pronoun "us")."""
    name = phrase.lower().strip(" .,")
    return name in COUNTRIES or name.removeprefix("the ") in COUNTRIES


# Nationalities that are not their country's name with an ending ("Belarusian", "Kenyan", "Chinese" are).
IRREGULAR_NATIONALITIES = frozenset(
    "american british french dutch swiss greek english scottish welsh irish filipino thai danish swedish finnish "
    "polish spanish portuguese peruvian argentine argentinian norwegian".split()
)
NATIONALITY_ENDINGS = ("ian", "ean", "an", "ese", "ish", "i", "n")
COUNTRY_WORDS = frozenset(w for name in COUNTRIES for w in name.split() if w not in ("the", "and", "of"))


def is_nationality(word: str) -> bool:
    """'Belarusian', 'Kenyan', 'Chinese', 'Israeli', 'French': the adjective of a state ("Belarusian President X"
    is that state's head, as "U.S. President X" is)."""
    word = word.lower()
    if word in IRREGULAR_NATIONALITIES or word in COUNTRIES:
        return True
    if word + "stan" in COUNTRIES or word + "istan" in COUNTRIES:  # "Uzbek" of Uzbekistan, "Tajik" of Tajikistan
        return True
    for ending in NATIONALITY_ENDINGS:
        stem = word.removesuffix(ending)
        if stem != word and len(stem) >= 4 and any(c.startswith(stem) for c in COUNTRY_WORDS):
            return True
    return False

