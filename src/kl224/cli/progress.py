"""A plain progress bar on standard error, for commands that work through many files."""

from __future__ import annotations

import sys
from typing import TextIO

__all__ = ["Progress"]


class Progress:
    """``[#####.....] 5/10 name`` redrawn in place; silent when disabled.

    Enabled by default only when the stream is a terminal, so logs and pipes stay clean.
    """

    def __init__(
        self, total: int, *, stream: TextIO | None = None, enabled: bool | None = None
    ) -> None:
        self.total = total
        self.done = 0
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled

    def advance(self, label: str = "") -> None:
        """Count one more item done and redraw."""
        self.done += 1
        if not self.enabled:
            return
        width = 30
        filled = width * self.done // max(self.total, 1)
        bar = "#" * filled + "." * (width - filled)
        label = label if len(label) <= 40 else "…" + label[-39:]
        self.stream.write(f"\r[{bar}] {self.done}/{self.total} {label:<40}")
        if self.done >= self.total:
            self.stream.write("\n")
        self.stream.flush()
