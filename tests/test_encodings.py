"""Legacy-encoded short texts decode to the text that was written (issue 15, point 5).

The samples come from tests/encoding_samples.py; `python tools/measure_decoding.py`
prints the same shares. Before the plausibility ranking the decoder got 0.508 of
the Western European set, 0.450 of Windows-1250, 0.850 of Windows-1251 and 0.625
of KOI8-R right (docs/encodings.md).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter

import pytest

from extract.ingest.decoding import SAMPLE_BYTES, Decoded, _evidence, decode_bytes
from extract.ingest.plausibility import plausibility

from .encoding_samples import SET_NAMES, Sample, all_samples

SAMPLES = all_samples()


@pytest.fixture(scope="module")
def decoded() -> list[tuple[Sample, Decoded]]:
    return [(sample, decode_bytes(sample.data)) for sample in SAMPLES]


def _share_right(decoded: list[tuple[Sample, Decoded]], set_name: str) -> float:
    results = [d.text == s.text for s, d in decoded if s.set_name == set_name]
    return sum(results) / len(results)


# The generated test set ----------------------------------------------------------


def test_encodings_samples_are_many_short_and_western_the_largest():
    sizes = Counter(sample.set_name for sample in SAMPLES)
    assert len(SAMPLES) >= 200
    assert set(sizes) == set(SET_NAMES)
    assert sizes.most_common(1)[0][0] == "western"
    sentences = [len(re.findall(r"[.?!…][”»]?(?:\s|$)", sample.text)) for sample in SAMPLES]
    assert min(sentences) == 1 and max(sentences) >= 4


def test_encodings_samples_are_legacy_bytes_not_utf8():
    for sample in SAMPLES:
        assert not sample.text.isascii()
        with pytest.raises(UnicodeDecodeError):
            sample.data.decode("utf-8")


def test_encodings_samples_are_the_same_on_every_run():
    assert all_samples() == SAMPLES


def test_encodings_western_samples_hold_the_letters_and_punctuation_named():
    western = "".join(s.text for s in SAMPLES if s.set_name == "western")
    for char in "öéñßçåø“”’–—€":
        assert char in western
    assert {s.encoding for s in SAMPLES if s.set_name == "western"} == {"latin-1", "cp1252"}


# Shares decoded right ----------------------------------------------------------------


def test_encodings_western_european_share_is_at_least_99_percent(decoded):
    assert _share_right(decoded, "western") >= 0.99


@pytest.mark.parametrize("set_name", ["cp1250", "cp1251", "koi8-r"])
def test_encodings_other_sets_lose_nothing(decoded, set_name):
    # well above what the decoder got before (0.450, 0.850, 0.625)
    assert _share_right(decoded, set_name) >= 0.95


def test_encodings_recorded_encoding_reproduces_the_text(decoded):
    for sample, result in decoded:
        assert sample.data.decode(result.encoding) == result.text, sample.text


# The cases of the issue ----------------------------------------------------------


def test_decode_latin1_one_liner_keeps_the_o_umlaut():
    result = decode_bytes(b"Jens S\xf6ring arrived in Frankfurt on December 17, 2019.")
    assert result.text == "Jens Söring arrived in Frankfurt on December 17, 2019."
    assert codecs.lookup(result.encoding).name == "cp1252"


def test_decode_cp1252_curly_quotes_recorded_as_cp1252():
    text = "“We never signed it,” she said – twice — and left the room."
    result = decode_bytes(text.encode("cp1252"))
    assert result.text == text
    assert codecs.lookup(result.encoding).name == "cp1252"


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Shares in the firm rose to £15 on Tuesday.", "cp1252"),
        ("The Škoda plant near Mladá Boleslav hired 300 workers.", "cp1252"),
        ("Žižek’s lecture was cancelled at short notice.", "cp1252"),
        ("Wczoraj padał deszcz.", "cp1250"),
        ("Jiří Dvořák, Petra Nováková", "cp1250"),
        ("Policie zadržela dva muže.", "cp1250"),
        ("Tilbuddet gælder kun i denne uge.", "latin-1"),
        ("Perché non è venuto alla riunione?", "latin-1"),
        ("Heat the oven to 200ºC and wait.", "cp1252"),
        ("Я купил хлеб и молоко.", "koi8-r"),
        ("Σήμερα βρέχει και μένω στο σπίτι.", "cp1253"),
    ],
)
def test_decode_short_legacy_text(text, encoding):
    result = decode_bytes(text.encode(encoding))
    assert result.text == text
    assert text.encode(encoding).decode(result.encoding) == text


def _cp1258(text: str) -> bytes:
    """Windows-1258 bytes of Vietnamese: base letters precomposed, tone marks apart."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = b""
    for char in text:
        parts = unicodedata.normalize("NFD", char)
        base = parts[0] + "".join(mark for mark in parts[1:] if mark not in tones)
        out += unicodedata.normalize("NFC", base).encode("cp1258")
        out += "".join(mark for mark in parts[1:] if mark in tones).encode("cp1258")
    return out


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Η κυβέρνηση ανακοίνωσε νέα μέτρα για την οικονομία.", "cp1253"),
        ("Bu kitabı okumak için çok zaman harcadım ve çok beğendim.", "cp1254"),
        ("הממשלה הודיעה על צעדים חדשים לכלכלה.", "cp1255"),
        ("أعلنت الحكومة عن إجراءات جديدة للاقتصاد.", "cp1256"),
        ("รัฐบาลประกาศมาตรการใหม่สำหรับเศรษฐกิจ", "cp874"),
        ("Valdžia paskelbė naujas ekonomikos priemones ir jos bus taikomos.", "cp1257"),
        ("Уряд оголосив нові заходи для економіки, і вони діятимуть з осені.", "cp1251"),
        ("Правителството обяви нови мерки за икономиката.", "cp1251"),
        ("政府は経済のための新しい対策を発表した。", "shift_jis"),
        ("政府宣布了新的经济措施。", "gbk"),
        ("政府宣布了新的經濟措施。", "big5"),
        ("정부는 경제를 위한 새로운 조치를 발표했다.", "euc_kr"),
    ],
)
def test_decode_other_scripts_still_read(text, encoding):
    assert decode_bytes(text.encode(encoding)).text == text


