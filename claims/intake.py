"""Reading an ingested article for claims: which sentences state a check-worthy figure, who
makes each claim, the quote to cite, how check-worthy it is and why, and which figures already
recorded for a similar metric it competes with.

Pure functions over text come first (extract_suggestions, used by `extract_claims` without a
database); the database steps (storing suggestions, proposing competing figures) follow.
"""

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db import connection, transaction
from django.db.models import FloatField, Q, QuerySet
from django.db.models.functions import Greatest
from django.utils.text import slugify

from claims.figures_parser import (
    COUNT,
    CURRENCY,
    EXACT,
    PERCENT,
    PERCENTAGE_POINTS,
    YEARS,
    ParsedFigure,
    find_figures,
)
from claims.intake_models import CompetingProposal, DecisionStatus, Suggestion, TextSection
from claims.models import Figure
from sources.intake import normalise as marks
from sources.intake.normalise import NormalisedText
from sources.models import Entity, EntityKind, Snapshot
from sources.quotes import CONTEXT_CHARS

MAX_SUGGESTION_QUOTE_WORDS = 25
CHECK_WORTHY = 0.35
# A recorded figure competes with a new one when the wording is similar, or when the wording is
# only loosely similar but the two values are of the same magnitude (within a factor of two).
# The same value in the same unit needs only a little shared wording ("$150 billion industry").
PROPOSAL_SIMILARITY = 0.25
PROPOSAL_SIMILARITY_SAME_MAGNITUDE = 0.1
PROPOSAL_SIMILARITY_SAME_VALUE = 0.05
# Wording can differ entirely while two figures measure one thing: a $14m donation and a $240m
# loan for Ecuador's surveillance system. They compete when the place the recorded figure's
# metric is about ("Ecuador") and a word of its subject ("surveillance") are named around the
# new figure. A place named in more than a fifth of an article's paragraphs is what the whole
# article is about ("China"), not where this figure belongs, so it does not count.
LOCAL_PLACE_MAX_SHARE = 0.2
MIN_MATCHING_LETTERS = 4
# A fact-checker reads proposals one by one: a handful of the most similar is what helps.
MAX_PROPOSALS_PER_FIGURE = 5
# Recorded figures read per new figure, the most similar first, whatever the database holds.
MAX_CANDIDATES = 200

_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "no",
        "nos",
        "aug",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.k",
        "ph.d",
        "inc",
        "ltd",
        "co",
        "corp",
        "vs",
        "e.g",
        "i.e",
        "gov",
        "sen",
        "rep",
        "gen",
        "lt",
        "col",
        "jr",
        "sr",
        "fig",
        "approx",
        "est",
    ]
)
_BOUNDARY = re.compile(r"[.!?][”\"’')\]]*\s+(?=[“\"‘'(\[A-Z0-9$€£])")
_WORD = re.compile(r"\S+")
_CLAUSE_END = re.compile(r"[,;:]$|^[—–]$")
_CHANGE_WORDS = re.compile(
    r"\b(?:rise|rose|risen|fell|fall|fallen|drop|dropped|cut|cuts|grew|grow|growth|expanded|"
    r"increase[sd]?|decrease[sd]?|doubled|tripled|halved|largest|biggest|most|first|only|"
    r"record|than|worth|valuation|led to|accounted for|surpassing)\b",
    re.IGNORECASE,
)
_SPEECH_VERBS = (
    r"says|said|say|told|tells|boasts|boasted|claims|claimed|claim|reported|reports|found|finds|"
    r"estimates|estimated|announced|announces|wrote|writes|argues|argued|noted|notes|stresses|"
    r"stressed|concluded|concludes|suggests|suggest|shows|showed|revealed|reveals"
)
_ACCORDING_TO = re.compile(r"\baccording to\s+(?P<phrase>[^,;.—–]+)", re.IGNORECASE)
_BY_SOURCE = re.compile(
    r"\b(?:report|study|survey|research|analysis|figures|data|statement|poll|estimates?|"
    r"investigation)\s+(?:[\w’']+\s+){0,6}?(?:by|from)\s+(?P<phrase>[^,;.—–]+)",
    re.IGNORECASE,
)
_SAID_BY = re.compile(r"\b(?:said|says|told|wrote|noted|added)\s+(?P<phrase>[A-Z][^,;.—–]*)")
_VERB = re.compile(rf"\b(?P<verb>{_SPEECH_VERBS})\b")
_TITLES = re.compile(r"^(?:Mr|Mrs|Ms|Dr|Prof|Professor)\.?\s+")
_CONNECTORS = frozenset({"of", "for", "and", "the", "de", "on", "&"})
_STOP_BACK = frozenset(
    {
        "that",
        "which",
        "who",
        "in",
        "on",
        "at",
        "and",
        "but",
        "as",
        "while",
        "when",
        "if",
        "so",
        "the",
        "a",
        "an",
        "by",
        "to",
        "of",
        "has",
        "have",
        "had",
        "also",
        "now",
        "then",
    }
)
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})
_GENERIC = frozenset(
    {"study", "report", "research", "survey", "company", "firm", "government", "researchers"}
)
_ORG_KINDS: list[tuple[str, re.Pattern[str]]] = [
    (
        EntityKind.RESEARCH,
        re.compile(
            r"\b(?:Endowment|Institute|University|Centre|Center|Lab|Laboratory|Research|"
            r"Insights|Markit|Foundation|Think)\b"
        ),
    ),
    (
        EntityKind.MEDIA,
        re.compile(r"\b(?:Times|Daily|News|Post|Journal|Media|media|Quartz|Techzim|Reuters)\b"),
    ),
    (
        EntityKind.GOVERNMENT,
        re.compile(r"\b(?:Government|government|Ministry|ministry|Police|police|Council|state)\b"),
    ),
    (
        EntityKind.COMPANY,
        re.compile(
            r"\b(?:Company|company|Inc|Ltd|Holdings|Technology|Technologies|Huawei|ZTE|"
            r"Hikvision|CloudWalk|Cloudwalk|SenseTime|Megvii|Dahua|IBM|Microsoft|Apple|Google)\b"
        ),
    ),
]
_WATCH_WORDS = re.compile(r"\b(?:Watch|Project|Consortium|Sale|Freedom House)\b")


