"""Parties that are neither a union nor an employer, recognised by what they are: police forces, the organisers
of a march, governments and their agencies, and analysts (economists, researchers, fact-finders).

A government is only its own party when the article does not make it the employer: when a union bargains with
it, or it offers a contract or a raise, it is the employer (see `government_employs`).
"""
from __future__ import annotations

import re

from claims.lexicon import REPORTING_VERBS, WORKER_NOUNS, is_country
from claims.model import ANALYST, GOVERNMENT, ORGANIZERS, POLICE, UNKNOWN

# The names of police forces that English articles keep untranslated: "the Polizei counted 900 marchers".
FOREIGN_POLICE = frozenset("carabineros carabinieri policía policia polizei gendarmería gendarmeria".split())
# Head nouns of a speaker phrase, by the party they make.
POLICE_NOUNS = frozenset(
    "police policeman policemen policewoman constabulary sheriff sheriffs gendarmerie gendarmes prefecture".split()
) | FOREIGN_POLICE
ORGANIZER_NOUNS = frozenset("organizers organisers organizer organiser".split())
# Bodies that exist to campaign, named by what they are: "the Civil Liberties Front", "the Clean Air Movement".
CAMPAIGN_NOUNS = frozenset("front movement campaign".split())
# Groups described by their campaigning ("the campaigning group Harbour Voices", "a grassroots protest group"), and
# unions of citizens for their rights ("the Lakeport Civil Rights Union"): organisers, not labour.
CAMPAIGN_GROUP = re.compile(
    r"\b(?:advocacy|activist|campaign(?:ing)?|protest|organi[sz]ing|grassroots|civil[\s-]+(?:liberties|rights))\s+"
    r"(?:[\w-]+\s+)?(?:group|groups|organi[sz]ations?|coalition|network|union|association|alliance)\b",
    re.IGNORECASE,
)
# The political opposition, who call the protests against those in power and count their dead: "the opposition",
# "opposition leaders", "the opposition alliance", "an opposition tally" (not "opposition to the cuts").
OPPOSITION = re.compile(r"(?:^|\bthe\s+|\bmain\s+|\ban?\s+)opposition(?:\s+(?:alliance|coalition|movement|front|parties|party|bloc"
                        r"|camp))?(?:\s+(?:leaders?|figures?|politicians?|lawmakers|spokes\w+|chief|head|sources"
                        r"|(?:death\s+)?tolls?|tall(?:y|ies)|counts?|estimates?))?$", re.IGNORECASE)
# The member of a government whose field is work and the workers ("the Secretary of Labour", "Labor Secretary Ada
# Quill", "the employment minister"): the state, whatever "labour" says of the workers.
LABOUR_OFFICE = re.compile(r"\b(?:secretary|minister|commissioner)\s+(?:of|for)\s+(?:state\s+for\s+)?(?:labou?r|employment)\b"
                           r"|\b(?:labou?r|employment)\s+(?:secretary|minister|commissioner)\b", re.IGNORECASE)
# Unions that organise no workers: of citizens for their rights, of states ("the European Union"), of savers.
NOT_LABOUR_UNION = re.compile(r"\b(?:civil[\s-]+(?:liberties|rights)|european|african|soviet|credit|customs|monetary)\s+union\b",
                              re.IGNORECASE)
