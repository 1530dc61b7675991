"""A body named once whose figures follow over several sentences and paragraphs: "the
bulletin", "the watchdog's league table", "the institute, in a report ..., estimated", "It
noted", and a person or a spokesperson who goes on as "She" or "He" in the next paragraph.
Every sentence here was written for this test; every name is invented."""

from tests.intake.claimants import claimants_by_figure as _claimants


def test_the_bulletin_is_the_body_whose_bulletin_the_article_named() -> None:
    text = (
        "Officials gathered in Lokoja for the launch of the annual health bulletin of the "
        "Federal Office of Disease Records.\n\n"
        "According to the bulletin, 18,400 cholera cases were recorded in 2024.\n"
    )
    assert _claimants(text) == {"18,400": "Federal Office of Disease Records"}


def test_the_watchdogs_table_is_the_watchdog_named_before() -> None:
    text = (
        "Broadband speeds in rural areas lag far behind, figures from the Telecoms Standards "
        "Ombudsman show.\n\n"
        "The watchdog's annual ranking, covering 3.2 million connections, put Brightline "
        "bottom.\n\n"
        "Complaints about outages doubled to 8,900, the ombudsman said.\n"
    )
    assert _claimants(text) == {
        "3.2 million": "Telecoms Standards Ombudsman",
        "8,900": "Telecoms Standards Ombudsman",
    }


def test_a_body_with_a_clause_between_it_and_its_verb() -> None:
    text = (
        "The Corrie Institute for Housing Studies warned of a shortfall.\n\n"
        "The institute, in a paper published on Monday, estimated that 27,000 homes a year "
        "were needed. It noted that barely half of them had been built.\n"
    )
    assert _claimants(text) == {
        "27,000": "Corrie Institute for Housing Studies",
        "half": "Corrie Institute for Housing Studies",
    }


def test_a_report_just_published_goes_on_as_it_and_the_report() -> None:
    text = (
        "The Fisheries Inspectorate has just released its annual review. It found that 14 of "
        "the 60 harbours had no working ice plant.\n\n"
        "The review said catches fell to 212,000 tonnes. Nineteen boats were laid up, it said.\n"
    )
    assert _claimants(text) == {
        "14": "Fisheries Inspectorate",
        "60": "Fisheries Inspectorate",
        "212,000": "Fisheries Inspectorate",
        "Nineteen": "Fisheries Inspectorate",
    }


def test_she_in_the_next_paragraph_is_the_person_introduced_before() -> None:
    text = (
        "Parents' advocate Wanjiru Halvorsen-Odhiambo, of the group Fair Fees Now, criticised "
        "the increase.\n\n"
        "She told reporters that one in three families had fallen behind on payments.\n"
    )
    assert _claimants(text) == {"one in three": "Wanjiru Halvorsen-Odhiambo"}


def test_he_in_the_next_paragraph_is_the_spokesman_who_spoke_last() -> None:
    text = (
        "Campaigner Oskar Lindqvist-Ade said the fares were unfair.\n\n"
        'A Pellow Ferries spokesman responded: "We carried 2.4 million passengers on time."\n\n'
        "He blamed storms for 310 cancellations in January.\n"
    )
    assert _claimants(text) == {"2.4 million": "Pellow Ferries", "310": "Pellow Ferries"}


def test_the_publishers_own_sentence_after_a_body_stays_the_publishers() -> None:
    """A sentence naming no source, in a paragraph of its own, is the article's statement even
    after a body has spoken."""
    text = (
        "Rents rose 6 percent, the Lanmore Housing Bureau said.\n\n"
        "The city has 48,000 rented homes.\n"
    )
    assert _claimants(text) == {"6 percent": "Lanmore Housing Bureau", "48,000": ""}


def test_published_findings_go_on_as_the_audit_and_it() -> None:
    text = (
        "The National Audit Bureau published its findings on Monday.\n\n"
        "The audit found that 2.1 billion shillings was unaccounted for. It also flagged 46 "
        "ghost workers.\n"
    )
    assert _claimants(text) == {
        "2.1 billion": "National Audit Bureau",
        "46": "National Audit Bureau",
    }


def test_it_opening_a_later_paragraph_goes_on_with_the_bulletins_body() -> None:
    text = (
        "The Harbour Statistics Office released its quarterly bulletin.\n\n"
        "The bulletin showed exports fell 9 per cent.\n\n"
        "It noted that imports rose by a quarter.\n"
    )
    assert _claimants(text) == {
        "9 per cent": "Harbour Statistics Office",
        "a quarter": "Harbour Statistics Office",
    }


def test_a_document_set_off_with_who_published_it_is_its_publishers() -> None:
    text = "The league table, published by the Schools Inspectorate, ranked 1,200 schools.\n"
    assert _claimants(text) == {"1,200": "Schools Inspectorate"}
