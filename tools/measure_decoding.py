"""Share of legacy-encoded short texts that decode_bytes turns back into the right text.

The texts come from the generator the tests use (tests/encoding_samples.py):
Western European in Latin-1/Windows-1252, Polish and Czech in Windows-1250,
Russian in Windows-1251 and KOI8-R. A sample counts as right when the decoded
text equals the original; the recorded encoding is checked too (decoding the
bytes with it must give the same text). Usage, from the repository root:

    python tools/measure_decoding.py [--show-failures]
    python tools/measure_decoding.py --corpus ../shared/corpora/bbc-news
    python tools/measure_decoding.py --cost

With --corpus, every paragraph of the UTF-8 .txt files under the folder that has
a character outside ASCII and fits Windows-1252 is encoded so and decoded back:
real English text with pound signs and accented names, read by path only.
With --cost, the seconds decode_bytes takes on the Western samples joined and
repeated into files of about 0.65, 2.6 and 10 MB (Windows-1252).
"""

from __future__ import annotations

import argparse
import sys
import time
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


def corpus_samples(folder: Path) -> list[Sample]:
    """Paragraphs of a folder of UTF-8 texts with a non-ASCII character, as Windows-1252."""
    samples = []
    for path in sorted(folder.rglob("*.txt")):
        for paragraph in path.read_text("utf-8", errors="replace").split("\n"):
            paragraph = paragraph.strip()
            if paragraph.isascii():
                continue
            try:
                paragraph.encode("cp1252")
            except UnicodeEncodeError:
                continue
            samples.append(Sample("corpus", "en", "cp1252", paragraph))
    return samples


def print_cost() -> None:
    western = " ".join(s.text.strip() for s in all_samples() if s.set_name == "western")
    for repeat in (20, 80, 320):
        data = ((western + "\n") * repeat).encode("cp1252")
        started = time.perf_counter()
        decoded = decode_bytes(data)
        seconds = time.perf_counter() - started
        print(f"{len(data):>10,} bytes  {seconds:6.2f} s  {decoded.encoding}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-failures", action="store_true", help="print each wrong sample")
    parser.add_argument("--corpus", type=Path, help="a folder of UTF-8 .txt files instead")
    parser.add_argument("--cost", action="store_true", help="time decoding of large files")
    args = parser.parse_args()
    if args.cost:
        print_cost()
        return
    samples = corpus_samples(args.corpus) if args.corpus else all_samples()
    set_names = ("corpus",) if args.corpus else SET_NAMES
    right: Counter[str] = Counter()
    recorded: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for sample in samples:
        text_ok, recorded_ok, detail = outcome(sample)
        total[sample.set_name] += 1
        right[sample.set_name] += text_ok
        recorded[sample.set_name] += recorded_ok
        if args.show_failures and not (text_ok and recorded_ok):
            print(f"[{sample.set_name}/{sample.language}/{sample.encoding}] {sample.text!r}")
            print(f"    -> {detail}")
    print(f"{'set':<10} {'texts':>5} {'right text':>11} {'encoding ok':>12}")
    for name in set_names:
        print(
            f"{name:<10} {total[name]:>5} {right[name] / total[name]:>11.3f}"
            f" {recorded[name] / total[name]:>12.3f}"
        )


if __name__ == "__main__":
    main()
