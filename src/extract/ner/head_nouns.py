"""Names whose last words say what kind of thing they name: a facility, an organisation
or a political place.

OntoNotes and ANNOTATION.md label named buildings, prisons, airports, roads and
bridges FAC, agencies, companies, courts and schools ORG, and counties and
provinces GPE; the small model often reads "Lagos Central Gaol" or "Kano Water
Agency" as a place and "Kano Province" as an organisation. As the keyword
gazetteers of rule-based taggers (GATE ANNIE's organisation, location and facility
keys) do, a name of two words or more that ends in a capitalised head noun of
clean/lexicons/facility_heads.txt, organisation_heads.txt or place_heads.txt takes
that kind's label over the model's; trailing numbers and compass letters do not count
("Highway 12 SE" ends in "Highway", and is a name). A title of a work keeps its
label; so does a person's name that ends in a facility noun ("Ada Bridge") and one
whose first word is a known given name (a surname that is also a head noun). A name
ending in an event noun of event_heads.txt ("the Kano Film Festival") is OntoNotes'
EVENT, as is an event noun alone ("the Olympics"), and one ending in a law noun of
law_heads.txt ("the Kano Water Act") its LAW;
ANNOTATION.md annotates neither, and nothing inside them is a mention either.
"""

from __future__ import annotations

import re

from extract.clean.lexicons import read_lexicon
from extract.linking.person_names import is_known_given_name

FACILITY_HEADS = frozenset(read_lexicon("facility_heads"))
ORGANISATION_HEADS = frozenset(read_lexicon("organisation_heads"))
PLACE_HEADS = frozenset(read_lexicon("place_heads"))
EVENT_HEADS = frozenset(read_lexicon("event_heads"))
LAW_HEADS = frozenset(read_lexicon("law_heads"))
# The model's labels each kind is taken over from.
_RELABELLED = {
    "FAC": frozenset({"ORG", "GPE", "LOC"}),
    "ORG": frozenset({"GPE", "LOC", "FAC", "PERSON", "NORP"}),
    "GPE": frozenset({"ORG", "LOC", "FAC", "PERSON", "NORP"}),
    "EVENT": frozenset({"ORG", "GPE", "LOC", "FAC", "PERSON"}),
    "LAW": frozenset({"ORG", "GPE", "LOC", "FAC", "NORP"}),  # a person may be named so
}
_AFTER_HEAD = re.compile(r"^(?:\d+[A-Z]?|[NSEW]{1,2})$")  # "285", "15B", "SE"
_POSSESSIVE = re.compile(r"[’']s$")


def head_label(name: str, label: str) -> str:
    """FAC, ORG, GPE, EVENT or LAW for a name ending in a facility, organisation,
    place, event or law noun; ``label`` otherwise."""
    words = name.split()
    numbered = False
    while len(words) > 1 and _AFTER_HEAD.match(words[-1]):
        words.pop()
        numbered = True
    if not words[-1][:1].isupper():
        return label
    last = _POSSESSIVE.sub("", words[-1]).lower().rstrip(".")
    if len(words) == 1 and not numbered:
        # An event noun alone names the event ("the Olympics", "his Budget"); a facility,
        # organisation or place noun alone is a description ("the Bureau").
        return "EVENT" if last in EVENT_HEADS and label in _RELABELLED["EVENT"] else label
    last_two = f"{words[-2].lower()} {last}" if len(words) >= 2 else last
    kinds = (
        ("FAC", FACILITY_HEADS),
        ("ORG", ORGANISATION_HEADS),
        ("GPE", PLACE_HEADS),
        ("EVENT", EVENT_HEADS),
        ("LAW", LAW_HEADS),
    )
    for kind, heads in kinds:
        if (last in heads or last_two in heads) and label in _RELABELLED[kind]:
            if label == "PERSON" and kind != "EVENT" and is_known_given_name(words[0]):
                return label
            return kind
    return label
