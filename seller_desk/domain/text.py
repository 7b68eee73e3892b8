"""Marks user-facing texts in layers without Qt so lupdate finds them; the UI translates them."""

from __future__ import annotations

# The context each marked text was marked under, so an error built from the text alone can be
# translated under the right one (a refusal marked "orders" raised as a ValidationError).
CONTEXT_OF: dict[str, str] = {}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return `text` unchanged; lupdate collects it under `context` by this function's name."""
    CONTEXT_OF.setdefault(text, context)
    return text


class Label(str):
    """A translatable label placed inside a message's parameters (a status name in an error);
    the UI translates it under `context` before filling the message."""

    context: str

    def __new__(cls, context: str, text: str) -> Label:
        label = super().__new__(cls, text)
        label.context = context
        return label
