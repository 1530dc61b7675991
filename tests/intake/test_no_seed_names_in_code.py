"""Intake must read articles nobody has seen: no company, publisher, organisation, person or
place of the seed dataset (or named in the seed articles) is written into intake's code or the
competing-figure rule, not even as an example in a comment. Seed knowledge lives in
claims/seed/dataset.json and in tests."""

import json
import re
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
DATASET = ROOT / "claims" / "seed" / "dataset.json"
CODE = [*sorted((ROOT / "intake").rglob("*.py")), ROOT / "claims" / "competing.py"]

# Names the five seed articles give that the dataset does not record as entities or places:
# the companies, publishers, photo agencies, organisations, places and people intake's rules
# were once fitted to, or might be.
KNOWN_NAMES = frozenset(
    {
        "Hikvision",
        "ZTE",
        "SenseTime",
        "Megvii",
        "Dahua",
        "CloudWalk",
        "Cloudwalk",
        "Transsion",
        "Palantir",
        "Cisco",
        "NEC",
        "IBM",
        "Microsoft",
        "Apple",
        "Google",
        "Techzim",
        "Global Times",
        "Freedom House",
        "Security for Sale",
        "Human Rights Watch",
        "The Economist",
        "Getty",
        "iStock",
        "AFP",
        "Reuters",
        "Xinhua",
        "Bloomberg",
        "Shutterstock",
        "EPA",
        "Twitter",
        "Beijing",
        "Harare",
        "Guangdong",
        "Shenzhen",
        "Berlin",
        "London",
        "European Union",
        "United States",
        "Mugabe",
        "Mnangagwa",
        "Buolamwini",
        "Gebru",
        "Mudzingwa",
        "Msonza",
    }
)

# Capitalised words of seed names that are plain English, not names: a rule may use them
# ("Research", "Times", "Lab" say what kind of body a name is). A whole seed name is still
# refused ("Financial Times", "MIT Media Lab"); only these words on their own are allowed.
ENGLISH_WORDS = frozenset(
    {
        "ai",
        "algorithmic",
        "anonymous",
        "centre",
        "cities",
        "countries",
        "crime",
        "date",
        "diplomat",
        "endowment",
        "faces",
        "facial",
        "fall",
        "financial",
        "foreign",
        "gender",
        "government",
        "growth",
        "information",
        "insights",
        "international",
        "kingdom",
        "lab",
        "made",
        "media",
        "peace",
        "people",
        "personal",
        "policy",
        "privacy",
        "protection",
        "research",
        "safe",
        "share",
        "south",
        "surveillance",
        "technology",
        "the",
        "times",
        "united",
        "value",
        "worldwide",
        "year",
    }
)

_CAPITALISED = re.compile(r"[A-Z][\w+]*")


def _clean(name: str) -> str:
    """A name as an article would write it: no note in brackets, no quotation marks."""
    return " ".join(re.sub(r"\([^)]*\)|[“”\"]", " ", name).split())


def _proper_words(text: str) -> set[str]:
    """The capitalised words of a name or title that are not plain English ("China" from
    "China's share ...", both halves of "X–Y"), possessives dropped."""
    words = set()
    for word in _CAPITALISED.findall(text.replace("’", "'")):
        if len(word) > 1 and word.lower() not in ENGLISH_WORDS:
            words.add(word)
    return words


def seed_names() -> set[str]:
    """Every entity, author and place of the seed dataset, the proper nouns of those names and
    of its metric and topic names, and the names the seed articles give besides."""
    dataset: dict[str, Any] = json.loads(DATASET.read_text(encoding="utf-8"))
    names: set[str] = set()
    for entity in dataset["entities"]:
        if entity["kind"] == "commenter":
            continue  # a reader's handle ("Anonymous"), not a name a rule could be fitted to
        names.add(_clean(entity["name"]))
    for source in dataset["sources"]:
        names.update(_clean(author) for author in source.get("authors", []))
    for claim in dataset["claims"]:
        names.update(part.strip() for part in re.split(r"[,;/]", claim["place"]) if part.strip())
    titles = [item["name"] for item in [*dataset["metrics"], *dataset["topics"]]]
    words = {word for text in [*names, *titles] for word in _proper_words(text)}
    return {name for name in names | words | KNOWN_NAMES if name.lower() not in ENGLISH_WORDS}


def _pattern(name: str) -> re.Pattern[str]:
    """`name` as a whole word or words, inside an identifier too ("_huawei_"), in any case; an
    acronym only in capitals ("cb" may be a callback, "CB" is the name)."""
    body = r"\s+".join(re.escape(word) for word in name.split())
    flags = 0 if name.isupper() else re.IGNORECASE
    return re.compile(rf"(?<![^\W_]){body}(?![^\W_])", flags)


def names_in(text: str, names: set[str]) -> list[tuple[int, str]]:
    """(line number, name) for each seed name written in `text`."""
    found = []
    for name in sorted(names):
        for match in _pattern(name).finditer(text):
            found.append((text.count("\n", 0, match.start()) + 1, name))
    return sorted(found)


def test_the_names_are_read_from_the_seed_dataset() -> None:
    names = seed_names()
    assert {
        "Huawei",  # an entity
        "Financial Times",  # a publisher
        "Carnegie",  # a word of an entity's name
        "Amy Hawkins",  # an author
        "Nairobi",  # a claim's place
        "Kenya",  # the other part of that place
        "Xinjiang",  # a proper noun of a metric's name
        "Guangzhou",  # the same, first in the name
    } <= names
    assert not names & {"Research", "Government", "Times", "Lab"}


def test_a_name_written_into_a_rule_or_a_comment_is_found() -> None:
    names = {"Freedom House", "Huawei", "Nairobi"}
    code = (
        '_WATCH_WORDS = re.compile(r"\\b(?:Watch|Project|Freedom House)\\b")\n'
        "# as in HUAWEI's claim about crime in Nairobi\n"
        "_huawei_rule = 1\n"
        "a house watch, a freedom of speech\n"
    )
    assert names_in(code, names) == [
        (1, "Freedom House"),
        (2, "Huawei"),
        (2, "Nairobi"),
        (3, "Huawei"),
    ]


def test_no_seed_name_is_written_in_intake_code() -> None:
    names = seed_names()
    found = [
        f"{path.relative_to(ROOT)}:{line}: {name}"
        for path in CODE
        for line, name in names_in(path.read_text(encoding="utf-8"), names)
    ]
    assert len(CODE) > 5
    assert not found, "\n".join(found)
