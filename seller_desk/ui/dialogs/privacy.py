"""A customer's data on request: save everything as JSON, or erase it after confirmation."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit

from seller_desk.domain.errors import KnownError
from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.services.customer_profile import CustomerProfile
from seller_desk.services.privacy import PrivacyService
from seller_desk.ui.pages.table_page import TablePage
from seller_desk.ui.tasks import Lane
from seller_desk.ui.text import fill

CONFIRM_WORD = "ERASE"


class CannotWrite(KnownError):
    pass


def _write(path: Path, data: dict[str, object]) -> Path:
    try:
        path.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    except OSError as error:
        raise CannotWrite(
            QT_TRANSLATE_NOOP("errors", "Cannot write {path}: {reason}"),
            item=str(path),
            path=path,
            reason=error.strerror or error,
        ) from None
    return path


def export_customer(page: TablePage, privacy: PrivacyService, customer_id: int) -> None:
    name, _ = QFileDialog.getSaveFileName(
        page,
        QCoreApplication.translate("privacy", "Export customer data"),
        str(Path.home() / f"customer-{customer_id}.json"),
        QCoreApplication.translate("privacy", "JSON files (*.json)"),
    )
    if not name:
        return
    page.runner.run(
        lambda: _write(Path(name), privacy.export(customer_id)),
        on_done=lambda path: page.messages.show_info(
            fill(QCoreApplication.translate("privacy", "Saved to %1."), path)
        ),
        on_error=page.messages.show_error,
    )


def erase_customer(page: TablePage, privacy: PrivacyService, profile: CustomerProfile) -> None:
    text, ok = QInputDialog.getText(
        page,
        QCoreApplication.translate("privacy", "Erase customer"),
        fill(
            QCoreApplication.translate(
                "privacy",
                "This removes %1's name, contact details, addresses, notes and comments for "
                "good. Orders keep their amounts for the books. It cannot be undone.\n\n"
                "Type %2 to confirm:",
            ),
            profile.name or profile.email or profile.id,
            CONFIRM_WORD,
        ),
        QLineEdit.EchoMode.Normal,
    )
    if not ok:
        return
    if text.strip() != CONFIRM_WORD:
        page.messages.show_error(
            fill(
                QCoreApplication.translate("privacy", "Not erased: type %1 to confirm."),
                CONFIRM_WORD,
            )
        )
        return
    page.runner.run(
        privacy.erase,
        profile.id,
        lane=Lane.WRITE,
        on_done=lambda _: page.changed(QCoreApplication.translate("privacy", "Customer erased.")),
        on_error=page.messages.show_error,
    )
