"""The admin's autocomplete fields, safe from what is posted to them.

Django's AutocompleteSelect draws the chosen option by looking up every posted value in the
database, unchecked, before the form can call it an invalid choice: "abc" raises ValueError and
a number beyond bigint overflows the SQLite driver, a 500 on a page that should say "Select a
valid choice". Only values that are ids (core.ids) are looked up; the field's own error names
the rest. Every ModelAdmin and inline with `autocomplete_fields` takes IdAutocompleteAdmin."""

from collections.abc import Sequence
from typing import Any

from django.contrib.admin.widgets import AutocompleteSelect
from django.db.models import ForeignKey
from django.forms import ModelChoiceField
from django.http import HttpRequest

from core.ids import parse_id


class IdAutocompleteSelect(AutocompleteSelect):
    def optgroups(self, name: str, value: Sequence[str], attr: Any = None) -> Any:
        return super().optgroups(name, [v for v in value if parse_id(str(v)) is not None], attr)


class IdAutocompleteAdmin:
    """Mixed into a ModelAdmin or an inline, before it: its autocomplete fields use
    IdAutocompleteSelect."""

    def formfield_for_foreignkey(
        self, db_field: ForeignKey[Any, Any], request: HttpRequest, **kwargs: Any
    ) -> ModelChoiceField[Any] | None:
        admin: Any = self
        if "widget" not in kwargs and db_field.name in admin.get_autocomplete_fields(request):
            kwargs["widget"] = IdAutocompleteSelect(
                db_field, admin.admin_site, using=kwargs.get("using")
            )
        field: ModelChoiceField[Any] | None = super().formfield_for_foreignkey(  # type: ignore[misc]
            db_field, request, **kwargs
        )
        return field
