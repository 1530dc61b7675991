"""One document, one Source: URLs are stored canonical, so a tracking link cannot duplicate one."""

import pytest
from django.db import IntegrityError, transaction

from sources.canonical import canonicalize_url
from sources.models import Source
from tests.factories import SourceFactory


@pytest.mark.parametrize(
    ("given", "canonical"),
    [
        ("HTTPS://Example.ORG/News/Story", "https://example.org/News/Story"),
        ("https://example.org:443/a", "https://example.org/a"),
        ("http://example.org:80/a", "http://example.org/a"),
        ("https://example.org:8443/a", "https://example.org:8443/a"),
        ("https://example.org/a#comments", "https://example.org/a"),
        (
            "https://example.org/a?utm_source=x&utm_medium=y&UTM_Campaign=z&id=7",
            "https://example.org/a?id=7",
        ),
        ("https://example.org/a?fbclid=abc&gclid=def&page=2", "https://example.org/a?page=2"),
        ("https://example.org/a?z=1&b=2&a=3", "https://example.org/a?a=3&b=2&z=1"),
        ("https://example.org/news/story/", "https://example.org/news/story"),
        ("https://example.org/", "https://example.org/"),
        ("https://example.org", "https://example.org/"),
        ("  https://example.org/a  ", "https://example.org/a"),
        ("", ""),
    ],
)
def test_canonical_form_of_a_url(given, canonical):
    assert canonicalize_url(given) == canonical


def test_canonicalising_twice_changes_nothing():
    once = canonicalize_url("HTTPS://Example.org:443/a/?utm_source=x&b=2&a=1#top")

    assert once == "https://example.org/a?a=1&b=2"
    assert canonicalize_url(once) == once


@pytest.mark.django_db
def test_saved_source_stores_its_url_canonical():
    source = SourceFactory(url="HTTPS://News.Example.org:443/story/?utm_source=tw&id=3#x")

    source.refresh_from_db()
    assert source.url == "https://news.example.org/story?id=3"


@pytest.mark.django_db
def test_two_sources_whose_urls_differ_only_by_tracking_parameters_are_refused():
    SourceFactory(url="https://example.org/story?id=3&utm_source=newsletter")

    with pytest.raises(IntegrityError, match="url"), transaction.atomic():
        SourceFactory(url="https://Example.org/story/?fbclid=abc&id=3#comments")

    assert Source.objects.filter(url="https://example.org/story?id=3").count() == 1


@pytest.mark.django_db
def test_many_sources_without_a_url_are_allowed():
    SourceFactory(url="")
    SourceFactory(url="")

    assert Source.objects.filter(url="").count() == 2
