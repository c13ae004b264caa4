"""Bytes to text: UTF-8 first, a real detector otherwise, universal newlines always.

The decoded text is the reference every raw offset indexes, so decoding is the
single place where bytes become code points: a UTF-8 byte-order mark is dropped
and CRLF/CR become LF, exactly as ``Path.read_text()`` reads a UTF-8 file.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from charset_normalizer import CharsetMatch, from_bytes

# Above this share of "mess" (charset-normalizer's chaos ratio) a detected decoding
# is noise rather than text, and the file is reported as undecodable.
MAX_CHAOS = 0.2


@dataclass(frozen=True)
class Decoded:
    """Text decoded from a file's bytes and the encoding that produced it."""

    text: str
    encoding: str


class DecodeProblem(ValueError):
    """The bytes are not text this project can read; ``kind`` names the reason."""

    def __init__(self, kind: str, detail: str) -> None:
        super().__init__(detail)
        self.kind = kind
        self.detail = detail


def universal_newlines(text: str) -> str:
    """CRLF and lone CR to LF, as Python's text mode reads files."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_bytes(data: bytes) -> Decoded:
    """Decode a document's bytes, or raise DecodeProblem ("binary" or "undecodable")."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return Decoded(universal_newlines(data.decode("utf-16")), "utf-16")
        except UnicodeDecodeError as err:
            raise DecodeProblem("undecodable", f"invalid UTF-16: {err.reason}") from err
    if b"\x00" in data:
        position = data.index(b"\x00")
        raise DecodeProblem("binary", f"NUL byte at offset {position}: not a text file")
    if data.startswith(codecs.BOM_UTF8):
        try:
            return Decoded(universal_newlines(data.decode("utf-8-sig")), "utf-8-sig")
        except UnicodeDecodeError as err:
            raise DecodeProblem("undecodable", f"BOM says UTF-8 but {err.reason}") from err
    try:
        return Decoded(universal_newlines(data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError:
        pass
    best = _most_plausible(data)
    if best is None:
        raise DecodeProblem("undecodable", "not UTF-8 and no encoding detected with confidence")
    return Decoded(universal_newlines(str(best)), best.encoding)


def _most_plausible(data: bytes) -> CharsetMatch | None:
    """The detector's candidate whose text reads most like a language, Windows-1252 on ties.

    charset-normalizer ranks by "mess" alone, which on mostly-ASCII text with one
    pound sign prefers Shift-JIS; its coherence (language fit) breaks that tie, and
    Windows-1252, the web's legacy default (WHATWG), breaks the remaining ones.
    """
    readable = [match for match in from_bytes(data) if match.chaos <= MAX_CHAOS]
    if not readable:
        return None
    return min(
        readable,
        key=lambda match: (
            -match.coherence,
            match.chaos,
            "cp1252" not in match.could_be_from_charset,
        ),
    )
