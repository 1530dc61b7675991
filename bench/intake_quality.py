"""How well article intake finds check-worthy figures, keeps page chrome out and names who makes
each claim: over the hand-labelled corpus (tests/data/intake_corpus/: tuning texts, and held-out
texts never tuned on), over the five seed articles (labels in tests/data/intake_labels.json,
when the articles are there) and over the short unseen texts (tests/data/unseen/).

    TALLY_LOCAL=true .venv/bin/python bench/intake_quality.py [--articles DIR] [--details]
        [--external DIR ...]

`--external DIR` adds a row for labelled pages kept outside the project (real pages whose text
the project may not hold): DIR/texts/NAME.txt, each as intake read it from its page,
DIR/labels/NAME.labels.json in the corpus's label format, and DIR/meta.json giving each page's
publisher ({"NAME": {"publisher": "..."}}). docs/intake-quality.md says how session 51 built
two such sets from real news pages.

The table's columns:
  recall digits / spelled   labelled figures found, written in digits / in words
  precision                 corpus: suggestions that carry a labelled figure, of all suggested
                            (readers' comments, suggested as their commenters', are apart);
                            seeds: suggested figures that are labelled ones (figure by figure)
  non-claims                labelled non-claims (chrome, captions, prompts, teasers, fragments)
                            that were suggested, of all labelled; one inside a sentence that
                            carries a labelled figure ("a 71-year-old"), where a figure was read
                            in it
  claimant                  found figures whose claimant is right, where the text names one

Targets (the issue's): corpus precision >= 0.85, non-claims at most 1 in 17, claimant >= 0.80;
seeds recall >= 0.95 and precision >= 0.80. Exits 1 when the seeds or the tuning corpus miss.
"""

import argparse
import functools
import json
import os
import re
import sys
import time
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("TALLY_LOCAL", "true")

import django  # noqa: E402
from django.apps import apps  # noqa: E402

if not apps.ready:
    django.setup()

from django.conf import settings  # noqa: E402

from intake.extract import SuggestedClaim, extract_suggestions  # noqa: E402
from intake.fetch import read_article_html  # noqa: E402
from intake.models import TextSection  # noqa: E402
from intake.normalise import NormalisedText, normalise  # noqa: E402

LABELS = ROOT / "tests" / "data" / "intake_labels.json"
UNSEEN = ROOT / "tests" / "data" / "unseen"
CORPUS = ROOT / "tests" / "data" / "intake_corpus"

PRECISION_TARGET = 0.85
NON_CLAIMS_TARGET = 1 / 17
CLAIMANT_TARGET = 0.80
PUBLISHER = "the publisher"


# -- the corpus ------------------------------------------------------------------------------


@dataclass
class CorpusText:
    name: str
    text: str  # as intake reads it: an HTML page's article text, else the file
    labels: dict[str, object]
    publisher: str = ""  # as an HTML page's metadata states it, which the ingest is given

    @property
    def held_out(self) -> bool:
        return bool(self.labels.get("held_out"))


def load_external(directory: Path) -> list[CorpusText]:
    """Labelled texts kept outside the project (`--external`): each text as intake read it from
    its page, its labels, and its page's publisher from meta.json."""
    meta = json.loads((directory / "meta.json").read_text(encoding="utf-8"))
    texts = []
    for labels_path in sorted((directory / "labels").glob("*.labels.json")):
        name = labels_path.name.removesuffix(".labels.json")
        text = (directory / "texts" / f"{name}.txt").read_text(encoding="utf-8")
        labels = json.loads(labels_path.read_text(encoding="utf-8"))
        publisher = str(meta.get(name, {}).get("publisher") or "")
        texts.append(CorpusText(name, text, labels, publisher))
    return texts


def load_corpus(directory: Path = CORPUS) -> list[CorpusText]:
    texts = []
    for labels_path in sorted(directory.glob("*.labels.json")):
        stem = labels_path.name.removesuffix(".labels.json")
        (path,) = [p for p in directory.glob(f"{stem}.*") if p.suffix in (".txt", ".html")]
        raw = path.read_text(encoding="utf-8")
        page = read_article_html(raw) if path.suffix == ".html" else None
        labels = json.loads(labels_path.read_text(encoding="utf-8"))
        texts.append(
            CorpusText(
                path.name, page.text if page else raw, labels, page.publisher if page else ""
            )
        )
    return texts


