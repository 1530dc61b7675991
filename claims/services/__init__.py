"""Every write to claims, figures and citations, split by concern: recording (records), the
review workflow (workflow), quotes against their sources (quotes), the review flag
(review_flag), competing-figure decisions (competing) and edits to the records many
claims share (shared_records). Admin actions, the API, the seed
loader, intake and management commands call these names, so each rule lives in one place."""

from claims.services.base import StaleClaimError
from claims.services.competing import figure_move_to_metric, proposal_decide
from claims.services.quotes import (
    VerifyReport,
    citation_quote_problems,
    citation_recheck,
    citation_verify,
    verify_quotes,
)
from claims.services.recheck import RecheckReport, sources_recheck
from claims.services.records import (
    CITATION_EDITABLE_FIELDS,
    CLAIM_EDITABLE_FIELDS,
    FIGURE_EDITABLE_FIELDS,
    citation_add,
    citation_apply_changes,
    citation_delete,
    citation_update,
    claim_create,
    claim_update,
    figure_add,
    figure_apply_changes,
    figure_delete,
    figure_update,
)
from claims.services.review_flag import claim_clear_review_flag, claim_flag_for_review
from claims.services.shared_records import (
    changes_shown,
    shared_record_refusal,
    shared_record_update,
    shown_fields,
)
from claims.services.workflow import (
    claim_assign,
    claim_assignment_problems,
    claim_correct,
    claim_publish,
    claim_retract,
    claim_return_to_draft,
    claim_submit_for_review,
)

__all__ = [
    "CITATION_EDITABLE_FIELDS",
    "CLAIM_EDITABLE_FIELDS",
    "FIGURE_EDITABLE_FIELDS",
    "RecheckReport",
    "StaleClaimError",
    "VerifyReport",
    "changes_shown",
    "citation_add",
    "citation_apply_changes",
    "citation_delete",
    "citation_quote_problems",
    "citation_recheck",
    "citation_update",
    "citation_verify",
    "claim_assign",
    "claim_assignment_problems",
    "claim_clear_review_flag",
    "claim_correct",
    "claim_create",
    "claim_flag_for_review",
    "claim_publish",
    "claim_retract",
    "claim_return_to_draft",
    "claim_submit_for_review",
    "claim_update",
    "figure_add",
    "figure_apply_changes",
    "figure_delete",
    "figure_move_to_metric",
    "figure_update",
    "proposal_decide",
    "shared_record_refusal",
    "shared_record_update",
    "shown_fields",
    "sources_recheck",
    "verify_quotes",
]
