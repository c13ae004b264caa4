"""Context rules: neighbours decide lines that are not clutter on their own.

jusText (Pomikálek 2011) classifies a short paragraph by its neighbours. Here the
document's edges do not count as clutter (a headline at the top of an article is
content) and a line is only pulled in by clutter it belongs with:

- the name on the line after a byline label ("Written by"), and the biography
  under it that starts with that name; an author box (a name line and a biography
  opening with the name) between clutter and clutter or the end [byline];
- the lines of a block that opens with "Contact:" [contact];
- a related-links block: its heading ("Related Articles", "Recent Posts") and the
  short titles and teasers under it, up to the next long paragraph [read-more];
- menu items under a menu line ("Home"): at least ``min_menu_items`` short
  capitalised lines in a row, but not the last one when the text follows it (a
  heading) [navigation];
- one or two short lines between two lines of the same kind of clutter [that kind];
- a short line speaking to the reader ("you", "your") right under a site notice
  [site-notice], as notices run on over paragraphs.

Datelines and lines holding content are never pulled in. Every rule walks the
lines once, so the cost is linear.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from extract.clean.clutter_patterns import is_byline_label, is_contact_label, normalized_phrase
from extract.clean.lexicons import BoilerplateLexicons
from extract.clean.line_classes import LineVerdict
from extract.config import CleanParams

_MAX_NAME_WORDS = 4
_MIN_BIOGRAPHY_WORDS = 10
_MIN_TEXT_WORDS = 10
_MIN_TEXT_STOP_WORDS = 3
_MAX_RELATED_HEADING_WORDS = 4
_READER = re.compile(r"\b(?:you|your|you're|you’re)\b", re.IGNORECASE)
_NOTICES = ("site-notice", "archive-notice")


def smooth(
    verdicts: Sequence[LineVerdict | None],
    reasons: dict[int, str],
    params: CleanParams,
    lexicons: BoilerplateLexicons,
) -> None:
    """Add to ``reasons`` (line index -> reason) the lines their context makes clutter.
    ``verdicts`` has None for blank lines."""
    filled = [index for index, verdict in enumerate(verdicts) if verdict is not None]
    _byline_names(filled, verdicts, reasons)
    _contact_blocks(verdicts, reasons, params)
    _related_blocks(filled, verdicts, reasons, params, lexicons)
    _menu_runs(filled, verdicts, reasons, params)
    _author_boxes(filled, verdicts, reasons)  # after the rules that find the clutter around it
    _sandwiched(filled, verdicts, reasons, params)
    _notice_continuations(filled, verdicts, reasons, params)


def _free(verdict: LineVerdict | None, index: int, reasons: dict[int, str]) -> bool:
    """Not clutter yet, not a dateline, with no clutter part of its own."""
    return (
        verdict is not None and index not in reasons and not verdict.dateline and not verdict.parts
    )


def _is_text(verdict: LineVerdict) -> bool:
    """Running text: a paragraph of some length with stop words in it."""
    features = verdict.features
    return features.n_words >= _MIN_TEXT_WORDS and features.n_stop_words >= _MIN_TEXT_STOP_WORDS


def _is_name(verdict: LineVerdict) -> bool:
    """Two to four capitalised words and no stop word ("Ada Okafor")."""
    features = verdict.features
    return (
        features.n_words >= 2
        and features.n_stop_words == 0
        and features.is_title_like(_MAX_NAME_WORDS)
    )


def _byline_names(
    filled: list[int], verdicts: Sequence[LineVerdict | None], reasons: dict[int, str]
) -> None:
    for position, index in enumerate(filled):
        verdict = verdicts[index]
        if reasons.get(index) != "byline" or verdict is None or not is_byline_label(verdict.text):
            continue
        if position + 1 >= len(filled):
            continue
        name_index = filled[position + 1]
        name = verdicts[name_index]
        if name is None or not _free(name, name_index, reasons) or not _is_name(name):
            continue
        reasons[name_index] = "byline"
        if position + 2 < len(filled):
            bio_index = filled[position + 2]
            bio = verdicts[bio_index]
            first_name = name.text.split()[0]
            if (
                bio is not None
                and _free(bio, bio_index, reasons)
                and bio.text.split()[0] == first_name
            ):
                reasons[bio_index] = "byline"


def _author_boxes(
    filled: list[int], verdicts: Sequence[LineVerdict | None], reasons: dict[int, str]
) -> None:
    for position in range(1, len(filled) - 1):
        name_index, bio_index = filled[position], filled[position + 1]
        name, bio = verdicts[name_index], verdicts[bio_index]
        if name is None or bio is None or filled[position - 1] not in reasons:
            continue
        if not (_free(name, name_index, reasons) and _free(bio, bio_index, reasons)):
            continue
        after = filled[position + 2] if position + 2 < len(filled) else None
        if after is not None and after not in reasons:
            continue
        opens_with_name = bio.text.strip().startswith(" ".join(name.text.split()) + " ")
        if _is_name(name) and opens_with_name and bio.features.n_words >= _MIN_BIOGRAPHY_WORDS:
            reasons[name_index] = reasons[bio_index] = "byline"


def _contact_blocks(
    verdicts: Sequence[LineVerdict | None], reasons: dict[int, str], params: CleanParams
) -> None:
    in_block = False
    for index, verdict in enumerate(verdicts):
        if verdict is None:
            in_block = False
        elif is_contact_label(verdict.text):
            in_block = True
            reasons.setdefault(index, "contact")
        elif (
            in_block
            and verdict.features.n_words <= params.max_sandwich_words
            and not verdict.features.is_sentence
        ):
            reasons.setdefault(index, "contact")
        else:
            in_block = False


def _related_blocks(
    filled: list[int],
    verdicts: Sequence[LineVerdict | None],
    reasons: dict[int, str],
    params: CleanParams,
    lexicons: BoilerplateLexicons,
) -> None:
    in_block = False
    for index in filled:
        verdict = verdicts[index]
        if verdict is None:
            continue
        if in_block and verdict.features.n_words <= params.max_related_words:
            reasons.setdefault(index, "read-more")
            continue
        in_block = False
        short = verdict.features.n_words <= _MAX_RELATED_HEADING_WORDS
        if short and normalized_phrase(verdict.text) in lexicons.related_headings:
            reasons.setdefault(index, "read-more")
            in_block = True


def _menu_runs(
    filled: list[int],
    verdicts: Sequence[LineVerdict | None],
    reasons: dict[int, str],
    params: CleanParams,
) -> None:
    def is_item(index: int) -> bool:
        verdict = verdicts[index]
        return (
            verdict is not None
            and _free(verdict, index, reasons)
            and verdict.features.is_title_like(params.max_menu_item_words)
        )

    for position, index in enumerate(filled):
        verdict = verdicts[index]
        if reasons.get(index) != "navigation" or verdict is None:
            continue
        if normalized_phrase(verdict.text).startswith(("skip ", "jump ")):
            continue  # a skip link sits above the site's name, not above a menu
        items: list[int] = []
        position += 1
        while position < len(filled) and is_item(filled[position]):
            items.append(filled[position])
            position += 1
        following = verdicts[filled[position]] if position < len(filled) else None
        if items and following is not None and _is_text(following):
            items.pop()  # the line right above the text is its heading
        if len(items) >= params.min_menu_items:
            for item in items:
                reasons[item] = "navigation"


def _sandwiched(
    filled: list[int],
    verdicts: Sequence[LineVerdict | None],
    reasons: dict[int, str],
    params: CleanParams,
) -> None:
    marked = [position for position, index in enumerate(filled) if index in reasons]
    for before, after in itertools.pairwise(marked):
        between = filled[before + 1 : after]
        if not 1 <= len(between) <= 2 or reasons[filled[before]] != reasons[filled[after]]:
            continue
        if all(_is_short_free(verdicts[index], index, reasons, params) for index in between):
            for index in between:
                reasons[index] = reasons[filled[before]]


def _is_short_free(
    verdict: LineVerdict | None, index: int, reasons: dict[int, str], params: CleanParams
) -> bool:
    return (
        verdict is not None
        and _free(verdict, index, reasons)
        and verdict.features.n_words <= params.max_sandwich_words
        and not verdict.features.is_sentence
    )


def _notice_continuations(
    filled: list[int],
    verdicts: Sequence[LineVerdict | None],
    reasons: dict[int, str],
    params: CleanParams,
) -> None:
    for above, index in itertools.pairwise(filled):
        verdict = verdicts[index]
        if (
            reasons.get(above) not in _NOTICES
            or verdict is None
            or not _free(verdict, index, reasons)
        ):
            continue
        if verdict.features.n_words <= params.max_byline_words * 2 and _READER.search(verdict.text):
            reasons[index] = reasons[above]
