"""Whose figure it is: the party that states, offers, demands, counts or estimates it, even when the outlet
reports it in its own voice ("the carrier proposed raising pay 9%", "police put the crowd at 80,000",
"the union's demand has been 11.7%").

Only the phrase as written is found here; the caller resolves it to a speaker and a side.
"""
from __future__ import annotations

import re

from claims.attribution import LEADING_TIME, OFFER_TO_END, PASSIVE_BEFORE, names_workers
from claims.lexicon import FINITE_WORDS, LINKING_PHRASES, LINKING_WORDS, is_country

# Verbs whose subject owns the figure that follows: offers and demands, counts and estimates.
OWNER_VERBS = (
    r"offered|offering|offers|offer|proposed|proposing|proposes|propose|tabled|tables|table|seeking|seeks|seek|sought"
    r"|wants|want|wanted|demanded|demanding|demands|demand|asking|asks|asked|estimated|estimates|estimate|counted"
    r"|counts|count|put|puts|putting|gave|gives|give|given|reckoned|reckons|tallied|calculated|calculates|projected"
    r"|projects|pegged|pegs|placed|places|raised|raises|improved|improves|claimed|claims|expects|expected"
    r"|recommended|recommends|recommend|found|finds|concluded|concludes"
    # money a party commits: "the district set aside $35 million", "the company pledged $2 million"
    r"|set\s+aside|sets\s+aside|allocated|allocates|earmarked|earmarks|budgeted|budgets|pledged|pledges"
    r"|committed|commits|promised|promises"
    # and what it invests: "the ministry will invest $60 million"
    r"|invest|invests|invested|inject|injects|injected"
    # a party's figures or records that show it: "police figures showed 1.1 million", "figures from the company
    # suggest pay of 38,500"
    r"|showed|shows|show|suggested|suggests|suggest|indicated|indicates|indicate"
    # a count a party gives out: "the organisers spoke of 400,000", "the federation announced 3.5 million"
    r"|spoke\s+of|speaks\s+of|reported|reports|announced|announces|cited|cites|recorded|records|registered|registers"
    r"|unveiled|unveils"
    # and the figures a party puts out ("the ministry released figures showing 57%"; not the nouns "releases", "issues")
    r"|published|publishes|released|issued"
    r"|claiming|counting|estimating|reporting"
    # what a legislature or a board enacts, and what a party means to do: "the legislature approved a 3% raise",
    # "the government plans to raise the age to 64"
    r"|approved|approves|passed|adopted"
    r"|(?:plans?|planned|planning|intends?|intended|aims?|aimed|vow(?:s|ed)|threaten(?:s|ed)|decided|voted)\s+to"
    r"\s+(?:raise|lift|increase|boost|hike|extend|push|cut|reduce|eliminate|close|hire|add|spend|invest|pay|give"
    r"|grant|offer|propose|table|set|keep|bring|approve|adopt|pass)"
)
PUBLISHING_VERBS = frozenset("published publishes released issued given".split())  # "a figure given by the ministry"
PASSIVE_BY = re.compile(r"\s+by\b")
NOT_BEFORE = re.compile(r"\b(?:not|never)\s+(?:yet\s+)?$|n[\u2019']t\s+$")
# Auxiliaries and adverbs between a subject and its verb: "the province had last offered", "it is proposing".
AUX = (
    r"has|have|had|is|are|was|were|would|will|could|may|might|did|does|do|been|be|also|last|now|first|initially"
    r"|originally|then|still|already|later|earlier|previously|only|just|instead|since|further|itself|themselves"
    r"|publicly|officially|reportedly"
)
# What a subject will or will not do, before "to" and the verb: "Harbourline has refused to offer more than 3%".
WILLING = frozenset("refused refuses declined declines agreed agrees willing unwilling prepared".split())
FINITE_AUX = frozenset("has have had is are was were would will could".split())
# A sentence that opens on a phrase and a relative clause: "A federal board that ...", "The union, which ...".
RELATIVE_SUBJECT = re.compile(r"\s*(?P<np>(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){0,4}?[\w-]+),?\s+(?:that|which|who)\s")
OWNER_VERB = re.compile(rf"\b(?:{OWNER_VERBS})\b", re.IGNORECASE)
AUX_WORDS = frozenset(AUX.split("|"))
BREAKS = ",;:."
OFFER_MAKER = "the employer"  # who offers workers their pay, where the text names no one
POSSESSOR = (
    r"(?:(?:[Tt]he|its|their)\s+)?(?:[A-Z][\w&.\u2019'-]*\s+){0,5}[A-Z][\w&.-]*"
    r"|(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s+[a-z]+(?:\s+[a-z]+)?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er"
    r"|[Tt]he\s+(?:[A-Z][\w&.-]*\s+){1,3}[a-z]+"  # "the Federal government", "the Harwell city council"
)
POSITION_NOUNS = (
    r"demands?|offers?|counter-?offers?|proposals?|estimates?|counts?|figures?|tally|tallies|reckoning|claims?|bids?"
    r"|positions?|asks?|numbers|calculations?|data|plans?|package|notice|ask|budget|records|forecasts?|projections?"
    r"|targets?|guidance|outlook|terms|recommendations?"  # a broker's price target, a company's own guidance
)
# "the union's demand", "its latest offer": found from the possessive mark, the possessor read back from it.
POSSESSED = re.compile(
    rf"(?:(?P<mark>\u2019s|'s|(?<=s)[\u2019'])|\b(?P<pronoun>[Ii]ts|[Tt]heir|[Hh]is|[Hh]er))\s+(?:[\w-]+\s+){{0,4}}?(?P<noun>{POSITION_NOUNS})\b"
)
POSSESSOR_END = re.compile(rf"(?:^|(?<=\s))(?P<owner>{POSSESSOR})$")
# "the guild's five-day notice", not "teachers' salaries by 5%": a preposition makes the figure the noun's measure,
# not the possessor's claim. A share price is the market's figure, not its company's: "Acme's stock slid 2%" is
# the outlet's.
POSSESSIVE_ON_FIGURE = re.compile(
    r"(?:\u2019s|'s|(?<=s)[\u2019'])\s+(?!(?:shares?|stocks?|share\s+price|stock\s+price)\s)"
    r"(?:(?!(?:by|of|to|from|for|at|in|on|with)\s)[a-z-]+\s+){0,2}$")
