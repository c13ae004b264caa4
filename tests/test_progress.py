"""Progress bars: documents/s on a terminal, nothing in CI logs or redirected output."""

import io

import pytest

from extract import progress
from extract.stages import clean, dates, entities, link


class Terminal(io.StringIO):
    def isatty(self):
        return True


def _terminal(monkeypatch):
    # Set inside the test: pytest swaps sys.stderr again between fixture setup and the call.
    stream = Terminal()
    monkeypatch.setattr(progress.sys, "stderr", stream)
    monkeypatch.delenv("CI", raising=False)
    return stream


def test_a_terminal_sees_the_rate_and_the_share_done(monkeypatch):
    terminal = _terminal(monkeypatch)
    assert list(progress.progress_bar(range(5), desc="entities", unit="doc", total=5)) == [
        0,
        1,
        2,
        3,
        4,
    ]
    shown = terminal.getvalue()
    assert "entities" in shown and "0/5" in shown and "doc/s" in shown


def test_ci_and_redirected_output_stay_quiet(monkeypatch):
    terminal = _terminal(monkeypatch)
    monkeypatch.setenv("CI", "true")
    assert list(progress.progress_bar(range(3), desc="dates", unit="doc")) == [0, 1, 2]
    assert terminal.getvalue() == ""
    monkeypatch.delenv("CI")
    monkeypatch.setattr(progress.sys, "stderr", io.StringIO())  # redirected: not a tty
    assert list(progress.progress_bar(range(3), desc="dates", unit="doc")) == [0, 1, 2]
    assert terminal.getvalue() == ""


@pytest.mark.parametrize(
    "stage", [clean.run_clean, entities.run_entities, link.run_link, dates.run_dates]
)
def test_every_slow_stage_can_show_progress(stage):
    assert "show_progress" in stage.__code__.co_varnames
