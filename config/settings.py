"""Tally's one settings module: every value comes from the environment, with safe local defaults."""

import os
import re
from pathlib import Path
from typing import Any

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent

_ENV_FILE_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def read_env_file(path: Path) -> dict[str, str]:
    """KEY=VALUE lines; blank lines and lines starting with # are skipped, and a value may be
    wrapped in matching quotes. Anything else stops the process naming the line: a broken .env
    is the local developer's to fix, and a traceback into Django would hide which line it is."""
    values: dict[str, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        key, equals, value = stripped.partition("=")
        key, value = key.strip(), value.strip()
        if not equals or not _ENV_FILE_KEY.fullmatch(key):
            raise SystemExit(f"{path}, line {number}: expected KEY=VALUE, got {line!r}")
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        values[key] = value
    return values


def _env_file() -> Path | None:
    """This checkout's .env beside manage.py (written by `make install`), if there is one;
    TALLY_ENV_FILE names another file, or none when empty (tests that need production)."""
    named = os.environ.get("TALLY_ENV_FILE")
    if named is None:
        default = BASE_DIR / ".env"
        return default if default.is_file() else None
    if named == "":
        return None
    if not Path(named).is_file():
        raise SystemExit(f"TALLY_ENV_FILE names {named}, which is not a file")
    return Path(named)


# Real environment variables win over the file's lines; production has no .env at all.
ENV_FILE = _env_file()
if ENV_FILE is not None:
    for _key, _value in read_env_file(ENV_FILE).items():
        os.environ.setdefault(_key, _value)


def envbool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    if raw.lower() in {"1", "true", "yes", "on"}:
        return True
    if raw.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, got {raw!r}")


def envint(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be an integer, got {raw!r}") from exc


def envlist(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


def envrate(name: str, default: str) -> str | None:
    """A request rate as DRF reads it ("10/minute"); empty turns it off. Checked here, since a
    rate DRF cannot read would fail every request it applies to."""
    raw = os.environ.get(name)
    if raw is None:
        return default
    if raw.strip() == "":
        return None
    if not re.fullmatch(r"[0-9]+/(s|sec|second|m|min|minute|h|hour|d|day)", raw.strip()):
        raise ImproperlyConfigured(f"{name} must be a rate such as 10/minute, got {raw!r}")
    return raw.strip()


DEBUG = envbool("DEBUG", False)
# A developer's checkout (its .env, or the Makefile): static files straight from the app folders,
# cookies over plain http, and a stand-in secret. Never set in production.
LOCAL_CHECKOUT = envbool("TALLY_LOCAL", False)

# A local checkout needs no secret, but a production process (DEBUG off, no TALLY_LOCAL) must be
# given one; a committed default would be a leaked key.
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if LOCAL_CHECKOUT or DEBUG:
        SECRET_KEY = "local-only-insecure-key-" + str(BASE_DIR)
    else:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set"
            + (f" (neither in the environment nor in {ENV_FILE})" if ENV_FILE else "")
            + ". In production, set SECRET_KEY in the environment. In a local checkout, run "
            "`make install` once (it writes .env with TALLY_LOCAL=true), or set TALLY_LOCAL=true."
        )

ALLOWED_HOSTS = envlist("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]", "testserver"])
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "simple_history",
    "csp",
    "axes",
    "core",
    "sources",
    "claims",
    "intake",
    "webhooks",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "claims.api.middleware.RequestSizeLimitMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Anonymous API reads from the answer cache, before the layers that would only find out that
    # nobody signed in (claims.api.response_cache).
    "claims.api.response_cache.AnonymousAnswerCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # A Content-Security-Policy on every response that has none of its own (cards set theirs).
    "csp.middleware.CSPMiddleware",
    "claims.api.middleware.VaryOnCredentialsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "core.resilience.DatabaseUnavailableMiddleware",
    # Last, as django-axes asks: it answers locked-out logins.
    "axes.middleware.AxesMiddleware",
]