# Those who stage a march, said of them: "the groups that organised the rally", "those behind the
# weekend's march".
STAGED_IT = re.compile(
    r"\b(?:(?:who|that|which)\s+(?:[\w-]+\s+)?(?:staged|organi[sz]ed|organi[sz]es|planned|coordinated|called|led"
    r"|partnered\s+in)|behind)\s+(?:the\s+|[\w\u2019'-]+\s+){0,3}?"
    r"(?:protests?|march(?:es)?|rall(?:y|ies)|demonstrations?|vigils?|marchers|protesters)\b",
    re.IGNORECASE,
)
# Those who count a crowd from outside it: "an independent monitor", "a volunteer group that tracks attendance".
INDEPENDENT_COUNTER = re.compile(
    r"\b(?:independent|non-?partisan|neutral)\s+(?:[\w-]+\s+)?(?:monitors?|observers?|counters?|counts?|experts?|groups?)\b"
    r"|\b(?:who|that|which)\s+(?:counts|tallies|tracks|monitors|estimates)\s+(?:the\s+)?(?:crowds?|turnout|attendance|protests?)\b"
    # "the tracking service", "a flight tracker": a service that counts what it sees, for whoever asks
    r"|\btracking\s+(?:services?|sites?|websites?|firms?|compan(?:y|ies)|apps?)\b|\bflight[\s-]+trackers?\b",
    re.IGNORECASE,
)
# Those who record what a state does to its people, from outside its government: "a national human rights
# commission", "rights groups", "a rights watchdog", "Lakeport Rights Watch", "a medico-legal unit", the legal aid
# lawyers who defend the detained. Their tolls of the dead, the hurt and the detained are an independent count, set
# against the police's or the government's.
RIGHTS_MONITOR = re.compile(
    r"\b(?:human[\s-]+)?rights\s+(?:ngos?\s+)?(?:commissions?|groups?|bod(?:y|ies)|organi[sz]ations?|watchdogs?|monitors?|defenders?"
    r"|forums?|platforms?|coalitions?|leagues?"
    r"|activists?|lawyers?|centres?|centers?|institutes?|council|watch|networks?|observatory|campaigners?|advocates?|chiefs?)\b"
    r"|\bcommissions?\s+(?:on|for)\s+human\s+rights\b|\bmedico-legal\b|\blegal\s+aid\b"
    # a body named for the cause it serves: "the Harwell Centre for Human Rights", "a League for the Defence of Human
    # Rights" (a ministry or secretariat "for Human Rights" is the government's, and not matched here)
    r"|\b(?:cent(?:er|re)|institute|league|foundation|network|committee|association|movement|coalition|observatory"
    r"|society)s?\s+(?:for|of)\s+(?:the\s+)?(?:(?:defen[cs]e|protection|promotion)\s+of\s+)?human\s+rights\b"
    # a group named for what it defends ("Wessex Human Rights"), not a ministry "of Harbours and Human Rights"
    r"|(?<!\band\s)(?<!\bof\s)(?<!\bfor\s)\bhuman\s+rights(?:\s*\([A-Z]{2,6}\))?\s*$"
    # what a charity or campaign group is: "an NGO based in Harwell", "a non-governmental organisation"
    r"|\bNGOs?\b|\bnon-?governmental\s+organi[sz]ations?\b"
    # a group named for those whose rights it defends: "the Association for Wessex Detainees" is no union
    r"|\b(?:association|alliance|committee|network|union|council|federation|society|fund)\s+(?:for|of)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+)?(?:prisoners|detainees|victims|the\s+disappeared)\b",
    re.IGNORECASE,
)
# The bodies states share, and the watchdogs that report on every state, watch a dispute and take no side in it:
# "the United Nations says at least 900 were held", "the U.N. rights office", "an IMF estimate", "according to
# Amnesty International". (Case kept: "UN" and "WHO" are words in lower case.)
INTERNATIONAL_BODY = re.compile(
    r"\b(?:United\s+Nations|U\.N\.|UN|UNICEF|UNHCR|OHCHR|International\s+Labou?r\s+Organi[sz]ation|ILO"
    r"|World\s+Health\s+Organi[sz]ation|WHO|International\s+Monetary\s+Fund|IMF|World\s+Bank|OECD"
    r"|Amnesty(?:\s+International)?|Human\s+Rights\s+Watch|Reporters\s+Without\s+Borders"
    r"|Committee\s+to\s+Protect\s+Journalists|Red\s+Cross|Red\s+Crescent)(?![\w.])"
)
# A city's police department by its initials: "the LKPD", "NYPD officers".
POLICE_DEPARTMENT_INITIALS = re.compile(r"\b[A-Z]{1,4}PD\b")
GOVERNMENT_NOUNS = frozenset(
    """
    government governments ministry ministries minister ministers undersecretary mayor mayors governor premier cabinet
    province state city municipality parliament legislature congress senate whitehouse department departments
    agency agencies service secretary officials authorities gov sen senator senators lawmakers legislators
    """.split()
)
ANALYST_NOUNS = frozenset(
    """
    economist economists analyst analysts researcher researchers scientist scientists expert experts statistician
    statisticians institute consultancy consultancies consultant consultants think-tank fact-finder fact-finders
    factfinder academics academic professor professors scholar scholars geographer geographers demographer
    demographers pollster pollsters panel panels inquiry
    """.split()
)
# Words of a firm's name that make it one that reckons for others: "Harwell Economic Group", "Lakeport Analytics".
ANALYST_NAME_WORDS = frozenset("economic economics analytics research consulting consultancy forecasting polling".split())
# Words in a phrase that make it one of these parties wherever they sit ("Lakeport Police Department Officer").
POLICE_WORDS = frozenset("police constabulary sheriff gendarmerie prefecture".split()) | FOREIGN_POLICE
# The ministries that command the police and give their crowd counts, and a national police named as a security
# directorate ("the General Directorate of Public Security", "the security directorate"), as several states name it.
POLICE_MINISTRIES = re.compile(r"\b(?:interior\s+ministry|ministry\s+of\s+(?:the\s+)?(?:interior|internal\s+affairs)"
                               r"|interior\s+ministr(?:y|ies)|internal\s+affairs\s+ministry|home\s+office"
                               r"|security\s+(?:forces|sources?)|law\s+enforcement"
                               r"|directorate\s+(?:general\s+)?of\s+(?:national\s+|public\s+|general\s+)?security"
                               r"|security\s+(?:general\s+)?directorate)\b", re.I)
