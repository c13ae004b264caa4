"""Patterns of web-page clutter in plain text, each giving the reason it names.

Every pattern is about the form of a kind of clutter that many sites share (a
credit is "Photograph: name/agency", a byline "By name" or "name, Health
Correspondent", a tag row "Tags: ..."), never about one page. A match on a long
line is refused where the kind is short by nature, so running text that happens to
start like a byline ("By Tuesday the council had voted ...") stays.
Datelines (a line that is only a date or time stamp) are recognised here too, so
that no rule removes them: they carry the document's date.
"""

from __future__ import annotations

import re

from extract.clean.lexicons import BoilerplateLexicons
from extract.clean.line_features import LineFeatures, line_features
from extract.config import CleanParams

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# Tried only where a run of address characters starts: tried at every position, a long
# word costs its length squared.
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
# A day needs a month or weekday name or a whole numeric date; a year or a clock
# time may stand beside it ("Jul 11, 2023, 3:39 PM", "12.6.2015", "18-Feb-2012").
_DAY_PART = re.compile(
    rf"\b(?:{_MONTH}|{_WEEKDAY})(?=\W|$)|\b\d{{1,2}}[./-]\d{{1,2}}[./-](?:\d{{4}}|\d{{2}})\b"
    r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}-[a-z]{3}-\d{2,4}\b",
    re.IGNORECASE,
)
_TIME_PART = re.compile(r"\b\d{1,2}[:.]\d{2}(?::\d{2})?\b")
# What a date or time stamp may hold besides the date itself.
_STAMP_WORD = re.compile(
    r"\b(?:updated|published|posted|last|modified|on|at|date|dated|release|released|public"
    r"|for|immediate|issued|first|of|the|am|pm|a\.m|p\.m|noon|midnight|est|edt|cst|cdt|mst|mdt"
    r"|pst|pdt|et|pt|ct|gmt|bst|utc|cet|cest|ist|aest|aedt|jst|hkt|sgt)\b\.?"
    r"|\d+(?:st|nd|rd|th)?\b",
    re.IGNORECASE,
)

_MAX_DATELINE_CHARS = 100
_MAX_NOTE_WORDS = 12  # "(Redirected from ...)"
_MAX_LABEL_WORDS = 6  # a breadcrumb ("News › Lagos ›"), a logo's alt text, a contact line
# A credit run onto a caption's end ("ADA OKAFOR/LWA") is a few words: only that many
# last characters are searched, as trying every position of a long line costs its square.
_MAX_CAPS_CREDIT_CHARS = 120
_SKIP_LINK = re.compile(r"^(?:\d+[.)]\s*)?(?:skip|jump)\s+to\b", re.IGNORECASE)
_REDIRECT = re.compile(r"^\(?\s*redirected from\b", re.IGNORECASE)
_LINK_LINE = re.compile(r"^<?(?:https?://|www\.)\S+>?$", re.IGNORECASE)
_TICKER = re.compile(r"^[A-Z][A-Z0-9.^=-]{0,7}\s+[\d,]+(?:\.\d+)?\s+\(?[+\-−]?\d+(?:\.\d+)?%\)?$")
_TIME_CODES = re.compile(r"^\d{1,2}:\d{2}(?:\s*(?:/|of)?\s*\d{1,2}:\d{2})*$")
_VIDEO_COUNTDOWN = re.compile(r"\bvideo will (?:start|play|begin) in \d+", re.IGNORECASE)
_LOGO = re.compile(r"\blogo(?=\b|[A-Z])", re.IGNORECASE)
_IDENTIFIERS = re.compile(r"^(?:pmcid|pmid|issn|isbn|doi)\s*:", re.IGNORECASE)
_COUNTED_COMMENTS = re.compile(r"^(?:no|one|\d+)\s+(?:comments?|reviews?|replies|responses)$")
_BREADCRUMB_END = re.compile(r"\S\s*[›»>]$")
_CONTACT_LABEL = re.compile(r"^(?:media |press )?contacts?\s*:", re.IGNORECASE)

_TAG_LABEL = re.compile(
    r"^(?:tags?|tagged(?: with)?|categor(?:y|ies)|filed under|topics?|labels?|posted in"
    r"|keywords|more about)\s*:",
    re.IGNORECASE,
)
_POST_META = re.compile(
    r"\bbookmark the permalink\b|^this (?:entry|post) was posted in\b", re.IGNORECASE
)

