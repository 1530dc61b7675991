"""Failures found when intake read real news pages nobody on the project wrote, session 56: pages
kept as fixtures by flairNLP/fundus, AndyTheFactory/newspaper4k and ReadabiliPy, 39 of them
labelled by helpers to tune on (tune5), outside the 24 held out for measuring (ext8).

Figures: a small count written in words before what it counts ("seized three vehicles", "two
international routes") left under the bar; a game's result after the verbs and nouns a match
report uses ("beating the Giants 6-5", "overcame her opponent 6-2, 7-5", "a 6-4, 6-0 victory")
not read, or read and left under the bar; "one person was killed" and "a dozen arrests" not
read, or left under the bar, as a bare "one" and a loose count are; the sanctioned ("Two men
were jailed") not counted as a toll. Not figures: "Three years later,", a year before 1800
("created in 1789."), and people's ages alone ("Ada Moor, 43, argues ...", "killed Ada Moor,
37, and wounded Ben Roe, 28.", "Granny (78)"), which a speaker's or a comparison's lift had
carried over the bar. Values: "a quarter million" read as 1,000,000, "three and a quarter
million" as 3 and 1,000,000, "a billion-five" as 1,000,000,005; "1.5°C" and "an 18,000-strong
student body" not read. Chrome and splitting: a wire's dateline for two places
("PLACE/OTHER PLACE, March 7 (Agency) -"), and "July 28-Aug. 12, 1984:" cut after "Aug.".
Claimants: a country's armed force or ministry ("Ukraine’s Air Force said") named without its
country, an armed force taken for a person, "the army said", "rescuers said", a reply after
its quotation ("“...,” Moor replied."), and a hyphenated rank ("Major-Gen Ada Moor") kept in
the name.

The pages themselves are not in the project; every sentence here was written for this test in
their shapes, and every name but the countries' is invented. Each test fails without the change
it describes (63 of them, run against the session's start code), except guards (33), which hold
a limit of a change and pass either way."""

import pytest

from claims.figures_parser import find_figures
from intake.extract import extract_suggestions, guess_kind, split_sentences
from intake.normalise import normalise
from sources.models import EntityKind
from tests.intake.claimants import claimants_by_figure, suggested_sentences


def _written(text: str) -> list[str]:
    return [figure.as_written for figure in find_figures(text)]


def _reasons(text: str) -> list[str]:
    return [item.reason for item in extract_suggestions(normalise(text))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Officers also seized three vehicles and two mobile phones.",
        "The trust has bought two houses so far.",
        "The airline launched two international routes during the month.",
        "The air force shot down five Indian fighter jets over the border.",
        "The Tessaly has been recalled after three crashes overseas.",
    ],
)
def test_a_small_count_in_words_before_what_it_counts_is_suggested(sentence: str) -> None:
    assert suggested_sentences(f"Kelvasi news\n\n{sentence}") == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        # Things referred back to, already counted where they were named.
        "The two men were later released.",
        "All three stations reopened on Monday.",
        "The state's two revenue streams are heading in opposite directions.",
        # A report's sources, a money idiom, a span of seasons: no count of things.
        "Voters are split almost evenly, two new surveys suggest.",
        "Our incident bill was six figures.",
        "Ada Moor has coached the side for nine seasons.",
        # A verb between the count and a plural noun: the count is the verb's subject.
        "Three were Nordic countries.",
        # In digits, as a page's chrome writes small counts: as before.
        "Officers also seized 3 vehicles and 2 mobile phones.",
    ],
)
def test_guard_a_small_count_referred_back_or_of_no_things_is_not_suggested(
    sentence: str,
) -> None:
    assert suggested_sentences(f"Kelvasi news\n\n{sentence}") == []


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        ("The Halsmoor Rovers debuted by beating the Kelvasi Giants 6-5.", ["6", "5"]),
        ("The Trojans routed the defending champion Quellane Irish 55-24.", ["55", "24"]),
        (
            "Ada Moor overcame an awkward opponent 6-2, 7-5, 6-3 to reach the final.",
            ["6", "2", "7", "5", "6", "3"],
        ),
        (
            "Ben Roe got going with a convincing 6-4, 6-0 victory over Ada Moor.",
            ["6", "4", "6", "0"],
        ),
    ],
)
def test_a_games_result_after_a_match_reports_verb_or_noun_is_read(
    sentence: str, written: list[str]
) -> None:
    assert _written(sentence) == written


