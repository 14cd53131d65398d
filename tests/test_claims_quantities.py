"""Figures: kinds, values, units, qualifiers, number words, dates, and numbers that are names."""
import pytest

import claims
from claims.quantities import find_quantities


def only(text):
    found = find_quantities(text)
    assert len(found) == 1, found
    q = found[0]
    assert text[q.start:q.end] == q.text
    return q


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("Drivers earn $27.50 an hour on average.", 27.5, "USD/hour"),
        ("The starting salary would rise to $61,000 a year.", 61000, "USD/year"),
        ("The studio reported $4.2 billion in revenue.", 4.2e9, "USD"),
        ("Each striker gets $500 per week from the fund.", 500, "USD/week"),
        ("Their average wage is $31.20, the district said.", 31.2, "USD/hour"),
        ("She said the average salary is $95,000.", 95000, "USD/year"),
        ("The average salary, once stipends for coaching are included, is $71,200.", 71200, "USD/year"),
        ("The average hourly wage across its union workforce is $21.15.", 21.15, "USD/hour"),
        ("It will cost \u00a34.1bn a year.", 4.1e9, "GBP/year"),
        ("The rail union wants a rise of 420 euros a month.", 420, "EUR/month"),
        # how much worse off, and for what span: a loss at a rate
        ("The cuts would leave a porter almost \u00a37,000 worse off for every year they draw a pension.", 7000, "GBP/year"),
        ("Each worker would get a one-off payment of 1,500 euros.", 1500, "EUR"),
        ("The offer adds 2.5 million pounds sterling to the pay bill.", 2.5e6, "GBP"),
        ("Strikers lose 90 Swiss francs a day.", 90, "CHF/day"),
        ("The airline offered EUR 300 more per month.", 300, "EUR/month"),
        ("It pays 30 dollars an hour.", 30, "USD/hour"),
        ("The province offered a raise of one dollar an hour.", 1, "USD/hour"),
        ("The province put hundreds of millions of dollars on the table.", 2e8, "USD"),
        ("Billions of dollars in freight sit idle at the docks.", 2e9, "USD"),
        ("The demand would cost $8.4 trillion a year.", 8.4e12, "USD/year"),  # its rate is no span of a year
        # currencies written with a sign or letters before the sum, or with their name after it
        ("The new minimum wage is \u20a672,500 a month.", 72500, "NGN/month"),
        ("The government raised its offer to N64,500.", 64500, "NGN"),
        ("It offered N52,000, an offer the unions turned down.", 52000, "NGN"),
        ("The bill would come to N7.2 trillion.", 7.2e12, "NGN"),
        ("Growers are paid Rs 2,275 per quintal.", 2275, "INR"),
        ("Clinical officers earn KSh 41,300.", 41300, "KES"),
        ("Each striker was fined 500,000 won.", 500000, "KRW"),
        ("The council offered 300 rand more.", 300, "ZAR"),
    ],
)
def test_money_values_and_rates(text, value, unit):
    q = only(text)
    assert (q.kind, q.value, q.unit) == ("money", value, unit)


@pytest.mark.parametrize("text", ["Nurses ran short of N95 masks.", "The N12 road was shut for 3 hours."])
def test_an_n_before_a_small_number_is_a_name_not_the_naira(text):
    assert all(q.kind != "money" for q in find_quantities(text))


@pytest.mark.parametrize("text", ["At about 7.45 am some 300 porters gathered.", "By 9.15 p.m. some 300 porters had left."])
def test_a_time_written_with_a_point_is_no_figure(text):
    assert [q.value for q in find_quantities(text)] == [300]


@pytest.mark.parametrize("text", ["Some 300 porters voted between May 2 and 4.", "Some 300 porters voted on May 2 and 4."])
def test_the_second_day_of_a_dates_range_is_no_count(text):
    assert [q.value for q in find_quantities(text) if q.kind != "date"] == [300]


