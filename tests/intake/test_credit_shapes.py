"""Photo credits and bylines are known by their shape ("Name/Agency", "AGENCY PHOTO",
"Platform: @handle"), whichever agency or platform is named."""

import pytest

from intake.extract import extract_suggestions
from intake.normalise import normalise


def _kinds(text: str) -> set[str]:
    return {span.kind for span in normalise(text).spans}


@pytest.mark.parametrize(
    "line",
    [
        "(Jane Doe/Quorvex Pictures)",
        "(JANE DOE / QPX)",
        "(Quorvex Images)",
        "(File photo by Jane Doe)",
    ],
)
def test_a_line_that_is_only_a_credit_is_marked_as_one(line: str) -> None:
    assert _kinds(f"Body text here.\n\n{line}\n") >= {"credit"}


@pytest.mark.parametrize(
    "caption",
    [
        "Dockers unload 40 containers in the harbour. (Jane Doe/Quorvex Pictures)",
        "Dockers unload 40 containers in the harbour. QPXN/Jane Doe",
        "Dockers unload 40 containers in the harbour / QPX PHOTO / JANE DOE",
        "Dockers unload 40 containers in the harbour © Jane Doe/QPX",
    ],
)
def test_a_caption_is_known_by_its_credit_and_the_credit_is_no_claim(caption: str) -> None:
    text = f"The port moved 9 million containers last year.\n\n{caption}\n"
    result = normalise(text)
    caption_spans = [span for span in result.spans if span.kind == "caption"]
    assert len(caption_spans) == 1
    credits = [span for span in result.spans if span.kind == "credit"]
    assert credits and all(result.text[span.start : span.end].strip() for span in credits)
    figures = [figure.as_written for item in extract_suggestions(result) for figure in item.figures]
    assert "9 million" in figures


def test_a_slash_between_lowercase_words_in_the_body_is_no_credit() -> None:
    assert "caption" not in _kinds("Rents rose 12 per cent and/or more in the harbour district.\n")


def test_a_handle_after_a_platform_name_is_a_byline() -> None:
    result = normalise("Body text here.\n\nJane Doe writes on ports. Mastodon: @janedoe\n")
    assert "byline" in {span.kind for span in result.spans}