@dataclass
class Quality:
    digits: list[int] = field(default_factory=lambda: [0, 0])  # found, labelled
    spelled: list[int] = field(default_factory=lambda: [0, 0])
    suggestions: list[int] = field(default_factory=lambda: [0, 0])  # right, suggested
    non_claims: list[int] = field(default_factory=lambda: [0, 0])  # suggested, labelled
    claimant: list[int] = field(default_factory=lambda: [0, 0])  # right, found and named
    publisher: list[int] = field(default_factory=lambda: [0, 0])  # right, found and unnamed
    comments: list[int] = field(default_factory=lambda: [0, 0])  # as the commenter's, suggested
    notes: list[str] = field(default_factory=list)

    @staticmethod
    def ratio(pair: list[int]) -> float:
        return pair[0] / pair[1] if pair[1] else 1.0

    @property
    def precision(self) -> float:
        return self.ratio(self.suggestions)

    @property
    def claimant_right(self) -> float:
        return self.ratio(self.claimant)

    def misses(self) -> list[str]:
        missed = []
        if self.precision < PRECISION_TARGET:
            missed.append(f"precision {self.precision:.2f} < {PRECISION_TARGET}")
        if self.non_claims[0] > NON_CLAIMS_TARGET * self.non_claims[1]:
            missed.append(f"non-claims suggested {self.non_claims[0]} of {self.non_claims[1]}")
        if self.claimant_right < CLAIMANT_TARGET:
            missed.append(f"claimant right {self.claimant_right:.2f} < {CLAIMANT_TARGET}")
        return missed


def _fold(text: str) -> str:
    return " ".join(text.split())


# A run of whitespace or of a table's bars between two words.
_GAP = re.compile(r"[\s|]+")


@functools.lru_cache(maxsize=4)
def _folded(text: str) -> tuple[str, list[int]]:
    """`text` with each run of whitespace and table bars written as one space, and where each
    of its characters stands in `text`: read once for each text, and every label of the text
    found in it with a plain search. (A pattern compiled for each label cost an eighth of the
    corpus's evaluation, and flooded `re`'s cache, so that intake's own patterns were compiled
    again and again.)"""
    parts: list[str] = []
    where: list[int] = []
    cursor = 0
    for gap in _GAP.finditer(text):
        parts += [text[cursor : gap.start()], " "]
        where += [*range(cursor, gap.start()), gap.start()]
        cursor = gap.end()
    parts.append(text[cursor:])
    where += range(cursor, len(text))
    return "".join(parts), where


def _locate(normalised: NormalisedText, snippet: str) -> tuple[int, int] | None:
    """Where a labelled snippet stands in the text, whitespace aside. A table's row is found
    however its label sets its cells apart: with the bars the text writes ("| June | 341 |"),
    or with the tabs or spaces a reader's copy of the row from the page has ("June\t341"),
    as some writers labelled them."""
    needle = _fold(snippet.replace("|", " "))
    if not needle:
        return (0, 0)
    folded, where = _folded(normalised.text)
    at = folded.find(needle)
    return None if at < 0 else (where[at], where[at + len(needle) - 1] + 1)


# An honorific before a person's name ("Dr", "Cllr", "Prof") says nothing of who she is:
# intake gives "Ada Moor" where the text says "Dr Ada Moor". The corpus's writers before
# 265 list the bare name in `also` (43 of 47 labels with an honorific); the writers of 265-296,
# whose brief showed "Dr Amara Osei" as a name written in full, give the honorific form alone.
# Session 28 added the styles its writers gave the same way: an Australian councillor's "Cr",
# a legislator's "Sen." or "Rep.", "Hon", West African styles ("Chief", "Alhaji", "Comrade")
# and Malaysian honours ("Datuk Seri"), which intake, like "Dr", leaves off a name.
_HONORIFIC = re.compile(
    # A professor's grade is the title's ("Associate Professor Ada Moor"), session 36.
    r"^(?:dr|mr|mrs|ms|mx|prof|(?:(?:associate|assistant|adjunct|emeritus|clinical)\s+)?professor|cllr|cr|councillor|sir|dame|rev|sen|senator|rep|hon|"
    r"chief|alhaji|alhaja|mallam|comrade|engr|datuk seri|dato seri|datuk|datin|dato|tan sri|"
    r"puan sri|"
    # Session 51: Indian, Malaysian and Ethiopian styles, and a lawyer's, which intake leaves
    # off a name as it does the others.
    r"shri|sri|smt|shrimati|haji|hajah|ustaz|ustazah|ato|adv|advocate|barr|datuk sri|dato sri)\.?\s+"
)