_READ_LABEL = re.compile(
    r"^\[?\s*(?:read|watch|listen|related|also read|read also|read more|more|trending"
    r"|related \w+|recommended|read next|watch next|see also|more on this(?: story)?)\s*:\s*\S",
    re.IGNORECASE,
)
_MEDIA_VERB = re.compile(r"^(?:watch|listen|see|read)\s+(?=\S)", re.IGNORECASE)
_PREVIOUS_NEXT = re.compile(r"^(?:previous|next)\s+(?:article|post|story)(?=[A-Z\s:]|$)", re.I)

_BYLINE_LABEL = re.compile(
    r"^(?:by|posted by|written by|reported by|story by|words by|text by|compiled by"
    r"|edited by|fact[- ]checked by|reviewed by|medically reviewed by|interview by)\b\s*:?\s*",
    re.IGNORECASE,
)
_WIRE_CREDIT = re.compile(
    r"^\(\s*(?:additional )?(?:reporting|writing|editing|compiled|edited|research)\b"
    r".*\bby\b.*\)$",
    re.IGNORECASE,
)
_UPDATED_BY = re.compile(
    r"^(?:last )?(?:updated|modified|published|posted)\b.*\bby\s+[A-Z]", re.IGNORECASE
)
_AVATAR = re.compile(r"\b(?:profile (?:picture|photo|image)|avatar|headshot)$", re.IGNORECASE)
_SOURCE = re.compile(r"^Source\s*:?\s*(?=[A-Z])")
_NAME = r"[A-Z][\w'’-]*(?:\s[A-Z]\.?)*(?:\s[A-Z][\w'’-]+)+"
_AUTHOR_LIST = re.compile(
    rf"^(?:{_NAME}\s?\d+(?:,\d+)*\*?(?:,|;| and)\s?)+{_NAME}\s?\d+(?:,\d+)*\*?$"
)
_MAX_MEDIA_TITLE_WORDS = 12
_BYLINE_REST_WORDS = frozenset({"and", "on", "at", "in", "of", "for"})

_CREDIT_LINE = re.compile(
    r"^(?:(?:photo(?:graph)?s?|images?|pictures?|illustrations?|graphics?|video|footage)"
    r"(?:\s+credits?)?\s*(?::|by\b|courtesy\b|©)|credits?\s*:)",
    re.IGNORECASE,
)
_CREDIT_TAIL = re.compile(
    r"(?<=[.!?”’\")]\s)\s*(?:[-–—]\s*)?(?:(?:photo(?:graph)?s?|image|picture|credit|illustration)"
    r"(?:\s+credit)?\s*:|(?:photo|image)s?\s+(?:by|courtesy)\b)",
    re.IGNORECASE,
)
_CAPS_CREDIT_TAIL = re.compile(
    r"(?:[A-Z][A-Z'’-]+\s)+[A-Z][A-Z'’-]+/[A-Z][\w&]*(?:\s[A-Z][\w&]*)*$"
)
_SLASH_CREDIT = re.compile(r"^(\()?([^/()]{2,40})/([^/()]{2,40})(\))?$")
_AGENCY_PHOTO = re.compile(r"^(.{2,30}?)\s+(?:photo|photos|images|pictures)$", re.IGNORECASE)

_BRACKET = re.compile(r"\[[^\[\]]{0,80}\]")
_BRACKET_ITEMS = frozenset(
    {"share", "e-mail", "email", "print", "tweet", "pin", "save", "comment", "comments", "like"}
)
_EDIT_TAIL = re.compile(r"(?<=\S)\s+(edit|\[edit\])$")


def is_dateline(text: str) -> bool:
    """Only a date or time stamp: "Jul 11, 2023, 3:39 PM", "Updated January 29 at 9:08 AM",
    "For Immediate Release - September 13, 1999"."""
    if len(text) > _MAX_DATELINE_CHARS or not _DAY_PART.search(text):
        return False  # a clock time alone ("0:00 0:00") is a player's, not a dateline
    rest = _STAMP_WORD.sub(" ", _TIME_PART.sub(" ", _DAY_PART.sub(" ", text)))
    return not _WORD.search(rest)