def test_pounds_of_something_are_a_weight_not_money():
    q = only("The food bank handed out 200 pounds of rice to strikers.")
    assert q.kind == "count"


@pytest.mark.parametrize(
    "text, qualifier",
    [
        ("Roughly 4,000 teachers marched.", "approximately"),
        ("Almost 900 flight attendants voted.", "approximately"),
        ("Some 300 nurses signed the letter.", "approximately"),
        ("An estimated 1,200 dockworkers stayed home.", "approximately"),
        ("More than 2,500 machinists walked out.", "more than"),
        ("Over 700 baristas joined the union.", "more than"),
        ("At least 45 stores closed.", "at least"),
        ("Up to 600 jobs could be cut.", "at most"),
        ("As many as 80 pilots called in sick.", "at most"),
        ("Fewer than 20 drivers crossed the line.", "less than"),
        ("Organisers expect 5,000 or more marchers.", "at least"),
    ],
)
def test_qualifiers(text, qualifier):
    assert only(text).qualifier == qualifier


def test_a_sum_that_adds_up_to_a_figure_is_that_figure_and_a_sum_known_by_its_order_is_a_floor():
    assert only("She said it adds up to $1,633 a year.").qualifier == "exact"
    assert only("Strikers could lose up to $1,633 a year.").qualifier == "at most"
    assert only("The province put hundreds of millions of dollars on the table.").qualifier == "at least"


@pytest.mark.parametrize("text, qualifier", [
    ("Harbourline's earnings, topping $7 billion, were a record.", "more than"),
    ("Overtime claims this year have topped 640.", "more than"),
    ("Signing payments top out at $1,200.", "at most"),
    ("Rent rises are capped at 3%.", "at most"),
    ("The fund maxes out at $2,400.", "at most"),
])
def test_a_figure_topped_is_passed_and_a_figure_capped_is_a_ceiling(text, qualifier):
    assert only(text).qualifier == qualifier


@pytest.mark.parametrize("text, qualifier", [
    ("Harbourline says the stoppage cost it about 52 billion won ($39.6 million).", "approximately"),
    ("The penalty can reach up to 20 million won ($15,100).", "at most"),
    ("Harwell Rail lost around 80 million pounds (US$104 million) to the walkout.", "approximately"),
    ("The guild is asking for a one-off 420 euros (US$455).", "exact"),
])
def test_a_sum_converted_in_brackets_is_as_rough_or_bounded_as_the_sum(text, qualifier):
    first, converted = find_quantities(text)
    assert first.kind == converted.kind == "money"
    assert converted.qualifier == first.qualifier == qualifier


def test_as_much_as_a_percent_is_an_upper_bound():
    q = only("New hires would earn as much as 25 percent less.")
    assert (q.kind, q.value, q.unit, q.qualifier) == ("percent", 25, "percent", "at most")


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("Two dozen writers picketed the lot.", 24, "people"),
        ("The guild called a five-day strike.", 5, "days"),
        ("Nearly 13 million viewers lost the channel.", 13e6, "people"),
        ("The union represents 14 hospitals.", 14, "hospitals"),
        ("Workers in 150 different job titles are covered.", 150, "job titles"),
        ("Members of 12 local unions voted.", 12, "unions"),
        # decades are years, so that "two decades" meets "20 years"
        ("The mill has stood idle for two decades.", 20, "years"),
        # how long a strike has lasted, by the ordinal of the day or week it has reached
        ("The walkout went past its ninth day on Monday.", 9, "days"),
        ("Depots stayed shut for a fourth straight day.", 4, "days"),
        ("The strike, now in its 23rd day, goes on.", 23, "days"),
        ("The stoppage went into its second week.", 2, "weeks"),
    ],
)
def test_counts_number_words_and_durations(text, value, unit):
    q = only(text)
    assert (q.value, q.unit) == (value, unit)


