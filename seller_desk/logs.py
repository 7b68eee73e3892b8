"""Logging to the platform log folder, one logger per package, with secrets redacted."""

from __future__ import annotations

import logging
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path

_SECRET = re.compile(
    r"(?i)(authorization|x-shopify-access-token|access_token|api[_-]?key|token|secret|password"
    r"|consumer_secret|17token|as-api-key)(\s*[:=]\s*|\"\s*:\s*\")([^\s\"'&,;]+)"
)


def redact(text: str) -> str:
    """Replace the value of anything that looks like a credential with ***."""
    return _SECRET.sub(lambda m: f"{m.group(1)}{m.group(2)}***", text)


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def set_up_logging(log_file: Path, level: int = logging.INFO) -> None:
    log_file.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(log_file, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(
        RedactingFormatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
    )
    root = logging.getLogger("seller_desk")
    for old in root.handlers:
        old.close()
    root.handlers[:] = [handler]
    root.setLevel(level)
