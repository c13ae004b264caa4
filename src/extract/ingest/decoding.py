"""Bytes to text: UTF-8 first, the most plausible legacy reading otherwise, universal newlines.

The decoded text is the reference every raw offset indexes, so decoding is the
single place where bytes become code points: a UTF-8 byte-order mark is dropped
and CRLF/CR become LF, exactly as ``Path.read_text()`` reads a UTF-8 file.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import CharsetMatches, from_bytes

from extract.ingest.plausibility import plausibility

# Above this share of "mess" (charset-normalizer's chaos ratio) a detected decoding
# is noise rather than text, and the file is reported as undecodable.
MAX_CHAOS = 0.2
# ASCII-compatible code pages read ASCII bytes alike, so their readings are
# compared on the stretches around non-ASCII bytes, up to this many bytes of a
# file (some five pages of text).
SAMPLE_BYTES = 1 << 14
# Bytes of context kept on each side of a run of non-ASCII bytes.
CONTEXT_BYTES = 80
_NON_ASCII_RUN = re.compile(rb"[\x80-\xff]+")
_SPACE = re.compile(rb"\s")
# The legacy default of the web for unlabelled text, and what "latin-1" means (WHATWG).
WINDOWS_1252 = "cp1252"
# The WHATWG Encoding Standard's other legacy encodings, as Python names them:
# Windows code pages first (the locales' defaults), then KOI8, DOS 866, ISO-8859,
# Mac, and the multi-byte encodings of Chinese, Japanese and Korean.
WEB_LEGACY = (
    "cp1250", "cp1251", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258", "cp874",
    "koi8_r", "koi8_u", "cp866",
    "iso8859_2", "iso8859_3", "iso8859_4", "iso8859_5", "iso8859_6", "iso8859_7",
    "iso8859_8", "iso8859_10", "iso8859_13", "iso8859_14", "iso8859_15", "iso8859_16",
    "mac_roman", "mac_cyrillic",
    "gb18030", "gbk", "big5", "big5hkscs", "cp932", "shift_jis", "euc_jp", "iso2022_jp",
    "cp949", "euc_kr",
)  # fmt: skip


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
    reading = _most_plausible(data)
    if reading is None:
        raise DecodeProblem("undecodable", "not UTF-8 and no encoding detected with confidence")
    text, encoding = reading
    return Decoded(universal_newlines(text), encoding)


def _preference(encoding: str) -> tuple[int, int]:
    """(tier, place): Windows-1252, then the web's other legacy encodings, then the rest."""
    if encoding == WINDOWS_1252:
        return 0, 0
    if encoding in WEB_LEGACY:
        return 1, WEB_LEGACY.index(encoding)
    return 2, 0


def _evidence(data: bytes) -> bytes:
    """The stretches of ``data`` around its non-ASCII bytes, whole words, one per line.

    Only there do code-page readings differ, so this is where they are compared;
    each stretch keeps CONTEXT_BYTES of its neighbours for the function words, and
    the stretches stop at SAMPLE_BYTES in all.
    """
    if len(data) <= SAMPLE_BYTES:
        return data
    windows: list[list[int]] = []
    size = 0
    for run in _NON_ASCII_RUN.finditer(data):
        if windows and run.end() <= windows[-1][1]:
            continue
        start = max(0, run.start() - CONTEXT_BYTES)
        space = _SPACE.search(data, start, run.start())
        start = space.end() if space else start
        end = min(len(data), run.end() + CONTEXT_BYTES)
        space = _SPACE.search(data, end, end + CONTEXT_BYTES)
        end = space.start() if space else end
        if windows and start <= windows[-1][1]:
            size += end - windows[-1][1]
            windows[-1][1] = end
        else:
            size += end - start
            windows.append([start, end])
        if size >= SAMPLE_BYTES:
            break
    return b"\n".join(data[start:end] for start, end in windows)


def _most_plausible(data: bytes) -> tuple[str, str] | None:
    """The reading of ``data`` that reads most like writing, and the encoding to record.

    Readings are ranked by plausibility (odd characters, function words, alphabet
    fit; see extract.ingest.plausibility), then Windows-1252 before the web's
    other legacy encodings (WHATWG: windows-1252 is the legacy default, and what
    the "latin-1" label means), then charset-normalizer's coherence and chaos. So
    another code page wins over Windows-1252 only where its text is measurably
    more plausible; of code pages that give the same text, the most preferred
    name is recorded. The web's legacy encodings are asked for by name (the
    documented ``cp_isolation``: an open search stops early once one reading looks
    definitive, and can leave Windows-1252 or KOI8-R untested); every other code
    page charset-normalizer knows is tried only when none of them gives a reading
    free of odd characters. Plausibility is measured on a bounded sample (see
    _evidence), and the whole file is decoded once.
    """
    sample = _evidence(data)
    ranked: list[tuple[tuple[object, ...], str]] = []
    measured: set[str] = set()
    for search in (_web_legacy_matches, from_bytes):
        for match in search(data):
            if match.chaos > MAX_CHAOS or match.encoding in measured:
                continue
            reading = sample.decode(match.encoding, errors="ignore")
            rank = plausibility(reading).rank
            for encoding in match.could_be_from_charset:
                # the names grouped with a match are said to read the same; check it
                if encoding in measured or sample.decode(encoding, errors="ignore") != reading:
                    continue
                measured.add(encoding)
                tier, place = _preference(encoding)
                ranked.append(((*rank, tier, -match.coherence, match.chaos, place), encoding))
        ranked.sort()
        if ranked and ranked[0][0][0] == 0:  # a reading with no odd character
            break
    for _, encoding in ranked:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return None


def _web_legacy_matches(data: bytes) -> CharsetMatches:
    return from_bytes(data, cp_isolation=[WINDOWS_1252, *WEB_LEGACY])
