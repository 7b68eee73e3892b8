"""Importing shipments from a shipping tool's file: check every row first, then save the good
rows only when the seller says so."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from seller_desk.domain.errors import KnownError
from seller_desk.services.shipment_import import ImportOutcome, ShipmentImport
from seller_desk.ui.tasks import Lane, TaskRunner
from seller_desk.ui.text import fill

SHOWN_PROBLEMS = 12


class ShipmentFileImport(QObject):
    """Ask for a file, check it in the background, confirm, save; `done(text)` at the end."""

    def __init__(self, parent: QWidget, runner: TaskRunner, importer: ShipmentImport,
                 done: Callable[[str], None], failed: Callable[[KnownError], None]) -> None:
        super().__init__(parent)
        self._parent, self._runner, self._importer = parent, runner, importer
        self._done, self._failed = done, failed

    def start(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self._parent, self.tr("Import shipments"), "",
            self.tr("Shipment files (*.csv *.txt *.xlsx);;All files (*)"))
        if name:
            self.check(Path(name))

    def check(self, path: Path) -> None:
        self._runner.run(lambda: self._importer.run(path, dry_run=True),
                         on_done=lambda outcome: self._checked(path, outcome),
                         on_error=self._failed)

    def problem_lines(self, outcome: ImportOutcome) -> list[str]:
        translate = QCoreApplication.translate
        lines = [fill(self.tr("Row %1, %2: %3"), p.row, translate("shipments", p.column),
                      p.render(translate("import", p.reason)))
                 for p in outcome.problems[:SHOWN_PROBLEMS]]
        if len(outcome.problems) > SHOWN_PROBLEMS:
            lines.append(fill(self.tr("… and %1 more."), len(outcome.problems) - SHOWN_PROBLEMS))
        return lines

    def _checked(self, path: Path, outcome: ImportOutcome) -> None:
        if not outcome.problems:
            self._save(path, skip_bad=False)
            return
        good = outcome.added
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Import shipments"), fill(
            self.tr("%1 of %2 rows cannot be imported. Nothing is saved unless you choose to "
                    "import the %3 good rows."), len(outcome.problems), outcome.rows, good),
            QMessageBox.StandardButton.Cancel, self._parent)
        lines = self.problem_lines(outcome)
        box.setDetailedText("\n".join(lines))
        box.setInformativeText("\n".join(lines[:3]))
        import_good = box.addButton(fill(self.tr("Import the %1 good rows"), good),
                                    QMessageBox.ButtonRole.AcceptRole)
        import_good.setEnabled(good > 0)
        box.exec()
        if box.clickedButton() is import_good:
            self._save(path, skip_bad=True)

    def _save(self, path: Path, *, skip_bad: bool) -> None:
        self._runner.run(lambda: self._importer.run(path, skip_bad=skip_bad), lane=Lane.WRITE,
                         on_done=self._saved, on_error=self._failed)

    def _saved(self, outcome: ImportOutcome) -> None:
        self._done(fill(self.tr("Imported %1 shipments; %2 were there already."),
                        outcome.added, outcome.unchanged))
