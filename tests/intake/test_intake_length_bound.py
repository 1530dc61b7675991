"""Intake refuses an article text longer than it reads (TALLY_INTAKE_MAX_CHARACTERS) in every
way in: a paste gets a form error on its text, the command a message and a non-zero exit (a
fetched page a failed fetch saying why: tests/intake/test_background_fetch.py). Nothing is
stored."""

from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from intake.models import Suggestion
from sources.models import Snapshot, Source

pytestmark = pytest.mark.django_db

PARAGRAPH = "Burglaries fell by 12 percent last year, to 4,310 cases, the county police said.\n\n"


def test_a_paste_past_the_limit_is_a_form_error_and_nothing_is_stored(
    client, fact_checker, settings
):  # type: ignore[no-untyped-def]
    settings.TALLY_INTAKE_MAX_CHARACTERS = 2_000
    client.force_login(fact_checker)
    text = PARAGRAPH * 30  # 2,490 characters

    response = client.post(
        reverse("admin:intake_suggestion_add_article"), {"text": text, "title": "Too long"}
    )

    assert response.status_code == 200
    errors = response.context["form"].errors
    # The form strips the paste's last blank lines before the count.
    assert errors["text"] == [
        f"The article is {len(text.strip()):,} characters; intake reads at most 2,000. Paste "
        "the article's own text, without the rest of the page."
    ]
    assert not Source.objects.exists() and not Snapshot.objects.exists()
    assert not Suggestion.objects.exists()


def test_a_paste_at_the_limit_is_read(client, fact_checker, settings):  # type: ignore[no-untyped-def]
    text = PARAGRAPH * 30
    settings.TALLY_INTAKE_MAX_CHARACTERS = len(text)
    client.force_login(fact_checker)

    response = client.post(
        reverse("admin:intake_suggestion_add_article"), {"text": text, "title": "Just fits"}
    )

    assert response.status_code == 302
    assert Suggestion.objects.exists()


def test_the_command_says_why_and_exits_non_zero(tmp_path: Path, settings) -> None:  # type: ignore[no-untyped-def]
    settings.TALLY_INTAKE_MAX_CHARACTERS = 2_000
    path = tmp_path / "long.txt"
    path.write_text(PARAGRAPH * 30, encoding="utf-8")

    with pytest.raises(CommandError, match="intake reads at most 2,000"):
        call_command("extract_claims", str(path))
