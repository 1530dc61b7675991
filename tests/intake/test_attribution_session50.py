"""Claimants, session 50. Every sentence here was written for this test; every name is
invented. Each test fails without the change it describes, except guards."""

from tests.intake.claimants import claimants_by_figure


def _claimants(text: str, publisher: str = "Kelvasi Herald") -> dict[str, str]:
    return claimants_by_figure(text, publisher=publisher)


def test_a_body_that_counts_with_its_short_form_in_brackets() -> None:
    """ "The Kelvasi Centre for Disease Control (KCDC) has recorded 112 deaths": the short form
    in brackets after the name stood between the body and its verb; the count went to the
    publisher."""
    text = (
        "The Kelvasi Centre for Disease Control (KCDC) has recorded 112 deaths from Lassa fever "
        "since the start of the year.\n"
    )
    assert _claimants(text)["112"] == "Kelvasi Centre for Disease Control"


def test_according_to_the_report_for_a_week() -> None:
    """ "According to the report for week 12, ...": what the report covers after its noun; the
    report is the one the body published, named in the paragraph before."""
    text = (
        "The Kelvasi Centre for Disease Control published its latest situation report on "
        "Friday.\n\n"
        "According to the report for week 12, new confirmed cases rose from 17 in week 11 to "
        "24.\n"
    )
    assert _claimants(text)["24"] == "Kelvasi Centre for Disease Control"
    dated = text.replace("the report for week 12", "the report published on Friday")
    assert _claimants(dated)["24"] == "Kelvasi Centre for Disease Control"


def test_guard_the_report_published_by_a_body_is_that_bodys() -> None:
    """Guard: "according to the report issued by X" names its owner after the words that say
    how it came out; it is not the report the article named before."""
    text = (
        "The Kelvasi Centre for Disease Control published its latest situation report on "
        "Friday.\n\n"
        "According to the report issued by Pellwick Trust, 24 clinics closed.\n"
    )
    assert _claimants(text)["24"] == "Pellwick Trust"


def test_a_tables_source_note_names_a_body_with_of_in_its_name() -> None:
    """ "Source: Ministry of Agriculture weekly input price bulletin": the ministry owns the
    bulletin; the whole note was taken for the claimant's name."""
    text = (
        "Fertiliser prices eased again last week.\n\n"
        "| Product | This week | Last week |\n"
        "| Urea | KSh3,450 | KSh3,520 |\n"
        "| DAP | KSh4,100 | KSh4,150 |\n\n"
        "Source: Ministry of Agriculture weekly input price bulletin\n"
    )
    assert _claimants(text)["KSh4,100"] == "Ministry of Agriculture"


def test_a_surveys_maker_named_before_its_client() -> None:
    """ "A Halsmoor Strategies survey of 512 registered voters, commissioned by the Corvath
    campaign, has Corvath at 40%": the survey is its maker's; the campaign that ordered it
    was taken for its source."""
    text = (
        "A Halsmoor Strategies survey of 512 registered voters, commissioned by the Corvath "
        "campaign, has Corvath at 40% and Tamsley at 39%.\n"
    )
    assert _claimants(text)["40%"] == "Halsmoor Strategies"


def test_guard_a_study_named_only_by_its_client_is_the_clients() -> None:
    """Guard: "a 2024 study commissioned by the city's tourism office, which estimated ...":
    where no maker is named, the client that ordered the study gives its figures."""
    text = (
        "That figure comes from a 2024 study commissioned by the Pellwick Tourism Office, "
        "which estimated that each overseas visitor spent €1,140 over the weekend.\n"
    )
    assert _claimants(text)["€1,140"] == "Pellwick Tourism Office"
    opened = (
        "The study, commissioned by the Pellwick Tourism Office, put visitor spending at €48m.\n"
    )
    assert _claimants(opened)["€48m"] == "Pellwick Tourism Office"


