"""DVC stage: decode the raw folder into ingested.parquet and problems.parquet."""

import argparse
import logging
from pathlib import Path

from extract.config import load_params
from extract.stages.ingest import run_ingest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--raw", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--params", type=Path, default=Path("params.yaml"))
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    run_ingest(args.raw, args.out, params=load_params(args.params))


if __name__ == "__main__":
    main()
