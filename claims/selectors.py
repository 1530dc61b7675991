"""Every read of claims by name, for the API, the public pages and cards, and the admin. Each
starts from the one read rule, Claim.objects.visible_to(user) (or .public() where the page is
public whoever looks), and loads what its page needs in a fixed number of queries."""

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from django.core.exceptions import FieldDoesNotExist
from django.db import connection
from django.db.models import Exists, F, OuterRef, Prefetch, Q, QuerySet, TextField, Value
from django.db.models.functions import Length, Lower, Replace
from simple_history.models import DeletedObject

from claims.models import (
    Citation,
    Claim,
    ClaimEdit,
    ClaimQuerySet,
    ClaimStatus,
    ClaimTransition,
    ClaimVersion,
    Figure,
    Metric,
    QuoteStatus,
    Topic,
    VersionKind,
    reads_unpublished,
)
from claims.quotecheck import figures_in, whole_tokens
from sources.models import Entity, Snapshot, Source
from sources.quotes import normalize_quote

# -- the API -----------------------------------------------------------------------------------

# Snapshots are loaded for their hash and date, never for their (long) texts.
SNAPSHOT_REF_FIELDS = ("id", "source_id", "sha256", "retrieved_at")


def snapshot_refs() -> QuerySet[Snapshot]:
    return Snapshot.objects.only(*SNAPSHOT_REF_FIELDS)


def citations_with_sources() -> QuerySet[Citation]:
    return Citation.objects.select_related("source__publisher").prefetch_related(
        Prefetch("checked_snapshot", queryset=snapshot_refs())
    )


def claims_for_api(user: Any) -> ClaimQuerySet:
    return (
        Claim.objects.visible_to(user)
        .defer("search_vector")
        .select_related("claimant")
        .prefetch_related(
            "topics",
            Prefetch("figures", queryset=Figure.objects.select_related("metric")),
            Prefetch("citations", queryset=citations_with_sources()),
        )
    )


def claims_reviewed(user: Any) -> ClaimQuerySet:
    """Published or corrected claims: the ones with a current ClaimReview."""
    return claims_for_api(user).filter(status__in=ClaimStatus.reviewed())


def figures_for_api(user: Any) -> QuerySet[Figure]:
    return (
        Figure.objects.visible_to(user)
        .select_related("metric", "claim__claimant")
        .prefetch_related(Prefetch("claim__citations", queryset=citations_with_sources()))
        .defer("claim__search_vector")
    )


def competing_figures(user: Any, metric: Metric) -> QuerySet[Figure]:
    """Every figure for `metric` that `user` may see, in the competing-figures panel's order
    (preferred first)."""
    panel_order = Figure.objects.competing_for(metric).query.order_by
    return figures_for_api(user).filter(metric=metric).order_by(*panel_order)


def metrics_for_api(user: Any) -> QuerySet[Metric]:
    if reads_unpublished(user):
        return Metric.objects.all()
    return Metric.objects.filter(
        Exists(Figure.objects.visible_to(user).filter(metric=OuterRef("pk")))
    )


def sources_for_api(user: Any) -> QuerySet[Source]:
    sources = Source.objects.select_related("publisher").prefetch_related(
        Prefetch("snapshots", queryset=snapshot_refs())
    )
    if reads_unpublished(user):
        return sources
    cited = Citation.objects.filter(claim__in=Claim.objects.visible_to(user)).order_by()
    return sources.filter(
        _exists_either(
            cited.filter(source=OuterRef("pk")), cited.filter(source__parent=OuterRef("pk"))
        )
    )


def entities_for_api(user: Any) -> QuerySet[Entity]:
    if reads_unpublished(user):
        return Entity.objects.all()
    visible = Claim.objects.visible_to(user).order_by()
    return Entity.objects.filter(
        _exists_either(
            visible.filter(claimant=OuterRef("pk")),
            Citation.objects.filter(claim__in=visible, source__publisher=OuterRef("pk")).order_by(),
        )
    )


def _exists_either(first: QuerySet[Any], second: QuerySet[Any]) -> Exists:
    """EXISTS over both correlated subqueries at once (UNION ALL), rather than EXISTS(first) OR
    EXISTS(second): PostgreSQL plans the OR as two hashed subplans over every public claim (about
    0.1 s for entities and 0.4 s for sources at 100k claims), the union as a probe per row that
    stops at the first match (under 1 ms for a page)."""
    return Exists(first.values("pk").union(second.values("pk"), all=True))


