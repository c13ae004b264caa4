"""A knowledge base to start from: the entities a run discovered, as a KB file to review.

Most-mentioned first, in the schema of kb/entities.yaml (so ``--kb`` accepts it
as written); each entry carries its counts and one sentence as a comment, so a
reviewer can judge it without opening the tables.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import yaml

HEADER = """\
# Knowledge base drafted by `extract kb draft` from the entities a run discovered.
# Review it: merge entries that are one thing (add the other's name to aliases),
# delete what is not a name, fix labels, add gender (f/m) where a title should decide,
# then run again with --kb FILE. Schema: see kb/entities.yaml.
"""


def draft_kb(
    entities: Sequence[Mapping[str, Any]],
    samples: Mapping[str, str],
    *,
    min_mentions: int = 1,
) -> str:
    """The YAML text of a KB holding the discovered ``entities`` (rows of entities.parquet)
    mentioned at least ``min_mentions`` times; ``samples`` gives a sentence per entity id."""
    chosen = [row for row in entities if not row["in_kb"] and row["n_mentions"] >= min_mentions]
    chosen = _without_bare_surnames(chosen)
    chosen.sort(key=lambda row: (-row["n_mentions"], row["entity_id"]))
    parts = [HEADER]
    for row in chosen:
        record: dict[str, Any] = {
            "id": row["entity_id"],
            "name": row["name"],
            "label": row["label"],
            "aliases": list(row["aliases"]),
        }
        sample = " ".join(samples.get(row["entity_id"], "").split())
        parts.append(
            f"\n# {row['n_mentions']} mentions in {row['n_docs']} documents"
            + (f"; e.g. {sample[:200]}" if sample else "")
            + "\n"
        )
        parts.append(yaml.safe_dump([record], allow_unicode=True, sort_keys=False, width=100))
    return "".join(parts)


def _without_bare_surnames(rows: list[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """Leave out a one-word PERSON entity that is the surname of exactly one drafted full
    name: the linker resolves the surname to that person, a KB entry would split them."""
    surname_holders: dict[str, int] = {}
    for row in rows:
        words = row["name"].split()
        if row["label"] == "PERSON" and len(words) >= 2:
            surname_holders[words[-1]] = surname_holders.get(words[-1], 0) + 1
    return [
        row
        for row in rows
        if not (
            row["label"] == "PERSON"
            and len(row["name"].split()) == 1
            and surname_holders.get(row["name"]) == 1
        )
    ]
