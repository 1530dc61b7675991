"""Management commands given bad arguments: a message and a non-zero exit (argparse's usage
error, status 2, or a CommandError, status 1), never a traceback, and nothing written."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from tests.factories import SourceFactory

pytestmark = pytest.mark.django_db


def _usage_error(*args: str) -> str:
    """A command's argparse error. From `manage.py` it is printed after the usage, exit status 2;
    call_command raises it as a CommandError instead."""
    with pytest.raises(CommandError) as error:
        call_command(*args)
    return str(error.value)


@pytest.mark.parametrize("command", ["recheck_sources", "verify_quotes"])
@pytest.mark.parametrize("raw", ["99999999999999999999", str(2**63), "0", "-1", "1_0", "٣", "abc"])
def test_a_source_that_is_no_id_is_a_usage_error_naming_it(command, raw):
    """`type=int` handed 2**64 to the database driver (OverflowError, a traceback) and took
    "-1", "1_0" and "٣" as ids."""
    err = _usage_error(command, f"--source={raw}")

    assert f"argument --source: {raw!r} is not an id (a whole number from 1)" in err


@pytest.mark.parametrize("command", ["recheck_sources", "verify_quotes"])
def test_a_source_id_nothing_has_is_an_error_not_nothing_to_do(command):
    """The answer was "Sources re-fetched: none due." with exit status 0."""
    source = SourceFactory()

    with pytest.raises(CommandError, match=r"^No such source: 999999\.$"):
        call_command(command, "--source", str(source.pk), "--source", "999999")


def test_a_source_that_exists_is_still_checked(capsys):
    source = SourceFactory()

    call_command("verify_quotes", "--source", str(source.pk))

    assert "Citations checked: none." in capsys.readouterr().out


@pytest.mark.parametrize("raw", ["-5", "0", "nan", "inf", "-inf", "abc", ""])
def test_a_scheduler_interval_that_is_not_a_positive_time_is_a_usage_error(raw):
    """-5 and nan made time.sleep raise after the first look (a traceback); 0 a loop with no
    rest."""
    err = _usage_error("run_scheduler", "--once", f"--interval={raw}")

    assert f"argument --interval: {raw!r} is not a number of seconds above 0" in err


@pytest.mark.parametrize(
    ("username", "message"),
    [
        ("", "This field cannot be blank."),
        ("a b/c", "Enter a valid username."),
        ("x" * 151, "Ensure this value has at most 150 characters (it has 151)."),
        ("nul\x00", "Enter a valid username."),
    ],
)
def test_a_local_admin_username_the_login_form_would_refuse_is_an_error(username, message):
    """An empty username made an admin account nobody can log in as, with exit status 0; on
    PostgreSQL a long one was a driver traceback."""
    with pytest.raises(CommandError) as error:
        call_command("ensure_local_admin", "--username", username)

    assert message in str(error.value)
    assert not get_user_model().objects.exists()


def test_a_valid_local_admin_username_still_makes_the_account():
    call_command("ensure_local_admin", "--username", "desk.admin")

    assert get_user_model().objects.get(username="desk.admin").is_superuser


def test_a_fingerprint_of_a_database_settings_do_not_name_is_a_usage_error():
    """ConnectionDoesNotExist was a traceback."""
    err = _usage_error("db_fingerprint", "--database=nope")

    assert "argument --database: invalid choice: 'nope'" in err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["/nonexistent/article.txt"], "no such file (give a text file or an http(s) URL)"),
        (["ftp://files.example/a.txt"], "Only http and https URLs can be fetched, not ftp."),
        (["http://127.0.0.1:1/"], "a loopback, private or reserved address"),
    ],
)
def test_ingest_article_refuses_what_it_cannot_read_with_a_message(args, message):
    with pytest.raises(CommandError) as error:
        call_command("ingest_article", *args)

    assert message in str(error.value)


def test_ingest_article_refuses_bad_utf8_with_a_message(tmp_path):
    article = tmp_path / "bad.txt"
    article.write_bytes(b"\xff\xfe crime fell by 46 per cent")

    with pytest.raises(CommandError, match="as UTF-8 text"):
        call_command("ingest_article", str(article))