def test_decode_vietnamese_windows_1258_keeps_its_tone_marks():
    text = "Chính phủ đã công bố các biện pháp mới cho nền kinh tế."
    result = decode_bytes(_cp1258(text))
    assert unicodedata.normalize("NFC", result.text) == text


# The plausibility measures, worked out by hand -------------------------------------


def test_plausibility_symbol_inside_a_word_is_odd():
    assert plausibility("Jens S÷ring").odd_characters == 1
    assert plausibility("Jens Söring").odd_characters == 0
    assert plausibility("3 × 4 = 12").odd_characters == 0  # between digits, not letters


def test_plausibility_capital_after_small_letter_is_odd():
    assert plausibility("the cafÚ").odd_characters == 1
    assert plausibility("the Café").odd_characters == 0


def test_plausibility_two_scripts_in_one_word_are_odd():
    assert plausibility("the cafй").odd_characters == 1  # Cyrillic short i after Latin
    assert plausibility("кафе").odd_characters == 0


def test_plausibility_punctuation_of_another_script_is_odd():
    assert plausibility("to 200\u061bC").odd_characters == 1  # Arabic semicolon before C
    assert plausibility("to 200ºC").odd_characters == 0


def test_plausibility_symbol_after_a_digit_is_no_word():
    assert plausibility("Heat to 200ºC or 20°C.").spelled == 1.0
    assert plausibility("Wczoraj pada³ deszcz.").spelled == 0.0  # ³ ends a word


def test_plausibility_control_and_stray_mark_are_odd():
    assert plausibility("caf\x85 noir").odd_characters == 1  # a C1 control
    assert plausibility("\u0303etta var").odd_characters == 1  # a tilde on nothing


def test_plausibility_word_internal_punctuation_is_not_odd():
    assert plausibility("col·lecció d’art, Paris–Berlin").odd_characters == 0


def test_plausibility_middle_dot_only_between_two_ls():
    # KOI8-R reads the Windows-1250 byte of "ž" as a middle dot: "mu·e"
    assert plausibility("dva mu·e").odd_characters == 1


def test_plausibility_counts_function_words_as_spelled():
    # "się" and "że" are Polish function words; read as Windows-1252 they are
    # "siê" and "¿e": only the one-letter "e" is left, which names the language
    # (Italian, Portuguese) but is not counted
    right = plausibility("Mówi, że się spóźni.")
    wrong = plausibility("Mówi, ¿e siê spóŸni.")
    assert (right.function_words, right.language) == (2, "pl")
    assert (wrong.function_words, wrong.language) == (0, "it+pt")


def test_plausibility_names_must_be_spelled_in_one_alphabet():
    assert plausibility("Dvořák").spelled == 1.0  # Czech
    assert plausibility("Dvoøák").spelled == 0.0  # ø is Danish, á is not
    assert plausibility("Søren Castañeda").spelled == 1.0  # two names, two alphabets


def test_plausibility_words_of_the_text_language_use_its_alphabet():
    # "v" and "o" are Czech and Slovak function words; ů is Czech, ù is neither
    right = plausibility("Ceny bytů v Praze vzrostly o dvacet procent.")
    wrong = plausibility("Ceny bytù v Praze vzrostly o dvacet procent.")
    assert right.language == wrong.language == "cs+sk"
    assert (right.in_language, wrong.in_language) == (1.0, 0.0)


def test_plausibility_capital_words_counted():
    assert plausibility("с ЛХРЙМ ИМЕВ").capital_words == 2
    assert plausibility("я купил хлеб").capital_words == 0


# Cost ------------------------------------------------------------------------------


def test_decode_compares_readings_on_a_bounded_sample_around_non_ascii():
    filler = b"The committee met on Tuesday and agreed the budget. " * 40_000
    data = filler + b"Jens S\xf6ring arrived. " + filler
    evidence = _evidence(data)
    assert len(evidence) <= SAMPLE_BYTES + 200
    assert b"S\xf6ring" in evidence
    assert decode_bytes(data).text == data.decode("cp1252")
