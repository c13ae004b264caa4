"""Tense around an expression: the sentence it stands in, and whether the verb nearest
it speaks of the future, which decides the year of a month or weekday without one."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

_FUTURE_MARKERS = re.compile(
    r"(?i)\b(will|won't|'ll|shall|would|could|might|going to|plans? to|planned|scheduled"
    r"|planning|expected to|set to|due to|is to|are to|upcoming|as soon as|as early as"
    r"|no later than)\b"
)


# A date given as a deadline or a start ("by February", "effective Feb. 1") is
# mostly still ahead when the news reports it.
_DEADLINE = re.compile(r"(?i)\b(?:by|until|till|effective|payable|due)\s+$")


# "..., he said" after the expression reports the sentence; it does not date it.
_REPORTING_VERB = re.compile(r"(?i)said|told|added|announced|reported|stated|noted")
# What sets a report after the expression apart from it ("on Friday, she said", "in
# May," he said); with none between ("In January the institute said") it is the verb
# the expression dates.
_PARENTHETICAL = re.compile(r"[,;:\"“”'‘’(]")


# A participle after a determiner is an adjective ("a still unspecified date").
_DETERMINER_BEFORE = re.compile(
    r"(?i)\b(?:a|an|the|its|his|her|their|our|this|these|those)\s+"
    r"(?:(?:[a-z]+ly|still|now|just|once|long|newly|so|very|much|well)\s+)?$"
)


_PAST_PERFECT = re.compile(r"(?i)\b(?:had|hadn't)\b")


# "had been scheduled to expire Friday", "had been due to end": a plan of the past,
# whose day has mostly come by the time the news reports it.
_PAST_PERFECT_BEFORE = re.compile(r"(?i)\b(?:had|hadn't)\s+(?:[a-z]+ly\s+)?(?:been\s+)?$")


# A participle inside a future verb group ("will be named", "would have paid",
# "is expected to be completed") is not past tense.
_FUTURE_VERB_GROUP = re.compile(
    r"(?i)\b(?:will|won't|'ll|shall|would|to)\s+(?:(?:not|still|also|never|[a-z]+ly)\s+)?"
    r"(?:be|have|have been|be being)\s+$"
)


# "were planning to drive", "was expected to": the past auxiliary of a plan, whose event
# is still ahead of it; the plan marker speaks for the verb group ("was due to flooding"
# is a cause, so "due to" is left out)
_PLAN_AFTER = re.compile(
    r"(?i)\s+(?:(?:still|also|already|not)\s+)?(?:planning|expected\s+to|scheduled\s+to"
    r"|set\s+to|going\s+to|about\s+to)\b"
)
_PLAN_AUXILIARY = frozenset({"was", "were"})


_PAST_MARKERS = re.compile(
    r"(?i)\b(was|were|had|did|said|told|met|came|went|left|took|gave|made|held|began|won|lost"
    r"|saw|sent|led|fell|rose|found|got|spoke|wrote|struck|killed|ago|brought|bought|thought"
    r"|sought|caught|taught|became|chose|drove|flew|grew|knew|threw|ran|sold|paid|heard"
    r"|kept|felt|meant|built|spent|stood|broke|rode|shot|sat|stole|swore|tore|wore|withdrew"
    r"|(?-i:[a-z]+[a-df-z]ed))\b"
)


def sentence_of(text: str, start: int, end: int) -> str:
    left, right = sentence_bounds(text, start, end)
    return text[left:right]


# A sentence ends at . ! ? or a line break, but not after an initial or a common
# abbreviation ("Mr. Schwarz", "Daniel P. Davison", "Feb. 1").
_SENTENCE_END = re.compile(
    r"(?<![A-Z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|No|Co|vs))(?<!\b(?:Mrs|Gen|Gov|Sen|Rep|Inc|Ltd))"
    r"(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec))(?<!\b(?:Corp|Sept))"
    r"[.!?]+['\"’”]?\s|\n"
)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]`` (searched within 600 characters)."""
    window_start = max(0, start - 600)
    ends = _sentence_ends(text)
    before = bisect_right(ends, (start, start)) - 1
    while before >= 0 and ends[before][1] > start:  # a break straddling ``start``
        before -= 1
    left = window_start
    if before >= 0 and ends[before][0] >= window_start:
        left = ends[before][1]
    after = bisect_left(ends, (end, end))
    if after < len(ends) and ends[after][1] <= end + 600:
        return left, ends[after][0]
    return left, min(len(text), end + 600)