@pytest.mark.parametrize(
    "sentence",
    [
        "The Corvath League defeated the Pellwick League 5-3.",
        "The Halsmoor Rovers debuted by beating the Kelvasi Giants 6-5.",
        "Athletic drew 2-2 with Ostreva Town on Saturday.",
        "Wendle and Halvard Town shared the points in a 1-1 draw at Wendle Park.",
        "Ben Roe got going with a convincing 6-4, 6-0 victory over Ada Moor.",
    ],
)
def test_a_games_result_is_suggested_however_few_scored(sentence: str) -> None:
    (reason,) = _reasons(f"Weekend sport\n\n{sentence}")
    assert reason.startswith("states a vote's tally or a game's result")


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # "drew" a crowd: a range, as before.
        ("The festival drew 3-4,000 people.", ["3", "4,000"]),
        ("The festival drew 20-25,000 people.", ["20", "25,000"]),
    ],
)
def test_guard_drew_before_a_crowd_is_no_game(text: str, written: list[str]) -> None:
    figures = find_figures(text)
    assert [figure.as_written for figure in figures] == written
    assert [figure.kind for figure in figures] == ["range", "range"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Three years later, the Halsmoor plant closed.",
        "Fifty-five years later, Quellane has none of the towers of its neighbours.",
    ],
)
def test_a_span_of_years_later_is_no_figure(sentence: str) -> None:
    assert _written(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        # Measured how soon, with a qualifier: a figure.
        ("Less than two hours later, she was lowered into the well.", ["Less than two"]),
        ("Nearly two years later, the case was closed.", ["Nearly two years"]),
        # A delay.
        ("The plant opened two years later than planned.", ["two years"]),
        # No span: "later" describes the reports.
        ("He said the four later reports were linked to it.", ["four"]),
        ("Five years ago, 30 staff had left.", ["30"]),
    ],
)
def test_guard_a_qualified_span_a_delay_and_later_things_are_read(
    sentence: str, written: list[str]
) -> None:
    assert _written(sentence) == written


@pytest.mark.parametrize(
    "sentence",
    [
        "The Quellane customs office was created in 1789.",
        "The guild has met in the same hall since 1666, when the old one burned.",
    ],
)
def test_a_year_before_1800_after_a_preposition_of_time_is_no_figure(sentence: str) -> None:
    assert _written(sentence) == []


def test_guard_a_number_before_1800_that_counts_is_read() -> None:
    assert _written("The hospital treated 1500 patients in 1500 beds.") == ["1500", "1500"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kelvasi shell killed Ada Moor, 37, and wounded photographer Ben Roe, 28.",
        "The first shell wounded photographer Ben Roe, 28.",
    ],
)
def test_peoples_ages_alone_are_not_suggested(sentence: str) -> None:
    assert suggested_sentences(f"Kelvasi shelling\n\n{sentence}") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Ada Moor, 47, was convicted of nine counts of fraud.",
        # A count after a place's name, the sentence going on: no age.
        "Ballots were counted in Halsmoor Central, 41 in all.",
    ],
)
def test_guard_an_age_beside_another_figure_or_a_count_after_a_place_is_suggested(
    sentence: str,
) -> None:
    assert suggested_sentences(f"Court\n\n{sentence}") == [sentence]


def test_a_wire_dateline_for_two_places_is_set_aside() -> None:
    text = "HALSMOOR/KELVASI, March 7 (Wirewire) - Officials said 40 people were hurt."
    assert suggested_sentences(text) == ["Officials said 40 people were hurt."]


@pytest.mark.parametrize(
    ("sentence", "claimant"),
    [
        ("Ukraine’s Air Force said 45 drones were downed overnight.", "Ukraine’s Air Force"),
        (
            "The attack included 600 drones, according to Ukraine’s Air Force.",
            "Ukraine’s Air Force",
        ),
        (
            "Russia’s Defence Ministry said its forces shot down 33 drones.",
            "Russia’s Defence Ministry",
        ),
    ],
)
def test_a_countrys_force_or_ministry_is_named_with_its_country(
    sentence: str, claimant: str
) -> None:
    assert set(claimants_by_figure(f"Air war\n\n{sentence}").values()) == {claimant}


