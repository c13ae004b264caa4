"""DVC stage: every table and metrics.json into one self-contained report.html."""

import argparse
import logging
from pathlib import Path

from extract.config import load_params
from extract.stages.report import run_report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--metrics", type=Path, default=None)
    parser.add_argument("--params", type=Path, default=Path("params.yaml"))
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    run_report(args.out, params=load_params(args.params), metrics_path=args.metrics)


if __name__ == "__main__":
    main()