@dataclass(frozen=True)
class Attribution:
    name: str
    kind: str
    words: str  # the words that name the claimant


@dataclass
class SuggestedClaim:
    """One check-worthy sentence, with offsets into the normalised text."""

    sentence: str
    start: int
    end: int
    quote: str
    quote_start: int
    quote_end: int
    prefix: str
    suffix: str
    figures: list[ParsedFigure]
    section: str
    claimant: str
    claimant_kind: str
    attribution: str
    score: float
    reason: str
    original_start: int = 0
    original_end: int = 0
    reasons: list[str] = field(default_factory=list)

    @property
    def fingerprint(self) -> str:
        return hashlib.sha256(" ".join(self.sentence.split()).encode("utf-8")).hexdigest()

    def as_json(self) -> dict[str, Any]:
        return {
            "sentence": self.sentence,
            "start": self.original_start,
            "end": self.original_end,
            "normalised_start": self.start,
            "normalised_end": self.end,
            "quote": self.quote,
            "section": self.section,
            "figures": [
                {
                    "value": figure["value"],
                    "unit": figure["unit"],
                    "qualifier": figure["qualifier"],
                    "currency": figure["currency"],
                    "scale": figure["scale"],
                    "as_written": figure["as_written"],
                    "start": figure["original_start"],
                }
                for figure in self.figure_dicts_with_original
            ],
            "claimant": self.claimant or None,
            "claimant_kind": self.claimant_kind or None,
            "score": self.score,
            "reason": self.reason,
        }

    figure_dicts_with_original: list[dict[str, Any]] = field(default_factory=list)