POSSESSOR_REACH = 70
POSITION_AFTER = re.compile(rf"\s*(?:[\w-]+\s+){{0,2}}?(?:{POSITION_NOUNS})\b")
# "Acme's merger 12 years ago": a time ago dates the possessor's event; it is no figure the possessor gives.
TIME_AGO = re.compile(r"\s+ago\b")
NEW_CLAUSE = re.compile(
    rf",\s+(?:the|a|an|it|they|this|that)\s+(?:[a-z-]+\s+){{0,2}}?(?:[a-z]+ed|{'|'.join(sorted(FINITE_WORDS))})\b"
)
RELATIVE_OPENING = re.compile(r"\s*(?:which|who|where)\s")
BARE_FIGURE_END = re.compile(r"\s*(?:[,;.)]|$|(?:and|or|but)\b)")
NOUN_OR_VERB = frozenset(
    "offer offers demand demands estimate estimates count counts claims table raises places reports records".split()
)
# After a modal, verbs that say what a position holds, not what it would cause: "its terms would include 9%".
CONTENT_VERBS = frozenset("include contain give provide offer grant".split())
MODALS = frozenset("could would should might may must will can cannot won't wouldn't couldn't shouldn't".split())
VERB_BEFORE = re.compile(rf"\b(?:{OWNER_VERBS})\s+(?:(?:a|an|the|its|their)\s+)?$", re.IGNORECASE)
POSSESSIVE_BEFORE = re.compile(r"(?:\u2019s|'s|s[\u2019']|\b[Ii]ts|\b[Tt]heir|\b[Hh]is|\b[Hh]er)\s+(?:[a-z-]+\s+)?$")
SUBJECT_PREPOSITIONS = frozenset("at of for from with in".split())
# "an analysis from Lakeport Aerial Mapping gives 52,000", "a tally of 48,000 by a Dutch group": the figure
# is the source's. The owner phrase keeps the noun ("analysis by ...") so that a source no party names is an analyst.
SOURCE_NOUNS = (r"analys[ie]s|study|studies|surveys?|research|reports?|tally|tallies|counts?|estimates?|reckoning|calculations?"
                r"|projections?|forecasts?|data")
SOURCE_END = (r"(?=\s+(?:that|which|who|whose|gives?|gave|puts?|shows?|showed|suggests?|suggested|indicates?|indicated"
              r"|found|finds|said|says|estimated"
              r"|estimates|counted|counts|hired|has|had|is|was|put)\b|\s*[,;:.(]|\s*$)")
SOURCE = re.compile(rf"\b(?P<noun>{SOURCE_NOUNS}|figures?|numbers?)\s+(?:(?:given|provided|released|published|issued)\s+)?(?:from|by)\s+(?P<owner>(?:(?:the|a|an)\s+)?[^,;:.]{{2,70}}?){SOURCE_END}")
SOURCE_AFTER = re.compile(rf"\s*(?:from|by)\s+(?P<owner>(?:(?:the|a|an)\s+)?[^,;:.]{{2,70}}?){SOURCE_END}")
SOURCE_OF_FIGURE = re.compile(rf"\b(?P<noun>{SOURCE_NOUNS})\s+of\s+(?:about|around|roughly|some|nearly|almost|just|only|over|under|\s)*$", re.I)
ACCORDING = re.compile(r"\baccording\s+to\s+(?P<owner>[^,;:.\u201c\u201d\"]{2,80})", re.IGNORECASE)
# "what the union wants is 12.4%", "what the minister calls a generous increase, about 3.8%", "beginning what the
# union says will be a three-day strike".
WHAT_X_WANTS = re.compile(
    r"\bwhat\s+(?P<owner>[^,;:.]{2,60}?)\s+(?:wants|wanted|is\s+seeking|seeks|demands|is\s+asking\s+for|calls|called"
    r"|says|said|expects|expected|estimates|estimated|claims|claimed"
    r"|describes|described|terms|termed|(?:is|are|has\s+been|have\s+been)\s+(?:campaigning|pushing|fighting|pressing|calling)\s+for)\b",
    re.IGNORECASE,
)
# "A 30 per cent rise is what the LMA is campaigning for": the figure, then the party whose aim it is.
IS_WHAT_AFTER = re.compile(r"[^,;:.]{0,60}?\b(?:is|was|are|were)\s+(?=what\s)")
# After the figure: "the 17.5% it proposed", "a figure the union disputes".
VERB_AFTER = re.compile(rf"\s*(?:that\s+|which\s+)?(?P<owner>it|they|the\s+[a-z]+|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,3}})\s+(?:(?:{AUX})\s+){{0,2}}(?:{OWNER_VERBS})\b")
# "the $420 million that porters were seeking": workers named by their trade, whose demand the figure is
SOUGHT_AFTER = re.compile(rf"\s*(?:that|which)\s+(?P<owner>[a-z]+s)\s+(?:(?:{AUX})\s+){{0,2}}(?:seeking|sought|wanted|want"
                          r"|demanded|demand|asked\s+for|asking\s+for|pushing\s+for|fighting\s+for)\b")
