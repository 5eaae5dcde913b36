"""The renderer registry: built-ins, entry-point plugins, lookup, render() and atomic writes."""

from __future__ import annotations

import io
import pickle
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

import kl224
from kl224.document import outline_document
from kl224.renderers import (
    PluginWarning,
    RenderError,
    UnknownRendererError,
    available,
    broken,
    get_renderer,
    get_renderer_for_path,
    registry,
    render,
)

EXAMPLES = Path(__file__).resolve().parents[1] / "docs" / "examples"


def _fake_distribution(root: Path, name: str, entry_points: dict[str, str]) -> None:
    """Install a distribution the way pip would leave it: a dist-info folder with METADATA and
    entry_points.txt on sys.path, found by importlib.metadata."""
    dist = root / f"{name}-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n")
    lines = "\n".join(f"{k} = {v}" for k, v in entry_points.items())
    (dist / "entry_points.txt").write_text(f"[kl224.renderers]\n{lines}\n")


@pytest.fixture
def plugin_env(tmp_path: Path) -> Iterator[Path]:
    """A site folder with two plugin distributions: one working (the Markdown example and a
    tiny CSV-ish renderer), one broken."""
    (tmp_path / "kl224_md_plugin.py").write_text(
        (EXAMPLES / "markdown_renderer.py").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (tmp_path / "kl224_broken_plugin.py").write_text("raise RuntimeError('plugin exploded')\n")
    (tmp_path / "kl224_wrong_plugin.py").write_text("class NotARenderer:\n    pass\n")
    _fake_distribution(
        tmp_path, "kl224_md_plugin", {"markdown": "kl224_md_plugin:MarkdownRenderer"}
    )
    _fake_distribution(
        tmp_path,
        "kl224_broken_plugin",
        {"broken": "kl224_broken_plugin:Renderer", "wrong": "kl224_wrong_plugin:NotARenderer"},
    )
    sys.path.insert(0, str(tmp_path))
    saved_loaded = dict(registry._loaded)
    saved_broken = dict(registry._broken)
    try:
        yield tmp_path
    finally:
        sys.path.remove(str(tmp_path))
        for mod in ("kl224_md_plugin", "kl224_broken_plugin", "kl224_wrong_plugin"):
            sys.modules.pop(mod, None)
        registry._loaded.clear()
        registry._loaded.update(saved_loaded)
        registry._broken.clear()
        registry._broken.update(saved_broken)


def test_builtins_listed_without_import() -> None:
    names = list(available())
    assert names[:3] == ["text", "docx", "pdf"]
    assert available()["pdf"].suffixes == (".pdf",)


def test_available_does_not_import_plugins(plugin_env: Path) -> None:
    infos = available()
    assert {"markdown", "broken", "wrong"} <= set(infos)
    assert "kl224_md_plugin" not in sys.modules
    assert "kl224_broken_plugin" not in sys.modules
    assert infos["markdown"].distribution == "kl224_md_plugin"
    assert not infos["markdown"].builtin


def test_render_through_a_plugin_by_name(plugin_env: Path) -> None:
    cls = get_renderer("markdown")
    data = render(outline_document(), cls())
    text = data.decode("utf-8")
    assert text.startswith("# ĐỀ CƯƠNG BÁO CÁO")
    assert "KẾT QUẢ THỰC HIỆN" in text
    assert available()["markdown"].suffixes == (".md",)


def test_plugin_found_by_suffix(plugin_env: Path, tmp_path: Path) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert get_renderer_for_path(tmp_path / "out.md").name == "markdown"
        with pytest.raises(UnknownRendererError, match=r"\.md"):
            get_renderer_for_path(tmp_path / "out.nothing")
    reasons = " ".join(str(w.message) for w in caught if issubclass(w.category, PluginWarning))
    assert "plugin exploded" in reasons
    assert "does not follow the renderer contract" in reasons
    assert set(broken()) == {"broken", "wrong"}


def test_broken_plugin_does_not_break_the_others(plugin_env: Path) -> None:
    with pytest.raises(UnknownRendererError, match="plugin exploded"):
        get_renderer("broken")
    assert "broken" in available()
    assert get_renderer("text").name == "text"
    assert get_renderer("markdown").name == "markdown"


def test_unknown_name_says_did_you_mean() -> None:
    with pytest.raises(UnknownRendererError, match="did you mean “docx”"):
        get_renderer("dcx")
    with pytest.raises(UnknownRendererError, match="available: text, docx, pdf"):
        get_renderer("zzzzzz")


def test_lookup_errors_have_a_vietnamese_message_and_survive_pickling() -> None:
    with pytest.raises(UnknownRendererError) as info:
        get_renderer("dcx")
    assert info.value.message_in("vi").startswith("không có định dạng “dcx”; có phải là “docx”?")
    assert info.value.message_in("en") == str(info.value)
    again = pickle.loads(pickle.dumps(info.value))
    assert str(again) == str(info.value)
    assert again.message_in("vi") == info.value.message_in("vi")


def test_unknown_suffix() -> None:
    with pytest.raises(UnknownRendererError, match=r"no renderer writes “\.xyz”"):
        get_renderer_for_path("report.xyz")
    with pytest.raises(UnknownRendererError, match="no file suffix"):
        get_renderer_for_path("report")


def test_missing_dependency_names_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    info = registry.RendererInfo(
        name="fake",
        target="kl224_no_such_module_xyz:Renderer",
        builtin=True,
        requires="kl224-fake-dep",
        install_hint='pip install "kl224[fake]"',
    )
    monkeypatch.setitem(registry._BUILTINS, "fake", info)  # type: ignore[index]
    expected = r"needs the package “kl224-fake-dep”.*kl224\[fake\]"
    with pytest.raises(UnknownRendererError, match=expected):
        get_renderer("fake")


def test_render_returns_bytes_and_writes_streams_and_paths(tmp_path: Path) -> None:
    doc = outline_document()
    data = render(doc, "text")
    stream = io.BytesIO()
    assert render(doc, "text", stream) == data
    assert stream.getvalue() == data
    path = tmp_path / "outline.txt"
    render(doc, None, path)
    assert path.read_bytes() == data


@pytest.mark.parametrize("source", ["report.json", {"meta": {"issuing_body": "x"}}, None])
def test_render_refuses_what_is_not_a_report_or_document(source: object) -> None:
    # A path or a dict is a natural mistake; it must say what to do, not blame a renderer.
    with pytest.raises(TypeError, match=r"kl224\.Report or a kl224\.Document") as info:
        render(source, "text")  # type: ignore[arg-type]
    if source is not None:
        assert "kl224.load" in str(info.value)


class _Exploding:
    name = "exploding"
    suffixes = (".boom",)
    media_type = "application/x-boom"

    def write(self, document: kl224.Document, stream: io.BufferedIOBase) -> None:
        stream.write(b"half a file")
        raise RuntimeError("disk on fire")


def test_failed_render_keeps_existing_file_and_leaves_no_partial(tmp_path: Path) -> None:
    path = tmp_path / "report.boom"
    path.write_bytes(b"the old report")
    with pytest.raises(RenderError, match="disk on fire"):
        render(outline_document(), _Exploding(), path)  # type: ignore[arg-type]
    assert path.read_bytes() == b"the old report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.boom"]


