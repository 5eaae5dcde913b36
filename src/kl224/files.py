"""Writing files safely: atomically (a temporary file beside the target, then a rename), and
never over one of a command's inputs (:func:`output_refusal`)."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

__all__ = ["atomic_write", "file_keys", "output_refusal", "same_file"]


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
    if target.is_dir():
        # os.replace would fail naming the temporary file; name the folder instead.
        raise IsADirectoryError(errno.EISDIR, "is a folder", str(target))
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


def file_keys(path: str | os.PathLike[str]) -> frozenset[object]:
    """What identifies the file at ``path``: its resolved path and, when it exists, its device
    and inode (so a link or a second name of the same file is recognised)."""
    target = Path(path)
    keys: set[object] = {str(target.resolve())}
    try:
        status = target.stat()
    except OSError:
        return frozenset(keys)
    keys.add((status.st_dev, status.st_ino))
    return frozenset(keys)


def same_file(a: str | os.PathLike[str], b: str | os.PathLike[str]) -> bool:
    """Whether two paths name the same file (see :func:`file_keys`)."""
    return not file_keys(a).isdisjoint(file_keys(b))


def output_refusal(
    path: str | os.PathLike[str],
    *,
    force: bool,
    lang: str = "vi",
    inputs: Iterable[str | os.PathLike[str]] = (),
) -> str | None:
    """Why a command must not write ``path``, in Vietnamese (or English with ``lang="en"``);
    None when it may.

    Refused whatever ``force`` says: ``path`` is one of ``inputs`` (a command never replaces
    what it reads) or an existing folder. Refused without ``force``: ``path`` exists. Always
    refused: its folder does not exist.
    """
    from kl224.messages import lang_of, message

    target = Path(path)
    language = lang_of(lang)
    keys = file_keys(target)
    if any(not keys.isdisjoint(file_keys(source)) for source in inputs):
        return message("output.is-input", language, path=str(target))
    if target.is_dir():
        return message("output.is-folder", language, path=str(target))
    if target.exists() and not force:
        return message("output.exists", language, path=str(target))
    if not target.parent.is_dir():
        return message("output.no-folder", language, folder=str(target.parent))
    return None