def test_counted_noun_is_kept():
    assert only("The 60 information technology workers voted.").counted == "information technology workers"


def test_the_over_of_a_period_is_not_a_qualifier():
    found = find_quantities("The authority offered 9 percent over three years.")
    assert [(q.value, q.unit, q.qualifier) for q in found] == [(9, "percent", "exact"), (3, "years", "exact")]


@pytest.mark.parametrize(
    "text",
    [
        "Members of Local 1199 and Chapter 11 lawyers met.",
        "COVID-19 changed everything for N95 suppliers.",
        "Call 555-210-9876 for details.",
        "Send letters to 200 Main Street, Springfield, IL 62701.",
        "The rally starts at 10:30 a.m. sharp.",
        "According to Channel 13 news, the bill will pass tonight.",
        "The company lost money in the first half of the year.",  # a span of time, no share of anything
        "In the second quarter of 2024 sales fell.",  # a year after a preposition of time
        "Workers of District Council 47 joined HRU 5120 on the picket line.",  # a local's number after its acronym
        "The strike slowed 911 dispatch and 999 calls across the county.",  # emergency lines
        "Harbourline Locals 212, 408, 1377 and 950 thanked shoppers.",  # the later numbers of a list of locals
        "Members turned the deal down by a 4-to-1 count.",  # a ratio, no count
        "The board passed the plan by a 5-2 margin.",
    ],
)
def test_numbers_that_are_names_are_not_figures(text):
    assert [q for q in find_quantities(text) if q.kind != "date"] == []


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("The HRU 4,800 members walked out.", 4800, "people"),  # a count, written with its separator
        ("Pay rises HRU 12% short of inflation.", 12, "percent"),
        ("The deal is worth KES 1000 a month.", 1000, "KES/month"),  # a currency's code is no union
        ("The fund holds USD 500 for each member.", 500, "USD"),
    ],
)
def test_a_number_after_capitals_is_still_a_figure_where_it_reads_as_one(text, value, unit):
    assert [(q.value, q.unit) for q in find_quantities(text) if q.kind != "date"][:1] == [(value, unit)]


@pytest.mark.parametrize(
    "text, value",
    [
        ("The deal expires Sept. 30, 2025.", 20250930),
        ("Talks resume on March 4.", 304),
        ("Bargaining began in April 2022.", 20220400),
        ("The last strike was in 2016.", 20160000),
        ("Talks are set for Nov. 1.", 1101),
        ("A further strike starts on 22 April.", 422),
        ("The deal was signed on 2 April 2025.", 20250402),
        # a span of days is one date, the day it starts, and its last day no count
        ("Marchers will gather outside parliament from July 23 to 25, organisers said.", 723),
        ("Talks are set for Oct. 3 through 5 in Harbour.", 1003),
        ("The walkout runs from 12 to 14 June.", 614),
    ],
)
def test_dates(text, value):
    q = only(text)
    assert (q.kind, q.value, q.unit) == ("date", value, "date")


def test_a_day_that_dates_an_event_is_no_length():
    assert find_quantities("On the second day, porters marched to the depot.") == ()
    assert find_quantities("It marked the fourth day of protests.") == ()
    assert [q.unit for q in find_quantities("A strike would cost 2 billion dollars in its first week.")] == ["USD"]


def test_word_numbers_without_a_noun_are_not_figures():
    assert find_quantities("One of the negotiators left early.") == ()


def test_over_a_duration_is_a_period():
    found = find_quantities("The offer is a 6 percent raise over four years.")
    assert [(q.value, q.unit, q.qualifier) for q in found] == [(6, "percent", "exact"), (4, "years", "exact")]


def test_people_counted_through_and():
    q = only("About 11,000 film and television writers stopped work.")
    assert (q.value, q.unit, q.counted) == (11000, "people", "film and television writers")
    locals_and_offices, states = find_quantities("The union has 21 locals and offices in three states.")
    assert locals_and_offices.unit != "people"
    assert states.counted == "states"  # a count of states, not a teller's verb


