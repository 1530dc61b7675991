"""The error responses each kind of operation can give, for the OpenAPI schema."""

from typing import Any

from drf_spectacular.utils import OpenApiParameter, OpenApiResponse

from claims.api.serializers import ErrorSerializer

FIELD_ERRORS = OpenApiResponse(
    response={
        "type": "object",
        "properties": {"detail": {"type": "string"}},
        # A list of messages per field; a nested field's list holds its items' errors.
        "additionalProperties": {"type": "array"},
    },
    description="Invalid input: each field named with what is wrong with it (or, for a body "
    "that is not JSON, a detail).",
)
DETAIL = {
    401: OpenApiResponse(ErrorSerializer, description="Not signed in (send a token)."),
    403: OpenApiResponse(ErrorSerializer, description="Refused: the detail says why."),
    404: OpenApiResponse(
        ErrorSerializer, description="No such object visible to you, or no such page."
    ),
    409: OpenApiResponse(ErrorSerializer, description="Refused by a database rule."),
    412: OpenApiResponse(ErrorSerializer, description="If-Match is not the claim's ETag."),
    415: OpenApiResponse(
        ErrorSerializer, description="The body's content type is not one this endpoint reads."
    ),
    428: OpenApiResponse(ErrorSerializer, description="If-Match is missing."),
    429: OpenApiResponse(ErrorSerializer, description="Too many requests; see Retry-After."),
}

IF_MATCH = OpenApiParameter(
    "If-Match",
    location=OpenApiParameter.HEADER,
    required=True,
    description="The claim's ETag, as the last GET of the claim (or the last write) returned it.",
)


def read_errors() -> dict[int, Any]:
    """404 for an object not found, or for a list's cursor that this API did not give."""
    return {400: FIELD_ERRORS, 404: DETAIL[404], 429: DETAIL[429]}


def write_errors(*, existing: bool = True) -> dict[int, Any]:
    codes = [401, 403, 404, 409, 412, 428, 429] if existing else [401, 403, 409, 429]
    return {400: FIELD_ERRORS, **{code: DETAIL[code] for code in codes}}


NO_NUL = "^[^\\u0000]*$"


def forbid_nul_characters(result: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
    """Say in the schema what every text input refuses: the NUL character (DRF's and Django's
    forms reject it, and PostgreSQL cannot store it)."""

    def constrain(schema: dict[str, Any]) -> None:
        if schema.get("type") == "string" and not {"enum", "format", "pattern"} & set(schema):
            schema["pattern"] = NO_NUL
        for key in ("items", "additionalProperties"):
            if isinstance(schema.get(key), dict):
                constrain(schema[key])
        for prop in schema.get("properties", {}).values():
            constrain(prop)

    for path in result.get("paths", {}).values():
        for operation in path.values():
            for parameter in operation.get("parameters", []):
                constrain(parameter.get("schema", {}))
    for name, component in result.get("components", {}).get("schemas", {}).items():
        if name.endswith("Request"):
            constrain(component)
    return result
