"""Fixtures for article intake: a short article on disk and a local HTTP server (never the
internet) that serves whatever a test puts in it."""

from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from tests.local_server import serving

ARTICLE = (
    "Port handles record cargo\n\n"
    "The port handled 8.4 million containers in 2023, the port authority said.\n\n"
    "Freight rates fell by almost 60 percent from their 2021 high, according to Kpler.\n\n"
    "Chinese telecoms company Huawei boasts that its cameras led to a 46 per cent drop in crime.\n"
)


@pytest.fixture
def article_file(tmp_path: Path) -> Path:
    path = tmp_path / "port.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


class _Pages:
    def __init__(self) -> None:
        self.pages: dict[str, tuple[int, str, bytes]] = {}

    def put(self, path: str, body: str, content_type: str = "text/html", status: int = 200) -> None:
        self.pages[path] = (status, content_type, body.encode("utf-8"))


@pytest.fixture
def local_server(settings: pytest.FixtureRequest) -> Iterator[tuple[str, _Pages]]:
    pages = _Pages()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            status, content_type, body = pages.pages.get(self.path, (404, "text/plain", b"no"))
            if status in (301, 302):
                self.send_response(status)
                self.send_header("Location", body.decode())
                self.end_headers()
                return
            self.send_response(status)
            self.send_header("Content-Type", f"{content_type}; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    settings.TALLY_FETCH_ALLOW_PRIVATE = True  # type: ignore[attr-defined]
    with serving(Handler) as base:
        yield base, pages
