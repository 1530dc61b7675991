"""Fetching a page by URL, safely: http and https only, a timeout, a size limit, every redirect
checked like the first URL, no requests to loopback or private addresses unless settings allow
them, and errors that say what went wrong. Reading a page's text is here too, so that article
intake and the re-check of cited sources fetch and read a page one way."""

import ipaddress
import itertools
import json
import re
import socket
import unicodedata
import urllib.error
import urllib.request
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from http.client import HTTPMessage
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from htmldate import find_date
from lxml.etree import tostring
from trafilatura import bare_extraction, html2txt
from trafilatura.settings import Document, use_config
from trafilatura.utils import load_html
from trafilatura.xpaths import (
    BODY_XPATH,
    COMMENTS_XPATH,
    OVERALL_DISCARD_XPATH,
    TEASER_DISCARD_XPATH,
)

READABLE_TYPES = ("text/html", "text/plain", "application/xhtml+xml")


class FetchError(Exception):
    """The URL could not be fetched; the message says why, for a person to read. `transient`:
    trying again later may work (no answer in time, a network error, a 5xx); otherwise not (a
    refused address, a page too large, a 404)."""

    def __init__(self, message: str, *, transient: bool = False) -> None:
        super().__init__(message)
        self.transient = transient


@dataclass(frozen=True)
class PageAnswer:
    """What the server answered: its status, the URL it came from after redirects, and (for a
    200) the body, read up to the size limit."""

    requested_url: str
    url: str
    status: int
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""
    content_type: str = ""
    charset: str = "utf-8"

    @property
    def redirected(self) -> bool:
        return self.url != self.requested_url

    @property
    def etag(self) -> str:
        return self.headers.get("ETag", "")

    @property
    def last_modified(self) -> str:
        return self.headers.get("Last-Modified", "")


def check_url(url: str, *, allow_private: bool) -> None:
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
        check_url(newurl, allow_private=self.allow_private)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def http_get(
    url: str,
    *,
    headers: Mapping[str, str] | None = None,
    answer_statuses: Collection[int] = (),
    timeout: float | None = None,
    max_bytes: int | None = None,
    allow_private: bool | None = None,
) -> PageAnswer:
    """GET `url` after the safety checks. A 2xx is answered with its body; a status in
    `answer_statuses` (a 304, a 404 the caller wants to know about) is answered without one;
    anything else is a FetchError."""
    timeout = float(settings.TALLY_FETCH_TIMEOUT) if timeout is None else timeout
    max_bytes = int(settings.TALLY_FETCH_MAX_BYTES) if max_bytes is None else max_bytes
    allow_private = (
        bool(settings.TALLY_FETCH_ALLOW_PRIVATE) if allow_private is None else allow_private
    )
    check_url(url, allow_private=allow_private)
    opener = urllib.request.build_opener(_CheckedRedirects(allow_private))
    request = urllib.request.Request(  # noqa: S310 - the scheme is checked above
        url, headers=dict(headers or {})
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
            return PageAnswer(
                requested_url=url,
                url=response.geturl(),
                status=response.status,
                headers=dict(response.headers.items()),
                body=body,
                content_type=response.headers.get_content_type(),
                charset=response.headers.get_content_charset() or "utf-8",
            )
    except FetchError:
        raise
    except urllib.error.HTTPError as exc:
        if exc.code in answer_statuses:
            return PageAnswer(
                requested_url=url,
                url=exc.geturl() or url,
                status=exc.code,
                headers=dict(exc.headers.items()) if exc.headers else {},
            )
        raise FetchError(
            f"The server answered {exc.code} {exc.reason} for {url}.", transient=exc.code >= 500
        ) from exc
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, FetchError):
            raise reason from exc
        if isinstance(reason, TimeoutError | socket.timeout):
            raise FetchError(
                f"No answer from {url} within {timeout:g} seconds.", transient=True
            ) from exc
        raise FetchError(f"Cannot fetch {url}: {reason}.", transient=True) from exc
    except TimeoutError as exc:
        raise FetchError(
            f"No answer from {url} within {timeout:g} seconds.", transient=True
        ) from exc
    except OSError as exc:
        raise FetchError(f"Cannot fetch {url}: {exc}.", transient=True) from exc


# trafilatura's own limits are for crawling: a short article is still an article, and the
# extraction runs in web workers' threads, where its signal-based timeout cannot be set.
_TRAFILATURA = use_config()
_TRAFILATURA.set("DEFAULT", "MIN_EXTRACTED_SIZE", "1")
_TRAFILATURA.set("DEFAULT", "MIN_OUTPUT_SIZE", "1")
_TRAFILATURA.set("DEFAULT", "MIN_OUTPUT_COMM_SIZE", "1")
_TRAFILATURA.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
# Said once, as the comment section's heading, so that normalising marks what follows as
# readers' comments (their figures are the commenters', never the article's).
COMMENTS_HEADING = "Reader comments"


@dataclass(frozen=True)
class ArticleHTML:
    """An HTML page's article: its text, one paragraph a line, with the readers' comments after
    a heading of their own, and what the page says about it ("" where it says nothing)."""

    text: str
    title: str = ""
    authors: tuple[str, ...] = ()
    published: str = ""  # ISO date, as the page states it
    publisher: str = ""


def _paragraphs(text: str | None) -> list[str]:
    return [" ".join(line.split()) for line in (text or "").split("\n") if line.strip()]


def _story_boxes_kept(html: str) -> Any:
    """The page with the article's own fact boxes and lists of figures kept, where the
    main-content extraction drops them as sidebars or by the names their classes give them.
    The parsed tree, which the extraction reads as it would read the string, parsed once (the
    string itself when it does not parse, for the extraction to say so).

    An <aside> that is a fact box (a list of items none of which is a link, "4.3%: best
    easy-access rate (X)") belongs to the story; so does a fact box set as one section of a
    sidebar that also holds links and prompts ("Most read", a newsletter's "Sign up"), which
    stay sidebars. A fact-check's rating box is such a box too: paragraphs that each open on a
    bold label ("Claim:", "Claimed by:", "Verdict:", "Why:"), stating the claim checked and the
    ruling. And a list or table of figures in the article, none of whose items is a link or a
    button ("Brand A – 19.4 per cent"), is the story's data whatever its class is named
    ("share-list" reads to the extraction as a share widget's), and so is the wrapper that holds
    such a table and little else ("embed", "widget"), wherever in the story's container it is.
    """
    tree = load_html(html)
    if tree is None:
        return html
    _layout_tables_unset(tree)
    _text_tables_set_as_tables(tree)
    _definition_lists_set_as_lines(tree)
    _feed_of_posts_unnamed(tree)
    _quotes_signed(tree)
    _times_in_prose_said(tree)
    article = _the_article(tree)
    for aside in list(tree.iter("aside")):
        if _fact_box(aside, figures=False):
            aside.tag = "div"
            _names_dropped(aside)
            aside.set(_FROM_SIDEBAR, "")
            _into_article(aside, article)
            continue
        for part in list(aside.iter("section", "div")):
            # A part already moved out with an enclosing box is kept with it.
            if aside in part.iterancestors() and _fact_box(part, figures=True):
                # Moved out before the sidebar, which the extraction still drops; its tail is
                # the sidebar's text.
                part.tail = None
                aside.addprevious(part)
                _names_dropped(part)
                part.set(_FROM_SIDEBAR, "")
                _into_article(part, article)
    for listing in tree.xpath("//ul | //ol | //table"):
        if (
            not listing.xpath(_OUTSIDE_ARTICLE)
            and not listing.xpath(_IN_COMMENTS)
            and _figures_listed(listing)
        ):
            _names_dropped(listing)
            if listing.tag == "table":
                # Its wrapper too ("<div class='embed'>", "widget", "related-data"), which the
                # extraction drops by name with the table in it; a table set after the
                # <article>, in the same container, is the story's as a fact box there is.
                _into_article(_wrapper_names_dropped(listing), article)
    for table in tree.xpath("//table"):
        if not table.xpath(_OUTSIDE_ARTICLE):
            _source_note_kept(table)
    return tree


# A table cell that holds the story is the page's layout: this many paragraphs of prose in it.
_LAYOUT_CELL_PARAGRAPHS = 2


def _layout_tables_unset(tree: Any) -> None:
    """A table set for the page's layout, not for data, set as the blocks it lays out: one
    whose cell holds paragraphs of the story (`_LAYOUT_CELL_PARAGRAPHS` of prose, as an old
    wire page's whole story stands in one cell). The extraction writes a cell as one row of a
    table ("| KABUL (AP) -- The father ... |"), the story's paragraphs run into one line that
    reads as a row of data. Session 55."""
    # Each row and cell is read once, for the table nearest it: a page laid out in nested
    # tables would otherwise have every table's descendants walked again for each table above.
    parts_of: dict[Any, list[Any]] = {}
    for part in tree.iter("tr", "td", "th"):
        table = _table_of(part)
        if table is not None:
            parts_of.setdefault(table, []).append(part)
    for table, own in parts_of.items():
        if any(part.tag != "tr" and _holds_paragraphs(part) for part in own):
            for part in [table, *table.xpath("./thead | ./tbody | ./tfoot"), *own]:
                part.tag = "div"


def _table_of(part: Any) -> Any:
    """The table a row or a cell is of (its nearest), or the table itself."""
    if part.tag == "table":
        return part
    return next((above for above in part.iterancestors() if above.tag == "table"), None)


