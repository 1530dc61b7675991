"""Writes every authentication event to the "tally.auth" log. Logging only: no business logic
hangs on these signals."""

import logging
from typing import Any

from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver
from django.http import HttpRequest

logger = logging.getLogger("tally.auth")


def _address(request: HttpRequest | None) -> str:
    if request is None:
        return "-"
    return str(request.META.get("REMOTE_ADDR", "-"))


@receiver(user_logged_in)
def log_login(sender: Any, request: HttpRequest | None, user: Any, **kwargs: Any) -> None:
    logger.info("login user=%s from=%s", user.get_username(), _address(request))


@receiver(user_logged_out)
def log_logout(sender: Any, request: HttpRequest | None, user: Any, **kwargs: Any) -> None:
    logger.info("logout user=%s from=%s", user.get_username() if user else "-", _address(request))


@receiver(user_login_failed)
def log_login_failure(
    sender: Any, credentials: dict[str, Any], request: HttpRequest | None = None, **kwargs: Any
) -> None:
    logger.warning(
        "login failed user=%s from=%s", credentials.get("username", "-"), _address(request)
    )
