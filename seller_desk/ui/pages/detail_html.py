"""Small HTML builders for the read-only detail panels (escaped, styled once)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape

__all__ = ["actions", "escape", "fields", "heading", "link", "paragraph", "section", "table"]

STYLE = """<style>
h2 { margin: 0 0 4px 0; } .muted { color: #666; } td, th { padding: 3px 8px; }
th { text-align: left; background: #f0f2f5; } .num { text-align: right; }
table.fields td:first-child { color: #555; } a { color: #0b5cad; text-decoration: none; }
.pinned { background: #fff8e1; } .note { margin: 4px 0 8px 0; }
</style>"""


def heading(title: str, subtitle: str = "") -> str:
    sub = f'<div class="muted">{escape(subtitle)}</div>' if subtitle else ""
    return f"{STYLE}<h2>{escape(title)}</h2>{sub}"


def fields(pairs: Iterable[tuple[str, str]]) -> str:
    rows = "".join(
        f"<tr><td>{escape(label)}</td><td>{escape(value).replace(chr(10), '<br>')}</td></tr>"
        for label, value in pairs
    )
    return f'<table class="fields">{rows}</table>'


def table(headers: Sequence[str], rows: Iterable[Sequence[str]], numeric: set[int]) -> str:
    def cell(tag: str, index: int, text: str) -> str:
        # Amounts and codes never break mid-value; the one free-text column may wrap.
        attrs = ' class="num" nowrap' if index in numeric else (" nowrap" if index == 0 else "")
        return f"<{tag}{attrs}>{escape(text)}</{tag}>"

    head = "".join(cell("th", i, h) for i, h in enumerate(headers))
    body = "".join(
        "<tr>" + "".join(cell("td", i, c) for i, c in enumerate(row)) + "</tr>" for row in rows
    )
    return f'<table cellspacing="0" width="100%"><tr>{head}</tr>{body}</table>'


def section(title: str) -> str:
    return f"<h3>{escape(title)}</h3>"


def link(href: str, text: str) -> str:
    return f'<a href="{escape(href)}">{escape(text)}</a>'


def actions(links: Iterable[tuple[str, str]]) -> str:
    """A line of action links (href, label) under a heading."""
    return "<p>" + " &nbsp;· ".join(f"<nobr>{link(h, t)}</nobr>" for h, t in links) + "</p>"


def paragraph(text: str, css: str = "", extra_html: str = "") -> str:
    """Free text (a note) with its line breaks kept, and optional trusted HTML after it."""
    body = escape(text).replace("\n", "<br>")
    return f'<div class="{css}">{body}{extra_html}</div>'
