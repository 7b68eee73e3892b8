"""The seller-facing texts of an import: why a row was refused, and why a whole file was."""

from __future__ import annotations

from pathlib import Path

from seller_desk.domain.imports import FileImportError
from seller_desk.domain.text import QT_TRANSLATE_NOOP, Label

# Row problems: RowProblem.reason, filled from RowProblem.params.
NO_ORDER_ID = QT_TRANSLATE_NOOP("import", "This row has no order id.")
NO_DATE = QT_TRANSLATE_NOOP("import", "The order date is empty.")
BAD_DATE = QT_TRANSLATE_NOOP("import", "'{value}' is not a date.")
BAD_AMOUNT = QT_TRANSLATE_NOOP("import", "'{value}' is not an amount.")
NO_PRICE = QT_TRANSLATE_NOOP("import", "The price is empty.")
NO_CURRENCY = QT_TRANSLATE_NOOP("import", "The currency is empty.")
BAD_CURRENCY = QT_TRANSLATE_NOOP(
    "import", "'{value}' is not a currency code (three letters, such as USD or EUR)."
)
NO_QUANTITY = QT_TRANSLATE_NOOP("import", "The quantity is empty.")
BAD_QUANTITY = QT_TRANSLATE_NOOP("import", "The quantity '{value}' is not a whole number.")
LOW_QUANTITY = QT_TRANSLATE_NOOP("import", "The quantity must be at least 1, not {value}.")
NO_ITEM = QT_TRANSLATE_NOOP("import", "This line has neither a SKU nor a title.")
CONFLICT = QT_TRANSLATE_NOOP(
    "import", "{column} is '{value}' here but '{earlier}' on row {row} of the same order."
)
BAD_STATUS = QT_TRANSLATE_NOOP("import", "'{value}' is not an order status this import knows.")
NEGATIVE_TOTAL = QT_TRANSLATE_NOOP("import", "The order total {value} is below zero.")


def missing_file(path: Path) -> FileImportError:
    return FileImportError(
        QT_TRANSLATE_NOOP("import", "The file {path} does not exist."), item=str(path),
        path=str(path),
    )


def unreadable(path: Path, error: OSError) -> FileImportError:
    return FileImportError(
        QT_TRANSLATE_NOOP("import", "The file {path} cannot be read ({reason})."),
        item=str(path), path=str(path), reason=error.strerror or type(error).__name__,
    )


def empty_file(path: Path) -> FileImportError:
    return FileImportError(
        QT_TRANSLATE_NOOP("import", "The file {path} is empty."), item=str(path), path=str(path)
    )


def no_header(path: Path) -> FileImportError:
    return FileImportError(
        QT_TRANSLATE_NOOP(
            "import", "The first row of {path} is empty: it should name the columns."
        ),
        item=str(path), path=str(path),
    )


def not_text(path: Path, encoding: str) -> FileImportError:
    return FileImportError(
        QT_TRANSLATE_NOOP(
            "import",
            "The file {path} is not text in the {encoding} encoding; save it as CSV (UTF-8) "
            "and try again.",
        ),
        item=str(path), path=str(path), encoding=encoding,
    )


def unknown_encoding(path: Path, encoding: str) -> FileImportError:
    return FileImportError(
        QT_TRANSLATE_NOOP("import", "{encoding} is not a text encoding this import knows."),
        item=str(path), encoding=encoding,
    )


def not_workbook(path: Path) -> FileImportError:
    return FileImportError(
        QT_TRANSLATE_NOOP(
            "import",
            "The file {path} is not an Excel workbook (.xlsx); save it as .xlsx or CSV and "
            "try again.",
        ),
        item=str(path), path=str(path),
    )


def missing_columns(path: Path, expected: Label, columns: tuple[str, ...]) -> FileImportError:
    """`expected` names the export the file was read as; `columns` are the file's header names
    that were looked for and not found."""
    return FileImportError(
        QT_TRANSLATE_NOOP(
            "import",
            "The file {path} does not look like {expected}: the columns {columns} are missing.",
        ),
        item=str(path), path=str(path), expected=expected,
        columns=", ".join(f"'{name}'" for name in columns),
    )


def bad_csv(path: Path, row: int, reason: str) -> FileImportError:
    return FileImportError(
        QT_TRANSLATE_NOOP(
            "import", "The file {path} cannot be read as CSV at row {row} ({reason})."
        ),
        item=str(path), path=str(path), row=row, reason=reason,
    )
