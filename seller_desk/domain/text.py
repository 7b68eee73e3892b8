"""Marks user-facing texts in layers without Qt so lupdate finds them; the UI translates them."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return `text` unchanged; lupdate collects it under `context` by this function's name."""
    del context
    return text