# -- public pages and cards --------------------------------------------------------------------


def public_competitors(*, metric: Metric | int, exclude_claim: Claim | int) -> list[Figure]:
    """The other figures recorded for `metric`, preferred first, from claims whose verdict
    stands (published or corrected) only: the public page shows what the public may see, even to
    a logged-in reviewer, and a retracted claim's figure is withdrawn with it, so it competes with
    nothing (its own page still shows it, under the retraction)."""
    metric_id = metric if isinstance(metric, int) else metric.pk
    claim_id = exclude_claim if isinstance(exclude_claim, int) else exclude_claim.pk
    return list(
        Figure.objects.competing_for(Metric(pk=metric_id))
        .filter(claim__status__in=ClaimStatus.reviewed())
        .exclude(claim_id=claim_id)
    )


def competitor_versions(
    *, metric_ids: "list[int] | QuerySet[Figure, int]", exclude_claim_id: int
) -> list[tuple[int, int]]:
    """(claim id, version) of every claim whose verdict stands with a figure for one of
    `metric_ids` (public_competitors' claims): a card shows such a figure, so its ETag must change
    when any of these claims does, or leaves the list by being retracted. `metric_ids` may be a
    subquery, so that this costs one query."""
    if isinstance(metric_ids, list) and not metric_ids:
        return []
    rows = (
        Figure.objects.filter(metric_id__in=metric_ids, claim__status__in=ClaimStatus.reviewed())
        .exclude(claim_id=exclude_claim_id)
        .values_list("claim_id", "claim__version")
        .distinct()
        .order_by("claim_id")
    )
    return [(claim_id, version) for claim_id, version in rows]


def public_transitions(claim: Claim) -> list[ClaimTransition]:
    """A claim's public history: publication, each correction and a retraction, oldest first.
    Moves before publication (submitted, returned to draft) are the newsroom's own business."""
    return list(
        claim.transitions.filter(to_status__in=ClaimStatus.public()).order_by("created_at", "id")
    )


@dataclass(frozen=True)
class HistoryEntry:
    """One entry of a claim's public history: a move through the workflow (`transition`), or an
    update (a shared record the claim shows changed: `update`, with its note)."""

    at: datetime
    version: int
    transition: ClaimTransition | None = None
    update: ClaimVersion | None = None
    frozen: bool = False  # whether the version's page (/claims/<id>/versions/<n>/) exists


def public_history(claim: Claim, transitions: list[ClaimTransition]) -> list[HistoryEntry]:
    """The claim's public history, oldest first: `transitions` (public_transitions(claim)) and
    the updates made by shared-record edits, each linked to its frozen version where there is
    one. One query."""
    versions = list(claim.frozen_versions.defer("document").order_by("version"))
    frozen = {version.version for version in versions}
    entries = [
        HistoryEntry(
            at=t.created_at, version=t.claim_version, transition=t, frozen=t.claim_version in frozen
        )
        for t in transitions
    ] + [
        HistoryEntry(at=v.created_at, version=v.version, update=v, frozen=True)
        for v in versions
        if v.kind == VersionKind.UPDATED
    ]
    return sorted(entries, key=lambda entry: (entry.version, entry.at))


def corrections_log() -> QuerySet[ClaimTransition]:
    """Every correction and retraction, newest first, with the claim each belongs to."""
    return (
        ClaimTransition.objects.filter(to_status__in=[ClaimStatus.CORRECTED, ClaimStatus.RETRACTED])
        .select_related("claim", "claim__claimant")
        .order_by("-created_at", "-id")
    )


def public_claims_citing(source: Source) -> list[Claim]:
    """Public claims with at least one citation of `source`, newest first."""
    return list(
        Claim.objects.public()
        .filter(citations__source=source)
        .distinct()
        .select_related("claimant")
        .prefetch_related(
            Prefetch(
                "citations", queryset=Citation.objects.filter(source=source), to_attr="quotes_here"
            )
        )
        .order_by("-published_at", "-id")
    )


def claim_versions(user: Any, claim_id: int) -> QuerySet[ClaimVersion]:
    """The frozen public versions of claim `claim_id`, oldest first, if `user` may read the claim
    (the one read rule); none otherwise. Without their documents: a list shows what each was."""
    return (
        ClaimVersion.objects.filter(claim__in=Claim.objects.visible_to(user), claim_id=claim_id)
        .defer("document")
        .order_by("version")
    )


