"""Writing files atomically: a temporary file beside the target, then a rename."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

__all__ = ["atomic_write", "output_refusal"]


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the whole new one.

    On any failure the temporary file is removed and an existing file at ``path`` is kept.
    The new file gets the usual permissions (0666 less the umask), not the temporary file's.
    """
    target = Path(path)
    directory = target.parent
    if not directory.is_dir():
        raise FileNotFoundError(
            errno.ENOENT, f"cannot write {target.name}: no such folder", str(directory)
        )
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def output_refusal(path: str | os.PathLike[str], *, force: bool, lang: str = "vi") -> str | None:
    """Why a command must not write ``path`` — it exists and ``force`` is off, or its folder
    does not exist — in Vietnamese (or English with ``lang="en"``); None when it may."""
    from kl224.messages import lang_of, message

    target = Path(path)
    if target.exists() and not force:
        return message("output.exists", lang_of(lang), path=str(target))
    if not target.parent.is_dir():
        return message("output.no-folder", lang_of(lang), folder=str(target.parent))
    return None
