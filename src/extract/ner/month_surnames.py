"""A person whose surname is a month's name ("Ada May", "Mrs June"): the model reads
the month as a date or misses the name. A known given name or a personal title right
before a month's name, with no day number after it, makes it a PERSON mention (the
evidence extract.timex.month_surnames uses to leave such a name out of the dates);
name consistency then finds the surname alone ("May said").
"""

from __future__ import annotations

from collections.abc import Iterator

from extract.ner.occurrences import adding_spans
from extract.timex.month_surnames import month_surname_names


def _names(text: str) -> Iterator[tuple[int, int]]:
    return ((start, end) for start, _, end in month_surname_names(text))


# The mentions plus each such name that no longer mention covers; a shorter mention
# inside it (the given name alone) gives way.
add_month_surnames = adding_spans(_names, "PERSON")
