"""Find the regions of a raw text that are not the document's own content.

Each rule is general and looks at one line, or at a block of adjacent lines, of
the raw text; the result is a list of raw spans, each with the reason its rule
gives. Rules (reason strings in brackets):

- [date-header] the leading ``date YYYY-MM-DD`` metadata line;
- [filler] template text: most longer words are lorem-ipsum vocabulary;
- [cookie-banner] a line about cookies that is short or asks for consent;
- [social-links] a short row naming social networks ("twitter facebook ...");
- [navigation] a line whose "|"-separated items are all menu phrases;
- [footer] a line with a copyright sign or opening with a footer marker ("powered
  by", "privacy policy", ...), and the run of short link-like lines ending the
  document that holds a marker anywhere;
- [template-contact] an address, phone or e-mail line inside a block (lines with
  no blank line between) that another rule already marked;
- [repeated-heading] a short line that repeats the line right above it, or the
  second copy of a line printed again (with a label or credit added);

then the web-page classifier (extract.clean.line_classes: features and patterns of
one line; extract.clean.smoothing: the lines around it) finds the clutter of real
pages: [skip-link], [photo-credit], [read-more], [link-line], [player-controls],
[byline], [redirect-note], [archive-notice], [tag-row], [advert], [comment-form],
[site-notice], [contact], [ticker], [metadata] and more [navigation].

Headings, captions, quotes and datelines match none of these and stay content.
"""

from __future__ import annotations

import re

from extract.clean.lexicons import BoilerplateLexicons
from extract.clean.line_classes import LineVerdict, classify_line
from extract.clean.lines import BoilerplateSpan, Line, split_lines
from extract.clean.smoothing import smooth
from extract.clean.whitespace import normalize_whitespace
from extract.config import CleanParams
from extract.ingest.metadata import DateHeader, find_date_header

__all__ = ["BoilerplateSpan", "Line", "find_boilerplate", "split_lines"]

_WORD = re.compile(r"[^\W\d_]+")
_MENU_SEPARATOR = re.compile(r"\s*[|·•»›]\s*")
_SENTENCE_END = re.compile(r"[.!?:;\"”’)]\s*$")
_PHONE = re.compile(r"\+?\(?\+?\d[\d\s().\-/]{5,}\d")
# An address is tried only where a word or a run without "@" starts: tried at every
# position, one long word costs its length squared.
_EMAIL = re.compile(r"(?<![^\s@])[^\s@]+@[^\s@]+\.\w+|(?<!\w)\w+\s*\(at\)\s*\w*", re.IGNORECASE)
_CONSENT_WORDS = frozenset({"consent", "accept", "agree", "decline", "preferences"})
_FILLER_MIN_LETTERS = 4  # shorter words (a, in, et, sit) are shared with English


def find_boilerplate(
    raw_text: str,
    *,
    params: CleanParams,
    lexicons: BoilerplateLexicons | None = None,
) -> list[BoilerplateSpan]:
    """Boilerplate spans of a raw text, sorted, trimmed of surrounding whitespace."""
    lexicons = lexicons or BoilerplateLexicons.bundled()
    lines = split_lines(raw_text)
    header = find_date_header(raw_text)
    if header is not None and lines:  # the words after the header are a line of their own
        lines[0] = _after_header(lines[0], header)
    reasons: dict[int, str] = {}
    verdicts: list[LineVerdict | None] = []
    parts: dict[int, tuple[BoilerplateSpan, ...]] = {}
    previous: str | None = None
    for index, line in enumerate(lines):
        if line.is_blank:
            verdicts.append(None)
            continue
        reason = _line_reason(line, params, lexicons)
        verdict = classify_line(line, previous, params, lexicons)
        verdicts.append(verdict)
        previous = line.text
        if reason or verdict.reason:
            reasons[index] = reason or verdict.reason or ""
        elif verdict.parts:
            parts[index] = verdict.parts
    _mark_repeated_headings(lines, reasons, params)
    datelines = {index for index, verdict in enumerate(verdicts) if verdict and verdict.dateline}
    _mark_template_contacts(lines, reasons, datelines)
    _mark_footer_run(lines, reasons, params, lexicons)
    smooth(verdicts, reasons, params, lexicons)

    spans: list[BoilerplateSpan] = []
    for index, reason in sorted(reasons.items()):
        cut = verdicts[index]
        if cut is not None and cut.reason == reason and cut.parts:
            spans += cut.parts  # a line the classifier cut: each part with its reason
        else:
            spans.append(_trimmed_span(lines[index], reason))
    spans += [span for index, found in parts.items() if index not in reasons for span in found]
    if header is not None:
        spans.append(BoilerplateSpan(header.raw_start, header.raw_end, "date-header"))
    return _merge_adjacent(sorted(spans, key=lambda span: span.raw_start), raw_text)


def _after_header(line: Line, header: DateHeader) -> Line:
    """The first line without its leading ``date YYYY-MM-DD`` words."""
    return line.part(header.raw_end - line.start, len(line.text))


def _line_reason(line: Line, params: CleanParams, lexicons: BoilerplateLexicons) -> str | None:
    if line.is_blank:
        return None
    if is_filler(line.words, params, lexicons):
        return "filler"
    if is_cookie_banner(line.words, params):
        return "cookie-banner"
    if is_social_row(line.text, params, lexicons):
        return "social-links"
    if is_menu_line(line.text, params, lexicons):
        return "navigation"
    if opens_footer(line.text, lexicons) and len(line.words) <= params.max_menu_words * 2:
        return "footer"
    return None


