"""The hand-labelled corpus (tests/data/intake_corpus/) meets the issue's targets: precision of
suggestions, non-claims suggested, claimant right; a regression in sentences, chrome or
claimants fails here. Measured by bench/intake_quality.py, which prints the table."""

import functools
import re
from types import ModuleType
from typing import Any

import pytest

from tests.intake.bench_module import ROOT, load_bench


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    module = load_bench()
    # This copy of the bench reads each HTML page once: load_corpus reads them all, and
    # test_html_pages_give_their_metadata reads them again for what the corpus does not keep.
    # A page's reading is a frozen dataclass, the same on every call.
    module.read_article_html = functools.cache(module.read_article_html)
    return module


@pytest.fixture(scope="module")
def corpus(bench: ModuleType) -> list[Any]:
    """The corpus as the bench loads it, once for every test here that reads it (0.7 s a load);
    the bench's evaluation only reads its texts and labels."""
    return list(bench.load_corpus())


def test_which_texts_are_tuned_on_and_which_held_out(corpus: list[Any]) -> None:
    """01-09 always were; 10-13, held out until then, have been tuned on from session 19,
    14-18 after one blind run in session 19, 19-23 after one blind run later in session 19
    (precision 0.93, non-claims 5 of 57, claimant right 0.69), 24-28, in new house styles,
    after one blind run later still in session 19 (precision 0.94, non-claims 3 of 78,
    claimant right 0.51), 29-33 after a fourth blind run in session 19 (precision 0.98,
    non-claims 0 of 68, claimant right 0.77), 34-38 after a fifth blind run in session 19
    (precision 0.82, non-claims 7 of 73, claimant right 0.74), and 39-43 after a sixth blind
    run in session 19 (precision 0.93, non-claims 3 of 68, claimant right 0.68), from session
    20, and 44-48 after a seventh blind run in session 20 (precision 0.81, non-claims 11 of
    92, claimant right 0.52), from session 21, and 49-53 after an eighth blind run in session
    21 (precision 0.83, non-claims 8 of 131, claimant right 0.56), later in session 21, and
    54-58 after a ninth (digits 76 of 86, precision 0.86, non-claims 7 of 113, claimant right
    0.61), later still, and 59-63 after a tenth (digits 81 of 85, precision 0.97, non-claims
    2 of 103, claimant right 0.80), last of all in session 21, and 64-68 after an eleventh
    (digits 107 of 110, precision 0.92, non-claims 6 of 109, claimant right 0.71), from session
    22, and 69-76 after a twelfth, run twice (digits 123 of 123, precision 0.94, non-claims 5 of
    225, claimant right 0.74 with the code as session 22 began, 0.75 with 64-68 tuned on),
    later in session 22, and 77-84 after a thirteenth (digits 139 of 139, precision 0.91,
    non-claims 9 of 237, claimant right 0.81), last of all in session 22, and 85-92 after a
    fourteenth (digits 133 of 135, precision 0.85, non-claims 15 of 314, claimant right 0.73),
    from session 23, and 93-100 after a fifteenth (digits 142 of 162, precision 0.84,
    non-claims 21 of 343, claimant right 0.76), later in session 23, and 101-108 after a
    sixteenth (digits 228 of 238, precision 0.91, non-claims 15 of 307, claimant right 0.86),
    later in session 23, and 109-116 after a seventeenth (digits 194 of 196, precision 0.93,
    non-claims 10 of 274, claimant right 0.86), for numbers and chrome, last of all in
    session 23, and 117-124 after an eighteenth (digits 120 of 131, precision 0.88, non-claims
    13 of 189, claimant right 0.82), from session 24, and 125-132 after a nineteenth (digits
    236 of 246, precision 0.94, non-claims 9 of 284, claimant right 0.62), and 141-148 after a
    twenty-first (digits 176 of 206, precision 0.98, non-claims 3 of 224, claimant right 0.90),
    and 163-168 after a twenty-third (digits 104 of 112, precision 0.90, non-claims 6 of 117,
    claimant right 0.95), later in session 24, and from session 25 169-176 and 185-192 after
    their first blind run (digits 207 of 220 and 175 of 192, precision 0.85 and 0.90,
    non-claims 24 of 225 and 17 of 211, claimant right 0.63 and 0.55), then 177-184 and 201-208
    after theirs and a second with 169-176 and 185-192 tuned on (digits 224 of 234 and 198 of
    212, precision 0.99 and 0.96, non-claims 4 of 249 and 6 of 166, claimant right 0.75 and
    0.62), and from session 26 233-240 and 249-256 after their first blind run (digits 228 of
    257 and 239 of 258, precision 0.92 and 0.94, non-claims 13 of 122 and 17 of 140, claimant
    right 0.52 and 0.64), and from session 27 265-272 and 281-288 after their first blind run
    (digits 241 of 243 and 236 of 245, precision 0.94 and 0.97, non-claims 13 of 138 and 2 of
    122, claimant right 0.48 and 0.41), and from session 28 297-304 and 313-320 after their
    first blind run (digits 167 of 174 and 193 of 205, precision 0.88 and 0.92, non-claims 7 of
    112 and 7 of 124, claimant right 0.63 and 0.67), and 345-360, written late in session 28,
    after theirs (digits 182 of 186 and 219 of 221, precision 0.96 and 0.92, non-claims 2 of 113
    and 10 of 125, claimant right 0.65 and 0.56), and from session 29 361-368, 377-384,
    393-400 and 409-416 after their first blind run (digits 270 of 279, 206 of 235, 239 of 245
    and 250 of 281, precision 0.99, 0.90, 0.98 and 0.96, non-claims 2 of 132, 10 of 146, 2 of
    119 and 3 of 121, claimant right 0.59, 0.74, 0.68 and 0.71), and from session 31 425-448
    (written blind in session 30, all held out before any was run, measured held out three
    times in that session: digits 659 of 741, spelled 69 of 92, precision 0.93, non-claims 20
    of 569, claimant right 0.71 at its end), and 473-488, written in session 31 to be tuned on
    (claimant right 0.684 and 0.671 with the code as session 31 began, 0.732 and 0.675 with
    its rules up to then, before any was tuned on), and from session 32 449-472 (written blind in
    session 31, all held out before any was run, measured held out twice in that session:
    digits 634 of 703, spelled 58 of 61, precision 0.93, non-claims 43 of 373, claimant right
    0.74 at its end) and 513-544, written in session 32 to be tuned on, and from session 33
    569-584, written in session 33 to be tuned on, and 617-632, written in session 35 to be
    tuned on, and 649-664, written in session 36 to be tuned on. 133-140, 149-162, 193-200, 209-232,
    241-248, 257-264, 273-280, 289-296, 305-312, 321-344, 369-376, 385-392, 401-408, 417-424,
    489-512 (written blind in session 32, all held out before any was run), 545-568
    (written blind in session 33, all held out before any was run), 585-600 (written blind
    in session 34, all held out before any was run), 601-616 (written blind in session 35,
    all held out before any was run) and 633-648 (written blind in session 36, all held out
    before any was run) are held out."""
    numbers = {int(text.name.split("_", 1)[0]): text.held_out for text in corpus}
    held_out = {number for number, held in numbers.items() if held}
    tuned = (
        set(range(1, 133))
        | set(range(141, 149))
        | set(range(163, 193))
        | set(range(201, 209))
        | set(range(233, 241))
        | set(range(249, 257))
        | set(range(265, 273))
        | set(range(281, 289))
        | set(range(297, 305))
        | set(range(313, 321))
        | set(range(345, 361))
        | set(range(361, 369))
        | set(range(377, 385))
        | set(range(393, 401))
        | set(range(409, 417))
        | set(range(425, 449))
        | set(range(449, 473))
        | set(range(473, 489))
        | set(range(513, 545))
        | set(range(569, 585))
        | set(range(617, 633))
        | set(range(649, 665))
    )
    assert tuned <= numbers.keys() - held_out
    assert held_out == (
        set(range(133, 141))
        | set(range(149, 163))
        | set(range(193, 201))
        | set(range(209, 233))
        | set(range(241, 249))
        | set(range(257, 265))
        | set(range(273, 281))
        | set(range(289, 297))
        | set(range(305, 313))
        | set(range(321, 345))
        | set(range(369, 377))
        | set(range(385, 393))
        | set(range(401, 409))
        | set(range(417, 425))
        | set(range(489, 513))
        | set(range(545, 569))
        | set(range(585, 601))
        | set(range(601, 617))
        | set(range(633, 649))
    )
    assert sum(text.name.endswith(".html") for text in corpus) >= 3