def test_days_listed_before_a_month_are_no_counts():
    found = find_quantities("Members will walk out on 13, 15 and 18 March.")
    assert [(q.kind, q.value) for q in found] == [("date", 318)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("They hired between 4,000 and 5,000 temporary workers.",
         [(4000, "people", "at least"), (5000, "people", "at most")]),
        ("The true number was closer to 2,400 workers.", [(2400, "people", "approximately")]),
        ("Many part-timers can't get more than 28 hours a week.", [(28, "hours", "at most")]),
        # a bound refused is a ceiling, and "beyond" is a bound like "above"
        ("The trust has refused to go above 4% for porters.", [(4, "percent", "at most")]),
        ("Harbourline declined to offer more than 2.5%.", [(2.5, "percent", "at most")]),
        ("The board said it would not go beyond 6%.", [(6, "percent", "at most")]),
        ("Pay would rise beyond 6% next year.", [(6, "percent", "more than")]),
        ("More than three-quarters of shifts were covered.", [(75, "percent", "more than")]),
        ("The union wants $3.25 an hour, up from the $2.40 it proposed.",
         [(3.25, "USD/hour", "exact"), (2.4, "USD/hour", "exact")]),
        ("Some 3,200 guards and conductors are employed.", [(3200, "people", "approximately")]),
        # a range written with "to" or a dash: two bounds, the first taking the second's unit
        ("Employees averaged 52 to 56 hours of work a week.", [(52, "hours", "at least"), (56, "hours", "at most")]),
        ("Crowds of 10,000 to 20,000 people marched.", [(10000, "people", "at least"), (20000, "people", "at most")]),
        ("Raises of 3% to 4% a year were offered.", [(3, "percent", "at least"), (4, "percent", "at most")]),
        ("Pay rose from 2% to 3% this year.", [(2, "percent", "exact"), (3, "percent", "exact")]),  # a change
        # a range written with a hyphen and no spaces; no range where the second number is smaller, a year or a name
        ("Raises of 2-3% a year were offered.", [(2, "percent", "at least"), (3, "percent", "at most")]),
        ("Police put the crowd at 20,000-30,000 people.", [(20000, "people", "at least"), (30000, "people", "at most")]),
        ("The board voted 2-1 to approve it.", [(2, "count", "exact")]),
        ("Members of Local 3-14 walked out.", []),
        ("Pay rose in 2019-2020 by 3%.", [(20190000, "date", "exact"), (3, "percent", "exact")]),
        # a share written as an adjective with a hyphen
        ("Both houses passed the five-percent pay raise.", [(5, "percent", "exact")]),
        ("They won a 5-per-cent rise.", [(5, "percent", "exact")]),
        # "one in five" is a share; a count out of a total stays two counts, and "one in five years" is a time
        ("One in five porters quit last year.", [(20, "percent", "exact")]),
        ("Nine out of 10 members voted yes.", [(90, "percent", "exact")]),
        ("Some 3,700 out of 4,770 members voted.", [(3700, "count", "approximately"), (4770, "people", "exact")]),
        # "a quarter of a million" is a count, "5 pct" a share, "$20-25 an hour" a range of hourly pay
        ("A quarter of a million people marched.", [(250000, "people", "exact")]),
        ("Wages rose 5 pct last year.", [(5, "percent", "exact")]),
        ("Porters earn $20-25 an hour.", [(20, "USD/hour", "at least"), (25, "USD/hour", "at most")]),
        # dollars of other countries
        ("Porters earn C$21 an hour.", [(21, "CAD/hour", "exact")]),
        ("The deal costs A$500 million.", [(500e6, "AUD", "exact")]),
        # pesos and reais written with a dollar sign, the country's letters before it, with a space or without
        ("The province offers a bonus of AR $800 per porter.", [(800, "ARS", "exact")]),
        ("The city offers MX$1,200 a month.", [(1200, "MXN/month", "exact")]),
        ("Porters earn R$40 a day.", [(40, "BRL/day", "exact")]),
        ("A $500 bonus was offered.", [(500, "USD", "exact")]),
        # fifths and tenths are shares; "north of", "as few as", "just shy of" bound a figure
        ("Less than a fifth of members voted.", [(20, "percent", "less than")]),
        ("Two-fifths of the porters struck.", [(40, "percent", "exact")]),
        ("The strike cost north of $2 billion.", [(2e9, "USD", "more than")]),
        ("As few as 10 porters turned up.", [(10, "people", "at least")]),
        ("Turnout was just shy of 50%.", [(50, "percent", "less than")]),
        # "between ... and ...": the lower bound takes the upper one's unit, or the rest of it
        ("The cost is between 25 million and 100 million euros per day.",
         [(25e6, "EUR/day", "at least"), (100e6, "EUR/day", "at most")]),
        ("The cost is between $25 million and $100 million a day.",
         [(25e6, "USD/day", "at least"), (100e6, "USD/day", "at most")]),
        # a bare lower bound is in its upper bound's scale ("2 to 3 million"), unless it is a number of it already
        ("The paper put the crowd at between 2 and 5 million.", [(2e6, "count", "at least"), (5e6, "count", "at most")]),
        ("Some 7 to 8 million people marched.", [(7e6, "people", "at least"), (8e6, "people", "at most")]),
        ("The strike cost between $1 and $3 billion.", [(1e9, "USD", "at least"), (3e9, "USD", "at most")]),
        ("Between 600 and 1 million people marched.", [(600, "people", "at least"), (1e6, "people", "at most")]),
    ],
)
def test_ranges_fractions_negations_and_shared_rates(text, expected):
    assert [(q.value, q.unit, q.qualifier) for q in find_quantities(text)] == expected