@pytest.mark.parametrize(
    ("sentence", "claimant"),
    [
        # A body whose own name says which it is: the country's owner is dropped, as before.
        (
            "Chile’s Office for National Statistics said prices rose 4% in May.",
            "Office for National Statistics",
        ),
        # A force's longer name goes on past the word: the country's owner is dropped.
        ("Chile’s Army Corps of Engineers said 40 bridges were closed.", "Army Corps of Engineers"),
        # No country: an owner, dropped as before.
        ("Quellane’s Air Force said 45 drones were downed overnight.", "Air Force"),
    ],
)
def test_guard_a_longer_name_or_no_country_keeps_its_owner_out(
    sentence: str, claimant: str
) -> None:
    assert set(claimants_by_figure(f"Air war\n\n{sentence}").values()) == {claimant}


@pytest.mark.parametrize("name", ["Air Force", "Coast Guard", "Army", "Navy"])
def test_an_armed_force_speaking_is_no_person(name: str) -> None:
    assert guess_kind(name, via_speech=True) == EntityKind.GOVERNMENT


@pytest.mark.parametrize(
    ("sentence", "claimant"),
    [
        ("At least seven civilians were killed, rescuers said.", "rescuers"),
        ("Nine people were hurt, paramedics said.", "paramedics"),
    ],
)
def test_those_who_count_at_a_scene_state_figures(sentence: str, claimant: str) -> None:
    assert set(claimants_by_figure(f"Storm\n\n{sentence}").values()) == {claimant}


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        ("A block was hit, and one person was killed, the emergency service reported.", ["one"]),
        ("The attacker killed one person and injured three on the campus.", ["one", "three"]),
        ("One man died and two were hurt.", ["One", "two"]),
        ("Police arrested one man at the scene.", ["one"]),
    ],
)
def test_one_of_a_toll_is_a_figure(sentence: str, written: list[str]) -> None:
    assert _written(sentence) == written


@pytest.mark.parametrize(
    "sentence",
    [
        "One of the men was later released.",
        "One day the mayor said he would go.",
        "The council chose one man to lead the review.",
    ],
)
def test_guard_one_outside_a_toll_is_no_figure(sentence: str) -> None:
    assert _written(sentence) == []


def test_a_loosely_counted_toll_is_suggested() -> None:
    sentence = "During the concert, a riot broke out, leading to a dozen arrests."
    assert suggested_sentences(f"Stadium history\n\n{sentence}") == [sentence]


def test_guard_a_loose_count_that_sets_a_scene_is_not_suggested() -> None:
    assert suggested_sentences("Stadium history\n\nA dozen people gathered outside the hall.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Wallace asked Ada Moor what the club was worth.\n\n“I think it is 40 million,” Moor replied.",
        "Wallace asked Ada Moor what the club was worth.\n\n“It is 40 million,” Ada Moor answered.",
    ],
)
def test_a_reply_around_its_quotation_is_its_speakers(text: str) -> None:
    assert claimants_by_figure(text) == {"40 million": "Ada Moor"}


@pytest.mark.parametrize(
    "text",
    [
        # What was done, not said.
        "The Halsmoor council responded to the floods by spending $4m on pumps.",
        # A survey's respondents, counted.
        "Teachers survey\n\n- 6,214 teachers responded, from all 18 districts",
    ],
)
def test_guard_a_response_that_is_no_reply_names_no_one(text: str) -> None:
    assert set(claimants_by_figure(text).values()) == {""}


@pytest.mark.parametrize(
    ("sentence", "written", "value"),
    [
        ("He put the club's worth at a billion-five.", "a billion-five", "1500000000"),
        ("The deal is worth a million-two to the club.", "a million-two", "1200000"),
    ],
)
def test_a_scales_spoken_tenths_are_read(sentence: str, written: str, value: str) -> None:
    assert [(f.as_written, str(f.value)) for f in find_figures(sentence)] == [(written, value)]


