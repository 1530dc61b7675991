"""Request rate limits per anonymous address and per account; a 429 carries Retry-After."""

import logging
from typing import Any

from rest_framework import throttling
from rest_framework.settings import api_settings

logger = logging.getLogger("tally.cache")


class _RatesFromSettings:
    """DRF reads the rates once, at import; these read them on each request, so that a changed
    REST_FRAMEWORK setting (and a test's override) takes effect."""

    scope: str | None

    def get_rate(self) -> str | None:
        rate = api_settings.DEFAULT_THROTTLE_RATES.get(self.scope or "")
        return str(rate) if rate else None

    def allow_request(self, request: Any, view: Any) -> bool:
        # The counters live in the cache. When it is away the API stays up, unthrottled, rather
        # than failing every request: the outage is logged and /healthz reports it.
        try:
            return bool(super().allow_request(request, view))  # type: ignore[misc]
        except Exception:
            logger.warning("throttle counters unavailable; request let through", exc_info=True)
            return True


class AnonymousRateThrottle(_RatesFromSettings, throttling.AnonRateThrottle):
    pass


class UserRateThrottle(_RatesFromSettings, throttling.UserRateThrottle):
    pass
