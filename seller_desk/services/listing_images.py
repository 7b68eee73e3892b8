"""Pictures of listings: checked, copied into the shop's image folder under their content's name."""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from seller_desk.domain.errors import KnownError, NotFoundError, ValidationError
from seller_desk.domain.text import QT_TRANSLATE_NOOP
from seller_desk.store.database import Database
from seller_desk.store.models import Listing, ListingImage, ReturnPhoto

IMAGE_LIMIT_BYTES = 20 * 1024 * 1024
IMAGE_EXTENSIONS = frozenset({".png", ".jpg", ".jpeg", ".jpe", ".gif", ".webp", ".bmp"})
# The extension a stored file gets, by what its first bytes say it is.
_STORED_EXTENSION = {"png": ".png", "jpeg": ".jpg", "gif": ".gif", "webp": ".webp", "bmp": ".bmp"}
THUMBS = "thumbs"

NOT_PICTURE = QT_TRANSLATE_NOOP(
    "listings", "{name} is not a picture Seller Desk can show (PNG, JPEG, GIF, WebP or BMP).")
TOO_BIG = QT_TRANSLATE_NOOP(
    "listings", "{name} is {size} MB; pictures of up to {limit} MB are accepted.")
UNREADABLE = QT_TRANSLATE_NOOP("listings", "Cannot read {name}: {reason}")
NOT_COPIED = QT_TRANSLATE_NOOP(
    "listings", "Cannot copy {name} into the image folder {folder}: {reason}")
NO_FOLDER = QT_TRANSLATE_NOOP("listings", "This shop has no image folder.")
ALREADY_THERE = QT_TRANSLATE_NOOP("listings", "This picture is already on the listing: {name}")
IMAGE_GONE = QT_TRANSLATE_NOOP("errors", "Picture {id} of this listing no longer exists.")
LISTING_GONE = QT_TRANSLATE_NOOP("errors", "Listing {id} no longer exists.")


@dataclass(frozen=True)
class ImageFile:
    """A picture on disk, checked and named by its content, ready to be copied in."""

    source: Path
    file_name: str
    original_name: str
    size_bytes: int


@dataclass(frozen=True)
class ImageView:
    id: int
    file_name: str
    original_name: str
    position: int
    path: Path


# What an editor saves as a listing's pictures, in order: an image already on the listing
# (its id), or a new file (its path, or the ImageFile a check returned).
ImageChoice = int | Path | ImageFile


def sniff(head: bytes) -> str | None:
    """The picture format the first bytes of a file announce, or None."""
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head[:2] == b"BM" and len(head) >= 26:
        return "bmp"
    return None


