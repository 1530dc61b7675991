"""Who states a figure, by shapes of news writing that recur: a transcript whose speakers'
labels stand on lines of their own, a written answer under the line that says who gave it, a
release republished under an editor's note that dates it, a digest's items that name their
source in brackets after a dash, a table's note that names its owner by kind ("company
filing") or by a name and its short form, and names cut short or run on (a possessive, a
rank, a body's last word before its possessive, a word capitalised because it opens a
sentence).
Every sentence and page here was written for this test; every name is invented.

Each test fails without the change it describes, except those marked as guards, which hold a
limit of the change and pass either way."""

from intake.fetch import read_article_html
from tests.intake.claimants import claimants_by_figure as _claimants

# -- a transcript's speaker labels on lines of their own ------------------------------------


_BRIEFING = (
    "Editor's note: The following is a transcript of Tuesday's news conference given by Chief "
    "Marguerite Adewumi-Strand. Deputy Chief Oswin Tarrant-Bellweather, who runs the "
    "investigations bureau, also took questions.\n\n"
    "CHIEF MARGUERITE ADEWUMI-STRAND:\n\n"
    "Good morning.\n\n"
    "Last year, 212 people were killed in the county.\n\n"
    "That is 31 fewer than the year before.\n\n"
    "Our officers seized 1,480 guns, and 96 of them had no serial number.\n\n"
    "We ended the year with 940 sworn officers.\n\n"
    "Q (REPORTER):\n\n"
    "How many cases are open?\n\n"
    "DEPUTY CHIEF OSWIN TARRANT-BELLWEATHER:\n\n"
    "Of those cases, we have 74 that remain open.\n"
)


def test_a_turn_under_a_label_on_its_own_line_is_the_labelled_speakers() -> None:
    claimants = _claimants(_BRIEFING)
    assert claimants["212"] == "Marguerite Adewumi-Strand"
    assert claimants["31"] == "Marguerite Adewumi-Strand"
    # Four paragraphs below the label, past a line without a figure.
    assert claimants["940"] == "Marguerite Adewumi-Strand"


def test_a_label_of_four_words_in_capitals_names_its_speaker() -> None:
    """A rank of two words before a name of two ("DEPUTY CHIEF OSWIN TARRANT-BELLWEATHER:"):
    the label's last word is the surname of the person the note introduced."""
    assert _claimants(_BRIEFING)["74"] == "Oswin Tarrant-Bellweather"


def test_guard_a_heading_that_ends_in_a_colon_names_no_speaker() -> None:
    text = (
        "KEY FIGURES:\n\n"
        "Applications rose to 3,120 in the year.\n\n"
        "The board approved 2,040 of them, it said.\n"
    )
    assert _claimants(text)["3,120"] == ""


# -- a written answer, under the line that says who gave it ---------------------------------


def test_the_paragraphs_of_a_written_answer_are_the_answering_ministers() -> None:
    text = (
        "1. Waiting times\n\n"
        "Asked by Tobias Crellin-Massey (Harnmoor East)\n\n"
        "To ask the Secretary of State, what the median wait for a decision was.\n\n"
        "Answered by Philippa Drummond-Achebe, Minister of State for Casework\n"
        "Answered on 4 March 2025\n\n"
        "The median wait was 19 weeks, compared with 33 weeks a year earlier.\n\n"
        "The directorate made 12,460 decisions in the quarter.\n\n"
        "----------------------------------------\n\n"
        "Our analysis\n\n"
        "By our count the backlog has fallen 18 per cent since the spring.\n"
    )
    claimants = _claimants(text)
    assert claimants["19"] == "Philippa Drummond-Achebe"
    assert claimants["12,460"] == "Philippa Drummond-Achebe"
    # After the rule that closes the answer, the digest speaks for itself.
    assert claimants["18 per cent"] == ""


# -- a release republished under a note that dates it ----------------------------------------


def test_a_release_the_note_dates_is_the_issuers_and_its_name_stops_at_the_date() -> None:
    text = (
        "Editor's note: The following is a news release issued by the Orlenby Provincial "
        "Ministry of Wildfire and Emergency Readiness on Tuesday, Oct. 21, 2025. It is "
        "republished as received.\n\n"
        "The province spent an estimated $1.31 billion fighting fires this season.\n\n"
        "Crews responded to 1,462 fires between April and October.\n"
    )
    claimants = _claimants(text)
    issuer = "Orlenby Provincial Ministry of Wildfire and Emergency Readiness"
    assert claimants["an estimated $1.31 billion"] == issuer
    assert claimants["1,462"] == issuer


