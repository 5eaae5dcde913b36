"""Reading and writing the JSON form: dicts, text, files, and the data embedded in DOCX/PDF."""

from __future__ import annotations

import importlib
import json
import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, NoReturn

from kl224.files import atomic_write
from kl224.messages import Lang
from kl224.model import Report
from kl224.serialization.constants import MAX_INPUT_SIZE, SCHEMA_VERSION
from kl224.serialization.converter import CONVERTER
from kl224.serialization.errors import Found, collect, duplicate_keys, raise_problems
from kl224.serialization.hooks import JsonFloat, json_type, show
from kl224.serialization.messages import LoadError, Problem
from kl224.text.format import format_number

if TYPE_CHECKING:
    from kl224.readback import Loaded


def _grouped(size: int) -> str:
    """A byte count as the messages print it: ``52.428.809``."""
    return format_number(size)


class _JsonObject(dict[str, Any]):
    """A parsed JSON object that remembers keys it saw more than once."""

    duplicates: tuple[str, ...] = ()


def _object_pairs(pairs: list[tuple[str, Any]]) -> _JsonObject:
    obj = _JsonObject(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        repeated: dict[str, None] = {}
        for key, _ in pairs:
            if key in seen:
                repeated[key] = None
            seen.add(key)
        obj.duplicates = tuple(repeated)
    return obj


def from_dict(data: Mapping[str, Any], *, lang: Lang = "vi") -> Report:
    """Build a :class:`Report` from the JSON form already parsed into Python objects.

    Raises :class:`LoadError` listing every problem, with messages in ``lang``.
    """
    found: list[Found] = []
    duplicate_keys(data, (), found)
    if not isinstance(data, Mapping):
        raise_problems(
            [
                (
                    (),
                    "wrong-type",
                    {"expected": "object", "actual": "a-" + json_type(data), "value": show(data)},
                )
            ],
            data,
            lang,
        )
    version = data.get("schema_version", SCHEMA_VERSION)
    if isinstance(version, bool) or version != SCHEMA_VERSION or not isinstance(version, int):
        found.append((("schema_version",), "bad-schema-version", {"value": show(version)}))
    body = {k: v for k, v in data.items() if k != "schema_version"}
    report: Report | None = None
    try:
        report = CONVERTER.structure(body, Report)
    except Exception as exc:
        collect(exc, (), found)
    if found or report is None:
        raise_problems(found, data, lang)
    return report


def to_dict(report: Report) -> dict[str, Any]:
    """The JSON form of ``report`` as plain dicts, lists, strings and numbers.

    Fields equal to their default are left out, except ``schema_version`` and
    ``meta.issuing_body``; keys follow the model's field order.
    """
    body: dict[str, Any] = CONVERTER.unstructure(report, Report)
    return {"schema_version": SCHEMA_VERSION, **body}


def _too_large(size: int) -> Found:
    return ((), "too-large", {"size": _grouped(size), "limit": _grouped(MAX_INPUT_SIZE)})


def _json_problem(exc: json.JSONDecodeError) -> Found:
    return ((), "bad-json", {"detail": exc.msg, "line": str(exc.lineno), "column": str(exc.colno)})


def _encoding_problem(data: bytes, start: int) -> tuple[tuple[()], str, dict[str, str]]:
    """A ``bad-encoding`` problem at the line and column (in characters) of byte ``start``."""
    line_start = data.rfind(b"\n", 0, start) + 1
    column = len(data[line_start:start].decode("utf-8", errors="replace")) + 1
    line = data.count(b"\n", 0, start) + 1
    return ((), "bad-encoding", {"position": str(start), "line": str(line), "column": str(column)})


def loads(text: str | bytes, *, lang: Lang = "vi") -> Report:
    """Read a report from JSON text (bytes are decoded as UTF-8; a byte-order mark is allowed).

    Raw control characters inside strings are parsed, then refused with their field's pointer.
    Input above :data:`MAX_INPUT_SIZE` is refused unparsed. Raises :class:`LoadError` listing
    every problem.
    """
    if len(text) > MAX_INPUT_SIZE:
        raise_problems([_too_large(len(text))], None, lang)
    if isinstance(text, bytes | bytearray):
        raw = bytes(text)
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise_problems([_encoding_problem(raw, exc.start)], None, lang)
    text = text.removeprefix("\ufeff")
    try:
        data = json.loads(
            text, object_pairs_hook=_object_pairs, parse_float=JsonFloat, strict=False
        )
    except json.JSONDecodeError as exc:
        raise_problems([_json_problem(exc)], None, lang)
    except RecursionError:
        raise_problems(
            [((), "bad-json", {"detail": "nested too deeply", "line": "1", "column": "1"})],
            None,
            lang,
        )
    return from_dict(data, lang=lang)


def dumps(report: Report) -> str:
    """The JSON form of ``report``: UTF-8 text, two-space indent, a trailing newline.

    Decimal numbers are written as JSON numbers, so one with more significant digits than a
    float holds (about 15) reads back rounded to the nearest float.
    """
    return json.dumps(to_dict(report), ensure_ascii=False, indent=2) + "\n"


def dump(report: Report, path: str | os.PathLike[str]) -> None:
    """Write the JSON form of ``report`` to ``path`` atomically.

    A temporary file in the same directory is written, flushed to disk and renamed over
    ``path``: on failure no partial file remains and an existing file is kept. OSError passes
    through.
    """
    atomic_write(path, dumps(report).encode("utf-8"))


_EMBEDDED_READERS: Final = {".docx": "kl224.renderers.docx", ".pdf": "kl224.renderers.pdf"}


def _file_problem(code: str, path: Path, lang: Lang, **params: str) -> NoReturn:
    raise LoadError([Problem("", code, {"file": str(path), **params})], lang=lang, source=str(path))


def _read_embedded(path: Path, data: bytes, lang: Lang) -> str:
    suffix = path.suffix.lower()
    fmt = suffix[1:].upper()
    try:
        module = importlib.import_module(_EMBEDDED_READERS[suffix])
        reader: Callable[[bytes], str | None] = module.read_embedded
        text = reader(data)
    except (ImportError, AttributeError):
        _file_problem("reader-unavailable", path, lang, format=fmt)
    except ValueError as exc:
        _file_problem("bad-embedded-data", path, lang, detail=str(exc))
    if text is None:
        _file_problem("no-embedded-data", path, lang)
    return text


_WORKBOOK_READERS: Final = {".xlsx": "kl224.renderers.xlsx"}


def _read_workbook(path: Path, data: bytes, lang: Lang) -> Report:
    """The report holding the figures typed into a workbook (see kl224.renderers.xlsx)."""
    try:
        module = importlib.import_module(_WORKBOOK_READERS[path.suffix.lower()])
    except ImportError:
        _file_problem("reader-unavailable", path, lang, format="XLSX")
    reader: Callable[..., Report] = module.read_report
    report: Report = reader(data, lang=lang, name=str(path))
    return report


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "not-found"
    if isinstance(exc, IsADirectoryError):
        return "is-a-directory"
    if isinstance(exc, PermissionError):
        return "permission-denied"
    return exc.strerror or type(exc).__name__


def load(source: str | os.PathLike[str] | Mapping[str, Any], *, lang: Lang = "vi") -> Report:
    """Load a report from a mapping (the parsed JSON form), a ``.json`` file, a ``.docx`` file,
    a ``.pdf`` file rendered by kl224 (which carries the report's JSON inside), or a figures
    workbook ``.xlsx`` (the figures, targets and meta typed into it: see
    :mod:`kl224.renderers.xlsx`).

    A ``.docx`` is read from what it shows (:mod:`kl224.readback`): a file kl224 rendered, the
    same file edited in Word, the blank outline filled in or a report typed following the
    outline. When an edited file's content differs from the data kl224 embedded in it, the
    report is what the document shows and one :class:`kl224.DocumentEditedWarning` lists the
    differences; :func:`load_with_warnings` returns them instead.

    Raises :class:`LoadError` listing every problem, with messages in ``lang``: also for a file
    that is missing or unreadable, of another format, or a PDF without kl224 data.
    """
    loaded = load_with_warnings(source, lang=lang)
    if loaded.differences:
        from kl224.readback import warn_if_edited

        warn_if_edited(loaded, lang)
    return loaded.report


def load_with_warnings(
    source: str | os.PathLike[str] | Mapping[str, Any], *, lang: Lang = "vi"
) -> Loaded:
    """Load a report like :func:`load` and return it with what was noticed on the way: a
    :class:`kl224.Loaded` whose ``differences`` list every place a Word file shows something
    other than the data kl224 embedded when it rendered it (pointer, value in the data, value
    in the document; :meth:`~kl224.Loaded.messages` words them in ``lang``). Empty for JSON,
    PDF and unedited files. Raises :class:`LoadError` as :func:`load` does."""
    from kl224.readback import Loaded, read_docx

    if isinstance(source, Mapping):
        return Loaded(report=from_dict(source, lang=lang))
    path = Path(source)
    suffix = path.suffix.lower()
    if suffix != ".json" and suffix not in _EMBEDDED_READERS and suffix not in _WORKBOOK_READERS:
        _file_problem("unsupported-format", path, lang, suffix=path.suffix)
    # A JSON file is read no further than the limit; a DOCX or PDF holds fonts and pictures
    # besides the report, so it may be a few times larger.
    limit = MAX_INPUT_SIZE if suffix == ".json" else 4 * MAX_INPUT_SIZE
    try:
        if path.is_file() and path.stat().st_size > limit:
            _file_problem(
                "too-large", path, lang, size=_grouped(path.stat().st_size), limit=_grouped(limit)
            )
        with path.open("rb") as stream:
            data = stream.read(limit + 1)
    except OSError as exc:
        _file_problem("unreadable-file", path, lang, reason=_os_reason(exc))
    if len(data) > limit:
        size = _grouped(max(len(data), path.stat().st_size))
        _file_problem("too-large", path, lang, size=size, limit=_grouped(limit))
    if suffix == ".docx":
        return read_docx(data, lang=lang, source=str(path), embedded=_docx_embedded(path, lang))
    if suffix in _WORKBOOK_READERS:
        return Loaded(report=_read_workbook(path, data, lang), source=str(path))
    text: str | bytes = data if suffix == ".json" else _read_embedded(path, data, lang)
    try:
        return Loaded(report=loads(text, lang=lang), source=str(path))
    except LoadError as exc:
        raise LoadError(exc.problems, lang=lang, source=str(path)) from None


def _docx_embedded(path: Path, lang: Lang) -> Callable[[bytes], str | None]:
    """The DOCX renderer's reader of embedded data, or a load error naming what is missing."""
    try:
        module = importlib.import_module(_EMBEDDED_READERS[".docx"])
        reader: Callable[[bytes], str | None] = module.read_embedded
    except (ImportError, AttributeError):
        _file_problem("reader-unavailable", path, lang, format="DOCX")
    return reader
