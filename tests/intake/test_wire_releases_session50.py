"""Releases a newswire runs, and the people and organs a company release names, session 50.
Every sentence here was written for this test; every name is invented. Each test fails without
the change it describes, except guards."""

from tests.intake.claimants import claimants_by_figure


def _claimants(text: str, publisher: str = "Quillwire") -> dict[str, str]:
    return claimants_by_figure(text, publisher=publisher)


_RESULTS = (
    "Halvane Industries Reports Full-Year 2025 Results\n\n"
    "Feb 12, 2026, 06:45 ET\n\n"
    "KELVASI FALLS, Ore., Feb. 12, 2026 /Quillwire/ -- Halvane Industries, Inc. (NYSE: HLV), a "
    "maker of industrial pumps, today reported results for the full year ended December 31, "
    "2025.\n\n"
    "Net sales for the full year were $1.62 billion, an increase of 7.4%.\n\n"
    '"We closed the year with a backlog of $688 million," said Ada Tamsley, President and '
    "Chief Executive Officer.\n\n"
    "The Board of Directors declared a quarterly dividend of $0.33 per share.\n\n"
    "2026 Outlook\n\n"
    "The company expects 2026 net sales of $1.70 billion to $1.75 billion.\n\n"
    "About Halvane Industries\n\n"
    "Halvane Industries, Inc. employs about 4,100 people in 14 countries.\n\n"
    "SOURCE Halvane Industries, Inc.\n"
)


def test_a_release_a_newswire_runs_is_its_issuers() -> None:
    """A wire's page runs a company's release under its dateline's tag ("/Quillwire/ --"): what
    the release names no source for is the company's, not the wire's, the page's publisher."""
    claimants = _claimants(_RESULTS)
    assert claimants["$1.62 billion"] == "Halvane Industries"
    assert claimants["$0.33"] == "Halvane Industries"
    assert claimants["about 4,100"] == "Halvane Industries"
    assert claimants["$688 million"] == "Ada Tamsley"


def test_the_company_after_its_board_is_the_company() -> None:
    """ "The Board of Directors declared a dividend. / The company expects ...": the board is
    the company's organ, not the company "the company" means."""
    assert _claimants(_RESULTS)["$1.70 billion"] == "Halvane Industries"


def test_a_business_wire_dateline_and_a_source_line() -> None:
    """ "CITY--(QUILL WIRE)--X today announced": the wire's tag in brackets; and where the
    release's first sentence opens on no body, its "SOURCE" line names the issuer."""
    announced = (
        "KELVASI FALLS, Ore.--(QUILL WIRE)--Halvane Industries, Inc. (NYSE: HLV) today announced "
        "that it has agreed to acquire Pellwick Valve Co. for $212 million in cash.\n"
    )
    assert _claimants(announced)["$212 million"] == "Halvane Industries"
    sourced = (
        "OSTREVA, Nov. 3, 2026 (QUILL NEWSWIRE) -- Shoppers spent 6.2% more online in October "
        "than a year earlier.\n\n"
        "Online orders rose to 41.2 million.\n\n"
        "SOURCE Kelvasi Retail Consortium\n"
    )
    assert _claimants(sourced)["41.2 million"] == "Kelvasi Retail Consortium"


def test_a_release_tagged_with_its_issuers_name() -> None:
    """ "TORONTO, Oct. 22 /Halsmoor Food Network/ -- Families made 2.1 million visits ..., the
    annual report released today by Halsmoor Food Network": the tag names the issuer, whom the
    release names again; its first sentence opens on no body."""
    text = (
        "TORONTO, Oct. 22, 2026 /Halsmoor Food Network/ -- Families made 2.1 million visits to "
        "food pantries in March, according to the annual report released today by Halsmoor "
        "Food Network.\n\n"
        "More than a third of visitors were children.\n"
    )
    assert _claimants(text)["More than a third"] == "Halsmoor Food Network"


def test_guard_a_stations_or_an_agencys_dateline_opens_its_own_reporting() -> None:
    """Guard: "CITY, Mo. (KTRQ) —" and "CITY, Nov 3 (Quillpress) -" open the page's own
    reporting, whose unattributed figures are the publisher's."""
    station = (
        "CEDAR BASIN, Mo. (KTRQ) — City crews repaired 312 water main breaks last year.\n\n"
        "Repairs cost $6.1 million.\n"
    )
    assert _claimants(station, publisher="KTRQ")["$6.1 million"] == ""
    agency = "KELVASI, Nov 3 (Quillpress) - Kelvasi's economy grew 2.1% in the third quarter.\n"
    assert _claimants(agency, publisher="Quillpress")["2.1%"] == ""


def test_a_person_with_her_job_after_her_name_is_no_company() -> None:
    """ "..., said Ada Tamsley, President and Chief Executive Officer. / The company expects
    ...": a release writes the job after the name without an article; she was taken for the
    body that spoke last, and "the company" for her."""
    text = (
        "Halvane Industries reported record orders on Tuesday.\n\n"
        '"We closed the year with a backlog of $688 million," said Ada Tamsley, President and '
        "Chief Executive Officer.\n\n"
        "The company expects 2027 sales of $1.7 billion.\n"
    )
    assert _claimants(text)["$1.7 billion"] == "Halvane Industries"
