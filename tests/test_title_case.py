"""Title Case lines: the re-cased view the model reads keeps every offset and the names."""

from extract.ner.title_case import TitleCaseLines

TEXT = (
    "Harbour Fee Vote Expected To Fail In Lagos\n"
    "By Ada Okafor\n\n"
    "The harbour fee vote is expected to fail, officials in Lagos said. "
    "The fee would fund the port."
)


def test_title_case_line_is_read_as_running_text_writes_its_words():
    lines = TitleCaseLines(TEXT)
    assert len(lines.view) == len(TEXT)
    assert lines.view.startswith("Harbour fee vote expected to fail in Lagos\nBy Ada Okafor\n")
    assert (
        lines.view[len("Harbour fee vote expected to fail in Lagos\nBy Ada Okafor") :]
        == (TEXT[len("Harbour Fee Vote Expected To Fail In Lagos\nBy Ada Okafor") :])
    )


def test_span_on_a_title_line_needs_support_from_running_text():
    lines = TitleCaseLines(TEXT)
    assert lines.holds(0, 12) and not lines.holds(60, 70)
    assert not lines.unsupported("Lagos") and not lines.unsupported("Okafor")
    assert lines.unsupported("Expected")


def test_a_headline_span_ends_before_its_first_unsupported_word():
    import spacy

    nlp = spacy.blank("en")
    headline = "Ada Okafor Sentenced To Life In Lagos\n\nAda Okafor was sentenced to life.\n"
    lines = TitleCaseLines(headline)
    doc = nlp(headline)
    person = doc.char_span(0, len("Ada Okafor Sentenced To Life"), label="PERSON")
    part = lines.supported_part(person)
    assert part is not None and part.text == "Ada Okafor" and part.label_ == "PERSON"
    verdict = doc.char_span(len("Ada Okafor "), len("Ada Okafor Sentenced"), label="ORG")
    assert lines.supported_part(verdict) is None  # its first word is "sentenced" below
    assert not lines.unsupported("the")  # small words


def test_the_stage_keeps_the_supported_part_of_a_headline_span():
    from extract.clean.document import CleanText
    from extract.clean.offsets import OffsetMap
    from extract.config import NerParams
    from extract.ner.mentions import extract_entities

    # Invented page: the model reads the headline's person and verdict as one name.
    text = (
        "Guilty Verdict In Kano Murder Trial\n\n"
        "A jury returned a guilty verdict on Friday in the murder trial in Kano.\n"
    )
    document = CleanText("d", text, OffsetMap((0,), (0,), len(text)))
    (bare,) = extract_entities([document], params=NerParams(title_case_support=False))
    (result,) = extract_entities([document], params=NerParams())
    assert "Guilty Verdict" in [text[m.start : m.end] for m in bare.mentions]
    assert all(m.start > len("Guilty Verdict") for m in result.mentions)


def test_initials_and_particles_are_no_evidence():
    text = "Results Of The Kano Mile\nA Okafor De Vries Club\n\nOkafor's time was de rigueur.\n"
    lines = TitleCaseLines(text)
    assert lines.running.mostly_lower("De") and lines.running.mostly_lower("S")
    assert not lines.unsupported("A") and not lines.unsupported("De")
