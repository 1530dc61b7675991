"""How long a search may be, wherever one is typed: the API's and the public pages' `q`
(claims.search) and every admin list's search box with the autocomplete behind its pickers.

Longer than any question a person types. Beyond SQLite's LIKE limit (50,000 bytes) the database
refuses the pattern with an OperationalError, which the outage middleware (core.resilience)
would answer as a 503 "database unavailable"; on PostgreSQL a long search is only slow. Either
way an overlong search is the asker's error, and is said to be."""

from typing import TYPE_CHECKING, Any

from django.contrib import messages
from django.db.models import Model, QuerySet
from django.http import HttpRequest

if TYPE_CHECKING:
    from django.contrib.admin import AdminSite

MAX_SEARCH_CHARS = 500
# %-style, as Django's validators fill it (limit_value, show_value).
TOO_LONG = "Search for at most %(limit_value)d characters (this is %(show_value)d)."


def too_long(search: str) -> str | None:
    """What is wrong with `search`, or None when it is within the limit."""
    if len(search) <= MAX_SEARCH_CHARS:
        return None
    return TOO_LONG % {"limit_value": MAX_SEARCH_CHARS, "show_value": len(search)}


class BoundedSearchAdmin:
    """Put before every ModelAdmin with search fields (bound_admin_searches): a search past the
    limit finds nothing and the list says why; the autocomplete behind an id picker answers an
    empty list."""

    def get_search_results(
        self, request: HttpRequest, queryset: QuerySet[Model], search_term: str
    ) -> tuple[QuerySet[Model], bool]:
        problem = too_long(search_term)
        if problem is None:
            found: tuple[QuerySet[Model], bool] = super().get_search_results(  # type: ignore[misc]
                request, queryset, search_term
            )
            return found
        match: Any = request.resolver_match
        if match is None or match.url_name != "autocomplete":
            messages.error(request, problem)
        return queryset.none(), False


def bound_admin_searches(site: "AdminSite") -> None:
    """Every ModelAdmin on `site` with search fields, the libraries' as well as ours (users,
    groups, tokens, login attempts), registered again as itself with BoundedSearchAdmin first.
    Run from core's ready(): the admin app, listed first, has imported every app's admin module
    by then, so no list is left out, and a new one needs nothing to be bounded."""
    for model, model_admin in list(site._registry.items()):
        if not model_admin.search_fields or isinstance(model_admin, BoundedSearchAdmin):
            continue
        kind = type(model_admin)
        bounded = type(kind.__name__, (BoundedSearchAdmin, kind), {"__module__": kind.__module__})
        site.unregister(model)
        site.register(model, bounded)