# -- sentences --------------------------------------------------------------------------------


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of `text`, paragraph by paragraph (a line is a paragraph)."""
    spans: list[tuple[int, int]] = []
    position = 0
    for line in text.split("\n"):
        line_start = position
        position += len(line) + 1
        if not line.strip():
            continue
        start = line_start + (len(line) - len(line.lstrip()))
        for boundary in _BOUNDARY.finditer(line):
            dot = boundary.start()
            word_before = line[:dot].split()[-1:] or [""]
            token = word_before[0].lstrip("(“\"'").lower()
            if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
                continue
            end = line_start + boundary.end()
            spans.append((start, _rstrip_end(text, start, end)))
            start = end
        end = line_start + len(line)
        if text[start:end].strip():
            spans.append((start, _rstrip_end(text, start, end)))
    return spans


def _rstrip_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


# -- attribution -----------------------------------------------------------------------------


def _capitalised_runs(phrase: str) -> list[str]:
    """Runs of capitalised words ("Carnegie Endowment for International Peace"). A possessive
    joins a run when a capitalised word follows ("MIT’s Media Lab") and otherwise ends it
    ("IHS Markit China’s market" names IHS Markit); an opening possessive is the owner, dropped."""
    tokens = [raw.strip("“”\"'()[],.;:") for raw in phrase.split()]
    runs: list[list[str]] = []
    current: list[str] = []
    for index, token in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if token and token[0].isupper():
            if token.endswith(("’s", "'s")):
                if current and following[:1].isupper():
                    current.append(token)
                    continue
                if current:
                    runs.append(current)
                current = []
                continue
            current.append(token)
        elif token in _CONNECTORS and current:
            current.append(token)
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    cleaned: list[str] = []
    for run in runs:
        while run and run[-1] in _CONNECTORS:
            run.pop()
        while run and run[0] in _CONNECTORS:
            run.pop(0)
        if run:
            cleaned.append(" ".join(run))
    return cleaned


def _clean_name(name: str) -> str:
    return _TITLES.sub("", name).strip()


def guess_kind(name: str, *, via_speech: bool = False) -> str:
    if _WATCH_WORDS.search(name):
        return EntityKind.ORGANISATION
    for kind, pattern in _ORG_KINDS:
        if pattern.search(name):
            return kind
    words = name.split()
    if via_speech and 1 <= len(words) <= 3 and all(word[:1].isupper() for word in words):
        return EntityKind.PERSON
    return EntityKind.ORGANISATION


def _from_phrase(phrase: str, *, after_by: bool = False) -> str:
    """The name in "research by the Carnegie Endowment", "a report in the ... Daily"."""
    if after_by:
        runs = _capitalised_runs(phrase)
        return runs[0] if runs else ""
    parts = re.split(r"\b(?:by|from)\b", phrase, maxsplit=1)
    if len(parts) > 1:
        runs = _capitalised_runs(parts[1])
        return runs[0] if runs else ""
    runs = _capitalised_runs(phrase)
    return runs[-1] if runs else ""


def find_attribution(sentence: str, context: Iterable[Attribution] = ()) -> Attribution | None:
    """Who the sentence says makes its claim, or None when it is the publisher's own."""
    for pattern in (_ACCORDING_TO, _BY_SOURCE):
        match = pattern.search(sentence)
        if match:
            name = _clean_name(_from_phrase(match.group("phrase"), after_by=pattern is _BY_SOURCE))
            if name:
                return Attribution(name, guess_kind(name), match.group(0).strip())
    said = _SAID_BY.search(sentence)
    if said:
        runs = _capitalised_runs(said.group("phrase"))
        if runs and said.group("phrase").startswith(runs[0].split()[0]):
            name = _clean_name(runs[0])
            return Attribution(name, guess_kind(name, via_speech=True), said.group(0).strip())
    for verb in _VERB.finditer(sentence):
        before = sentence[: verb.start()].split()
        collected: list[str] = []
        for raw in reversed(before[-7:]):
            token = raw.strip("“”\"'()[]")
            if raw.endswith((",", ";", ":", "”", '"')) and collected:
                break
            if not token or token.lower() in _STOP_BACK or token[0].isdigit():
                break
            collected.insert(0, token.rstrip(",;:"))
            if raw.endswith((",", ";", ":")):
                break
        if not collected:
            continue
        if len(collected) == 1 and (
            collected[0].lower() in _PRONOUNS or collected[0].lower() in _GENERIC
        ):
            previous = list(context)
            if previous:
                found = previous[-1]
                return Attribution(found.name, found.kind, f"{' '.join(collected)} {verb['verb']}")
            continue
        if collected[-1][:1].isupper():
            runs = _capitalised_runs(" ".join(collected))
            name = _clean_name(runs[-1]) if runs else ""
            via_speech = True
        else:
            name = " ".join(collected)
            via_speech = False
        if name and len(name) > 1:
            return Attribution(
                name, guess_kind(name, via_speech=via_speech), f"{name} {verb['verb']}"
            )
    return None


# -- quotes and scores -----------------------------------------------------------------------