# The state's own media: what they report, the government reports ("state broadcaster LTV said").
STATE_MEDIA_WORDS = r"state(?:-|\s+)(?:(?:run|owned|controlled)\s+)?(?:television|tv|media|broadcaster|radio|news\s+agency)"
STATE_MEDIA = re.compile(rf"\b{STATE_MEDIA_WORDS}\b", re.IGNORECASE)
GOVERNMENT_WORDS = frozenset(
    "ministry minister undersecretary mayor governor premier parliament presidential presidency".split()
)
STATE_MEMBERS_BODY = (r"(?:council|conference|association|league|forum|federation)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?"
                      r"(?:governors|mayors|premiers|municipalities|counties|cities|local\s+(?:authorities|governments))")
STATE_MEMBERS = re.compile(STATE_MEMBERS_BODY, re.IGNORECASE)  # "the Conference of Mayors": the state's officers
GOVERNMENT_PHRASES = re.compile(
    r"\b(?:white house|city hall|downing street|prime minister|press secretary|interior ministry"
    # those who serve a head of state: "the new president's chief of staff" (not a union's president)
    r"|(?<!union\s)president['\u2019]s\s+(?:chief\s+of\s+staff|spokes\w+|office|aides?|advis[eo]rs?)"
    rf"|{STATE_MEDIA_WORDS}|judiciary"
    # the state's security and armed forces: "Wessex's security council", "an army general"
    r"|security\s+(?:body|council)|\barmy\b|\bmilitary\b|armed\s+forces|guards?\s+corps"
    r"|(?:department|ministry|secretary|minister) (?:of|for)|fire department|park service|homeland security"
    r"|(?:federal|provincial|state|city|national|regional|local|county|municipal) (?:government|officials|authorities)"
    # a place's elected council ("Harwell City Council"); a "national council" or a "district council" may be a union's
    r"|(?:city|county|borough|town|parish|municipal|legislative) council"
    # a body whose members hold public office: "the Conference of Mayors", "the Wessex Association of Counties"
    rf"|{STATE_MEMBERS_BODY}"
    # the state body that counts an election's votes: "the Wessex Electoral Commission", "the electoral board"
    r"|(?:election|electoral)\s+(?:commission|board|committee|council|authority|tribunal|court)"
    # a body a government sets up to weigh a dispute: "a presidential board of inquiry", "a federal mediator"
    r"|(?:presidential|federal|congressional|parliamentary|government-appointed|state-appointed)\s+(?:[\w-]+\s+)?"
    r"(?:board|commission|panel|mediators?|inquiry|tribunal)"
    # official statistics and the offices that keep them: "federal data show", "the Office for National Statistics"
    r"|(?:federal|official|government|national|state)\s+(?:data|figures|statistics|estimates|(?:death\s+)?tolls?|tall(?:y|ies)"
    # ("official sources", "government sources"): the state, unnamed
    r"|sources)"
    # the state's officers of law, who count the dead of a crackdown as the state: "the attorney general's office",
    # "prosecutors", "the ombudsman" (a public office, whatever rights it defends)
    r"|attorney[\s-]+general|prosecutors?|public\s+prosecution|ombuds(?:man|men|person|woman)"
    r"|statistics\s+(?:office|bureau|agency|service|authority|canada|netherlands|norway|sweden|finland|denmark)"
    r"|(?:office|bureau|board|institute|department|agency)\s+(?:for|of)\s+(?:[\w-]+\s+){0,3}?statistics"
    r"|census\s+bureau"
    r"|government)\b",
    re.IGNORECASE,
)
# A statistics office is the government's whatever its name says of the workers it counts ("Bureau of Labor
# Statistics").
STATISTICS_OFFICE = re.compile(r"\bstatistic(?:s|al)\b|\bcensus\b", re.IGNORECASE)
# A firm described by what it does: "the economic analysis and modeling company IMPLAN", "a research firm".
ANALYST_DESCRIPTION = re.compile(
    r"\b(?:economic|economics|analysis|analytics|research|consulting|consultancy|forecasting|modell?ing|polling)\s+"
    r"(?:(?:and\s+)?[\w-]+\s+){0,3}?(?:firm|company|group|outfit|house|shop)\b",
    re.IGNORECASE,
)
# A lobby of business at large ("the Harbour Federation of Small Business", "the Chamber of Commerce"): in a strike it
# reckons what the dispute costs its members from outside; it bargains with no union. So does a body of those who
# own, pay or use rather than work ("the Wessex Shareholders' Association", "a taxpayers' union"): it judges the
# dispute from outside.
LOBBY = re.compile(
    r"\bchambers?\s+of\s+commerce\b|\bboard\s+of\s+trade\b"
    r"|\b(?:federation|council|association|alliance|coalition|confederation|round\s*table)\s+of\s+(?:[\w-]+\s+){0,2}?"
    r"(?:business|businesses|commerce|enterprises?|merchants|industry)\b"
    r"|\bbusiness(?:es)?\s+(?:council|round\s*table|lobby|federation|coalition|alliance)\b"
    r"|\b(?:(?:share|stock)holders?(?:\u2019s?|'s?)?\s+(?:[\w-]+\s+)?"
    r"|(?:investors?|consumers?|taxpayers?|ratepayers?|homeowners?|motorists?|passengers?|travell?ers?|patients?)"
    r"(?:\u2019s?|'s?)?\s+)(?:association|alliance|council|federation|coalition|group|union|league|forum)\b",
    re.IGNORECASE,
)
LABOUR_WORDS = re.compile(r"\b(?:unions?|guild|local|federation|workers|employees)\b", re.IGNORECASE)
ANALYSIS_BY = re.compile(r"\b(?:analysis|study|survey|research|model)\s+(?:from|by)\s", re.IGNORECASE)
# A government (or a ministry, a province, a city) that bargains with a union or offers it a contract is the
# employer: "bargaining with the province", "the province offered", "the government's offer".
GOVERNMENT_BODY = r"(?:government|province|state|city|ministry|minister|premier|council|municipality|treasury)"
STAFF = "(?:" + "|".join(sorted(noun for noun in WORKER_NOUNS if noun.endswith("s"))) + ")"
REPORTED = "(?:" + "|".join(sorted(REPORTING_VERBS)) + ")"
# Talks, deals and proposals alone do not make a government the employer: a pension reform or a law is argued
# over with the unions too. Bargaining, a contract, or an offer of pay does.
PAY_TERMS = (r"(?:wages?|pay(?!\s+for)|salar\w+|pay\s+raises?|wage\s+increases?|contracts?|collective\s+agreements?"
             r"|compensation|an?\s+(?:[\w-]+\s+)?(?:raise|pay\s+increase|wage\s+increase))")
