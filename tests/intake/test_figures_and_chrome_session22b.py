"""Digits that are no figure and page chrome the extractor took for claims, and shares in a
bulleted list it lost. What is never read as a figure: a phone number written in groups of
digits that are no thousands grouping ("1800 555 0172", "0800 123 4567", "+44 20 7946 0000")
or after a word that dials it ("call 999 if ...", "ring the helpline on 13 14 50"), and the
digits of a DOI, an ISBN or an ISSN. What is never suggested: a reading or listening time
("Estimated 7 minutes", "5 min read"), a paywall's prices ("Subscribe for £1 for your first
three months, then £12 a month."), a citation line ("Journal reference: ..., DOI: ..."). What
is kept: a bullet under a colon lead-in ("Other findings:") is the list's sentence, not a
heading, so its share stands even where the body states a figure near it. Every sentence here
was written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards, which hold a
limit of the change and pass either way."""

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from claims.figures_parser import find_figures
from tests.intake.claimants import suggested_sentences as _suggested


def _values(sentence: str) -> list[tuple[str, Decimal]]:
    return [(f.as_written, f.value) for f in find_figures(sentence)]


_BODY = "Fire crews were called to 312 grass fires last month, the service said.\n\n"


# -- phone numbers --------------------------------------------------------------------------


def test_a_phone_number_in_groups_that_are_no_thousands_grouping() -> None:
    for sentence in (
        "For warnings, call the Wexley Fire Line on 1800 555 0172 or visit the website.",
        "The helpline, 1300 655 207, is open every day.",
        "Freephone 0800 123 4567 for advice.",
        "Bookings: 555 0172 on weekdays.",
        "From abroad, dial +44 20 7946 0000.",
        "The hotline is (555) 010-4477.",
        "Call 1-800-555-0139 for the audience line.",
        "Reach the desk on 1 800 555 0139.",
    ):
        assert _values(sentence) == [], sentence


def test_a_number_a_word_dials_is_a_phone_number() -> None:
    for sentence in (
        "If you see smoke, call 999 immediately.",
        "Ring 111 or visit the NHS website.",
        "In an emergency dial 911.",
        "Worried? Ring the Carrowby helpline on 13 14 50.",
        "Text HELP to 85258 for free support.",
        "Tel: 01632 960 123.",
        "Phone 020 7946 0321 between 9am and 5pm.",
    ):
        assert _values(sentence) == [], sentence


def test_a_phone_number_line_is_not_suggested() -> None:
    text = (
        f"{_BODY}Fire danger ratings and warnings: call the Drennan Bushfire Line on "
        "1800 555 0172 or visit the agency's website.\n"
    )
    assert _suggested(text) == [_BODY.strip()]


def test_what_is_no_phone_number() -> None:
    """Guard: thousands grouped by spaces, a year before a count, a count after "call" or
    "ring" and a count a text names stay figures."""
    assert _values("The region has 12 345 678 inhabitants.") == [("12 345 678", Decimal(12345678))]
    assert _values("In 2023 155 people were rescued from the river.") == [("155", Decimal(155))]
    assert _values("Officers had to call 40 families before dawn.") == [("40", Decimal(40))]
    assert _values("Volunteers ring 1,200 older residents every week.") == [
        ("1,200", Decimal(1200))
    ]
    assert _values("The helpline took 48 000 calls last year.") == [("48 000", Decimal(48000))]
    assert _values("Calls to the line rose 12% on the year.") == [("12%", Decimal(12))]


@given(
    number=st.integers(min_value=1000, max_value=999_999_999_999),
    frame=st.sampled_from(
        [
            "The region has {n} inhabitants.",
            "Call volumes reached {n} last year.",
            "The helpline took {n} calls, up on the year.",
            "On {n} occasions the line was busy.",
            "In 2023 {n} people were helped.",
        ]
    ),
)
def test_any_space_grouped_thousands_number_reads_as_itself(number: int, frame: str) -> None:
    written = f"{number:,}".replace(",", " ")
    figures = find_figures(frame.format(n=written))
    assert [(f.as_written, f.value) for f in figures] == [(written, Decimal(number))]


@given(
    lead=st.integers(min_value=1000, max_value=9999),
    middle=st.integers(min_value=100, max_value=999),
    last=st.integers(min_value=1000, max_value=9999),
)
def test_any_four_three_four_number_is_a_phone_number(lead: int, middle: int, last: int) -> None:
    assert find_figures(f"For details call the office on {lead} {middle} {last}.") == []
    assert find_figures(f"Information line: {lead} {middle} {last}") == []


# -- DOIs, ISBNs and ISSNs --------------------------------------------------------------------


def test_the_digits_of_a_doi_an_isbn_or_an_issn_are_no_figure() -> None:
    for sentence in (
        "DOI: 10.5521/acaq.2026.0114",
        "The paper (doi:10.1093/ije/dyab123) is open access.",
        "Read it at https://doi.org/10.4321/jrn.2025.77.",
        "ISBN 978-1-4028-9462-6",
        "ISBN: 0 306 40615 2",
        "ISSN 2049-3630",
    ):
        assert _values(sentence) == [], sentence


