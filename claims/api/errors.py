"""How the API reports the services' refusals: JSON naming the field and the problem."""

from typing import Any

from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.db import IntegrityError
from rest_framework import status
from rest_framework.exceptions import APIException
from rest_framework.response import Response
from rest_framework.settings import api_settings
from rest_framework.views import exception_handler

from claims.services import StaleClaimError


class PreconditionRequired(APIException):
    status_code = status.HTTP_428_PRECONDITION_REQUIRED
    default_detail = (
        "Send If-Match with the claim's ETag (from GET on the claim), so that an edit made "
        "meanwhile by someone else is not overwritten."
    )
    default_code = "precondition_required"


class PreconditionFailed(APIException):
    status_code = status.HTTP_412_PRECONDITION_FAILED
    default_detail = "The claim has changed since you read it. GET it again, then retry."
    default_code = "precondition_failed"


def validation_error_data(error: ValidationError) -> dict[str, list[str]]:
    if hasattr(error, "error_dict"):
        return {
            (api_settings.NON_FIELD_ERRORS_KEY if field == NON_FIELD_ERRORS else field): messages
            for field, messages in error.message_dict.items()
        }
    return {api_settings.NON_FIELD_ERRORS_KEY: error.messages}


def api_exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    if isinstance(exc, StaleClaimError):
        return Response(
            {"detail": exc.messages[0], "current_version": exc.current_version},
            status=status.HTTP_412_PRECONDITION_FAILED,
        )
    if isinstance(exc, ValidationError):
        return Response(validation_error_data(exc), status=status.HTTP_400_BAD_REQUEST)
    if isinstance(exc, PermissionDenied):
        detail = str(exc) or "You do not have permission to do this."
        return Response({"detail": detail}, status=status.HTTP_403_FORBIDDEN)
    if isinstance(exc, IntegrityError):
        # A database rule the services' checks did not foresee: refuse, having written nothing.
        return Response(
            {"detail": f"The database refused this change: {exc}".splitlines()[0]},
            status=status.HTTP_409_CONFLICT,
        )
    return exception_handler(exc, context)
