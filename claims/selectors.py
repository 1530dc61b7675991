"""Every read of claims by name, for the API, the public pages and cards, and the admin. Each
starts from the one read rule, Claim.objects.visible_to(user) (or .public() where the page is
public whoever looks), and loads what its page needs in a fixed number of queries."""

from typing import Any

from django.db import connection
from django.db.models import Exists, OuterRef, Prefetch, QuerySet

from claims.models import (
    Citation,
    Claim,
    ClaimQuerySet,
    ClaimStatus,
    ClaimTransition,
    Figure,
    Metric,
    reads_unpublished,
)
from sources.models import Entity, Snapshot, Source

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
    """The other figures recorded for `metric`, preferred first, from public claims only: the
    public page shows what the public may see, even to a logged-in reviewer."""
    metric_id = metric if isinstance(metric, int) else metric.pk
    claim_id = exclude_claim if isinstance(exclude_claim, int) else exclude_claim.pk
    return list(
        Figure.objects.competing_for(Metric(pk=metric_id))
        .filter(claim__in=Claim.objects.public())
        .exclude(claim_id=claim_id)
    )


def competitor_versions(
    *, metric_ids: "list[int] | QuerySet[Figure, int]", exclude_claim_id: int
) -> list[tuple[int, int]]:
    """(claim id, version) of every public claim with a figure for one of `metric_ids`: a card
    shows such a figure, so its ETag must change when any of these claims does. `metric_ids` may
    be a subquery, so that this costs one query."""
    if isinstance(metric_ids, list) and not metric_ids:
        return []
    rows = (
        Figure.objects.filter(metric_id__in=metric_ids, claim__in=Claim.objects.public())
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


def _card_versions_sql() -> str:
    claim, figure = Claim._meta.db_table, Figure._meta.db_table
    public = ", ".join(["%s"] * len(ClaimStatus.public()))
    # Only table names from our own models are interpolated; every value is a parameter.
    return (
        f"SELECT 0, c.id, c.version, CAST(c.uuid AS VARCHAR(36)) FROM {claim} c WHERE c.id = %s AND c.status IN ({public}) "  # noqa: S608
        "UNION ALL "
        f"SELECT DISTINCT 1, k.id, k.version, CAST(NULL AS VARCHAR(36)) FROM {figure} f JOIN {claim} k ON k.id = f.claim_id "
        f"WHERE f.metric_id IN (SELECT g.metric_id FROM {figure} g WHERE g.claim_id = %s) "
        f"AND k.status IN ({public}) AND k.id <> %s "
        "ORDER BY 1, 2"
    )


CARD_VERSIONS_SQL = _card_versions_sql()


def card_versions(claim_id: int) -> tuple[str, int, list[tuple[int, int]]] | None:
    """The live card's ETag inputs in one round trip: the public claim's uuid and version and
    the (claim id, version) of every public claim with a figure for one of its metrics; None
    when the claim is not public. The uuid keeps ETags and cached cards apart when ids are
    reused (a restored or rebuilt database). Raw SQL because this runs on every card request, 304s included,
    and building the same two ORM queries cost ten times the database's own time."""
    public = list(ClaimStatus.public())
    with connection.cursor() as cursor:
        cursor.execute(CARD_VERSIONS_SQL, [claim_id, *public, claim_id, *public, claim_id])
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
