"""API keys in the system keyring; where this computer has none, kept for this session only."""

from __future__ import annotations

import logging

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

SERVICE = "seller-desk"
log = logging.getLogger(__name__)


class SecretStore:
    """Reads and writes secrets by name ("tracking:17track"); never writes them anywhere else.

    Where no keyring backend exists (a bare Linux box), a secret given is held in memory until
    the app closes, and `persistent` says so, so the window and CLI can tell the user.
    """

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend
        self._session: dict[str, str] = {}

    @property
    def backend(self) -> KeyringBackend:
        return self._backend or keyring.get_keyring()

    @property
    def persistent(self) -> bool:
        """Whether secrets outlive this session (a real keyring backend is present)."""
        try:
            return float(self.backend.priority) > 0
        except Exception:  # a backend whose priority check fails cannot be trusted either
            return False

    def get(self, name: str) -> str | None:
        if name in self._session:
            return self._session[name]
        if not self.persistent:
            return None
        try:
            return self.backend.get_password(SERVICE, name)
        except keyring.errors.KeyringError as error:
            log.warning("keyring read of %s failed: %s", name, type(error).__name__)
            return None

    def put(self, name: str, secret: str) -> bool:
        """Keep `secret`; True when it went to the keyring, False when only for this session."""
        if self.persistent:
            try:
                self.backend.set_password(SERVICE, name, secret)
                self._session.pop(name, None)
                return True
            except keyring.errors.KeyringError as error:
                log.warning("keyring write of %s failed: %s", name, type(error).__name__)
        self._session[name] = secret
        return False

    def forget(self, name: str) -> None:
        self._session.pop(name, None)
        if self.persistent:
            try:
                self.backend.delete_password(SERVICE, name)
            except keyring.errors.PasswordDeleteError:
                pass
            except keyring.errors.KeyringError as error:
                log.warning("keyring delete of %s failed: %s", name, type(error).__name__)
