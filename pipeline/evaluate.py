"""DVC stage: score the output tables against gold/, and the pipeline without a KB on the
development sets, into metrics.json and errors.md."""

import argparse
import logging
from pathlib import Path

from extract.config import load_params
from extract.evaluation.report import format_metrics
from extract.stages.evaluate import run_evaluate
from extract.stages.no_kb_sets import NoKbSet


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--gold", type=Path, required=True)
    parser.add_argument("--no-kb", action="append", default=[], metavar="NAME:GOLD:RAW")
    parser.add_argument("--params", type=Path, default=Path("params.yaml"))
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    sets = [NoKbSet.parse(text) for text in args.no_kb]
    result = run_evaluate(args.out, args.gold, params=load_params(args.params), no_kb_sets=sets)
    print(format_metrics(result.metrics))


if __name__ == "__main__":
    main()