PERCENTAGE = r"\b(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:%|per\s*cent|percent)"
GOVERNMENT_EMPLOYS = re.compile(
    rf"\b(?:bargain\w*|contract\s+talks|contract|collective\s+agreement|wage\s+talks|pay\s+talks)\s+with\s+(?:the\s+)?"
    rf"(?:\w+\s+){{0,2}}?{GOVERNMENT_BODY}\b"
    # (not a minimum wage a government puts forward: a law for every employer, not a government's own pay)
    rf"|\b{GOVERNMENT_BODY}(?:\u2019s|'s)?\s+(?:\w+\s+){{0,3}}?(?<!minimum\s)(?:wage\s+offer|pay\s+offer|wage\s+proposal|salary\s+offer)\b"
    rf"|\b{GOVERNMENT_BODY}\s+(?:has\s+|had\s+)?(?:last\s+)?(?:offered|is\s+offering|tabled)\s+(?:\w+\s+){{0,6}}?(?:{PERCENTAGE}|{PAY_TERMS})"
    rf"|\b{GOVERNMENT_BODY}\b[^.]{{0,120}}\b(?:contract|bargaining|collective\s+agreement)\s+(?:reached\s+)?with\b"
    rf"|\b(?:labou?r\s+dispute|mediator\b[^.]{{0,60}}|bargaining|contract\s+talks)\s+between\s+the\s+(?:\w+\s+)?{GOVERNMENT_BODY}\b"
    rf"|\bbetween\s+the\s+(?:\w+\s+)?{GOVERNMENT_BODY}\s+and\s+(?:the\s+|its\s+)?(?:[\w\u2019']+\s+){{0,3}}?unions?\s+(?:over\s+|on\s+)?(?:\w+\s+){{0,2}}?{PAY_TERMS}"
    rf"|\b{GOVERNMENT_BODY}(?:\u2019s|'s)\s+(?:[a-z-]+\s+){{0,3}}?(?:proposal|offer)\s+(?:to|on|for)\s+(?:\w+\s+){{0,3}}?{PAY_TERMS}"
    # "the province's opening proposal had been two per cent a year": an offer of a percentage is a raise
    rf"|\b{GOVERNMENT_BODY}(?:\u2019s|'s)\s+(?:[a-z-]+\s+){{0,3}}?(?:proposal|offer)\b[^.]{{0,40}}?{PERCENTAGE}"
    # the government pays or signs off the settlement: "settlements paid for from the public purse"
    rf"|\b{GOVERNMENT_BODY}\s+(?:would|will)\s+not\s+(?:sign\s+off|fund|pay\s+for)\b",
    re.IGNORECASE,
)
# "the council's own staff", "the city's refuse workers", "the council pays its porters £28,000": workers a government
# employs, whose strike is against it; in an article of a march, "government employees were bused in" makes it no
# employer. Not "the ministry said drivers had attacked officers", whose body only reports on the workers.
GOVERNMENT_STAFF = re.compile(
    rf"\b{GOVERNMENT_BODY}(?:\u2019s|'s)?\s+(?:own\s+)?(?:(?!{REPORTED}\s)[a-z]+\s+)?{STAFF}\b"
    rf"|\b{GOVERNMENT_BODY}\s+pays\s+(?:its\s+)?(?:[a-z]+\s+)?{STAFF}\b"
    rf"|\b(?:employed|paid)\s+by\s+the\s+{GOVERNMENT_BODY}\b",
    re.IGNORECASE,
)