def test_a_persons_age_beside_their_name_is_no_figure():
    assert find_quantities("Pierre Martel (40), a civil servant, said he marched to stop the bill.") == ()
    assert find_quantities("Ada Quill, 57, said she marched.") == ()
    assert [q.value for q in find_quantities("The union (20 locals) marched.")] == [20]


def test_words_after_a_count_that_end_its_noun():
    assert [q.unit for q in find_quantities("Nurses picket four hospitals early on Monday.")] == ["hospitals"]
    assert [q.kind for q in find_quantities("They cut 140 positions since 2023 while waiting.")] == ["count", "date"]
    # where the things counted are is no part of what they are: "18 colleges" whatever follows
    assert [q.unit for q in find_quantities("Tutors at 18 colleges around Wessex walk out.")] == ["colleges"]
    assert [q.unit for q in find_quantities("Staff at 40 sites throughout the region struck.")] == ["sites"]


def test_what_a_sum_or_a_share_measures_when_no_noun_says():
    assert only("It says the chain has offered $1.90 an hour.").counted == "raise"
    assert only("A cashier makes $17.40 an hour.").counted == "pay"
    assert only("The company had offered a 4 per cent rise.").counted == "raise"
    assert only("Members had voted 96% in favour.").counted == "vote"
    assert only("The operator put the number of staff on strike at about 10,000.").unit == "people"


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("A teaching assistant receives at least $29,000 for the academic year.", 29000, "USD/year"),
        ("Its minimum stipend is $29,000 for a half-time appointment.", 29000, "USD/year"),
        ("The strike costs as much as $4.5 billion a day.", 4.5e9, "USD/day"),
        ("By the shippers' estimate, the region would lose $30 million for every day the strike lasts.", 30e6, "USD/day"),
        ("The shutdown costs the port 40 million euros every day.", 40e6, "EUR/day"),
    ],
)
def test_periods_from_the_words_around_a_sum(text, value, unit):
    q = only(text)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize("text, qualifier", [
    ("The starting pay of porters will also go up to $19 per hour.", "exact"),  # the new level
    ("The deal adds up to $1,633 a year.", "exact"),  # the total
    ("A strike could cost up to $5 million a day.", "at most"),
])
def test_up_to_is_a_ceiling_only_where_nothing_rises_or_adds_to_it(text, qualifier):
    assert only(text).qualifier == qualifier


