"""DVC stage: the case chronology (timeline.parquet) from dates, sentences and mentions."""

import argparse
import logging
from pathlib import Path

from extract.stages.timeline import run_timeline


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    run_timeline(args.out)


if __name__ == "__main__":
    main()
