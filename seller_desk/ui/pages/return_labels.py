"""Translated names of return states, reasons, outcomes and dispositions (codes from services)."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication

from seller_desk.domain.returns import (
    DISPOSITION_LABELS,
    OUTCOME_LABELS,
    REASON_LABELS,
    STATE_LABELS,
    Disposition,
    ReturnOutcome,
    ReturnReason,
    ReturnState,
)


def _label(kind: type[StrEnum], labels: Mapping[Any, str], code: str) -> str:
    try:
        return QCoreApplication.translate("returns", labels[kind(code)])
    except ValueError:
        return code


def state_label(code: str) -> str:
    return _label(ReturnState, STATE_LABELS, code)


def reason_label(code: str) -> str:
    return _label(ReturnReason, REASON_LABELS, code)


def outcome_label(code: str) -> str:
    return _label(ReturnOutcome, OUTCOME_LABELS, code)


def disposition_label(code: str) -> str:
    return _label(Disposition, DISPOSITION_LABELS, code) if code else "–"
