"""Deciding on competing-figure proposals: a fact-checker's yes moves the figure onto the
proposed metric, a no is remembered so the pair is never proposed again."""

from typing import Any

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from claims.models import CompetingProposal, DecisionStatus, Figure, Metric, Rank
from claims.services.records import figure_update


@transaction.atomic
def proposal_decide(
    *, proposal: "CompetingProposal", actor: User, accept: bool
) -> "CompetingProposal":
    """Accept or dismiss linking a new figure to an existing metric. The decision is kept, so
    the pair is never proposed again. Accepting moves the figure onto that metric: a figure
    recorded by hand at once, a suggested one as soon as its suggestion is a claim (accepting
    the suggestion later puts it there). Moving edits the figure's claim, so it is refused
    unless the actor may edit that claim, and then nothing is decided."""
    if not actor.has_perm("claims.add_claim"):
        raise PermissionDenied("Only fact-checkers decide on proposed competing figures.")
    # Two fact-checkers deciding one proposal at once must not both act on it.
    locked = CompetingProposal.objects.select_for_update().get(pk=proposal.pk)
    if locked.status != DecisionStatus.PENDING:
        raise ValidationError({"status": "This proposal was already decided."})
    locked.status = DecisionStatus.ACCEPTED if accept else DecisionStatus.DISMISSED
    locked.decided_by = actor
    locked.decided_at = timezone.now()
    locked.save()
    if not accept:
        return locked
    figure: Figure | None = locked.figure
    if figure is None and locked.suggestion is not None and locked.suggestion.claim is not None:
        as_written = locked.suggested_figure.get("as_written", "")
        figure = locked.suggestion.claim.figures.filter(as_written=as_written).first()
    if figure is not None and figure.metric_id != locked.metric_id:
        figure_move_to_metric(figure=figure, actor=actor, metric=locked.metric)
    return locked


@transaction.atomic
def figure_move_to_metric(*, figure: Figure, actor: User, metric: Metric) -> Figure:
    """Record the figure as a competitor under another metric. A metric has one preferred
    figure, chosen among those already there, so a preferred newcomer joins as normal."""
    changes: dict[str, Any] = {"metric": metric}
    if (
        figure.rank == Rank.PREFERRED
        and Figure.objects.filter(metric=metric, rank=Rank.PREFERRED).exclude(pk=figure.pk).exists()
    ):
        changes["rank"] = Rank.NORMAL
    return figure_update(figure=figure, actor=actor, **changes)
