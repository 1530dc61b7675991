"""The claim page's "How we checked the numbers": each figure's arithmetic checks
(claims.arithmetic), for the figures that have any."""

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django import template

from claims import arithmetic

register = template.Library()


@dataclass(frozen=True)
class CheckedFigure:
    figure: Any
    checks: list[arithmetic.Check]


@register.simple_tag
def checked_figures(items: Iterable[Any]) -> list[CheckedFigure]:
    """`items`: figures, or the page's figure rows (each with its `.figure`)."""
    found = []
    for item in items:
        figure = getattr(item, "figure", item)
        checks = arithmetic.figure_checks(arithmetic.facts_of_figure(figure))
        if checks:
            found.append(CheckedFigure(figure, checks))
    return found