# Everything is served from this origin: no CDN, no third-party script, no framing (cards, which
# may be framed anywhere, send a policy of their own). Inline style attributes are allowed;
# inline scripts are not.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Login lock-out, for the admin and the API's token endpoint alike: after AXES_FAILURE_LIMIT
# failures for one username from one address, that pair is locked out for AXES_COOLOFF_MINUTES.
# Every failure and lock-out is logged.
AXES_FAILURE_LIMIT = envint("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = envint("AXES_COOLOFF_MINUTES", 15) / 60
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
# The address as the API's throttles read it (TALLY_TRUSTED_PROXIES), not the proxy's.
AXES_CLIENT_IP_CALLABLE = "claims.api.throttling.client_address"
# An attempt during a lock-out restarts it (axes' default, stated because the token endpoint's
# answer, "locked until", counts on it).
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = True
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "admin/locked_out.html"

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

# SQLite is the zero-setup default; production and CI set DATABASE_URL to PostgreSQL.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=envint("DB_CONN_MAX_AGE", 0),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Readers and the single writer stop blocking each other, and a busy database waits
    # instead of failing at once with "database is locked".
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        }
    )


def _postgres_options(database: Any) -> None:
    options = database.setdefault("OPTIONS", {})
    # psycopg prepares a query on the server after this many runs on one connection. It matters
    # for the claim documents' generated query (claims.documents), whose planning costs more
    # than running it for one claim; Django's ORM cursors are never prepared whatever this says.
    # 0 turns it off: needed behind PgBouncer in transaction mode before 1.21, or without its
    # max_prepared_statements (docs/deploy.md).
    options.setdefault("prepare_threshold", envint("DB_PREPARE_THRESHOLD", 5) or None)
    # Floats in the documents' JSON are written by the server: the same digits on every server
    # and behind any pooler, whatever its defaults. JIT off: a search whose ORs of subqueries
    # the planner overestimates crossed jit_above_cost and spent a second compiling a query
    # that runs in 60 ms (measured at 100,000 claims); no query of a web request runs long
    # enough to repay compiling it.
    options.setdefault("options", "-c extra_float_digits=1 -c jit=off")


if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    _postgres_options(DATABASES["default"])
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
    if envbool("DB_POOL", False):
        # psycopg's pool replaces persistent connections; Django requires CONN_MAX_AGE 0 with it.
        DATABASES["default"]["CONN_MAX_AGE"] = 0
        DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {
            "min_size": envint("DB_POOL_MIN", 2),
            "max_size": envint("DB_POOL_MAX", 10),
            "timeout": envint("DB_POOL_TIMEOUT", 10),
        }

if os.environ.get("DATABASE_REPLICA_URL"):
    DATABASES["replica"] = dj_database_url.parse(
        os.environ["DATABASE_REPLICA_URL"], conn_max_age=envint("DB_CONN_MAX_AGE", 0)
    )
    if DATABASES["replica"]["ENGINE"] == "django.db.backends.postgresql":
        _postgres_options(DATABASES["replica"])
    # Under test the replica is the primary's mirror: same data, its own connection.
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
    DATABASE_ROUTERS = ["core.routers.PrimaryReplicaRouter"]