def test_a_companys_filings_are_its_own() -> None:
    """ "X paid $1.2bn for its rival, according to company filings / the company's filings /
    company filings show": what a company filed with its regulator is its own statement; the
    figure went to the publisher, or to "the company" unresolved."""
    for source in (
        "according to company filings",
        "according to the company's filings",
        "company filings show",
    ):
        text = f"Pellwick Foods paid $1.2bn for its rival Quellane Snacks, {source}.\n"
        assert _claimants(text)["$1.2bn"] == "Pellwick Foods", source


def test_guard_court_filings_are_no_courts() -> None:
    """Guard: "court filings" are filed in a case by its parties; no court states them."""
    text = (
        "An arbitration tribunal awarded Halsmoor Water $740 million in 2023. Pellwick Foods "
        "has paid about a third of that, according to court filings.\n"
    )
    assert _claimants(text)["about a third"] == ""
    shown = text.replace("according to court filings", "court filings show")
    assert _claimants(shown)["about a third"] == ""


def test_a_role_before_the_speakers_name_over_a_quotation() -> None:
    """ "Union leader Ada Tamsley said: “...”", "Ward councillor Ada Tamsley said: “...”", "...
    told the Halsmoor Herald: “...”": the name after the role that describes her; the role was
    read into her name, or (a role of a word the reader knows no agent by) its first word
    alone ("Ward")."""
    for role in ("Union leader", "Trust chief executive", "Ward councillor", "Team captain"):
        for verb in ("said", "told the Halsmoor Herald"):
            text = f'{role} Ada Tamsley {verb}: "We have hired 300 nurses since January."\n'
            assert _claimants(text)["300"] == "Ada Tamsley", (role, verb)


def test_a_bodys_name_with_of_over_a_quotation() -> None:
    """ "The Kelvasi Bureau of Statistics said: “...”": the body's whole name; it was cut at
    "of"."""
    text = 'The Kelvasi Bureau of Statistics said: "Inflation rose to 4.2% in May."\n'
    assert _claimants(text)["4.2%"] == "Kelvasi Bureau of Statistics"


def test_guard_a_title_with_of_runs_into_the_name() -> None:
    """Guard: "Director of Public Health Ada Tamsley said: “...”": the title's own capitals
    after "of", "for" or "and" are no part of the name the role describes."""
    for title in (
        "Director of Public Health",
        "Minister for Housing",
        "Secretary for Roads and Rail",
    ):
        text = f'{title} Ada Tamsley said: "We have hired 300 nurses."\n'
        assert _claimants(text)["300"] == "Ada Tamsley", title


def test_a_person_at_or_from_her_body() -> None:
    """ "Ada Tamsley at Pellwick Bank said ...", "Dr Ada Tamsley from the Kelvasi Institute
    says ...", "..., said Ada Tamsley from Pellwick Bank": "at" and "from" join a person to
    her body as "of" does; the body was the claimant (96 of 160 sentences of a sweep)."""
    for text in (
        "Ada Tamsley at Pellwick Bank said inflation would peak at 4.2% in May.",
        "Dr Ada Tamsley from the Kelvasi Institute says inflation will peak at 4.2% in May.",
        "Ada Tamsley at Pellwick Bank estimates that inflation will peak at 4.2% in May.",
        "Inflation will peak at 4.2% in May, said Ada Tamsley from Pellwick Bank.",
    ):
        assert _claimants(text)["4.2%"] == "Ada Tamsley", text


def test_guard_a_pair_of_capitals_at_a_body_that_does_not_speak() -> None:
    """Guard: "Pass Rates at Halsmoor Academy rose to 61%": no one speaks after the body, and
    no claimant is named that the article does not write ("Pass Rates of ...")."""
    text = "Pass Rates at Halsmoor Academy rose to 61% this summer, the school said.\n"
    assert " of " not in _claimants(text)["61%"]


def test_guard_a_longer_run_of_capitals_or_a_body_at_a_body() -> None:
    """Guard: "Staff Nurse Ada Tamsley at X Hospital" (more capitals than a name's) and "X Bank
    at the Y Fair" (a body's name) are not joined as a person of her body: no claimant is
    named that the article does not write."""
    for text in (
        "Staff Nurse Ada Tamsley at Halsmoor Hospital said 40 beds were closed.",
        "Pellwick Bank at the Halsmoor Trade Fair said it had hired 40 staff.",
    ):
        assert " of " not in _claimants(text)["40"], text


