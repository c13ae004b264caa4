"""An undated document is dated by the stamp near its top: a press release's "For
Immediate Release - <date>", a blog post's dated first line. Its "today" and "this
year" then resolve against that day, as a reader takes them, instead of staying
PRESENT_REF; a date inside a sentence of the narrative is no stamp."""

import datetime as dt

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from extract import cli
from extract.timex.shown_date import document_date, shown_date
from tests.conftest import CORPORA

# Invented pages in the shapes real ones take.
RELEASE = (
    "Kano Water Agency\n\nNews Releases\n\n"
    "For Immediate Release - September 13, 1999\n"
    "Contact: Ada Okafor, (406)444-4173\n\n"
    "Governor Bello announced today that the agency will open two wells. "
    "The first wells were dug earlier this year.\n"
)
BLOG = "Saturday, February 18, 2012\n\nLagos scientists call for open data\n\nThey met today.\n"
NARRATIVE = (
    "Lagos flood victims remembered\n\n"
    "Ada Okafor died Dec. 14, 2010, when the river rose.\n"
    "Her family said today that the fund will continue.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (RELEASE, dt.date(1999, 9, 13)),
        (BLOG, dt.date(2012, 2, 18)),
        ("Posted on 7-Jun-2019\n\nThe bridge reopened.\n", dt.date(2019, 6, 7)),
        (NARRATIVE, None),  # the date is in a sentence of the story
        ("Updated June 2019\n\nThe bridge reopened.\n", None),  # no whole day
    ],
)
def test_the_first_stamp_dates_the_document(text, expected):
    assert shown_date(text, max_lines=40) == expected


def test_only_the_first_lines_are_searched_and_a_published_date_wins():
    late = "\n".join(["A line of the story."] * 5) + "\nSaturday, February 18, 2012\n"
    assert shown_date(late, max_lines=6) == dt.date(2012, 2, 18)
    assert shown_date(late, max_lines=5) is None
    assert shown_date(RELEASE, max_lines=0) is None
    published = dt.date(2001, 1, 2)
    assert document_date(published, RELEASE, max_lines=40) == published
    assert document_date(None, RELEASE, max_lines=40) == dt.date(1999, 9, 13)


def _dates(raw_dir, out_dir):
    result = CliRunner().invoke(cli.app, ["run", "--raw", str(raw_dir), "--out", str(out_dir)])
    assert result.exit_code == 0, result.output
    return pq.read_table(out_dir / "dates.parquet").to_pylist()


def test_the_pipeline_resolves_today_against_the_stamp(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "release.txt").write_text(RELEASE, encoding="utf-8")
    (raw / "story.txt").write_text(NARRATIVE, encoding="utf-8")
    rows = {(row["doc_id"], row["text"]): row for row in _dates(raw, tmp_path / "out")}
    today = rows[("release.txt", "today")]
    assert (today["value"], today["anchor"]) == ("1999-09-13", "dct")
    assert today["document_date"] == dt.date(1999, 9, 13)
    assert rows[("release.txt", "earlier this year")]["value"] == "1999"
    undated = rows[("story.txt", "today")]
    assert (undated["value"], undated["document_date"]) == ("PRESENT_REF", None)


WEB = CORPORA / "web-pages" / "raw"


@pytest.mark.skipif(not WEB.is_dir(), reason="needs ../shared/corpora/web-pages")
def test_a_real_press_release_is_dated_by_its_stamp():
    """A state government's release (a development page of the web-pages gold)."""
    (page,) = WEB.glob("24_*.txt")
    assert shown_date(page.read_text("utf-8"), max_lines=40) == dt.date(1999, 9, 13)
