"""Which recorded figures compete with a new one: the same unit, and similar wording or the
same local place and subject. The one matching rule for a figure recorded by hand (proposed
here, on every figure change, corrections included) and for a figure intake found in an
article (intake.proposals), on every database."""

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from django.contrib.postgres.search import TrigramSimilarity
from django.db import connection, transaction
from django.db.models import FloatField, Q, QuerySet
from django.db.models.functions import Greatest

from claims.models import CompetingProposal, DecisionStatus, Figure, Unit

# A recorded figure competes with a new one when the wording is similar, or when the wording is
# only loosely similar but the two values are of the same magnitude (within a factor of two).
# The same value in the same unit needs only a little shared wording ("$40 billion industry").
PROPOSAL_SIMILARITY = 0.25
PROPOSAL_SIMILARITY_SAME_MAGNITUDE = 0.1
PROPOSAL_SIMILARITY_SAME_VALUE = 0.05
# Wording can differ entirely while two figures measure one thing (a donation and a loan for
# one country's surveillance system): they compete when the place the recorded figure's metric
# is about and a word of its subject are named around the new figure.
MIN_MATCHING_LETTERS = 4
# A fact-checker reads proposals one by one: a handful of the most similar is what helps.
MAX_PROPOSALS_PER_FIGURE = 5
# Recorded figures read per new figure, the most similar first, whatever the database holds.
MAX_CANDIDATES = 200

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


def keywords(text: str) -> str:
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


def content_words(text: str) -> list[str]:
    """The words that can name a place or a subject: no stopwords, numbers or short bits."""
    return [
        word
        for word in _TRIGRAM_WORD.findall(text.lower())
        if len(word) >= 3 and word not in _STOPWORDS and not word.isdigit()
    ]


def _same_word(left: str, right: str) -> bool:
    """One word, or one a longer form of the other: Valdora and Valdoran, camera and cameras
    (but not Qarvia and Qarvese: the shorter is not where the longer begins)."""
    if left == right:
        return True
    shorter, longer = sorted((left, right), key=len)
    return len(shorter) >= MIN_MATCHING_LETTERS and longer.startswith(shorter)


def _names_place(words: Iterable[str], place: list[str]) -> bool:
    """Every word of the place is among `words`, as written or lengthened ("Valdoran"); a
    shortened one does not count ("north" does not name "Northgalen")."""
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
    metric_words = content_words(existing.metric.name)
    for part in re.split(r"[,;/]", existing.claim.place):
        place = content_words(part)
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
    place is split at , ; /) whose first word one of `places` is, or lengthens ("Valdoran"
    names "Valdora"). A superset of what _shared_place_and_subject accepts, for the database."""
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
    if new.unit == Unit.CURRENCY:
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
            for word in content_words(existing.metric.name)
            for own in new.words
        )
    ):
        return "same magnitude, loosely similar wording"
    shared = _shared_place_and_subject(new, existing)
    if shared is not None:
        place, subject = shared
        return f"both about {place}, and “{subject}” is named around it"
    return ""


# A count this small ("three providers", "two refunds") is a detail of its sentence: wording alone
# is weak evidence that two of them measure one thing, so they compete only when they agree.
SMALL_COUNT = 10


def competitors(new: NewFigure) -> list[tuple[Figure, float, str]]:
    """The recorded figures the new one competes with: (figure, similarity, why), the most
    similar first, at most MAX_PROPOSALS_PER_FIGURE of them."""
    found = []
    small_count = new.unit == Unit.COUNT and new.value is not None and new.value < SMALL_COUNT
    for candidate, similarity in _scored_candidates(new):
        if small_count and candidate.value != new.value:
            continue
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
    wordings = (keywords(claim.statement), keywords(figure.metric.name))
    own_words = frozenset(content_words(f"{claim.statement} {figure.metric.name}"))
    new = NewFigure(
        value=figure.value,
        unit=figure.unit,
        currency=figure.currency,
        wordings=wordings,
        words=own_words,
        # Without an article there is no telling a local place from the place nearly every
        # claim is about: a recorded figure is matched on wording and value only.
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