# Those who treat the hurt: "the ambulance service", "emergency services", "the fire brigade", "hospital officials".
# Their count of the hurt of a protest is a count from outside it; where they are the employer of strikers, their
# other figures are the employer's.
EMERGENCY_SERVICE = re.compile(
    r"\b(?:ambulance|emergency|rescue|fire|medical)\s+(?:services?|brigades?|crews?|teams?|workers|officials)\b"
    r"|\bparamedics\b|\bmedics\b|\bhospital\s+(?:officials|sources|authorities|staff|director)\b",
    re.IGNORECASE,
)


def treats_the_hurt(phrase: str) -> bool:
    return bool(EMERGENCY_SERVICE.search(phrase))


# A state's armed forces, counted after their number: "900 troops", "450 military personnel", "450 members of the
# armed forces". A state sends them (to break a blockade, to stand in for strikers) and gives their number.
STATE_FORCES_AFTER = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(?:troops|soldiers|reservists|marines|service\s*(?:members|men|women)"
    r"|(?:military|armed\s+forces|army|defen[cs]e|forces)\s+personnel"
    r"|members\s+of\s+the\s+(?:military|armed\s+forces|army))\b",
    re.IGNORECASE,
)


def counts_state_forces(text: str, end: int) -> bool:
    """The count ending at `end` counts a state's soldiers."""
    return bool(STATE_FORCES_AFTER.match(text, end))