def claim_version(user: Any, claim_id: int, version: int) -> ClaimVersion | None:
    """One frozen version of a claim `user` may read, with its document; None otherwise."""
    return (
        ClaimVersion.objects.filter(claim__in=Claim.objects.visible_to(user))
        .filter(claim_id=claim_id, version=version)
        .first()
    )


def public_changes(*, after: int, settled_before: datetime, limit: int) -> list[ClaimVersion]:
    """The changes feed: every frozen public version (publication, correction, retraction,
    update) with an id above `after`, oldest first, at most `limit`. Only versions frozen before
    `settled_before`: ids are taken when a row is written but seen when it commits, so a write
    still open could commit a lower id after a reader moved past it; waiting until every write
    that took an id has surely ended keeps a cursor from skipping one."""
    return list(
        ClaimVersion.objects.filter(id__gt=after, created_at__lt=settled_before)
        .defer("document")
        .order_by("id")[:limit]
    )


def recent_changes(*, limit: int) -> list[ClaimVersion]:
    """The newest frozen public versions, newest first, with their claims (the changes' Atom
    feed, for people; programs read public_changes from a cursor)."""
    return list(ClaimVersion.objects.select_related("claim").order_by("-id")[:limit])


def claims_showing(record: Metric | Topic | Entity | Source) -> ClaimQuerySet:
    """The public claims whose page, card or document shows `record`."""
    public = Claim.objects.public()
    if isinstance(record, Metric):
        return public.filter(figures__metric=record)
    if isinstance(record, Topic):
        return public.filter(topics=record)
    if isinstance(record, Entity):
        return public.filter(Q(claimant=record) | Q(citations__source__publisher=record))
    return public.filter(citations__source=record)


def _card_versions_sql() -> str:
    claim, figure = Claim._meta.db_table, Figure._meta.db_table
    public = ", ".join(["%s"] * len(ClaimStatus.public()))
    reviewed = ", ".join(["%s"] * len(ClaimStatus.reviewed()))
    # Only table names from our own models are interpolated; every value is a parameter.
    return (
        f"SELECT 0, c.id, c.version, CAST(c.uuid AS VARCHAR(36)) FROM {claim} c WHERE c.id = %s AND c.status IN ({public}) "  # noqa: S608
        "UNION ALL "
        f"SELECT DISTINCT 1, k.id, k.version, CAST(NULL AS VARCHAR(36)) FROM {figure} f JOIN {claim} k ON k.id = f.claim_id "
        f"WHERE f.metric_id IN (SELECT g.metric_id FROM {figure} g WHERE g.claim_id = %s) "
        f"AND k.status IN ({reviewed}) AND k.id <> %s "
        "ORDER BY 1, 2"
    )


CARD_VERSIONS_SQL = _card_versions_sql()


def card_versions(claim_id: int) -> tuple[str, int, list[tuple[int, int]]] | None:
    """The live card's ETag inputs in one round trip: the public claim's uuid and version and
    the (claim id, version) of every claim whose verdict stands (competitor_versions' claims)
    with a figure for one of its metrics; None
    when the claim is not public. The uuid keeps ETags and cached cards apart when ids are
    reused (a restored or rebuilt database). Raw SQL because this runs on every card request, 304s included,
    and building the same two ORM queries cost ten times the database's own time."""
    public, reviewed = list(ClaimStatus.public()), list(ClaimStatus.reviewed())
    with connection.cursor() as cursor:
        cursor.execute(CARD_VERSIONS_SQL, [claim_id, *public, claim_id, *reviewed, claim_id])
        rows = cursor.fetchall()
    own = [(str(uuid), version) for kind, _id, version, uuid in rows if kind == 0]
    if not own:
        return None
    uuid, version = own[0]
    return uuid, version, [(row_id, version) for kind, row_id, version, _ in rows if kind == 1]


# -- the admin ---------------------------------------------------------------------------------