# Where a sentence holds a second party's figure: "..., while the district offered 6%".
CLAUSE_BREAK = re.compile(
    r",?\s+(?:while|whereas)\s+|,\s+(?:though|although)\s+|;\s+|,\s+but\s+|\s+but\s+(?=the\s|[A-Z])|,\s+and\s+(?=the\s|[A-Z]|\d)"
    r"|,\s+(?:against|compared\s+(?:with|to)|versus|as\s+against)\s+"
    # "Police counted 57,000, well short of the unions' 400,000"
    r"|,\s+(?=(?:well\s+|far\s+|way\s+)?(?:short\s+of|below|above|under|over)\s+the\s+[\w-]+(?:\u2019s|'s|s[\u2019'])\s)"
    # a second figure with its own source: "40,000 (unions) and 8,700 (police)", "... and 3.1 million according to"
    r"|(?<=\))\s+and\s+(?=\d)|\s+and\s+(?=\d[\d.,]*\s*(?:million|billion|thousand|per\s*cent|percent|%)?\s+according\s+to\b)"
    # "400,000 according to the unions (57,000 according to police)": a bracketed figure with its own source
    r"|\s+(?=\(\d[\d.,]*\s*(?:million|billion|thousand)?\s+(?:according\s+to|for|by)\b)"
    # "..., with the HFU claiming 3.5 million": a party's figure in a clause of its own
    r"|,\s+(?=with\s+(?:the\s+)?[A-Za-z][\w&.-]*(?:\s+[A-Za-z][\w&.-]*){0,3}\s+(?:claiming|counting|estimating|putting|saying|reporting)\b)"
    # a second party's figure with its verb left out: "the ministry counted 1.28 million and the unions 2.8 million"
    r"|\s+and\s+(?=(?:the\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}\s+(?:some\s+|about\s+|nearly\s+|over\s+)?\d)"
    r"|\s+and\s+(?=the\s+(?:unions?|police|organi[sz]ers|ministry|authorities|government)\s+(?:some\s+|about\s+)?\d)"
    # another party's figure set against the first: "... was well below the 1.5 million claimed by the unions"
    r"|\s+(?=the\s+\d[\d.,]*(?:\s+(?:million|billion|thousand))?\s+(?:[a-z]+\s+)?(?:claimed|reported|counted|estimated"
    r"|given|put\s+forward|cited|announced)\s+by\b)"
    # a gapped clause after a comma: "police estimated the crowd at 57,000, the unions at 400,000", "..., the HFU 3.5
    # million"; "and the unions, 3.5 million"
    r"|,\s+(?=(?:the\s+)?(?:unions?|police|organi[sz]ers|ministry|authorities|government|[A-Z][A-Z&-]{1,7})\s+(?:at\s+)?"
    r"(?:some\s+|about\s+|more\s+than\s+|over\s+)?\d)"
    r"|\s+and\s+(?=the\s+(?:unions?|police|organi[sz]ers|ministry|authorities|government),\s+(?:some\s+|about\s+)?\d)"
    # another party's count in a clause of its own: "..., where the HFU counted 500,000", "... \u2014 the HFU said
    # 500,000", "... (the HFU said 500,000)"
    r"|,\s+(?=where\s+(?:the\s+)?[A-Za-z][\w&.-]*(?:\s+[A-Za-z][\w&.-]*){0,3}\s+(?:counted|said|put|estimated|claimed|gave|reported)\b)"
    r"|\s+[\u2014\u2013]\s+(?=(?:the\s+)?[A-Za-z][\w&.-]*(?:\s+[A-Za-z][\w&.-]*){0,3}\s+(?:counted|said|put|estimated|claimed|gave|reported)\b)"
    r"|\s+(?=\((?:the\s+)?[A-Za-z][\w&.-]*(?:\s+[A-Za-z][\w&.-]*){0,3}\s+(?:counted|said|put|estimated|claimed|gave|reported)\b)"
    # a figure another party puts on the same thing: "..., a figure the police put at 87,000"
    r"|,\s+(?=an?\s+(?:figure|number|count|total|estimate)\s+(?:that\s+|which\s+)?(?:the\s+)?[A-Za-z][\w-]*(?:\s+[A-Z][\w-]*){0,2}"
    r"\s+(?:put|puts|estimated|estimates|gave|gives|counted)\b)"
)
# The subject of a gapped clause: "and the unions 2.8 million".
GAPPED_SUBJECT = re.compile(
    r"^\s*(?P<owner>(?:the\s+)?(?:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}|unions?|police|organi[sz]ers|ministry|authorities"
    r"|government)),?\s+(?:at\s+)?(?:some\s+|about\s+|nearly\s+|over\s+|more\s+than\s+)?$"
)
LEADING = re.compile(
    r"^(?:(?:and|but|while|whereas|that|so|then|meanwhile|however|with)\s+"
    r"|an?\s+(?:figure|number|count|total|estimate)\s+(?:that\s+|which\s+)?)",  # "a figure the police put at"
    re.IGNORECASE,
)
# Whose figure it is, written right after it and before the next figure: "1.2 million according to the ministry",
# "40,000 (unions)", "the 2 million claimed by the unions", "a 6% raise under the district's plan".
ACCORDING_AFTER = re.compile(r"^[^;:.\u201c\u201d\"]{0,60}?\baccording\s+to\s+(?P<owner>[^,;:.()\u201c\u201d\"]{2,60}?)(?=\s+and\s|[,;:.()]|$)", re.IGNORECASE)
PAREN_AFTER = re.compile(r"^(?:\s+[a-z-]+){0,2}\s*\((?:according\s+to\s+|by\s+|per\s+)?(?P<owner>[A-Za-z][^()\d]{1,40})\)")
# The source in brackets at the clause's end: "over a million marched on Thursday (union figures)".
SOURCE_PAREN_AFTER = re.compile(
    r"^[^()\d]{0,80}?\((?:according\s+to\s+|source:\s*|by\s+)?(?P<owner>[A-Za-z][^()\d]{0,40}?)\s+"
    r"(?:figures?|estimates?|count|counts|numbers|data|tally)\)\s*[.;]?\s*$"
)
FOR_AFTER = re.compile(r"^(?:\s+[a-z-]+)?\s+for\s+(?P<owner>the\s+[A-Za-z][^,;:.()\d]{1,40}?)(?=\s+and\s|[,;:.()]|$)")
SOURCE_NOUN_END = re.compile(r"\s+(?:figures?|estimates?|count|counts|numbers|data|tally)$", re.IGNORECASE)
# "For the unions, 2.5 million marched": an organisation named before the comma gives the figure after it.
FOR_OWNER = re.compile(
    r"^\s*[Ff]or\s+(?P<owner>(?:the\s+)?(?:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}|unions?|police|organi[sz]ers"
    r"|authorities|ministry|interior\s+ministry|government|prefecture))\s*,"
)
AGENT_AFTER = re.compile(
    r"^(?:\s+[a-z-]+){0,3}?,?\s+(?:claimed|counted|estimated|given|put\s+forward|cited|reported|announced|advanced"
    r"|offered|proposed|demanded|sought|tabled|recorded|tallied)\s+by\s+(?P<owner>(?:the\s+)?[^,;:.()]{2,50}?)(?=\s+(?:and|was|were|is|on|in|at)\s|[,;:.()]|$)",
    re.IGNORECASE,
)
# "1.27 million by the ministry's count", "3.5 million by the unions' own tally".
# "By the estimate of the Harbour Rail Association, 4,000 trains would idle": a source that opens the sentence.
BY_ESTIMATE_OF = re.compile(
    r"\b(?:[Bb]y|[Ii]n)\s+the\s+(?:[a-z]+\s+)?(?:estimate|count|reckoning|calculations?|view|judgement|judgment)\s+of\s+"
    r"(?P<owner>(?:the\s+)?[A-Za-z][^,;:.]{1,60}?)(?:\s+(?:report|study|analysis|figures))?(?=,)"
)
# "Nearly 3.5 million took part, the organisers' highest figure yet": an appositive naming whose figure it was.
APPOSITIVE_OWNER_AFTER = re.compile(
    r"^(?:\s+[a-z-]+){0,4}?,\s+(?:the|a)\s+(?P<owner>[A-Za-z][\w&.-]*(?:\s+[A-Za-z][\w&.-]*){0,3}?)(?:\u2019s|'s|(?<=s)[\u2019'])"
    r"\s+(?:[a-z]+\s+){0,2}?(?:figure|count|estimate|tally|number)\b"
)
BY_COUNT_AFTER = re.compile(
    r"^(?:\s+[a-z-]+){0,2}?\s+by\s+(?P<owner>(?:the\s+)?[A-Za-z][\w&.-]*(?:\s+[A-Za-z][\w&.-]*){0,2}?)"
    r"(?:\u2019s|'s|(?<=s)[\u2019'])\s+(?:own\s+)?(?:count|estimate|tally|reckoning|figures?|numbers|calculations?)\b"
)
UNDER_PLAN_AFTER = re.compile(
    rf"^(?:\s+[a-z-]+){{0,4}}?\s+(?:under|in)\s+(?P<owner>{POSSESSOR})(?:\u2019s|'s|(?<=s)[\u2019'])\s+(?:[a-z-]+\s+){{0,2}}?"
    r"(?:plan|proposal|offer|deal|contract|bill|reform|budget|counter-?offer)\b"
)
# "the 6.5% raise the union wants": a noun or two after the figure, then its owner and the owner's verb.
NOUN_THEN_OWNER = re.compile(
    rf"^(?:\s+(?!(?:of|in|for|to|at|on|by|with|from|and|or|a|an)\b)[a-z-]+){{1,2}}"
    # whom it is for and when it holds may come between: "the 2% rise for nurses in 2031 that Quill offered"
    r"(?:\s+for\s+(?:the\s+|its\s+|their\s+)?[a-z-]+)?(?:\s+(?:by|in|from)\s+\d{4}|\s+(?:next|this)\s+year)?"
    rf"\s+(?:that\s+|which\s+)?(?P<owner>the\s+[a-z]+|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,3}}|he|she)\s+(?:(?:{AUX})\s+){{0,2}}"
    r"(?:wants|wanted|demands|demanded|seeks|sought|is\s+seeking|proposed|proposes|offered|offers|tabled|is\s+offering"
    r"|is\s+proposing|claims|claimed|estimated|estimates|counted|promised|pledged)\b"
)
# "the 9,000 that the campaigning group Harbour Voices claimed": a figure, then whose it was in a relative clause.
THAT_OWNER_TOLD = re.compile(
    rf"^\s*,?\s+(?:that|which)\s+(?P<owner>(?:the\s+)?(?:[a-z-]+\s+){{0,3}}?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,3}}"
    rf"|the\s+[a-z]+)\s+(?:(?:{AUX})\s+){{0,2}}(?:reported|said|claimed|counted|estimated|gave|cited|announced"
    r"|offered|proposed|wanted|demanded|sought|tallied|calculated)\b"
)
# "the 18 per cent the guild sought", "the 11.4 per cent over four years that the province first offered": a figure,
# then the party whose position it was (a position's own span of years may sit between).
FIGURE_THEN_HOLDER = re.compile(
    rf"^(?P<period>\s+over\s+(?:the\s+next\s+)?[\w-]+\s+(?:years?|months?))?\s+(?:that\s+|which\s+)?"
    rf"(?P<owner>the\s+[a-z]+|(?:the\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,3}})\s+"
    rf"(?:(?:{AUX}|first|initially|originally|last)\s+){{0,2}}"
    r"(?:wanted|demanded|sought|proposed|offered|tabled|asked\s+for|put\s+forward)\b"
)
# The words between a party's offer or demand and its figure: "the district's offer of a", "its demand for".
OFFER_GAP = re.compile(
    r"\s*(?:of|for|at|to)?\s*(?:(?:a|an|the|about|around|roughly|nearly|just|over|under)\s+)*"
    # "the airline's proposal, which offered increases of \u201cmore than 13%\u201d", "its first proposal to the
    # union, which offered a"
    r"|(?:\s+(?:to|for)\s+(?:the\s+|its\s+|their\s+)?[\w-]+(?:\s+[\w-]+){0,2}?)?,?\s+(?:which|that)\s+(?:offered|offers|included|includes|proposed|promised)\s+(?:[a-z-]+\s+){0,3}?(?:of|by|to)?\s*[\"\u201c]?"
)
# An offer or demand named after a possessed figure: "the district's 6% raise offer", "its $2 million proposal".
OFFER_AFTER = re.compile(
    r"(?:\s+[a-z-]+)?\s+(?:pay\s+|raise\s+|wage\s+|salary\s+)?(?:offer|offers|counter-?offer|proposal|demand|demands|bid|ask)\b"
)
OFFER_NOUNS = frozenset("offer offers counteroffer counter-offer proposal proposals demand demands bid bids ask".split())
# "the latest offer from Harbour Unified", "proposals by the union".
POSITION_FROM = re.compile(
    rf"\b(?:{POSITION_NOUNS})\s+(?:from|by)\s+(?P<owner>(?:the\s+)?[A-Z][\w&.\u2019'-]*(?:\s+[A-Z][\w&.\u2019'-]*){{0,5}})"
)
# A party named before its count, no possessive: "the police headcount was 119,000", "the HTDU tally of 450,000",
# "police figures put it at 80,000".
ADJUNCT_SOURCE = re.compile(
    r"\b(?P<owner>(?:the\s+)?(?:police|unions?|organi[sz]ers|(?:interior\s+)?ministry|government|prefecture|authorities"
    r"|[A-Z][A-Za-z&.-]*))\s+(?:head-?count|count|estimate|tally|figures?|numbers|data|reckoning)\s+"
    r"(?:of|was|were|is|are|stood\s+at|came\s+to|reached|showed|gave|put\s+(?:it|the\s+\w+)\s+at)\s+"
    r"(?:(?:about|around|some|nearly|almost|just|roughly|more\s+than|over|under)\s+)?$"
)
# "a government announcement that bread would cost 25% more": what a party announced is its figure, whoever tells
# of it. Not what it decided ("the government's decision to double the fare"): the outlet tells of an act.
ANNOUNCED = re.compile(
    r"\b(?:(?:the|a|an)\s+)?(?P<owner>government|ministry|police|authorities|cabinet|presidency"
    r"|[A-Z][A-Za-z&.-]*(?:\s+[A-Z][A-Za-z&.-]*){0,2})(?:\u2019s|'s)?\s+announcement\s+that\s"
)
MAX_OWNER_WORDS = 8
# Words that are never an owner however they sit before a verb.
NOT_OWNERS = frozenset(
    """
    which that who what this these those there here a an the and or but if when as than it's i we you
    pay wage wages raise increase workers employees
    """.split()
)


