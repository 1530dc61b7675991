"""Long commands show a progress bar on a terminal and print only their usual lines otherwise
(piped, redirected, cron)."""

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from core.progress import Progress

ARTICLE = (
    "The ministry said on Monday that 1,200 cameras had been installed in the capital since "
    "2019, at a cost of $14 million.\n\nCritics said the figure was at least 3,000.\n"
)


class Terminal(StringIO):
    """What a command writes to when a person runs it in a terminal."""

    def isatty(self) -> bool:
        return True


def _run(command: str, *args: str, terminal: bool) -> str:
    out = Terminal() if terminal else StringIO()
    call_command(command, *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def _articles(tmp_path: Path) -> list[str]:
    paths = []
    for number in (1, 2):
        path = tmp_path / f"article{number}.txt"
        path.write_text(ARTICLE.replace("Monday", f"Monday {number}"), encoding="utf-8")
        paths.append(str(path))
    return paths


def test_progress_draws_a_bar_on_a_terminal_above_which_lines_are_written() -> None:
    out = Terminal()
    progress = Progress(["a", "b", "c"], stream=out, what="Letters")
    seen = []
    for letter in progress:
        seen.append(letter)
        progress.write(f"did {letter}")

    assert seen == ["a", "b", "c"]
    drawn = out.getvalue()
    assert drawn.startswith("\rLetters: 0/3 |")
    assert "did a\n" in drawn
    assert "did c\n" in drawn
    # Cleared at the end, so what the command prints next starts on a clean line.
    assert drawn.endswith("\r")
    assert drawn.rsplit("\r", 2)[-2].strip() == ""


def test_progress_is_silent_when_not_on_a_terminal() -> None:
    out = StringIO()
    progress = Progress(iter(range(3)), stream=out, what="Numbers")
    for number in progress:
        progress.write(f"did {number}")

    assert out.getvalue() == "did 0\ndid 1\ndid 2\n"


@pytest.mark.usefixtures("seed_dataset")
def test_load_seed_articles_shows_claims_progress_on_a_terminal_only() -> None:
    shown = _run("load_seed_articles", "--no-articles", terminal=True)
    quiet = _run("load_seed_articles", "--no-articles", terminal=False)

    assert "Claims: " in shown
    assert "\r" in shown
    assert shown.rstrip().endswith(quiet.rstrip())
    assert "Claims" not in quiet
    assert "\r" not in quiet
    assert quiet.startswith("Seed dataset: created nothing; already present ")


@pytest.mark.usefixtures("seed_dataset")
def test_verify_quotes_shows_sources_progress_on_a_terminal_only() -> None:
    shown = _run("verify_quotes", terminal=True)
    quiet = _run("verify_quotes", terminal=False)

    assert "Checking sources: " in shown
    assert quiet.startswith("Citations checked: ")
    assert "\r" not in quiet
    assert quiet.splitlines()[-1] in shown


@pytest.mark.django_db
def test_ingest_article_shows_progress_over_several_articles_on_a_terminal_only(
    tmp_path: Path,
) -> None:
    paths = _articles(tmp_path)
    shown = _run("ingest_article", *paths, terminal=True)
    quiet = _run("ingest_article", *paths, terminal=False)

    assert "Articles: 0/2" in shown
    assert "\r" not in quiet
    assert "Articles" not in quiet
    lines = quiet.splitlines()
    assert len([line for line in lines if "existing source, snapshot unchanged" in line]) == 2


@pytest.mark.django_db
def test_extract_claims_shows_progress_over_several_files_on_a_terminal_only(
    tmp_path: Path,
) -> None:
    paths = _articles(tmp_path)
    shown = _run("extract_claims", *paths, terminal=True)
    quiet = _run("extract_claims", *paths, terminal=False)

    assert "Files: 0/2" in shown
    assert "\r" not in quiet
    assert [line for line in quiet.splitlines() if line.startswith("== ")] == [
        f"== {path}" for path in paths
    ]
    assert quiet.splitlines()[-1] in shown
