"""Template helpers for the public pages."""

import json
from typing import Any

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

register = template.Library()

# What could end a <script> element or start markup inside it, as JSON escapes.
_SCRIPT_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


@register.filter
def json_ld(data: Any) -> SafeString:
    """A JSON-LD <script> block. Django's json_script cannot set type="application/ld+json";
    this escapes the same characters it does, so "</script>" in a claim stays text."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=1)
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(text.translate(_SCRIPT_ESCAPES)),  # noqa: S308  (escaped just above)
    )


@register.filter
def css_token(value: str) -> str:
    """A choice value as a CSS class fragment: mostly_accurate -> mostly-accurate."""
    return str(value).replace("_", "-")