# A tentative labour agreement or its ratification vote: only an employer signs one with a union.
LABOUR_AGREEMENT = re.compile(
    r"\btentative\s+(?:agreement|deal|contract|settlement)\b|\bratification\s+vote\b|\bvote\s+to\s+ratify\b",
    re.IGNORECASE,
)


def _names_an_analyst(phrase: str) -> bool:
    """A firm whose name says it reckons for others ("Pelham Economic Group", "principal of Harwell Analytics"), or
    one described as such; not a union of such workers."""
    if LABOUR_WORDS.search(phrase):
        return False
    named = {w.lower() for w in re.findall(r"\b[A-Z][a-z]+", phrase)}
    return bool(named & ANALYST_NAME_WORDS) or bool(ANALYST_DESCRIPTION.search(phrase))


# The one who chairs a legislature: "House Speaker", "the deputy speaker", "Speaker of the Assembly".
SPEAKER_OF_HOUSE = (r"(?:house|parliament(?:ary)?|assembly|senate|deputy)\s+speaker"
                    r"|speaker\s+of\s+(?:the\s+)?(?:house|parliament|assembly|senate)")
# A legislature: it votes laws, it does not bargain, so it is the government even where the government employs.
LEGISLATURE = re.compile(
    r"\b(?:parliament|legislature|congress|senate|senators?|lawmakers|legislators|(?:national|state|general)\s+assembly"
    # their elected members, a city's among them: "Councilwoman Ada Quill", "an alderman", "Assemblyman Rafe Mott"
    r"|(?:council|assembly|congress)(?:wo)?m[ae]n|(?:city\s+)?council\s*members?|councill?ors?|alder(?:wo)?m[ae]n"
    r"|house\s+of\s+(?:delegates|representatives|commons|lords)|the\s+house\s+and\s+(?:the\s+)?senate"
    r"|chamber\s+of\s+(?:deputies|representatives)|(?:lower|upper)\s+house"
    rf"|{SPEAKER_OF_HOUSE}"
    # a governing party's politicians: "Democratic leaders", "the GOP caucus", "the Tories"
    r"|(?:republican|democratic|democrat|gop|tory)\s+(?:leaders?|leadership|caucus|majority|lawmakers)|republicans|democrats|tories)\b",
    re.IGNORECASE,
)