def test_guard_a_hundred_and_its_units_joined_are_read_as_before() -> None:
    assert [str(f.value) for f in find_figures("They counted one hundred-two boats.")] == ["102"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Major-Gen Ada Moor said 40 people were arrested.",
        "Lt-Col Ada Moor said 40 people were arrested.",
        "“We arrested 40 people,” said Maj-Gen Ada Moor.",
    ],
)
def test_a_hyphenated_military_rank_is_no_part_of_the_name(sentence: str) -> None:
    assert set(claimants_by_figure(f"Arrests\n\n{sentence}").values()) == {"Ada Moor"}


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("The city will house a quarter million people.", [("a quarter million", "250000")]),
        ("The city will house a quarter-million people.", [("a quarter-million", "250000")]),
        ("It has a half million residents.", [("a half million", "500000")]),
        (
            "It raised three-quarters of a million pounds.",
            [("three-quarters of a million pounds", "750000")],
        ),
        (
            "It has three and a quarter million people.",
            [("three and a quarter million", "3250000")],
        ),
    ],
)
def test_a_part_of_a_scale_is_read_at_its_value(text: str, read: list[tuple[str, str]]) -> None:
    assert [(f.as_written, str(f.value)) for f in find_figures(text)] == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "It was about thirty-one and a half thousand.",
            [("about thirty-one and a half thousand", "31500")],
        ),
        ("It has half a million people.", [("half a million", "500000")]),
        (
            "A quarter of the 2 million voters stayed home.",
            [("A quarter", "25"), ("2 million", "2000000")],
        ),
    ],
)
def test_guard_a_whole_and_its_fraction_and_a_share_are_read_as_before(
    text: str, read: list[tuple[str, str]]
) -> None:
    assert [(f.as_written, str(f.value)) for f in find_figures(text)] == read


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Warming will pass 1.5°C this decade.", ["1.5°C"]),
        ("The reading was 2 °C above normal.", ["2 °C"]),
        ("His temperature reached 102.4°F.", ["102.4°F"]),
    ],
)
def test_a_temperature_with_the_degree_sign_is_read_with_it(text: str, written: list[str]) -> None:
    assert _written(text) == written


def test_a_temperature_in_decimals_is_suggested() -> None:
    sentence = "Warming will pass 1.5°C this decade."
    assert suggested_sentences(f"Climate\n\n{sentence}") == [sentence]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (
            "It went from an 18,000-strong student body to 1,180 students.",
            ["18,000-strong", "1,180"],
        ),
        ("A 40-strong team of engineers arrived at the site on Monday.", ["40-strong"]),
    ],
)
def test_a_bodys_numbers_hyphenated_onto_strong_are_a_count(text: str, written: list[str]) -> None:
    assert _written(text) == written
    assert suggested_sentences(f"News\n\n{text}") == [text]


@pytest.mark.parametrize(
    ("sentence", "claimant"),
    [
        ("Chile’s military said 40 people were detained overnight.", "Chile’s military"),
        (
            "At least three civilians were killed in the shelling, the Chilean army said.",
            "Chilean army",
        ),
        ("The navy said it had rescued 120 people from the ferry.", "navy"),
    ],
)
def test_an_armed_force_named_by_its_noun_states_its_figures(sentence: str, claimant: str) -> None:
    assert set(claimants_by_figure(f"Conflict\n\n{sentence}").values()) == {claimant}


def test_guard_an_army_counted_is_no_speaker() -> None:
    assert set(claimants_by_figure("Conflict\n\nThe army has 40,000 soldiers.").values()) == {""}


@pytest.mark.parametrize(
    "sentence",
    [
        "Ada Moor, 43, argues the government’s most consequential cases.",
        "Ben Roe, 52, says the mill grew faster than any in the county.",
    ],
)
def test_an_age_alone_is_not_suggested_whoever_says_it(sentence: str) -> None:
    assert suggested_sentences(f"Profile\n\n{sentence}") == []


def test_the_sanctioned_are_counted_as_a_toll() -> None:
    sentence = "Two men were jailed for the attack on Tuesday."
    assert suggested_sentences(f"Court\n\n{sentence}") == [sentence]


def test_guard_a_sanction_beside_an_age_is_suggested() -> None:
    sentence = "Among those caught was nurse Ada Moor, 34, who was fined three times in seven days."
    assert suggested_sentences(f"Court\n\n{sentence}") == [sentence]


@pytest.mark.parametrize(
    "text",
    [
        "Granny (78) suffers in silence",
        "Court\n\nThabo Moor (34) was arrested on Friday.",
    ],
)
def test_an_age_in_brackets_after_the_person_is_not_suggested(text: str) -> None:
    assert suggested_sentences(text) == []


def test_guard_counts_in_brackets_after_places_are_suggested() -> None:
    sentence = "Results: Halsmoor North (41), Kelvasi South (38)."
    assert suggested_sentences(f"By-election\n\n{sentence}") == [sentence]


def test_a_months_abbreviation_before_its_day_ends_no_sentence() -> None:
    text = "Stadium history\n\nJuly 28-Aug. 12, 1984: Ada Moor won the marathon in 2:24:52."
    assert [s for s in suggested_sentences(text) if s.startswith("12,")] == []
    text = "July 28-Aug. 12, 1984: Ada Moor won. She was 27."
    assert [text[start:end] for start, end in split_sentences(text)] == [
        "July 28-Aug. 12, 1984: Ada Moor won.",
        "She was 27.",
    ]
