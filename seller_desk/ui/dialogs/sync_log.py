"""The sync log: every pull and push of each account with its counts, and a run's errors with
what the store answered."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from seller_desk.services.sync.accounts import AccountView
from seller_desk.services.sync.log import RunLog, RunProblem, RunView
from seller_desk.services.workspace import Workspace
from seller_desk.ui.formatting import Formatter
from seller_desk.ui.models.sync_rows import Column, RowsModel
from seller_desk.ui.sync_texts import RUN_KINDS, STATES, duration_text, problem_text, word
from seller_desk.ui.tasks import TaskRunner
from seller_desk.ui.widgets.message_bar import MessageBar

GEOMETRY_KEY = "dialogs/syncLog/geometry"


def table(name: str, model: RowsModel, stretch: int | None = None) -> QTableView:
    """A read-only table of `model`; column `stretch` takes the spare width (else the last)."""
    view = QTableView(objectName=name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(stretch is None)
    if stretch is not None:
        view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.setWordWrap(False)
    return view


def problems_of(log: RunLog, run_id: int) -> tuple[int, list[RunProblem]]:
    return run_id, log.problems(run_id)


class SyncLogDialog(QDialog):
    """Kept once made: `reopen()` shows it again, for one account or all."""

    def __init__(self, runner: TaskRunner, ws: Workspace, fmt: Formatter,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncLog")
        self.runner, self.log, self.accounts, self.fmt = runner, ws.sync.log, ws.accounts, fmt
        self.names: dict[int, str] = {}
        self.messages = MessageBar()
        self.account_label = QLabel()
        self.account = QComboBox(objectName="logAccount")
        self.account.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.account.addItem("", None)
        self.reload_button = QPushButton(objectName="reloadLog", autoDefault=False)
        self.reload_button.clicked.connect(self.load)
        number = self.fmt.number
        self.runs = RowsModel([
            Column(lambda: self.tr("When"), lambda r: fmt.date_time(r.started_at)),
            Column(lambda: self.tr("Account"), lambda r: self.names.get(r.account_id, "–")),
            Column(lambda: self.tr("Kind"), lambda r: word(RUN_KINDS, r.kind)),
            Column(lambda: self.tr("Dry run"), lambda r: self.tr("Yes") if r.dry_run else ""),
            Column(lambda: self.tr("Took"), lambda r: duration_text(r.seconds), numeric=True),
            Column(lambda: self.tr("State"), lambda r: word(STATES, r.state),
                   tip=lambda r: r.message, warn=lambda r: r.state == "failed"),
            *[Column(title, lambda r, n=name: number(getattr(r, n)), numeric=True)
              for title, name in ((lambda: self.tr("New"), "new"),
                                  (lambda: self.tr("Updated"), "updated"),
                                  (lambda: self.tr("Unchanged"), "unchanged"),
                                  (lambda: self.tr("Failed"), "failed"),
                                  (lambda: self.tr("Products"), "products"),
                                  (lambda: self.tr("Refunds"), "returns_added"),
                                  (lambda: self.tr("Parcels"), "shipments_added"))],
        ], self)
        self.runs_view = table("syncRuns", self.runs)
        self.runs_view.horizontalHeader().setStretchLastSection(False)
        self.problems = RowsModel([
            Column(lambda: self.tr("Time"), lambda p: fmt.date_time(p.at)),
            Column(lambda: self.tr("Item"), lambda p: p.item),
            Column(lambda: self.tr("Message"), problem_text, tip=problem_text),
            Column(lambda: self.tr("HTTP"), lambda p: str(p.status or ""), numeric=True),
        ], self)
        self.problems_view = table("syncProblems", self.problems)
        header = self.problems_view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.problems_title = QLabel(objectName="sectionTitle")
        self.problem_message = QLabel(objectName="problemMessage", wordWrap=True)
        self.problem_message.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.response = QPlainTextEdit(objectName="remoteResponse", readOnly=True)
        self.response.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.response.setMaximumBlockCount(400)
        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addWidget(self.problems_title)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.problem_message)
        detail_layout.addWidget(self.response, 1)
        errors = QSplitter(Qt.Orientation.Horizontal)
        errors.addWidget(self.problems_view)
        errors.addWidget(detail)
        errors.setSizes([560, 400])
        below_layout.addWidget(errors, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, objectName="logSplitter")
        splitter.addWidget(self.runs_view)
        splitter.addWidget(below)
        splitter.setSizes([330, 250])
        top = QHBoxLayout()
        top.addWidget(self.account_label)
        top.addWidget(self.account)
        top.addStretch(1)
        top.addWidget(self.reload_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.messages)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.runs_view.selectionModel().currentRowChanged.connect(
            lambda current, _old: self._run_chosen(current.row()))
        self.problems_view.selectionModel().currentRowChanged.connect(
            lambda current, _old: self._problem_chosen(current.row()))
        self.retranslate()
        geometry = QSettings().value(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1080, 640)
        self._wanted: int | None = None
        self.account.currentIndexChanged.connect(lambda _i: self.load())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sync log"))
        self.account_label.setText(self.tr("Account"))
        self.account.setItemText(0, self.tr("All accounts"))
        self.reload_button.setText(self.tr("Reload"))
        self.problems_title.setText(self.tr("Errors of the chosen run"))
        self.response.setPlaceholderText(self.tr("What the store answered, for the error "
                                                 "chosen on the left"))
        self.runs.retranslate()
        self.problems.retranslate()

    def reopen(self, account_id: int | None = None) -> None:
        """Show the runs of `account_id` (None: of every account), newest first."""
        self._wanted = account_id
        self.runner.run(self.accounts.list, on_done=self._got_accounts,
                        on_error=self.messages.show_error)
        self.open()

    def _got_accounts(self, accounts: list[AccountView]) -> None:
        self.names = {a.id: a.name for a in accounts}
        self.account.blockSignals(True)
        while self.account.count() > 1:
            self.account.removeItem(1)
        for account in accounts:
            self.account.addItem(account.name, account.id)
        index = self.account.findData(self._wanted) if self._wanted is not None else 0
        self.account.setCurrentIndex(max(index, 0))
        self.account.blockSignals(False)
        self.load()

    def load(self) -> None:
        self.runner.run(self.log.runs, self.account.currentData(), on_done=self._show_runs,
                        on_error=self.messages.show_error)

    def _show_runs(self, runs: list[RunView]) -> None:
        self.runs.set_rows(runs)
        self.problems.set_rows([])
        self._problem_chosen(-1)
        if runs:  # the newest, or the newest that failed when asked about a failure
            first = next((n for n, r in enumerate(runs) if r.state == "failed"), 0) \
                if self._wanted is not None else 0
            self.runs_view.selectRow(first)

    def _run_chosen(self, row: int) -> None:
        self.problems.set_rows([])
        self._problem_chosen(-1)
        if 0 <= row < len(self.runs.rows):
            run: RunView = self.runs.row(row)
            self.runner.run(problems_of, self.log, run.id, on_done=self._show_problems,
                            on_error=self.messages.show_error)

    def _show_problems(self, answer: tuple[int, list[RunProblem]]) -> None:
        run_id, problems = answer
        current = self.runs_view.currentIndex().row()
        if not 0 <= current < len(self.runs.rows) or self.runs.row(current).id != run_id:
            return  # an answer for a run chosen before
        self.problems.set_rows(problems)
        if problems:
            self.problems_view.selectRow(0)

    def _problem_chosen(self, row: int) -> None:
        if 0 <= row < len(self.problems.rows):
            problem: RunProblem = self.problems.row(row)
            self.problem_message.setText(problem_text(problem))
            self.response.setPlainText(problem.response)
        else:
            self.problem_message.clear()
            self.response.clear()

    def done(self, result: int) -> None:
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        super().done(result)
