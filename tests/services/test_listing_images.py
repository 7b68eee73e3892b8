"""Pictures of listings: checked, copied in under their content's name, shared and cleaned up."""

from __future__ import annotations

import hashlib
import struct
import zlib
from dataclasses import replace
from pathlib import Path

import pytest

from seller_desk.domain.errors import KnownError, NotFoundError, ValidationError
from seller_desk.domain.listing_rules import ListingDraft
from seller_desk.services.listing_images import check_image, sniff, thumbnail_name
from seller_desk.services.listings import ListingsService
from tests.factories import make_shop


def png_bytes(colour: int = 0) -> bytes:
    """A valid 1x1 PNG (made by hand: the service layer has no Qt)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    raw = b"\x00" + bytes([colour, colour, colour])
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


@pytest.fixture
def shop(database):
    return make_shop(database)


@pytest.fixture
def service(database, tmp_path):
    return ListingsService(database, tmp_path / "images")


def test_check_names_a_picture_by_its_content(tmp_path):
    data = png_bytes()
    image = check_image(write(tmp_path, "photo.PNG", data))
    assert image.file_name == hashlib.sha256(data).hexdigest() + ".png"
    assert image.original_name == "photo.PNG" and image.size_bytes == len(data)
    # A JPEG-named PNG is stored under what it really is.
    assert check_image(write(tmp_path, "photo.jpg", data)).file_name.endswith(".png")
    assert sniff(b"\xff\xd8\xff\xe0rest") == "jpeg" and sniff(b"RIFF1234WEBPVP8 ") == "webp"


@pytest.mark.parametrize(("name", "data", "says"), [
    ("notes.txt", b"hello", "is not a picture"),
    ("fake.png", b"<html>not a png</html>", "is not a picture"),
    ("big.png", b"\x89PNG\r\n\x1a\n" + b"\0" * (20 * 2**20), "up to 20 MB"),
])
def test_check_refuses_what_is_not_a_small_picture(tmp_path, name, data, says):
    with pytest.raises(ValidationError, match=says) as caught:
        check_image(write(tmp_path, name, data))
    assert caught.value.item == name


def test_check_of_a_missing_file_says_it_cannot_read_it(tmp_path):
    with pytest.raises(KnownError, match=r"Cannot read gone\.png"):
        check_image(tmp_path / "gone.png")


def test_add_move_remove(shop, service, tmp_path):
    lamp = shop.listings["lamp"]
    first = service.add_image(lamp, write(tmp_path, "a.png", png_bytes(1)))
    second = service.add_image(lamp, write(tmp_path, "b.png", png_bytes(2)))
    assert first.path.read_bytes() == png_bytes(1) and first.path.parent == service.images_dir
    with pytest.raises(ValidationError, match="already on the listing"):
        service.add_image(lamp, write(tmp_path, "a-again.png", png_bytes(1)))
    service.move_image(lamp, second.id, 0)
    assert [i.original_name for i in service.images(lamp)] == ["b.png", "a.png"]
    assert service.detail(lamp).row.image == second.file_name
    service.remove_image(lamp, second.id)
    assert not second.path.exists()
    assert [(i.original_name, i.position) for i in service.images(lamp)] == [("a.png", 0)]
    with pytest.raises(NotFoundError):
        service.remove_image(lamp, second.id)


def test_a_file_shared_by_two_listings_stays_until_neither_uses_it(shop, service, tmp_path):
    source = write(tmp_path, "shared.png", png_bytes(7))
    lamp, mug = shop.listings["lamp"], shop.listings["mug"]
    on_lamp = service.add_image(lamp, source)
    on_mug = service.add_image(mug, source)
    assert on_lamp.file_name == on_mug.file_name
    thumbs = service.thumbs_dir
    thumbs.mkdir(parents=True)
    thumb = thumbs / thumbnail_name(on_lamp.file_name, 96)
    thumb.write_bytes(b"cached")
    service.remove_image(lamp, on_lamp.id)
    assert on_mug.path.exists() and thumb.exists()
    service.remove_image(mug, on_mug.id)
    assert not on_mug.path.exists() and not thumb.exists()


def test_save_with_pictures_in_one_go(shop, service, tmp_path):
    a, b, c = (write(tmp_path, f"{n}.png", png_bytes(i)) for i, n in enumerate("abc"))
    new_id = service.create(ListingDraft("POT-1", "Pot", cost_currency="EUR"), images=[a, b])
    start = service.start_edit(new_id)
    kept = start.images[1]
    service.update(new_id, start.draft, start.updated_at, images=[check_image(c), kept.id])
    after = service.images(new_id)
    assert [i.original_name for i in after] == ["c.png", "b.png"]
    assert not start.images[0].path.exists()
    start = service.start_edit(new_id)
    service.update(new_id, replace(start.draft, title="Pot!"), start.updated_at)
    assert service.images(new_id) == after  # images=None leaves them alone


def test_a_refused_save_leaves_no_file_behind(shop, service, tmp_path):
    source = write(tmp_path, "x.png", png_bytes(9))
    with pytest.raises(ValidationError):
        service.create(ListingDraft("LAMP-RED", "Dup", cost_currency="EUR"), images=[source])
    assert list(service.images_dir.glob("*.png")) == []


def test_without_an_image_folder_pictures_are_refused(database, shop, tmp_path):
    with pytest.raises(KnownError, match="no image folder"):
        ListingsService(database).add_image(shop.listings["lamp"],
                                            write(tmp_path, "a.png", png_bytes()))