def _holds_paragraphs(cell: Any) -> bool:
    """Whether a cell holds paragraphs of prose of its own (none inside a table it holds)."""
    prose = [
        paragraph
        for paragraph in cell.iter("p")
        if _table_of(paragraph) is _table_of(cell)
        and len(_text_of(paragraph).split()) >= _STORY_PARAGRAPH_WORDS
    ]
    return len(prose) >= _LAYOUT_CELL_PARAGRAPHS


def _quotes_signed(tree: Any) -> None:
    """A quotation's own signature kept as its last line: the <footer> of a <blockquote> (an
    embedded post's "— Name (@handle) April 5, 2025", a quoted statement's "— the ministry"),
    which the extraction drops as a page's footer is dropped, though it says whose words the
    quotation is."""
    for footer in tree.xpath("//blockquote/footer"):
        footer.tag = "p"


def _times_in_prose_said(tree: Any) -> None:
    """A date or a time marked inside a paragraph of prose ("strikes on <time>6</time>,
    <time>14</time> and <time>22 March</time>") said as text: the extraction deletes every
    <time> element with what it says, which cut the figures and dates out of the sentence. The
    element stays, empty, for what its datetime tells the reading of the page's date, with what
    it showed kept beside it (`_shown`); a byline's or a date line's <time>, in a paragraph
    shorter than a sentence, is left whole."""
    for time in tree.xpath("//p//time"):
        paragraph = next(part for part in time.iterancestors() if part.tag == "p")
        if len(_text_of(paragraph).split()) < _STORY_PARAGRAPH_WORDS:
            continue
        said = "".join(time.itertext())
        for child in list(time):
            time.remove(child)
        time.text = None
        time.tail = said + (time.tail or "")
        time.set(_SHOWN, said)


# Where a <time> said in its paragraph's text keeps what it showed (`_times_in_prose_said`).
_SHOWN = "data-shown"


def _shown(time: Any) -> str:
    """What a <time> element shows the reader, folded."""
    return " ".join((time.get(_SHOWN) or "".join(time.itertext())).split())


# How many posts, each named as a story's content, make a live page's feed.
_FEED_POSTS = 3


def _feed_of_posts_unnamed(tree: Any) -> None:
    """A live page's feed of posts, each named as a story's content ("<div class='post'>"):
    the posts without that name. The extraction reads the first element its content expression
    finds, which here is the first post alone (its fallback, which reads more, is taken only
    where the first post is short); unnamed, the posts are read as the feed they stand in, with
    whatever else the page's story container holds (the key points, the results), by the
    extraction's wider expressions (the <main>, the content area)."""
    for first in BODY_XPATH[0](tree):
        name = first.attrib.get("class")
        parent = first.getparent()
        if name is None or parent is None:
            continue
        posts = [
            sibling
            for sibling in parent
            if sibling.tag == first.tag and sibling.attrib.get("class") == name
        ]
        if len(posts) >= _FEED_POSTS:
            for post in posts:
                post.attrib.pop("class")


def _definition_lists_set_as_lines(tree: Any) -> None:
    """A definition list (a fact-check's rating box: "What was claimed", the claim, "Our
    verdict", the ruling; a fact box's "Population", "41,200") set as the labelled lines it
    reads as, "Label: what it says", one a paragraph, where the extraction gives each term and
    each definition a line of its own, parted from its label, and drops the list with its box
    where the box's name reads as a widget's ("rating-box"). As labelled lines it is a fact box
    (`_labelled_lines`), and the box that holds it and little else keeps it by name no more."""
    for listing in tree.xpath("//dl"):
        if listing.xpath(_OUTSIDE_BOX) or listing.xpath(_CONTROLS) or listing.find("dt") is None:
            continue
        box = listing.makeelement("div", {})
        label = ""
        for part in listing.iter("dt", "dd"):
            words = _text_of(part)
            if part.tag == "dt":
                label = words.rstrip(":").strip()
                continue
            line = box.makeelement("p", {})
            if label:
                bold = line.makeelement("strong", {})
                bold.text = f"{label}:"
                bold.tail = f" {words}"
                line.append(bold)
            else:
                line.text = words
            label = ""
            box.append(line)
        box.tail = listing.tail
        parent = listing.getparent()
        if parent is not None and len(box):
            parent.replace(listing, box)
            _wrapper_names_dropped(box)


# A table written as text: "| Month | 2024 | 2025 |" lines, under "|---|---|" after its heading,
# or, in preformatted text, columns set apart by two spaces or more ("January    1,412").
_PIPE_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
_RULE_ROW = re.compile(r"^\s*\|?(?:\s*:?-{3,}:?\s*\|?)+\s*$")
_ALIGNED_GAP = re.compile(r"\s{2,}|\t")
# What a text table's element may hold besides its text: line breaks and inline styling.
_INLINE = frozenset(("br", "code", "span", "b", "strong", "i", "em", "tt", "kbd", "samp"))


def _text_tables_set_as_tables(tree: Any) -> None:
    """A table of figures written as text, one row a line, set as the <table> it stands for:
    the extraction drops such text in a <figure> and in a <div> (where a style keeps its lines),
    and reads it as one paragraph a line elsewhere, its heading and rule lines among them. As a
    table it is the story's table, read as every other (its rows, its source note). Preformatted
    text is read by its aligned columns too, as wire copy sets tables; other elements only by
    their bars, since HTML runs their spaces together."""
    for element in tree.xpath("//pre | //div | //p"):
        if element.xpath(_OUTSIDE_BOX) or any(child.tag not in _INLINE for child in element):
            continue
        rows = _text_table_rows(_lines_of(element), aligned=element.tag == "pre")
        if rows is None:
            continue
        table = element.makeelement("table", {})
        for cells, heading in rows:
            row = table.makeelement("tr", {})
            for cell in cells:
                part = row.makeelement("th" if heading else "td", {})
                part.text = cell
                row.append(part)
            table.append(row)
        table.tail = element.tail
        parent = element.getparent()
        if parent is not None:
            parent.replace(element, table)


def _lines_of(element: Any) -> list[str]:
    """An element's text as its lines: its own line breaks and its <br>s."""
    parts = [element.text or ""]
    for child in element:
        parts.append("\n" if child.tag == "br" else "".join(child.itertext()))
        parts.append(child.tail or "")
    return [line for line in "".join(parts).split("\n") if line.strip()]


def _text_table_rows(lines: list[str], *, aligned: bool) -> list[tuple[list[str], bool]] | None:
    """A text table's rows, each its cells and whether it is a heading (the row over a rule);
    None where the lines are not a table of figures: two rows or more, every row of the same
    two cells or more, and a figure in every row under the first beyond its label."""
    rows: list[tuple[list[str], bool]] = []
    piped = bool(lines) and lines[0].lstrip().startswith("|")
    for line in lines:
        if _RULE_ROW.match(line):
            if rows:
                rows[-1] = (rows[-1][0], True)
            continue
        if piped:
            if (row := _PIPE_ROW.match(line)) is None:
                return None
            cells = [cell.strip() for cell in row.group(1).split("|")]
        elif aligned:
            cells = _ALIGNED_GAP.split(line.strip())
        else:
            return None
        rows.append((cells, False))
    if len(rows) < 2 or len({len(cells) for cells, _ in rows}) != 1 or len(rows[0][0]) < 2:
        return None
    if not all(any(c.isdigit() for c in "".join(cells[1:])) for cells, _ in rows[1:]):
        return None
    return rows


# Where a caption says whose figures a table holds: "Source: X annual reports",
# "Open race prize money. Sources: X; Y", "Data: X".
_SOURCE_NOTE = re.compile(r"\b(?:Sources?|Data)\s*:\s*\S")


def _source_note_kept(table: Any) -> None:
    """A table's caption that names its source, kept as a line under the table, as a table's
    note is printed. The extraction drops captions (a photo's are chrome), and with the note
    the table's rows lose whose figures they are ("Source: X annual reports" under a table
    of throughput by year: X's, not the publisher's). Only the source is kept, from "Source:"
    to the end of its sentence: the caption's title of the table and what it goes on to say
    of the figures ("Figures for the 12 months to June") are not the story's text."""
    figure = table.getparent()
    captions = [(table.find("caption"), table)]
    if figure is not None and figure.tag == "figure":
        captions.append((figure.find("figcaption"), figure))
    # A table may have both: its title in <caption>, its source in the <figure>'s caption.
    noted = (
        (words, found, holder)
        for caption, holder in captions
        if caption is not None
        and (found := _SOURCE_NOTE.search(words := " ".join(" ".join(caption.itertext()).split())))
    )
    words, found, holder = next(noted, ("", None, table))
    if found is None:
        return
    source = _NOTE_SENTENCE_END.split(words[found.start() :], maxsplit=1)[0]
    if "(" in words[: found.start()]:
        source = source.split(")", 1)[0]  # "Visitors by year (Source: X)"
    note = holder.makeelement("p", {})
    note.text = source.rstrip()
    note.tail = holder.tail
    holder.tail = None
    holder.addnext(note)


# Where a note's first sentence ends: a stop after a lower-case word, before a capital ("X
# annual reports. Figures rounded."), so that "U.S. Census Bureau" keeps its stops.
_NOTE_SENTENCE_END = re.compile(r"(?<=[a-z]{2}\.)\s+(?=[A-Z])")


def _the_article(tree: Any) -> Any:
    """The page's one <article> element, or None where it has none or several (a list of
    teasers, each an <article>)."""
    articles = tree.xpath("//article[not(ancestor::article)]")
    return articles[0] if len(articles) == 1 else None


