"""factory_boy factories for every model; tests build their data from these, never from JSON."""

import importlib
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

from claims import services
from claims.models import Citation, Claim, Figure, Metric, Topic, Unit, Verdict
from claims.permissions import GROUP_EDITOR, GROUP_FACT_CHECKER, GROUP_REVIEWER
from sources.models import Entity, EntityKind, Snapshot, Source, SourceKind


def _recreate_roles() -> None:
    """A transactional test flushes the groups the roles migration made; make them again from
    the migration's own definition."""
    roles = importlib.import_module("claims.migrations.0003_roles")
    for name, (model_perms, extra_codenames) in roles.ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        wanted = [
            Permission.objects.get(content_type__app_label=app_label, codename=f"{action}_{model}")
            for app_label, model, actions in model_perms
            for action in actions
        ]
        wanted += [
            Permission.objects.get(content_type__app_label="claims", codename=codename)
            for codename in extra_codenames
        ]
        group.permissions.set(wanted)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    is_staff = True
    password = factory.django.Password("correct horse battery staple")

    @factory.post_generation
    def groups(self, create: bool, extracted: list[str] | None, **kwargs: object) -> None:
        if create and extracted:
            if Group.objects.filter(name__in=extracted).count() != len(extracted):
                _recreate_roles()
            for name in extracted:
                self.groups.add(Group.objects.get(name=name))


class EntityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Entity

    kind = EntityKind.ORGANISATION
    name = factory.Sequence(lambda n: f"Organisation {n}")
    slug = factory.Sequence(lambda n: f"organisation-{n}")


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source

    kind = SourceKind.ARTICLE
    title = factory.Sequence(lambda n: f"Article {n}")
    publisher = factory.SubFactory(EntityFactory, kind=EntityKind.MEDIA)
    language = "en"


class SnapshotFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Snapshot

    source = factory.SubFactory(SourceFactory)
    text = "The city said crime fell by 46 per cent after the cameras went up, officials claimed."
    origin = "test"


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")


class MetricFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Metric

    name = factory.Sequence(lambda n: f"Metric {n}")
    slug = factory.Sequence(lambda n: f"metric-{n}")
    definition = "A quantity defined for tests."
    unit = Unit.PERCENT


class ClaimFactory(factory.django.DjangoModelFactory):
    """A draft claim. Use the services (or the `published_claim` fixture) to move it on."""

    class Meta:
        model = Claim

    statement = factory.Sequence(lambda n: f"Crime fell by {n} per cent.")
    claimant = factory.SubFactory(EntityFactory)


class FigureFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Figure

    claim = factory.SubFactory(ClaimFactory)
    metric = factory.SubFactory(MetricFactory)
    unit = Unit.PERCENT
    value = Decimal("46")


class CitationFactory(factory.django.DjangoModelFactory):
    """An unchecked citation (its source has no snapshot). Use citation_add to check quotes."""

    class Meta:
        model = Citation

    claim = factory.SubFactory(ClaimFactory)
    source = factory.SubFactory(SourceFactory)
    quote = "crime fell by 46 per cent"


# The users of the role fixtures (tests/conftest.py), by fixture name: username and groups.
ROLE_USERS: dict[str, tuple[str, list[str]]] = {
    "fact_checker": ("alice-factchecker", [GROUP_FACT_CHECKER]),
    "second_fact_checker": ("dave-factchecker", [GROUP_FACT_CHECKER]),
    "reviewer": ("bob-reviewer", [GROUP_REVIEWER]),
    "editor": ("charlie-editor", [GROUP_EDITOR]),
    "outsider": ("eve-outsider", []),  # staff, in no group
}


def role_user(role: str) -> Any:
    """The user the fixture of that name gives (made, or found by username): for builds that
    run without fixtures, such as a database image's (tests/database_image.py)."""
    username, groups = ROLE_USERS[role]
    return UserFactory(username=username, groups=groups)


def claim_maker(fact_checker: Any, reviewer: Any) -> Callable[..., Claim]:
    """The `make_claim` fixture's builder, for these two users."""

    def build(status: str = "draft", **claim_fields: object) -> Claim:
        snapshot = SnapshotFactory()
        claim = ClaimFactory(**claim_fields)
        claim.created_by = fact_checker
        claim.save()
        services.figure_add(
            claim=claim, actor=fact_checker, metric=MetricFactory(), unit="percent", value=46
        )
        services.citation_add(
            claim=claim,
            actor=fact_checker,
            source=snapshot.source,
            quote="crime fell by 46 per cent",
        )
        if status in ("in_review", "published", "corrected", "retracted"):
            services.claim_submit_for_review(claim=claim, actor=fact_checker, note="ready")
        if status in ("published", "corrected", "retracted"):
            services.claim_publish(
                claim=claim,
                actor=reviewer,
                verdict=Verdict.UNSUPPORTED,
                explanation="Only the city's own figure; no data published.",
                note="checked",
            )
        if status == "corrected":
            services.claim_correct(claim=claim, actor=reviewer, note="Fixed the period.")
        if status == "retracted":
            services.claim_retract(claim=claim, actor=reviewer, reason="Source withdrawn.")
        claim.refresh_from_db()
        return claim

    return build