def is_filler(words: list[str], params: CleanParams, lexicons: BoilerplateLexicons) -> bool:
    """Most longer words are lorem-ipsum vocabulary."""
    long_words = [word for word in words if len(word) >= _FILLER_MIN_LETTERS]
    if len(long_words) < params.filler_min_words:
        return False
    known = sum(word in lexicons.filler_words for word in long_words)
    return known / len(long_words) >= params.filler_min_share


def is_cookie_banner(words: list[str], params: CleanParams) -> bool:
    """Mentions cookies and is either a short line or a consent request of banner
    length (a whole article on one line that mentions cookies is not a banner)."""
    if not {"cookie", "cookies"} & set(words) or len(words) > params.max_banner_words:
        return False
    return len(words) <= 12 or bool(_CONSENT_WORDS & set(words))


def is_social_row(text: str, params: CleanParams, lexicons: BoilerplateLexicons) -> bool:
    """A short line, not a sentence, naming social networks (even run together)."""
    words = _WORD.findall(text.lower())
    if len(words) > params.max_menu_words or _SENTENCE_END.search(text):
        return False
    letters = "".join(words)
    networks = sum(letters.count(name) for name in lexicons.social_networks)
    return networks >= 2 or (networks == 1 and len(words) <= 3)


def is_menu_line(text: str, params: CleanParams, lexicons: BoilerplateLexicons) -> bool:
    """Every separated item of a short line is a navigation phrase."""
    normalized = normalize_whitespace(text).lower().strip(" .:!>-")
    if not normalized or len(normalized.split()) > params.max_menu_words:
        return False
    items = [item for item in _MENU_SEPARATOR.split(normalized) if item]
    return bool(items) and all(item in lexicons.navigation_phrases for item in items)


def has_footer_marker(text: str, lexicons: BoilerplateLexicons) -> bool:
    lowered = text.lower()
    return any(marker in lowered for marker in lexicons.footer_markers)


def opens_footer(text: str, lexicons: BoilerplateLexicons) -> bool:
    """A footer line on its own: a copyright sign anywhere, or a line that opens with a
    footer marker. A headline that holds one ("Agency wins prize for website design") is not."""
    lowered = text.lower().strip(" \t|-–—•·")
    if "©" in lowered or re.search(r"\(c\) (?:19|20)\d\d", lowered):
        return True
    return any(lowered.startswith(marker) for marker in lexicons.footer_markers)


def looks_like_contact(text: str) -> bool:
    """A phone number, an e-mail address or a short comma-separated postal address."""
    stripped = text.strip()
    phone = _PHONE.search(stripped)
    if phone and sum(char.isdigit() for char in phone.group()) >= 7:
        return True
    if _EMAIL.search(stripped):
        return True
    numbers = re.findall(r"\d+", stripped)
    return (
        stripped.count(",") >= 2
        and len(numbers) >= 2
        and len(stripped.split()) <= 10
        and not stripped.endswith(".")
    )


def _mark_repeated_headings(
    lines: list[Line], reasons: dict[int, str], params: CleanParams
) -> None:
    for index in range(1, len(lines)):
        line, above = lines[index], lines[index - 1]
        if index in reasons or line.is_blank or above.is_blank:
            continue
        same = normalize_whitespace(line.text) == normalize_whitespace(above.text)
        if same and len(line.words) <= params.max_repeated_heading_words:
            reasons[index] = "repeated-heading"


def _mark_template_contacts(
    lines: list[Line], reasons: dict[int, str], datelines: set[int]
) -> None:
    for block in _blocks(lines):
        if not any(index in reasons for index in block):
            continue
        for index in block:
            free = index not in reasons and index not in datelines
            if free and looks_like_contact(lines[index].text):
                reasons[index] = "template-contact"


def _mark_footer_run(
    lines: list[Line],
    reasons: dict[int, str],
    params: CleanParams,
    lexicons: BoilerplateLexicons,
) -> None:
    """The trailing run of short, non-sentence lines is a footer if it holds a footer marker."""
    run: list[int] = []
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        if line.is_blank:
            continue
        link_like = len(line.words) <= params.max_footer_line_words and not _SENTENCE_END.search(
            line.text
        )
        if not (link_like or index in reasons):
            break
        run.append(index)
    if any(has_footer_marker(lines[index].text, lexicons) for index in run):
        for index in run:
            reasons.setdefault(index, "footer")


def _blocks(lines: list[Line]) -> list[list[int]]:
    """Runs of adjacent non-blank lines, as line indexes."""
    blocks: list[list[int]] = []
    current: list[int] = []
    for index, line in enumerate(lines):
        if line.is_blank:
            if current:
                blocks.append(current)
            current = []
        else:
            current.append(index)
    if current:
        blocks.append(current)
    return blocks


def _trimmed_span(line: Line, reason: str) -> BoilerplateSpan:
    leading = len(line.text) - len(line.text.lstrip())
    trailing = len(line.text) - len(line.text.rstrip())
    return BoilerplateSpan(line.start + leading, line.end - trailing, reason)


def _merge_adjacent(spans: list[BoilerplateSpan], raw_text: str) -> list[BoilerplateSpan]:
    """Join spans of the same reason separated only by whitespace."""
    merged: list[BoilerplateSpan] = []
    for span in spans:
        if merged:
            last = merged[-1]
            gap = raw_text[last.raw_end : span.raw_start]
            if last.reason == span.reason and not gap.strip():
                merged[-1] = BoilerplateSpan(last.raw_start, span.raw_end, last.reason)
                continue
        merged.append(span)
    return merged