def test_the_tuning_texts_meet_the_targets(bench: ModuleType, corpus: list[Any]) -> None:
    quality = bench.evaluate_corpus([t for t in corpus if not t.held_out])
    assert not quality.misses(), "\n".join(quality.notes)
    assert quality.digits[0] / quality.digits[1] >= 0.95


def test_the_held_out_texts_keep_their_precision_chrome_and_claimants(
    bench: ModuleType, corpus: list[Any]
) -> None:
    """Never tuned on. The held-out texts of before measured, when last held out: 10-13
    precision 1.00, non-claims 0 of 12, claimant right 0.75; 14-18 precision 0.91, non-claims
    5 of 46, claimant right 0.66; 19-23 precision 0.93, non-claims 5 of 57, claimant right
    0.69; 24-28 precision 0.94, non-claims 3 of 78, claimant right 0.51; 29-33 precision
    0.98, non-claims 0 of 68, claimant right 0.77; 34-38 precision 0.82, non-claims 7 of 73,
    claimant right 0.74; 39-43 precision 0.93, non-claims 3 of 68, claimant right 0.68;
    44-48 precision 0.81, non-claims 11 of 92, claimant right 0.52; 49-53 precision 0.83,
    non-claims 8 of 131, claimant right 0.56; 54-58 digits 76 of 86, precision 0.86,
    non-claims 7 of 113, claimant right 0.61; 59-63 digits 81 of 85, precision 0.97,
    non-claims 2 of 103, claimant right 0.80; 64-68 digits 107 of 110, precision 0.92,
    non-claims 6 of 109, claimant right 0.71; 69-76 digits 123 of 123, precision 0.94,
    non-claims 5 of 225, claimant right 0.74 (0.75 with 64-68 tuned on); 77-84 digits 139 of
    139, precision 0.91, non-claims 9 of 237, claimant right 0.81 (0.79 with the code as session
    22 began); 85-92 digits 133 of 135, spelled 18 of 20, precision 0.85, non-claims 15 of
    314, claimant right 0.73 (the code as session 22 began: 133 of 135, 18 of 20, 0.83, 19 of
    314, 0.74); 93-100 digits 142 of 162 (all 20 misses in one text, whose comment count under the
    byline was read as the start of the comment thread), spelled 24 of 30, precision 0.84,
    non-claims 21 of 343, claimant right 0.76 (the code as session 23 began: the same).
    101-108 digits 228 of 238 (rand amounts, hyphenated amounts, bullets under a heading),
    spelled 18 of 19, precision 0.91, non-claims 15 of 307, claimant right 0.86 (the code as
    session 23 began: the same but 17 non-claims). 109-116, held out now (a West African
    business daily on telecom tariffs, a US public-radio page on a school budget referendum, a
    running-data site on a marathon, a consumer magazine's broadband test, a wire story on an
    airline's results, a Canadian local paper on wildfire evacuations, an East African daily on
    fuel prices with a Q&A, an Irish broadcaster's page on hospital trolley counts), at their
    one blind run in session 23 with 85-108 tuned on: digits 194 of 196, spelled 27 of 32,
    precision 0.93, non-claims 10 of 274, claimant right 0.86; the code as session 23 began
    scored 182 of 196, 27 of 32, 0.91, 13 of 274 and 0.86 on them. 117-124 (a Philippine
    daily on rice prices, a Scottish paper on ferries, a housing explainer, a US data story on
    police use of force, a pharmacy journal with an interview, a fan site on ticket prices, a
    wire story on refugee figures, a weather service's release), at their one blind run at the
    end of session 23: digits 120 of 131 (all 11 misses pesos written "P52"), spelled 29 of 32,
    precision 0.88, non-claims 13 of 189, claimant right 0.82; the code as session 23 began:
    121 of 131, 29 of 32, 0.91, 11 of 189, 0.82. Six sets written blind in session 24 by
    five writers (see the corpus README), digits / spelled / precision / non-claims / claimant
    right with the code as session 24 began -> with the code at their last blind run:
    125-132 236 of 246 / 36 of 36 / 0.94 / 9 of 284 / 0.60 -> claimant 0.62 (tuned on since);
    133-140 205 of 215 / 25 of 25 / 0.96 / 6 of 292 / 0.76 -> 209 of 215 (not blind: see the
    README) / 25 of 25 / 0.95 / 7 of 292 / 0.81 (held out); 141-148 176 of 206 / 28 of 32 /
    0.98 / 3 of 224 / 0.90, unchanged (tuned on since); 149-156 161 of 165 / 34 of 35 / 0.86 /
    16 of 313 / 0.86 -> precision 0.88, 14 of 313, claimant 0.88 (held out); 157-162 101 of
    102 / 26 of 26 / 0.99 / 0 of 168 / 0.93, unchanged (held out); 163-168 104 of 112 / 26 of
    26 / 0.93 / 6 of 117 / 0.91 -> precision 0.90, claimant 0.95 (tuned on since). Four sets
    held out from session 25, written blind by four writers, with the code as session 25 began
    -> at its end: 193-200 208 of 212 / 26 of 29 / 0.93 / 7 of 179 / 0.60 -> 6 of 179, claimant
    0.65; 209-216 214 of 225 / 23 of 28 / 0.93 / 7 of 169 / 0.54 -> 223 of 225, 24 of 28, 0.95,
    5 of 169, 0.60; 217-224 202 of 212 / 22 of 29 / 0.89 / 14 of 164 / 0.84 -> 205 of 212,
    0.90, 13 of 164, 0.80; 225-232 195 of 224 / 19 of 21 / 0.96 / 4 of 162 / 0.70 -> 213 of
    224, 20 of 21, 0.71 (217-232 were written after the session's tuning began and never seen).
    Two sets held out from session 26, written blind by two of four writers (the other two,
    233-240 and 249-256, were tuned on), with the code as session 26 began -> with the
    session's rules in: 241-248 235 of 237 / 27 of 34 / 0.93 / 25 of 132 / 0.62 -> 23 of
    132, claimant 0.65; 257-264 221 of 239 / 45 of 53 / 0.95 / 11 of 141 / 0.77 -> spelled 44
    of 53, claimant 0.77. Two sets held out from session 27, written blind by two of four
    writers (the other two, 265-272 and 281-288, were tuned on), with the code as session 27
    began (and the bench's claimant comparison of session 27, which sets an honorific aside):
    273-280 252 of 262 / 46 of 50 / 0.93 / 18 of 147 / 0.67 -> 47 of 50, 17 of 147, claimant
    0.69; 289-296 210 of 217 / 44 of 54 / 0.92 / 22 of 167 / 0.59 -> 45 of 54, 21 of 167,
    claimant 0.65. In session 27 the older held-out texts (133-264) were counted, not read,
    to take out three of the session's claimant rules that cost them 19 claimants; for that
    choice they were a validation set, not blind. Two sets held out from session 28, written
    blind by two of four writers (the other two, 297-304 and 313-320, were tuned on), with
    the code as session 28 began (and the bench's comparison of session 28, which sets "Cr",
    "Sen.", "Rep.", "Hon", "Chief", "Alhaji", "Comrade" and "Datuk Seri" aside too) -> at the
    session's end: 305-312 202 of 208 / 19 of 19 / 0.95 / 3 of 104 / 0.67 -> claimant 0.80
    (precision 0.94, 4 of 104); 321-328 205 of 216 / 36 of 39 / 0.96 / 1 of 116 / 0.80 -> 208
    of 216, claimant 0.79. In session 28 the held-out texts of before were counted twice while
    the session's first rules were made (claimant 0.735 -> 0.751 over 86 texts), not read; at
    the session's end they scored 2,243 of 2,310 digits and claimant 0.75. Two more sets, 329-336 and
    337-344, were written blind by two more writers late in session 28, after the session's
    rules were made, and never tuned on: with the code as session 28 began -> with its code
    then: 329-336 180 of 188 / 16 of 18 / 0.94 / 9 of 115 / 0.55 -> 183 of 188, 0.94, claimant
    0.58; 337-344 191 of 213 / 11 of 11 / 0.91 / 9 of 112 / 0.85 -> 198 of 213, 0.91, claimant
    0.91. Four sets held out from session 29, written blind by four of eight writers (the
    other four, 361-368, 377-384, 393-400 and 409-416, were tuned on), with the code as
    session 29 began (and the bench's comparison of session 29, which sets a rank or office
    before a name and a company's legal form after it aside too) -> at the session's end:
    369-376 274 of 295 / 29 of 35 / 0.92 / 8 of 121 / 0.53 -> 286 of 295, claimant 0.51;
    385-392 216 of 247 / 18 of 23 / 0.97 / 4 of 136 / 0.68 -> unchanged; 401-408 235 of 270 /
    37 of 43 / 0.94 / 6 of 129 / 0.79 -> 250 of 270, claimant 0.80; 417-424 248 of 281 / 20 of
    29 / 0.90 / 5 of 127 / 0.67 -> 253 of 281, claimant 0.68 (together claimant 0.66 -> 0.66:
    the session's rules carried nothing to them). Their totals were counted, not read, once
    while the session's rules were made: a rule that carried a paragraph's source on to its
    next unattributed sentence, which gained on the older held-out texts (claimant +18, the
    publisher's own -9), cost these (-1 and -3) and was taken out; for that choice they were a
    validation set. Three sets written blind in session 30 by three writers, all held out
    before any was run, with the code as session 30 began -> at the session's end: 425-432
    207 of 238 / 17 of 27 / 0.98 / 2 of 184 / 0.72 -> claimant 0.75; 433-440 242 of 263 / 34
    of 44 / 0.91 / 11 of 186 / 0.61 -> 249 of 263, claimant 0.63; 441-448 203 of 240 / 18 of
    21 / 0.91 / 7 of 199 / 0.76 -> claimant 0.77 (together 652 of 741 digits and claimant
    0.695 -> 659 of 741 and 0.707; 56 of the 89 digits missed at first are rows of four pages'
    HTML tables that the page reader leaves out, a count that led to the session's rule for
    tables in wrappers, made and tested on pages written for it, which brought back one page's
    7 rows and not the other three's 49; those three wrote their tables as text, read since
    session 31, when 425-448 were tuned on). Three sets written blind in session 31 by three
    writers, all held out before any was written, with the code as session 31 began -> at the
    session's end: 449-456 186 of 240 / 16 of 18 / 0.92 / 15 of 147 / 0.78 -> 188 of 240, 17
    of 18, claimant 0.79; 457-464 220 of 236 / 25 of 27 / 0.94 / 12 of 120 / 0.74 -> non-claims
    11 of 120; 465-472 226 of 227 / 16 of 16 / 0.93 / 17 of 106 / 0.71, unchanged (together
    632 of 703 digits, non-claims 44 of 373 and claimant 0.742 -> 634 of 703, 43 of 373 and
    0.743: the session's rules carried almost nothing to them, where the older held-out texts
    moved from claimant 0.742 to 0.744).

    On 109-116, 133-140, 149-156 and 157-162 every target is met (digits 0.97, spelled 0.80,
    precision 0.85, at most 1 non-claim in 17, claimant 0.80); on 117-124 digits and
    non-claims were MISSED, on 125-132 digits and claimant right, on 141-148 digits (pages
    read short) and on 163-168 digits (kwacha amounts), and `make intake-quality` says so for
    the held-out texts together where it does. Over the blind sets of sessions 22 to 24 the
    claimant figure was 0.75, 0.81, 0.73, 0.76, 0.86, 0.86, 0.82, 0.62, 0.78 (0.81 once
    125-132 were tuned on), 0.90, 0.88, 0.93 and 0.95, and in session 25 0.63, 0.73, 0.55,
    0.60, 0.65, 0.54, 0.84 and 0.70 (claimant right MISSED on seven of eight sets, most often
    where a writer carries a source to a next sentence that names none and intake gives it to
    the publisher; digits MISSED on seven), and in session 26 0.52, 0.62, 0.64 and 0.77 at
    first contact: rules of English and of news formats carry a little, rules fitted to one
    text's wording do not. The floors below are guards against a change that makes intake
    worse on text it was not tuned on, set under the blind runs of 44-48 to 257-264; they are
    not the targets."""
    quality = bench.evaluate_corpus([t for t in corpus if t.held_out])
    assert quality.precision >= 0.80, quality.notes
    assert quality.non_claims[0] <= 0.12 * quality.non_claims[1], quality.notes
    assert quality.claimant_right >= 0.50, quality.notes