def clip_quote(sentence: str, figures: list[ParsedFigure]) -> tuple[int, int]:
    """The span (within `sentence`) of the clause that carries the figures, at most 25 words."""
    tokens = [(match.start(), match.end()) for match in _WORD.finditer(sentence)]
    if len(tokens) <= MAX_SUGGESTION_QUOTE_WORDS:
        return tokens[0][0], _strip_clause_punctuation(sentence, tokens[0][0], tokens[-1][1])

    def token_at(position: int) -> int:
        for index, (start, end) in enumerate(tokens):
            if start <= position < end or position < start:
                return index
        return len(tokens) - 1

    first = token_at(figures[0].start)
    last = token_at(max(figures[0].end - 1, figures[0].start))
    for figure in figures[1:]:
        candidate = token_at(max(figure.end - 1, figure.start))
        if candidate - first + 1 <= MAX_SUGGESTION_QUOTE_WORDS:
            last = candidate
    low, high = first, last
    # Out to the clause's edges: a comma, semicolon, colon or dash ends a clause.
    while low > 0 and not _CLAUSE_END.search(sentence[tokens[low - 1][0] : tokens[low - 1][1]]):
        low -= 1
    while high < len(tokens) - 1 and not _CLAUSE_END.search(
        sentence[tokens[high][0] : tokens[high][1]]
    ):
        high += 1
    # A short clause reads better with its neighbour; a long one is cut around the figure.
    while high - low + 1 < 8 and high < len(tokens) - 1:
        high += 1
    if high - low + 1 > MAX_SUGGESTION_QUOTE_WORDS:
        low = max(low, first - 8)
        high = min(high, low + MAX_SUGGESTION_QUOTE_WORDS - 1)
        if high < last:
            high = last
            low = max(0, high - MAX_SUGGESTION_QUOTE_WORDS + 1)
    return tokens[low][0], _strip_clause_punctuation(sentence, tokens[low][0], tokens[high][1])


def _strip_clause_punctuation(sentence: str, start: int, end: int) -> int:
    while end > start and sentence[end - 1] in ",;:—– ":
        end -= 1
    return end


def score_sentence(
    sentence: str, figures: list[ParsedFigure], *, section: str, attributed: bool
) -> tuple[float, list[str]]:
    """Check-worthiness from 0 to 1 and the reasons for it."""
    best = 0.0
    best_reason = ""
    for figure in figures:
        if figure.unit in (PERCENT, PERCENTAGE_POINTS) and figure.kind == "fraction":
            weight, why = 0.5, "states a share"
        elif figure.unit in (PERCENT, PERCENTAGE_POINTS):
            weight, why = 0.55, "states a percentage"
        elif figure.unit == CURRENCY:
            weight, why = 0.55, "states a sum of money"
        elif figure.kind == "vague":
            weight, why = 0.35, "states a rough magnitude"
        elif figure.unit == YEARS:
            weight, why = 0.4, "states a duration"
        elif figure.unit == COUNT and figure.value >= 1_000_000:
            weight, why = 0.5, "states a count in millions or more"
        elif figure.unit == COUNT and figure.value >= 1000:
            weight, why = 0.45, "states a count in thousands"
        elif figure.unit == COUNT and figure.value >= 10:
            weight, why = 0.4, "states a count"
        else:
            weight, why = 0.3, "states a small count"
        if weight > best:
            best, best_reason = weight, why
    reasons = [best_reason]
    score = best
    if attributed:
        score += 0.15
        reasons.append("names who says it")
    if _CHANGE_WORDS.search(sentence):
        score += 0.1
        reasons.append("compares or measures change")
    if any(figure.qualifier != EXACT for figure in figures):
        score += 0.05
        reasons.append("qualified (at least, nearly…)")
    if sentence.rstrip().endswith("?"):
        score -= 0.25
        reasons.append("a question, not an assertion")
    if section == TextSection.CAPTION:
        score -= 0.1
        reasons.append("in a photo caption")
    if section == TextSection.COMMENT:
        score -= 0.1
        reasons.append("a reader's comment")
    return round(max(0.0, min(1.0, score)), 2), reasons


# -- extraction ------------------------------------------------------------------------------


def _section_of(normalised: NormalisedText, start: int, end: int) -> str:
    kinds = normalised.kinds_at(start, end)
    if marks.COMMENT in kinds or marks.COMMENTS in kinds:
        return TextSection.COMMENT
    if marks.CAPTION in kinds:
        return TextSection.CAPTION
    if marks.HEADING in kinds:
        return TextSection.HEADING
    return TextSection.BODY


def _figure_key(figure: ParsedFigure) -> tuple[Decimal, str]:
    return figure.value, figure.unit


