"""Build offset-only boilerplate gold for a corpus that may not be copied, from specs.

A spec (one YAML per document, kept outside the repository because it quotes the
text) gives the document's path inside the corpus and its boilerplate regions,
each with the reason it is clutter (docs/annotation.md):

    doc: raw/07_example.txt
    boilerplate:
      - {reason: byline, text: "By Ada Okafor"}
      - {reason: read-more, text: "Read more", occurrence: 2}
      - {reason: ticker, first: "ABC 1.00", until: "Market report"}
      - {reason: read-more, first: "Recent Posts", to_end: true}

``text`` is one region; ``first`` starts a region that runs to the end of
``last``, to just before ``until``, or (``to_end``) to the end of the file. A
space in a spec string matches any whitespace run; a match must not cut a word
(``glued: true`` allows it, for words a page ran together: "futureBY ADA OKAFOR");
a string found more than once needs ``occurrence``. Regions are trimmed of
surrounding whitespace and must not overlap.

Documents are split by a fixed rule on the file's leading number (``--held-out``
remainders of the number mod 10), so the development and held-out folders
never depend on results. Each folder gets ``sources.json`` (the files' sha256)
and one JSONL per document with ``start``, ``end``, ``kind`` and ``reason``.

Usage: python tools/build_boilerplate_gold.py --specs DIR --corpus DIR --gold DIR
           [--held-out 2,5,8] [--render]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

import yaml

from extract.gold.corpus import SOURCES, gold_file_name


@dataclass(frozen=True)
class Region:
    start: int
    end: int
    reason: str


class SpecError(Exception):
    """A spec entry does not match the text as it says it should."""


def _pattern(needle: str) -> re.Pattern[str]:
    return re.compile(r"\s+".join(re.escape(part) for part in needle.split()))


def _matches(raw: str, needle: str, after: int = 0, glued: bool = False) -> list[tuple[int, int]]:
    found = []
    for match in _pattern(needle).finditer(raw, after):
        start, end = match.span()
        if glued:
            found.append((start, end))
            continue
        cuts_left = start > 0 and raw[start].isalnum() and raw[start - 1].isalnum()
        cuts_right = end < len(raw) and raw[end - 1].isalnum() and raw[end].isalnum()
        if not (cuts_left or cuts_right):
            found.append((start, end))
    return found


def _one(
    raw: str, needle: str, occurrence: int | None, where: str, after: int = 0, glued: bool = False
) -> tuple[int, int]:
    found = _matches(raw, needle, after, glued)
    if not found:
        raise SpecError(f"{where}: {needle!r} not found")
    if occurrence is None:
        if len(found) > 1:
            raise SpecError(f"{where}: {needle!r} found {len(found)} times; give occurrence")
        return found[0]
    if occurrence > len(found):
        raise SpecError(f"{where}: {needle!r} has no occurrence {occurrence}")
    return found[occurrence - 1]


def _region(raw: str, entry: dict[str, Any], where: str) -> Region:
    reason = entry.get("reason")
    if not isinstance(reason, str) or not reason:
        raise SpecError(f"{where}: entry {entry!r} needs a reason")
    occurrence, glued = entry.get("occurrence"), bool(entry.get("glued"))
    if "text" in entry:
        start, end = _one(raw, entry["text"], occurrence, where, glued=glued)
    elif "first" in entry:
        start, end = _one(raw, entry["first"], occurrence, where)
        if "last" in entry:
            end = _one(raw, entry["last"], entry.get("last_occurrence", 1), where, after=end)[1]
        elif "until" in entry:
            end = _one(raw, entry["until"], 1, where, after=end)[0]
        elif entry.get("to_end"):
            end = len(raw)
        else:
            raise SpecError(f"{where}: {entry!r} needs last, until or to_end")
    else:
        raise SpecError(f"{where}: entry {entry!r} needs text or first")
    while end > start and raw[end - 1].isspace():
        end -= 1
    return Region(start, end, reason)


def build_regions(spec_path: Path, raw: str) -> list[Region]:
    spec = yaml.safe_load(spec_path.read_text("utf-8"))
    regions = sorted(
        (_region(raw, entry, str(spec_path)) for entry in spec.get("boilerplate") or []),
        key=lambda region: region.start,
    )
    for previous, current in pairwise(regions):
        if current.start < previous.end:
            raise SpecError(
                f"{spec_path}: {raw[current.start : current.end]!r} overlaps "
                f"{raw[previous.start : previous.end]!r}"
            )
    return regions


def render(raw: str, regions: list[Region]) -> str:
    out, position = [], 0
    for region in regions:
        out.append(raw[position : region.start])
        out.append(f"<<{raw[region.start : region.end]}|{region.reason}>>")
        position = region.end
    out.append(raw[position:])
    return "".join(out)


def file_number(doc: str) -> int:
    match = re.match(r"(\d+)_", Path(doc).name)
    if match is None:
        raise SpecError(f"{doc}: the file name does not start with its number (NN_...)")
    return int(match.group(1))


def write_gold(gold_dir: Path, corpus: Path, regions_by_doc: dict[str, list[Region]]) -> None:
    gold_dir.mkdir(parents=True, exist_ok=True)
    for old in gold_dir.glob("*.jsonl"):
        old.unlink()
    files = {}
    for doc, regions in sorted(regions_by_doc.items()):
        files[doc] = hashlib.sha256((corpus / doc).read_bytes()).hexdigest()
        lines = [
            json.dumps(
                {
                    "doc": doc,
                    "start": r.start,
                    "end": r.end,
                    "kind": "boilerplate",
                    "reason": r.reason,
                }
            )
            + "\n"
            for r in regions
        ]
        (gold_dir / gold_file_name(doc)).write_text("".join(lines), "utf-8")
    sources = {"corpus": corpus.name, "files": files}
    (gold_dir / SOURCES).write_text(json.dumps(sources, indent=1, sort_keys=True) + "\n", "utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--specs", type=Path, required=True, help="folder of <doc>.yaml specs")
    parser.add_argument("--corpus", type=Path, required=True, help="the corpus root")
    parser.add_argument("--gold", type=Path, required=True, help="writes GOLD/dev, GOLD/held-out")
    parser.add_argument("--held-out", default="2,5,8", help="file number mod 10 held out")
    parser.add_argument("--render", action="store_true", help="print marked documents")
    args = parser.parse_args()
    held_out_remainders = {int(part) for part in args.held_out.split(",")}
    folds: dict[str, dict[str, list[Region]]] = {"dev": {}, "held-out": {}}
    for spec_path in sorted(args.specs.glob("*.yaml")):
        doc = yaml.safe_load(spec_path.read_text("utf-8"))["doc"]
        raw = (args.corpus / doc).read_text("utf-8")
        try:
            regions = build_regions(spec_path, raw)
        except SpecError as err:
            raise SystemExit(f"error: {err}") from err
        fold = "held-out" if file_number(doc) % 10 in held_out_remainders else "dev"
        folds[fold][doc] = regions
        chars = sum(not c.isspace() for r in regions for c in raw[r.start : r.end])
        print(f"{fold:8} {doc}: {len(regions)} regions, {chars} characters")
        if args.render:
            print(render(raw, regions))
    for fold, regions_by_doc in folds.items():
        write_gold(args.gold / fold, args.corpus, regions_by_doc)


if __name__ == "__main__":
    main()
