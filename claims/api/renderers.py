"""JSON out, quickly: the standard library's encoder was a tenth of the claim list's time."""

from collections.abc import Mapping
from typing import Any

import orjson
from rest_framework import renderers
from rest_framework.utils.encoders import JSONEncoder


class JSONRenderer(renderers.JSONRenderer):
    """DRF's JSONRenderer with orjson doing the encoding. Values orjson does not know (lazy
    translations, Decimals in error details) go through DRF's own encoder, so the output is
    what DRF would write, in compact form."""

    def render(
        self,
        data: Any,
        accepted_media_type: str | None = None,
        renderer_context: Mapping[str, Any] | None = None,
    ) -> bytes:
        if data is None:
            return b""
        if self.get_indent(accepted_media_type or "", dict(renderer_context or {})):
            return super().render(data, accepted_media_type, renderer_context)
        encoded = orjson.dumps(data, default=JSONEncoder().default, option=orjson.OPT_NON_STR_KEYS)
        # As DRF does: the two line separators that end a line in JavaScript are escaped. Looked
        # for first, as they are rare: a replace copies the whole answer (some 160 kB for a page
        # of claims, a tenth of a millisecond each).
        if b"\xe2\x80\xa8" in encoded or b"\xe2\x80\xa9" in encoded:
            encoded = encoded.replace(b"\xe2\x80\xa8", b"\\u2028").replace(
                b"\xe2\x80\xa9", b"\\u2029"
            )
        return encoded


class JSONLDRenderer(JSONRenderer):
    media_type = "application/ld+json"
    format = "jsonld"


class CSVRenderer(renderers.BaseRenderer):
    """Names text/csv for content negotiation: the figures' CSV is streamed by its view, so this
    only lets `Accept: text/csv` choose it. Errors on that view are answered in JSON."""

    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(
        self,
        data: Any,
        accepted_media_type: str | None = None,
        renderer_context: Mapping[str, Any] | None = None,
    ) -> bytes:
        return data if isinstance(data, bytes) else str(data or "").encode()
