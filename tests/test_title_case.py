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
    assert lines.supported("Lagos") and lines.supported("Ada Okafor")
    assert not lines.supported("Vote Expected")
