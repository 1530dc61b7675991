"""What the public pages and cards may read: public claims, the figures that compete with them,
their public history and the corrections log. Every public read goes through these."""

from django.db import connection
from django.db.models import Prefetch, QuerySet

from claims.models import Citation, Claim, ClaimStatus, ClaimTransition, Figure, Metric
from sources.models import Source


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
