"""The embeddable card, the script that resizes its frame, and the oEmbed endpoint.

The card view never touches request.user or the session, so no cookie and no Vary: Cookie
reach a card, whoever asks for it."""

import re
from urllib.parse import parse_qs, urlsplit

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.http.request import split_domain_port, validate_host
from django.template.loader import render_to_string
from django.urls import Resolver404, resolve
from django.utils.cache import get_conditional_response
from django.views.decorators.http import require_safe

from claims.embed import (
    RESIZE_SCRIPT_PATH,
    CardError,
    CardOptions,
    card_headers,
    card_options,
    card_state,
    oembed_payload,
    render_card,
)
from claims.models import Claim
from core.ids import parse_id

_JSON_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


@require_safe
def claim_card(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        options = card_options(request.GET)
        state = card_state(pk, options)
    except CardError as error:
        html = render_to_string("claims/card_error.html", {"message": error.message})
        return card_headers(HttpResponse(html, status=error.status), etag=None)
    etag = state.etag(options)
    not_modified = get_conditional_response(request, etag=etag)
    if not_modified is not None:
        return card_headers(not_modified, etag=etag)
    return card_headers(HttpResponse(render_card(state, options)), etag=etag)


_resize_script: bytes | None = None


@require_safe
def embed_resize_script(request: HttpRequest) -> HttpResponse:
    """Served at a fixed address (not a hashed static name) because editors paste it into pages
    we never see again."""
    global _resize_script
    if _resize_script is None:
        _resize_script = RESIZE_SCRIPT_PATH.read_bytes()
    response = HttpResponse(_resize_script, content_type="text/javascript; charset=utf-8")
    response["Cache-Control"] = "public, max-age=86400"
    response["Access-Control-Allow-Origin"] = "*"
    return response


def _oembed_error(message: str, status: int) -> HttpResponse:
    return HttpResponse(message, status=status, content_type="text/plain; charset=utf-8")


# A size is digits, as many as the consumer likes: "99999999999999999999" pixels is no limit at
# all, not an error. Only the first digits are read, so a 100,000-digit size costs nothing.
_PIXELS = re.compile(r"[0-9]+")
_PIXELS_READ = 9


def _pixels(raw: str) -> int | None:
    """A maxwidth or maxheight: a whole number of pixels from 1 up, or None when it is not one."""
    if not _PIXELS.fullmatch(raw):
        return None
    digits = raw.lstrip("0")
    if not digits:
        return None  # zero pixels
    return int(digits) if len(digits) <= _PIXELS_READ else 10**_PIXELS_READ


def _is_our_host(netloc: str, request: HttpRequest) -> bool:
    if netloc == request.get_host():
        return True
    domain, _port = split_domain_port(netloc)
    return bool(domain) and validate_host(domain, settings.ALLOWED_HOSTS)


@require_safe
def oembed(request: HttpRequest) -> HttpResponse:
    """oEmbed 1.0 for claim pages and cards: JSON only (501 for any other format), 400 for a
    URL that is missing or not ours, 404 for a claim that is not published. A retracted claim
    answers 200, titled "Retracted: …", with the card that shows the retraction and its reason
    (see oembed_payload)."""
    if request.GET.get("format", "json") != "json":
        return _oembed_error("Only format=json is supported.", 501)
    url = request.GET.get("url", "").strip()
    if not url:
        return _oembed_error("Give the claim page's address as ?url=.", 400)
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018  (reading it checks it: "http://host:99999/" raises)
    except ValueError:
        return _oembed_error("The url is not a valid address.", 400)
    if parts.scheme not in ("http", "https") or not _is_our_host(parts.netloc, request):
        return _oembed_error("The url must be a claim page on this site.", 400)
    try:
        match = resolve(parts.path)
    except Resolver404:
        return _oembed_error("No claim at this address.", 404)
    if match.url_name not in ("claim_page", "claim_page_slug", "claim_card"):
        return _oembed_error("No claim at this address.", 404)
    claim = Claim.objects.public().with_related().filter(pk=match.kwargs["pk"]).first()
    if claim is None:
        return _oembed_error("This claim is not published, or does not exist.", 404)
    sizes: dict[str, int | None] = {}
    for name in ("maxwidth", "maxheight"):
        raw = request.GET.get(name, "")
        sizes[name] = _pixels(raw) if raw else None
        if raw and sizes[name] is None:
            return _oembed_error(f"{name} must be a whole number of pixels, 1 or more.", 400)
    raw_version = parse_qs(parts.query).get("version", [""])[0]
    version = parse_id(raw_version)
    if raw_version and version is None:
        return _oembed_error("The url's version must be a whole number, 1 or more.", 400)
    if version is not None:
        # The card pinned to a version the claim never had says so in its frame; the oEmbed answer
        # must say it too, or a consumer embeds an error as if it were the fact-check.
        try:
            card_state(claim.pk, CardOptions(version=version))
        except CardError as error:
            return _oembed_error(error.message, error.status)
    payload = oembed_payload(
        claim,
        request,
        maxwidth=sizes["maxwidth"],
        maxheight=sizes["maxheight"],
        version=version,
    )
    response = JsonResponse(payload, json_dumps_params={"ensure_ascii": False})
    # JSON is never HTML, but escape what could close a <script> if someone inlines it.
    response.content = response.content.decode().translate(_JSON_ESCAPES).encode()
    response["Access-Control-Allow-Origin"] = "*"
    response["Cache-Control"] = "public, max-age=300"
    return response
