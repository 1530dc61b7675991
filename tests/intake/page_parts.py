"""Parts of the pages the page reader's tests write (`read_article_html`)."""


def story_body(paragraphs: int) -> str:
    """A story's body: paragraphs enough for the page reader to take it for an article."""
    return "".join(
        f"<p>Paragraph {number} says the council approved the plan by nine votes to four after a "
        "long meeting on Tuesday night.</p>"
        for number in range(paragraphs)
    )