def extract_suggestions(normalised: NormalisedText) -> list[SuggestedClaim]:
    """Every check-worthy sentence of a normalised article, in reading order."""
    text = normalised.text
    credit_spans = [
        (span.start, span.end) for span in normalised.spans if span.kind in marks.NOT_CLAIMS
    ]
    candidates: list[SuggestedClaim] = []
    context: list[Attribution] = []
    last_line = -1
    for start, end in split_sentences(text):
        line = text.count("\n", 0, start)
        if line != last_line:
            context = []  # attributions carry within a paragraph only
            last_line = line
        kinds = normalised.kinds_at(start, end)
        if kinds & {marks.DATELINE, marks.COPYRIGHT, marks.BYLINE, marks.COMMENTER}:
            continue
        # A caption's credit ("© Name/AFP") is not part of what it says.
        for credit_start, credit_end in credit_spans:
            if start < credit_start < end and credit_end >= end:
                end = _rstrip_end(text, start, credit_start)
        sentence = text[start:end]
        if not sentence.strip():
            continue
        figures = [
            figure.shifted(start)
            for figure in find_figures(sentence)
            if not any(c_start <= figure.start + start < c_end for c_start, c_end in credit_spans)
        ]
        section = _section_of(normalised, start, end)
        attribution: Attribution | None
        if section == TextSection.COMMENT:
            commenter = normalised.label_at(start, marks.COMMENT)
            attribution = Attribution(
                commenter or "Unnamed commenter", EntityKind.COMMENTER, "reader comment"
            )
        else:
            attribution = find_attribution(sentence, context)
            if attribution is not None:
                context.append(attribution)
        if not figures:
            continue
        score, reasons = score_sentence(
            sentence,
            figures,
            section=section,
            attributed=attribution is not None and section != TextSection.COMMENT,
        )
        if score < CHECK_WORTHY:
            continue
        local = [figure.shifted(-start) for figure in figures]
        quote_from, quote_to = clip_quote(sentence, local)
        quote_start, quote_end = start + quote_from, start + quote_to
        if attribution is None:
            reasons.append("no attribution: the publisher's own statement")
        original_start, original_end = normalised.original_span(start, end)
        figure_dicts = []
        for figure in figures:
            data = figure.as_dict()
            data["original_start"] = normalised.original_position(figure.start)
            figure_dicts.append(data)
        candidates.append(
            SuggestedClaim(
                sentence=sentence,
                start=start,
                end=end,
                quote=text[quote_start:quote_end],
                quote_start=quote_start,
                quote_end=quote_end,
                prefix=text[max(0, quote_start - CONTEXT_CHARS) : quote_start],
                suffix=text[quote_end : quote_end + CONTEXT_CHARS],
                figures=figures,
                section=section,
                claimant=attribution.name if attribution else "",
                claimant_kind=attribution.kind if attribution else "",
                attribution=attribution.words if attribution else "",
                score=score,
                reason="; ".join(reasons),
                original_start=original_start,
                original_end=original_end,
                reasons=reasons,
                figure_dicts_with_original=figure_dicts,
            )
        )
    # A caption that repeats a figure from the body adds nothing: the body sentence is cited.
    body_figures = {
        _figure_key(figure)
        for item in candidates
        if item.section != TextSection.CAPTION
        for figure in item.figures
    }
    return [
        item
        for item in candidates
        if item.section != TextSection.CAPTION
        or not all(_figure_key(figure) in body_figures for figure in item.figures)
    ]


# -- storing suggestions ---------------------------------------------------------------------


def resolve_entity(name: str) -> Entity | None:
    """An entity already recorded under this name (or one that starts with it), if any."""
    if not name:
        return None
    exact = (
        Entity.objects.filter(name__iexact=name).first()
        or Entity.objects.filter(slug=slugify(name)).first()
    )
    if exact is not None:
        return exact
    prefixed = list(Entity.objects.filter(name__istartswith=name + " ")[:2])
    return prefixed[0] if len(prefixed) == 1 else None


@transaction.atomic
def suggestions_store(
    *, snapshot: Snapshot, normalised: NormalisedText
) -> tuple[list[Suggestion], int]:
    """Store the snapshot's suggestions; a sentence already suggested for this source (from an
    earlier ingest) is not suggested again. Returns the new suggestions and how many were
    already there."""
    created: list[Suggestion] = []
    existing = 0
    for item in extract_suggestions(normalised):
        if Suggestion.objects.filter(source=snapshot.source, fingerprint=item.fingerprint).exists():
            existing += 1
            continue
        suggestion = Suggestion(
            source=snapshot.source,
            snapshot=snapshot,
            fingerprint=item.fingerprint,
            sentence=item.sentence,
            sentence_start=item.start,
            sentence_end=item.end,
            quote=item.quote,
            quote_start=item.quote_start,
            quote_end=item.quote_end,
            prefix=item.prefix,
            suffix=item.suffix,
            figures=[figure.as_dict() for figure in item.figures],
            section=item.section,
            claimant_name=item.claimant,
            claimant_kind=item.claimant_kind,
            claimant=resolve_entity(item.claimant),
            attribution=item.attribution[:300],
            score=item.score,
            reason=item.reason,
        )
        suggestion.full_clean()
        suggestion.save()
        created.append(suggestion)
    return created, existing


