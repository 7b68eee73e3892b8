"""Known problems: typed errors that carry a translatable message and the offending item."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from seller_desk.domain.text import CONTEXT_OF, Label


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
        # Translated under the context the message was marked with, wherever it is raised.
        self.context = CONTEXT_OF.get(message, self.context)
        self.params: Mapping[str, object] = params
        self.item = item
        super().__init__(self.render(message))

    def render(
        self, template: str, translate: Callable[[str, str], str] | None = None
    ) -> str:
        """Fill the placeholders of `template` (the message, or its translation); `translate`
        turns Label parameters (and tuples of them) into the reader's language."""
        return fill_params(template, self.params, translate)


def fill_params(
    template: str, params: Mapping[str, object],
    translate: Callable[[str, str], str] | None = None,
) -> str:
    """`template` with its `{name}` placeholders filled; a tuple is listed with commas."""

    def shown(value: object) -> object:
        if isinstance(value, tuple):
            return ", ".join(str(shown(item)) for item in value)
        if translate is not None and isinstance(value, Label):
            return translate(value.context, str(value))
        return value

    try:
        return template.format(**{key: shown(value) for key, value in params.items()})
    except (KeyError, IndexError, ValueError):
        return template


class ValidationError(KnownError):
    """A value the user gave is not acceptable."""


class NotFoundError(KnownError):
    """Something the user asked for does not exist (any more)."""