def _cache_from_url(url: str) -> dict[str, object]:
    if url.startswith(("redis://", "rediss://", "unix://")):
        return {
            "BACKEND": "core.cache.RedisCache",
            "LOCATION": url,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "tally"),
            "TIMEOUT": envint("CACHE_TIMEOUT", 300),
        }
    if url in ("", "locmem://"):
        return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "tally"}
    if url == "dummy://":
        return {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
    raise ImproperlyConfigured(
        f"CACHE_URL must be redis://, rediss://, locmem:// or dummy://, got {url!r}"
    )


CACHES = {"default": _cache_from_url(os.environ.get("CACHE_URL", ""))}

# Anonymous read-API answers are kept this long at most (claims.api.response_cache); any write
# makes them stale at once, on every app server (core.content_cache). 0 turns the cache off.
API_CACHE_SECONDS = envint("API_CACHE_SECONDS", 60)

# Bodies larger than this are refused with 413 (claims, figures and citations are small).
DATA_UPLOAD_MAX_MEMORY_SIZE = envint("DATA_UPLOAD_MAX_MEMORY_SIZE", 1_000_000)

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG or LOCAL_CHECKOUT
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
# Under runserver and the test client, whitenoise serves straight from the app folders.
WHITENOISE_USE_FINDERS = DEBUG or LOCAL_CHECKOUT

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_SECURE = envbool("SESSION_COOKIE_SECURE", not DEBUG and not LOCAL_CHECKOUT)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_SSL_REDIRECT = envbool("SECURE_SSL_REDIRECT", False)
SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = envbool("SECURE_HSTS_INCLUDE_SUBDOMAINS", SECURE_HSTS_SECONDS > 0)
SECURE_HSTS_PRELOAD = envbool("SECURE_HSTS_PRELOAD", False)
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Behind a TLS-terminating proxy, trust its X-Forwarded-Proto only when told to.
if envbool("SECURE_PROXY_SSL_HEADER", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_HTTPONLY = True

# Where the seed loader looks for the five source articles by default.
TALLY_ARTICLES_DIR = Path(
    os.environ.get("TALLY_ARTICLES_DIR", str(BASE_DIR.parent / "shared" / "articles"))
)

# Article intake fetching a URL: seconds to wait, bytes to read at most, and whether loopback or
# private addresses may be fetched (never in production: it would let a URL probe the network).
TALLY_FETCH_TIMEOUT = envint("TALLY_FETCH_TIMEOUT", 10)
TALLY_FETCH_MAX_BYTES = envint("TALLY_FETCH_MAX_BYTES", 5_000_000)
TALLY_FETCH_ALLOW_PRIVATE = envbool("TALLY_FETCH_ALLOW_PRIVATE", False)
# The longest article text intake reads, pasted or fetched (intake.ingest.require_readable_length).
TALLY_INTAKE_MAX_CHARACTERS = envint("TALLY_INTAKE_MAX_CHARACTERS", 200_000)
# Re-checking cited URL sources (claims.services.recheck): a source is due this many hours after
# its last re-fetch; each run asks one host at most this many times, this many milliseconds apart.
TALLY_RECHECK_EVERY_HOURS = envint("TALLY_RECHECK_EVERY_HOURS", 24)
TALLY_RECHECK_PER_HOST = envint("TALLY_RECHECK_PER_HOST", 10)
TALLY_RECHECK_HOST_DELAY_MS = envint("TALLY_RECHECK_HOST_DELAY_MS", 2000)

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        # Token first: an anonymous write then gets 401 with WWW-Authenticate, not a bare 403.
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticatedOrReadOnly"],
    "DEFAULT_PARSER_CLASSES": [
        "claims.api.parsers.JSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    # Addresses behind this many trusted proxies are read from X-Forwarded-For for the anonymous
    # throttle; 0 (the default) reads the connection's own address, so a client cannot reset its
    # count by sending the header.
    "NUM_PROXIES": envint("TALLY_TRUSTED_PROXIES", 0),
    "DEFAULT_RENDERER_CLASSES": [
        "claims.api.renderers.JSONRenderer",
        "rest_framework.renderers.BrowsableAPIRenderer",
    ],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "claims.api.errors.api_exception_handler",
    "DEFAULT_THROTTLE_CLASSES": [
        "claims.api.throttling.AnonymousRateThrottle",
        "claims.api.throttling.UserRateThrottle",
    ],
    # Requests per client (address when anonymous, account when signed in); "" turns one off.
    # The token endpoint has its own, failed attempts counting: per address, enough for a person
    # and a script that retries (tokens last, so a client asks rarely), while a guesser gets 10
    # a minute; and over all addresses, far above a newsroom's logins but a ceiling on guesses
    # spread over many addresses. The lock-out (AXES_*) still stops one username's guesses.
    "DEFAULT_THROTTLE_RATES": {
        "anon": envrate("API_THROTTLE_ANON", "600/minute"),
        "user": envrate("API_THROTTLE_USER", "3000/minute"),
        "login": envrate("API_THROTTLE_LOGIN", "10/minute"),
        "login_overall": envrate("API_THROTTLE_LOGIN_OVERALL", "100/minute"),
    },
    "TEST_REQUEST_DEFAULT_FORMAT": "json",
    # Formats are chosen by the Accept header only; ?format= would be one more way to fail.
    "URL_FORMAT_OVERRIDE": None,
}

SPECTACULAR_SETTINGS = {
    "TITLE": "Tally API",
    "DESCRIPTION": "Verified claims and figures with their provenance, and a write API for "
    "fact-checkers. Anonymous clients see published claims only.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    # The documentation pages load their assets from this server, never from a CDN.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "claims.api.schema.forbid_nul_characters",
    ],
    "ENUM_NAME_OVERRIDES": {
        "ClaimStatusEnum": "claims.models.ClaimStatus",
        "VerdictEnum": "claims.models.Verdict",
        "DatePrecisionEnum": "sources.models.DatePrecision",
        "EntityKindEnum": "sources.models.EntityKind",
        "SourceKindEnum": "sources.models.SourceKind",
        "VersionKindEnum": "claims.models.VersionKind",
        "BasisUnitEnum": "claims.models.BASIS_UNITS",
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # axes announces itself on every start; its failures and lock-outs are warnings.
    "loggers": {"axes": {"level": "WARNING"}},
}

# The fact-checking organisation: author of every ClaimReview, of the cards' summaries and of
# oEmbed answers (author_name and provider_name).
TALLY_PUBLISHER_NAME = os.environ.get("TALLY_PUBLISHER_NAME", "Tally")
# The fact-checking organisation's home page, oEmbed's author_url; empty means this site's home.
TALLY_PUBLISHER_URL = os.environ.get("TALLY_PUBLISHER_URL", "")

# This site's own address (scheme and host), for links in what Tally sends outside a request:
# webhook bodies. Production sets it; a local run defaults to the development server.
TALLY_SITE_URL = os.environ.get(
    "TALLY_SITE_URL", "http://127.0.0.1:8000" if envbool("TALLY_LOCAL", False) else ""
)
# Webhooks (the webhooks app): where subscribers may be (the address rules of article fetching:
# no loopback or private address unless allowed, never in production) and how long a POST waits.
TALLY_WEBHOOK_ALLOW_PRIVATE = envbool("TALLY_WEBHOOK_ALLOW_PRIVATE", False)
TALLY_WEBHOOK_TIMEOUT = envint("TALLY_WEBHOOK_TIMEOUT", 10)

# Reverting from the history page would write a claim around the services (and their version
# check, two-person rule and workflow); history is for reading.
SIMPLE_HISTORY_REVERT_DISABLED = True

# Background jobs (core.jobs; docs/deploy.md): Django's tasks framework (the django-tasks
# backport until Django 6) with its database backend, so jobs live in DATABASE_URL, SQLite or
# PostgreSQL, and `manage.py db_worker` processes, as many as wanted on any machine, run them.
INSTALLED_APPS += ["django_tasks", "django_tasks_db"]
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# A job's defaults, each overridable per job (@job(retries=…, backoff=…, time_limit=…)): retries
# after the first attempt, the wait before the first retry (doubling each time, at most
# JOBS_MAX_BACKOFF_SECONDS), and the time an attempt may run before it is stopped.
JOBS_RETRIES = envint("JOBS_RETRIES", 3)
JOBS_BACKOFF_SECONDS = envint("JOBS_BACKOFF_SECONDS", 30)
JOBS_MAX_BACKOFF_SECONDS = envint("JOBS_MAX_BACKOFF_SECONDS", 3600)
JOBS_TIME_LIMIT_SECONDS = envint("JOBS_TIME_LIMIT_SECONDS", 300)
# A running attempt with no outcome this long after its time limit has lost its worker (killed,
# machine gone): the scheduler marks it and retries it.
JOBS_STALLED_GRACE_SECONDS = envint("JOBS_STALLED_GRACE_SECONDS", 60)
# Finished jobs (and their attempts) are deleted after this many days; their keys with them.
JOBS_KEEP_DAYS = envint("JOBS_KEEP_DAYS", 30)
# A periodic job's successful runs are deleted sooner, after this many hours: webhook planning
# runs every 10 seconds, 8,640 runs a day that say only that it ran. Its failures keep 30 days.
JOBS_KEEP_PERIODIC_HOURS = envint("JOBS_KEEP_PERIODIC_HOURS", 24)