@lru_cache(maxsize=1)
def _sentence_ends(text: str) -> list[tuple[int, int]]:
    """Where each sentence break of ``text`` starts and ends, in order; computed once per
    text (the tagger asks for the sentence of each expression, several times)."""
    return [found.span() for found in _SENTENCE_END.finditer(text)]


def is_future(text: str, match: re.Match[str]) -> bool:
    """Does the verb nearest the expression in its sentence speak of the future ("will
    meet Thursday", "set to resume Monday") rather than the past ("announced Wednesday")?"""
    start, end = match.span("t")
    left, right = sentence_bounds(text, start, end)

    def distance(found: re.Match[str]) -> int:
        """Characters to the marker; a verb after the expression counts double, as the
        verb a time adverbial belongs to mostly comes before it."""
        word_start, word_end = found.start() + left, found.end() + left
        return start - word_end if word_end <= start else 2 * (word_start - end)

    if _ends_at(_DEADLINE, text, start, floor=left):
        # ... unless the past perfect looks back to it ("by Wednesday, 20 had filed"); one
        # before it with a present verb between belongs to another clause ("the sale,
        # which had been expected, is part of a plan to pay by February").
        return not _past_perfect_governs(text, left, start, end, right)
    sentence = text[left:right]
    futures = [
        distance(m)
        for m in _FUTURE_MARKERS.finditer(sentence)
        if not _inside(m, start - left, end - left)
        and not _ends_at(_PAST_PERFECT_BEFORE, sentence, m.start())
        and not _ends_at(_DETERMINER_BEFORE, sentence, m.start())
    ]
    if not futures:
        return False
    pasts = [
        distance(m)
        for m in _PAST_MARKERS.finditer(sentence)
        if not _FUTURE_MARKERS.fullmatch(m.group())
        and not _inside(m, start - left, end - left)
        and not _ends_at(_FUTURE_VERB_GROUP, sentence, m.start())
        and not (m.group().lower() in _PLAN_AUXILIARY and _PLAN_AFTER.match(sentence, m.end()))
        and not (m.start() >= end - left and _REPORTING_VERB.fullmatch(m.group()))
        and not _ends_at(_DETERMINER_BEFORE, sentence, m.start())
    ]
    return not pasts or min(futures) <= min(pasts)


def _past_perfect_governs(text: str, left: int, start: int, end: int, right: int) -> bool:
    """A past perfect after the expression in its sentence, or one before it with no
    present-tense verb between the two."""
    if _PAST_PERFECT.search(text, end, right) is not None:
        return True
    before = list(_PAST_PERFECT.finditer(text, left, start))
    return bool(before) and _PRESENT_MARKERS.search(text, before[-1].end(), start) is None


def _ends_at(pattern: re.Pattern[str], text: str, index: int, *, floor: int = 0) -> bool:
    """Does ``pattern`` (anchored with $) match the words right before ``index``? Only a
    short window is searched: these are a few words, and a $-anchored search over the
    whole prefix would try every position of it."""
    return pattern.search(text, max(floor, index - 40), index) is not None


def _inside(found: re.Match[str], start: int, end: int) -> bool:
    return found.start() < end and start < found.end()


# "had left", "had already gone": the participle of a past perfect
_HAD_BEFORE = re.compile(r"(?i)\b(?:had|hadn't)\s+(?:(?:not|never|already|just|[a-z]+ly)\s+)?$")

_PRESENT_MARKERS = re.compile(
    r"(?i)\b(is|are|am|isn't|aren't|has|have|hasn't|haven't|does|do|doesn't|don't|says|remains"
    r"|seems|lives|works|runs|stands)\b"
)


