"""Normalisation folds odd spaces, drops repeats, teasers and chrome, and marks captions,
credits and reader comments, keeping the way back to the original text."""

from intake.normalise import normalise

ARTICLE = (
    "(Jane Doe/Getty Images)\n"
    "(Jane Doe/Getty Images)\n"
    "Headline about the port\n\n"
    "The port handled 8.4\u00a0million   containers last year, officials said.\n\n"
    "The port handled 8.4\u00a0million   containers last year, officials said.\n\n"
    "Workers load a ship in the harbour on 3 May. (Jane Doe/Getty Images)\n\n"
    "0 0\n\n"
    "Copyright Harbour News 2023. All rights reserved.\n\n"
    "More from Harbour News\n\n"
    "Ten things to do at the weekend, with 40 per cent off.\n"
)


def test_odd_spaces_fold_and_repeated_paragraphs_go() -> None:
    result = normalise(ARTICLE)
    assert "8.4 million containers" in result.text
    assert result.text.count("The port handled") == 1
    assert result.text.count("(Jane Doe/Getty Images)") == 2  # the credit once, the caption's once
    assert {item["kind"] for item in result.removed} >= {"repeated_paragraph", "chrome", "teaser"}


def test_teasers_and_share_counters_are_removed() -> None:
    result = normalise(ARTICLE)
    assert "More from" not in result.text
    assert "40 per cent off" not in result.text
    assert "0 0" not in result.text


def test_captions_credits_and_copyright_are_marked_not_removed() -> None:
    result = normalise(ARTICLE)
    kinds = {span.kind for span in result.spans}
    assert {"caption", "credit", "copyright", "heading"} <= kinds
    caption = next(span for span in result.spans if span.kind == "caption")
    assert result.text[caption.start : caption.end].startswith("Workers load a ship")


def test_every_character_maps_back_to_the_original() -> None:
    result = normalise(ARTICLE)
    at = result.text.index("8.4 million")
    start, end = result.original_span(at, at + len("8.4 million"))
    assert ARTICLE[start:end] == "8.4\u00a0million"


def test_reader_comments_are_attributed_to_their_commenters() -> None:
    text = (
        "The article says 5 things.\n\n"
        "  1. harbourwatcher\n\n"
        "    Half of those containers are empty.\n\n"
        "    1. portfan\n\n"
        "      Not true, only a third of them are.\n\n"
        "  2. Anonymous\n\n"
        "    I agree with harbourwatcher.\n"
    )
    result = normalise(text)
    comments = [span for span in result.spans if span.kind == "comment"]
    assert [span.label for span in comments] == ["harbourwatcher", "portfan", "Anonymous"]
    assert any(span.kind == "comments" for span in result.spans)


def test_a_comments_heading_starts_the_comments_section() -> None:
    result = normalise("Body text here.\n\nJoin the Conversation\n\nWrite comment\n\nFirst!\n")
    section = next(span for span in result.spans if span.kind == "comments")
    assert result.text[section.start :].startswith("Join the Conversation")
    assert "Write comment" not in result.text
