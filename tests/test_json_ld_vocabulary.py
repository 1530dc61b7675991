"""The JSON-LD Tally publishes (ClaimReview and the figures' Observations, on the claim page and
in the API) uses schema.org's vocabulary as schema.org defines it: every @type is a schema.org
class, every property a schema.org property whose domain includes the node's type (or one of its
superclasses), and every value fits the property's range (a node of a type in it, or a literal
of one of its data types).

Checked against tests/data/schemaorg_terms.json, the terms we use as schema.org 29.x defines
them, written out from its vocabulary (offline: nothing is downloaded). What this does not
check: that the subset is complete or current (only what it lists is trusted, so a term written
there wrongly would pass), Google's own rules for rich results, or JSON-LD processing (@context
is taken to be schema.org, and @id and @graph are read as keywords)."""

import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.json_ld_cases import observed_claim
from tests.pages.test_claim_page import json_ld_blocks

pytestmark = pytest.mark.django_db

TERMS = json.loads((Path(__file__).parent / "data" / "schemaorg_terms.json").read_text())
CLASSES: dict[str, list[str]] = TERMS["classes"]
PROPERTIES: dict[str, dict[str, list[str]]] = TERMS["properties"]
DATATYPES = set(TERMS["datatypes"])

# ISO 8601 as schema.org's Date and DateTime take it; a date of reduced precision ("2018",
# "2018-03") is accepted, as schema.org's own examples and Google's validator do.
DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
DATETIME = re.compile(
    r"\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?"
)


def ancestors(name: str) -> set[str]:
    """A class and every class it is a subclass of."""
    found = {name}
    for parent in CLASSES[name]:
        found |= ancestors(parent)
    return found


def literal_fits(value: Any, datatype: str) -> bool:
    if isinstance(value, bool):
        return datatype == "Boolean"
    if isinstance(value, int | float):
        return datatype == "Number"
    if not isinstance(value, str):
        return False
    return {
        "Text": True,
        "URL": value.startswith(("https://", "http://")),
        "Date": bool(DATE.fullmatch(value)),
        "DateTime": bool(DATETIME.fullmatch(value)),
        "Number": False,
        "Boolean": False,
    }[datatype]


def problems(node: Any, where: str = "$") -> list[str]:
    """Every way `node` (a JSON-LD node, a list of them, or a graph) departs from the terms."""
    if isinstance(node, list):
        return [p for index, item in enumerate(node) for p in problems(item, f"{where}[{index}]")]
    if not isinstance(node, dict):
        return [f"{where}: a node must be an object, not {node!r}"]
    if "@graph" in node:
        return problems(node["@graph"], f"{where}.@graph")
    kind = node.get("@type")
    if kind not in CLASSES:
        return [f"{where}: @type {kind!r} is not a known schema.org class"]
    found = []
    types = ancestors(kind)
    for name, value in node.items():
        if name in ("@context", "@type", "@id"):
            continue
        here = f"{where}.{name}"
        term = PROPERTIES.get(name)
        if term is None:
            found.append(f"{here}: not a known schema.org property")
            continue
        if not types & set(term["domain"]):
            found.append(f"{here}: not a property of {kind} (its domain: {term['domain']})")
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, dict):
                item_type = item.get("@type")
                if item_type not in CLASSES or not ancestors(item_type) & set(term["range"]):
                    found.append(f"{here}: a {item_type} is not in its range {term['range']}")
                found += problems(item, here)
            elif not any(literal_fits(item, t) for t in term["range"] if t in DATATYPES):
                found.append(f"{here}: {item!r} fits none of {term['range']}")
    return found


def test_the_terms_file_names_only_classes_and_data_types_it_defines():
    for name in CLASSES:
        assert ancestors(name) <= set(CLASSES)
    for name, term in PROPERTIES.items():
        assert set(term["domain"]) <= set(CLASSES), name
        assert set(term["range"]) <= set(CLASSES) | DATATYPES, name


def test_the_checker_catches_a_wrong_type_a_wrong_property_and_a_wrong_value():
    assert problems({"@type": "Observation", "value": 1, "unitCode": "P1"}) == []
    assert problems({"@type": "Observationn"})
    assert problems({"@type": "Observation", "claimReviewed": "x"})  # a ClaimReview's
    assert problems({"@type": "Observation", "variableMeasured": {"@type": "Person"}})
    assert problems({"@type": "Observation", "minValue": "three"})
    assert problems({"@type": "Observation", "observationDate": "March 2018"})
    assert problems({"@type": "ClaimReview", "observationAbout": {"@type": "Place"}})


@pytest.fixture
def claim(make_claim, fact_checker, reviewer):  # type: ignore[no-untyped-def]
    return observed_claim(make_claim, fact_checker, reviewer)


def test_the_claim_pages_json_ld_is_schema_org(client, claim):
    blocks = json_ld_blocks(client.get(f"/claims/{claim.pk}/").content.decode())

    assert [block.get("@type", "@graph") for block in blocks] == ["ClaimReview", "@graph"]
    assert all(block["@context"] == "https://schema.org" for block in blocks)
    assert problems(blocks) == []
    observations = blocks[1]["@graph"]
    assert len(observations) == 5
    used = {name for o in observations for name in o}
    assert {"variableMeasured", "observationAbout", "observationDate", "value", "minValue"} <= used
    assert {"maxValue", "unitCode", "unitText", "measurementMethod", "subjectOf"} <= used
    assert "ratingExplanation" in blocks[0]["reviewRating"]


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/claims/{pk}/observations/",
        "/api/v1/observations/",
        "/api/v1/claims/{pk}/claimreview/",
    ],
)
def test_the_apis_json_ld_is_schema_org(client, claim, path):
    response = client.get(path.format(pk=claim.pk))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/ld+json"
    document = response.json()
    assert document["@context"] == "https://schema.org"
    assert problems(document) == []
