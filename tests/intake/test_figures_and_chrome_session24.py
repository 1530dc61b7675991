"""Figures and page chrome from tuning on the blind set 117-124. What is read: an amount written
with the Philippine peso's "P" ("P52 a kilo", "P1.8 billion"), only in a text that names the
peso and only in an amount's shape; a fraction as the size of a difference ("a fifth more
than") and as the subject of a verb ("two-thirds backed"). What is never suggested: the
headline and standfirst above a byline of two reporters and a line of stamps, a reader-funding
ask ("Support us from £3 a month"), a long line that opens on "Subscribe", and a press contact
line ("Media enquiries: ..."). Every sentence here was written for this test; every name is
invented.

Each test fails without the change it describes, except those marked as guards, which hold a
limit of the change and pass either way."""

from decimal import Decimal

from claims.figures_parser import find_figures
from intake.extract import extract_suggestions
from intake.normalise import normalise
from tests.intake.claimants import suggested_sentences as _suggested

_BODY = "Fire crews were called to 312 grass fires last month, the service said."


def _read(sentence: str, named: frozenset[str] | None = None) -> list[tuple[str, Decimal, str]]:
    return [(f.as_written, f.value, f.currency) for f in find_figures(sentence, named=named)]


def _money(sentence: str) -> list[tuple[str, Decimal, str]]:
    return [(f.as_written, f.value, f.currency) for f in find_figures(sentence) if f.currency]


# -- the peso's "P" ---------------------------------------------------------------------------


def test_p_amounts_are_pesos_where_the_text_names_the_peso() -> None:
    """The peso is named in one sentence, the amounts are in others: the extractor parses one
    sentence at a time, and the whole text's currency reaches each."""
    text = (
        "Onion prices climb again\n\n"
        "Red onions sold for P180 to P210 a kilo in Marlo City on Friday, the market office said.\n\n"
        "Growers were paid P64.50 a kilo at the farm gate, traders said.\n\n"
        "The agency has spent P2.4 billion on cold storage since 2024, its report showed.\n\n"
        "A weaker peso has made imports dearer, importers said.\n"
    )
    read = [
        (figure.as_written, figure.value, figure.currency)
        for item in extract_suggestions(normalise(text))
        for figure in item.figures
        if figure.currency
    ]
    assert ("P180", Decimal(180), "PHP") in read
    assert ("P210", Decimal(210), "PHP") in read
    assert ("P64.50", Decimal("64.50"), "PHP") in read
    assert ("P2.4 billion", Decimal(2_400_000_000), "PHP") in read


def test_the_peso_sign_names_the_currency_too() -> None:
    assert _money("Fares rose to ₱15, and a card ride now costs P13 a trip.") == [
        ("₱15", Decimal(15), "PHP"),
        ("P13", Decimal(13), "PHP"),
    ]


def test_a_sentence_takes_the_currency_its_text_names() -> None:
    text = "The peso fell 2 percent.\n\nA sack of rice now costs P2,450 at retail.\n"
    (item,) = extract_suggestions(normalise(text))[-1:]
    assert [(f.as_written, f.currency) for f in item.figures] == [("P2,450", "PHP")]


def test_the_priced_shapes_of_a_p_amount() -> None:
    pesos = frozenset({"PHP"})
    assert [w for w, _, _ in _read("Pork sells at P390 per kilo.", pesos)] == ["P390"]
    assert [w for w, _, _ in _read("Eggs went from P8 to P9.", pesos)] == ["P8", "P9"]
    assert [w for w, _, _ in _read("A tin of sardines is P27.75.", pesos)] == ["P27.75"]
    assert [w for w, _, _ in _read("The fare will be set at P14.", pesos)] == ["P14"]


def test_p_amounts_are_not_read_where_the_peso_is_not_named() -> None:
    """Guard: "P" names a tax form, a school year, a part: without the peso named, no amount."""
    assert _money("Rice sold for P52 a kilo and the plan stalled.") == []
    assert _read("She got her P45 on Friday and a P60 in April.") == []


def test_p_and_digits_without_an_amounts_shape_are_not_read_in_a_peso_text() -> None:
    """Guard: even where the peso is named, "P7 pupils" is a school year, not seven pesos."""
    assert _read("The P7 pupils sang in Tagalog.", frozenset({"PHP"})) == []


def test_another_texts_currency_does_not_reach_a_text() -> None:
    """Guard: the peso named in one article does not make "P3" an amount in the next."""
    extract_suggestions(normalise("The peso slid again.\n\nRice costs P52 a kilo.\n"))
    text = "Bus fares rose to P3 a ride for the P7 class, the operator said.\n"
    assert [
        f.as_written for item in extract_suggestions(normalise(text)) for f in item.figures
    ] == []


