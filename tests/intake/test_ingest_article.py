"""ingest_article stores the normalised text and the original, suggests claims, and running it
twice duplicates nothing; URLs are fetched with a timeout, a size limit and clear errors."""

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from intake.fetch import FetchError, fetch_url
from intake.models import Suggestion
from sources.models import Entity, Snapshot, Source

pytestmark = pytest.mark.django_db


def _ingest(*args: str) -> str:
    out = StringIO()
    call_command("ingest_article", *args, stdout=out)
    return out.getvalue()


def test_ingest_stores_the_normalised_text_and_keeps_the_original(article_file: Path) -> None:
    article_file.write_text(
        article_file.read_text().replace("8.4 million", "8.4\u00a0million"), encoding="utf-8"
    )
    _ingest(str(article_file), "--publisher", "Harbour News", "--title", "Record cargo")
    snapshot = Snapshot.objects.get()
    assert "8.4 million" in snapshot.text
    assert "\u00a0" in snapshot.original_text
    assert snapshot.sha256 == Snapshot.digest(snapshot.text)
    assert snapshot.original_sha256 == Snapshot.digest(snapshot.original_text)
    assert snapshot.source.title == "Record cargo"
    assert snapshot.source.publisher == Entity.objects.get(name="Harbour News")
    assert Suggestion.objects.filter(source=snapshot.source).count() == 3


def test_ingesting_the_same_article_twice_duplicates_nothing(article_file: Path) -> None:
    _ingest(str(article_file), "--publisher", "Harbour News")
    counts = (Source.objects.count(), Snapshot.objects.count(), Suggestion.objects.count())
    output = _ingest(str(article_file), "--publisher", "Harbour News")
    assert (Source.objects.count(), Snapshot.objects.count(), Suggestion.objects.count()) == counts
    assert Entity.objects.filter(name="Harbour News").count() == 1
    assert "0 new suggestions, 3 already there" in output


def test_a_changed_text_adds_a_snapshot_and_only_new_suggestions(
    article_file: Path, local_server: tuple[str, object]
) -> None:
    base, pages = local_server
    pages.put("/port", article_file.read_text(), "text/plain")  # type: ignore[attr-defined]
    _ingest(f"{base}/port")
    pages.put(  # type: ignore[attr-defined]
        "/port", article_file.read_text() + "\nThe port employs some 15,000 people.\n", "text/plain"
    )
    _ingest(f"{base}/port")
    source = Source.objects.get()
    assert source.snapshots.count() == 2
    assert Suggestion.objects.filter(source=source).count() == 4


def test_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="no such file"):
        _ingest(str(tmp_path / "nope.txt"))


def test_a_url_is_fetched_and_its_html_read_as_paragraphs(
    local_server: tuple[str, object],
) -> None:
    base, pages = local_server
    pages.put(  # type: ignore[attr-defined]
        "/article",
        "<html><head><script>var x = 99;</script></head><body><nav>Home 12</nav>"
        "<h1>Record cargo</h1><p>The port handled 8.4 million containers.</p>"
        "<p>Rates fell by 60 percent, according to Kpler.</p></body></html>",
    )
    _ingest(f"{base}/article")
    source = Source.objects.get()
    assert source.url.startswith(base)
    assert "var x" not in source.latest_snapshot().text  # type: ignore[union-attr]
    assert Suggestion.objects.filter(source=source).count() == 2


def test_fetch_refuses_other_schemes() -> None:
    with pytest.raises(FetchError, match="Only http and https"):
        fetch_url("file:///etc/passwd")
    with pytest.raises(CommandError, match="Only http and https"):
        _ingest("ftp://example.org/article.txt")


def test_fetch_refuses_loopback_unless_allowed(settings: object) -> None:
    settings.TALLY_FETCH_ALLOW_PRIVATE = False  # type: ignore[attr-defined]
    with pytest.raises(FetchError, match="loopback, private or reserved"):
        fetch_url("http://127.0.0.1:9/article")


def test_fetch_refuses_a_redirect_to_a_private_address(
    local_server: tuple[str, object], monkeypatch: pytest.MonkeyPatch
) -> None:
    from sources import fetch

    base, pages = local_server
    pages.put("/jump", "http://10.0.0.1/secret", status=302)  # type: ignore[attr-defined]
    check = fetch.check_url
    checked: list[str] = []

    def test_server_only(url: str, *, allow_private: bool) -> None:
        checked.append(url)
        check(url, allow_private=url.startswith(base))  # the first hop is the test server

    monkeypatch.setattr(fetch, "check_url", test_server_only)
    with pytest.raises(
        FetchError, match=r"10\.0\.0\.1 resolves to 10\.0\.0\.1, a loopback, private"
    ):
        fetch_url(f"{base}/jump", allow_private=False)
    assert checked == [f"{base}/jump", "http://10.0.0.1/secret"]  # the redirect was checked


def test_fetch_enforces_the_size_limit(local_server: tuple[str, object]) -> None:
    base, pages = local_server
    pages.put("/big", "<p>" + "word " * 1000 + "</p>")  # type: ignore[attr-defined]
    with pytest.raises(FetchError, match="limit"):
        fetch_url(f"{base}/big", max_bytes=500)


def test_fetch_reports_http_errors_and_timeouts(local_server: tuple[str, object]) -> None:
    base, _ = local_server
    with pytest.raises(FetchError, match="404"):
        fetch_url(f"{base}/missing")
    with pytest.raises(FetchError):
        fetch_url("http://127.0.0.1:9/closed", timeout=0.5)