def is_legislature(phrase: str) -> bool:
    return bool(LEGISLATURE.search(phrase))


# Pay set by a law: "signed a bill that gives all state employees 4%", "a pay raise bill". A government that
# legislates its workers' pay acts as the state, not as an employer at the table.
LEGISLATED_PAY = re.compile(
    r"\b(?:signed|passed|approved|enacted)\s+(?:[\w-]+\s+){0,4}?(?:legislation|bill|budget)\b"
    r"|\b(?:pay|raise|salary)\s+(?:raise\s+|increase\s+)?bill\b",
    re.IGNORECASE,
)


def government_employs(text: str, of_a_strike: bool = True) -> bool:
    """The article makes a government its workers' employer (bargains with it, or receives its offers), or, in an
    article `of_a_strike` (or a union, or bargaining), names workers as its own, where a law does not set their pay."""
    return bool(GOVERNMENT_EMPLOYS.search(text)
                or (of_a_strike and GOVERNMENT_STAFF.search(text) and not LEGISLATED_PAY.search(text)))


def tells_of_labour_agreement(text: str) -> bool:
    """A union's tentative agreement or ratification vote: whoever else signs it employs the workers."""
    return bool(LABOUR_AGREEMENT.search(text))


def names_an_analyst(phrase: str) -> bool:
    """An independent counter, a rights group or an international body, by what its name says."""
    return any(pattern.search(phrase) for pattern in (INDEPENDENT_COUNTER, RIGHTS_MONITOR, INTERNATIONAL_BODY))


def kind_of(phrase: str, head: str) -> str:
    """POLICE, ORGANIZERS, GOVERNMENT or ANALYST for a speaker phrase by its head noun and its words; else UNKNOWN.

    `head` is the phrase's head noun in lower case ("organizers" of "the event's organizers").
    """
    words = set(re.findall(r"[a-z][a-z-]*", phrase.lower()))
    if head in POLICE_NOUNS or words & POLICE_WORDS or POLICE_MINISTRIES.search(phrase):
        return POLICE
    if POLICE_DEPARTMENT_INITIALS.search(phrase):
        return POLICE
    if (head in ORGANIZER_NOUNS or head in CAMPAIGN_NOUNS or CAMPAIGN_GROUP.search(phrase) or STAGED_IT.search(phrase)
            or OPPOSITION.search(phrase)):
        return ORGANIZERS
    if names_an_analyst(phrase):
        return ANALYST
    if is_country(phrase):
        return GOVERNMENT  # "Norway said": the state speaking
    if head in ANALYST_NOUNS:
        return ANALYST
    if head in GOVERNMENT_NOUNS and (head not in ("officials", "secretary", "service", "state", "city") or GOVERNMENT_PHRASES.search(phrase)):
        return GOVERNMENT
    if words & GOVERNMENT_WORDS or GOVERNMENT_PHRASES.search(phrase) or is_legislature(phrase):
        return GOVERNMENT
    if LOBBY.search(phrase):
        return ANALYST
    if head in ("poll", "polls", "survey", "surveys"):
        return ANALYST  # "Polls show two thirds oppose the reform": pollsters' figures
    if ANALYSIS_BY.search(phrase):
        return ANALYST  # "a new analysis from Lakeport Aerial Mapping"
    if _names_an_analyst(phrase):
        return ANALYST
    return UNKNOWN