def clause_spans(text: str) -> list[tuple[int, int]]:
    """The clauses of a sentence a second party's figure can sit in, as (start, end) offsets."""
    spans, start = [], 0
    for match in CLAUSE_BREAK.finditer(text):
        if _inside_quote(text, match.start()):
            continue
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [s for s in spans if s[1] > s[0]]


def owner_after(text: str, end: int, next_figure: int, clause_end: int, is_count: bool = False) -> str:
    """The owner a figure ending at `end` names right after it, before the next figure begins (a name may hold a
    number: "Channel 9 reporters"); '' when none. Such an owner is the figure's own, whoever speaks the sentence.
    A count may name it with "for": "against 3.5 million for the unions" (a sum "for the union" is whom it pays)."""
    after = text[end:clause_end]
    patterns = (PAREN_AFTER, SOURCE_PAREN_AFTER, AGENT_AFTER, UNDER_PLAN_AFTER, ACCORDING_AFTER, NOUN_THEN_OWNER,
                THAT_OWNER_TOLD, BY_COUNT_AFTER, APPOSITIVE_OWNER_AFTER)
    for pattern in (*patterns, FOR_AFTER) if is_count else (*patterns, FIGURE_THEN_HOLDER):
        match = pattern.match(after)
        # (a position's span of years is a figure of its own, yet no other party's: "12.7% over five years that ...")
        if match and (end + match.start("owner") < next_figure or match.groupdict().get("period")):
            owner = _clean(SOURCE_NOUN_END.sub("", match.group("owner")))
            if owner:
                return owner
    return ""