@pytest.mark.parametrize("text, value", [("Rail staff are offered a 5pc pay rise.", 5), ("A further 2.2pc would follow.", 2.2)])
def test_pc_written_on_to_a_number_is_per_cent(text, value):
    q = only(text)
    assert (q.kind, q.value, q.unit) == ("percent", value, "percent")


def test_two_groups_joined_by_and_are_one_count_of_people():
    q = only("The union represents about 4,000 Skyway baggage handlers and bus drivers.")
    assert (q.value, q.unit, q.counted) == (4000, "people", "Skyway baggage handlers and bus drivers")


def test_a_share_of_a_group_counts_the_group():
    q = only("The association said about 47,000 of its members were taking part.")
    assert (q.value, q.unit, q.counted) == (47000, "people", "members")


def test_number_words_that_state_no_figure():
    assert find_quantities("The two sides are far apart on automation.") == ()
    assert find_quantities("Not one container moved.") == ()
    assert only("Two dozen ports closed.").value == 24


def test_a_sum_known_by_its_order_is_money():
    q = only("The stoppage has cost the port several million dollars.")
    assert (q.kind, q.value, q.unit, q.qualifier) == ("money", 2_000_000, "USD", "at least")


def test_half_a_million_is_half_of_the_scale_not_the_scale():
    [claim] = claims.extract("Once it was over, the organizers said as many as half a million people had taken part.")
    assert [(q.value, q.unit, q.qualifier) for q in claim.quantities] == [(500000.0, "people", "at most")]



@pytest.mark.parametrize(
    "sentence, text, value, unit",
    [
        ("Tens of thousands of people marched to the port on Saturday.", "Tens of thousands", 20_000, "people"),
        ("Hundreds of thousands rallied nationwide, organisers said.", "Hundreds of thousands", 200_000, "count"),
        ("Thousands of nurses walked out on Monday.", "Thousands", 2_000, "people"),
        ("Dozens of flights were cancelled at the airport.", "Dozens", 24, "flights"),
        # an order written with a number word: no exact hundred thousand, thousand or hundred
        ("On Friday several hundred thousand people filled the square.", "several hundred thousand", 200_000, "people"),
        ("A few thousand porters walked out at dawn.", "A few thousand", 2_000, "people"),
        ("Several dozen officers were hurt.", "Several dozen", 24, "people"),
    ],
)
def test_a_count_known_by_its_order_of_magnitude_is_two_of_it_at_least_and_covers_the_rest_of_the_order(
        sentence, text, value, unit):
    # A plural is two at least: "thousands" is no 1,000, "tens of thousands" no 10,000.
    q = next(q for c in claims.extract(sentence) for q in c.quantities if q.text == text)
    assert (q.kind, q.value, q.unit, q.qualifier) == ("count", value, unit, "at least")
    assert (q.frame.low, q.frame.high) == (value, 5 * value)  # "tens of thousands" is no "hundreds of thousands"


@pytest.mark.parametrize("text, kind", [
    ("It was the largest protest since the 1997 handover.", "date"),  # a year naming one event
    ("The 2003 march drew crowds.", "date"),
    ("The 2000 workers struck.", "count"),  # many of something: a count
    ("Ada Quill, a likely 2032 presidential candidate, joined the picket.", "date"),  # one of a thing: a year's
    ("Some 2000 police lined the route.", "count"),  # police are many, though without an "s"
])
def test_a_year_before_the_event_it_names_is_a_date(text, kind):
    assert [q.kind for q in find_quantities(text)] == [kind]