def _into_article(box: Any, article: Any) -> None:
    """A fact box set beside the article ("Fast facts" in the sidebar next to the story, both
    in the page's <main>) moved to the article's end: the extraction reads the <article> alone
    when a page marks one, and the box's figures are the story's. A box elsewhere on the page
    (its header or footer, another container than the story's) stays where it is. On a page
    that marks no <article>, a sidebar's fact box set straight after the story's own container
    (the element before it that holds the story's paragraphs) is moved to that container's
    end, where the extraction reads it; a table or a list of figures there is put back once
    the extraction has read the story (`_lost_boxes_restored`)."""
    if article is None:
        story = box.getprevious()
        if (
            _FROM_SIDEBAR in box.attrib
            and story is not None
            and isinstance(story.tag, str)
            and len(story.findall(".//p")) >= _STORY_PARAGRAPHS
            and not box.xpath(_OUTSIDE_BOX)
        ):
            box.tail = None
            story.append(box)
        return
    if article in box.iterancestors():
        return
    container = article.getparent()
    if container is None or container not in box.iterancestors() or box.xpath(_OUTSIDE_BOX):
        return
    box.tail = None
    article.append(box)


# Marks a box taken out of a sidebar as the story's by its shape alone: where the extraction
# reads it, it is kept, but it is never put back as a box the extraction lost
# (`_lost_boxes_restored`), for a sidebar's "Most read" or prices list has that shape too.
_FROM_SIDEBAR = "data-from-sidebar"
# How many paragraphs make an element the story's own container, on a page with no <article>.
_STORY_PARAGRAPHS = 3
# A box in the page's header, navigation or footer is the site's, never the story's.
_OUTSIDE_BOX = "ancestor::*[self::header or self::nav or self::footer]"
# Where a list is the page's chrome rather than the article's: its header, navigation, footer
# and sidebars (a fact box set in an aside is judged above, as a whole).
_OUTSIDE_ARTICLE = (
    "ancestor-or-self::*[self::header or self::nav or self::footer or self::aside"
    " or contains(translate(@role, 'N', 'n'), 'nav')]"
)
# A readers' comment thread ("<ol class='commentlist'>", "<div id='comments'>"): a list of
# comments each with its time and no link ("18 February 2025 at 9:14") has a list of figures'
# shape, but is no box of the story's; unnamed as one, it was read as the article's text, and
# the story itself, its wrapper named as chrome, was dropped in its favour.
_IN_COMMENTS = (
    "ancestor-or-self::*[contains(translate(@class, 'COMENT', 'coment'), 'comment')"
    " or contains(translate(@id, 'COMENT', 'coment'), 'comment')]"
)
# What makes a box a widget or a prompt rather than the story's: a link, a button, a form.
_CONTROLS = ".//a | .//button | .//form | .//input | .//select | .//textarea"


def _fact_box(box: Any, *, figures: bool) -> bool:
    """Whether an element is a fact box: nothing in it a link or a control, and it lists items
    (each with a figure, where `figures`: a sidebar's section of items without one is as
    likely its tags or topics), sets rows of figures in a table, or states labelled lines."""
    if box.xpath(_CONTROLS):
        return False
    items = box.findall(".//li")
    if items:
        return not figures or all(_has_figure(item) for item in items)
    # A box that sets its figures in a table ("By township" over rows of values).
    rows = box.xpath(".//tr[td]")
    if rows:
        return all(_has_figure(row) for row in rows)
    return not figures and _lines_of_a_box(box)


def _figures_listed(listing: Any) -> bool:
    """Whether a list or table is the story's figures: nothing in it a link or a control (a
    share widget's counts sit next to its share links, a list of links is navigation), and
    each of its items (a table's rows of cells, its heading row aside) states a figure."""
    if listing.xpath(_CONTROLS):
        return False
    items = listing.xpath(".//tr[td]") if listing.tag == "table" else listing.findall("li")
    return bool(items) and all(_has_figure(item) for item in items)


# What a table's wrapper may hold besides it: a heading, a caption, a source line.
_WRAPPER_EXTRA_CHARACTERS = 300


def _wrapper_names_dropped(table: Any) -> Any:
    """The elements that wrap a table of figures (`_table_wrappers`) without the class and id
    names the extraction drops elements by; the outermost of them, or the table itself. The
    story's own containers, which hold its paragraphs too, keep their names: the extraction
    finds the story by them."""
    outermost = table
    for wrapper in _table_wrappers(table):
        _name_dropped(wrapper)
        outermost = wrapper
    return outermost


def _table_wrappers(table: Any) -> list[Any]:
    """The elements that wrap a table of figures, innermost first, holding little else (a
    heading, a caption, a source line) and nothing a reader acts on (no link, no control)."""
    wrappers = []
    size = len(_text_of(table))
    for wrapper in table.iterancestors():
        if (
            wrapper.tag in ("article", "main", "body", "html")
            or wrapper.xpath(_CONTROLS)
            or wrapper.find(".//article") is not None
            or len(_text_of(wrapper)) > size + _WRAPPER_EXTRA_CHARACTERS
        ):
            break
        wrappers.append(wrapper)
    return wrappers


