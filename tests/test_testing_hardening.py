"""Hardening against bad input and failed writes: atomic writes on every path that writes a
file, clean failures for input that is not a report, bounded memory for huge input, and a
report ten times the sample's size rendered in every format."""

from __future__ import annotations

import json
import re
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO, ClassVar

import attrs
import pytest

import kl224
from kl224 import cli
from kl224.batch import render_many
from kl224.document import Document
from kl224.files import atomic_write
from kl224.serialization import MAX_INPUT_SIZE, MAX_PROBLEMS, LoadError
from kl224.text.format import format_number

SRC = Path(kl224.__file__).parent


class FailingRenderer:
    """Writes half a document, then fails: what a crashing renderer does."""

    name: ClassVar[str] = "failing"
    suffixes: ClassVar[tuple[str, ...]] = (".fail",)
    media_type: ClassVar[str] = "application/octet-stream"

    def write(self, document: Document, stream: BinaryIO) -> None:
        stream.write(b"half a document")
        raise RuntimeError("the renderer broke midway")


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


@pytest.fixture
def sample_json(tmp_path: Path) -> Path:
    path = tmp_path / "in.json"
    kl224.dump(kl224.sample_report(), path)
    return path


# ------------------------------------------------------------------------------------------
# Atomic writes.


def test_no_module_writes_a_file_except_through_atomic_write() -> None:
    # Every file kl224 writes goes through kl224.files.atomic_write: no direct writes elsewhere.
    direct = re.compile(r"\.write_(bytes|text)\(|open\([^)]*['\"][wax]b?\+?['\"]|os\.open\(")
    offenders = [
        f"{path.relative_to(SRC)}:{number}: {line.strip()}"
        for path in sorted(SRC.rglob("*.py"))
        if path.relative_to(SRC).as_posix() != "files.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if direct.search(line) and "devnull" not in line
    ]
    assert offenders == []


def test_render_to_a_path_that_fails_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "out.fail"
    with pytest.raises(kl224.renderers.RenderError, match="broke midway"):
        kl224.render(kl224.sample_report(), FailingRenderer(), target)
    assert not target.exists() and _leftovers(tmp_path) == []


def test_render_that_fails_keeps_the_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_bytes(b"the old report")
    with pytest.raises(kl224.renderers.RenderError):
        kl224.render(kl224.sample_report(), FailingRenderer(), target)
    assert target.read_bytes() == b"the old report" and _leftovers(tmp_path) == []