@pytest.mark.parametrize("text, value", [
    ("Extradition plans draw a march of more than a million.", 1e6),
    ("Half a million took part.", 5e5),
])
def test_a_magnitude_in_words_is_a_count_without_a_noun(text, value):
    assert [(q.kind, q.value) for q in find_quantities(text)] == [("count", value)]


def test_a_small_number_in_words_still_needs_a_noun():
    assert find_quantities("One of the unions said the two sides agreed.") == ()


@pytest.mark.parametrize("text, found", [
    ("Turnout among those balloted was more than three-quarters.", [("more than three-quarters", 75.0)]),
    ("Support fell by half.", []),  # a bare "half" at a sentence's end stays a word
    ("The firm grew in the second quarter.", []),
])
def test_a_share_said_of_the_subject_at_a_sentences_end_is_a_percentage(text, found):
    assert [(q.text, q.value) for q in find_quantities(text) if q.kind == "percent"] == found


@pytest.mark.parametrize("text, kind", [
    ("According to a 2011 survey by the institute, pay lagged.", "date"),  # one survey, of a year
    ("A 2000-strong crowd gathered outside the depot.", "count"),  # people, not a year
    ("The 2000 workers at the depot walked out.", "count"),
])
def test_a_year_before_one_thing_is_a_date_and_a_strong_crowd_a_count(text, kind):
    [q] = [q for q in find_quantities(text) if q.text in ("2011", "2000")]
    assert q.kind == kind


@pytest.mark.parametrize("text, figure, value, unit, qualifier", [
    ("The stoppage ran for three and a half days.", "three and a half days", 3.5, "days", "exact"),
    ("A million and a half people marched.", "A million and a half", 1_500_000, "people", "exact"),
    ("Losses may reach roughly a quarter billion euros.", "roughly a quarter billion euros", 250e6, "EUR", "approximately"),
    ("After almost a year of bargaining there is no deal.", "almost a year", 1, "years", "approximately"),
    ("The week-long walkout ended on Friday.", "week-long", 1, "weeks", "exact"),
    ("Their monthlong picket is over.", "monthlong", 1, "months", "exact"),  # the hyphen left out
    ("Talks in the 9-day-old stoppage resume.", "9-day", 9, "days", "exact"),  # how long it has lasted, no age
    ("It has lasted more than a fortnight.", "more than a fortnight", 2, "weeks", "more than"),
    ("Talks have stalled for more than a decade.", "more than a decade", 10, "years", "more than"),
])
def test_halves_quarters_and_one_span_written_without_a_number(text, figure, value, unit, qualifier):
    [q] = [q for q in find_quantities(text) if q.text == figure]
    assert (q.value, q.unit, q.qualifier) == (value, unit, qualifier)


@pytest.mark.parametrize("text", [
    "Porters earn $310 a week.", "Drivers strike twice a week.", "A year ago the union struck.",
    "The union wants a 4% raise a year.", "Nurses lose a day's pay.", "Staff work 38 hours a week.",
])
def test_a_rate_a_moment_or_a_days_worth_is_no_span(text):
    assert all(q.kind != "duration" or q.unit == "hours" for q in find_quantities(text))


@pytest.mark.parametrize("text", ["A 7-year-old boy was hurt in the crush.", "Her 3-month-old business closed."])
def test_a_years_or_months_old_is_an_age_not_a_span(text):
    assert all(q.kind != "duration" or q.unit == "hours" for q in find_quantities(text))


@pytest.mark.parametrize("sentence, text, value", [
    ("The roughly 21-thousand members of the guild voted on Friday.", "roughly 21-thousand", 21_000),
    ("Police put the crowd at 12-thousand.", "12-thousand", 12_000),
    ("An audit counted four-thousand-208 drivers who had quit.", "four-thousand-208", 4_208),
    ("Of those, two-thousand-75 had returned to work.", "two-thousand-75", 2_075),
])
def test_thousands_written_with_a_hyphen_are_one_figure(sentence, text, value):
    [q] = [q for c in claims.extract(sentence) for q in c.quantities if q.text == text]
    assert q.value == value


