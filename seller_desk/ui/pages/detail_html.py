"""Small HTML builders for the read-only detail panels (escaped, styled once)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape

__all__ = ["escape", "fields", "heading", "section", "table"]

STYLE = """<style>
h2 { margin: 0 0 4px 0; } .muted { color: #666; } td, th { padding: 3px 8px; }
th { text-align: left; background: #f0f2f5; } .num { text-align: right; }
table.fields td:first-child { color: #555; }
</style>"""


def heading(title: str, subtitle: str = "") -> str:
    sub = f'<div class="muted">{escape(subtitle)}</div>' if subtitle else ""
    return f"{STYLE}<h2>{escape(title)}</h2>{sub}"


def fields(pairs: Iterable[tuple[str, str]]) -> str:
    rows = "".join(
        f"<tr><td>{escape(label)}</td><td>{escape(value)}</td></tr>" for label, value in pairs
    )
    return f'<table class="fields">{rows}</table>'


def table(headers: Sequence[str], rows: Iterable[Sequence[str]], numeric: set[int]) -> str:
    head = "".join(
        f'<th class="num">{escape(h)}</th>' if i in numeric else f"<th>{escape(h)}</th>"
        for i, h in enumerate(headers)
    )
    body = "".join(
        "<tr>" + "".join(
            f'<td class="num">{escape(c)}</td>' if i in numeric else f"<td>{escape(c)}</td>"
            for i, c in enumerate(row)
        ) + "</tr>"
        for row in rows
    )
    return f'<table cellspacing="0" width="100%"><tr>{head}</tr>{body}</table>'


def section(title: str) -> str:
    return f"<h3>{escape(title)}</h3>"