def test_a_release_the_note_dates_by_day_of_the_month_is_the_issuers() -> None:
    text = (
        "Editor's note: The following bulletin was issued by the Pellandine Relief Office on 19 "
        "November and is republished in full.\n\n"
        "More than 48,000 people have left their homes.\n"
    )
    assert _claimants(text)["More than 48,000"] == "Pellandine Relief Office"


# -- a digest's items, each naming its source in brackets after a dash -----------------------


def test_a_digest_item_after_a_dash_is_the_source_its_brackets_name() -> None:
    text = (
        "The week in numbers\n\n"
        "Lottery sales slipped again as betting grew, the annual reports show.\n\n"
        "By the numbers:\n\n"
        "$2.31 billion — lottery ticket sales, 2024 (Vellingrath Lottery Board)\n\n"
        "14,210 — calls to the gambling helpline (Vellingrath Health Office)\n"
    )
    claimants = _claimants(text)
    assert claimants["$2.31 billion"] == "Vellingrath Lottery Board"
    assert claimants["14,210"] == "Vellingrath Health Office"


# -- a table's note that names its owner ----------------------------------------------------


_TABLE = (
    "<html><head><title>Readings up | Quarrow Tide</title></head><body><article>"
    "<h1>Readings up</h1><p>Phosphate readings at the river's stations rose again in 2024, "
    "the highest in a decade.</p><p>Campaigners want the limits enforced.</p>"
    "<table><caption>Samples above the standard. Source: {note}</caption>"
    "<thead><tr><th>Station</th><th>Samples</th><th>Above</th></tr></thead><tbody>"
    "<tr><td>Upper weir</td><td>26</td><td>19</td></tr>"
    "<tr><td>Mill bridge</td><td>24</td><td>11</td></tr></tbody></table>"
    "<p>The {body} said it would publish its next readings in June.</p>"
    "</article></body></html>"
)


def _rows(note: str, body: str) -> dict[str, str]:
    page = read_article_html(_TABLE.format(note=note, body=body))
    return _claimants(page.text, publisher=page.publisher)


def test_a_note_naming_a_body_and_its_short_form_credits_the_body_whatever_the_work() -> None:
    rows = _rows(
        "Rivers Quality Agency (RQA) station monitoring programme", "Rivers Quality Agency"
    )
    assert rows["26"] == "Rivers Quality Agency"


def test_a_note_naming_its_owner_by_kind_credits_the_body_of_that_kind() -> None:
    text = (
        "Tessaline Mobility grew its revenue by a third, the company said on Friday.\n\n"
        "| Metric | Q2 | Q1 |\n|---|---|---|\n| Revenue | ₹1,284 cr | ₹980 cr |\n\n"
        "Source: company filing\n"
    )
    assert _claimants(text)["₹1,284"] == "Tessaline Mobility"


# -- names cut short or run on -------------------------------------------------------------


def test_a_lead_ins_owner_loses_its_possessive_before_a_month() -> None:
    text = (
        "Key figures from the Legislative Budget Review Office's January report:\n\n"
        "- $612 million: balance of the reserve\n\n"
        "- 4.8%: growth in spending\n"
    )
    assert _claimants(text)["$612 million"] == "Legislative Budget Review Office"


def test_a_bodys_last_word_before_its_possessive_is_its_name() -> None:
    text = (
        "Rates will rise 6.8%, according to the Quisbury Bay Metropolitan Municipality's budget "
        "documents.\n\n"
        "Figures from the Oxtallow Unified School District’s bond documents:\n\n"
        "- $385 million: total bond amount\n\n"
        "- 11: schools to be rebuilt\n"
    )
    claimants = _claimants(text)
    assert claimants["6.8%"] == "Quisbury Bay Metropolitan Municipality"
    assert claimants["$385 million"] == "Oxtallow Unified School District"