# How many lost boxes a page has put back (`_lost_boxes_restored`).
_MOST_BOXES_RESTORED = 12
# The elements whose text the extraction gives as a paragraph of its own.
_PARAGRAPH_TAGS = frozenset(("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "dd"))
# How many words make a paragraph the story's own, in finding where the story stands on the
# page ("Advertisement" or "Share" stand anywhere).
_STORY_PARAGRAPH_WORDS = 8


def _places_on_the_page(
    page: Any, paragraphs: list[str]
) -> tuple[list[tuple[Any, int, bool]], Any]:
    """Where the extraction's paragraphs stand on the page: every element, with how many of
    them stand before it and whether it is one of them (its text a paragraph given), and the
    region that holds the story (`_around_the_story`, from the paragraphs of a sentence's
    length), or None. What the extraction lost is put back by these places."""
    where = {text.removeprefix("- "): index for index, text in enumerate(paragraphs)}
    placed: list[tuple[Any, int, bool]] = []
    story: list[Any] = []
    before = 0
    for element in page.iter():
        if not isinstance(element.tag, str):
            continue
        read = False
        if element.tag in _PARAGRAPH_TAGS:
            text = _text_of(element)
            if text in where:
                before, read = where[text] + 1, True
                if len(text.split()) >= _STORY_PARAGRAPH_WORDS:
                    story.append(element)
        placed.append((element, before, read))
    return placed, _around_the_story(story, _the_article(page))


def _lost_boxes_restored(page: Any, paragraphs: list[str], comments: list[str]) -> list[str]:
    """The article's paragraphs, with the story's boxes of figures that the extraction lost put
    back where they stand on the page: a table or a list of figures (`_figures_listed`) or a
    box of labelled lines ("Claim: …", "Fact: …"). The extraction reads the story from one
    container (the first its content expressions find: a "article-body" div, a live page's
    feed of posts, "entry-content"), and drops a box set beside that container though in the
    element that holds it: the key points and results table above a live feed in its <main>,
    a data embed after the body's last paragraph in the <article>, a verdict box above the
    body. A box the extraction kept, even in part, and a box outside the element that holds
    the story's container (the page's sidebar, another story) stay as they are. Each box is
    read as the extraction reads it ("| cell | cell |" rows, "- item" lines) and set after
    the paragraph it follows on the page."""
    if isinstance(page, str):
        return paragraphs
    placed, region = _places_on_the_page(page, paragraphs)
    # Each box, and how many paragraphs stand before it.
    boxes = [(element, before) for element, before, _ in placed if _a_box(element)]
    if region is None or not boxes:
        return paragraphs
    said = " ".join(" ".join([*paragraphs, *comments]).replace("|", " ").split())
    lost = [
        (box, at)
        for box, at in boxes
        if region in box.iterancestors()
        and not box.xpath(_OUTSIDE_ARTICLE)
        and _FROM_SIDEBAR not in _attributes_above(box)
        and not any(item in said for item in _items(box))
    ]
    if not lost:
        return paragraphs
    # What the extraction drops on purpose, by the names its own expressions read as chrome
    # (sharing, related stories, widgets, comment threads, teasers): a list or a labelled box
    # in it was not lost. A table of figures was, but in a comment thread: a "widget" or an
    # "embed" (a tabbed widget's panels) is as often a data table's wrapper as chrome.
    threads = {element for expression in COMMENTS_XPATH for element in expression(page)}
    dropped = threads | {
        element
        for expression in (*OVERALL_DISCARD_XPATH, *TEASER_DISCARD_XPATH)
        for element in expression(page)
    }
    restored: list[Any] = []
    inserts: list[tuple[int, list[str]]] = []
    # Each box is read by the extraction again: a page of hundreds of lost tables (a data dump,
    # or a page built to slow the reader) has its first few put back, not all.
    for box, at in lost[:_MOST_BOXES_RESTORED]:
        chrome = threads if box.tag == "table" else dropped
        if any(part in chrome for part in (box, *box.iterancestors())) or any(
            done in box.iterancestors() for done in restored
        ):
            continue
        read = _as_extracted(box)
        if read:
            restored.append(box)
            inserts.append((at, read))
    for at, read in reversed(inserts):
        paragraphs[at:at] = read
    return paragraphs


def _split_story_restored(page: Any, paragraphs: list[str], comments: list[str]) -> list[str]:
    """The article's paragraphs with the story's own runs of paragraphs that the extraction
    left out put back where they stand on the page. The extraction reads the first container
    its content expressions find and stops there: a story split in two blocks ("article-body",
    then an embedded post or a newsletter box, then another "article-body") loses all the
    second holds; and it drops a block inside the story by a name its class carries
    ("expandable-content", "in-viewport", "metadata-aware"), which is the story's text all the
    same. A run is two or more paragraphs of a sentence's length or more (`_STORY_PARAGRAPH_WORDS`)
    one after the other, none of them said, in the region that holds the story (`_around_the_story`),
    outside its chrome (`_in_story_chrome`): a byline, a date line, a caption, a newsletter's
    prompt or an advert's line stands alone, and a teaser is a link."""
    if isinstance(page, str):
        return paragraphs
    placed, region = _places_on_the_page(page, paragraphs)
    said = _shingles(" ".join([*paragraphs, *comments]))
    # Each paragraph the extraction did not give, with how many of its paragraphs stand before.
    unsaid: list[tuple[Any, str, int]] = []
    for element, before, read in placed:
        if read or element.tag != "p":
            continue
        # What a reader sees of the paragraph: a script's or a style's text is none of it.
        text = _shown_text(element)
        if (
            len(text.split()) >= _STORY_PARAGRAPH_WORDS
            and not _said_already(text, said)
            and _link_share(element) <= _MOST_LINK_SHARE
        ):
            unsaid.append((element, text, before))
    if region is None or not unsaid:
        return paragraphs
    furniture: dict[Any, bool] = {}
    candidates = [
        (element, text, at)
        for element, text, at in unsaid
        if region in element.iterancestors() and not _in_story_chrome(element, region, furniture)
    ]
    runs: list[list[tuple[Any, str, int]]] = []
    for element, text, at in candidates:
        if runs and _element_before(element) is runs[-1][-1][0]:
            runs[-1].append((element, text, at))
        else:
            runs.append([(element, text, at)])
    inserts = [(text, at) for run in runs if len(run) >= _RUN_PARAGRAPHS for _, text, at in run]
    for text, at in sorted(inserts, key=lambda item: item[1], reverse=True):
        paragraphs.insert(at, text)
    return paragraphs


# The text of an element a reader is shown: not a script's, a style's or a <noscript>'s.
_SHOWN_TEXT = ".//text()[not(ancestor::script or ancestor::style or ancestor::noscript)]"


def _shown_text(element: Any) -> str:
    """What a reader sees of an element's text (`_SHOWN_TEXT`), its whitespace folded."""
    return " ".join("".join(element.xpath(_SHOWN_TEXT)).split())


def _shingles(text: str) -> set[tuple[str, ...]]:
    """Every run of `_SHINGLE_WORDS` words in `text`, case and punctuation aside: what the
    extraction said, compared past the differences its reading makes to a paragraph (a line
    break for a <br>, a deleted element's words)."""
    words = re.findall(r"\w+", text.casefold())
    size = _SHINGLE_WORDS
    return {tuple(words[at : at + size]) for at in range(max(0, len(words) - size + 1))}


def _said_already(text: str, said: set[tuple[str, ...]]) -> bool:
    """Whether the extraction gave `text`: all but a fifth of its runs of words (`_shingles`).
    Runs of six words tell apart the paragraphs of a story that repeats its phrasing with other
    figures and places ("... households in X waited more than N weeks ...")."""
    runs = _shingles(text)
    return not runs or len(runs & said) * 5 >= len(runs) * 4


# How many words make a run compared (`_shingles`).
_SHINGLE_WORDS = 6


# How many paragraphs, each of a sentence's length, make a run of the story's text
# (`_split_story_restored`): a line of the page's furniture stands alone.
_RUN_PARAGRAPHS = 2
# A paragraph more than half of whose text is a link's is a teaser or a prompt, not the story's.
_MOST_LINK_SHARE = 0.5
# The elements whose text is never the story's running text: the page's and the story's
# furniture, a caption, a form, a quotation set apart (a pull quote repeats the story), a list.
_FURNITURE_TAGS = frozenset(
    {"aside", "nav", "footer", "header", "figure", "figcaption", "form", "blockquote", "li"}
    | {"td", "th", "button", "label", "dialog"}
)
# Class and id names of what a page sets around its story's text, wherever: related stories,
# promotions, newsletters, sharing, adverts, the byline and when it was published, captions and
# credits, navigation, a kicker. `_FURNITURE_NAMES` and `_NOT_A_STANDFIRST` both read them.
_CHROME_NAMES = (
    r"relat|promo|newsletter|subscri|share|social|\bads?\b|advert|byline|author|timestamp|"
    r"published|updated|caption|credit|\bnav|menu|breadcrumb|kicker"
)
# Class and id names of the page's furniture inside the story's region: the above, and more
# teasers, prompts and paywalls' offers, sidebars, comments, and the story's standfirst.
_FURNITURE_NAMES = re.compile(
    rf"{_CHROME_NAMES}|recommend|more-?stor|most-?(?:read|popular)|read-?(?:more|next)|teaser|"
    r"signup|sign-up|paywall|offer|sponsor|outbrain|taboola|\bbio\b|dateline|\bdate\b|"
    r"correction|disclaimer|footer|sidebar|banner|consent|cookie|modal|popup|comment|"
    r"\btags?\b|\btopics?\b|standfirst|\bdek\b|summary|\bintro\b|\blede\b",
    re.IGNORECASE,
)
# An element this small that holds a control is a prompt ("Sign up", "Subscribe"), not prose.
_PROMPT_CHARACTERS = 400


def _in_story_chrome(element: Any, region: Any, furniture: dict[Any, bool]) -> bool:
    """Whether a paragraph in the story's region stands in its furniture (`_is_furniture`), or
    outside the region. `furniture` keeps what each element was found to be, since the
    paragraphs of a block share their ancestors, whose text may be the whole page's."""
    for part in (element, *element.iterancestors()):
        if part is region:
            return False
        if part not in furniture:
            furniture[part] = _is_furniture(part, is_paragraph=part is element)
        if furniture[part]:
            return True
    return True  # outside the region


def _is_furniture(part: Any, *, is_paragraph: bool) -> bool:
    """Whether an element is the page's furniture (`_FURNITURE_TAGS`, `_FURNITURE_NAMES`: a
    comment thread among it), a prompt's box, or hidden from its readers."""
    names = f"{part.attrib.get('class', '')} {part.attrib.get('id', '')}"
    return bool(
        (not is_paragraph and part.tag in _FURNITURE_TAGS)
        or _FURNITURE_NAMES.search(names)
        or "hidden" in part.attrib
        or part.attrib.get("aria-hidden") == "true"
        or re.search(r"display\s*:\s*none", part.attrib.get("style", ""))
        or (
            not is_paragraph and part.xpath(_CONTROLS) and len(_text_of(part)) <= _PROMPT_CHARACTERS
        )
    )


def _element_before(element: Any) -> Any:
    """The element just before `element` among its siblings, markup comments aside."""
    before = element.getprevious()
    while before is not None and not isinstance(before.tag, str):
        before = before.getprevious()
    return before


def _link_share(element: Any) -> float:
    """How much of an element's text is its links' text."""
    text = len(_text_of(element)) or 1
    return sum(len(_text_of(link)) for link in element.iter("a")) / text


def _attributes_above(element: Any) -> set[str]:
    """The attribute names an element and its ancestors carry."""
    return {name for part in (element, *element.iterancestors()) for name in part.attrib}


def _a_box(element: Any) -> bool:
    if element.tag in ("table", "ul", "ol"):
        return _figures_listed(element)
    return element.tag in ("div", "section") and _lines_of_a_box(element) and _has_figure(element)


def _around_the_story(story: list[Any], article: Any) -> Any:
    """Where the story stands on the page: the page's one <article> where the story's
    paragraphs were read from within it; else the element that holds the container they were
    read from (the container itself where it is the page's body or stands in it); None where
    they were found nowhere or all over the page."""
    if not story:
        return None
    if article is not None and all(article in element.iterancestors() for element in story):
        return article
    common = story[0]
    for element in story[1:]:
        while (
            common is not None and common is not element and common not in element.iterancestors()
        ):
            common = common.getparent()
    if common is None or common.tag in ("body", "html"):
        return None
    holder = common.getparent()
    return common if holder is None or holder.tag in ("body", "html") else holder


def _items(box: Any) -> list[str]:
    """What a box states, item by item, as the extraction's text would say it."""
    if box.tag == "table":
        rows = box.xpath(".//tr[td]")
        return [
            " ".join(_text_of(cell) for cell in row if isinstance(cell.tag, str)) for row in rows
        ]
    parts = box.findall("li") if box.tag in ("ul", "ol") else box.findall(".//p")
    return [text for part in parts if (text := _text_of(part))]


def _as_extracted(box: Any) -> list[str]:
    """A box's paragraphs as the extraction reads them, a table with the heading, caption and
    source line its wrapper holds."""
    if box.tag == "table":
        box = ([box, *_table_wrappers(box)])[-1]
    document = bare_extraction(
        f"<html><body><article>{tostring(box, encoding='unicode', with_tail=False)}</article>"
        "</body></html>",
        include_comments=False,
        include_tables=True,
        include_images=False,
        deduplicate=False,
        as_dict=False,
        config=_TRAFILATURA,
    )
    return _paragraphs(document.text) if isinstance(document, Document) else []


def _has_figure(element: Any) -> bool:
    return any(character.isdigit() for character in "".join(element.itertext()))


def _names_dropped(element: Any) -> None:
    """An element kept as the story's, without the class and id names the extraction drops
    some elements by ("rating" reads as a star widget's, "share" as a share widget's,
    "sidebar", "related"), here naming a box or list of the story's figures."""
    for part in element.iter():
        _name_dropped(part)
        if part.attrib.get("role") in ("presentation", "none"):
            # A table of figures marked as layout is still read as the story's table.
            part.attrib.pop("role")


def _name_dropped(part: Any) -> None:
    """One element without its class and id names (`_names_dropped`)."""
    part.attrib.pop("class", None)
    part.attrib.pop("id", None)


def _lines_of_a_box(box: Any) -> bool:
    """Whether a box states its parts line by line, under bold labels ("Claim:", "Verdict:")
    or under short headings of their own ("What was claimed", "Our verdict")."""
    return _labelled_lines(box) or _headed_lines(box)


def _labelled_lines(aside: Any) -> bool:
    """Whether an aside's paragraphs open on bold labels that end in a colon ("<p><strong>
    Verdict:</strong> Misleading</p>"): two or more, the first among them, and any other
    paragraph goes on from the labelled one before it (a ruling's second paragraph)."""
    paragraphs = aside.findall(".//p")
    labelled = [_opens_on_a_label(paragraph) for paragraph in paragraphs]
    return len(paragraphs) >= 2 and labelled[0] and sum(labelled) >= 2


def _headed_lines(box: Any) -> bool:
    """Whether a box sets its parts under short headings of their own ("<h2>What was
    claimed</h2><p>…</p><h2>Our verdict</h2><p>…</p>", a fact-check's verdict box): two or
    more headings among its children, each over a paragraph."""
    children = [child for child in box if isinstance(child.tag, str)]
    headed = [
        index
        for index, child in enumerate(children[:-1])
        if child.tag in ("h2", "h3", "h4", "h5")
        and len(_text_of(child).split()) <= _BOX_HEADING_WORDS
        and children[index + 1].tag == "p"
    ]
    return len(headed) >= 2


# The longest heading a box sets over one of its parts ("What was claimed", "Our verdict").
_BOX_HEADING_WORDS = 6


def _opens_on_a_label(paragraph: Any) -> bool:
    label = paragraph[0] if len(paragraph) else None
    return (
        label is not None
        and label.tag in ("strong", "b", "span")
        and not (paragraph.text or "").strip()
        and (label.text or "").strip().endswith(":")
    )


def _date_params(*, extensive: bool) -> dict[str, Any]:
    """htmldate's settings: the date the page was first published, up to the end of next year
    (a page's clock or time zone may run ahead of ours, and a page states what it states; the
    default, today, made htmldate drop such a date and guess another)."""
    return {
        "original_date": True,
        "extensive_search": extensive,
        # A date the page states in its markup (its published time) before one read from its
        # address: an evening story's path may carry the next day's date (its UTC day, or the
        # print edition's), and the page says when it was published.
        "deferred_url_extractor": True,
        "max_date": f"{date.today().year + 1}-12-31",
    }


def _stated_date(page: Any, url: str) -> str:
    """A publication date the page's text states ("Published 12 March 2026" in a plain
    paragraph), for a page whose markup gives none. htmldate's extensive search also turns a
    year alone (a copyright line, "since 2023") into 1 January of it: a date nobody stated,
    which would stand as the source's date of publication, so it is no date here."""
    found = find_date(page, url=url or None, **_date_params(extensive=True))
    return found if found and not found.endswith("-01-01") else ""


def read_article_html(html: str, *, url: str = "") -> ArticleHTML:
    """The article in an HTML page, without its navigation, teasers, prompts and footers
    (trafilatura's main-content extraction), and its title, author, date and publisher."""
    page = _story_boxes_kept(html)
    try:
        document = bare_extraction(
            page,
            url=url or None,
            date_extraction_params=_date_params(extensive=False),
            with_metadata=True,
            include_comments=True,
            include_tables=True,
            include_images=False,
            deduplicate=False,
            as_dict=False,
            config=_TRAFILATURA,
        )
    except AssertionError:
        # Markup lxml parses with a <script> as the root ("<body><script><html>", found by the
        # page reader's property test): htmldate's cleaning, inside trafilatura, asserts the
        # script has a parent. No article reads from such a page; its visible text does.
        document = None
    if not isinstance(document, Document):
        # Nothing reads as an article: the page's visible text, crudely, rather than nothing.
        return ArticleHTML(text="\n\n".join(_paragraphs(html2txt(html))) + "\n")
    comments = _paragraphs(document.comments)
    paragraphs = _lost_boxes_restored(page, _paragraphs(document.text), comments)
    paragraphs = _split_story_restored(page, paragraphs, comments)
    title = _headline(page, document.title or "")
    paragraphs = _headline_and_standfirst(page, title, paragraphs, comments)
    if comments:
        paragraphs += [COMMENTS_HEADING, *comments]
    published = document.date or _stated_date(page, url)
    # A page whose <title> is the headline alone leads trafilatura to give the headline as the
    # site's name: no publisher's name, which the masthead or the title's suffix may give.
    sitename = document.sitename or ""
    if " ".join(sitename.split()).casefold() == " ".join((document.title or "").split()).casefold():
        sitename = ""
    publisher = _publisher(page, _as_a_name(sitename))
    return ArticleHTML(
        text="\n\n".join(paragraphs) + "\n",
        title=title,
        authors=_as_the_byline_names(
            tuple(
                _as_the_page_spells(name, html)
                for name in _without_publisher(_authors(document.author), publisher)
            ),
            page,
        )
        or _credited_reporters(page)
        or _organisation_authors(page, publisher),
        published=_date_as_shown(page, published),
        publisher=publisher,
    )


# What stands between a headline and its story without being its standfirst, by the class or id
# names or the tags of an element, its parts or its ancestors: the byline and the date, the
# picture's caption and credit, sharing buttons, breadcrumbs, a kicker, a link to other stories,
# an offer, a disclosure; the page's furniture, a form, a list, a pull quote.
_NOT_A_STANDFIRST = re.compile(
    rf"{_CHROME_NAMES}|\bdate|\btime\b|disclos|\b(?:figure|aside|footer|form|li|blockquote)\b",
    re.IGNORECASE,
)
# The elements a standfirst is set in, and how many of them under the headline are read for it.
_STANDFIRST_TAGS = frozenset(("p", "h2", "h3", "div"))
_STANDFIRST_SEARCH = 30
# How many paragraphs a standfirst runs to, at most ("a second standfirst").
_STANDFIRST_PARAGRAPHS = 2


def _headline_and_standfirst(
    page: Any, title: str, paragraphs: list[str], comments: list[str]
) -> list[str]:
    """The article's paragraphs opening with its headline and standfirst, as a reader (and a
    pasted copy) has them, where the extraction gave neither: it reads the story's body, and a
    headline and the line under it ("Board recommends a final dividend of 7.50 a share; rural
    volumes grow 11 pc") state figures a fact-checker checks and quotes. The standfirst is the
    paragraph or two right under the page's one <h1>, before the body's first paragraph, of a
    sentence's length, neither furniture (`_NOT_A_STANDFIRST`) nor a labelled note ("How we
    make money: ..."), and not said already; it is looked for among the few elements under
    the headline (`_STANDFIRST_SEARCH`), however long the page."""
    if isinstance(page, str) or not title:
        return paragraphs
    said = _shingles(" ".join([*paragraphs, *comments]))
    heading = _shown_heading(page)
    standfirst: list[str] = []
    if heading is not None:
        body = set(paragraphs)
        elements = (tag for tag in _following(heading) if tag.tag in _STANDFIRST_TAGS)
        for element in itertools.islice(elements, _STANDFIRST_SEARCH):
            if any(
                isinstance(child.tag, str) and child.tag in _STANDFIRST_TAGS | {"ul", "ol", "table"}
                for child in element
            ):
                continue
            text = _shown_text(element)
            if text in body or len(standfirst) == _STANDFIRST_PARAGRAPHS:
                break
            if len(text.split()) < _STORY_PARAGRAPH_WORDS:
                continue
            # The element's own names, its ancestors' and its parts' ("article-info" holding
            # a "byline" and a <time>).
            names = " ".join(
                f"{part.attrib.get('class', '')} {part.attrib.get('id', '')} {part.tag}"
                for part in (*element.iter(), *element.iterancestors())
                if isinstance(part.tag, str)
            )
            if _NOT_A_STANDFIRST.search(names) or _BY.match(text) or _PUBLISHED_LINE.match(text):
                continue  # the byline or the date, which may stand above the standfirst
            if (
                _link_share(element) > _MOST_LINK_SHARE
                or _opens_on_a_label(element)
                or _said_already(text, said)
            ):
                break
            standfirst.append(text)
    at = next((index for index, text in enumerate(paragraphs[:3]) if text == title), None)
    if at is not None:
        return [*paragraphs[: at + 1], *standfirst, *paragraphs[at + 1 :]]
    headline = (
        [] if _said_already(title, said) and len(title.split()) >= _SHINGLE_WORDS else [title]
    )
    return [*headline, *standfirst, *paragraphs]


def _following(element: Any) -> Iterator[Any]:
    """The elements after `element` in the page, in order, as XPath's following:: axis has
    them, read lazily: the standfirst's search reads a few of them, however long the page."""
    for node in (element, *element.iterancestors()):
        for sibling in node.itersiblings():
            yield from sibling.iter()


def _as_the_page_spells(name: str, html: str) -> str:
    """An author's name with the stops the extraction takes out of it put back, as the page
    writes it ("Ma. Zenaida Roe", "J. R. Moor" where the extraction gives "Ma Zenaida
    Roe"): the name as it stands in the page, where it stands there with them."""
    words = name.split()
    if len(words) < 2:
        return name
    written = re.search(
        r"(?<![\w.])" + r"\.?\s+".join(re.escape(word) for word in words) + r"(?![\w])", html
    )
    return " ".join(written.group(0).split()) if written else name


def _without_publisher(authors: tuple[str, ...], publisher: str) -> tuple[str, ...]:
    """The authors without the pieces of the publisher's name the extraction split at its
    "and" and gave as authors ("Quenmoor Weather; Climate Office" for the Quenmoor Weather
    and Climate Office, the publisher a page's structured data names beside its writers)."""
    words = publisher.split()

    def part_of_publisher(name: str) -> bool:
        # A piece only: a body that writes its own page may be its author as well.
        run = name.split()
        return len(run) < len(words) and any(
            words[at : at + len(run)] == run for at in range(len(words) - len(run) + 1)
        )

    return tuple(name for name in authors if not part_of_publisher(name))


# The last word of a job a byline gives after a name ("By Ada Moor, Data Analyst, and ..."):
# the extraction splits the byline at its commas, and a job is no author.
_JOB_TITLE = re.compile(
    r"(?:\s|^)(?:Lead|Analyst|Editor|Reporter|Correspondent|Writer|Columnist|Contributor|"
    r"Producer|Manager|Director|Officer|Coordinator|Co-ordinator|Specialist|Scientist|"
    r"Researcher|Intern|Fellow|Chief|Head|Staff|Desk|Team|Photographer|Designer|Developer)$"
)


def _authors(author: str | None) -> tuple[str, ...]:
    """The page's authors, one name each (the extraction joins several with semicolons), without
    the jobs a byline gives after them or a date's month run into them."""
    names = (" ".join(name.split()) for name in (author or "").split(";"))
    return tuple(_without_month(name) for name in names if name and not _JOB_TITLE.search(name))


def _without_month(name: str) -> str:
    """`name` less the month of a date the byline shows after it in an element of its own ("By
    Ada Moor" then "January 20, 2026"), which the extraction runs into the name ("Ada Moor
    January"): after two words or more, a month's name (`_MONTHS`) is no word of the name."""
    words = name.split()
    if len(words) >= 3 and words[-1][:1].isupper() and words[-1].rstrip(".").casefold() in _MONTHS:
        return " ".join(words[:-1])
    return name


def _text_of(element: Any) -> str:
    return " ".join("".join(element.itertext()).split())


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.casefold()))


