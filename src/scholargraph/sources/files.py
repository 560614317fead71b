"""Reading a source file as text: its encoding told by its first bytes, decoded strictly, one line end.

Every text source (BibTeX, rosters, JSON, YAML, Markdown, text homepages) is read here, so
they all take the same encodings: UTF-8, and UTF-16 or UTF-32 told by a byte-order mark or
by the NUL bytes ASCII leaves in them (the XML specification's way). A byte that is not
valid in that encoding is an error naming its line: no guess (Latin-1) that reads as
something else, and no works lost without a word.
"""

from __future__ import annotations

import codecs
import zlib
from pathlib import Path

from ..errors import SourceError

__all__ = ["decode_text", "read_bytes", "read_text_file", "text_encoding", "text_head"]

_BOMS = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),  # before UTF-16 LE, whose mark it starts with
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
)
_NULS = {
    (True, True, True, False): "utf-32-be",
    (False, True, True, True): "utf-32-le",
    (True, False, True, False): "utf-16-be",
    (False, True, False, True): "utf-16-le",
}
"""Which of the first four bytes are NUL, when they are two ASCII characters (or one) without a mark."""
GZIP_MAGIC = b"\x1f\x8b"


def text_encoding(head: bytes) -> tuple[str, int]:
    """The encoding a file's first bytes show and the length of its byte-order mark (UTF-8 when they show none)."""
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding, len(bom)
    return _NULS.get(tuple(byte == 0 for byte in head[:4]), "utf-8"), 0  # type: ignore[arg-type]


def read_bytes(path: Path, shown_as: str) -> bytes:
    """A file's bytes; ``SourceError`` saying why if it cannot be read."""
    try:
        return path.read_bytes()
    except OSError as error:
        raise SourceError(shown_as, f"cannot be read: {error.strerror or error}") from None


def _line_ends(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")  # Windows and old Mac line ends; lines stay lines


def decode_text(data: bytes, shown_as: str) -> str:
    """A file's content as text with ``\\n`` line ends; ``SourceError`` if it is compressed, not valid text, or empty."""
    if data.startswith(GZIP_MAGIC):
        raise SourceError(shown_as, "is gzip-compressed, not text; decompress it (gunzip) and read the result")
    encoding, bom = text_encoding(data)
    try:
        text = data[bom:].decode(encoding)
    except UnicodeDecodeError as error:
        line = _line_ends(data[bom : bom + error.start].decode(encoding)).count("\n") + 1
        name = encoding.upper().replace("-BE", " big-endian").replace("-LE", " little-endian")
        raise SourceError(
            shown_as, f"byte {data[bom + error.start]:#04x} is not {name} text; save the file as UTF-8", line
        ) from None
    if not text.strip():
        raise SourceError(shown_as, "the file is empty; there is nothing to read")
    return _line_ends(text)


def read_text_file(path: Path, shown_as: str) -> str:
    """A source file's text (see ``decode_text``); ``SourceError`` naming the file and line if it cannot be had."""
    return decode_text(read_bytes(path, shown_as), shown_as)


def text_head(path: Path, shown_as: str, size: int) -> str:
    """About the first ``size`` bytes of a file as text, to tell its kind by: decompressed if it is gzipped,
    decoded in its encoding (leniently: a bad byte is for the reader to report); ``SourceError`` if it cannot
    be read or is empty."""
    try:
        with path.open("rb") as file:
            head = file.read(size)
    except OSError as error:
        raise SourceError(shown_as, f"cannot be read: {error.strerror or error}") from None
    if head.startswith(GZIP_MAGIC):
        try:
            head = zlib.decompressobj(wbits=31).decompress(head, size)
        except zlib.error as error:
            raise SourceError(shown_as, f"is gzip-compressed but cannot be decompressed ({error})") from None
    encoding, bom = text_encoding(head)
    text = codecs.getincrementaldecoder(encoding)(errors="replace").decode(head[bom:], final=False)  # a cut character waits
    if not text.strip():
        raise SourceError(shown_as, "the file is empty; there is nothing to read")
    return text
