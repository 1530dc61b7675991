"""Request rate limits: per anonymous address and per account everywhere, and on the token
endpoint per address and over all addresses, with the admin's login lock-out; every 429 carries
Retry-After. A client's address is read one way for all of them (`client_address`)."""

import ipaddress
import logging
from datetime import datetime, timedelta
from typing import Any, cast

from axes.helpers import get_cool_off
from django.http import HttpRequest
from rest_framework import exceptions, throttling
from rest_framework.request import Request
from rest_framework.settings import api_settings

logger = logging.getLogger("tally.cache")


def client_address(request: HttpRequest | Request) -> str | None:
    """The address a request came from, as DRF's get_ident reads it: the connection's own, or
    with NUM_PROXIES (TALLY_TRUSTED_PROXIES) trusted proxies in front, the X-Forwarded-For entry
    the outermost of them added. Anything there that is not an address falls back to the
    connection's. django-axes reads it too (AXES_CLIENT_IP_CALLABLE), so the admin's lock-out,
    the token endpoint's and the throttles count the same client."""
    remote = request.META.get("REMOTE_ADDR")
    # get_ident reads only the headers and META, which a Django request has as well.
    ident = throttling.BaseThrottle().get_ident(cast(Request, request))
    try:
        return str(ipaddress.ip_address(ident))
    except ValueError:
        return str(remote) if remote else None


class _RatesFromSettings:
    """DRF reads the rates once, at import; these read them on each request, so that a changed
    REST_FRAMEWORK setting (and a test's override) takes effect."""

    scope: str | None

    def get_rate(self) -> str | None:
        rate = api_settings.DEFAULT_THROTTLE_RATES.get(self.scope or "")
        return str(rate) if rate else None

    def get_ident(self, request: Request) -> str:
        return client_address(request) or ""

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
    """Signed-in requests only: the account rate is for accounts, and an anonymous client has
    its own (AnonymousRateThrottle). DRF's counts an anonymous request by its address as well, a
    second read and write of the cache on every anonymous request, the answers served from the
    cache included."""

    def get_cache_key(self, request: Request, view: Any) -> str | None:
        if not request.user or not request.user.is_authenticated:
            return None
        return super().get_cache_key(request, view)


def anonymous_request_allowed(request: HttpRequest) -> bool:
    """Whether the API's throttles let an anonymous request through, counting it: for answers
    served before DRF sees the request (claims.api.response_cache). The same throttle classes
    as every cached view's, asked as DRF asks them, of a client that brought no credentials
    (no authenticators: DRF's anonymous user)."""
    anonymous = Request(request, authenticators=())
    throttles = cast(list[type[throttling.BaseThrottle]], api_settings.DEFAULT_THROTTLE_CLASSES)
    # The view is not asked for: the API-wide throttles key on the client alone.
    return all(throttle().allow_request(anonymous, None) for throttle in throttles)  # type: ignore[arg-type]


class LoginThrottled(exceptions.Throttled):
    extra_detail_singular = "Try again in {wait} second."
    extra_detail_plural = "Try again in {wait} seconds."


class LoginAddressThrottle(_RatesFromSettings, throttling.SimpleRateThrottle):
    """Token requests from one address, signed in or not, whatever their outcome: each failed
    guess costs one request."""

    scope = "login"
    message = "Too many login attempts from your address."

    def get_cache_key(self, request: Request, view: Any) -> str:
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}


class LoginOverallThrottle(_RatesFromSettings, throttling.SimpleRateThrottle):
    """Token requests from all addresses together: guesses spread over many addresses (one
    password tried against many usernames) meet a limit too."""

    scope = "login_overall"
    message = "Too many login attempts to this site right now."

    def get_cache_key(self, request: Request, view: Any) -> str:
        return self.cache_format % {"scope": self.scope, "ident": "all"}


def login_locked_until(request: Request) -> datetime | None:
    """After a refused login: until when django-axes, which locks the admin's logins, now locks
    this username from this address, or None if it does not. axes marks the request itself, so
    the API asks the admin's own rule rather than a copy of it. Every attempt during a lock-out
    restarts the cool-off (AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT), so the lock lifts
    one cool-off after this attempt."""
    if not getattr(request, "axes_locked_out", False):
        return None
    # config/settings.py always gives axes a cool-off (AXES_COOLOFF_MINUTES): no lock is for ever.
    cool_off: timedelta = get_cool_off(request) or timedelta(0)
    attempted: datetime = request.axes_attempt_time  # type: ignore[attr-defined]  # set by axes
    return attempted + cool_off
