"""The public index's search and filters."""

from typing import Any

import django_filters
from django.db.models import Q

from claims.models import Claim, ClaimStatus, Topic, Verdict


class PublicClaimFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="search", label="Search")
    verdict = django_filters.ChoiceFilter(choices=Verdict.choices, empty_label="Any verdict")
    status = django_filters.ChoiceFilter(
        choices=[(s.value, s.label) for s in ClaimStatus if s.value in ClaimStatus.public()],
        empty_label="Any status",
    )
    topic = django_filters.ModelChoiceFilter(
        field_name="topics",
        to_field_name="slug",
        queryset=Topic.objects.filter(claims__status__in=ClaimStatus.public()).distinct(),
        empty_label="Any topic",
    )

    class Meta:
        model = Claim
        fields = ["q", "verdict", "status", "topic"]

    def search(self, queryset: Any, name: str, value: str) -> Any:
        """Every word must appear in the statement, the claimant, the place or the explanation."""
        for word in value.split()[:10]:
            queryset = queryset.filter(
                Q(statement__icontains=word)
                | Q(claimant__name__icontains=word)
                | Q(place__icontains=word)
                | Q(explanation__icontains=word)
            )
        return queryset