@pytest.mark.parametrize("sentence, value, unit", [
    ("Organisers expect 2.5 lakh marchers at the rally.", 250_000, "people"),
    ("Some 3 lakh tractors joined the march.", 300_000, "tractors"),
    ("The blockade cost the state Rs 800 crore.", 8_000_000_000, "INR"),
])
def test_lakh_and_crore_scale_a_number_as_indian_outlets_write_it(sentence, value, unit):
    [q] = [q for c in claims.extract(sentence) for q in c.quantities]
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize("sentence", [
    "Some 2,000 commuters were stranded at Harwell Junction.",
    "About 2,000 farmers drove their tractors into Lakeport.",
    "Nearly 2,000 pensioners marched on the ministry.",
])
def test_commuters_farmers_and_pensioners_are_counted_as_people(sentence):
    [q] = [q for c in claims.extract(sentence) for q in c.quantities]
    assert (q.value, q.unit) == (2_000, "people")


def test_a_counted_noun_stops_before_the_next_figure():
    found = claims.extract("A survey of two-hundred bus depots counted nine-thousand-12 drivers.")
    [q] = [q for c in found for q in c.quantities if q.text == "two-hundred"]
    assert (q.value, q.counted) == (200, "bus depots")


@pytest.mark.parametrize("text", ["It is not clear what killed the 31-year-old driver in Lakeport.",
                                  "A student, 20 years old, was among those held."])
def test_a_persons_age_is_no_figure(text):
    assert find_quantities(text) == ()


@pytest.mark.parametrize(
    "text, figure, value",
    [
        ("The blast at the Harwell depot left one guard dead.", "one", 1),
        ("Troops fired on the march, killing one marcher.", "one", 1),
        ("One police officer was hurt in the scuffle.", "One", 1),
        ("Two were arrested outside the depot.", "Two", 2),
        ("A dozen were hurt when the crowd was charged.", "A dozen", 12),
        ("The clashes left one of the marchers dead.", "one", 1),
    ],
)
def test_a_small_toll_in_words_is_a_count_of_people(text, figure, value):
    q = only(text)
    assert (q.text, q.value, q.unit, q.kind) == (figure, value, "people", "count")


@pytest.mark.parametrize(
    "text",
    [
        "No one was hurt in the fire at the Harwell depot.",
        "One person familiar with the talks said a deal was close.",
        "One of the strikers said the talks were going nowhere.",
        "The two sides met again on Monday.",
    ],
)
def test_a_small_word_number_without_a_toll_or_a_noun_is_no_figure(text):
    assert not find_quantities(text)


@pytest.mark.parametrize(
    "text, unit",
    [
        ("Police fired on the crowd, wounding 19 others.", "people"),  # beside someone named, the others are people
        ("Among the hurt were 7 policemen.", "people"),
    ],
)
def test_others_and_men_are_people(text, unit):
    assert only(text).unit == unit


def test_points_every_three_digits_are_thousands_where_no_english_decimal_could_be():
    assert only("On Friday 450.000 teachers stayed home.").value == 450_000
    assert only("Some 1.200.000 people marched.").value == 1_200_000
    assert only("The index rose 1.500 points.").value == 1.5  # an English decimal, as before


def test_an_age_after_aged_is_no_figure_of_the_dispute():
    found = find_quantities("Among the 300 pickets were a porter aged 61 and apprentices aged 17 and 18.")
    assert [q.value for q in found] == [300]


def test_civil_and_public_servants_are_people():
    assert only("The reform covers 80,000 public servants in Wessex.").unit == "people"
