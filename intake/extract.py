"""Reading an ingested article for claims: which sentences state a check-worthy figure, who
makes each claim, the quote to cite, and how check-worthy it is and why.

Pure functions over text come first (extract_suggestions, used by `extract_claims` without a
database); storing the suggestions follows.
"""

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.utils.text import slugify

from intake import normalise as marks
from intake.figures_parser import (
    COUNT,
    CURRENCY,
    EXACT,
    PERCENT,
    PERCENTAGE_POINTS,
    YEARS,
    ParsedFigure,
    find_figures,
)
from intake.models import Suggestion, TextSection
from intake.normalise import NormalisedText
from sources.models import Entity, EntityKind, Snapshot
from sources.quotes import CONTEXT_CHARS

MAX_SUGGESTION_QUOTE_WORDS = 25
CHECK_WORTHY = 0.35
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
        "ph.d",
        "inc",
        "ltd",
        "co",
        "corp",
        "vs",
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
# Letters with dots between them ("e.g.", "i.e.", a country's initials) end no sentence.
_INITIALISM = re.compile(r"^(?:[a-z]\.)+[a-z]$")
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
# The word a name ends in or contains often says what it names ("... Institute", "... Gazette",
# "... Ministry", "... Holdings"); the first list that matches wins. The first list says no more
# than the default does, but keeps a name that speaks ("Harbour Watch said") from being read as
# a person's.
_NAME_WORDS: list[tuple[str, re.Pattern[str]]] = [
    (
        EntityKind.ORGANISATION,
        re.compile(
            r"\b(?:Watch|House|Project|Consortium|Coalition|Alliance|Initiative|Campaign|"
            r"Group|Network)\b"
        ),
    ),
    (
        EntityKind.RESEARCH,
        re.compile(
            r"\b(?:Endowment|Institute|University|College|Academy|Centre|Center|Lab|Laboratory|"
            r"Research|Foundation|Think|Observatory)\b"
        ),
    ),
    (
        EntityKind.MEDIA,
        re.compile(
            r"\b(?:Times|Daily|News|Post|Journal|Media|media|Press|Herald|Tribune|Gazette|"
            r"Magazine|Radio|Television)\b"
        ),
    ),
    (
        EntityKind.GOVERNMENT,
        re.compile(
            r"\b(?:Government|government|Ministry|ministry|Police|police|Council|state|"
            r"Department|Bureau|Commission|Authority|authority)\b"
        ),
    ),
    (
        EntityKind.COMPANY,
        re.compile(
            r"\b(?:Company|company|Inc|Ltd|LLC|plc|PLC|Corp|Corporation|Holdings|Technology|"
            r"Technologies|Industries|Analytics|Insights|Consulting|Partners)\b"
        ),
    ),
]
# What an article calls a name says what it is: "shipping company Quorvex", "Quorvex, a shipping
# company", "the watchdog Harbour Watch", "Lee Park, a senior researcher at ...". The noun comes
# right before the name, or heads the phrase after it ("a spokesman for the company" is a person:
# no "for", "of", "the" ... between the article and the noun).
_DESCRIBED_AS: list[tuple[str, str]] = [
    (
        EntityKind.PERSON,
        r"spokes(?:man|woman|person)|journalist|reporter|researcher|analyst|economist|"
        r"professor|lecturer|scientist|official|minister|senator|director|founder|co-founder|"
        r"executive|chairman|chairwoman|president|mayor|campaigner|activist|lawyer",
    ),
    (
        EntityKind.MEDIA,
        r"newspaper|magazine|tabloid|news\s+(?:site|agency|outlet|service)|site|website|"
        r"outlet|broadcaster|blog",
    ),
    (EntityKind.RESEARCH, r"think[\s-]tank|institute|university|research\s+(?:centre|center)"),
    (EntityKind.GOVERNMENT, r"ministry|regulator|government\s+agency"),
    (
        EntityKind.COMPANY,
        r"company|firm|giant|maker|manufacturer|start-?up|vendor|supplier|provider|"
        r"corporation|conglomerate|titan|retailer|bank|insurer|lender",
    ),
    (
        EntityKind.ORGANISATION,
        r"watchdog|charity|consortium|coalition|alliance|network|NGO|non-?profit|"
        r"organi[sz]ation|association|union|group",
    ),
]
_NOT_A_MODIFIER = (
    r"(?:of|for|at|in|on|with|by|from|to|as|the|a|an|and|or|who|which|that|whose|said|says)\b"
)
_ACRONYM = re.compile(r"^[A-Z][A-Z&]+$")
# A capital inside one word ("QuorvexData") is a brand's; in a surname it follows a prefix
# ("McAdam", "DeLora").
_INTERCAPPED = re.compile(r"^(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)[A-Z])[A-Z][a-z]+[A-Z]\w*$")


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
            if (
                token in _ABBREVIATIONS
                or (len(token) == 1 and token.isalpha())
                or _INITIALISM.match(token)
            ):
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
    """Runs of capitalised words ("Pellridge Institute for Coastal Studies"). A possessive joins a
    run when a capitalised word follows ("Quorvex’s Data Lab") and otherwise ends it ("Orrin
    Metrics Valdora’s market" names Orrin Metrics); an opening possessive is the owner, dropped."""
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