def classify_segment(
    text: str, features: LineFeatures, params: CleanParams, lexicons: BoilerplateLexicons
) -> str | None:
    """The reason a line, or a part of one, is clutter; None when no pattern holds."""
    stripped = text.strip()
    if not stripped or is_dateline(stripped):
        return None
    phrase = phrase_reason(stripped, features, params, lexicons)
    if phrase:
        return phrase
    short = features.n_words <= params.max_credit_words
    # Every check is cheap; the first that holds, in this order, names the reason.
    checks: tuple[tuple[bool, str], ...] = (
        (short and bool(_SKIP_LINK.search(stripped)), "skip-link"),
        (bool(_REDIRECT.search(stripped)) and features.n_words <= _MAX_NOTE_WORDS, "redirect-note"),
        (bool(_LINK_LINE.search(stripped)), "link-line"),
        (bool(_TICKER.search(stripped)), "ticker"),
        (
            bool(_TIME_CODES.search(stripped) or _VIDEO_COUNTDOWN.search(stripped)),
            "player-controls",
        ),
        (short and is_photo_credit(stripped, features, lexicons), "photo-credit"),
        (is_byline(stripped, features, params, lexicons), "byline"),
        (is_tag_row(stripped, features, params), "tag-row"),
        (
            features.n_words <= params.max_related_words and is_read_more(stripped, lexicons),
            "read-more",
        ),
        (
            features.n_words <= _MAX_LABEL_WORDS and bool(_BREADCRUMB_END.search(stripped)),
            "navigation",
        ),
        (short and _is_logo(stripped, features), "navigation"),
        (bool(_IDENTIFIERS.search(stripped)) and short, "metadata"),
        (is_contact_line(stripped, features), "contact"),
    )
    return next((reason for holds, reason in checks if holds), None)


def normalized_phrase(text: str) -> str:
    """Lower case, straight quotes, one space, bullets/brackets/end punctuation trimmed."""
    text = text.lower().replace("’", "'").replace("‘", "'")
    text = " ".join(text.split())
    return text.strip(" \t-–—•·*>»«›‹|[](){}.,:;!?…")


def phrase_reason(
    text: str, features: LineFeatures, params: CleanParams, lexicons: BoilerplateLexicons
) -> str | None:
    """The reason of the interface phrase the line is, opens with or (addressing the
    reader, short) contains."""
    phrases = lexicons.clutter_phrases
    if phrases is None:
        return None
    normalized = normalized_phrase(text)
    if normalized in phrases.whole:
        return phrases.whole[normalized]
    if features.n_words > params.max_notice_words:
        return None
    for phrase, reason in phrases.prefixes:
        if (
            normalized.startswith(phrase)
            and not normalized[len(phrase) : len(phrase) + 1].isalnum()
        ):
            return reason
    if _addresses_reader(normalized):
        for pattern, reason in phrases.contained:
            if pattern.search(normalized):
                return reason
    if _COUNTED_COMMENTS.search(normalized):
        return "comment-form"
    return None


def _addresses_reader(normalized: str) -> bool:
    return bool(re.search(r"\b(?:you|your|you're|please|we|we've|our)\b", normalized))


def is_photo_credit(text: str, features: LineFeatures, lexicons: BoilerplateLexicons) -> bool:
    """ "Photo: ...", "Credit: ...", "Photo by ...", "BTA Photo", "(Name/The Paper)",
    "REUTERS/Name", "NAME SURNAME/AGENCY"."""
    if _CREDIT_LINE.search(text):
        return True
    agency = _AGENCY_PHOTO.match(text)
    if agency and (agency.group(1).isupper() or agency.group(1).lower() in lexicons.photo_agencies):
        return True
    slash = _SLASH_CREDIT.match(text)
    if slash is None or features.is_sentence or features.n_words < 2:
        return False
    left, right = slash.group(2).strip(), slash.group(3).strip()
    if not (left[:1].isupper() and right[:1].isupper()):
        return False
    parenthesised = bool(slash.group(1) and slash.group(4))
    named_agency = {left.lower(), right.lower()} & lexicons.photo_agencies
    return parenthesised or bool(named_agency) or _is_caps_name(left)


def _is_caps_name(text: str) -> bool:
    words = text.split()
    return len(words) >= 2 and all(word.isupper() for word in words)


def is_byline(
    text: str, features: LineFeatures, params: CleanParams, lexicons: BoilerplateLexicons
) -> bool:
    """ "By name", "Posted by name", "Written by", "(Writing by ...; Editing by ...)",
    "Updated ... by name", "name, Health Correspondent", an avatar, "Source: name",
    a scholarly author list, "handle on 12.6.2015"."""
    if features.n_words > params.max_byline_words * 2:
        return False
    if _WIRE_CREDIT.search(text) or _AUTHOR_LIST.search(text):
        return True
    if features.n_words > params.max_byline_words:
        return False
    label = _BYLINE_LABEL.match(text)
    if label:
        return is_byline_label(text) or _is_name_rest(text[label.end() :], lexicons)
    if _UPDATED_BY.search(text) or _AVATAR.search(text):
        return True
    if _SOURCE.search(text) and not features.is_sentence:
        return _is_name_rest(_SOURCE.sub("", text), lexicons)
    return _is_role_byline(text, lexicons) or _is_post_header(text, lexicons)


