"""Importing an order file: choose it, map its columns if generic, preview, then import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from seller_desk.domain.currencies import parse_rates
from seller_desk.domain.errors import KnownError
from seller_desk.domain.imports import (
    GENERIC_FIELDS,
    ColumnMapping,
    FileFormat,
    FileHeader,
    suggest_mapping,
)
from seller_desk.services.imports import ImportOutcome, ImportService
from seller_desk.ui.tasks import Lane, TaskHandle, TaskRunner
from seller_desk.ui.text import fill
from seller_desk.ui.widgets.message_bar import MessageBar

FORMAT_NAMES = {
    FileFormat.SHOPIFY: QT_TRANSLATE_NOOP("import", "Shopify (orders CSV)"),
    FileFormat.WOOCOMMERCE: QT_TRANSLATE_NOOP("import", "WooCommerce (orders CSV)"),
    FileFormat.ETSY: QT_TRANSLATE_NOOP("import", "Etsy (orders / order items CSV)"),
    FileFormat.AMAZON: QT_TRANSLATE_NOOP("import", "Amazon (order report, tab-separated)"),
    FileFormat.GENERIC: QT_TRANSLATE_NOOP("import", "Generic CSV / Excel"),
}
ENCODINGS = ("", "utf-8", "gb18030", "big5", "shift_jis", "cp1252")


def _tr(text: str) -> str:
    return QCoreApplication.translate("import", text)


class ImportDialog(QDialog):
    imported = Signal(object)  # ImportOutcome

    def __init__(self, runner: TaskRunner, imports: ImportService,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.runner, self._imports = runner, imports
        self.setWindowTitle(self.tr("Import orders"))
        self.messages = MessageBar()
        self.path = QLineEdit(objectName="importPath", readOnly=True)
        choose = QPushButton(self.tr("Choose…"), objectName="chooseFile")
        choose.clicked.connect(self.choose)
        self.format = QComboBox(objectName="importFormat")
        for fmt, name in FORMAT_NAMES.items():
            self.format.addItem(_tr(name), fmt.value)
        self.store = QLineEdit(objectName="importStore")
        self.store.setPlaceholderText(self.tr("Store name, e.g. My Etsy shop"))
        self.encoding = QComboBox(objectName="importEncoding")
        for code in ENCODINGS:
            self.encoding.addItem(code or self.tr("Detect automatically"), code)
        self.rates = QLineEdit(objectName="importRates")
        self.rates.setPlaceholderText(self.tr("Only if asked, e.g. GBP=1.27, EUR=1.08"))
        self.mapping = QTableWidget(0, 2, objectName="importMapping")
        self.mapping.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Column in the file")])
        self.mapping.horizontalHeader().setStretchLastSection(True)
        self.mapping.verticalHeader().setVisible(False)
        self.source = QLineEdit(objectName="mappingSource")
        self.remember = QCheckBox(self.tr("Remember this mapping as"), checked=True)
        self.summary = QLabel(objectName="importSummary", wordWrap=True)
        self.problems = QTableWidget(0, 4, objectName="importProblems")
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("Problem")])
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.problems.verticalHeader().setVisible(False)
        self.progress = QProgressBar(objectName="importProgress")
        self.progress.hide()
        self.preview_button = QPushButton(self.tr("Preview"), objectName="preview")
        self.preview_button.clicked.connect(lambda: self.start(dry_run=True))
        self.import_button = QPushButton(self.tr("Import"), objectName="doImport")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(lambda: self.start(dry_run=False))
        self.cancel_button = QPushButton(self.tr("Import nothing"), objectName="cancelImport")
        self.cancel_button.clicked.connect(self.cancel)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("File"), file_row)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Store"), self.store)
        form.addRow(self.tr("Encoding"), self.encoding)
        form.addRow(self.tr("Exchange rates"), self.rates)
        self.mapping_box = QWidget()
        mapping_layout = QVBoxLayout(self.mapping_box)
        mapping_layout.setContentsMargins(0, 0, 0, 0)
        remember_row = QHBoxLayout()
        remember_row.addWidget(self.remember)
        remember_row.addWidget(self.source, 1)
        mapping_layout.addWidget(QLabel(self.tr("Which column holds what:")))
        mapping_layout.addWidget(self.mapping)
        mapping_layout.addLayout(remember_row)
        buttons = QDialogButtonBox()
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.messages)
        layout.addLayout(form)
        layout.addWidget(self.mapping_box)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.progress)
        layout.addWidget(buttons)
        self.format.currentIndexChanged.connect(self._format_changed)
        for widget in (self.format, self.encoding):
            widget.currentIndexChanged.connect(self._stale)
        for edit in (self.store, self.rates):
            edit.textChanged.connect(self._stale)
        self.header: FileHeader | None = None
        self.outcome: ImportOutcome | None = None
        self.task: TaskHandle | None = None
        self._format_changed()
        self.resize(760, 640)

    # -- choosing ------------------------------------------------------------------------
    def choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose an order file"), str(Path.home()),
            self.tr("Order files (*.csv *.txt *.tsv *.xlsx);;All files (*)"))
        if name:
            self.set_file(Path(name))

    def set_file(self, path: Path) -> None:
        self.path.setText(str(path))
        self.source.setText(path.stem)
        encoding = self.encoding.currentData() or None

        def read() -> tuple[FileHeader, tuple[str, ColumnMapping] | None]:
            header = self._imports.header(path, encoding)
            return header, self._imports.mapping_for(header.columns)

        self.runner.run(read, on_done=self._header, on_error=self.messages.show_error)

    def _header(self, found: tuple[FileHeader, tuple[str, ColumnMapping] | None]) -> None:
        header, saved = found
        self.header = header
        if header.guessed_format is not None:
            self.format.setCurrentIndex(self.format.findData(header.guessed_format.value))
        if FileFormat(self.format.currentData()) is not FileFormat.GENERIC:
            saved = None
        self._fill_mapping(saved[1] if saved else suggest_mapping(header.columns))
        if saved:
            self.source.setText(saved[0])
        self._stale()

    def _format_changed(self) -> None:
        fmt = FileFormat(self.format.currentData())
        self.mapping_box.setVisible(fmt is FileFormat.GENERIC)
        if self.header is not None and fmt is FileFormat.GENERIC and not self.mapping.rowCount():
            self._fill_mapping(suggest_mapping(self.header.columns))

    def _fill_mapping(self, mapping: ColumnMapping) -> None:
        columns = self.header.columns if self.header else ()
        self.mapping.setRowCount(len(GENERIC_FIELDS))
        for row, field in enumerate(GENERIC_FIELDS):
            label = _tr(field.label) + (" *" if field.required else "")
            self.mapping.setItem(row, 0, QTableWidgetItem(label))
            box = QComboBox()
            box.addItem(self.tr("(none)"), "")
            for column in columns:
                box.addItem(column, column)
            box.setCurrentIndex(max(box.findData(mapping.columns.get(field.key, "")), 0))
            box.currentIndexChanged.connect(self._stale)
            self.mapping.setCellWidget(row, 1, box)
        self.mapping.resizeColumnToContents(0)

    def current_mapping(self) -> ColumnMapping | None:
        if FileFormat(self.format.currentData()) is not FileFormat.GENERIC:
            return None
        columns = {}
        for row, field in enumerate(GENERIC_FIELDS):
            box = self.mapping.cellWidget(row, 1)
            if isinstance(box, QComboBox) and box.currentData():
                columns[field.key] = box.currentData()
        return ColumnMapping(columns)

    def _stale(self) -> None:
        """Anything changed: the preview no longer says what an import would do."""
        self.outcome = None
        self.import_button.setEnabled(False)
        self.import_button.setText(self.tr("Import"))

    # -- running -------------------------------------------------------------------------
    def start(self, dry_run: bool) -> None:
        if not self.path.text():
            self.messages.show_error(self.tr("Choose a file first."))
            return
        try:
            mapping = self.current_mapping()
            rates = parse_rates(self.rates.text())
        except KnownError as error:
            self.messages.show_error(error)
            return
        path, fmt = Path(self.path.text()), FileFormat(self.format.currentData())
        skip_bad = bool(self.outcome and self.outcome.problems)
        store, encoding = self.store.text(), self.encoding.currentData() or None
        if not dry_run and mapping is not None and self.remember.isChecked() and self.header:
            columns, source = self.header.columns, self.source.text()
            self.runner.run(self._imports.save_mapping, source, columns, mapping,
                            lane=Lane.WRITE, on_error=self.messages.show_error)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.preview_button.setEnabled(False)
        self.import_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Cancel"))
        self.task = self.runner.run(
            lambda job: self._imports.run(path, fmt, account=store, mapping=mapping,
                                          encoding=encoding, rates=rates, skip_bad=skip_bad,
                                          dry_run=dry_run, job=job),
            with_job=True, lane=Lane.WRITE, on_done=self._finished,
            on_error=self._failed, on_progress=self._progress)

    def _progress(self, done: int, total: int, text: str) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        self.progress.setFormat(_tr(text) + " %p%")

    def _idle(self) -> None:
        self.task = None
        self.progress.hide()
        self.preview_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Import nothing"))

    def _failed(self, error: KnownError) -> None:
        self._idle()
        self.messages.show_error(error)

    def _finished(self, outcome: ImportOutcome) -> None:
        self._idle()
        if outcome.written:
            self.imported.emit(outcome)
            self.accept()
            return
        self.outcome = outcome
        self.summary.setText(fill(
            self.tr("Store %3. Rows read: %1; orders: %2. New: %4, updated: %5, unchanged: "
                    "%6. Rows rejected: %7. Encoding: %8."),
            outcome.rows, outcome.orders, outcome.account, outcome.new, outcome.updated,
            outcome.unchanged, outcome.rejected_rows, outcome.encoding))
        self.problems.setRowCount(len(outcome.problems))
        for row, p in enumerate(outcome.problems):
            for column, text in enumerate(
                    (str(p.row), p.column, p.value, p.render(_tr(p.reason)))):
                self.problems.setItem(row, column, QTableWidgetItem(text))
        self.problems.resizeColumnsToContents()
        self.import_button.setEnabled(outcome.new + outcome.updated > 0)
        self.import_button.setText(self.tr("Import valid rows") if outcome.problems
                                   else self.tr("Import"))

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            return
        self.reject()