def _headline(page: Any, title: str) -> str:
    """The headline the page shows its readers (its one <h1>, the article's where it has one)
    where the markup's title is a shorter form of it: og:title is often cut for sharing
    ("Harvest: smallest in a decade" under the <h1> "Harvest: smallest in a decade after
    April frost"), and the headline a reader cites is the one they saw; so is a title that
    puts a label of the story's kind before the <h1> ("Fact check: X", "Analysis: X", where the
    page shows the label apart, over the headline). An <h1> that does not hold every word of
    the title otherwise (a site's logo, a section's name) leaves the title alone."""
    shown = _shown_headline(page)
    story = _story_headline(page)
    if shown and (
        not title
        or _words(title) <= _words(shown)
        or (title.endswith(shown) and _KIND_LABEL.fullmatch(title[: -len(shown)]))
        or story == shown
    ):
        return shown
    if not story:
        # No <h1> of the story's: a headline the page sets in an element named for it
        # ("<div class='headline'>", under a site name set as the page's <h1>).
        return _headline_by_name(page) or title
    return title


# An element named as a headline: its class has the word ("headline", "kc-headline",
# "article__headline"), or its itemprop.
_NAMED_HEADLINES = (
    "//*[contains(concat(' ', translate(@class, '_-', '  '), ' '), ' headline ') or "
    "@itemprop='headline'][not(self::a or ancestor::a or ancestor::*[self::nav or self::aside "
    "or self::footer or self::li])]"
)