# Who makes an offer a sentence speaks of: "The city-owned Harbourline has put a new pay offer on the table",
# "Harbourline tabled a fresh offer", "an offer of a 4% rise from rail operator Harbourline".
NAMED = r"[A-Z](?:[\w&.\u2019'-]*[\w&])?(?:\s+(?:of\s+)?[A-Z](?:[\w&.-]*[\w&])?){0,3}"  # no full stop at its end
OFFER_OBJECT = r"(?:a|an|its|their|the)\s+(?:[\w\u201c\u201d\"'-]+\s+){0,4}?(?:offer|proposal|pay\s+deal|package)s?\b"
OFFER_MADE = re.compile(
    rf"(?P<owner>{NAMED})\s+(?:(?:has|have|had|also|now|then|last)\s+)*(?:put|puts|tabled|tables|made|makes|presented"
    rf"|submitted|unveiled|improved|sweetened|revised|offered|offers)\s+{OFFER_OBJECT}"
)
# "Boxworth presented the union with what it described as its best and final offer"
OFFER_PRESENTED = re.compile(
    rf"(?P<owner>{NAMED})\s+(?:(?:has|have|had|also|now|then|last)\s+)*(?:presented|handed|gave|sent)\s+"
    rf"[^.;]{{0,80}}?\bwith\s+(?:what\s+it\s+(?:described|called|billed)\s+as\s+)?{OFFER_OBJECT}"
)
OFFER_FROM = re.compile(rf"\b(?:offer|proposal|package)s?\s+(?:[^,;.]{{0,50}}?\s)?(?:from|by)\s+(?:[a-z-]+\s+){{0,4}}(?P<owner>{NAMED})")
OFFER_POSSESSED = re.compile(rf"(?P<owner>{NAMED}|\b[Tt]he\s+[a-z]+)(?:\u2019s|'s)\s+(?:[\w-]+\s+){{0,3}}?(?:offer|proposal|package)s?\b")
PASSIVE_AGENT = re.compile(rf"\s+by\s+(?P<owner>(?:the\s+)?{NAMED}|the\s+[a-z]+)\b")
OFFERED = re.compile(r"\boffered\b", re.IGNORECASE)
OFFERED_REACH = 40  # characters before a figure its "offered" may stand: "offered a pay rise of"
# A party's offer named before its figure ("the district's offer of"), which `offer_holder` reads: "this year's" is none.
POSSESSED_OFFER_BEFORE = re.compile(rf"(?<!year)(?<!week)(?<!month)(?:\u2019s|'s|s[\u2019']|\b[Ii]ts|\b[Tt]heir)\s+(?:[\w-]+\s+){{0,3}}?(?:offer|proposal)s?\s+of\b")
OFFER_OF = re.compile(r"\b(?:offer|proposal)s?\s+of\s+(?:(?:a|an|about|around|roughly|nearly|just|over|under)\s+)*$")
# An offer its maker named, as the subject of the sentence that tells its terms: "The latest contract offer from
# Harbour Post contained raises adding up to 9%".
OFFER_SUBJECT = re.compile(
    rf"^\s*(?:The|An?|Its|Their)\s+(?:[\w-]+\s+){{0,3}}?(?:offer|proposal|package)s?\s+(?:from|by)\s+(?P<owner>{NAMED})\s+"
    r"(?:(?:also|would|will|has|had|have)\s+)*(?:contained|contains?|included|includes?|offered|offers?|gave|gives?"
    r"|provided|provides?|promised|promises?|proposed|proposes?|guaranteed|guarantees?|amounted\s+to|amounts\s+to)\b"
)
OFFER_MAKER_AFTER = re.compile(rf"[^,;.]{{0,40}}?\s(?:from|by)\s+(?:[a-z-]+\s+){{0,4}}(?P<owner>{NAMED})")
# What an offer would give, told in the outlet's voice: "Under the offer, base pay would rise 3%", "Each driver
# would get a £400 bonus". Only an offer: a deal or an agreement is both parties'.
# "It includes a 3% raise", "The revised package also gives ...": what the offer in view holds, in the present.
OFFER_TERMS = re.compile(r"\b(?:would|will|could)\b|^\s*Under\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:offer|proposal|package)\b"
                         r"|^\s*(?:It|The\s+(?:[\w-]+\s+){0,3}?(?:offer|proposal|package))\s+(?:also\s+)?"
                         r"(?:includes?|included|contains?|contained|offers?|offered|gives?|gave|provides?|provided|promises?|promised"
                         r"|guarantees?|guaranteed)\b",
                         re.IGNORECASE)
A_SHARE = re.compile(r"\d\s*(?:%|per\s*cent\b|percent\b|pc\b)", re.IGNORECASE)
PAY_TERMS = re.compile(r"\b(?:pay|wages?|salar\w+|bonus\w*|raises?|rises?|increases?|payments?|lump\s+sum|discount\w*|"
                       r"redundanc\w+|earning|earn|paid)\b", re.IGNORECASE)


