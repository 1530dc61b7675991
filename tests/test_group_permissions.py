"""The three roles exist as groups after migrating, carry exactly their permissions, and
claim_access() gives each role the right abilities on a claim in each state."""

import pytest
from django.contrib.auth.models import Group

from claims.permissions import GROUP_EDITOR, GROUP_FACT_CHECKER, GROUP_REVIEWER, claim_access

pytestmark = pytest.mark.django_db

ABILITIES = (
    "can_view",
    "can_edit",
    "can_submit",
    "can_return_to_draft",
    "can_publish",
    "can_correct",
    "can_retract",
)
RECORDED_MODELS = {
    "claims": ["claim", "figure", "citation", "metric", "topic", "claimtransition"],
    "sources": ["entity", "source", "snapshot"],
}


def codenames(group_name: str) -> set[str]:
    group = Group.objects.get(name=group_name)
    return {
        f"{app_label}.{codename}"
        for app_label, codename in group.permissions.values_list(
            "content_type__app_label", "codename"
        )
    }


def test_migrations_create_the_three_role_groups():
    names = set(Group.objects.values_list("name", flat=True))

    assert {GROUP_FACT_CHECKER, GROUP_REVIEWER, GROUP_EDITOR} <= names


def test_fact_checker_may_record_and_submit_but_not_publish():
    perms = codenames(GROUP_FACT_CHECKER)

    assert {"claims.add_claim", "claims.change_claim", "claims.submit_claim"} <= perms
    assert "claims.publish_claim" not in perms
    assert "claims.delete_claim" not in perms


def test_reviewer_may_also_publish():
    perms = codenames(GROUP_REVIEWER)

    assert {
        "claims.add_claim",
        "claims.change_claim",
        "claims.submit_claim",
        "claims.publish_claim",
    } <= perms
    assert perms - codenames(GROUP_FACT_CHECKER) == {"claims.publish_claim"}


def test_editor_may_only_view():
    perms = codenames(GROUP_EDITOR)

    assert perms == {
        f"{app_label}.view_{model}"
        for app_label, models in RECORDED_MODELS.items()
        for model in models
    }
    assert not {p for p in perms if p.split(".")[1].startswith(("add_", "change_", "delete_"))}
    assert "claims.submit_claim" not in perms
    assert "claims.publish_claim" not in perms


def test_role_users_get_their_group_permissions(fact_checker, reviewer, editor, outsider):
    assert fact_checker.has_perm("claims.submit_claim")
    assert not fact_checker.has_perm("claims.publish_claim")
    assert reviewer.has_perm("claims.publish_claim")
    assert editor.has_perm("claims.view_claim")
    assert not editor.has_perm("claims.change_claim")
    assert not outsider.has_perm("claims.view_claim")


# What each role may do to a claim written by the fact-checker, in each state.
EXPECTED = {
    "fact_checker": {
        "draft": {"can_view", "can_edit", "can_submit"},
        "in_review": {"can_view", "can_edit", "can_return_to_draft"},
        "published": {"can_view"},
        "corrected": {"can_view"},
        "retracted": {"can_view"},
    },
    "reviewer": {
        "draft": {"can_view", "can_edit", "can_submit"},
        "in_review": {"can_view", "can_edit", "can_return_to_draft", "can_publish"},
        "published": {"can_view", "can_correct", "can_retract"},
        "corrected": {"can_view", "can_correct", "can_retract"},
        "retracted": {"can_view"},
    },
    "editor": {
        "draft": {"can_view"},
        "in_review": {"can_view"},
        "published": {"can_view"},
        "corrected": {"can_view"},
        "retracted": {"can_view"},
    },
    "outsider": {
        "draft": set(),
        "in_review": set(),
        "published": {"can_view"},
        "corrected": {"can_view"},
        "retracted": {"can_view"},
    },
}


@pytest.mark.parametrize("status", ["draft", "in_review", "published", "corrected", "retracted"])
@pytest.mark.parametrize("role", ["fact_checker", "reviewer", "editor", "outsider"])
def test_claim_access_matches_the_role_and_status_matrix(request, make_claim, role, status):
    claim = make_claim(status=status)
    user = request.getfixturevalue(role)

    access = claim_access(user, claim)

    assert {ability for ability in ABILITIES if getattr(access, ability)} == EXPECTED[role][status]
    assert access.publish_refusal == ""


def test_reviewer_who_drafted_a_claim_in_review_may_not_publish_it(reviewer, make_claim):
    claim = make_claim(status="in_review")
    claim.created_by = reviewer

    access = claim_access(reviewer, claim)

    assert access.can_publish is False
    assert "two-person rule" in access.publish_refusal


def test_inactive_staff_user_may_only_view_what_is_public(fact_checker, make_claim):
    draft = make_claim(status="draft")
    published = make_claim(status="published")
    fact_checker.is_active = False

    assert not any(getattr(claim_access(fact_checker, draft), a) for a in ABILITIES)
    assert [a for a in ABILITIES if getattr(claim_access(fact_checker, published), a)] == [
        "can_view"
    ]