def _headline_by_name(page: Any) -> str:
    """The text of the page's one element named as a headline (`_NAMED_HEADLINES`), of a
    headline's length; "" where it has none or several (a list of other stories' headlines)."""
    if isinstance(page, str):
        return ""
    named = [element for element in page.xpath(_NAMED_HEADLINES) if element.tag != "meta"]
    if len(named) != 1:
        return ""
    text = _text_of(named[0])
    return text if len(text.split()) >= _HEADLINE_WORDS else ""


# How many words make a story's <h1> a headline rather than a section's name ("Politics").
_HEADLINE_WORDS = 4


def _story_headline(page: Any) -> str:
    """The story's own <h1>: the one heading of that rank in the page's <article>, its <main> or
    the page, outside its navigation, sidebars, footer and the site's header (a post's own
    header holds its headline), not a link home, of a headline's length. It is what the
    reader saw, where the markup's title is written for search or for sharing ("Q2 GDP:
    Growth slips to 5.4%" over the <h1> "GDP growth slows to 5.4% in July-September ...")."""
    heading = _shown_heading(page)
    if heading is None or heading.xpath(
        "ancestor::*[self::nav or self::aside or self::footer or self::header[.//nav or "
        "parent::body]] | .//a[@href='/' or @rel='home']"
    ):
        # The site's header (the one that holds its navigation, or stands straight in the
        # body) and a heading that links home are the site's name, however long.
        return ""
    text = _text_of(heading)
    return text if len(text.split()) >= _HEADLINE_WORDS else ""


# A label of a story's kind before its headline in a title: "Fact check: ", "Live: ".
_KIND_LABEL = re.compile(r"[^\W\d_][\w'’-]*(?: [\w'’-]+){0,2}:\s+")


def _shown_headline(page: Any) -> str:
    """The text of the page's one <h1> (`_shown_heading`), or ""."""
    heading = _shown_heading(page)
    return _text_of(heading) if heading is not None else ""


def _shown_heading(page: Any) -> Any:
    """The page's one <h1>, the article's where it has one, else its <main>'s; None where it
    has none or several, since which of several is the headline is anyone's guess."""
    if isinstance(page, str):
        return None
    headings = page.xpath("//article//h1") or page.xpath("//main//h1") or page.xpath("//h1")
    return headings[0] if len(headings) == 1 else None


# A credit line naming the reporters ("Reporting by A, B and C. Edited by D."), as wires and
# live pages write it where the markup names no author: the names up to the sentence's end.
_REPORTING_BY = re.compile(
    r"^(?:Additional\s+)?(?:Reporting|Reported|Words)\s+by\s+(?P<names>[^.;:]+)", re.IGNORECASE
)
_NAME_SEPARATOR = re.compile(r",\s*(?:and\s+)?|\s+(?:and|&)\s+")
_CREDITED_NAME = re.compile(r"[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,3}")


