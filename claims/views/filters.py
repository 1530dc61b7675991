"""The public index's search and filters. The search is the API's (claims.search); a filter value
that names nothing is a form error the page shows, never a silently empty list."""

from typing import Any

import django_filters
from django import forms
from django.core.validators import ProhibitNullCharactersValidator
from django.db.models import Q, QuerySet

from claims.models import Claim, ClaimStatus, Topic, Verdict
from claims.search import SearchTextFilter, claims_matching


class TopicChoiceField(forms.ModelChoiceField):
    """A topic by its slug or its name, in any case (`?topic=Zimbabwe` is `?topic=zimbabwe`)."""

    def to_python(self, value: Any) -> Topic | None:
        if value in self.empty_values:
            return None
        text = str(value).strip()
        ProhibitNullCharactersValidator()(text)  # before the database, which cannot hold it
        assert self.queryset is not None
        topic = (
            self.queryset.filter(Q(slug__iexact=text) | Q(name__iexact=text)).order_by("pk").first()
        )
        if topic is None:
            raise forms.ValidationError(
                "No topic is called “%(text)s”: choose one from the list.",
                code="invalid_choice",
                params={"text": text},
            )
        return topic


class TopicFilter(django_filters.ModelChoiceFilter):
    field_class = TopicChoiceField


class PublicClaimFilter(django_filters.FilterSet):
    q = SearchTextFilter(
        method="search",
        label="Search",
    )
    verdict = django_filters.ChoiceFilter(choices=Verdict.choices, empty_label="Any verdict")
    status = django_filters.ChoiceFilter(
        choices=[(s.value, s.label) for s in ClaimStatus if s.value in ClaimStatus.public()],
        empty_label="Any status",
    )
    topic = TopicFilter(
        field_name="topics",
        to_field_name="slug",
        queryset=Topic.objects.filter(claims__status__in=ClaimStatus.public()).distinct(),
        empty_label="Any topic",
    )

    class Meta:
        model = Claim
        fields = ["q", "verdict", "status", "topic"]

    def search(self, queryset: Any, name: str, value: str) -> Any:
        """The API's search, looking in the place and the explanation too."""
        return claims_matching(queryset, value, also_in=("place", "explanation"))

    def filter_queryset(self, queryset: QuerySet[Any]) -> QuerySet[Any]:
        # A value the form refused is shown as its error, not as an empty or unfiltered list.
        if self.errors:
            return queryset.none()
        return super().filter_queryset(queryset)
