"""A file's bytes to text: byte-order mark, strict UTF-8, else the likeliest legacy encoding."""

from __future__ import annotations

import codecs

import charset_normalizer

# In the order a tie is broken: a Chinese seller's Excel saves GBK (gb18030 is its superset).
CANDIDATES: tuple[str, ...] = ("gb18030", "big5", "shift_jis", "cp1252", "latin-1")
_SAMPLE_BYTES = 256 * 1024
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class NotText(ValueError):
    """The bytes do not decode in the encoding asked for."""


def canonical_name(encoding: str) -> str:
    """Python's name for `encoding` ('GBK' -> 'gbk'); LookupError when Python has no such codec."""
    return codecs.lookup(encoding).name


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """The text of `data` and the encoding it was read in.

    `encoding` forces one (NotText when the bytes do not fit it). Otherwise a byte-order mark
    decides, then strict UTF-8, then charset_normalizer's choice among CANDIDATES, then each
    candidate in turn; latin-1 reads any bytes, so the guess always ends with some text."""
    if encoding:
        name = canonical_name(encoding)
        try:
            return data.decode(name), name
        except UnicodeDecodeError:
            raise NotText(name) from None
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError:
                raise NotText(name) from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    for name in _ranked_candidates(data):
        try:
            return data.decode(name), name
        except UnicodeDecodeError:
            continue
    raise NotText("latin-1")  # unreachable: latin-1 decodes every byte


def _ranked_candidates(data: bytes) -> list[str]:
    """CANDIDATES with charset_normalizer's best guess on a sample moved to the front."""
    sample = data[:_SAMPLE_BYTES]
    if len(data) > _SAMPLE_BYTES:
        # Cut at a line end so that no multi-byte character is split.
        sample = sample[: sample.rfind(b"\n") + 1] or sample
    best = charset_normalizer.from_bytes(sample, cp_isolation=list(CANDIDATES)).best()
    ranked = list(CANDIDATES)
    if best is not None:
        guessed = canonical_name(best.encoding)
        names = [canonical_name(name) for name in ranked]
        if guessed in names:
            ranked.insert(0, ranked.pop(names.index(guessed)))
    return [canonical_name(name) for name in ranked]
