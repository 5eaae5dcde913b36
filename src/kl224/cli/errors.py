"""The command line's exit codes and the error a command raises to stop with a message."""

from __future__ import annotations

from typing import Final

__all__ = ["EXIT_ERRORS", "EXIT_INTERNAL", "EXIT_OK", "EXIT_UNUSABLE", "UsageError"]

EXIT_OK: Final = 0
"""Success."""
EXIT_ERRORS: Final = 1
"""The report has errors (``check``), or inputs were skipped (``aggregate --keep-going``)."""
EXIT_UNUSABLE: Final = 2
"""The input or the command line cannot be used; nothing was written."""
EXIT_INTERNAL: Final = 3
"""A bug in kl224."""


class UsageError(Exception):
    """The command line or its input cannot be used (exit 2); ``str()`` is the message, already
    in the user's language."""

    def message_in(self, lang: str) -> str:
        """The message, as written (it was worded in the user's language when raised)."""
        return str(self)