def competing_sets_for(claim: Claim) -> list[dict[str, Any]]:
    """For each metric the claim has a figure for, every figure recorded for that metric (the
    admin's competing-figures panel: fact-checkers see drafts too)."""
    sets = []
    metric_ids = list(dict.fromkeys(claim.figures.values_list("metric_id", flat=True)))
    for metric in Metric.objects.filter(pk__in=metric_ids):
        rows = []
        for figure in Figure.objects.competing_for(metric):
            citations = list(figure.claim.citations.all())
            rows.append(
                {
                    "figure": figure,
                    "is_this_claim": figure.claim_id == claim.pk,
                    "citations": citations,
                }
            )
        sets.append({"metric": metric, "rows": rows})
    return sets


# -- possible duplicates -----------------------------------------------------------------------

# Typographic quotation marks, compared as the plain ones: a quote pasted from the article and
# the same words typed by hand differ in nothing else.
QUOTE_MARKS = {"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'"}
# The most claims one warning names: it is a pointer to the record, not a search.
MAX_DUPLICATES = 10
# The most matching rows read to find them (a claim may cite one quote from several sources).
MAX_MATCHES_READ = 10 * MAX_DUPLICATES


@dataclass(frozen=True)
class PossibleDuplicate:
    """A claim that already records what is being recorded: the same quote (`citations`, its
    citations of it, from any source), or a figure for the same metric from the same source
    (`figures`)."""

    claim: Claim
    citations: tuple[Citation, ...] = ()
    figures: tuple[Figure, ...] = ()

    @property
    def reasons(self) -> list[str]:
        said = []
        if self.citations:
            where = "; ".join(dict.fromkeys(str(c.source) for c in self.citations))
            said.append(f"the same quote (cited from {where})")
        for figure in self.figures:
            said.append(f"{figure.display} for “{figure.metric}” from the same source")
        return said


def comparable_quote(quote: str) -> str:
    """A quote as duplicates are found by (with the database's lower case on top): whitespace
    folded as sources.quotes does, typographic quotation marks made plain."""
    folded = normalize_quote(quote)
    for mark, plain in QUOTE_MARKS.items():
        folded = folded.replace(mark, plain)
    return folded


def _comparable_column(name: str) -> Any:
    expression: Any = F(name)
    for mark, plain in QUOTE_MARKS.items():
        expression = Replace(expression, Value(mark), Value(plain), output_field=TextField())
    return Lower(expression)


def possible_duplicates(
    *,
    quote: str | None,
    source: Source | int | None,
    metric: Metric | int | None = None,
    value: Decimal | date | None = None,
    exclude_claim: Claim | int | None = None,
    user: Any,
) -> list[PossibleDuplicate]:
    """The claims `user` may read, other than `exclude_claim`, that already hold `quote` (from
    any source; compared without regard to whitespace, case or the kind of quotation marks), or
    a figure for `metric` on a claim citing `source` (with the same `value`, a number or a date,
    when given). Two queries at most, oldest claim first."""
    visible = Claim.objects.visible_to(user)
    if exclude_claim is not None:
        visible = visible.exclude(pk=getattr(exclude_claim, "pk", exclude_claim))
    found: dict[int, PossibleDuplicate] = {}
    needle = comparable_quote(quote or "")
    # Stored quotes are at most this long (and folded the same way): a longer one matches none.
    longest = Citation._meta.get_field("quote").max_length or 0
    if needle and len(needle) <= longest:
        # No index serves a match on the quote's words: quotes of another length are passed over
        # first, so that only those as long are folded and compared.
        citations = (
            Citation.objects.filter(claim__in=visible)
            .annotate(_length=Length("quote"))
            .filter(_length=len(needle))
            .annotate(_comparable=_comparable_column("quote"))
            .filter(_comparable=Lower(Value(needle, output_field=TextField())))
            .select_related("claim__claimant", "source__publisher")
            .order_by("claim_id", "id")
        )
        for citation in citations[:MAX_MATCHES_READ]:
            _merge(found, citation.claim, citations=(citation,))
    if metric is not None and source is not None:
        figures = Figure.objects.filter(
            metric=metric, claim__in=visible.filter(citations__source=source)
        )
        if isinstance(value, date):
            figures = figures.filter(date_value=value)
        elif value is not None:
            figures = figures.filter(value=value)
        figures = figures.select_related("claim__claimant", "metric").order_by("claim_id", "id")
        for figure in figures[:MAX_MATCHES_READ]:
            _merge(found, figure.claim, figures=(figure,))
    return [found[pk] for pk in sorted(found)[:MAX_DUPLICATES]]


