"""Share of legacy-encoded short texts that decode_bytes turns back into the right text.

The texts come from the generator the tests use (tests/encoding_samples.py):
Western European in Latin-1/Windows-1252, Polish and Czech in Windows-1250,
Russian in Windows-1251 and KOI8-R. A sample counts as right when the decoded
text equals the original; the recorded encoding is checked too (decoding the
bytes with it must give the same text). Usage, from the repository root:

    python tools/measure_decoding.py [--show-failures]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.encoding_samples import SET_NAMES, Sample, all_samples

from extract.ingest.decoding import DecodeProblem, decode_bytes


def outcome(sample: Sample) -> tuple[bool, bool, str]:
    """(text right, recorded encoding reproduces the text, what was decoded)."""
    try:
        decoded = decode_bytes(sample.data)
    except DecodeProblem as problem:
        return False, False, f"DecodeProblem {problem.kind}: {problem.detail}"
    recorded_ok = sample.data.decode(decoded.encoding).replace("\r", "") == decoded.text
    return decoded.text == sample.text, recorded_ok, f"{decoded.encoding}: {decoded.text!r}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-failures", action="store_true", help="print each wrong sample")
    args = parser.parse_args()
    right: Counter[str] = Counter()
    recorded: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for sample in all_samples():
        text_ok, recorded_ok, detail = outcome(sample)
        total[sample.set_name] += 1
        right[sample.set_name] += text_ok
        recorded[sample.set_name] += recorded_ok
        if args.show_failures and not (text_ok and recorded_ok):
            print(f"[{sample.set_name}/{sample.language}/{sample.encoding}] {sample.text!r}")
            print(f"    -> {detail}")
    print(f"{'set':<10} {'texts':>5} {'right text':>11} {'encoding ok':>12}")
    for name in SET_NAMES:
        print(
            f"{name:<10} {total[name]:>5} {right[name] / total[name]:>11.3f}"
            f" {recorded[name] / total[name]:>12.3f}"
        )


if __name__ == "__main__":
    main()