# Session 29: a rank or office before a person's name ("Superintendent", "Judge", "Mayor") is,
# like an honorific, no part of who she is, and a company's legal form after its name ("Ltd",
# "plc", "Inc") no part of which company: the writers give "Judge Ann Roe" and "Roe Precast
# Ltd" where the article names them so once, and intake, like a fact-checker filing the claim
# under the person or the firm, gives "Ann Roe" and "Roe Precast". Offices are set aside only
# before two or more words, so that a body named for its office ("the Mayor's Office") stays;
# "General" and "Major" are left out, as words that open bodies' names ("General Foundries").
_RANK = re.compile(
    r"^(?:(?:acting|deputy|assistant|senior|chief|detective|police|district|circuit|high court|"
    r"lord|lady)\s+)*(?:superintendent|inspector|sergeant|constable|commissioner|commander|garda|"
    r"captain|lieutenant|colonel|brigadier|admiral|judge|justice|mr justice|"
    r"mrs justice|magistrate|sheriff|coroner|mayor|governor|president|premier|bishop|"
    r"archbishop|father|imam|rabbi|pastor)\.?\s+(?=\S+\s+\S)"
)
_LEGAL_FORM = re.compile(
    r",?\s+(?:ltd|limited|plc|inc|corp|llc|llp|pty ltd|pty|sdn bhd|bhd|berhad|gmbh|ag|s\.?a|"
    r"n\.?v|b\.?v)\.?$"
)


# Session 35: a middle initial says no more of who a person is than an honorific does ("Wade
# A. Kostner", as a release's header gives him, is the "Wade Kostner" of the caption and the
# story): one letter with its stop between a given name and a family name is set aside.
_MIDDLE_INITIAL = re.compile(r"(?<=\w)\s+[a-z]\.(?=\s+\w)")


def claimant_key(name: str) -> str:
    """A claimant as compared: case, a leading "the", an honorific or rank, a middle initial,
    a company's legal form and apostrophes aside."""
    folded = _fold(name.replace("’", "").replace("'", "")).lower()
    folded = re.sub(r"^the\s+", "", folded)
    folded = _HONORIFIC.sub("", folded)
    folded = _RANK.sub("", folded)
    # A rank may stand before an honorific ("Superintendent Dr. Ada Moor"), session 36.
    folded = _HONORIFIC.sub("", folded)
    folded = _MIDDLE_INITIAL.sub("", folded)
    folded = _LEGAL_FORM.sub("", folded)
    return folded.strip(" .,'\"")


def _figure_claimant(item: SuggestedClaim, index: int) -> str:
    names = item.figure_claimants
    name = names[index] if index < len(names) else item.claimant
    return name or PUBLISHER