# Session 32's tuning pages (513-544), written to be tuned on for where a page sets its figures:
# their writers gave most of them a headline in the markup other than the one shown, or a desk
# for an author, on purpose. Their figures were tuned on in session 32, their metadata in
# session 33, with session 33's pages written for it (569-576: a masthead the site's metadata
# names by its domain, its initials or with a tagline; bylines of three names, or of two with
# "additional reporting by" a third; dates shown in words only). Those that still do not read
# right are listed below.
# 618 (session 35) names its site "KVXR 11" in its markup and shows "KVXR 11 News" as its
# masthead; its writer gave the markup's name, the page reader the masthead's (session 33's
# rule: what the page shows its readers). Both are the page's; left as it reads. 654 (session
# 36) is the same: "Suidvlakte Agri News" in its markup, "Suidvlakte Agri" on its masthead.
_TUNING_METADATA_LEFT = frozenset(range(513, 545)) | frozenset(range(569, 577)) | {618, 654}


def test_html_pages_give_their_metadata(bench: ModuleType, corpus: list[Any]) -> None:
    """Every tuning page's title, authors, date and publisher as the page states them.
    Held-out 211's title was its og:title, a shorter headline than its <h1> and its writer's
    label, from its first run in session 25; session 26's rule for the shown headline, made for three tuning
    pages cut the same way (234, 238, 252), reads it right too. The held-out pages are a
    measure, not a target: of the eight written for session 26, three read right at their
    first run (with that rule in); 244's authors and publisher, 248's and 260's titles, 258's
    and 262's authors did not, and were not looked into. The eight written for session 27 read
    right at their first run; of its eight tuning pages, 288's byline gave its authors' jobs
    after their names ("By A, Data Analyst, and B, ..."), read as authors until then. The
    eight held-out pages written for session 28 read right at their first run; of its eight
    tuning pages, 319's structured data named the publisher beside its two writers, and the
    extraction split "X and Y Service" into two more authors, read so until then. Of the four
    held-out pages written late in session 28 (329-344, never tuned on), 331's, 335's and 339's
    authors did not read right at their first run, and were not looked into. Session 29's
    rule that puts back the stops the extraction takes out of an author's name (an
    abbreviated given name, "Ma.", made for tuning page 383) reads 258's authors right. Of the sixteen held-out
    pages written for session 29, 369's, 370's and 372's metadata did not read right at their
    first run, and were not looked into; of the twelve pages written for session 30, 439's and
    443's did not either, and read right since session 31, when they were tuned on (a title
    that puts "Fact check:" before the <h1>; a day in the page's address after the one its
    markup states); of the twelve held-out pages written for session 31, 459's did not read
    right at its first run, and was not looked into, and reads right since session 32, when it
    was tuned on (its author an organisation in its structured data); of the thirteen held-out
    pages written for session 32 (whose writers made the markup's headline, date or author
    differ from what the page shows, on purpose, on most of them), only 495's and 503's
    read right at their first run, and were not looked into; session 32's rules for the story's
    own <h1>, the day its first <time> shows and the byline's spelling of a name, made for its
    tuning pages 513-544, read 248's, 260's, 489's, 496's and 507's right too (one variant of
    the byline rule, names in a "byline" element without "By", made one more held-out page
    read wrong and was left out); of the twelve held-out pages written for session 33
    (545-568), ten did not read right at their first run (with the code as session 33 began);
    of the eight held-out pages written for session 34 (585-600), four (587, 589, 594, 596)
    did not read right at their first run, with the code as session 34 began and as it stood
    then, and were not looked into; of the eight held-out pages written for session 35
    (601-616), one (614, its publisher) did not, with the code as session 35 began and as it
    stood then, and was not looked into; of the eight held-out pages written for session 36
    (633-648), two (640's title, 642's authors) did not, with the code as session 36 began,
    and were not looked into; session 51's rule that a site's name equal to the headline is no
    publisher's (made for a real page outside the corpus) reads 614's publisher right;
    session 52's rule that reads a site's name without a tagline after a dash or a bar (made
    for real pages outside the corpus) reads 228's publisher, whose label keeps an edition's
    name after a dash ("X – English Edition"), without it;
    session 33's rules for the masthead, the byline's reporters (a variant without "By" among
    them, made for four tuning pages that name their reporters so), the day written out and
    the headline named so, made for its tuning pages 569-576 and 513-544, leave seven of them
    wrong, read 490's, 497's, 505's and 511's right, and 197's, 260's and 277's wrong, which
    had read right; of session 29's sixteen tuning pages, 411's, 412's, 413's and
    415's writer gave the page's <title> with the site's name after a bar as the title, which
    the corpus gives without it (the labels were changed to the corpus's form, before any
    change was made for them); 413's writer gave the markup's title over a different <h1>, and
    its label was changed to the <h1> in session 32, the form the corpus gives (what the page
    shows its readers)."""
    wrong_held_out = []
    wrong_new_tuning = []
    for text in corpus:
        if not text.name.endswith(".html"):
            continue
        path = ROOT / "tests" / "data" / "intake_corpus" / text.name
        article = bench.read_article_html(path.read_text(encoding="utf-8"))
        stated = (
            text.labels["title"],
            _names(text.labels["author"]),
            text.labels["date"],
            text.labels["publisher"],
        )
        read = (article.title, article.authors, article.published, article.publisher)
        if text.held_out and read != stated:
            wrong_held_out.append(text.name.split("_", 1)[0])
        elif int(text.name.split("_", 1)[0]) in _TUNING_METADATA_LEFT:
            if read != stated:
                wrong_new_tuning.append(text.name.split("_", 1)[0])
        else:
            assert read == stated, text.name
    assert sorted(wrong_held_out) == [
        "197",
        "228",
        "244",
        "260",
        "262",
        "277",
        "331",
        "335",
        "339",
        "369",
        "370",
        "372",
        "493",
        "499",
        "501",
        "509",
        "545",
        "547",
        "549",
        "551",
        "557",
        "559",
        "563",
        "587",
        "589",
        "594",
        "596",
        "640",
        "642",
    ], wrong_held_out
    # 540's page shows only "Updated: 10:31", its writer the next day's date; 569's byline
    # shows a desk ("By Staff Reporter") where its markup names the reporter, whom Tally keeps.
    assert sorted(wrong_new_tuning) == ["540", "569", "618", "654"], wrong_new_tuning


