"""Map cleaned-text offsets back to raw-text offsets.

Cleaning only deletes characters (boilerplate, surplus whitespace) and turns
whitespace into a plain space or newline, so each cleaned character has exactly
one raw position. The map stores those positions run-length encoded: a run is a
stretch where cleaned and raw positions advance together.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class OffsetMap:
    """Run starts in cleaned text (``clean_starts``) and the raw position of each."""

    clean_starts: tuple[int, ...]
    raw_starts: tuple[int, ...]
    clean_length: int

    @classmethod
    def from_positions(cls, raw_positions: Sequence[int]) -> OffsetMap:
        """Build the map from the raw position of every cleaned character."""
        clean_starts: list[int] = []
        raw_starts: list[int] = []
        for clean_pos, raw_pos in enumerate(raw_positions):
            if not clean_starts or raw_pos != raw_starts[-1] + (clean_pos - clean_starts[-1]):
                clean_starts.append(clean_pos)
                raw_starts.append(raw_pos)
        return cls(tuple(clean_starts), tuple(raw_starts), len(raw_positions))

    def raw_position(self, clean_pos: int) -> int:
        """Raw position of the cleaned character at ``clean_pos``."""
        if not 0 <= clean_pos < self.clean_length:
            raise IndexError(f"cleaned offset {clean_pos} outside [0, {self.clean_length})")
        run = bisect_right(self.clean_starts, clean_pos) - 1
        return self.raw_starts[run] + clean_pos - self.clean_starts[run]

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Raw ``[raw_start, raw_end)`` covering the cleaned span ``[start, end)``."""
        if not 0 <= start < end <= self.clean_length:
            raise IndexError(
                f"cleaned span [{start}, {end}) invalid for length {self.clean_length}"
            )
        return self.raw_position(start), self.raw_position(end - 1) + 1

    def raw_pieces(self, start: int, end: int) -> list[tuple[int, int]]:
        """The raw spans that make up a cleaned span, one per run it touches, in order."""
        raw_start, _ = self.to_raw(start, end)
        pieces: list[tuple[int, int]] = []
        run = bisect_right(self.clean_starts, start) - 1
        position = start
        while position < end:
            run_end = (
                self.clean_starts[run + 1]
                if run + 1 < len(self.clean_starts)
                else self.clean_length
            )
            piece_end = min(run_end, end)
            offset = self.raw_starts[run] - self.clean_starts[run]
            pieces.append((position + offset, piece_end + offset))
            position = piece_end
            run += 1
        assert pieces[0][0] == raw_start
        return pieces
