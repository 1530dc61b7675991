"""A claim moves draft → in review → published → corrected / retracted only through the services,
only by the right people, and every move leaves a record."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from claims import services
from claims.models import Claim, ClaimStatus, ClaimTransition, Verdict
from claims.services import StaleClaimError
from tests.factories import ClaimFactory, EntityFactory

pytestmark = pytest.mark.django_db


def snapshot_of(claim: Claim) -> tuple[str, int, int]:
    """What must not move when a write is refused: status, version and the transition count."""
    claim.refresh_from_db()
    return claim.status, claim.version, ClaimTransition.objects.filter(claim=claim).count()


def error_codes(error: ValidationError) -> set[str | None]:
    codes = {getattr(error, "code", None)}
    for errors in getattr(error, "error_dict", {}).values():
        codes.update(item.code for item in errors)
    return codes


# submit


def test_fact_checker_submits_a_draft_for_review(fact_checker, make_claim):
    claim = make_claim(status="draft")
    version = claim.version

    services.claim_submit_for_review(claim=claim, actor=fact_checker, note="ready")

    claim.refresh_from_db()
    assert claim.status == ClaimStatus.IN_REVIEW
    assert claim.version == version + 1
    transition = ClaimTransition.objects.get(claim=claim)
    assert (transition.from_status, transition.to_status) == ("draft", "in_review")
    assert transition.actor == fact_checker
    assert transition.note == "ready"
    assert transition.claim_version == version + 1


def test_draft_with_neither_figure_nor_citation_cannot_be_submitted(fact_checker):
    claim = ClaimFactory(created_by=fact_checker)
    before = snapshot_of(claim)

    with pytest.raises(ValidationError) as excinfo:
        services.claim_submit_for_review(claim=claim, actor=fact_checker)

    assert "Add a figure or a citation" in excinfo.value.message_dict["status"][0]
    assert snapshot_of(claim) == before


# return to draft


def test_claim_in_review_returns_to_draft_with_a_note(reviewer, make_claim):
    claim = make_claim(status="in_review")

    services.claim_return_to_draft(claim=claim, actor=reviewer, note="  Name the period.  ")

    claim.refresh_from_db()
    assert claim.status == ClaimStatus.DRAFT
    transition = claim.transitions.last()
    assert (transition.from_status, transition.to_status) == ("in_review", "draft")
    assert transition.actor == reviewer
    assert transition.note == "Name the period."


def test_claim_cannot_return_to_draft_without_a_note(reviewer, make_claim):
    claim = make_claim(status="in_review")
    before = snapshot_of(claim)

    with pytest.raises(ValidationError) as excinfo:
        services.claim_return_to_draft(claim=claim, actor=reviewer, note="   ")

    assert "Say what needs to change" in excinfo.value.message_dict["note"][0]
    assert snapshot_of(claim) == before


# publish


def test_reviewer_publishes_a_claim_in_review(reviewer, make_claim):
    claim = make_claim(status="in_review")
    version = claim.version

    services.claim_publish(
        claim=claim,
        actor=reviewer,
        verdict=Verdict.MISLEADING,
        explanation="  The figure covers one district only. ",
        note="checked",
    )

    claim.refresh_from_db()
    assert claim.status == ClaimStatus.PUBLISHED
    assert claim.verdict == Verdict.MISLEADING
    assert claim.explanation == "The figure covers one district only."
    assert claim.published_at is not None
    assert claim.version == version + 1
    transition = claim.transitions.last()
    assert (transition.from_status, transition.to_status) == ("in_review", "published")
    assert transition.actor == reviewer
    assert transition.verdict == Verdict.MISLEADING
    assert transition.claim_version == version + 1


@pytest.mark.parametrize(
    ("verdict", "explanation", "field"),
    [
        ("", "Explained.", "verdict"),
        ("probably", "Explained.", "verdict"),
        (Verdict.ACCURATE, "  ", "explanation"),
    ],
)
def test_claim_is_not_published_without_a_verdict_and_explanation(
    reviewer, make_claim, verdict, explanation, field
):
    claim = make_claim(status="in_review")
    before = snapshot_of(claim)

    with pytest.raises(ValidationError) as excinfo:
        services.claim_publish(
            claim=claim, actor=reviewer, verdict=verdict, explanation=explanation
        )

    assert excinfo.value.message_dict[field]
    assert snapshot_of(claim) == before
    assert claim.verdict == ""


def test_fact_checker_cannot_publish(fact_checker, make_claim):
    claim = make_claim(status="in_review")
    before = snapshot_of(claim)

    with pytest.raises(PermissionDenied, match="Only a reviewer may publish"):
        services.claim_publish(
            claim=claim, actor=fact_checker, verdict=Verdict.ACCURATE, explanation="Fine."
        )

    assert snapshot_of(claim) == before


def test_claim_without_a_citation_is_not_published(reviewer, make_claim):
    claim = make_claim(status="in_review")
    claim.citations.all().delete()
    before = snapshot_of(claim)

    with pytest.raises(ValidationError) as excinfo:
        services.claim_publish(
            claim=claim, actor=reviewer, verdict=Verdict.ACCURATE, explanation="Fine."
        )

    assert "at least one citation" in excinfo.value.message_dict["status"][0]
    assert snapshot_of(claim) == before


# correct


def test_correction_keeps_the_earlier_verdict_readable(reviewer, make_claim):
    claim = make_claim(status="published")
    first_verdict = claim.verdict
    first_explanation = claim.explanation

    services.claim_correct(
        claim=claim,
        actor=reviewer,
        note="The city published its data.",
        verdict=Verdict.MOSTLY_ACCURATE,
        explanation="The data show a 44 per cent fall.",
    )

    claim.refresh_from_db()
    assert claim.status == ClaimStatus.CORRECTED
    assert claim.verdict == Verdict.MOSTLY_ACCURATE
    published, corrected = claim.transitions.filter(to_status__in=["published", "corrected"])
    assert (published.verdict, published.explanation) == (first_verdict, first_explanation)
    assert (corrected.verdict, corrected.explanation) == (
        Verdict.MOSTLY_ACCURATE,
        "The data show a 44 per cent fall.",
    )
    assert corrected.note == "The city published its data."
    assert (corrected.from_status, corrected.to_status) == ("published", "corrected")
    verdicts_in_history = set(claim.history.values_list("verdict", flat=True))
    assert {first_verdict, Verdict.MOSTLY_ACCURATE} <= verdicts_in_history


def test_corrected_claim_can_be_corrected_again(reviewer, make_claim):
    claim = make_claim(status="corrected")

    services.claim_correct(claim=claim, actor=reviewer, note="Second fix.")

    assert list(claim.transitions.values_list("to_status", flat=True)) == [
        "in_review",
        "published",
        "corrected",
        "corrected",
    ]


def test_correction_needs_a_note(reviewer, make_claim):
    claim = make_claim(status="published")
    before = snapshot_of(claim)

    with pytest.raises(ValidationError) as excinfo:
        services.claim_correct(claim=claim, actor=reviewer, note=" ", verdict=Verdict.ACCURATE)

    assert "public note" in excinfo.value.message_dict["note"][0]
    assert snapshot_of(claim) == before
    assert claim.verdict == Verdict.UNSUPPORTED


# retract


def test_reviewer_retracts_a_published_claim_with_a_reason(reviewer, make_claim):
    claim = make_claim(status="published")

    services.claim_retract(claim=claim, actor=reviewer, reason="Source withdrawn.")

    claim.refresh_from_db()
    assert claim.status == ClaimStatus.RETRACTED
    transition = claim.transitions.last()
    assert (transition.from_status, transition.to_status, transition.note) == (
        "published",
        "retracted",
        "Source withdrawn.",
    )


def test_retraction_needs_a_reason(reviewer, make_claim):
    claim = make_claim(status="published")
    before = snapshot_of(claim)

    with pytest.raises(ValidationError) as excinfo:
        services.claim_retract(claim=claim, actor=reviewer, reason="  ")

    assert "needs a reason" in excinfo.value.message_dict["note"][0]
    assert snapshot_of(claim) == before


# illegal moves


def _publish(claim, actor):  # type: ignore[no-untyped-def]
    return services.claim_publish(
        claim=claim, actor=actor, verdict=Verdict.ACCURATE, explanation="Fine."
    )


def _correct(claim, actor):  # type: ignore[no-untyped-def]
    return services.claim_correct(claim=claim, actor=actor, note="A fix.")


def _submit(claim, actor):  # type: ignore[no-untyped-def]
    return services.claim_submit_for_review(claim=claim, actor=actor, note="again")


def _retract(claim, actor):  # type: ignore[no-untyped-def]
    return services.claim_retract(claim=claim, actor=actor, reason="Again.")


def _return(claim, actor):  # type: ignore[no-untyped-def]
    return services.claim_return_to_draft(claim=claim, actor=actor, note="Again.")


ILLEGAL_MOVES = [
    pytest.param("draft", _publish, "A draft claim cannot be published", id="publish-a-draft"),
    pytest.param("draft", _correct, "A draft claim cannot be corrected", id="correct-a-draft"),
    pytest.param("draft", _retract, "A draft claim cannot be retracted", id="retract-a-draft"),
    pytest.param("draft", _return, "A draft claim cannot be returned", id="return-a-draft"),
    pytest.param(
        "in_review", _correct, "in review claim cannot be corrected", id="correct-in-review"
    ),
    pytest.param(
        "published", _submit, "A published claim cannot be submitted", id="submit-published"
    ),
    pytest.param(
        "published", _publish, "A published claim cannot be published", id="publish-published"
    ),
    pytest.param(
        "retracted", _retract, "A retracted claim cannot be retracted", id="retract-retracted"
    ),
    pytest.param(
        "retracted", _correct, "A retracted claim cannot be corrected", id="correct-retracted"
    ),
]


@pytest.mark.parametrize(("status", "move", "message"), ILLEGAL_MOVES)
def test_illegal_move_is_refused_and_changes_nothing(reviewer, make_claim, status, move, message):
    claim = make_claim(status=status)
    before = snapshot_of(claim)

    with pytest.raises(ValidationError) as excinfo:
        move(claim, reviewer)

    assert message in excinfo.value.message_dict["status"][0]
    assert snapshot_of(claim) == before


@pytest.mark.parametrize(("status", "move", "message"), ILLEGAL_MOVES[:1] + ILLEGAL_MOVES[5:6])
def test_illegal_move_is_refused_with_the_illegal_transition_code(
    reviewer, make_claim, status, move, message
):
    claim = make_claim(status=status)

    with pytest.raises(ValidationError) as excinfo:
        move(claim, reviewer)

    assert "illegal_transition" in error_codes(excinfo.value)


def test_illegal_move_is_reported_before_missing_permission(editor, make_claim):
    claim = make_claim(status="draft")

    with pytest.raises(ValidationError, match="cannot be published"):
        _publish(claim, editor)


# who may


def test_editor_cannot_submit_a_claim(editor, make_claim):
    claim = make_claim(status="draft")
    before = snapshot_of(claim)

    with pytest.raises(PermissionDenied, match="may not submit"):
        services.claim_submit_for_review(claim=claim, actor=editor)

    assert snapshot_of(claim) == before


def test_editor_cannot_edit_a_claim(editor, make_claim):
    claim = make_claim(status="draft")
    before = snapshot_of(claim)

    with pytest.raises(PermissionDenied):
        services.claim_update(claim=claim, actor=editor, statement="Changed by an editor.")

    assert snapshot_of(claim) == before
    assert claim.statement != "Changed by an editor."


@pytest.mark.parametrize("mover", [_publish, _correct, _retract])
def test_editor_cannot_publish_correct_or_retract(editor, make_claim, mover):
    claim = make_claim(status="in_review" if mover is _publish else "published")
    before = snapshot_of(claim)

    with pytest.raises(PermissionDenied):
        mover(claim, editor)

    assert snapshot_of(claim) == before


def test_fact_checker_cannot_correct_or_retract(fact_checker, make_claim):
    claim = make_claim(status="published")
    before = snapshot_of(claim)

    with pytest.raises(PermissionDenied, match="Only a reviewer may correct"):
        _correct(claim, fact_checker)
    with pytest.raises(PermissionDenied, match="Only a reviewer may retract"):
        _retract(claim, fact_checker)

    assert snapshot_of(claim) == before


def test_outsider_cannot_create_a_claim(outsider):
    with pytest.raises(PermissionDenied, match="may not record claims"):
        services.claim_create(
            statement="Crime fell by half.", claimant=EntityFactory(), actor=outsider
        )

    assert not Claim.objects.exists()


def test_fact_checker_creates_a_draft_claim_at_version_one(fact_checker):
    claim = services.claim_create(
        statement="  Crime fell by half.  ", claimant=EntityFactory(), actor=fact_checker
    )

    claim.refresh_from_db()
    assert claim.status == ClaimStatus.DRAFT
    assert claim.statement == "Crime fell by half."
    assert claim.version == 1
    assert claim.created_by == fact_checker


# the record of every move


def test_every_move_writes_a_transition_with_actor_note_statuses_and_version(
    fact_checker, reviewer, make_claim
):
    claim = make_claim(status="draft")
    start = claim.version

    services.claim_submit_for_review(claim=claim, actor=fact_checker, note="first try")
    services.claim_return_to_draft(claim=claim, actor=reviewer, note="needs period")
    services.claim_submit_for_review(claim=claim, actor=fact_checker, note="second try")
    services.claim_publish(
        claim=claim, actor=reviewer, verdict=Verdict.ACCURATE, explanation="OK.", note="pub"
    )
    services.claim_correct(claim=claim, actor=reviewer, note="typo")
    services.claim_retract(claim=claim, actor=reviewer, reason="withdrawn")

    rows = list(
        ClaimTransition.objects.filter(claim=claim).values_list(
            "from_status", "to_status", "actor__username", "note", "claim_version"
        )
    )
    assert rows == [
        ("draft", "in_review", fact_checker.username, "first try", start + 1),
        ("in_review", "draft", reviewer.username, "needs period", start + 2),
        ("draft", "in_review", fact_checker.username, "second try", start + 3),
        ("in_review", "published", reviewer.username, "pub", start + 4),
        ("published", "corrected", reviewer.username, "typo", start + 5),
        ("corrected", "retracted", reviewer.username, "withdrawn", start + 6),
    ]
    claim.refresh_from_db()
    assert claim.version == start + 6


# versions


def test_each_write_raises_the_version_by_one(fact_checker, make_claim):
    claim = make_claim(status="draft")
    version = claim.version

    services.claim_update(claim=claim, actor=fact_checker, place="Leeds")
    claim.refresh_from_db()
    assert claim.version == version + 1

    services.claim_update(
        claim=claim, actor=fact_checker, expected_version=version + 1, period="2018"
    )
    claim.refresh_from_db()
    assert (claim.version, claim.place, claim.period) == (version + 2, "Leeds", "2018")


def test_edit_made_against_a_stale_version_is_refused_and_stores_nothing(
    fact_checker, second_fact_checker, make_claim
):
    claim = make_claim(status="draft")
    mine = Claim.objects.get(pk=claim.pk)
    theirs = Claim.objects.get(pk=claim.pk)
    seen = theirs.version

    services.claim_update(claim=mine, actor=fact_checker, place="Leeds")
    with pytest.raises(StaleClaimError) as excinfo:
        services.claim_update(
            claim=theirs, actor=second_fact_checker, expected_version=seen, place="York"
        )

    assert (excinfo.value.expected_version, excinfo.value.current_version) == (seen, seen + 1)
    assert "changed by someone else" in excinfo.value.messages[0]
    claim.refresh_from_db()
    assert (claim.place, claim.version, claim.last_edited_by) == ("Leeds", seen + 1, fact_checker)
