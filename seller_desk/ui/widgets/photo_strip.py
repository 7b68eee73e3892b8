"""A row of photo thumbnails (read off the UI thread); a click opens the file in its viewer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QIcon,
    QImage,
    QImageReader,
    QKeyEvent,
    QPixmap,
)
from PySide6.QtWidgets import QAbstractItemView, QListView, QListWidget, QListWidgetItem, QWidget

from seller_desk.ui.tasks import TaskRunner

PATH_ROLE = Qt.ItemDataRole.UserRole
SHOWN_ROLE = Qt.ItemDataRole.UserRole + 1  # the real thumbnail replaced the placeholder


def read_thumbnail(path: Path, size: int) -> QImage:
    """`path` scaled to fit `size` px while decoding (a worker may make a QImage, not a
    QPixmap); a file that cannot be read gives a null image."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)  # phone photos carry their rotation in EXIF
    full = reader.size()
    if full.isValid() and (full.width() > size or full.height() > size):
        reader.setScaledSize(full.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()


class PhotoStrip(QListWidget):
    """Photos by path; `open_on_click` opens one with a single click (else a double click)."""

    opened = Signal(Path)

    def __init__(self, runner: TaskRunner, size: int = 96, open_on_click: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._size = size
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Static)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setIconSize(QSize(size, size))
        self.setGridSize(QSize(size + 16, size + 30))
        self.setFixedHeight(size + 38)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        # One way to open per mode: a click that also counted as activation would open twice.
        self._open_on_click = open_on_click
        if open_on_click:
            self.itemClicked.connect(self._open)
        else:
            self.itemActivated.connect(self._open)
        self._placeholder = QPixmap(size, size)
        self._placeholder.fill(QColor("#eef0f3"))

    def set_photos(self, photos: list[tuple[Path | None, str]]) -> None:
        """Show these (path, name) photos in order, replacing what was shown."""
        self.clear()
        for path, name in photos:
            self.add_photo(path, name)

    def add_photo(self, path: Path | None, name: str) -> None:
        item = QListWidgetItem(QIcon(self._placeholder), name)
        item.setData(PATH_ROLE, str(path) if path is not None else "")
        item.setToolTip(name)
        self.addItem(item)
        if path is not None:
            key = str(path)
            self._runner.run(read_thumbnail, path, self._size,
                             on_done=lambda image: self._arrived(key, image),
                             on_error=lambda _error: None)

    def paths(self) -> list[Path]:
        return [Path(self.item(row).data(PATH_ROLE)) for row in range(self.count())
                if self.item(row).data(PATH_ROLE)]

    def remove_current(self) -> None:
        row = self.currentRow()
        if row >= 0:
            self.takeItem(row)

    def thumbnails_shown(self) -> int:
        """How many photos show their real picture (not the placeholder) yet."""
        return sum(1 for row in range(self.count()) if self.item(row).data(SHOWN_ROLE))

    def _arrived(self, key: str, image: QImage) -> None:
        if image.isNull():
            return  # an unreadable file keeps the placeholder; opening it still tries
        pixmap = QPixmap.fromImage(image)
        for row in range(self.count()):
            item = self.item(row)
            if item.data(PATH_ROLE) == key:
                item.setIcon(QIcon(pixmap))
                item.setData(SHOWN_ROLE, True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._open_on_click and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            item = self.currentItem()
            if item is not None:
                self._open(item)
                return
        super().keyPressEvent(event)

    def _open(self, item: QListWidgetItem) -> None:
        path = item.data(PATH_ROLE)
        if path:
            self.opened.emit(Path(path))
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))
