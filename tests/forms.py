"""Read an HTML form the way a browser submits it, so admin tests post what a user would."""

from html.parser import HTMLParser


class _FormParser(HTMLParser):
    def __init__(self, form_id: str | None) -> None:
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.in_form = False
        self.data: dict[str, list[str]] = {}
        self._select: str | None = None
        self._select_multiple = False
        self._select_first: str | None = None
        self._select_chosen = False
        self._textarea: str | None = None
        self._text: list[str] = []
        self._option_value: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = {key: (value or "") for key, value in attrs}
        if tag == "form" and (self.form_id is None or attr.get("id") == self.form_id):
            self.in_form = True
        if not self.in_form:
            return
        name = attr.get("name")
        if tag == "input" and name:
            kind = attr.get("type", "text")
            if kind in ("submit", "button", "image", "file", "reset"):
                return
            if kind in ("checkbox", "radio") and "checked" not in attr:
                return
            self.data.setdefault(name, []).append(
                attr.get("value", "on" if kind == "checkbox" else "")
            )
        elif tag == "select" and name:
            self._select = name
            self._select_multiple = "multiple" in attr
            self._select_first = None
            self._select_chosen = False
        elif tag == "option" and self._select is not None:
            value = attr.get("value")
            self._option_value = value
            if self._select_first is None and value is not None:
                self._select_first = value
            if "selected" in attr and value is not None:
                self.data.setdefault(self._select, []).append(value)
                self._select_chosen = True
        elif tag == "textarea" and name:
            self._textarea = name
            self._text = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "form" and self.in_form:
            self.in_form = False
        elif tag == "select" and self._select is not None:
            if (
                not self._select_chosen
                and not self._select_multiple
                and self._select_first is not None
            ):
                self.data.setdefault(self._select, []).append(self._select_first)
            self._select = None
        elif tag == "textarea" and self._textarea is not None:
            text = "".join(self._text)
            self.data.setdefault(self._textarea, []).append(
                text[1:] if text.startswith("\n") else text
            )
            self._textarea = None

    def handle_data(self, data: str) -> None:
        if self._textarea is not None:
            self._text.append(data)


def form_data(html: str, form_id: str | None = None) -> dict[str, object]:
    """The fields of the first form (or the one with `form_id`) with their current values."""
    parser = _FormParser(form_id)
    parser.feed(html)
    return {key: values if len(values) > 1 else values[0] for key, values in parser.data.items()}
