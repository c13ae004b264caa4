"""Progress bars that show on a terminal and stay out of CI logs."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from typing import TypeVar

from tqdm import tqdm

Item = TypeVar("Item")


def progress_bar(
    items: Iterable[Item],
    *,
    desc: str,
    unit: str,
    enabled: bool = True,
    total: int | None = None,
) -> Iterator[Item]:
    """Wrap ``items`` in a tqdm bar (items/s, and the share done when ``total`` is known)
    when stderr is a terminal and CI is not set."""
    show = enabled and sys.stderr.isatty() and not os.environ.get("CI")
    yield from tqdm(
        items, desc=desc, unit=unit, total=total, disable=not show, leave=False, file=sys.stderr
    )
