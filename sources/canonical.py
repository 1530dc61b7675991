"""URL canonicalisation, so that one document has one Source whatever link it arrived by."""

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters that track the click, not the document.
_TRACKING_PREFIXES = ("utm_",)
_TRACKING_PARAMS = frozenset({"fbclid", "gclid", "mc_cid", "mc_eid", "ref", "ref_src", "igshid"})
_DEFAULT_PORTS = {"http": 80, "https": 443}


class InvalidURL(ValueError):
    """An address that cannot be read at all: a port out of range, an unclosed IPv6 host."""


def canonicalize_url(url: str) -> str:
    """Return the canonical form of an http(s) URL; "" stays "".

    Lowercases scheme and host, drops the default port, the fragment and tracking parameters,
    sorts what remains of the query, and trims a trailing slash from non-root paths. Raises
    InvalidURL, saying why, for an address that cannot be read.
    """
    url = url.strip()
    if not url:
        return ""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise InvalidURL(f"“{url[:100]}” is not a valid address ({exc}).") from exc
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if port and _DEFAULT_PORTS.get(scheme) != port:
        host = f"{host}:{port}"
    if parts.username:
        userinfo = parts.username + (f":{parts.password}" if parts.password else "")
        host = f"{userinfo}@{host}"
    path = parts.path or "/"
    if len(path) > 1 and path.endswith("/"):
        path = path.rstrip("/") or "/"
    query = urlencode(
        sorted(
            (key, value)
            for key, value in parse_qsl(parts.query, keep_blank_values=True)
            if key.lower() not in _TRACKING_PARAMS
            and not key.lower().startswith(_TRACKING_PREFIXES)
        )
    )
    return urlunsplit((scheme, host, path, query, ""))
