"""Request rate limits per anonymous address and per account; a 429 carries Retry-After."""

from rest_framework import throttling
from rest_framework.settings import api_settings


class _RatesFromSettings:
    """DRF reads the rates once, at import; these read them on each request, so that a changed
    REST_FRAMEWORK setting (and a test's override) takes effect."""

    scope: str | None

    def get_rate(self) -> str | None:
        rate = api_settings.DEFAULT_THROTTLE_RATES.get(self.scope or "")
        return str(rate) if rate else None


class AnonymousRateThrottle(_RatesFromSettings, throttling.AnonRateThrottle):
    pass


class UserRateThrottle(_RatesFromSettings, throttling.UserRateThrottle):
    pass
