"""The three roles, as groups: fact-checkers record claims, reviewers also publish, editors read."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

RECORDING = [
    ("claims", "claim", ("view", "add", "change")),
    ("claims", "figure", ("view", "add", "change", "delete")),
    ("claims", "citation", ("view", "add", "change", "delete")),
    ("claims", "metric", ("view", "add", "change")),
    ("claims", "topic", ("view", "add", "change")),
    ("claims", "claimtransition", ("view",)),
    ("sources", "entity", ("view", "add", "change")),
    ("sources", "source", ("view", "add", "change")),
    ("sources", "snapshot", ("view", "add")),
]
READING = [
    (app, model, ("view",))
    for app, model in [
        ("claims", "claim"),
        ("claims", "figure"),
        ("claims", "citation"),
        ("claims", "metric"),
        ("claims", "topic"),
        ("claims", "claimtransition"),
        ("sources", "entity"),
        ("sources", "source"),
        ("sources", "snapshot"),
    ]
]
ROLES = {
    "Fact-checker": (RECORDING, ["submit_claim"]),
    "Reviewer": (RECORDING, ["submit_claim", "publish_claim"]),
    "Editor": (READING, []),
}


def create_roles(apps, schema_editor):
    # Permissions are normally created after all migrations; this one needs them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, (model_perms, extra_codenames) in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        wanted = []
        for app_label, model, actions in model_perms:
            for action in actions:
                wanted.append(
                    Permission.objects.get(
                        content_type__app_label=app_label, codename=f"{action}_{model}"
                    )
                )
        for codename in extra_codenames:
            wanted.append(Permission.objects.get(content_type__app_label="claims", codename=codename))
        group.permissions.set(wanted)


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=ROLES).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0002_published_claim_needs_citation"),
        ("sources", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
