"""Thumbnails of listing pictures: made off the UI thread, cached as files and in memory."""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter, QPixmap

from seller_desk.services.listing_images import thumbnail_name
from seller_desk.ui.tasks import TaskRunner

MEMORY_LIMIT = 2000  # thumbnails kept as pixmaps; a table screen shows a few dozen


def make_thumbnail(source: Path, cached: Path, size: int) -> QImage:
    """The thumbnail of `source` fitting `size` px, read from `cached` or made and saved there.
    Runs in a worker thread (QImage, unlike QPixmap, may be used off the UI thread); a file
    that cannot be read gives a null image."""
    if cached.exists():
        image = QImage(str(cached))
        if not image.isNull():
            return image
    reader = QImageReader(str(source))
    reader.setAutoTransform(True)  # phone photos carry their rotation in EXIF
    full = reader.size()
    if full.isValid() and (full.width() > size or full.height() > size):
        # Scaled while decoding: a 20 MB JPEG never has to be held full size.
        reader.setScaledSize(full.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return image
    if image.width() > size or image.height() > size:
        image = image.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        image.save(str(cached), "PNG")
    except OSError:
        pass  # a read-only folder costs a re-make next time, nothing more
    return image


class ThumbnailCache(QObject):
    """Ask `pixmap(name)`: it answers at once from memory, or starts making the thumbnail and
    emits `ready(name)` when it is there (the view then repaints)."""

    ready = Signal(str)

    def __init__(self, runner: TaskRunner, images_dir: Path | None, size: int,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._images_dir = images_dir
        self.size = size
        self._pixmaps: OrderedDict[str, QPixmap] = OrderedDict()
        self._pending: set[str] = set()
        self._placeholder: QPixmap | None = None

    def cached_file(self, file_name: str) -> Path | None:
        """The thumbnail's file, if it has been made (for HTML that shows it)."""
        if self._images_dir is None:
            return None
        path = self._images_dir / "thumbs" / thumbnail_name(file_name, self.size)
        return path if file_name in self._pixmaps and path.exists() else None

    def pixmap(self, file_name: str, source: Path | None = None) -> QPixmap | None:
        """The thumbnail of a stored picture (or of `source`, a file not copied in yet)."""
        found = self._pixmaps.get(file_name)
        if found is not None:
            self._pixmaps.move_to_end(file_name)
            return found
        if file_name in self._pending or self._images_dir is None:
            return None
        self._pending.add(file_name)
        cached = self._images_dir / "thumbs" / thumbnail_name(file_name, self.size)
        self._runner.run(
            make_thumbnail, source or self._images_dir / file_name, cached, self.size,
            on_done=lambda image: self._arrived(file_name, image),
            on_error=lambda _error: self._pending.discard(file_name),
        )
        return None

    def placeholder(self) -> QPixmap:
        """A plain tile for a listing without a picture, or while its thumbnail is made."""
        if self._placeholder is None:
            tile = QPixmap(self.size, self.size)
            tile.fill(Qt.GlobalColor.transparent)
            painter = QPainter(tile)
            painter.setPen(QColor("#c9ced6"))
            painter.setBrush(QColor("#eef0f3"))
            painter.drawRoundedRect(1, 1, self.size - 2, self.size - 2, 3, 3)
            painter.end()
            self._placeholder = tile
        return self._placeholder

    def icon_size(self) -> QSize:
        return QSize(self.size, self.size)

    def _arrived(self, file_name: str, image: QImage) -> None:
        self._pending.discard(file_name)
        # A file that cannot be read keeps the placeholder (and is not asked for again).
        self._pixmaps[file_name] = (QPixmap.fromImage(image) if not image.isNull()
                                    else self.placeholder())
        while len(self._pixmaps) > MEMORY_LIMIT:
            self._pixmaps.popitem(last=False)
        self.ready.emit(file_name)
