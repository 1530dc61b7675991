"""factory_boy factories for every model; tests build their data from these, never from JSON."""

import importlib
from decimal import Decimal

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

from claims.models import Citation, Claim, Figure, Metric, Topic, Unit
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
