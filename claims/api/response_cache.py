"""Hot read answers for anonymous clients, kept in the shared cache.

Anonymous clients all see the same thing (published claims), so one rendered answer serves every
one of them until content changes. Each copy holds the content generation (core.content_cache)
it was made under, which every committed write moves on, and is served only while that is still
the current one, so a claim that changes is never served from an older copy;
API_CACHE_SECONDS bounds how long a copy lives regardless. The generation is kept in the copy
rather than in its key so that both are read in one round trip to the cache.

Which answers may be kept is the view's to say (`cached_read` on its handler); keeping and
serving them is AnonymousAnswerCacheMiddleware's, near the top of the middleware stack, so that a
copy is the answer as the whole stack finished it (its security policy, Vary and framing headers
included) and serving one skips the sessions, authentication, CSRF and DRF layers below, which
would only find out again that an anonymous client asked. Only requests that bring no credentials
at all (no Authorization header, no session cookie) are served from or kept in the cache: staff
see drafts, and their answers must never reach anyone else; a signed-in client always gets a
fresh answer. The API's throttles count an answer from the cache as they count a fresh one."""

import functools
import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.urls import Resolver404, resolve
from rest_framework.request import Request
from rest_framework.response import Response

from claims.api.conditional import not_modified_since
from claims.api.throttling import anonymous_request_allowed
from core.content_cache import content_generation_and

logger = logging.getLogger("tally.cache")

# Headers that belong to one answer, never to the copy served to the next client.
PER_REQUEST_HEADERS = frozenset({"set-cookie", "date"})
# What a 304 from a copy carries over from it (RFC 9110 15.4.5: the validators and Vary).
NOT_MODIFIED_HEADERS = ("ETag", "Last-Modified", "Vary")
# An Accept header is part of a copy's key (it picks the answer's format); one longer than any
# client sends is answered fresh rather than given a copy of its own.
MAX_ACCEPT_CHARS = 200
# Set by cached_read on an answer the view allows to be kept for anyone, and on the handler.
KEEP_FOR_ANYONE = "_tally_keep_for_anyone"

View = TypeVar("View")
Handler = Callable[..., Any]


@dataclass(frozen=True)
class CachedAnswer:
    generation: int
    status: int
    content: bytes
    headers: tuple[tuple[str, str], ...]

    def response(self, request: HttpRequest) -> HttpResponse:
        headers = dict(self.headers)
        etag = headers.get("ETag")
        if etag and not_modified_since(request, etag, headers.get("Last-Modified")):
            kept = {name: headers[name] for name in NOT_MODIFIED_HEADERS if name in headers}
            return HttpResponse(status=304, headers=kept)
        return HttpResponse(self.content, status=self.status, headers=headers)


def answer_key(request: HttpRequest) -> str | None:
    """Where this request's answer is kept, or None when it must not be cached: the cache is
    off, the request is not a GET, or it brings credentials."""
    if settings.API_CACHE_SECONDS <= 0 or request.method != "GET":
        return None
    if "HTTP_AUTHORIZATION" in request.META or request.COOKIES.get(settings.SESSION_COOKIE_NAME):
        return None
    accept = request.META.get("HTTP_ACCEPT", "")
    if len(accept) > MAX_ACCEPT_CHARS:
        return None
    # Answers hold absolute URLs, so the host and scheme are part of what was asked; the Accept
    # header (with the URL's ?format=) decides which renderer answers.
    asked = f"{request.build_absolute_uri()}|{accept}"
    digest = hashlib.sha256(asked.encode()).hexdigest()
    return f"tally:api:{digest}"


def _kept_by_its_view(request: HttpRequest) -> bool:
    """Whether the view that answers this GET keeps its answers (cached_read on its handler):
    no other request costs a round trip to the cache."""
    try:
        match = resolve(request.path_info, getattr(request, "urlconf", None))
    except Resolver404:
        return False
    view_class = getattr(match.func, "cls", None)  # DRF's views and viewsets
    handler_name = (getattr(match.func, "actions", None) or {}).get("get", "get")
    return bool(getattr(getattr(view_class, handler_name, None), KEEP_FOR_ANYONE, False))


def _keepable(response: HttpResponse) -> bool:
    return (
        response.status_code == 200
        and getattr(response, KEEP_FOR_ANYONE, False)
        # An answer that holds a CSRF token (the browsable API's pages) is its client's own:
        # Django sets the token's cookie on every answer that used it.
        and settings.CSRF_COOKIE_NAME not in response.cookies
    )


def _store(key: str, generation: int, response: HttpResponse) -> None:
    headers = tuple(
        (name, value)
        for name, value in response.headers.items()
        if name.lower() not in PER_REQUEST_HEADERS
    )
    answer = CachedAnswer(generation, response.status_code, bytes(response.content), headers)
    try:
        cache.set(key, answer, settings.API_CACHE_SECONDS)
    except Exception:
        logger.warning("API cache unavailable", exc_info=True)


class AnonymousAnswerCacheMiddleware:
    """Serve anonymous API reads from the cache, and keep the fresh answers views allow."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        key = answer_key(request) if request.path_info.startswith("/api/") else None
        if key is None or not _kept_by_its_view(request):
            return self.get_response(request)
        generation, answer = content_generation_and(key)
        if generation is None:  # the cache is away: nothing can be told current
            return self.get_response(request)
        # A throttled client goes on to the view, whose throttle answers the 429 it always has.
        if (
            isinstance(answer, CachedAnswer)
            and answer.generation == generation
            and anonymous_request_allowed(request)
        ):
            return answer.response(request)
        response = self.get_response(request)
        if isinstance(response, HttpResponse) and _keepable(response):
            # Under the generation read before the answer was made: a write committed meanwhile
            # has moved it on, so this copy is never served as current after that write.
            _store(key, generation, response)
        return response


def cached_read(handler: Handler) -> Handler:
    """Allow a GET handler's answers to anonymous clients to be kept for the next one
    (AnonymousAnswerCacheMiddleware keeps and serves them)."""

    @functools.wraps(handler)
    def serve(view: Any, request: Request, *args: Any, **kwargs: Any) -> Any:
        response = handler(view, request, *args, **kwargs)
        if isinstance(response, Response) and not request.user.is_authenticated:
            setattr(response, KEEP_FOR_ANYONE, True)
        return response

    setattr(serve, KEEP_FOR_ANYONE, True)
    return serve
