"""Build gold/<doc>.jsonl from gold/spec/<doc>.yaml and raw/, and print each document
with inline brackets for review. Usage: python tools/build_gold.py [--render]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from extract.gold.spec import build_gold

REPO = Path(__file__).resolve().parent.parent


def render(raw_text: str, spans: list) -> str:
    """Raw text with [entity text|LABEL|id], {timex|TYPE|value} and <<boilerplate>> inline."""
    marks = sorted(spans, key=lambda s: (s.start, -s.end))
    out, position = [], 0
    for span in marks:
        if span.start < position:
            continue
        out.append(raw_text[position : span.start])
        if span.kind == "entity":
            out.append(f"[{span.text}|{span.label}|{span.entity}]")
        elif span.kind == "timex":
            out.append(f"{{{span.text}|{span.type}|{span.value}}}")
        else:
            out.append(f"<<{span.text}>>")
        position = span.end
    out.append(raw_text[position:])
    return "".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--render", action="store_true", help="print bracketed documents")
    args = parser.parse_args()
    for spec_path in sorted((REPO / "gold" / "spec").glob("*.yaml")):
        doc = spec_path.stem + ".txt"
        raw_text = (REPO / "raw" / doc).read_text("utf-8")
        spans = build_gold(spec_path, raw_text)
        target = REPO / "gold" / f"{spec_path.stem}.jsonl"
        target.write_text(
            "".join(json.dumps(s.to_record(), ensure_ascii=False) + "\n" for s in spans), "utf-8"
        )
        counts = {
            kind: sum(s.kind == kind for s in spans) for kind in ("boilerplate", "entity", "timex")
        }
        print(f"{target.relative_to(REPO)}: {counts}")
        if args.render:
            print(render(raw_text, spans))


if __name__ == "__main__":
    main()
