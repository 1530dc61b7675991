"""Fetching an article by URL: http and https only, a timeout, a size limit, no requests to
loopback or private addresses unless settings allow them, and errors that say what went wrong.
An HTML page is read for its article and what it says about it (`read_article_html`).

The safe fetch and the page reader are `sources.fetch`'s, one implementation that the re-check
of cited sources uses too; intake keeps its names for them here."""

from dataclasses import dataclass

from django.conf import settings

from sources.fetch import (
    COMMENTS_HEADING,
    ArticleHTML,
    FetchError,
    http_get,
    read_article_html,
    read_page,
)
from sources.fetch import check_url as _check_url

__all__ = [
    "COMMENTS_HEADING",
    "ArticleHTML",
    "FetchError",
    "FetchedPage",
    "_check_url",
    "fetch_url",
    "read_article_html",
    "url_problem",
]


@dataclass(frozen=True)
class FetchedPage:
    url: str
    text: str
    content_type: str
    title: str = ""
    authors: tuple[str, ...] = ()
    published: str = ""  # ISO date, as the page states it, or ""
    publisher: str = ""


def fetch_url(
    url: str,
    *,
    timeout: float | None = None,
    max_bytes: int | None = None,
    allow_private: bool | None = None,
) -> FetchedPage:
    answer = http_get(
        url,
        headers={"User-Agent": "Tally article intake", "Accept": "text/html, text/plain"},
        timeout=timeout,
        max_bytes=max_bytes,
        allow_private=allow_private,
    )
    article = read_page(answer)
    return FetchedPage(
        url=answer.url,
        text=article.text,
        content_type=answer.content_type,
        title=article.title,
        authors=article.authors,
        published=article.published,
        publisher=article.publisher,
    )


def url_problem(url: str) -> str:
    """Why an article cannot be fetched from `url` before trying (not http(s), no host, an
    address that is loopback, private or reserved), or "": the form says so at once."""
    try:
        _check_url(url, allow_private=bool(settings.TALLY_FETCH_ALLOW_PRIVATE))
    except FetchError as exc:
        return str(exc)
    return ""