def _described_kind(name: str, text: str) -> str:
    """The kind the text's first description of `name` gives it ("" when it gives none)."""
    escaped = re.escape(name)
    found: list[tuple[int, str]] = []
    for kind, nouns in _DESCRIBED_AS:
        before = rf"(?<![\w-])(?i:{nouns})\s+(?:the\s+)?{escaped}(?![\w-])"
        after = (
            rf"(?<![\w-]){escaped}\s*,\s+(?:a|an|the)\s+"
            rf"(?:(?!{_NOT_A_MODIFIER})[\w’'-]+\s+){{0,5}}?(?i:{nouns})(?![\w-])"
        )
        for pattern in (before, after):
            match = re.search(pattern, text)
            if match:
                found.append((match.start(), kind))
    return min(found)[1] if found else ""


def guess_kind(name: str, *, via_speech: bool = False, described_in: Iterable[str] = ()) -> str:
    """What kind of claimant `name` is: as the texts describe it (the sentence first, then the
    article), else as its own words say; a one-word brand ("QuorvexData") is a company's; else a
    person when it speaks and reads like a person's name (one to three capitalised words, no
    acronym), else an organisation."""
    for text in described_in:
        described = _described_kind(name, text)
        if described:
            return described
    for kind, pattern in _NAME_WORDS:
        if pattern.search(name):
            return kind
    words = name.split()
    if len(words) == 1 and _INTERCAPPED.match(name):
        return EntityKind.COMPANY
    if len(words) == 1 and _ACRONYM.match(name):
        return EntityKind.ORGANISATION
    if via_speech and 1 <= len(words) <= 3 and all(word[:1].isupper() for word in words):
        return EntityKind.PERSON
    return EntityKind.ORGANISATION


def _from_phrase(phrase: str, *, after_by: bool = False) -> str:
    """The name in "research by the Pellridge Institute", "a report in the ... Daily"."""
    if after_by:
        runs = _capitalised_runs(phrase)
        return runs[0] if runs else ""
    parts = re.split(r"\b(?:by|from)\b", phrase, maxsplit=1)
    if len(parts) > 1:
        runs = _capitalised_runs(parts[1])
        return runs[0] if runs else ""
    runs = _capitalised_runs(phrase)
    return runs[-1] if runs else ""


def find_attribution(
    sentence: str, context: Iterable[Attribution] = (), *, article: str = ""
) -> Attribution | None:
    """Who the sentence says makes its claim, or None when it is the publisher's own. Earlier
    attributions in the paragraph (`context`) stand for "it" and "the study"; the article's
    text may say what a name is ("Quorvex, a shipping company")."""
    described_in = (sentence, article) if article else (sentence,)
    for pattern in (_ACCORDING_TO, _BY_SOURCE):
        match = pattern.search(sentence)
        if match:
            name = _clean_name(_from_phrase(match.group("phrase"), after_by=pattern is _BY_SOURCE))
            if name:
                kind = guess_kind(name, described_in=described_in)
                return Attribution(name, kind, match.group(0).strip())
    said = _SAID_BY.search(sentence)
    if said:
        runs = _capitalised_runs(said.group("phrase"))
        if runs and said.group("phrase").startswith(runs[0].split()[0]):
            name = _clean_name(runs[0])
            kind = guess_kind(name, via_speech=True, described_in=described_in)
            return Attribution(name, kind, said.group(0).strip())
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
            kind = guess_kind(name, via_speech=via_speech, described_in=described_in)
            return Attribution(name, kind, f"{name} {verb['verb']}")
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
        # A caption's credit ("© Name/Agency") is not part of what it says.
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
            attribution = find_attribution(sentence, context, article=text)
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