def test_she_is_not_the_man_who_spoke_last() -> None:
    """ "Tobias Corvath ... he said. / There are, she said, 148,900 officers": "she" names
    the woman introduced before him, not the person who spoke last, whom the article gave
    "he"; so does "she" where the article titles him "Mr"."""
    text = (
        "The folder belonged to Ada Tamsley, the policing minister.\n\n"
        'Tobias Corvath, her shadow, read the figures out. "That is 6,850 officers," he '
        "said.\n\n"
        "There are, she said, 148,900 officers in the country.\n"
    )
    assert _claimants(text)["148,900"] == "Ada Tamsley"
    titled = text.replace(
        '"That is 6,850 officers," he said.',
        '"That is 6,850 officers," said Tobias Corvath. Mr Corvath sat down.',
    )
    assert _claimants(titled)["148,900"] == "Ada Tamsley"


def test_guard_she_names_the_woman_who_spoke_last() -> None:
    """Guard: with no other pronoun or title given, "she" goes on naming the person who spoke
    last."""
    text = (
        "Ada Tamsley, the policing minister, spoke first.\n\n"
        "There are, she said, 148,900 officers in the country.\n"
    )
    assert _claimants(text)["148,900"] == "Ada Tamsley"


def test_more_verbs_of_saying() -> None:
    """ "X cautioned that ...", "..., X complained.", "X suggested ...", "..., X alleged.",
    "X indicated that ...", "X posted that ...": verbs of saying as "said" is; the figure was
    the publisher's."""
    for text in (
        "Ada Tamsley cautioned that 4,200 homes would lose water.",
        "4,200 homes will lose water, Ada Tamsley complained.",
        "Ada Tamsley suggested 4,200 homes would lose water.",
        "4,200 homes will lose water, Ada Tamsley alleged.",
        "Ada Tamsley indicated that 4,200 homes would lose water.",
        "Ada Tamsley posted that 4,200 homes would lose water.",
    ):
        assert _claimants(text)["4,200"] == "Ada Tamsley", text


def test_guard_an_alleged_thing_is_no_saying() -> None:
    """Guard: "The alleged fraud" is a noun's adjective, no one's saying; "Ada Tamsley alleged
    fraud had cost ..." is hers."""
    assert _claimants("The alleged fraud cost the town £4.2m last year.\n")["£4.2m"] == ""
    text = "Ada Tamsley alleged fraud had cost the town £4.2m last year.\n"
    assert _claimants(text)["£4.2m"] == "Ada Tamsley"


def test_it_after_a_bodys_officials() -> None:
    """ "Officials at the X Board met on Tuesday. It said ...": the board its officials are
    at, not "Officials", is the subject "it" goes on with, in the paragraph and the next."""
    for separator in (" ", "\n\n"):
        text = (
            "Officials at the Halsmoor Water Board met on Tuesday."
            f"{separator}It said 4,200 homes were affected.\n"
        )
        assert _claimants(text)["4,200"] == "Halsmoor Water Board", repr(separator)


def test_it_said_after_the_figure_in_the_next_paragraph() -> None:
    """ "The X Board came under pressure on Tuesday. / 4,200 homes were affected, it said.":
    "it" set off after the figure, in the paragraph's first sentence, names the body the
    paragraph before ended on as its subject, as "It said" opening it does."""
    text = (
        "The Halsmoor Water Board came under pressure on Tuesday.\n\n"
        "4,200 homes were affected, it said.\n"
    )
    assert _claimants(text)["4,200"] == "Halsmoor Water Board"


def test_names_with_a_particle_or_a_joined_article() -> None:
    """ "Jan de Vries said ...": a given name that is a month's word before a particle and a
    surname (it gave "Vries"); "..., said Ahmed al-Rashid, the water board's chief
    executive": an Arabic family name's article joined to it (it gave "Ahmed")."""
    for text, name in (
        ("Jan de Vries said 4,200 homes had lost water.", "Jan de Vries"),
        (
            "4,200 homes have lost water, said Ahmed al-Rashid, the water board's chief executive.",
            "Ahmed al-Rashid",
        ),
        ("According to Ahmed al-Rashid, 4,200 homes have lost water.", "Ahmed al-Rashid"),
    ):
        assert _claimants(text)["4,200"] == name, text


