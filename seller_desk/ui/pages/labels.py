"""Translated names for codes the services hand over (statuses, marketplaces, countries)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from seller_desk.domain.orders import MARKETPLACE_LABELS, STATUS_LABELS, Marketplace, OrderStatus


def status_label(code: str) -> str:
    try:
        return QCoreApplication.translate("status", STATUS_LABELS[OrderStatus(code)])
    except ValueError:
        return code


def marketplace_label(code: str) -> str:
    try:
        return QCoreApplication.translate("marketplace", MARKETPLACE_LABELS[Marketplace(code)])
    except ValueError:
        return code


def country_label(code: str) -> str:
    """ "DE · Germany": the code sellers know from addresses, with the name for the unsure."""
    if not code:
        return ""
    territory = QLocale.codeToTerritory(code)
    if territory == QLocale.Country.AnyTerritory:
        return code
    return f"{code} · {QLocale.territoryToString(territory)}"
