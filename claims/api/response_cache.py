"""Hot read answers for anonymous clients, kept in the shared cache.

Anonymous clients all see the same thing (published claims), so one rendered answer serves every
one of them until content changes. Each copy holds the content generation (core.content_cache)
it was made under, which every committed write moves on, and is served only while that is still
the current one, so a claim that changes is never served from an older copy;
API_CACHE_SECONDS bounds how long a copy lives regardless. The generation is kept in the copy
rather than in its key so that both are read in one round trip to the cache.

Only answers for clients who are not logged in are kept: staff see drafts, and their answers must
never reach anyone else. The view's authentication, permissions and throttling run before the
cache is read, so a cached answer is refused to whoever would have been refused the fresh one."""

import functools
import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from rest_framework.request import Request
from rest_framework.response import Response

from claims.api.conditional import not_modified_since
from core.content_cache import content_generation_and

logger = logging.getLogger("tally.cache")

# Headers that belong to one answer, never to the copy served to the next client.
PER_REQUEST_HEADERS = frozenset({"set-cookie", "vary", "date"})

View = TypeVar("View")
Handler = Callable[..., Any]


@dataclass(frozen=True)
class CachedAnswer:
    generation: int
    status: int
    content: bytes
    headers: tuple[tuple[str, str], ...]

    def response(self, request: Request) -> HttpResponse:
        headers = dict(self.headers)
        etag = headers.get("ETag")
        if etag and not_modified_since(request, etag, headers.get("Last-Modified")):
            kept = {name: headers[name] for name in ("ETag", "Last-Modified") if name in headers}
            return HttpResponse(status=304, headers=kept)
        return HttpResponse(self.content, status=self.status, headers=headers)


def answer_key(request: Request) -> str | None:
    """Where this request's answer is kept, or None when it must not be cached."""
    seconds = settings.API_CACHE_SECONDS
    if seconds <= 0 or request.method != "GET" or request.user.is_authenticated:
        return None
    renderer = getattr(request, "accepted_media_type", "") or ""
    # Answers hold absolute URLs, so the host and scheme are part of what was asked.
    asked = f"{request.build_absolute_uri()}|{renderer}"
    digest = hashlib.sha256(asked.encode()).hexdigest()
    return f"tally:api:{digest}"


def _store(key: str, generation: int, response: Response) -> None:
    if response.status_code != 200:
        return
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


def cached_read(handler: Handler) -> Handler:
    """Serve a GET handler's answer from the cache for anonymous clients, and keep fresh
    answers for the next one."""

    @functools.wraps(handler)
    def serve(view: Any, request: Request, *args: Any, **kwargs: Any) -> Any:
        key = answer_key(request)
        if key is None:
            return handler(view, request, *args, **kwargs)
        generation, answer = content_generation_and(key)
        if generation is None:  # the cache is away: nothing can be told current
            return handler(view, request, *args, **kwargs)
        if isinstance(answer, CachedAnswer) and answer.generation == generation:
            return answer.response(request)
        response = handler(view, request, *args, **kwargs)
        if isinstance(response, Response) and response.status_code == 200:
            # Under the generation read before the answer was made: a write committed meanwhile
            # has moved it on, so this copy is never served as current after that write.
            response.add_post_render_callback(functools.partial(_store, key, generation))
        return response

    return serve