def offer_maker(text: str) -> str:
    """The phrase naming who makes the offer, proposal or package a sentence speaks of; ''."""
    for pattern in (OFFER_MADE, OFFER_PRESENTED, OFFER_FROM, OFFER_POSSESSED):
        match = pattern.search(text)
        if match and _clean(match.group("owner")):
            return _clean(match.group("owner"))
    return ""


def tells_offer_terms(text: str) -> bool:
    """A sentence that tells what an offer would give in pay or in shares ("A further 1.5% would follow"): its
    maker's figures, whoever writes them."""
    return bool(OFFER_TERMS.search(text) and (PAY_TERMS.search(text) or A_SHARE.search(text)))


# "what the board offered as back pay came to 1.2 percent": the offer's maker, named in the clause
# that makes the offer the subject, even in the voice of the party it was offered to.
WHAT_WAS_OFFERED = re.compile(
    r"\bwhat\s+(?P<owner>(?:the\s+)?[\w&.\u2019'-]+(?:\s+[A-Z][\w&.-]*){0,3})\s+(?:(?:had|has|first|last|initially)\s+)?"
    r"(?:offered|proposed|tabled|put\s+forward)\b[^,;:]{0,80}?\b(?:was|is|came\s+to|amounted\s+to|worked\s+out\s+at)\s+"
    r"(?:(?:a|an|just|only|about|around|roughly|nearly)\s+)*$",
    re.IGNORECASE,
)


def offer_holder(text: str, start: int, end: int, clause_start: int) -> str:
    """The party whose offer or demand a figure states, named by a possessive that holds it: "the union rejected
    the district's offer of a 6% raise", "teachers turned down the district's 6% offer". The figure is the
    offer's party's whoever reports or rejects it; '' when no offer holds the figure."""
    region = text[clause_start:start]
    subject = OFFER_SUBJECT.match(text[:start]) or WHAT_WAS_OFFERED.search(region)
    if subject:
        return _clean(subject.group("owner"))
    for match in reversed(list(POSSESSED.finditer(region))):
        if match.group("noun").lower() not in OFFER_NOUNS or not OFFER_GAP.fullmatch(region[match.end():]):
            continue
        return _clean(match.group("pronoun") or _possessor(region, match.start()))
    on_figure = POSSESSIVE_ON_FIGURE.search(region, max(0, len(region) - 40))
    if on_figure and OFFER_AFTER.match(text, end):
        return _clean(_possessor(region, on_figure.start()))
    of_offer = OFFER_OF.search(region, max(0, len(region) - 40))
    maker = OFFER_MAKER_AFTER.match(text, end) if of_offer else None
    if maker:  # "turned down an offer of a 3% raise from ferry operator Harbourline"
        return _clean(maker.group("owner"))
    return ""


# A government's instrument, and what it sets: "Varga's reform would raise the pension to 1,200 euros", "Under the
# bill, the age rises to 64", "The reform, which raises the age to 64".
INSTRUMENT = re.compile(
    rf"(?:(?:^|(?<=\s))(?P<owner>{POSSESSOR})(?:\u2019s|'s)\s+|\b[Tt]he\s+)(?:[a-z-]+\s+){{0,2}}?"
    r"(?:reform|bill|law|legislation|overhaul|decree|(?:pension|retirement)\s+(?:plans?|changes|proposals?))\b(?!\s+(?:of|by|from)\b)"
)
# A party, then its figure in brackets: "The police count (57,000) was far below that of the unions (400,000)".
OWNER_THEN_BRACKET = re.compile(
    r"(?P<owner>(?:the\s+)?(?:police|unions?|organi[sz]ers|ministry|government|authorities|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}))"
    r"(?:\s+(?:count|estimate|tally|figures?))?\s*\(\s*$"
)
THE_GOVERNMENT = "the government"  # the owner of a reform or bill no possessive names
# Whoever enacts a budget, bill or plan sets the figures it holds, in whatever voice they are told: "Governor Ada
# Quill signed the measure, which raises pay 6%", "lawmakers passed a budget that gives nurses 4%", "Under the plan
# now moving through the state Legislature, nurses get 7%". Members who approve a deal ratify both parties' terms,
# so the caller keeps any enactor but the workers' side.
ENACTED_BY = re.compile(
    rf"(?P<owner>(?:[Tt]he\s+)?(?:[A-Z][\w.\u2019'-]*\s+){{0,4}}[A-Z][\w.-]*|\b(?:the\s+)?(?:[a-z-]+\s+)?(?:lawmakers|legislators"
    rf"|legislature|senate|parliament|congress|assembly|government|governor|cabinet))\s+(?:(?:{AUX}|at\s+once|quickly)\s+){{0,2}}"
    r"(?:signed|enacted|passed|approved|adopted)\s+(?:into\s+law\s+)?(?:(?:the|a|an|its|their)\s+)?(?:[\w$.,-]+\s+){0,4}?"
    # a bill by its number: "signed SB 77, which sets aside"
    r"(?:plan|package|budget|bill|measure|legislation|law|(?:[HS]\.?B|A\.?B|H\.?R)\.?\s*\d+)\b"
    r"|\b(?:plan|package|budget|bill|measure|legislation)\s+(?:[a-z-]+\s+){0,4}?(?:through|by|in)\s+"
    r"(?P<house>(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:Legislature|legislature|Senate|Parliament|parliament|Congress|Assembly|lawmakers))\b"
)
# "HFU union: 3.5 million demonstrators", "Police: 87,000": a live report's line that names its source first.
NAME_COLON = re.compile(r"^\s*(?P<owner>(?:[Tt]he\s+)?[A-Z][\w&.-]*(?:\s+[A-Za-z][\w&.-]*){0,3})\s*:\s+(?=[^:]*$)")


def instrument_holder(text: str, start: int, clause_start: int) -> str:
    """The party whose reform, bill or law a figure is set by: its possessor, else the government; '' when the
    clause names no such instrument."""
    match = INSTRUMENT.search(text[clause_start:start])
    if not match:
        return ""
    return _clean(match.group("owner")) if match.group("owner") else THE_GOVERNMENT


def enacted_by(text: str, start: int, clause_start: int) -> str:
    """Who enacted the budget, bill or plan whose terms the words before a figure (from `clause_start`) tell; ''
    when none is named."""
    matches = list(ENACTED_BY.finditer(text, clause_start, start))
    if not matches:
        return ""
    return _clean(matches[-1].group("owner") or matches[-1].group("house") or "")


def position_named(text: str) -> str:
    """The party whose offer, demands or plan a phrase names anywhere in it: "Here's what is in the district's
    latest offer", "Highlights of the proposal from Harbour Unified"; '' when it names none."""
    holders = [(m.start(), m.group("pronoun") or _possessor(text, m.start())) for m in POSSESSED.finditer(text)]
    holders += [(m.start(), m.group("owner")) for m in POSITION_FROM.finditer(text)]
    return _clean(max(holders)[1]) if holders else ""