def test_a_citation_line_is_not_suggested() -> None:
    for line in (
        "Journal reference: Annals of Harbour Medicine, DOI: 10.5521/ahm.2026.0114",
        "Reference: Tolmey R et al. Journal of Coastal Ecology, vol. 41, pp. 112-130 (2025).",
        "Source: Brenning Review of Transport Studies, 2024, 18(3): 201-219.",
        "Citation: Osei-Varga, P. (2025). Rents and wages. Urban Quarterly, 12, 45-67.",
        "Full paper: doi.org/10.7781/uq.2025.0045",
    ):
        assert _suggested(f"{_BODY}{line}\n") == [_BODY.strip()], line


def test_a_source_line_that_is_no_citation_is_kept_apart() -> None:
    """Guard: a sentence that reports a study with its figures stays the body's."""
    text = (
        "The study, published in the Journal of Coastal Ecology, found that 41% of the "
        "dunes had lost cover since 2010.\n"
    )
    assert len(_suggested(text)) == 1


# -- reading and listening times -----------------------------------------------------------


def test_a_reading_or_listening_time_is_no_claim() -> None:
    for line in (
        "Estimated 7 minutes",
        "Estimated reading time: 7 minutes",
        "Listen to this article Estimated 12 minutes",
        "7-minute read",
        "Listen: 4 min",
        "Reading time: 6 mins",
        "5 min listen",
    ):
        assert _suggested(f"{line}\n\n{_BODY}") == [_BODY.strip()], line


def test_a_journey_time_in_a_sentence_is_a_claim() -> None:
    """Guard: an estimated time the story reports stays a claim."""
    text = "The new line will cut the journey to an estimated 7 minutes, the operator said.\n"
    assert len(_suggested(text)) == 1


# -- a paywall's prices ----------------------------------------------------------------------


def test_a_paywalls_prices_are_no_claim() -> None:
    for line in (
        "You've read 4 articles this month. Subscribe for £1 for your first three months, "
        "then £12 a month. Cancel anytime.",
        "Subscribe for £1 for your first three months, then £12 a month.",
        "Get 3 months for £1, then £6.99 a month.",
        "Only £2 a week for unlimited access to local news.",
        "Try it free for 30 days, then $9.99 a month.",
        "Join for $1 and support our reporters.",
        "Subscribe from £1.50 a week.",
        "You have 2 free articles left this month.",
    ):
        assert _suggested(f"{_BODY}{line}\n") == [_BODY.strip()], line


def test_a_subscription_business_in_the_news_is_a_claim() -> None:
    """Guard: what a service charges or how many subscribe it has, reported, stays a claim."""
    for sentence in (
        "Subscribers pay £12 a month, the company said.",
        "The service costs $9.99 a month, the company said.",
        "Streamline said its subscriber numbers rose 12% to 4.1 million.",
        "The newsletter has 12,000 subscribers, its editor said.",
        "Only £2 a week separates the cheapest and dearest tariffs, the regulator said.",
        "Members who join for $1 a month get no vote, the union's rules say.",
    ):
        assert _suggested(f"{sentence}\n") == [sentence], sentence


# -- a bulleted list under a colon lead-in ---------------------------------------------------


_FINDINGS = (
    "The survey estimates that 16.9% of adults were victims of crime last year, down from "
    "18.2% the year before, the bureau said.\n\n"
    "Other findings from the survey:\n\n"
    "- Fraud remained the most common crime, experienced by 6.3% of adults\n\n"
    "- One in five adults said they worried about violent crime\n\n"
    "- Rail operators collected only about a quarter of the fines they issued\n\n"
    "Ministers will publish their own figures next week.\n"
)


def test_a_share_in_a_bulleted_list_under_a_lead_in_is_suggested() -> None:
    suggested = _suggested(_FINDINGS)
    assert "- One in five adults said they worried about violent crime" in suggested
    assert "- Rail operators collected only about a quarter of the fines they issued" in suggested
    assert "Other findings from the survey:" not in suggested


def test_a_headline_with_a_dash_is_still_a_heading() -> None:
    """Guard: a short line after a paragraph that ends in a full stop, a bullet with no lead-in
    or a heading over a list, still sums up the body (it is not suggested for the body's
    figure)."""
    text = (
        "- One in five adults worried about crime\n\n"
        "A survey found that 20% of adults worried about violent crime, the bureau said.\n"
    )
    assert _suggested(text) == [
        "A survey found that 20% of adults worried about violent crime, the bureau said."
    ]


def test_a_count_after_a_word_that_dials_stays_a_figure() -> None:
    """Guard: what a dialling word counts ("ring 1200 residents") is a figure."""
    assert _values("Volunteers ring 1200 older residents every week.") == [("1200", Decimal(1200))]
    assert _values("Staff had to call 12 000 customers.") == [("12 000", Decimal(12000))]