def _names(byline: str) -> tuple[str, ...]:
    """A byline's names, however it joins them ("A and B", "A & B", "A, B and C"): a source
    keeps its authors as a list."""
    return tuple(name for name in re.split(r",\s*|\s+(?:and|&)\s+", byline) if name.strip())


def test_a_non_claim_inside_a_claims_sentence_counts_only_when_read_as_a_figure(
    bench: ModuleType,
) -> None:
    """The sentence that carries a labelled figure is rightly suggested; the non-figure beside it
    ("a 71-year-old") is a non-claim suggested only when it is read as a figure. A non-claim on
    a line of its own counts when its line is suggested. Text and names invented."""
    sentence = (
        "A 71-year-old fisherman was among 2,314 people evacuated, the Marrow Bay emergency "
        "agency said."
    )
    text = f"{sentence}\n\nDownload the full report (PDF, 2.4 MB) and 31 photos.\n"
    labels = {
        "held_out": False,
        "figures": [
            {
                "sentence": sentence,
                "figure": "2,314",
                "value": "2314",
                "unit": "count",
                "claimant": "the Marrow Bay emergency agency",
            }
        ],
        "non_claims": ["A 71-year-old fisherman", "2,314 people evacuated", "31 photos"],
    }
    quality = bench.Quality()
    bench.evaluate_text(bench.CorpusText(name="t", text=text, labels=labels), quality)
    suggested = [note for note in quality.notes if "non-claim suggested" in note]
    assert "'2,314 people evacuated'" in " ".join(suggested)  # the labelled figure, read
    assert "71-year-old" not in " ".join(suggested)
    assert quality.non_claims[1] == 3
