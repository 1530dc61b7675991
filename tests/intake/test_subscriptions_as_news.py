"""A business's subscriptions are news: "Subscription revenue climbed 22%", "Subscriber numbers
rose 4%" and a table's row labelled "Subscription revenue" are the story's, where a line that
asks the reader to subscribe is the page's. Session 35 found a results table's row and a short
paragraph on subscription revenue dropped as subscription prompts. Every text here was written
for this test."""

from intake.normalise import normalise


def test_subscription_revenue_and_subscriber_numbers_are_kept() -> None:
    text = (
        "Results\n\n"
        "Subscription revenue, which makes up about nine-tenths of the total, climbed 22% to "
        "$371.9 million.\n\n"
        "Subscriber numbers rose 4% to 2.1 million.\n\n"
        "| Metric | Q1 | Q1 last year | Change |\n"
        "|---|---|---|---|\n"
        "| Subscription revenue | $371.9M | $304.8M | +22% |\n"
    )
    kept = normalise(text).text
    assert "Subscription revenue, which makes up" in kept
    assert "Subscriber numbers rose 4%" in kept
    assert "| Subscription revenue | $371.9M |" in kept


def test_guard_a_line_that_asks_the_reader_to_subscribe_is_still_dropped() -> None:
    text = (
        "Results\n\n"
        "Revenue rose 18% to $412.6 million.\n\n"
        "Subscribe from £1 a week.\n\n"
        "Get our subscription offer: 3 months for £1.\n\n"
        "Sign up for our newsletter.\n"
    )
    kept = normalise(text).text
    assert "Revenue rose 18%" in kept
    assert "Subscribe from" not in kept
    assert "subscription offer" not in kept
    assert "newsletter" not in kept
