"""Fetching an article by URL: http and https only, a timeout, a size limit, no requests to
loopback or private addresses unless settings allow them, and errors that say what went wrong."""

import ipaddress
import socket
import urllib.error
import urllib.request
from dataclasses import dataclass
from html.parser import HTMLParser
from http.client import HTTPMessage
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings


class FetchError(Exception):
    """The URL could not be fetched; the message says why, for a person to read."""


@dataclass(frozen=True)
class FetchedPage:
    url: str
    text: str
    content_type: str


def _check_url(url: str, *, allow_private: bool) -> None:
    try:
        parts = urlsplit(url)
        port = parts.port  # reading it checks it: "http://host:99999/" raises
    except ValueError as exc:
        raise FetchError(f"This is not a valid address ({exc}).") from exc
    if parts.scheme not in ("http", "https"):
        raise FetchError(f"Only http and https URLs can be fetched, not {parts.scheme or 'this'}.")
    if not parts.hostname:
        raise FetchError("The URL has no host name.")
    try:
        addresses = {str(info[4][0]) for info in socket.getaddrinfo(parts.hostname, port or 80)}
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"Cannot resolve {parts.hostname}: {exc}.") from exc
    if allow_private:
        return
    for address in addresses:
        ip = ipaddress.ip_address(address.split("%")[0])
        if not ip.is_global or ip.is_multicast:
            raise FetchError(
                f"{parts.hostname} resolves to {address}, a loopback, private or reserved "
                "address; fetching it is not allowed (TALLY_FETCH_ALLOW_PRIVATE)."
            )


class _CheckedRedirects(urllib.request.HTTPRedirectHandler):
    """Every redirect target passes the same checks as the first URL."""

    def __init__(self, allow_private: bool) -> None:
        self.allow_private = allow_private

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: Any,
        code: int,
        msg: str,
        headers: HTTPMessage,
        newurl: str,
    ) -> urllib.request.Request | None:
        _check_url(newurl, allow_private=self.allow_private)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch_url(
    url: str,
    *,
    timeout: float | None = None,
    max_bytes: int | None = None,
    allow_private: bool | None = None,
) -> FetchedPage:
    timeout = float(settings.TALLY_FETCH_TIMEOUT) if timeout is None else timeout
    max_bytes = int(settings.TALLY_FETCH_MAX_BYTES) if max_bytes is None else max_bytes
    allow_private = (
        bool(settings.TALLY_FETCH_ALLOW_PRIVATE) if allow_private is None else allow_private
    )
    _check_url(url, allow_private=allow_private)
    opener = urllib.request.build_opener(_CheckedRedirects(allow_private))
    request = urllib.request.Request(  # noqa: S310 - the scheme is checked above
        url, headers={"User-Agent": "Tally article intake", "Accept": "text/html, text/plain"}
    )
    try:
        with opener.open(request, timeout=timeout) as response:
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise FetchError(
                    f"The page is {int(declared):,} bytes; the limit is {max_bytes:,} "
                    "(TALLY_FETCH_MAX_BYTES)."
                )
            body = response.read(max_bytes + 1)
            if len(body) > max_bytes:
                raise FetchError(
                    f"The page is larger than the {max_bytes:,}-byte limit (TALLY_FETCH_MAX_BYTES)."
                )
            content_type = response.headers.get_content_type()
            charset = response.headers.get_content_charset() or "utf-8"
            final_url = response.geturl()
    except FetchError:
        raise
    except urllib.error.HTTPError as exc:
        raise FetchError(f"The server answered {exc.code} {exc.reason} for {url}.") from exc
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, FetchError):
            raise reason from exc
        if isinstance(reason, TimeoutError | socket.timeout):
            raise FetchError(f"No answer from {url} within {timeout:g} seconds.") from exc
        raise FetchError(f"Cannot fetch {url}: {reason}.") from exc
    except TimeoutError as exc:
        raise FetchError(f"No answer from {url} within {timeout:g} seconds.") from exc
    except OSError as exc:
        raise FetchError(f"Cannot fetch {url}: {exc}.") from exc
    if content_type not in ("text/html", "text/plain", "application/xhtml+xml"):
        raise FetchError(f"{url} is {content_type}, not an HTML page or plain text.")
    try:
        decoded = body.decode(charset, errors="replace")
    except LookupError:
        decoded = body.decode("utf-8", errors="replace")
    text = html_to_text(decoded) if content_type != "text/plain" else decoded
    if not text.strip():
        raise FetchError(f"{url} has no readable text.")
    return FetchedPage(url=final_url, text=text, content_type=content_type)


_BLOCKS = frozenset(
    {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "tr", "br"}
)
_SKIPPED = frozenset(
    {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg", "iframe"}
)


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.current: list[str] = []
        self.skipping = 0

    def _flush(self) -> None:
        block = " ".join("".join(self.current).split())
        if block:
            self.blocks.append(block)
        self.current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self.skipping += 1
        elif tag in _BLOCKS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.current.append(data)


def html_to_text(html: str) -> str:
    """The readable blocks of an HTML page, one paragraph per block."""
    extractor = _TextExtractor()
    extractor.feed(html)
    extractor.close()
    extractor._flush()
    return "\n\n".join(extractor.blocks) + "\n"
