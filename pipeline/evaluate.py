"""DVC stage: score the output tables against gold/ into metrics.json and errors.md."""

import argparse
import logging
from pathlib import Path

from extract.evaluation.report import format_metrics
from extract.stages.evaluate import run_evaluate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--gold", type=Path, required=True)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    print(format_metrics(run_evaluate(args.out, args.gold).metrics))


if __name__ == "__main__":
    main()
