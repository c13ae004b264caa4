"""DVC stage: describe the run that wrote outputs/ in run.json (after every table stage)."""

import argparse
from pathlib import Path

from extract.config import load_params
from extract.stages.run_record import write_run_record


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--kb", type=Path, required=True)
    parser.add_argument("--params", type=Path, default=Path("params.yaml"))
    args = parser.parse_args()
    write_run_record(
        args.out,
        settings=load_params(args.params),
        settings_file=args.params,
        kb_path=args.kb,
        started=None,
    )


if __name__ == "__main__":
    main()
