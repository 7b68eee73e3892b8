"""Who is writing: the name signed on notes, status changes and merges."""

from __future__ import annotations

import getpass

from sqlalchemy.orm import Session

from seller_desk.store.models import Setting


def author_name(session: Session) -> str:
    """The seller's name from Settings, else their computer login."""
    stored = session.get(Setting, "your_name")
    if stored is not None and stored.value.strip():
        return stored.value.strip()
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""