def owner_phrase(text: str, start: int, end: int, clause_start: int, clause_end: int, is_count: bool = False) -> str:
    """The phrase naming whose figure text[start:end] is, from the words of its clause; '' when none says."""
    region = text[clause_start:start]
    bracketed = OWNER_THEN_BRACKET.search(region) if text[end:end + 1] == ")" else None
    if bracketed and _clean(bracketed.group("owner")):
        return _clean(bracketed.group("owner"))  # "far below that of the unions (400,000)"
    gapped = GAPPED_SUBJECT.match(region) if clause_start > 0 else None
    if gapped and _clean(gapped.group("owner")):
        return _clean(gapped.group("owner"))
    best: tuple[int, str] = (-1, "")
    sources = list(SOURCE.finditer(region))
    for pattern in (ACCORDING, WHAT_X_WANTS, FOR_OWNER, ADJUNCT_SOURCE, BY_ESTIMATE_OF, NAME_COLON, ANNOUNCED):
        if pattern is WHAT_X_WANTS and "hat " not in region:
            continue
        for match in pattern.finditer(region):
            owner = _clean(match.group("owner"))
            if owner and match.start() >= best[0]:
                best = (match.start(), owner)
    for match in POSSESSED.finditer(region):
        if not _names_the_figure(region[match.end():]):
            continue  # "the union's demands could not be sustained and would add $2.5 billion": another figure
        owner = _clean(match.group("pronoun") or _possessor(region, match.start()))
        if owner and match.start() >= best[0]:
            best = (match.start(), owner)
    for match in OWNER_VERB.finditer(region):
        if match.group().lower() in NOUN_OR_VERB and POSSESSIVE_BEFORE.search(region, 0, match.start()):
            continue  # "the union's demands", "its offer": a noun, not the verb
        if VERB_BEFORE.search(region, max(0, match.start() - 40), match.start()):
            continue  # "the board recommended raises of 6%": the object of the verb before, not a verb
        if match.group().lower() in PUBLISHING_VERBS and (PASSIVE_BY.match(region, match.end())
                                                          or NOT_BEFORE.search(region, 0, match.start())):
            continue  # "data released by the ministry" names its source; "has not published" gives no figure
        agent = PASSIVE_AGENT.match(region, match.end())  # "porters were offered by Harbourline a 9% rise"
        owner = _clean(agent.group("owner")) if agent else _subject_before(region, match.start())
        if owner and OWNER_VERB.match(owner):
            continue  # "a bill that gives teachers raises of 12%": the words before a noun, no subject
        if not agent and match.group().lower() == "given" and PASSIVE_BEFORE.search(region, max(0, match.start() - 24),
                                                                                     match.start()):
            continue  # "the porters were given 48 hours": they receive it; "the ministry had given 31 dead": its count
        if not agent and match.group().lower() == "offered" and _offered_to_workers(region, match.start(), owner):
            owner = OFFER_MAKER  # "drivers are being offered 5%": whoever offers workers pay is their employer
        if owner and match.start() >= best[0]:
            best = (match.start(), owner)
    for match in sources:  # the source, when it is the last owner named or the subject of the verb after it
        if match.start() >= best[0] or OWNER_VERB.match(region, match.end() + 1):
            best = (match.start(), f"{match.group('noun').lower()} by {' '.join(match.group('owner').split())}")
    # "the guild's five-day notice" is the guild's; "Acme's 4,000 workers" only describes Acme, but a bare count
    # is the possessor's reckoning: "well above the ministry's 963,000".
    bare = BARE_FIGURE_END.match(text, end, clause_end)
    possessed = (not is_count or bare) and not TIME_AGO.match(text, end, clause_end)
    on_figure = POSSESSIVE_ON_FIGURE.search(region, max(0, len(region) - 40)) if possessed else None
    possessor = _clean(_possessor(region, on_figure.start())) if on_figure else ""
    if possessor and not _measured_place(possessor, text, end, clause_end):
        return possessor  # "the guild's five-day strike notice"
    if best[1]:
        return best[1]
    of_figure = SOURCE_OF_FIGURE.search(region[-40:])
    source = of_figure and SOURCE_AFTER.match(text, end, clause_end)
    if source:  # "a tally of 48,000 from a Dutch group"
        return f"{of_figure.group('noun').lower()} by {' '.join(source.group('owner').split())}"
    aim = IS_WHAT_AFTER.match(text, end, clause_end)
    wanted = aim and WHAT_X_WANTS.match(text, aim.end(), clause_end)
    if wanted and _clean(wanted.group("owner")):
        return _clean(wanted.group("owner"))
    after = VERB_AFTER.match(text, end, clause_end)
    return _clean(after.group("owner")) if after else sought_by(text, end, clause_end)


def _measured_place(possessor: str, text: str, end: int, clause_end: int) -> bool:
    """A country whose figure the words after it measure ("Norway's 4.1% inflation", "Chile's 9% jobless rate"):
    the place is what is measured, not who tells it; its offer or its estimate is the state's own."""
    return is_country(possessor) and not POSITION_AFTER.match(text, end, clause_end)


def sought_by(text: str, end: int, clause_end: int) -> str:
    """The workers a relative clause after the figure says seek it ("the $420 million that porters were
    seeking"), or ''. Whoever tells of it, the demand is theirs."""
    sought = SOUGHT_AFTER.match(text, end, clause_end)
    return _clean(sought.group("owner")) if sought else ""


def offered_to_workers(text: str, start: int, clause_start: int) -> bool:
    """A figure its clause says the workers were offered, by a maker it does not name: "porters had been offered a
    3% rise", "the offer of 3% this year". Whoever tells of it, the offer is its maker's."""
    region = text[clause_start:start]
    if OFFER_OF.search(region, max(0, len(region) - 40)):
        return not POSSESSED_OFFER_BEFORE.search(region)
    for match in OFFERED.finditer(region, max(0, len(region) - OFFERED_REACH)):
        if _offered_to_workers(region, match.start(), _subject_before(region, match.start())):
            return True
    return False


def _offered_to_workers(region: str, verb: int, subject: str) -> bool:
    """"Drivers are being offered", "Rail staff offered a 5% rise" (a headline's passive): workers are offered pay,
    they do not offer it."""
    return bool(PASSIVE_BEFORE.search(region, max(0, verb - 24), verb)) or names_workers(subject)