def evaluate_text(text: CorpusText, quality: Quality) -> None:
    normalised = normalise(text.text)
    suggested = extract_suggestions(normalised, publisher=text.publisher)
    comments = [item for item in suggested if item.section == TextSection.COMMENT]
    article = [item for item in suggested if item.section != TextSection.COMMENT]
    right: set[int] = set()
    figures = text.labels["figures"]
    assert isinstance(figures, list)
    for label in figures:
        spelled = not any(char.isdigit() for char in label["figure"])
        counter = quality.spelled if spelled else quality.digits
        counter[1] += 1
        where = _locate(normalised, label["sentence"])
        if where is None:
            quality.notes.append(f"{text.name}: sentence not in the text: {label['sentence']}")
            continue
        offset = normalised.text[where[0] : where[1]].find(label["figure"])
        if offset < 0:
            raise SystemExit(f"{text.name}: {label['figure']!r} is not in its sentence")
        at, until = where[0] + offset, where[0] + offset + len(label["figure"])
        hit = next(
            (
                (index, number)
                for index, item in enumerate(article)
                for number, figure in enumerate(item.figures)
                if figure.start < until and at < figure.end
            ),
            None,
        )
        if hit is None:
            quality.notes.append(f"{text.name}: missed {label['figure']!r}")
            continue
        counter[0] += 1
        right.add(hit[0])
        item = article[hit[0]]
        got = _figure_claimant(item, hit[1])
        if Decimal(label["value"]) != item.figures[hit[1]].value:
            quality.notes.append(
                f"{text.name}: {label['figure']!r} read as {item.figures[hit[1]].value}"
            )
        accepted = {claimant_key(name) for name in [label["claimant"], *label.get("also", [])]}
        pair = quality.publisher if label["claimant"] == PUBLISHER else quality.claimant
        pair[1] += 1
        if claimant_key(got) in accepted:
            pair[0] += 1
        else:
            quality.notes.append(
                f"{text.name}: {label['figure']!r} claimant {got!r}, not {label['claimant']!r}"
            )
    quality.suggestions[0] += len(right)
    quality.suggestions[1] += len(article)
    for index, item in enumerate(article):
        if index not in right:
            quality.notes.append(f"{text.name}: suggested, not labelled: {item.sentence!r}")
    non_claims = text.labels.get("non_claims", [])
    assert isinstance(non_claims, list)
    # A non-claim inside a sentence that carries a labelled figure ("a 71-year-old fisherman"
    # beside the storm's count) is a tempting non-figure: that sentence is rightly suggested, so
    # the snippet counts as suggested only where a suggested figure is read in it.
    claim_sentences = [
        where for label in figures if (where := _locate(normalised, label["sentence"]))
    ]
    for snippet in non_claims:
        quality.non_claims[1] += 1
        where = _locate(normalised, snippet)
        if where is None:
            continue  # removed with the page's chrome
        inside = any(at <= where[0] and where[1] <= until for at, until in claim_sentences)
        if any(
            (
                any(figure.start < where[1] and where[0] < figure.end for figure in item.figures)
                if inside
                else item.start < where[1] and where[0] < item.end
            )
            for item in article
        ):
            quality.non_claims[0] += 1
            quality.notes.append(f"{text.name}: non-claim suggested: {snippet!r}")
    commented = text.labels.get("comments", [])
    assert isinstance(commented, list)
    for snippet in commented:
        where = _locate(normalised, snippet)
        if where is None:
            continue
        for item in suggested:
            if item.start < where[1] and where[0] < item.end:
                quality.comments[1] += 1
                if item in comments and item.claimant_kind == "commenter":
                    quality.comments[0] += 1
                else:
                    quality.non_claims[0] += 1
                    quality.notes.append(f"{text.name}: a comment as the article's: {snippet!r}")


def evaluate_corpus(texts: list[CorpusText]) -> Quality:
    quality = Quality()
    for text in texts:
        evaluate_text(text, quality)
    return quality


# -- the seed articles and the unseen texts (figures labelled by position) -------------------


@dataclass
class Score:
    labels: int = 0
    spelled_labels: int = 0
    predicted: int = 0
    matched: int = 0
    spelled_matched: int = 0
    value_ok: int = 0
    unit_ok: int = 0
    qualifier_ok: int = 0
    negatives: int = 0
    negatives_suggested: int = 0
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.matched / self.labels if self.labels else 1.0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0


def label_position(text: str, figure: str, occurrence: int) -> int:
    body = r"\s+".join(re.escape(word) for word in figure.split())  # NBSP counts as a space
    pattern = re.compile(rf"(?<![\w.$€£]){body}(?!\w)")
    matches = list(pattern.finditer(text))
    if len(matches) < occurrence:
        raise SystemExit(f"label {figure!r} #{occurrence} is not in the text")
    return matches[occurrence - 1].start()