def check_image(path: Path) -> ImageFile:
    """Refuse what is not a picture (by extension and content) or is larger than 20 MB."""
    path = Path(path)
    name = path.name
    if path.suffix.lower() not in IMAGE_EXTENSIONS:
        raise ValidationError(NOT_PICTURE, item=name, name=name)
    try:
        size = path.stat().st_size
        if size > IMAGE_LIMIT_BYTES:
            raise ValidationError(TOO_BIG, item=name, name=name, size=round(size / 2**20, 1),
                                  limit=IMAGE_LIMIT_BYTES // 2**20)
        digest = hashlib.sha256()
        with path.open("rb") as stream:
            head = stream.read(64)
            kind = sniff(head)
            if kind is None:
                raise ValidationError(NOT_PICTURE, item=name, name=name)
            digest.update(head)
            for block in iter(lambda: stream.read(1 << 20), b""):
                digest.update(block)
    except OSError as error:
        raise KnownError(UNREADABLE, item=name, name=name, reason=error.strerror or error) from None
    return ImageFile(path, digest.hexdigest() + _STORED_EXTENSION[kind], name[:255], size)


def thumbnail_name(file_name: str, size: int) -> str:
    """Where the window caches a picture's thumbnail of `size` px, inside images/thumbs."""
    return f"{Path(file_name).stem}_{size}.png"


class ListingImages:
    """The pictures of listings; the files live in `images_dir`, shared between listings."""

    def __init__(self, database: Database, images_dir: Path | None = None) -> None:
        self._db = database
        self._images_dir = images_dir

    @property
    def images_dir(self) -> Path:
        if self._images_dir is None:
            raise KnownError(NO_FOLDER)
        return self._images_dir

    @property
    def images_folder(self) -> Path | None:
        """The image folder, or None where the shop has none (then pictures are refused)."""
        return self._images_dir

    @property
    def thumbs_dir(self) -> Path:
        return self.images_dir / THUMBS

    def image_path(self, file_name: str) -> Path:
        return self.images_dir / file_name

    def check_image(self, path: Path) -> ImageFile:
        return check_image(path)

    def images(self, listing_id: int) -> tuple[ImageView, ...]:
        with self._db.read_session() as session:
            return self._views(session, listing_id)

    def add_image(self, listing_id: int, path: Path | ImageFile) -> ImageView:
        """Copy a picture in and put it last on the listing."""
        image = path if isinstance(path, ImageFile) else check_image(path)
        self.copy_in(image)
        try:
            with self._db.session() as session:
                self._listing(session, listing_id).updated_at = datetime.now(UTC)
                rows = self._rows(session, listing_id)
                if any(row.file_name == image.file_name for row in rows):
                    raise ValidationError(ALREADY_THERE, item=image.original_name,
                                          name=image.original_name)
                row = ListingImage(listing_id=listing_id, position=len(rows),
                                   file_name=image.file_name,
                                   original_name=image.original_name,
                                   added_at=datetime.now(UTC))
                session.add(row)
                session.flush()
                return self._view(row)
        except BaseException:
            self._delete_unused([image.file_name])
            raise

    def remove_image(self, listing_id: int, image_id: int) -> None:
        with self._db.session() as session:
            rows, gone = self._changing(session, listing_id, image_id)
            session.delete(gone)
            for position, row in enumerate(r for r in rows if r is not gone):
                row.position = position
            name = gone.file_name
        self._delete_unused([name])

    def _changing(self, session: Session, listing_id: int, image_id: int
                  ) -> tuple[list[ListingImage], ListingImage]:
        """The listing's pictures and the one about to change; the listing counts as changed."""
        rows = self._rows(session, listing_id)
        image = next((row for row in rows if row.id == image_id), None)
        if image is None:
            raise NotFoundError(IMAGE_GONE, id=image_id)
        self._listing(session, listing_id).updated_at = datetime.now(UTC)
        return rows, image

    def move_image(self, listing_id: int, image_id: int, new_position: int) -> None:
        """Put one picture at `new_position` (0 is first; past the end means last)."""
        with self._db.session() as session:
            rows, moving = self._changing(session, listing_id, image_id)
            rows.remove(moving)
            rows.insert(max(0, min(new_position, len(rows))), moving)
            for position, row in enumerate(rows):
                row.position = position

    # -- for saves of the whole listing ---------------------------------------------------
    def _prepared(self, choices: Sequence[ImageChoice] | None) -> list[int | ImageFile]:
        """Check and copy in every new file before the save's transaction starts (a file left
        over by a failed save is removed by `_delete_unused`)."""
        if choices is None:
            return []
        ready: list[int | ImageFile] = []
        for choice in choices:
            if isinstance(choice, int):
                ready.append(choice)
                continue
            image = choice if isinstance(choice, ImageFile) else check_image(choice)
            self.copy_in(image)
            ready.append(image)
        return ready

    def _sync_images(
        self, session: Session, listing_id: int, wanted: Sequence[int | ImageFile],
        now: datetime,
    ) -> list[str]:
        """Make the listing's pictures exactly `wanted`, in order; returns the file names of
        the rows removed (their files go once no listing uses them)."""
        rows = {row.id: row for row in self._rows(session, listing_id)}
        kept = {choice for choice in wanted if isinstance(choice, int)}
        removed = [row for row_id, row in rows.items() if row_id not in kept]
        for row in removed:
            session.delete(row)
        names: set[str] = set()
        for choice in wanted:
            row = rows.get(choice) if isinstance(choice, int) else None
            name = row.file_name if row is not None else getattr(choice, "file_name", "")
            if not name or name in names:
                continue  # removed meanwhile by another desk, or listed twice
            if row is not None:
                row.position = len(names)
            else:
                assert isinstance(choice, ImageFile)
                session.add(ListingImage(listing_id=listing_id, position=len(names),
                                         file_name=name, original_name=choice.original_name,
                                         added_at=now))
            names.add(name)
        return [row.file_name for row in removed]

    def copy_in(self, image: ImageFile) -> None:
        """Copy a checked picture into the image folder (listings' and returns' photos share
        it; the file's name is its content's hash)."""
        folder = self.images_dir
        target = folder / image.file_name
        try:
            if target.exists() and target.stat().st_size == image.size_bytes:
                return  # the same content is there already (the name is its hash)
            folder.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=folder, suffix=".part")
            os.close(handle)
            try:
                shutil.copyfile(image.source, temporary)
                os.replace(temporary, target)
            finally:
                Path(temporary).unlink(missing_ok=True)
        except OSError as error:
            raise KnownError(NOT_COPIED, item=image.original_name, name=image.original_name,
                             folder=str(folder), reason=error.strerror or error) from None

    def _delete_unused(self, names: Iterable[str]) -> None:
        """Delete picture files (and their thumbnails) that no listing or return uses any more."""
        names = sorted(set(names))
        if not names or self._images_dir is None:
            return
        with self._db.read_session() as session:
            used = {name for table in (ListingImage, ReturnPhoto) for name in session.scalars(
                select(table.file_name).distinct().where(table.file_name.in_(names)))}
        for name in names:
            if name in used:
                continue
            (self._images_dir / name).unlink(missing_ok=True)
            for thumb in self._images_dir.joinpath(THUMBS).glob(f"{Path(name).stem}_*.png"):
                thumb.unlink(missing_ok=True)

    # -- reading --------------------------------------------------------------------------
    @staticmethod
    def _listing(session: Session, listing_id: int) -> Listing:
        listing = session.get(Listing, listing_id)
        if listing is None:
            raise NotFoundError(LISTING_GONE, id=listing_id)
        return listing

    @staticmethod
    def _rows(session: Session, listing_id: int) -> list[ListingImage]:
        return list(session.scalars(
            select(ListingImage).where(ListingImage.listing_id == listing_id)
            .order_by(ListingImage.position, ListingImage.id)))

    def _view(self, row: ListingImage) -> ImageView:
        folder = self._images_dir or Path()
        return ImageView(row.id, row.file_name, row.original_name, row.position,
                         folder / row.file_name)

    def _views(self, session: Session, listing_id: int) -> tuple[ImageView, ...]:
        return tuple(self._view(row) for row in self._rows(session, listing_id))