# -- competing figures -----------------------------------------------------------------------

_TRIGRAM_WORD = re.compile(r"[^\W_]+")
_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "by",
        "and",
        "or",
        "but",
        "with",
        "from",
        "that",
        "which",
        "who",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "its",
        "their",
        "his",
        "her",
        "it",
        "this",
        "these",
        "those",
        "as",
        "than",
        "per",
        "cent",
        "percent",
        "million",
        "billion",
        "over",
        "more",
        "nearly",
        "almost",
        "some",
        "about",
        "up",
        "less",
        "least",
        "also",
        "just",
    ]
)


def _keywords(text: str) -> str:
    words = [w for w in _TRIGRAM_WORD.findall(text.lower()) if w not in _STOPWORDS]
    return " ".join(word for word in words if not word.isdigit())


def trigram_similarity(left: str, right: str) -> float:
    """pg_trgm's similarity() in Python, for databases without it: the share of trigrams the
    two texts have in common (each word padded, as pg_trgm pads it)."""

    def trigrams(text: str) -> set[str]:
        grams: set[str] = set()
        for word in _TRIGRAM_WORD.findall(text.lower()):
            padded = f"  {word} "
            grams.update(padded[index : index + 3] for index in range(len(padded) - 2))
        return grams

    left_grams, right_grams = trigrams(left), trigrams(right)
    if not left_grams or not right_grams:
        return 0.0
    return len(left_grams & right_grams) / len(left_grams | right_grams)


def _content_words(text: str) -> list[str]:
    """The words that can name a place or a subject: no stopwords, numbers or short bits."""
    return [
        word
        for word in _TRIGRAM_WORD.findall(text.lower())
        if len(word) >= 3 and word not in _STOPWORDS and not word.isdigit()
    ]


def _same_word(left: str, right: str) -> bool:
    """One word, or one a longer form of the other: Ecuador and Ecuadorian, camera and cameras
    (but not China and Chinese, which an article about China says everywhere)."""
    if left == right:
        return True
    shorter, longer = sorted((left, right), key=len)
    return len(shorter) >= MIN_MATCHING_LETTERS and longer.startswith(shorter)


def _names_place(words: Iterable[str], place: list[str]) -> bool:
    """Every word of the place is among `words`, as written or lengthened ("Ecuadorian"); a
    shortened one does not count ("world" does not name "Worldwide")."""
    pool = list(words)
    return bool(place) and all(
        any(
            word == part or (word.startswith(part) and len(part) >= MIN_MATCHING_LETTERS)
            for word in pool
        )
        for part in place
    )


@dataclass(frozen=True)
class NewFigure:
    """A figure looking for the recorded figures it competes with: one of a suggestion's, or
    one a fact-checker recorded under a metric of its own."""

    value: Decimal
    unit: str
    currency: str
    wordings: tuple[str, ...]  # keywords compared with each recorded metric's name and claim
    words: frozenset[str]  # its own words: the sentence, or the claim's statement and metric
    places: frozenset[str]  # words that may name the place the figure is about
    subjects: frozenset[str]  # words around the figure that may name what it measures
    same_value_competes: bool = True
    exclude_claim_id: int | None = None
    exclude_metric_id: int | None = None


def _shared_place_and_subject(new: NewFigure, existing: Figure) -> tuple[str, str] | None:
    """The place of the recorded figure's claim, when its metric is about that place and the
    new figure's surroundings name it too, with a word of the metric's subject."""
    metric_words = _content_words(existing.metric.name)
    for part in re.split(r"[,;/]", existing.claim.place):
        place = _content_words(part)
        if not (_names_place(metric_words, place) and _names_place(new.places, place)):
            continue
        for word in metric_words:
            if any(_same_word(word, bit) for bit in place):
                continue
            if any(_same_word(word, around) for around in new.subjects):
                return part.strip(), word
    return None


def _place_pattern(places: frozenset[str]) -> str | None:
    """A regular expression for claim places that some of `places` may name: a place part (a
    place is split at , ; /) whose first word one of `places` is, or lengthens ("Ecuadorian"
    names "Ecuador"). A superset of what _shared_place_and_subject accepts, for the database."""
    prefixes = {
        word[:length]
        for word in places
        for length in range(min(MIN_MATCHING_LETTERS, len(word)), len(word) + 1)
    }
    if not prefixes:
        return None
    alternatives = "|".join(sorted(re.escape(prefix) for prefix in prefixes))
    return rf"(^|[,;/])\s*({alternatives})($|[^a-z])"