def evaluate(
    texts: dict[str, str],
    labels: list[dict[str, str]],
    score: Score,
    negatives: list[dict[str, str]] = (),  # type: ignore[assignment]
) -> None:
    for name, original in sorted(texts.items()):
        normalised = normalise(original)
        predicted = []
        for suggestion in extract_suggestions(normalised):
            for figure in suggestion.figures:
                start, end = normalised.original_span(figure.start, figure.end)
                predicted.append((start, end, figure))
        score.predicted += len(predicted)
        used: set[int] = set()
        for label in (item for item in labels if item["file"] == name):
            spelled = not any(char.isdigit() for char in label["figure"])
            score.labels += 1
            score.spelled_labels += spelled
            at = label_position(original, label["figure"], int(label.get("occurrence", 1)))
            hit = next(
                (
                    index
                    for index, (start, end, _) in enumerate(predicted)
                    if start <= at < end and index not in used
                ),
                None,
            )
            if hit is None:
                score.misses.append(f"{name}: {label['figure']}")
                continue
            used.add(hit)
            score.matched += 1
            score.spelled_matched += spelled
            figure = predicted[hit][2]
            problems = []
            if figure.value == Decimal(label["value"]):
                score.value_ok += 1
            else:
                problems.append(f"value {figure.value} ≠ {label['value']}")
            if figure.unit == label["unit"]:
                score.unit_ok += 1
            else:
                problems.append(f"unit {figure.unit} ≠ {label['unit']}")
            if figure.qualifier == label["qualifier"]:
                score.qualifier_ok += 1
            else:
                problems.append(f"qualifier {figure.qualifier} ≠ {label['qualifier']}")
            if problems:
                score.wrong.append(f"{name}: {label['figure']}: {'; '.join(problems)}")
        for index, (_, _, figure) in enumerate(predicted):
            if index not in used:
                score.false_positives.append(f"{name}: {figure.as_written!r}")
        for negative in (item for item in negatives if item["file"] == name):
            score.negatives += 1
            body = r"\s+".join(re.escape(word) for word in negative["figure"].split())
            for match in re.finditer(body, original):
                if any(s < match.end() and match.start() < e for s, e, _ in predicted):
                    score.negatives_suggested += 1
                    score.false_positives.append(f"{name}: negative {negative['figure']!r}")
                    break


def report(title: str, score: Score) -> None:
    print(f"\n{title}")
    print(f"  labelled figures     {score.labels}")
    print(f"  suggested figures    {score.predicted}")
    print(f"  recall               {score.recall:6.1%}  ({score.matched}/{score.labels})")
    print(f"  precision            {score.precision:6.1%}  ({score.matched}/{score.predicted})")
    if score.matched:
        print(f"  value correct        {score.value_ok / score.matched:6.1%}")
        print(f"  unit correct         {score.unit_ok / score.matched:6.1%}")
        print(f"  qualifier correct    {score.qualifier_ok / score.matched:6.1%}")
    for heading, items in (
        ("missed", score.misses),
        ("not labelled (false positives)", score.false_positives),
        ("found but misread", score.wrong),
    ):
        if items:
            print(f"  {heading}:")
            for item in items:
                print(f"    - {item}")


# -- the table -------------------------------------------------------------------------------

_HEADER = (
    f"{'':<22}{'recall digits':>15}{'recall spelled':>16}{'precision':>11}"
    f"{'non-claims':>12}{'claimant':>10}"
)


def _pair(pair: list[int]) -> str:
    return f"{pair[0]}/{pair[1]}"


def corpus_row(title: str, quality: Quality) -> str:
    return (
        f"{title:<22}{_pair(quality.digits):>15}{_pair(quality.spelled):>16}"
        f"{quality.precision:>11.2f}{quality.non_claims[0]:>5} of {quality.non_claims[1]:<4}"
        f"{quality.claimant_right:>10.2f}"
    )