def merge_duplicates(*lists: list[PossibleDuplicate]) -> list[PossibleDuplicate]:
    """Several answers of possible_duplicates as one: a claim once, with all it matched on."""
    found: dict[int, PossibleDuplicate] = {}
    for duplicates in lists:
        for duplicate in duplicates:
            _merge(found, duplicate.claim, duplicate.citations, duplicate.figures)
    return [found[pk] for pk in sorted(found)[:MAX_DUPLICATES]]


def _merge(
    found: dict[int, PossibleDuplicate],
    claim: Claim,
    citations: tuple[Citation, ...] = (),
    figures: tuple[Figure, ...] = (),
) -> None:
    known = found.get(claim.pk, PossibleDuplicate(claim=claim))
    found[claim.pk] = PossibleDuplicate(
        claim=known.claim,
        citations=known.citations + tuple(c for c in citations if c not in known.citations),
        figures=known.figures + tuple(f for f in figures if f not in known.figures),
    )


# -- the evidence a review decision rests on (the admin's Publish and Correct pages) ----------


def plain_decimal(value: Any) -> Any:
    """46.000000 as 46 and 1.3 billion as 1300000000 (never 1.3E+9), for a field a person edits."""
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return value


# Bookkeeping, not substance: left out of the history the decision pages show.
HISTORY_QUIET_FIELDS = frozenset(
    {
        "version",
        "updated_at",
        "created_at",
        "published_at",
        "last_edited_by",
        "slug",
        "uuid",
        "seed_key",
        "status",  # the workflow's moves are listed from the transitions, with their notes
        "checked_at",
        "checked_snapshot",
        "position_start",
        "position_end",
        "prefix",
        "suffix",
        "similarity",
    }
)


@dataclass(frozen=True)
class ReviewHistoryEntry:
    """A change on the Publish and Correct pages: when, who, what, and each field's old and new."""

    at: datetime
    who: str
    what: str
    changes: tuple[tuple[str, str, str], ...] = ()


def _readable(model: type[Any], name: str, value: Any) -> str:
    if value is None or value == "":
        return "—"
    try:
        model_field = model._meta.get_field(name)
    except FieldDoesNotExist:
        return str(value)
    choices = dict(getattr(model_field, "flatchoices", None) or [])
    if value in choices:
        return str(choices[value])
    if isinstance(value, DeletedObject) and value.pk is None:
        return "—"
    if isinstance(value, Decimal):
        return str(plain_decimal(value))
    if isinstance(value, (list, tuple)):  # a many-to-many field's rows
        return ", ".join(str(row) for row in value) or "—"
    return str(value)


def _field_label(model: type[Any], name: str) -> str:
    return str(getattr(model._meta.get_field(name), "verbose_name", name))


def _history_label(record: Any) -> str:
    if isinstance(record.instance, Figure):
        return f"Figure {record.instance.display}"
    if isinstance(record.instance, Citation):
        return f"Citation “{record.quote[:60]}”"
    return "Claim"


def changes_since_last_review(claim: Claim) -> list[ReviewHistoryEntry]:
    """What changed in the claim, its figures and its citations since it was last reviewed
    (published or corrected), or since it was drafted: each change with who made it, from the
    history django-simple-history keeps, and the workflow's moves, oldest first."""
    last_review = (
        claim.transitions.filter(to_status__in=ClaimStatus.reviewed())
        .order_by("-claim_version")
        .first()
    )
    since = last_review.created_at if last_review is not None else None
    entries: list[ReviewHistoryEntry] = []
    histories = [
        (Claim, Claim.history.filter(id=claim.pk)),
        (Figure, Figure.history.filter(claim_id=claim.pk)),
        (Citation, Citation.history.filter(claim_id=claim.pk)),
    ]
    for model, records in histories:
        previous: dict[int, Any] = {}
        for record in records.select_related("history_user").order_by("history_date", "pk"):
            before = previous.get(record.id)
            previous[record.id] = record
            if since is not None and record.history_date <= since:
                continue
            who = str(record.history_user or "—")
            label = _history_label(record)
            if record.history_type == "+" or before is None:
                entries.append(ReviewHistoryEntry(record.history_date, who, f"{label} added"))
            elif record.history_type == "-":
                entries.append(ReviewHistoryEntry(record.history_date, who, f"{label} removed"))
            else:
                delta = record.diff_against(
                    before, excluded_fields=HISTORY_QUIET_FIELDS, foreign_keys_are_objs=True
                )
                changes = tuple(
                    (
                        _field_label(model, change.field),
                        _readable(model, change.field, change.old),
                        _readable(model, change.field, change.new),
                    )
                    for change in delta.changes
                )
                if changes:
                    entries.append(
                        ReviewHistoryEntry(record.history_date, who, f"{label} changed", changes)
                    )
    moves = claim.transitions.select_related("actor").order_by("created_at", "id")
    if since is not None:
        moves = moves.filter(created_at__gt=since)
    for move in moves:
        what = f"{move.get_from_status_display()} → {move.get_to_status_display()}"
        if move.note:
            what += f": “{move.note}”"
        entries.append(ReviewHistoryEntry(move.created_at, str(move.actor), what))
    return sorted(entries, key=lambda entry: entry.at)