def _scored_candidates(new: NewFigure) -> list[tuple[Figure, float]]:
    """Recorded figures of the same unit (and currency), the most similar first, with the best
    trigram similarity between the new figure's wordings and their metric's name or claim's
    statement. Only those some rule could accept are read: wording at least as similar as the
    loosest rule asks, or a claim place the new figure's surroundings may name; and at most
    MAX_CANDIDATES of them, so that one new figure costs the same among a hundred thousand."""
    base: QuerySet[Figure] = Figure.objects.filter(unit=new.unit).select_related("metric", "claim")
    if new.unit == CURRENCY:
        base = base.filter(currency=new.currency)
    if new.exclude_claim_id is not None:
        base = base.exclude(claim_id=new.exclude_claim_id)
    if new.exclude_metric_id is not None:
        base = base.exclude(metric_id=new.exclude_metric_id)
    floor = (
        PROPOSAL_SIMILARITY_SAME_VALUE
        if new.same_value_competes
        else PROPOSAL_SIMILARITY_SAME_MAGNITUDE
    )
    place_pattern = _place_pattern(new.places)
    wordings = [wording for wording in new.wordings if wording]
    if not wordings:
        if place_pattern is None:
            return []
        return [
            (candidate, 0.0)
            for candidate in base.filter(claim__place__iregex=place_pattern)[:MAX_CANDIDATES]
        ]
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import TrigramSimilarity

        measures = [
            TrigramSimilarity(field, wording)
            for wording in wordings
            for field in ("metric__name", "claim__statement")
        ]
        scored = base.annotate(similarity=Greatest(*measures, output_field=FloatField()))
        wanted = Q(similarity__gte=floor)
        if place_pattern is not None:
            wanted |= Q(claim__place__iregex=place_pattern)
        best = scored.filter(wanted).order_by("-similarity", "pk")[:MAX_CANDIDATES]
        return [(candidate, float(candidate.similarity)) for candidate in best]
    place_match = re.compile(place_pattern, re.IGNORECASE) if place_pattern else None
    scored_rows = [
        (
            candidate,
            max(
                trigram_similarity(wording, text)
                for wording in wordings
                for text in (candidate.metric.name, candidate.claim.statement)
            ),
        )
        for candidate in base
    ]
    kept = [
        (candidate, similarity)
        for candidate, similarity in scored_rows
        if similarity >= floor
        or (place_match is not None and place_match.search(candidate.claim.place))
    ]
    kept.sort(key=lambda pair: (-pair[1], pair[0].pk))
    return kept[:MAX_CANDIDATES]


def why_competing(new: NewFigure, existing: Figure, similarity: float) -> str:
    """Why the recorded figure looks like a competitor of the new one ("" when it does not).
    The same rule for suggestions and hand-recorded figures, on every database."""
    if existing.value is None:
        return ""
    same_value = existing.value == new.value
    if same_value and not new.same_value_competes:
        return ""
    if similarity >= PROPOSAL_SIMILARITY:
        return "similar wording"
    if same_value and similarity >= PROPOSAL_SIMILARITY_SAME_VALUE:
        return "same value, some shared wording"
    # Loosely similar wording is a few shared trigrams; it counts when at least one whole word
    # of the recorded metric's name is among the new figure's own words.
    if (
        similarity >= PROPOSAL_SIMILARITY_SAME_MAGNITUDE
        and _same_magnitude(new.value, existing.value)
        and any(
            _same_word(word, own)
            for word in _content_words(existing.metric.name)
            for own in new.words
        )
    ):
        return "same magnitude, loosely similar wording"
    shared = _shared_place_and_subject(new, existing)
    if shared is not None:
        place, subject = shared
        return f"both about {place}, and “{subject}” is named around it"
    return ""


def competitors(new: NewFigure) -> list[tuple[Figure, float, str]]:
    """The recorded figures the new one competes with: (figure, similarity, why), the most
    similar first, at most MAX_PROPOSALS_PER_FIGURE of them."""
    found = []
    for candidate, similarity in _scored_candidates(new):
        why = why_competing(new, candidate, similarity)
        if why:
            found.append((candidate, similarity, why))
        if len(found) == MAX_PROPOSALS_PER_FIGURE:
            break
    return found


def _same_magnitude(new: Decimal, recorded: Decimal | None) -> bool:
    if recorded is None or new <= 0 or recorded <= 0:
        return False
    return max(new, recorded) / min(new, recorded) <= 2


def _same_statement(suggestion: Suggestion, figure: Figure) -> bool:
    """The existing figure's claim already cites this very sentence: it is not a competitor."""
    for citation in figure.claim.citations.all():
        if citation.source_id != suggestion.source_id and citation.source.parent_id != (
            suggestion.source_id
        ):
            continue
        folded = " ".join(citation.quote.split())
        if folded and folded in " ".join(suggestion.sentence.split()):
            return True
    return False


