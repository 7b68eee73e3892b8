"""The editor's Images tab: the listing's pictures in order, added by file dialog or dropping."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from seller_desk.services.listing_images import ImageChoice, ImageFile, ImageView
from seller_desk.ui.widgets.listing_thumbnails import ThumbnailCache

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ImageItem:
    """A picture on the listing (`image_id`) or one added in this editor (`new`)."""

    file_name: str
    original_name: str
    image_id: int | None = None
    new: ImageFile | None = None

    @classmethod
    def stored(cls, view: ImageView) -> ImageItem:
        return cls(view.file_name, view.original_name, view.id)

    @classmethod
    def added(cls, image: ImageFile) -> ImageItem:
        return cls(image.file_name, image.original_name, None, image)

    @property
    def choice(self) -> ImageChoice:
        assert self.image_id is not None or self.new is not None
        return self.image_id if self.image_id is not None else self.new  # type: ignore[return-value]


class ImagesModel(QAbstractListModel):
    def __init__(self, thumbs: ThumbnailCache, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thumbs = thumbs
        self.items: list[ImageItem] = []
        thumbs.ready.connect(self._thumbnail_ready)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.items):
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.original_name or item.file_name
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.original_name
        if role == Qt.ItemDataRole.DecorationRole:
            source = item.new.source if item.new is not None else None
            return self.thumbs.pixmap(item.file_name, source) or self.thumbs.placeholder()
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def insert(self, row: int, item: ImageItem) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self.items.insert(row, item)
        self.endInsertRows()

    def remove(self, row: int) -> ImageItem:
        self.beginRemoveRows(QModelIndex(), row, row)
        item = self.items.pop(row)
        self.endRemoveRows()
        return item

    def move(self, row: int, to: int) -> None:
        """Move the picture at `row` to position `to`."""
        if row == to:
            return
        # Qt counts the destination before the move: one further when moving down.
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), to + 1 if to > row else to)
        self.items.insert(to, self.items.pop(row))
        self.endMoveRows()

    def has(self, file_name: str) -> bool:
        return any(item.file_name == file_name for item in self.items)

    def thumbnail_shown(self, row: int) -> bool:
        """The real thumbnail (not the placeholder) is ready for the picture at `row`."""
        item = self.items[row]
        return self.thumbs.cached_file(item.file_name) is not None

    def _thumbnail_ready(self, file_name: str) -> None:
        for row, item in enumerate(self.items):
            if item.file_name == file_name:
                index = self.index(row)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])


class ImageList(QListView):
    """Thumbnails in a grid; picture files dropped on it are added."""

    files_dropped = Signal(list)  # list[Path]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setAcceptDrops(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSpacing(8)
        self.setWordWrap(True)

    @staticmethod
    def _files(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = self._files(event)
        if files:
            event.acceptProposedAction()
            self.files_dropped.emit(files)
        else:
            event.ignore()


class ImagesTab(QWidget):
    def __init__(self, model: ImagesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        size = model.thumbs.size
        self.view = ImageList()
        self.view.setObjectName("imageList")
        self.view.setModel(model)
        self.view.setIconSize(QSize(size, size))
        self.view.setGridSize(QSize(size + 40, size + 44))
        self.hint = QLabel(objectName="imagesHint", wordWrap=True)
        self.add_button = QPushButton(objectName="addImage")
        self.remove_button = QPushButton(objectName="removeImage")
        self.earlier_button = QPushButton(objectName="imageEarlier")
        self.later_button = QPushButton(objectName="imageLater")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.earlier_button,
                       self.later_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.hint.setText(self.tr("The first picture is the one the Listings table shows. Drop "
                                  "picture files here, or add them (PNG, JPEG, GIF, WebP, BMP; "
                                  "up to 20 MB each)."))
        self.add_button.setText(self.tr("Add pictures…"))
        self.remove_button.setText(self.tr("Remove"))
        self.earlier_button.setText(self.tr("◀ Earlier"))
        self.earlier_button.setToolTip(self.tr("Move the picture one place to the front"))
        self.later_button.setText(self.tr("Later ▶"))
        self.later_button.setToolTip(self.tr("Move the picture one place to the back"))

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def select(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(row))
