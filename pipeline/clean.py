"""DVC stage: strip boilerplate into documents.parquet and boilerplate.parquet."""

import argparse
import logging
from pathlib import Path

from extract.config import load_params
from extract.stages.clean import run_clean


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--params", type=Path, default=Path("params.yaml"))
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    run_clean(args.out, params=load_params(args.params))


if __name__ == "__main__":
    main()