def _paragraph_words(suggestion: Suggestion) -> tuple[list[str], frozenset[str]]:
    """The words of the suggestion's paragraph, and those of them the article names in so many
    paragraphs that they are its subject rather than a local detail."""
    text = suggestion.snapshot.text
    paragraphs = [line for line in text.split("\n") if line.strip()]
    start = text.rfind("\n", 0, suggestion.sentence_start) + 1
    end = text.find("\n", suggestion.sentence_end)
    own = _content_words(text[start : end if end != -1 else len(text)] or suggestion.sentence)
    limit = max(1.0, LOCAL_PLACE_MAX_SHARE * len(paragraphs))
    counts: dict[str, int] = {}
    for paragraph in paragraphs:
        for word in set(_content_words(paragraph)):
            counts[word] = counts.get(word, 0) + 1
    return own, frozenset(word for word in own if counts.get(word, 0) > limit)


@transaction.atomic
def proposals_for_suggestion(suggestion: Suggestion) -> list[CompetingProposal]:
    """Propose linking each of the suggestion's figures to metrics whose recorded figures have
    the same unit and similar wording, or are about the same local place and subject. Figures
    with the same value are proposed too (they corroborate); `value_differs` says which."""
    keywords = _keywords(suggestion.sentence)
    paragraph, article_wide = _paragraph_words(suggestion)
    sentence_words = frozenset(_content_words(suggestion.sentence))
    made: list[CompetingProposal] = []
    for index, data in enumerate(suggestion.figures):
        figure = ParsedFigure.from_dict(data)
        new = NewFigure(
            value=figure.value,
            unit=figure.unit,
            currency=figure.currency,
            wordings=(keywords,),
            words=sentence_words,
            places=frozenset(paragraph) - article_wide,
            subjects=frozenset(paragraph),
        )
        for existing, similarity, why in competitors(new):
            if _same_statement(suggestion, existing):
                continue
            proposal, created = CompetingProposal.objects.get_or_create(
                suggestion=suggestion,
                figure_index=index,
                existing_figure=existing,
                defaults={
                    "metric": existing.metric,
                    "similarity": round(min(1.0, similarity), 3),
                    "value_differs": existing.value != figure.value,
                    "reason": why[:300],
                },
            )
            if created:
                made.append(proposal)
    return made


@transaction.atomic
def proposals_for_figure(
    figure: Figure, *, replace_pending: bool = False
) -> list[CompetingProposal]:
    """Propose linking a figure recorded by hand to the metric of a recorded figure it looks
    like, while it is alone under its own metric (a metric made for it, or one nobody else
    measured yet). Only a different value is proposed: an equal one would merely corroborate.
    A decided proposal is remembered and never made again; `replace_pending` first withdraws
    the figure's undecided ones (its value or metric changed)."""
    if replace_pending:
        figure.competing_proposals.filter(status=DecisionStatus.PENDING).delete()
    alone = not Figure.objects.filter(metric_id=figure.metric_id).exclude(pk=figure.pk).exists()
    if figure.value is None or not alone:
        return []
    claim = figure.claim
    wordings = (_keywords(claim.statement), _keywords(figure.metric.name))
    own_words = frozenset(_content_words(f"{claim.statement} {figure.metric.name}"))
    new = NewFigure(
        value=figure.value,
        unit=figure.unit,
        currency=figure.currency,
        wordings=wordings,
        words=own_words,
        # Without an article there is no telling a local place from what every claim is
        # about ("China"): a recorded figure is matched on wording and value only.
        places=frozenset(),
        subjects=own_words,
        same_value_competes=False,
        exclude_claim_id=claim.pk,
        exclude_metric_id=figure.metric_id,
    )
    # A figure from an accepted suggestion keeps that suggestion's proposals and decisions.
    from_suggestion = set(
        CompetingProposal.objects.filter(suggestion__claim_id=claim.pk).values_list(
            "existing_figure_id", flat=True
        )
    )
    made: list[CompetingProposal] = []
    for existing, similarity, why in competitors(new):
        if existing.pk in from_suggestion:
            continue
        proposal, created = CompetingProposal.objects.get_or_create(
            figure=figure,
            existing_figure=existing,
            defaults={
                "metric": existing.metric,
                "similarity": round(min(1.0, similarity), 3),
                "value_differs": True,
                "reason": why[:300],
            },
        )
        if created:
            made.append(proposal)
    return made