# The page's byline as its readers see it: an element named for it ("byline", "author"), its
# text opening on "By", the names up to a separator of its other parts ("| 5 min read").
# A page's sidebars, footer and comment threads, which no byline or date of the story's is in.
_OUTSIDE_THE_STORY = "ancestor::*[self::aside or self::footer or contains(@class, 'comment')]"
_BYLINE_ELEMENTS = (
    "//*[self::span or self::div or self::p][contains(@class, 'byline') or contains(@class, "
    f"'author')][not({_OUTSIDE_THE_STORY})]"
)
_BYLINE_PARTS = re.compile(r"\s*[|·•]\s*|\s+[-–—]\s+")
_BY = re.compile(r"^By\s+", re.IGNORECASE)
_BYLINE_WORDS = 16
_NAME_PARTICLES = frozenset(
    {"van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "bin", "binti", "ap", "al"}
)
_RUN_TOGETHER = re.compile(r"(?<!\bMc)(?<!\bMac)[a-z][A-Z]")


def _shown_byline(page: Any) -> tuple[str, ...]:
    """The reporters the page's visible byline names after "By" ("By Ada Moor and Tom Roe",
    "By Ada Moor, Transport Correspondent"), else those an author's element holds alone, without
    "By" ("<span class='author-name'>Ada Moor</span>"); () where it shows none that names
    people alone. One pass over the byline elements: the first read after "By" wins; the first
    read without it is kept in case none is."""
    if isinstance(page, str):
        return ()
    without_by: tuple[str, ...] = ()
    for element in page.xpath(_BYLINE_ELEMENTS):
        text = _text_of(element)
        if len(text.split()) > _BYLINE_WORDS:
            continue
        by = _BY.match(text)
        if by is None and without_by:
            continue
        # Without "By", the names are read from the element's first character.
        names = _names_in_byline(text[by.end() :] if by else text)
        if not names:
            continue
        if by is not None:
            return names
        without_by = names
        if len(names) == 1 and element.getparent() is not None:
            # "<span class='author'>A</span> & <span class='author'>B</span>": each reporter in
            # an element of her own, side by side in the byline.
            alike = [
                _text_of(sibling)
                for sibling in element.getparent()
                if sibling.tag == element.tag and sibling.get("class") == element.get("class")
            ]
            if len(alike) > 1 and all(_reads_as_a_name(name) for name in alike):
                without_by = tuple(alike)
    return without_by


def _names_in_byline(part: str) -> tuple[str, ...]:
    """The names a byline gives after "By" (or from its start), or () where any is no name.
    Its other parts ("| 5 min read") and a job after a comma are no names; a list of three or
    more names is joined by commas and a last "and" ("By A, B and C")."""
    part = _BYLINE_PARTS.split(part, maxsplit=1)[0]
    listed = _NAME_LIST.match(part)
    names = [
        name.strip()
        for name in re.split(
            r",\s*|\s+(?:and|&)\s+", listed.group(0) if listed else part.split(",")[0]
        )
    ]
    return tuple(names) if names and all(_reads_as_a_name(name) for name in names) else ()


# Three names or more, commas between them and "and" before the last.
_NAME_LIST = re.compile(r"^[^,]+(?:,\s*[^,]+?)+,?\s+(?:and|&)\s+[^,]+?(?=,|$)")


def _reads_as_a_name(name: str) -> bool:
    return (
        2 <= len(name.split()) <= 4
        and _CREDITED_NAME.fullmatch(name) is not None
        and not _JOB_TITLE.search(name)
        # Words of a name, not a name run into the job after it ("Pendrill-UdehEnvironment
        # correspondent"): each capitalised, a particle aside, none capitalised inside.
        and all(word[:1].isupper() or word in _NAME_PARTICLES for word in name.split())
        and not _RUN_TOGETHER.search(name)
    )


def _as_the_byline_names(marked: tuple[str, ...], page: Any) -> tuple[str, ...]:
    """The authors the markup names, as the visible byline names them: a desk or no one in
    the markup ("Harrisford Staff", "Ravel Desk") gives way to the byline's reporters (named
    alone in an author's element, without "By", too), and a name the markup shortens or
    writes without its marks ("Harriet Trevannick" for "Harriet Trevannick-Boyd",
    "Tane-Rawiri" for "Tane-Rāwiri") is written as shown."""
    shown = _shown_byline(page)
    desk = not marked or all(_JOB_TITLE.search(name) for name in marked)
    if not shown:
        return marked
    if desk:
        return shown
    if any(
        seen.casefold() == name.casefold() or _shown_form_of(name, seen)
        for name in marked
        for seen in shown
    ):
        # The byline and the markup name the same reporters, the byline all of them ("By A, B
        # and C" where the markup lists A alone) and only them ("By A and B, with additional
        # reporting by C" where the markup lists C too): the byline's, each written as the
        # markup writes it where the two differ by case alone (a byline in capitals).
        return tuple(
            next((name for name in marked if name.casefold() == seen.casefold()), seen)
            for seen in shown
        )
    return tuple(
        next((seen for seen in shown if _shown_form_of(name, seen)), name) for name in marked
    )


def _shown_form_of(name: str, seen: str) -> bool:
    """Whether `seen` is how the byline writes `name`: with the marks or hyphens the markup
    left out, or with a second surname after it; a change of case alone is the markup's."""
    if seen.casefold() == name.casefold():
        return False
    bare, shown = _folded(name).replace("-", " "), _folded(seen).replace("-", " ")
    return shown == bare or shown.startswith(f"{bare} ")


def _folded(name: str) -> str:
    """A name without its accents and case, as markup may write it."""
    return "".join(
        char
        for char in unicodedata.normalize("NFKD", name.casefold())
        if not unicodedata.combining(char)
    )


def _credited_reporters(page: Any) -> tuple[str, ...]:
    """The reporters a credit line in the page names, for a page whose markup names none."""
    if isinstance(page, str):
        return ()
    for element in page.xpath("//p | //div[not(*)] | //span[not(*)]"):
        credit = _REPORTING_BY.match(_text_of(element))
        if credit:
            names = [name.strip() for name in _NAME_SEPARATOR.split(credit.group("names"))]
            # Names only ("Reporting by the council's own staff found ..." is a sentence).
            if names and all(
                name[:1].isupper() and _CREDITED_NAME.fullmatch(name) for name in names
            ):
                return tuple(names)
    return ()


def _organisation_authors(page: Any, publisher: str) -> tuple[str, ...]:
    """The organisations the page's structured data names as its authors, for a page that
    names no person ("author": {"@type": "Organization", "name": "X Council Communications
    Team"}, a press office writing for its body): the extraction reads persons only. One that
    is the publisher itself is no author of its own page's."""
    if isinstance(page, str):
        return ()
    names: list[str] = []
    for script in page.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        for item in data if isinstance(data, list) else [data]:
            authors = item.get("author") if isinstance(item, dict) else None
            for author in authors if isinstance(authors, list) else [authors]:
                if (
                    isinstance(author, dict)
                    and author.get("@type") == "Organization"
                    and isinstance(name := author.get("name"), str)
                    and (name := " ".join(name.split()))
                    and name.casefold() != publisher.casefold()
                    and name not in names
                ):
                    names.append(name)
    return tuple(names)


# The separators a <title> puts between the headline and the site's name.
_TITLE_SEPARATOR = re.compile(r"\s+[|\-\u2013\u2014]{1,2}\s+")


def _title_suffix(page: Any) -> str:
    """The site's name as its <title> ends ("Harvest: smallest in a decade - Lorvel Trade
    Journal"), for a page whose markup names no site: the last part after a separator, a few
    words long, none of which is in the headline the page shows."""
    if isinstance(page, str):
        return ""
    titles = page.xpath("//title")
    if not titles:
        return ""
    parts = _TITLE_SEPARATOR.split(_text_of(titles[0]))
    if len(parts) < 2 or not parts[0]:
        return ""
    name = parts[-1]
    shown = _words(_shown_headline(page) or " ".join(parts[:-1]))
    if not 1 <= len(name.split()) <= 6 or _words(name) & shown:
        return ""
    return name


# The ways a <time> element's text writes a whole date: "February 18, 2026", "18 Feb 2026".
_SHOWN_DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%b. %d, %Y")


def _date_as_shown(page: Any, published: str) -> str:
    """The publication date as the page shows it to its readers, where its markup gives the
    same moment in UTC: an evening story in the Americas, "February 18, 2026" on the page, is
    "2026-02-19T00:41:07+00:00" in its markup, and the date a reader cites is the one shown.
    Only a date a day either side of the markup's is taken; anything else stays as found."""
    if isinstance(page, str) or not published:
        return published
    for element in page.xpath("//time[@datetime]"):
        if not str(element.get("datetime", "")).startswith(published):
            continue
        shown = _shown(element)
        for form in _SHOWN_DATE_FORMATS:
            try:
                day = datetime.strptime(shown, form).date()
            except ValueError:
                continue
            stated = date.fromisoformat(published)
            if abs(day - stated) <= timedelta(days=1):
                return day.isoformat()
    return _local_date_shown(page, published) or _published_in_words(page, published) or published


# A line that gives the publication date in words where no <time> element does ("Published Feb
# 6, 2025, 06:00 AM SGT · Updated ...", "First Published: May 8, 2025").
_PUBLISHED_LINE = re.compile(r"^\s*(?:First\s+)?(?:Published|Posted)\b", re.IGNORECASE)


def _published_in_words(page: Any, published: str) -> str:
    """The date the page's first publication line writes out (`_PUBLISHED_LINE`), where the
    page has no <time> element of its own and the date is a day either side of the markup's
    (in UTC, as the markup gives it); "" for none."""
    if page.xpath(f"//time[not({_OUTSIDE_THE_STORY})]"):
        return ""
    try:
        stated = date.fromisoformat(published)
    except ValueError:
        return ""
    line = next(
        (
            element
            for element in page.iter()
            if isinstance(element.tag, str)
            and element.tag not in ("script", "style")
            and element.text
            and _PUBLISHED_LINE.match(element.text)
            and not element.xpath(_OUTSIDE_THE_STORY)
        ),
        None,
    )
    if line is None:
        return ""
    written_out = _day_written_out(_text_of(line))
    if written_out is not None and abs(written_out - stated) == timedelta(days=1):
        return written_out.isoformat()
    return ""


_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
# A day written out with its month's name and its year: "3 June 2025", "May 18, 2025".
_DAY_WRITTEN_OUT = re.compile(
    rf"(?i:(?<!\d)(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{_MONTH})\.?,?\s+(?P<year>\d{{4}})"
    rf"|\b(?P<month2>{_MONTH})\.?\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year2>\d{{4}}))\b"
)


def _day_written_out(text: str) -> date | None:
    """The date a text writes out with its month's name and year, or None."""
    match = _DAY_WRITTEN_OUT.search(text)
    if match is None:
        return None
    day, month, year = (
        (match.group("day"), match.group("month"), match.group("year"))
        if match.group("day")
        else (match.group("day2"), match.group("month2"), match.group("year2"))
    )
    try:
        return date(int(year), _MONTHS[month.casefold()], int(day))
    except ValueError:
        return None


def _local_date_shown(page: Any, published: str) -> str:
    """The date of the page's first <time> outside its comments and sidebars, written in its
    own time zone ("2025-03-25T05:00:00+11:00" where the markup says "2025-03-24T18:00:00Z"),
    where it is a day either side of the markup's and the page shows that day ("March 25 2024 -
    5:00am", "Friday, 28 February 2025 - 00:01"); "" for none."""
    try:
        stated = date.fromisoformat(published)
    except ValueError:
        return ""
    for element in page.xpath("//time[@datetime]"):
        if element.xpath(_OUTSIDE_THE_STORY):
            continue
        written = str(element.get("datetime", ""))[:10]
        try:
            day = date.fromisoformat(written)
        except ValueError:
            continue
        shown = _shown(element)
        written_out = _day_written_out(shown)
        if written_out is not None and abs(written_out - stated) == timedelta(days=1):
            # "3 June 2025, 12:30 am" over "2025-06-02T23:30:00+00:00": the markup in UTC, the
            # page in the reader's own zone, a day on.
            return written_out.isoformat()
        if abs(day - stated) == timedelta(days=1) and re.search(
            rf"(?<!\d)0?{day.day}(?!\d)", shown
        ):
            return day.isoformat()
        return ""  # the first <time> is the publication's; a later one is an update's
    return ""


def _site_name(page: Any) -> str:
    """The name the site gives itself (og:site_name), before the publisher's name in its
    structured data, which is often the company behind the site ("ACB News", not "Ardcrann
    Broadcasting"): the name its own text uses ("an ACB News analysis"), and so the one that
    tells the publisher's own statements apart."""
    if isinstance(page, str):
        return ""  # the page did not parse; trafilatura says what it can
    names = page.xpath("//meta[@property='og:site_name']/@content")
    name = " ".join(str(names[0]).split()) if names else ""
    spelt_out = _ACRONYM_THEN_NAME.fullmatch(name)
    if spelt_out and _initials(spelt_out.group("name")).startswith(spelt_out.group("acronym")[:2]):
        # "HFWU – Harbour Ferry Workers' Union": the name its letters stand
        # for, as its text and its structured data give it.
        return spelt_out.group("name")
    return name


def _publisher(page: Any, sitename: str) -> str:
    """The publisher's name: the site's as its metadata gives it, og:site_name, else
    trafilatura's reading (the page's structured data), else its <title>'s suffix, each a name,
    not a handle, an address or a tagline; as its masthead shows it, where that is a form of it.
    Where the structured data and the title agree on a name that og:site_name shares no word
    with, og:site_name is a section's ("U.S." on a page whose publisher data and title both say
    "Ardcrann Wire"). A slug ("floridatoday", "CTVNews", "SportInt") that no masthead shows in
    full is the name the title or the structured data spell out ("Florida Today", "CTV News",
    "Sport International")."""
    suffix = _title_suffix(page)
    name = _as_a_name(_site_name(page))
    agreed = (
        sitename if sitename and " ".join(sitename.split()).casefold() == suffix.casefold() else ""
    )
    if name and agreed and not _words(name) & _words(agreed):
        name = agreed
    name = name or sitename or suffix
    shown = _as_the_masthead(page, name)
    if shown != name or not _SLUG.search(name):
        return shown
    stem = _domain_stem(name)
    for fuller in (suffix, sitename):
        if (
            fuller not in ("", name)
            and _letters(fuller).removeprefix("the").startswith(stem)
            and (" " in fuller or _DOMAIN.match(fuller))
        ):
            return fuller
    return name


# A name written as a slug: one word in lower case, an address, or words run together with
# their capitals inside ("CTVNews", "SportInt"); not one capitalised word ("Lucerna").
_SLUG = re.compile(r"^(?:[^\sA-Z]+|[\w-]+(?:\.[\w-]+)+|\S*[A-Za-z][A-Z][a-z]\S*)$")


def _domain_stem(name: str) -> str:
    """A name's letters, of an address its first part's ("lucernapost" for "lucernapost.com")."""
    return _letters(name.split(".")[0] if _DOMAIN.match(name) else name)


def _letters(name: str) -> str:
    return "".join(char for char in name.casefold() if char.isalnum())


# What a site's metadata gives in place of its name: a social handle ("@ardcrannwire"), its
# address ("https://www.ardcrannwire.com/"), a copyright line; and a tagline after its name
# ("Lucerna Post | The valley's own paper", "Lucerna Post - Valley News").
_HANDLE_OR_ADDRESS = re.compile(r"^(?:@|https?://(?:www\.)?)|/+$", re.IGNORECASE)
_COPYRIGHT = re.compile(r"^(?:copyright\b|©|\(c\))", re.IGNORECASE)


def _as_a_name(given: str) -> str:
    """A name the site's metadata gives, as a name: without a handle's @ or an address's scheme,
    before a tagline; nothing for a copyright line."""
    name = _HANDLE_OR_ADDRESS.sub("", " ".join(given.split()))
    if _COPYRIGHT.match(name):
        return ""
    return _TITLE_SEPARATOR.split(name)[0].strip() or name


# The site's masthead: a link to its home page set as its logo or its name (a class or id of
# the link or of an element around it says so), outside the page's footer, navigation and story.
_BRAND_WORDS = re.compile(r"logo|brand|masthead|site-title|site-name|sitename", re.IGNORECASE)
_NOT_MASTHEAD = frozenset({"footer", "nav", "article"})
_LOGO_WORDS = re.compile(r"\s*\b(?:logo|home\s*page|homepage|home)$", re.IGNORECASE)
# What a site's own name trails: "Online", "Digital", "Website". (A tagline after a bar or a
# dash, "X | News you can trust", is gone before the masthead is read: `_as_a_name`.)
_TAGLINE = re.compile(r"\s+(?:Newspapers?\s+)?(?:Online|Digital|Website)$")
_DOMAIN = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)+$")