def test_a_british_police_rank_and_a_chairperson_title_no_one() -> None:
    text = (
        "PC Dominic Vasey-Arbuthnot said the car was travelling at 34mph.\n\n"
        "Chairperson Nomvula Ferreira-Dlamini says bills will rise by £112 a month.\n"
    )
    claimants = _claimants(text)
    assert claimants["34mph"] == "Dominic Vasey-Arbuthnot"
    assert claimants["£112"] == "Nomvula Ferreira-Dlamini"


def test_a_word_that_opens_the_sentence_only_is_not_the_company() -> None:
    """ "Inspectors issued 27 orders, the company said": "Inspectors" is capitalised because it
    opens the sentence (the article writes "inspectors" too), so "the company" is the company
    the article's "the company" named before."""
    text = (
        "Harrowdale Platinum recorded nine deaths in the year, the company said on Monday.\n\n"
        "A union official said inspectors had been too slow.\n\n"
        "Inspectors issued 27 stoppage orders at the shafts, against 24 the year before, the "
        "company said in its report.\n"
    )
    assert _claimants(text)["27"] == "Harrowdale Platinum"


def test_a_surname_that_opens_the_sentence_before_is_not_the_company() -> None:
    text = (
        "Harrowdale Platinum recorded nine deaths in the year, the company said on Monday.\n\n"
        "“Nine families buried their breadwinners this year,” the union's regional secretary, "
        "Tumelo Mkhwanazi-Brandt, told the Courier.\n\n"
        "Mkhwanazi-Brandt said the union had logged 46 near misses that were not investigated. "
        "The company disputed this, saying it had spent R1.4-billion on safety.\n"
    )
    assert _claimants(text)["R1.4-billion"] == "Harrowdale Platinum"


def test_guard_a_name_that_opens_its_sentence_is_still_its_subject() -> None:
    text = "Tolvane Motors will shut 40 stores and cut 1,100 jobs, the carmaker said.\n"
    assert _claimants(text)["1,100"] == "Tolvane Motors"


def test_an_unnamed_source_described_at_length_is_still_the_source() -> None:
    text = (
        "A person familiar with the inspectorate’s investigation into a rockfall in March that "
        "killed two workers said bolting had fallen behind on at least four occasions.\n"
    )
    assert (
        _claimants(text)["at least four"]
        == "a person familiar with the inspectorate’s investigation"
    )


def test_a_surname_is_the_full_name_with_the_nickname_the_article_gives() -> None:
    text = (
        "Governor Rogelio “Boyet” Macaraeg-Torres toured the town on Sunday.\n\n"
        "Macaraeg-Torres said 60 percent of the rice crop was lost.\n"
    )
    assert _claimants(text)["60 percent"] == "Rogelio “Boyet” Macaraeg-Torres"


def test_a_release_this_note_says_was_issued_by_a_body_is_the_bodys() -> None:
    text = (
        "Editor's note: This press release was issued by the Harnmoor Children's Trust and is "
        "republished unedited.\n\n"
        "PRESS RELEASE\n\n"
        "Child poverty has risen to 4.1 million, the highest on record.\n\n"
        "A survey of 2,140 parents found that one in four had skipped meals.\n"
    )
    claimants = _claimants(text)
    assert claimants["4.1 million"] == "Harnmoor Children's Trust"
    assert claimants["2,140"] == "Harnmoor Children's Trust"


def test_a_boxs_source_line_under_its_heading_credits_its_items() -> None:
    text = (
        "Prisons are fuller than they have ever been.\n\n"
        "In numbers\n\n"
        "Source: Office of the Inspector of Prison Standards, snapshot of 14 February 2025\n\n"
        "- 5,412 people in custody\n\n"
        "- 4,631 places in the system\n"
    )
    assert _claimants(text)["5,412"] == "Office of the Inspector of Prison Standards"


def test_a_boxs_source_line_that_names_a_kind_credits_the_body_of_that_kind() -> None:
    """Read as a table's note is: "Source: company filings" is the company's."""
    text = (
        "Oxtallow Home Goods Inc said on Wednesday it would close 52 of its 410 stores, the "
        "company said.\n\n"
        "OXTALLOW AT A GLANCE\n"
        "Source: company filings\n"
        "- Stores before closures: 410\n"
        "- Jobs to be cut: about 2,100\n"
    )
    assert _claimants(text)["about 2,100"] == "Oxtallow Home Goods Inc"