def test_the_firm_after_a_research_firm() -> None:
    """ "Corvath Research came under pressure. / The firm said ...": a firm named for its
    trade as research is the firm "the firm" and "the company" mean (it gave none)."""
    for noun in ("firm", "company"):
        text = (
            "Corvath Research came under pressure on Tuesday.\n\n"
            f"The {noun} said 4,200 homes were affected.\n"
        )
        assert _claimants(text)["4,200"] == "Corvath Research", noun


def test_guard_a_university_is_no_firm() -> None:
    """Guard: "Halsmoor University came under pressure. / The firm said ...": a university is
    no firm."""
    text = (
        "Halsmoor University came under pressure on Tuesday.\n\n"
        "The firm said 4,200 homes were affected.\n"
    )
    assert _claimants(text)["4,200"] != "Halsmoor University"


def test_a_figure_compared_with_a_named_studys() -> None:
    """ "Pellwick Research found 41% support, compared with 38% in a Corvath Polling survey":
    the figure compared is the survey's maker's; the one before it the main clause's (both
    had gone to the survey named last)."""
    text = (
        "Pellwick Research found 41% support for the bond, compared with 38% in a Corvath "
        "Polling survey, and 12% undecided.\n"
    )
    claimants = _claimants(text)
    assert claimants["41%"] == "Pellwick Research"
    assert claimants["38%"] == "Corvath Polling"
    assert claimants["12%"] == "Pellwick Research"


def test_guard_a_report_of_a_month_is_no_maker() -> None:
    """Guard: "compared with 5.2% in the February report" names when the report came out, no
    one who made it; figures after the comparison are the speaker's still."""
    text = (
        "Ada Tamsley, the bank's chief economist, said staff now expected wage growth of 6.1% "
        "this year, compared with 5.2% in the February report, and that two of the seven "
        "board members had voted for a quarter-point cut.\n"
    )
    claimants = _claimants(text)
    assert claimants["5.2%"] != "February"
    assert claimants["a quarter-point"] == "Ada Tamsley"


def test_a_long_name_of_her_body() -> None:
    """ "Devendra Pal Singh Ranawat of Pellwick Bank said ...", "Ana Maria da Silva Santos of
    ...": a name of four or five words, particles among them, is the person of her body; a
    name of three at most was (the whole was the claimant, "of Pellwick Bank" and all)."""
    for name in ("Devendra Pal Singh Ranawat", "Ana Maria da Silva Santos"):
        text = f"{name} of Pellwick Bank said 4,200 homes had lost water.\n"
        assert _claimants(text)["4,200"] == name


def test_according_to_a_place_and_its_body_in_lower_case() -> None:
    """ "According to the Halsmoor city council, ...": the place's name and the body its words
    describe, as "the Halsmoor city council said" reads; the place alone was the claimant."""
    text = "According to the Halsmoor city council, 4,200 homes have lost water.\n"
    assert _claimants(text)["4,200"] == "Halsmoor city council"


def test_guard_according_to_a_place_and_words_of_no_body() -> None:
    """Guard: "according to the Halsmoor housing survey": lower-case words after the place that
    name no body are no part of a body's name."""
    text = "According to the Halsmoor housing survey, 4,200 homes have lost water.\n"
    assert _claimants(text)["4,200"] == "Halsmoor"


def test_a_name_with_a_particle_before_its_description() -> None:
    """ "Ana Maria da Silva Santos, an economist at Pellwick Bank, said ...": the name before
    the description set off by commas, its particle inside it; the bank was the claimant."""
    text = (
        "Ana Maria da Silva Santos, an economist at Pellwick Bank, said 4,200 homes had lost "
        "water.\n"
    )
    assert _claimants(text)["4,200"] == "Ana Maria da Silva Santos"