def editors_since_last_review(claim: Claim) -> list[dict[str, Any]]:
    """Who changed the claim's substance since its last review, and at which versions: the
    record the two-person rule reads (ClaimEdit)."""
    editors: dict[int, dict[str, Any]] = {}
    edits = ClaimEdit.objects.unreviewed().filter(claim_id=claim.pk).select_related("editor")
    for edit in edits.order_by("claim_version", "pk"):
        row = editors.setdefault(edit.editor_id, {"editor": edit.editor, "versions": []})
        row["versions"].append(edit.claim_version)
    return list(editors.values())


# -- the admin: a quote before and after its source changed ------------------------------------

PASSAGE_CONTEXT_CHARS = 120
# The statuses a re-check leaves when the source no longer says what was quoted.
QUOTE_CHANGED_STATUSES = (
    QuoteStatus.CHANGED_FIGURE,
    QuoteStatus.GONE,
    QuoteStatus.CHANGED,
    QuoteStatus.MISSING,
)


@dataclass(frozen=True)
class QuotePassage:
    """A quote's place in one snapshot, widened to whole words, cut into (text, is a figure)
    pieces so that the numbers can be marked, with some text either side."""

    snapshot: Snapshot
    pieces: list[tuple[str, bool]]
    before: str
    after: str


@dataclass(frozen=True)
class QuoteChange:
    was: QuotePassage | None  # where the quote was last found intact
    now: QuotePassage | None  # where it stands in the text checked last, if anywhere
    gone: str  # what became of the page, when it is gone


def quote_passage(snapshot: Snapshot, start: int, end: int) -> QuotePassage:
    start, end = whole_tokens(snapshot.text, start, end)
    text = snapshot.text[start:end]
    pieces: list[tuple[str, bool]] = []
    at = 0
    for figure in figures_in(text):
        pieces += [(text[at : figure.start], False), (figure.text, True)]
        at = figure.end
    pieces.append((text[at:], False))
    return QuotePassage(
        snapshot=snapshot,
        pieces=[piece for piece in pieces if piece[0]],
        before=snapshot.text[max(0, start - PASSAGE_CONTEXT_CHARS) : start],
        after=snapshot.text[end : end + PASSAGE_CONTEXT_CHARS],
    )


def citation_quote_change(citation: Citation) -> QuoteChange | None:
    """Before and after, for a citation whose source no longer says what was quoted: the
    passage where the quote was last found intact (read from the citation's history, in the
    snapshot it was found in, which is kept) and the passage at its place in the newest text
    checked. None when the quote stands."""
    if citation.quote_status not in QUOTE_CHANGED_STATUSES:
        return None
    intact = (
        citation.history.filter(
            quote_status__in=[QuoteStatus.FOUND, QuoteStatus.MOVED],
            checked_snapshot__isnull=False,
            position_start__isnull=False,
            position_end__isnull=False,
        )
        .order_by("-history_date", "-history_id")
        .first()
    )
    was = None
    if intact is not None:
        snapshot = Snapshot.objects.filter(pk=intact.checked_snapshot_id).first()
        if snapshot is not None:
            was = quote_passage(snapshot, intact.position_start, intact.position_end)
    now = None
    gone = citation.source.page_gone() if citation.quote_status == QuoteStatus.GONE else ""
    if (
        not gone
        and citation.checked_snapshot is not None
        and citation.position_start is not None
        and citation.position_end is not None
    ):
        now = quote_passage(
            citation.checked_snapshot, citation.position_start, citation.position_end
        )
    return QuoteChange(was=was, now=now, gone=gone)
