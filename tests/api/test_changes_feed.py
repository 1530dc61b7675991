"""GET /api/v1/changes/: every publication, correction, retraction and shared-record update, in
order, resumable from a cursor, so that a consumer keeps a copy in step."""

from datetime import timedelta

import pytest
from django.urls import reverse

from claims import services
from claims.api import changes

pytestmark = pytest.mark.django_db

URL = reverse("api:changes")


@pytest.fixture
def settled(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(changes, "SETTLING", timedelta(0))


def test_changes_come_in_order_and_resume_from_the_cursor(client, make_claim, reviewer, settled):
    first = make_claim(status="published")
    second = make_claim(status="published")

    page = client.get(URL).json()
    assert [(c["claim"], c["kind"]) for c in page["changes"]] == [
        (first.pk, "published"),
        (second.pk, "published"),
    ]
    assert page["more"] is False

    services.claim_correct(claim=first, actor=reviewer, note="The period was 2015.")
    services.shared_record_update(
        record=second.figures.get().metric, actor=reviewer, changes={"name": "Renamed"}
    )
    services.claim_retract(claim=second, actor=reviewer, reason="The source withdrew it.")

    later = client.get(URL, {"since": page["next"]}).json()
    assert [(c["claim"], c["kind"], c["note"]) for c in later["changes"]] == [
        (first.pk, "corrected", "The period was 2015."),
        (second.pk, "updated", later["changes"][1]["note"]),
        (second.pk, "retracted", "The source withdrew it."),
    ]
    assert later["changes"][1]["note"].endswith("to “Renamed”.")
    assert client.get(URL, {"since": later["next"]}).json() == {
        "changes": [],
        "next": later["next"],
        "more": False,
    }
    document = client.get(later["changes"][0]["document"]).json()
    assert (document["id"], document["status"]) == (first.pk, "corrected")


def test_a_change_waits_until_it_has_settled(client, make_claim):
    make_claim(status="published")
    assert client.get(URL).json()["changes"] == []


def test_drafts_never_appear(client, make_claim, settled):
    make_claim(status="in_review")
    assert client.get(URL).json()["changes"] == []


def test_pages_of_a_hundred_say_when_more_wait(client, make_claim, reviewer, settled, monkeypatch):
    monkeypatch.setattr(changes, "PAGE_SIZE", 2)
    claim = make_claim(status="published")
    for number in range(3):
        services.claim_correct(claim=claim, actor=reviewer, note=f"Correction {number}.")

    seen, since = [], ""
    while True:
        page = client.get(URL, {"since": since} if since else {}).json()
        seen += [c["version"] for c in page["changes"]]
        since = page["next"]
        if not page["more"]:
            break
    assert seen == sorted(seen) and len(seen) == 4


@pytest.mark.parametrize("since", ["", "x", "-1", "1.5", "²", "99999999999999999999", "0x10"])
def test_a_cursor_this_feed_did_not_give_is_a_400_naming_since(client, since):
    response = client.get(URL, {"since": since})
    assert response.status_code == 400
    assert "since" in response.json()


def test_the_same_events_as_an_atom_feed_for_people(client, make_claim, reviewer, settings):
    settings.ROOT_URLCONF = "config.urls"  # the public pages as well as the API
    claim = make_claim(status="published")
    metric = claim.figures.get().metric
    services.shared_record_update(record=metric, actor=reviewer, changes={"name": "Renamed"})
    services.claim_retract(claim=claim, actor=reviewer, reason="The source withdrew it.")

    response = client.get(reverse("changes_feed"))

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    body = response.content.decode()
    assert body.index("Retracted: ") < body.index("Updated: ") < body.index("Published: ")
    assert "The source withdrew it." in body and "to “Renamed”." in body
    retraction = body.split("Retracted: ")[1].split("</entry>")[0]
    assert "Verdict:" not in retraction  # a withdrawn verdict is never given as standing
    assert (
        reverse(
            "claim_version_page", args=[claim.pk, claim.frozen_versions.get(kind="updated").version]
        )
        in body
    )
    assert reverse("changes_feed") in client.get(reverse("corrections")).content.decode()