def test_a_write_that_fails_at_the_last_step_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.json"
    target.write_text("old", encoding="utf-8")

    def broken_replace(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.replace", broken_replace)
    for write in (
        lambda: kl224.dump(kl224.sample_report(), target),
        lambda: kl224.render(kl224.sample_report(), "text", target),
        lambda: atomic_write(target, b"new"),
    ):
        with pytest.raises(OSError, match="No space"):
            write()
        assert target.read_text(encoding="utf-8") == "old" and _leftovers(tmp_path) == []


@pytest.fixture
def broken_text_renderer(monkeypatch: pytest.MonkeyPatch) -> None:
    from kl224.renderers.text import TextRenderer

    def write(self: Any, document: Document, stream: BinaryIO) -> None:
        stream.write(b"partial")
        raise RuntimeError("the renderer broke midway")

    monkeypatch.setattr(TextRenderer, "write", write)


@pytest.mark.usefixtures("broken_text_renderer")
def test_cli_outputs_are_atomic(
    tmp_path: Path, sample_json: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.txt"
    out.write_bytes(b"kept")
    assert cli.main(["render", str(sample_json), "-o", str(out), "--force"]) == 2
    assert cli.main(["template", "-f", "text", "-o", str(out), "--force"]) == 2
    assert out.read_bytes() == b"kept"
    # Several inputs: each output is written whole or not at all.
    (result,) = render_many([str(sample_json)], "text", force=True, jobs=1)
    assert "broke midway" in result.error and not Path(result.output).exists()
    assert cli.main(["demo", "-o", str(tmp_path / "demo")]) == 2
    assert not (tmp_path / "demo" / "sample.txt").exists()
    err = capsys.readouterr().err
    assert "broke midway" in err and "Traceback" not in err
    assert _leftovers(tmp_path) == [] and _leftovers(tmp_path / "demo") == []


# ------------------------------------------------------------------------------------------
# Input that is not a report.

BAD_INPUTS: dict[str, tuple[bytes, str, str]] = {
    "empty": (b"", "", "bad-json"),
    "not json": (b"BAO CAO 224 \x00\xff", "", "bad-encoding"),
    "text": (b"Huy\xe1\xbb\x87n \xe1\xbb\xa7y", "", "bad-json"),
    "truncated": (b'{"meta": {"issuing_body": "x"', "", "bad-json"),
    "array": (b"[1, 2, 3]", "", "wrong-type"),
    "string": (b'"report"', "", "wrong-type"),
    "null": (b"null", "", "wrong-type"),
    "number": (b"1e999", "", "wrong-type"),
    "deep": (b"[" * 100_000 + b"]" * 100_000, "", "bad-json"),
    "meta array": (b'{"meta": []}', "/meta", "wrong-type"),
    "no meta": (b'{"context": {}}', "/meta", "missing-key"),
    "narrative object": (
        b'{"meta": {"issuing_body": "x"}, "context": {"narrative": {"a": 1}}}',
        "/context/narrative",
        "wrong-type",
    ),
    "count as text": (
        b'{"meta": {"issuing_body": "x"}, "leadership": {"inspection": {"surveys": "3"}}}',
        "/leadership/inspection/surveys",
        "wrong-type",
    ),
}


@pytest.mark.parametrize(
    ("data", "pointer", "code"), BAD_INPUTS.values(), ids=BAD_INPUTS.keys()
)
def test_bad_input_fails_with_a_located_message(
    data: bytes, pointer: str, code: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(LoadError) as caught:
        kl224.loads(data)
    first = caught.value.problems[0]
    assert (first.pointer, first.code) == (pointer, code)
    assert str(caught.value) and "{" not in first.message("en").replace("{…}", "")
    path = tmp_path / "bad.json"
    path.write_bytes(data)
    assert cli.main(["--lang", "en", "check", str(path)]) == 2
    out = capsys.readouterr()
    assert "Traceback" not in out.err + out.out


def _peak(action: Callable[[], object]) -> tuple[object, int]:
    """Run ``action``; return its result (or the exception it raised) and the peak of memory
    allocated meanwhile."""
    tracemalloc.start()
    try:
        try:
            result: object = action()
        except Exception as exc:
            result = exc
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _with_narrative(items: list[Any]) -> dict[str, Any]:
    data = kl224.serialization.to_dict(kl224.sample_report())
    data["context"]["narrative"] = items
    return data


def test_a_50_mb_json_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    paragraph = "Tổ chức quán triệt Kết luận đến toàn thể cán bộ, đảng viên. " * 20
    with path.open("w", encoding="utf-8") as stream:
        json.dump(_with_narrative([paragraph] * 40_000), stream, ensure_ascii=False)
    size = path.stat().st_size
    assert size > 50_000_000 > MAX_INPUT_SIZE
    error, peak = _peak(lambda: kl224.load(path))
    assert isinstance(error, LoadError)
    assert [p.code for p in error.problems] == ["too-large"]
    assert f"at most {format_number(MAX_INPUT_SIZE)}" in error.format("en")
    assert peak < 1_000_000
    text = path.read_text(encoding="utf-8")
    error, peak = _peak(lambda: kl224.loads(text))
    assert isinstance(error, LoadError) and error.problems[0].code == "too-large"
    assert peak < 1_000_000


def test_a_100_000_item_narrative_loads_and_renders_to_text_in_bounded_memory() -> None:
    items = [f"Đoạn văn thứ {i}: tổ chức quán triệt Kết luận." for i in range(100_000)]
    text = json.dumps(_with_narrative(items), ensure_ascii=False)
    size = len(text.encode("utf-8"))
    report, peak = _peak(lambda: kl224.loads(text))
    assert isinstance(report, kl224.Report), report
    assert len(report.context.narrative) == 100_000
    assert peak < 20 * size
    output, peak = _peak(lambda: kl224.render(report, "text"))
    assert isinstance(output, bytes)
    assert items[-1].encode("utf-8") in output and peak < 20 * size


def test_input_wrong_in_a_million_places_fails_fast_with_a_bounded_list() -> None:
    text = json.dumps(_with_narrative(list(range(1_000_000))))
    error, peak = _peak(lambda: kl224.loads(text, lang="en"))
    assert isinstance(error, LoadError)
    assert len(error.problems) == MAX_PROBLEMS + 1
    assert error.problems[0].pointer == "/context/narrative/0"
    assert error.problems[-1].code == "too-many-problems"
    assert "only the first 100" in str(error.format("en"))
    assert peak < 20 * len(text)


def test_an_object_with_a_hundred_thousand_unknown_keys_fails_with_a_bounded_list() -> None:
    data = _with_narrative([])
    data["context"] = {f"key{i}": i for i in range(100_000)}
    text = json.dumps(data)
    error, peak = _peak(lambda: kl224.loads(text))
    assert isinstance(error, LoadError)
    assert len(error.problems) == MAX_PROBLEMS + 1
    assert {p.code for p in error.problems} == {"unknown-key", "too-many-problems"}
    assert peak < 20 * len(text)


# ------------------------------------------------------------------------------------------
# A big report.


def _grow(obj: Any, factor: int) -> Any:
    """``obj`` with every body list (narrative, listed sentences, units, targets, documents,
    proposals) ``factor`` times as long."""
    if not attrs.has(type(obj)):
        return obj
    changes: dict[str, Any] = {}
    for attribute in attrs.fields(type(obj)):
        value = getattr(obj, attribute.name)
        if isinstance(value, tuple) and value and attribute.name not in ("sub", "languages"):
            changes[attribute.name] = value * factor
        elif attrs.has(type(value)):
            changes[attribute.name] = _grow(value, factor)
    return attrs.evolve(obj, **changes)


@pytest.fixture(scope="module")
def big_report() -> kl224.Report:
    sample = kl224.sample_report()
    report = attrs.evolve(
        sample, **{name: _grow(getattr(sample, name), 10) for name in (
            "context", "leadership", "tasks", "assessment", "proposals")}
    )
    assert len(kl224.dumps(report)) > 8 * len(kl224.dumps(sample))
    return report


@pytest.mark.parametrize("fmt", sorted(kl224.renderers.available()))
def test_a_report_ten_times_the_sample_renders_in_every_format(
    big_report: kl224.Report, fmt: str, tmp_path: Path
) -> None:
    data = kl224.render(big_report, fmt)
    assert len(data) > len(kl224.render(kl224.sample_report(), fmt))
    if fmt == "text":
        flat = "".join(data.decode("utf-8").split())
        for text in kl224.narrative_strings(big_report)[::50]:
            assert "".join(text.split()) in flat
    else:
        # DOCX and PDF carry the report: it reads back whole.
        path = tmp_path / f"big{kl224.renderers.get_renderer(fmt).suffixes[0]}"
        path.write_bytes(data)
        assert kl224.load(path) == big_report
