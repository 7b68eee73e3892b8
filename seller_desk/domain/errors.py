"""Known problems: typed errors that carry a translatable message and the offending item."""

from __future__ import annotations

from collections.abc import Mapping


class KnownError(Exception):
    """A problem the user can understand and act on (bad input, missing file, refused change).

    `message` is the untranslated source text, marked with QT_TRANSLATE_NOOP under `context`;
    `params` fill its `{name}` placeholders after translation; `item` names what was wrong
    (a row, a field, an order) for the message bar.
    """

    context = "errors"

    def __init__(
        self, message: str, *, item: str | None = None, **params: object
    ) -> None:
        self.message = message
        self.params: Mapping[str, object] = params
        self.item = item
        super().__init__(self.render(message))

    def render(self, template: str) -> str:
        """Fill the placeholders of `template` (the message, or its translation)."""
        try:
            return template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return template


class ValidationError(KnownError):
    """A value the user gave is not acceptable."""


class NotFoundError(KnownError):
    """Something the user asked for does not exist (any more)."""