def _names_the_figure(gap: str) -> bool:
    """The words between a party's demand, offer or count and a figure leave the figure its value ("its offer of
    a", "the unions' count showed"); a modal makes the figure a consequence someone else reckons ("the union's
    demands would add $2.5 billion"), unless it goes on to say what the position holds ("its terms would include 9%",
    "its terms would run until 2026 and include 9%"). A new clause with its own subject and verb ("With the porters'
    other demands heard, the settlement ended a stoppage of six days") tells of something else."""
    if NEW_CLAUSE.search(gap):
        return False
    words = [w.lower().strip(",") for w in gap.split()]
    return not any(w in MODALS and not (set(words[i + 1:]) & CONTENT_VERBS) for i, w in enumerate(words))


def _possessor(region: str, mark: int) -> str:
    """The phrase a possessive mark at `mark` closes: "the union" of "the union's"."""
    found = POSSESSOR_END.search(region[max(0, mark - POSSESSOR_REACH):mark])
    return found.group("owner") if found else ""


def _subject_before(region: str, verb: int) -> str:
    """The subject of the verb at `verb`: the words back to the last comma or clause opener, without the
    auxiliaries and adverbs between them ("the province had last offered")."""
    cut = max(region.rfind(b, 0, verb) for b in BREAKS) + 1
    words = region[cut:verb].split()
    finite = bool(words) and words[-1].lower() in FINITE_AUX
    while words and (words[-1].lower() in AUX_WORDS or _adverb_after_subject(words) or _will_or_will_not(words)):
        del words[-2 if _will_or_will_not(words) else -1:]
    opened = RELATIVE_SUBJECT.match(region) if finite and cut > 1 else None
    if opened and opened.end() <= cut:
        # "A federal board that the president, a Democrat, set up has recommended 6%": the verb after the relative
        # clause and its asides is the main one, and the phrase the sentence opened with its subject.
        return _clean(opened.group("np"))
    if len(words) == 1 and words[0].lower() in LINKING_WORDS and cut > 1:
        return _subject_before(region, cut - 1)  # "Lakeport Public Schools, however, put": the words before
    if cut > 1 and _joined_predicate(words):
        # "The legislature, however, turned the bill down and approved 3%": a second verb of the subject before the comma
        return _subject_before(region, cut - 1)
    if [w.lower() for w in words] in (["who"], ["which"]) and cut > 1:
        offer = OFFER_TO_END.search(region, 0, cut - 1)
        if offer and _clean(offer.group("owner")):
            return _clean(offer.group("owner"))  # "Harbourline's proposal to the union, which offered": the offer's
        return _subject_before(region, cut - 1)  # "The unions, who claimed 3.5 million": the phrase before the comma
    if not words and cut > 1:  # "The HFU, which organised the marches, counted": the phrase before the relative clause
        opened = region.rfind(",", 0, cut - 1)
        aside = region[opened + 1:cut - 1].strip().lower() if opened > 0 else ""
        if opened > 0 and (RELATIVE_OPENING.match(region, opened + 1) or aside in LINKING_PHRASES
                           or aside in LINKING_WORDS or _apposition(region[:opened], aside)):
            return _subject_before(region, opened)
    return _last_noun_phrase(" ".join(words)) if words else ""


def _apposition(before: str, aside: str) -> bool:
    """"The union, the Harwell Porters Association, has asked for": a phrase that names again the one the sentence
    opened with, set off by commas (not a clause of its own, nor a list's next item)."""
    words = aside.split()
    return (bool(APPOSITION.match(aside)) and len(words) <= MAX_OWNER_WORDS and "," not in before
            and not set(words) & CLAUSE_WORDS)


APPOSITION = re.compile(r"(?:the|a|an|its|their)\s")
CLAUSE_WORDS = frozenset("and or but which who that".split()) | FINITE_AUX


def _adverb_after_subject(words: list[str]) -> bool:
    """The last word is an adverb in "-ly" between a subject and its verb ("both chambers unanimously
    passed"), not the subject's own noun ("the assembly approved")."""
    last = words[-1]
    return (len(words) > 1 and last.islower() and last.endswith("ly")
            and words[-2].lower() not in ("the", "a", "an", "its", "their", "this", "that"))


def _will_or_will_not(words: list[str]) -> bool:
    """The words end on what the subject will or will not do: "Harbourline has refused to (offer)"."""
    return len(words) > 2 and words[-1] == "to" and words[-2].lower() in WILLING


def _joined_predicate(words: list[str]) -> bool:
    """Words before a verb that are another verb's phrase joined by "and" ("turned the bill down and"), not a
    subject: they open on a verb in lower case."""
    first = words[0] if words else ""
    return "and" in words and first.islower() and (first.endswith("ed") or first in FINITE_WORDS)


def _last_noun_phrase(pre: str) -> str:
    """The subject before a verb: the words after the last clause opener ('that', a comma), at most eight."""
    pre = re.split(r"\b(?:that|which|who|when|after|before|because|if|as|than)\s+|[\u201c\u201d\"(]", pre)[-1]
    words = pre.split()
    if words and words[-1].lower() in ("it", "they"):
        return words[-1].lower()  # "the increase it is proposing": the party named before, resolved by the caller
    if not words or len(words) > MAX_OWNER_WORDS:
        words = words[-MAX_OWNER_WORDS:]
    # Drop words before the phrase's determiner: "on Tuesday the district" -> "the district"; the first one,
    # so that "The ministry of the interior" stays whole.
    # A determiner after a preposition opens a phrase inside the subject: "two geographers at the university".
    for i, word in enumerate(words):
        if word.lower() in ("the", "its", "their", "a", "an"):
            # "Harbour Motors and the HRU": two parties joined, the subject of both
            if i == 0 or words[i - 1].lower() not in SUBJECT_PREPOSITIONS | {"and"}:
                words = words[i:]
            break
    return _clean(" ".join(words))


def _clean(phrase: str) -> str:
    phrase = LEADING_TIME.sub("", LEADING.sub("", " ".join(phrase.split()).strip(" ,")))
    phrase = re.sub(r"(?:\u2019s|'s)$", "", phrase)  # "the city's offer": the owner is the city
    words = phrase.split()
    if not words or words[-1].lower() in NOT_OWNERS or len(words) > MAX_OWNER_WORDS:
        return ""
    if any(ch.isdigit() for ch in phrase) or "%" in phrase or "$" in phrase:
        return ""
    if phrase.lower() in ("its", "their"):
        return "it" if phrase.lower() == "its" else "they"
    return phrase


def _inside_quote(text: str, at: int) -> bool:
    before = text[:at]
    return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1