def test_written_file_has_normal_permissions(tmp_path: Path) -> None:
    path = tmp_path / "outline.txt"
    render(outline_document(), "text", path)
    assert path.stat().st_mode & 0o777 != 0o600


def test_example_module_is_small() -> None:
    source = (EXAMPLES / "markdown_renderer.py").read_text(encoding="utf-8")
    assert len(source.splitlines()) < 60


def test_markdown_example_escapes_markup(plugin_env: Path) -> None:
    from kl224.document import DocInfo, Document, Para, Title

    cls = get_renderer("markdown")
    doc = Document(
        info=DocInfo(title="t"),
        title=Title(doc_type="BÁO CÁO"),
        body=(Para(text="<b>*đậm*</b> [link](http://x) # không phải tiêu đề"),),
    )
    text = render(doc, cls()).decode()
    assert "\\<b\\>\\*đậm\\*\\</b\\>" in text
    assert "\\[link\\]\\(http://x\\)" in text


def test_writing_into_a_missing_folder_names_the_folder(tmp_path: Path) -> None:
    missing = tmp_path / "no" / "such"
    with pytest.raises(FileNotFoundError) as info:
        render(outline_document(), "text", missing / "x.txt")
    assert info.value.filename == str(missing)
    assert not (tmp_path / "no").exists()
