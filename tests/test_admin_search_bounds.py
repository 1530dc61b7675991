"""Every admin list with a search box, and the autocomplete behind the id pickers, given a
search longer than anyone types: an empty list and a message naming the limit, never a 500 or
a 503 (SQLite refuses a LIKE pattern past 50,000 bytes, which the outage middleware would answer
as "database unavailable"). A search within the limit still finds what it names."""

import pytest
from django.contrib import admin
from django.contrib.messages import get_messages
from django.urls import reverse

from core.search_bounds import MAX_SEARCH_CHARS

pytestmark = pytest.mark.django_db

OVERLONG = "surveillance " * 6_000  # 78,000 characters: past SQLite's LIKE limit

SEARCHABLE = sorted(
    (model._meta.app_label, model._meta.model_name)
    for model, model_admin in admin.site._registry.items()
    if model_admin.search_fields
)


def test_every_searchable_admin_list_is_checked():
    # A guard on the list below: a new admin with search fields is in it by construction.
    assert ("claims", "claim") in SEARCHABLE
    assert len(SEARCHABLE) >= 10


@pytest.mark.parametrize(("app_label", "model_name"), SEARCHABLE)
def test_an_overlong_search_is_an_empty_list_with_a_message(admin_client, app_label, model_name):
    url = reverse(f"admin:{app_label}_{model_name}_changelist")

    response = admin_client.get(url, {"q": OVERLONG})

    assert response.status_code == 200
    said = [str(message) for message in get_messages(response.wsgi_request)]
    assert said == [f"Search for at most {MAX_SEARCH_CHARS} characters (this is {len(OVERLONG)})."]
    assert response.context["cl"].result_count == 0


def test_a_search_at_the_limit_still_runs_and_finds(admin_client, make_claim):
    claim = make_claim(statement="Cameras cut burglaries by 46% in the harbour district.")
    words = "burglaries " + "x" * (MAX_SEARCH_CHARS - len("burglaries "))
    assert len(words) == MAX_SEARCH_CHARS

    found = admin_client.get(reverse("admin:claims_claim_changelist"), {"q": "burglaries"})
    at_limit = admin_client.get(reverse("admin:claims_claim_changelist"), {"q": words})

    assert [c.pk for c in found.context["cl"].result_list] == [claim.pk]
    assert at_limit.status_code == 200
    assert list(get_messages(at_limit.wsgi_request)) == []


def test_many_short_words_within_the_limit_are_no_error(admin_client):
    many = " ".join(["ab"] * (MAX_SEARCH_CHARS // 3))

    response = admin_client.get(reverse("admin:claims_claim_changelist"), {"q": many})

    assert response.status_code == 200


def test_the_autocomplete_behind_a_picker_answers_an_overlong_term_with_no_results(
    admin_client,
):
    response = admin_client.get(
        reverse("admin:autocomplete"),
        {
            "term": OVERLONG,
            "app_label": "claims",
            "model_name": "claim",
            "field_name": "claimant",
        },
    )

    assert response.status_code == 200
    assert response.json()["results"] == []
    assert list(get_messages(response.wsgi_request)) == []
