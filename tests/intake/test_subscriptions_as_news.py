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


def test_a_pitch_that_asks_on_a_condition_or_counts_its_subscribers_is_dropped() -> None:
    text = (
        "Council watch\n\n"
        "The council voted to spend $2.1 million on roads.\n\n"
        "The Wendle Current is a nonprofit newsroom. If Council Watch helps you keep up with "
        "City Hall, become a member for as little as $5 a month.\n\n"
        "Weekly prices and harvest reports, free for GGA members. Join 4,300 growers who "
        "already subscribe.\n"
    )
    kept = normalise(text).text
    assert "$2.1 million" in kept
    assert "become a member" not in kept
    assert "4,300 growers" not in kept


def test_guard_news_of_a_condition_is_kept() -> None:
    text = (
        "Council watch\n\n"
        "If the levy passes, the council will spend $2.1 million on roads, the mayor said.\n\n"
        "When the pool reopens, entry will be free for members.\n"
    )
    kept = normalise(text).text
    assert "$2.1 million" in kept
    assert "free for members" in kept