def seed_row(title: str, score: Score) -> str:
    digits = [score.matched - score.spelled_matched, score.labels - score.spelled_labels]
    spelled = [score.spelled_matched, score.spelled_labels]
    return (
        f"{title:<22}{_pair(digits):>15}{_pair(spelled):>16}{score.precision:>11.2f}"
        f"{score.negatives_suggested:>5} of {score.negatives:<4}{'n/a':>10}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=Path, default=Path(settings.TALLY_ARTICLES_DIR))
    parser.add_argument("--details", action="store_true", help="list every miss and extra")
    parser.add_argument(
        "--external",
        type=Path,
        action="append",
        default=[],
        metavar="DIR",
        help="a directory of labelled texts kept outside the project (texts/, labels/, "
        "meta.json), reported in a row of its own",
    )
    parser.add_argument(
        "--seeds-only",
        action="store_true",
        help="the seed articles and the short unseen texts, not the corpus (the test suite "
        "measures the corpus itself, tests/intake/test_intake_corpus.py)",
    )
    args = parser.parse_args()

    corpus = [] if args.seeds_only else load_corpus()
    began = time.perf_counter()
    tuning = evaluate_corpus([text for text in corpus if not text.held_out])
    held_out = evaluate_corpus([text for text in corpus if text.held_out])
    took = time.perf_counter() - began
    rows = (
        [
            corpus_row(f"tuning ({sum(not t.held_out for t in corpus)} texts)", tuning),
            corpus_row(f"held out ({sum(t.held_out for t in corpus)} texts)", held_out),
        ]
        if corpus
        else []
    )
    external: list[tuple[str, Quality]] = []
    for directory in args.external:
        if not (directory / "meta.json").is_file() or not (directory / "labels").is_dir():
            parser.error(f"--external {directory}: no meta.json and labels/ there")
        pages = load_external(directory)
        quality = evaluate_corpus(pages)
        external.append((directory.name, quality))
        rows.append(corpus_row(f"{directory.name} ({len(pages)} texts)"[:21], quality))
    seeds: Score | None = None
    labels = json.loads(LABELS.read_text(encoding="utf-8"))
    if args.articles.is_dir():
        texts = {
            path.name: path.read_text(encoding="utf-8")
            for path in sorted(args.articles.glob("*.txt"))
        }
        seeds = Score()
        evaluate(texts, labels["positives"], seeds, labels["negatives"])
        rows.append(seed_row("seeds (5 articles)", seeds))
    print("Article intake quality")
    print(_HEADER)
    for row in rows:
        print(row)
    print(
        f"targets: corpus precision >= {PRECISION_TARGET}, non-claims at most 1 in 17, "
        f"claimant >= {CLAIMANT_TARGET}; seeds recall >= 0.95, precision >= 0.80"
    )
    if corpus:
        print(
            f"also: the publisher's own statements left unattributed, tuning "
            f"{_pair(tuning.publisher)}, held out {_pair(held_out.publisher)}; readers' comments "
            f"suggested as the commenter's, tuning {_pair(tuning.comments)}, held out "
            f"{_pair(held_out.comments)}"
        )
        characters = sum(len(text.text) for text in corpus)
        print(
            f"speed: the corpus ({len(corpus)} texts, {characters:,} characters) normalised and "
            f"extracted in {took:.1f} s, {1000 * took / len(corpus):.0f} ms a text"
        )
    failed = bool(corpus) and bool(tuning.misses())
    for title, quality in (("tuning", tuning), ("held out", held_out), *external):
        for missed in quality.misses():
            print(f"MISSED ({title}): {missed}")
        if args.details and quality.notes:
            print(f"\n{title}:")
            for note in quality.notes:
                print(f"  - {note}")
    if seeds is not None:
        if args.details:
            report("The five articles (labels in tests/data/intake_labels.json)", seeds)
        else:
            print(f"seeds: recall {seeds.recall:.1%}, precision {seeds.precision:.1%}")
        failed = failed or seeds.recall < 0.95 or seeds.precision < 0.80
    else:
        print(f"No articles at {args.articles}: the seed row is left out.")

    unseen_labels = json.loads((UNSEEN / "labels.json").read_text(encoding="utf-8"))["positives"]
    unseen_texts = {
        path.name: path.read_text(encoding="utf-8") for path in sorted(UNSEEN.glob("*.txt"))
    }
    unseen = Score()
    evaluate(unseen_texts, unseen_labels, unseen)
    if args.details:
        report("Short texts the parser was not tuned on (tests/data/unseen/)", unseen)
    else:
        print(f"unseen texts: recall {unseen.recall:.1%}, precision {unseen.precision:.1%}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