# -- fractions --------------------------------------------------------------------------------


def test_a_fraction_before_more_than_is_a_relative_difference() -> None:
    assert _read("Arrivals reached 2.4 million, nearly a fifth more than a year earlier.") == [
        ("2.4 million", Decimal(2_400_000), ""),
        ("nearly a fifth", Decimal(20), ""),
    ]
    assert ("a tenth", Decimal(10), "") in _read("Output was a tenth lower than forecast.")


def test_a_plural_fraction_as_the_subject_of_a_verb_is_a_share() -> None:
    assert _read("Of 600 replies, two-thirds favoured a later start.") == [
        ("600", Decimal(600), ""),
        ("two-thirds", Decimal("66.67"), ""),
    ]
    assert _read("Just under three-fifths opposed the merger.") == [
        ("Just under three-fifths", Decimal(60), "")
    ]
    assert _read("He said that two-thirds involved older vans.") == [
        ("two-thirds", Decimal("66.67"), "")
    ]


def test_a_singular_fraction_with_a_verb_and_its_object_is_a_share() -> None:
    assert _read("A fifth voted against the budget.") == [("A fifth", Decimal(20), "")]


def test_an_ordinal_before_an_adjective_is_no_share() -> None:
    """Guard: "a third armed man" is the third of them; "half filled" is an adverb."""
    assert _read("Police arrested a third armed man.") == []
    assert _read("The tank was half filled with rainwater.") == []
    assert _read("It was a fifth consecutive rise.") == []


# -- chrome -----------------------------------------------------------------------------------


_HEADER = (
    "THE HARBOUR TRIBUNE\n\n"
    "Ambulance waits rose 31% this year. The trust blames staffing. Paramedics disagree.\n\n"
    "A Tribune analysis of 9,210 call logs found the longest waits were in rural areas.\n\n"
)
_STORY = (
    "Ambulances took 31% longer to reach the most urgent calls this year, according to "
    "9,210 call logs analysed by the Tribune."
)


def test_a_byline_of_two_reporters_closes_the_header() -> None:
    """What is above the byline is the page's headline and standfirst, which the story under
    them repeats; a byline may name two reporters."""
    text = f"{_HEADER}By Orla Penhallow-Ives and Tomasz Erdenet-Kaur\n\n{_STORY}\n"
    assert _suggested(text) == [_STORY]


def test_a_line_of_stamps_closes_the_header() -> None:
    stamps = "Published 7:15 a.m. ET Jan. 8, 2027  |  Updated 10:05 a.m. ET Jan. 8, 2027"
    assert _suggested(f"{_HEADER}{stamps}\n\n{_STORY}\n") == [_STORY]


def test_a_line_of_stamps_set_off_by_bars_is_a_dateline() -> None:
    stamps = "Published 6:40 p.m. ET March 3, 2027 | Updated 9:02 p.m. ET March 3, 2027"
    normalised = normalise(f"{stamps}\n\n{_BODY}\n")
    assert normalised.kinds_at(0, len(stamps)) == {"dateline"}


def test_a_reader_funding_ask_is_not_suggested() -> None:
    pitch = "Like The Back Stand? We're volunteer-run. Support us from £4 a month on Patronly."
    assert _suggested(f"{_BODY}\n\n{pitch}\n") == [_BODY]


def test_a_long_line_that_opens_on_subscribe_is_not_suggested() -> None:
    line = (
        "Subscribe to Tribune Extra for only $6 a month and get unlimited access to every story "
        "and our archive."
    )
    assert len(line.split()) > 16
    assert _suggested(f"{_BODY}\n\n{line}\n") == [_BODY]


def test_a_press_contact_line_is_not_suggested() -> None:
    for line in (
        "Media enquiries: newsdesk@rivers-example.org, available 24 hours",
        "Press office: 020 7946 0321 (staffed 8am to 6pm, 7 days a week)",
    ):
        assert _suggested(f"{_BODY}\n\n{line}\n") == [_BODY], line


def test_a_sentence_about_press_enquiries_stays() -> None:
    """Guard: the label needs its colon and an address or a number after it."""
    line = "Media enquiries rose 40% last year, the council's communications team said."
    assert _suggested(f"{_BODY}\n\n{line}\n") == [_BODY, line]


def test_a_fact_box_under_the_story_stays() -> None:
    """Guard: a fact box inside the story states the story's figures; it is not suppressed."""
    text = f"{_BODY}\n\nKey figures:\n- 1,204 callouts to chimney fires\n- 87 crews on standby\n"
    assert _suggested(text) == [
        _BODY,
        "- 1,204 callouts to chimney fires",
        "- 87 crews on standby",
    ]
