import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract.clean.clean_text import build_clean_text
from extract.clean.offsets import OffsetMap
from extract.clean.whitespace import normalize_whitespace


def test_build_clean_text_collapses_spaces_and_keeps_paragraphs():
    raw = "Jens\u00a0\u00a0Soering  \nNew Book\n\n\n  Lynchburg"
    text, _ = build_clean_text(raw)
    assert text == "Jens Soering\nNew Book\n\nLynchburg"


def test_build_clean_text_removed_line_is_a_paragraph_break():
    raw = "Heading\nFollow Us\nBody text."
    text, _ = build_clean_text(raw, [(8, 17)])
    assert text == "Heading\n\nBody text."


def test_build_clean_text_removed_prefix_of_a_line():
    raw = " date 2017-05-03 A man who has spent"
    text, offsets = build_clean_text(raw, [(1, 16)])
    assert text == "A man who has spent"
    assert offsets.to_raw(0, 5) == (17, 22)


def test_offset_map_to_raw_after_collapsed_space():
    raw = "Derek   Haysom was 71"
    text, offsets = build_clean_text(raw)
    start = text.index("Haysom")
    assert offsets.to_raw(start, start + 6) == (8, 14)
    assert raw[8:14] == "Haysom"


def test_offset_map_rejects_empty_and_out_of_range_spans():
    offsets = OffsetMap.from_positions([0, 1, 2])
    with pytest.raises(IndexError):
        offsets.to_raw(2, 2)
    with pytest.raises(IndexError):
        offsets.to_raw(1, 4)


def test_offset_map_empty_document():
    text, offsets = build_clean_text("  \n\u00a0\n ")
    assert text == ""
    assert offsets.clean_length == 0


# Text made of words, all kinds of whitespace and line breaks: what cleaning sees.
_pieces = st.sampled_from(
    [
        "Jens",
        "Söring’s",
        "“quoted”",
        "1985",
        ",",
        ".",
        " ",
        "  ",
        "\u00a0",
        "\t",
        "\u2009",
        "\n",
        "\n\n",
        "\n \n",
        "\n\n\n",
    ]
)
raw_texts = st.lists(_pieces, min_size=1, max_size=40).map("".join)


@st.composite
def text_with_removals(draw):
    raw = draw(raw_texts)
    cuts = sorted(draw(st.lists(st.integers(0, len(raw)), max_size=6)))
    removed = [(a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=False) if a < b]
    return raw, removed


@given(raw_texts, st.data())
def test_offsets_raw_slice_normalises_to_cleaned_span(raw, data):
    """With nothing removed, the raw slice of any cleaned span equals it up to whitespace."""
    text, offsets = build_clean_text(raw)
    if not text:
        return
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    raw_start, raw_end = offsets.to_raw(start, end)
    assert normalize_whitespace(raw[raw_start:raw_end]) == normalize_whitespace(text[start:end])


@given(text_with_removals(), st.data())
def test_offsets_raw_pieces_normalise_to_cleaned_span(case, data):
    """With regions removed, the raw pieces of any cleaned span equal it up to whitespace."""
    raw, removed = case
    text, offsets = build_clean_text(raw, removed)
    if not text:
        return
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    pieces = offsets.raw_pieces(start, end)
    joined = "".join(raw[a:b] for a, b in pieces)
    assert normalize_whitespace(joined) == normalize_whitespace(text[start:end])
    for piece_start, piece_end in pieces:
        for position in range(piece_start, piece_end):
            assert not any(a <= position < b for a, b in removed) or raw[position].isspace()


@given(text_with_removals())
def test_offsets_every_cleaned_character_maps_to_the_same_raw_character(case):
    raw, removed = case
    text, offsets = build_clean_text(raw, removed)
    for position, char in enumerate(text):
        raw_char = raw[offsets.raw_position(position)]
        assert raw_char == char or (char in " \n" and raw_char.isspace())
