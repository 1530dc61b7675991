"""Suggested claims: one per sentence with a check-worthy figure, with its claimant, quote,
score and reason; dates, copyright lines and caption credits are not claims."""

from intake.extract import extract_suggestions, find_attribution, split_sentences
from intake.normalise import normalise

TEXT = (
    "Port handles record cargo\n\n"
    "The port handled 8.4 million containers in 2023, the port authority said. "
    "It opened in 1998.\n\n"
    "According to IHS Markit, China accounted for nearly half of the global market in 2018.\n\n"
    "Chinese telecoms company Huawei boasts that its cameras led to a 46 per cent drop in crime.\n\n"
    "“We cut waste by $45m,” said Jane Moss, the council leader.\n\n"
    "A crane at the port on 3 May 2021. (Photo by Sam Reed/AFP via Getty Images)\n\n"
    "Copyright Harbour News 2023. All rights reserved.\n\n"
    "  1. harbourwatcher\n\n"
    "    Half of those containers are empty on the way back.\n"
)


def _by_figure(text: str) -> dict[str, object]:
    return {
        figure.as_written: item
        for item in extract_suggestions(normalise(text))
        for figure in item.figures
    }


def test_each_sentence_with_a_figure_becomes_a_suggestion() -> None:
    found = _by_figure(TEXT)
    assert set(found) == {"8.4 million", "nearly half", "46 per cent", "$45m", "Half"}


def test_dates_copyright_lines_and_credits_are_not_claims() -> None:
    items = extract_suggestions(normalise(TEXT))
    sentences = " ".join(item.sentence for item in items)
    assert "It opened in 1998" not in sentences
    assert "Copyright" not in sentences
    assert "A crane at the port" not in sentences


def test_claimants_come_from_the_attribution() -> None:
    found = _by_figure(TEXT)
    assert found["8.4 million"].claimant == "port authority"  # type: ignore[attr-defined]
    assert found["nearly half"].claimant == "IHS Markit"  # type: ignore[attr-defined]
    assert found["46 per cent"].claimant == "Huawei"  # type: ignore[attr-defined]
    assert found["$45m"].claimant == "Jane Moss"  # type: ignore[attr-defined]
    assert found["$45m"].claimant_kind == "person"  # type: ignore[attr-defined]


def test_reader_comment_claims_belong_to_the_commenter() -> None:
    comment = _by_figure(TEXT)["Half"]
    assert comment.claimant == "harbourwatcher"  # type: ignore[attr-defined]
    assert comment.claimant_kind == "commenter"  # type: ignore[attr-defined]
    assert comment.section == "comment"  # type: ignore[attr-defined]


def test_the_quote_is_anchored_by_position_and_context() -> None:
    normalised = normalise(TEXT)
    for item in extract_suggestions(normalised):
        assert normalised.text[item.quote_start : item.quote_end] == item.quote
        assert normalised.text[: item.quote_start].endswith(item.prefix)
        assert normalised.text[item.quote_end :].startswith(item.suffix)
        assert len(item.quote.split()) <= 25


def test_a_long_sentence_is_quoted_by_the_clause_that_carries_the_figure() -> None:
    long = (
        "Over the past several years, after a long and winding series of negotiations with "
        "lenders and officials in several capitals, Ecuador has also become a heavy user of "
        "surveillance technology, assisted by a $240 million loan from China, and it has "
        "installed a wide network of cameras and response centres across the whole country."
    )
    (item,) = extract_suggestions(normalise(long))
    assert "$240 million loan" in item.quote
    assert len(item.quote.split()) <= 25


def test_score_says_why() -> None:
    found = _by_figure(TEXT)
    huawei = found["46 per cent"]
    assert huawei.score > found["8.4 million"].score - 0.2  # type: ignore[attr-defined]
    assert "percentage" in huawei.reason  # type: ignore[attr-defined]
    assert "names who says it" in huawei.reason  # type: ignore[attr-defined]


def test_a_question_scores_lower_than_the_same_assertion() -> None:
    (asked,) = extract_suggestions(normalise("Did crime really fall by 46 per cent?"))
    (said,) = extract_suggestions(normalise("Crime really fell by 46 per cent."))
    assert asked.score < said.score


def test_sentences_split_around_abbreviations() -> None:
    text = "Mr. Smith met Dr. Jones on Aug. 25. They agreed. Scott N. Romaniuk wrote it."
    spans = split_sentences(text)
    assert [text[start:end] for start, end in spans] == [
        "Mr. Smith met Dr. Jones on Aug. 25.",
        "They agreed.",
        "Scott N. Romaniuk wrote it.",
    ]


def test_pronouns_resolve_to_the_last_named_source_in_the_paragraph() -> None:
    first = find_attribution("A study by the MIT Media Lab tested three systems.")
    assert first is not None and first.name == "MIT Media Lab"
    second = find_attribution("The study found error rates of 35 percent.", [first])
    assert second is not None and second.name == "MIT Media Lab"
