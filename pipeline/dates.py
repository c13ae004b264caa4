"""DVC stage: time expressions of documents.parquet into dates.parquet."""

import argparse
import logging
from pathlib import Path

from extract.config import load_params
from extract.stages.dates import run_dates


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--params", type=Path, default=Path("params.yaml"))
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    run_dates(args.out, params=load_params(args.params))


if __name__ == "__main__":
    main()
