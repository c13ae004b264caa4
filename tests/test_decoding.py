import codecs

import pytest

from extract.ingest.decoding import DecodeProblem, decode_bytes


def test_decode_utf8_plain():
    decoded = decode_bytes("Söring’s case".encode())
    assert (decoded.text, decoded.encoding) == ("Söring’s case", "utf-8")


def test_decode_utf8_bom_is_dropped_and_recorded():
    decoded = decode_bytes(codecs.BOM_UTF8 + b"Jens")
    assert (decoded.text, decoded.encoding) == ("Jens", "utf-8-sig")


def test_decode_crlf_and_cr_become_lf():
    assert decode_bytes(b"one\r\ntwo\rthree\n").text == "one\ntwo\nthree\n"


def test_decode_latin1_text_is_detected_as_western():
    data = "The café served a naïve résumé for £15 to Zoë.".encode("latin-1")
    decoded = decode_bytes(data)
    assert decoded.text == "The café served a naïve résumé for £15 to Zoë."
    assert decoded.encoding == "cp1252"


def test_decode_utf16_with_bom():
    decoded = decode_bytes("Lynchburg, 1985".encode("utf-16"))
    assert (decoded.text, decoded.encoding) == ("Lynchburg, 1985", "utf-16")


def test_decode_nul_bytes_are_binary():
    with pytest.raises(DecodeProblem) as caught:
        decode_bytes(b"PK\x03\x04\x00\x00binary")
    assert caught.value.kind == "binary"
    assert "offset 4" in caught.value.detail


def test_decode_noise_is_undecodable():
    with pytest.raises(DecodeProblem) as caught:
        decode_bytes(bytes(range(0x80, 0x100)) * 4)
    assert caught.value.kind == "undecodable"
