"""Qt-style %1, %2 placeholders for translated strings (PySide's tr() returns a plain str)."""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%(\d)")


def fill(template: str, *values: object) -> str:
    """Replace %1…%9 in `template` with `values`, in one pass (a value may contain %1)."""

    def one(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if 0 <= index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(one, template)