def narrated_tense(text: str, start: int, end: int) -> str | None:
    """ "past" or "past-perfect" when the verb nearest ``text[start:end]`` in its sentence
    tells of the past ("In December the river rose", "she had left in March"); None
    for the present, the future or a sentence with no verb the markers know.

    A reporting verb after the expression (", she said") does not count, as in
    ``is_future``: it dates the telling, not what is told."""
    left, right = sentence_bounds(text, start, end)
    sentence = text[left:right]
    local_start, local_end = start - left, end - left

    def distance(found: re.Match[str]) -> int:
        if found.end() <= local_start:
            return local_start - found.end()
        return 2 * (found.start() - local_end)

    candidates: list[tuple[int, str]] = []
    for found in _FUTURE_MARKERS.finditer(sentence):
        if not _inside(found, local_start, local_end):
            candidates.append((distance(found), "future"))
    for found in _PRESENT_MARKERS.finditer(sentence):
        reports = found.start() >= local_end and found.group().lower() == "says"
        if not _inside(found, local_start, local_end) and not reports:
            candidates.append((distance(found), "present"))
    for found in _PAST_MARKERS.finditer(sentence):
        if (
            _FUTURE_MARKERS.fullmatch(found.group())
            or _inside(found, local_start, local_end)
            or _ends_at(_FUTURE_VERB_GROUP, sentence, found.start())
            or (
                found.start() >= local_end
                and _REPORTING_VERB.fullmatch(found.group())
                and _PARENTHETICAL.search(sentence, local_end, found.start()) is not None
            )
            or _ends_at(_DETERMINER_BEFORE, sentence, found.start())
        ):
            continue
        perfect = _PAST_PERFECT.fullmatch(found.group()) is not None or _ends_at(
            _HAD_BEFORE, sentence, found.start()
        )
        candidates.append((distance(found), "past-perfect" if perfect else "past"))
    if not candidates:
        return None
    _, tense = min(candidates, key=lambda candidate: candidate[0])
    return tense if tense.startswith("past") else None


_THREE_WORDS = re.compile(r"(?:\s+[\w'’-]+){1,3}")


def tells_past_after(text: str, end: int) -> bool:
    """Is a verb of the next three words after ``end`` in the past, after its subject and
    with no present or future verb before it? "Now he faced execution", "but now Harry
    had apologised": a narrative's "now", the story's time and not the writer's ("they
    now believe", "he now believed" and "has now been" stay the present)."""
    words = _THREE_WORDS.match(text, end)
    if words is None:
        return False
    clause = words.group()
    first_word = clause.split()[0]
    if (
        _PAST_MARKERS.fullmatch(first_word)
        or _PRESENT_MARKERS.fullmatch(first_word)
        or first_word.lower() in ("been", "being")
    ):
        return False  # "he now believed", "has now been": no subject, no story
    found: list[tuple[int, bool]] = [(m.start(), False) for m in _FUTURE_MARKERS.finditer(clause)]
    found += [(m.start(), False) for m in _PRESENT_MARKERS.finditer(clause)]
    found += [
        (m.start(), True)
        for m in _PAST_MARKERS.finditer(clause)
        if not _FUTURE_MARKERS.fullmatch(m.group())
    ]
    return bool(found) and min(found)[1]


def clause_tense(text: str, match: re.Match[str]) -> str | None:
    """ "future" when the verb nearest the expression speaks of the future, "past" when
    it tells of the past ("would have turned 21 on March 14" is the past), else None."""
    start, end = match.span("t")
    if is_future(text, match) and not _modal_perfect_before(text, start, end):
        return "future"
    return "past" if narrated_tense(text, start, end) is not None else None


def follows_since(text: str, match: re.Match[str]) -> bool:
    """Is the expression the object of "since" ("on patrol since March")? A time already
    gone by the writing, whatever the verb's tense."""
    start = match.start("t")
    return _SINCE_BEFORE.search(text, max(0, start - 8), start) is not None


_SINCE_BEFORE = re.compile(r"(?i)\bsince\s+$")


# "would have turned", "could not have known"; not "would have a say", "set to have"
_MODAL = re.compile(r"(?i)would|could|might|should|must")
_MODAL_PERFECT = re.compile(
    r"(?i)\s+(?:not\s+|never\s+)?have\s+(?!(?:a|an|the|to|no|some|more|its|his|her|their|our)\b)"
    r"[a-z]+"
)


def _modal_perfect_before(text: str, start: int, end: int) -> bool:
    """Is the last future marker before the expression in its sentence a modal of the
    past ("would have", "could have")?"""
    left, _ = sentence_bounds(text, start, end)
    markers = list(_FUTURE_MARKERS.finditer(text, left, start))
    return (
        bool(markers)
        and _MODAL.fullmatch(markers[-1].group()) is not None
        and _MODAL_PERFECT.match(text, markers[-1].end()) is not None
    )
