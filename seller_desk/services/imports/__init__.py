"""Bringing marketplace order files into the shop: preview, then all-or-nothing import."""

from seller_desk.services.imports.service import ImportOutcome, ImportService

__all__ = ["ImportOutcome", "ImportService"]