def is_byline_label(text: str) -> bool:
    """A byline label with no name after it ("BY", "Written by"): the name is on the next line."""
    stripped = text.strip()
    label = _BYLINE_LABEL.match(stripped)
    return label is not None and not stripped[label.end() :]


def _is_name_rest(rest: str, lexicons: BoilerplateLexicons) -> bool:
    """The part after "By": names, perhaps a date or a separator, no running text."""
    words = _WORD.findall(rest)
    if not words or not words[0][0].isupper():
        return False
    stop = [w for w in words if w.lower() in lexicons.stop_words]
    return all(w.lower() in _BYLINE_REST_WORDS for w in stop) and not rest.rstrip().endswith(".")


def _is_role_byline(text: str, lexicons: BoilerplateLexicons) -> bool:
    name, comma, role = text.partition(",")
    if not comma or not re.fullmatch(_NAME, name.strip()):
        return False
    role_words = role.lower().split()
    return 0 < len(role_words) <= 5 and any(
        " ".join(role_words[i : i + n]).rstrip("s") in lexicons.byline_roles
        for n in (1, 2)
        for i in range(len(role_words))
    )


def _is_post_header(text: str, lexicons: BoilerplateLexicons) -> bool:
    """ "handle on 12.6.2015": one to three name tokens, "on", a date stamp."""
    name, on, when = text.partition(" on ")
    tokens = name.split()
    if not on or not 1 <= len(tokens) <= 3 or not is_dateline(when):
        return False
    return not any(
        token.lower() in lexicons.stop_words or _STAMP_WORD.fullmatch(token) for token in tokens
    )


def is_tag_row(text: str, features: LineFeatures, params: CleanParams) -> bool:
    """ "Tags: ...", "Category : ...", "This entry was posted in ...", or category links run
    together ("NewsSportWeather")."""
    if features.n_words <= params.max_tag_row_words and _TAG_LABEL.search(text):
        return True
    if _POST_META.search(text) and features.n_words <= params.max_tag_row_words:
        return True
    return (
        features.n_glued >= 2
        and features.n_stop_words == 0
        and features.n_words <= params.max_menu_words * 2
        and not features.is_sentence
    )


def is_read_more(text: str, lexicons: BoilerplateLexicons) -> bool:
    """ "Read: title", "Related News: title", "[TRENDING: ...]", "Previous articleTitle",
    or a title-cased "Watch <Title>" video link."""
    if _READ_LABEL.search(text) or _PREVIOUS_NEXT.search(text):
        return True
    verb = _MEDIA_VERB.match(text)
    if verb is None:
        return False
    rest = line_features(text[verb.end() :], lexicons)
    return rest.n_words >= 2 and rest.is_title_like(_MAX_MEDIA_TITLE_WORDS)


def _is_logo(text: str, features: LineFeatures) -> bool:
    """Alt text of a site's logo ("Lagos Water Agency logo")."""
    return (
        bool(_LOGO.search(text))
        and features.n_words <= _MAX_LABEL_WORDS
        and not features.is_sentence
    )


def is_contact_line(text: str, features: LineFeatures) -> bool:
    """ "Contact: name", or a short line holding an e-mail address. (A phone number alone
    is a contact only beside other clutter: extract.clean.boilerplate, template-contact.)"""
    if _CONTACT_LABEL.search(text) and features.n_words <= 12:
        return True
    return features.n_words <= _MAX_LABEL_WORDS and bool(_EMAIL.search(text))


def is_contact_label(text: str) -> bool:
    return bool(_CONTACT_LABEL.search(text.strip()))


def credit_tail(text: str) -> int | None:
    """Where a photo credit run onto the end of a caption starts, or None."""
    match = _CREDIT_TAIL.search(text)
    if match is not None:
        return match.start() + (len(match.group()) - len(match.group().lstrip()))
    caps = _CAPS_CREDIT_TAIL.search(text, max(0, len(text) - _MAX_CAPS_CREDIT_CHARS))
    return caps.start() if caps is not None and caps.start() > 0 else None


def bracket_navigation(text: str) -> list[tuple[int, int]]:
    """Bracketed interface items inside a line: "[ Back to Home ]", "[ | E-mail | Share ]"."""
    found = []
    for match in _BRACKET.finditer(text):
        inner = match.group()[1:-1].replace("|", " ").lower().split()
        if inner[:2] == ["back", "to"] or (inner and all(w in _BRACKET_ITEMS for w in inner)):
            found.append(match.span())
    return found


def edit_tail(text: str) -> int | None:
    """Where a wiki's "edit" link after a short section heading starts, or None."""
    match = _EDIT_TAIL.search(text)
    if match is None or len(text.split()) > 8 or text[: match.start()].rstrip().endswith("."):
        return None
    return match.start(1)
