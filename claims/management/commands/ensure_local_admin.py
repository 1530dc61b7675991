"""python manage.py ensure_local_admin: a local superuser with a freshly generated password."""

import secrets
from typing import Any

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db.models import Field


class Command(BaseCommand):
    help = "Create or reset the local admin account with a new random password, and print it."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--username", default="admin")

    def handle(self, *args: Any, **options: Any) -> None:
        username: str = options["username"]
        password = secrets.token_urlsafe(15)
        user_model = get_user_model()
        # The username field's own rules (not empty, at most 150 characters, letters, digits and
        # @.+-_): an account nobody can log in as, or a driver error, is refused with a message.
        field = user_model._meta.get_field(user_model.USERNAME_FIELD)
        assert isinstance(field, Field)  # a column of the user table, not a relation
        try:
            field.clean(username, None)
        except ValidationError as error:
            raise CommandError(f"--username {username!r}: {' '.join(error.messages)}") from error
        user, created = user_model.objects.get_or_create(username=username)
        user.is_staff = True
        user.is_superuser = True
        user.is_active = True
        user.set_password(password)
        user.save()
        verb = "Created" if created else "Reset the password of"
        self.stdout.write(f"{verb} the local admin account.")
        self.stdout.write(f"  username: {username}")
        self.stdout.write(f"  password: {password}")