def _masthead(page: Any) -> str:
    """The name the page's masthead shows: its home link's text, or its logo's alt text."""
    if isinstance(page, str):
        return ""
    for link in page.iter("a"):
        # The link's address first, the cheapest test: most of a page's links go elsewhere.
        href = str(link.get("href") or "").strip()
        try:
            parts = urlsplit(href)
        except ValueError:
            continue  # a malformed address ("http://[oops/") links nowhere
        if not (
            href == "/"
            or (parts.netloc and parts.path in ("", "/") and not parts.query and not parts.fragment)
        ):
            continue
        around = [link, *link.iterancestors()]
        if any(element.tag in _NOT_MASTHEAD for element in around) or not any(
            _BRAND_WORDS.search(f"{element.get('class') or ''} {element.get('id') or ''}")
            for element in around
        ):
            continue
        name = " ".join(link.text_content().split())
        if not name:
            alts = link.xpath(".//img/@alt")
            name = " ".join(str(alts[0]).split()) if alts else ""
        name = _LOGO_WORDS.sub("", name).strip()
        if name and len(name.split()) <= 8 and _name_like(name):
            return name
    return ""


# The small words a name may have between its capitalised ones ("Voice of the Valley").
_NAME_JOINS = frozenset(
    {"of", "the", "and", "for", "on", "in", "at", "de", "la", "du", "des", "del"}
)


def _name_like(text: str) -> bool:
    """Whether a home link's text reads as a name: capitalised words and the small words that
    join them, after a first word of any case ("lucerna Media"). Not a link's instruction
    ("Back to Lucerna Post", "Log out"), a sentence ("Lucerna. Home of the Daily Lucerna."), or
    two logos' alt texts run together ("Large Lucerna Post Logo Small Lucerna Post")."""
    words = text.split()
    return (
        any(char.isupper() for char in text)
        and ". " not in text
        and not any(word.casefold() == "logo" for word in words)
        and all(not word[:1].islower() or word in _NAME_JOINS for word in words[1:])
    )


def _as_the_masthead(page: Any, site_name: str) -> str:
    """The publisher's name as its masthead shows it, where the name the site gives itself in
    its metadata is a form of it: its domain, or a slug, where the masthead spells it (a slug
    in words: "thekingstonledger.com", "kingstonledger"; not a group's logo over its local
    titles), its
    initials ("KMT"),
    fewer of its words ("Lucerna" for "The Daily Lucerna"), or more with a tagline or "Online"
    ("Courier | News you can trust", "The X Lucerna Newspapers Online"). A masthead that is
    itself a short form of the site's name ("ACB" for "ACB News"), or the name in capitals,
    leaves the site's own name."""
    shown = _masthead(page)
    if not shown or shown == site_name:
        return site_name
    words = {word.casefold() for word in shown.split()}
    trimmed = _TAGLINE.sub("", site_name).strip()
    given = {word.casefold() for word in trimmed.split()}
    short_form = " " not in shown and shown.isupper()
    if (
        not site_name
        or (
            (_DOMAIN.match(site_name) or (_SLUG.search(site_name) and " " in shown))
            and _domain_stem(site_name) in _letters(shown)
        )
        or (trimmed.isupper() and " " not in trimmed and _initials(shown) == trimmed)
        or (given and given < words)
        or (given > words and not short_form)
        or (given == words and trimmed != site_name)
    ):
        return shown
    return site_name


# A site named by its letters and then in full, a dash between.
_ACRONYM_THEN_NAME = re.compile(r"(?P<acronym>[A-Z]{2,8})\s+[-–—|:]\s+(?P<name>[A-Z].+)")


def _initials(name: str) -> str:
    """The capitals that open a name's words ("Harbour Ferry Workers" -> "HFW")."""
    return "".join(word[0] for word in name.split() if word[:1].isupper())


def read_page(answer: PageAnswer) -> ArticleHTML:
    """The text of a fetched page (an HTML page's article, or plain text as it is)."""
    if answer.content_type not in READABLE_TYPES:
        raise FetchError(
            f"{answer.requested_url} is {answer.content_type}, not an HTML page or plain text."
        )
    try:
        decoded = answer.body.decode(answer.charset, errors="replace")
    except LookupError:
        decoded = answer.body.decode("utf-8", errors="replace")
    if answer.content_type == "text/plain":
        article = ArticleHTML(text=decoded)
    else:
        article = read_article_html(decoded, url=answer.url)
    if not article.text.strip():
        raise FetchError(f"{answer.requested_url} has no readable text.")
    return article
