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


# ------------------------------------------------------------------------------------------
# Plugins as the command line shows them, name clashes, and the contract test's teeth.


@pytest.fixture
def clash_env(plugin_env: Path) -> Path:
    """Beside plugin_env: a second package that claims the built-in name ``docx`` and the
    name ``markdown`` already taken by kl224_md_plugin."""
    _fake_distribution(
        plugin_env,
        "zz_clash_plugin",
        {
            "docx": "kl224_md_plugin:MarkdownRenderer",
            "markdown": "kl224_md_plugin:MarkdownRenderer",
        },
    )
    registry._warned.clear()
    return plugin_env


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    from kl224.cli import main

    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_renderers_command_shows_loaded_plugins_and_flags_broken_ones(
    plugin_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _cli(capsys, "--lang", "en", "renderers")
    assert code == 0
    lines = {line.split()[0]: line for line in out.splitlines() if line.strip()}
    assert ".md" in lines["markdown"] and "text/markdown" in lines["markdown"]
    assert "plugin (kl224_md_plugin)" in lines["markdown"] and "BROKEN" not in lines["markdown"]
    assert "BROKEN" in lines["broken"] and "plugin exploded" in lines["broken"]
    assert "BROKEN" in lines["wrong"] and "renderer contract" in lines["wrong"]
    assert "BROKEN" not in lines["docx"] and "built-in" in lines["docx"]
    assert "Warning" not in err and "warnings.warn" not in err
    code, out, _ = _cli(capsys, "renderers")
    assert "tích hợp sẵn" in out and "HỎNG" in out


def test_a_plugin_never_takes_a_taken_name_silently(
    clash_env: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    found = {(c.name, c.distribution, c.taken_by) for c in registry.clashes()}
    assert found == {("docx", "zz_clash_plugin", ""),
                     ("markdown", "zz_clash_plugin", "kl224_md_plugin")}
    assert get_renderer("docx").__module__.startswith("kl224.renderers")

    code, out, err = _cli(capsys, "--lang", "en", "renderers")
    assert code == 0
    assert "Ignored:" in out
    assert "“docx” (kl224_md_plugin:MarkdownRenderer, zz_clash_plugin): a built-in" in out
    assert "the package kl224_md_plugin already has this name" in out
    assert err == ""

    # Any other command that looks at the plugins says it once, as one line per clash.
    registry._warned.clear()
    source = tmp_path / "r.json"
    kl224.dump(kl224.sample_report(), source)
    code, _, err = _cli(capsys, "render", str(source), "-o", str(tmp_path / "r.md"))
    assert code == 0
    warned = [line for line in err.splitlines() if line.startswith("kl224: cảnh báo:")]
    clash_lines = [line for line in warned if "zz_clash_plugin" in line]
    assert len(clash_lines) == 2, err
    assert any("“docx”" in line and "tích hợp sẵn" in line for line in clash_lines)
    # Besides the warnings, only the name of the file written.
    others = [line for line in err.splitlines() if not line.startswith("kl224: ")]
    assert others == [str(tmp_path / "r.md")]
    assert "Warning" not in err and ".py:" not in err
    assert "# BÁO CÁO" in (tmp_path / "r.md").read_text(encoding="utf-8")


def test_broken_plugins_reach_the_user_as_one_line(
    plugin_env: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = tmp_path / "r.json"
    kl224.dump(kl224.sample_report(), source)
    code, _, err = _cli(capsys, "--lang", "en", "render", str(source), "-o",
                        str(tmp_path / "r.nothing"))
    assert code == 2
    lines = err.splitlines()
    assert sum("plugin exploded" in line for line in lines) == 1
    assert all(line.startswith("kl224: ") for line in lines), err
    assert any(line.startswith("kl224: warning: skipped a renderer plugin") for line in lines)


class _DroppingRenderer:
    """The text renderer with every paragraph left out."""

    name = "dropping"
    suffixes = (".txt",)
    media_type = "text/plain; charset=utf-8"

    def write(self, document: kl224.Document, stream: io.BufferedIOBase) -> None:
        import attrs

        from kl224.document import Para

        kept = tuple(n for n in document.body if not isinstance(n, Para))
        get_renderer("text")().write(attrs.evolve(document, body=kept), stream)


class _HtmlRenderer:
    """A tiny HTML renderer, escaping user text or not."""

    name = "html"
    suffixes = (".html",)
    media_type = "text/html; charset=utf-8"
    escape = True

    def write(self, document: kl224.Document, stream: io.BufferedIOBase) -> None:
        import html

        from kl224.document import BulletItem, Heading, Para, Table

        def esc(text: str) -> str:
            return html.escape(text) if self.escape else text

        parts = [f"<h1>{esc(document.title.doc_type)}</h1>"]
        parts += [f"<p>{esc(s)}</p>" for s in document.title.subject]
        nodes = [*document.body, *(n for a in document.annexes for n in a.body)]
        for node in nodes:
            if isinstance(node, Heading):
                parts.append(f"<h2>{esc(node.text)}</h2>")
            elif isinstance(node, Para | BulletItem):
                parts.append(f"<p>{esc(node.text)}</p>")
            elif isinstance(node, Table):
                cells = [c for row in (node.header, *node.rows) for c in row]
                parts.append("<table>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</table>")
        if document.closing is not None:
            parts.append(f"<p>{esc(document.closing.name)}</p>")
        stream.write("\n".join(parts).encode("utf-8"))


class _UnescapedHtmlRenderer(_HtmlRenderer):
    escape = False


def test_check_renderer_catches_a_renderer_that_drops_paragraphs() -> None:
    from kl224.renderers.contract import check_renderer

    with pytest.raises(AssertionError, match=r"body\[1\] \(Para “Đoạn văn thứ nhất”\).*drops it"):
        check_renderer(_DroppingRenderer(), rows=10)  # type: ignore[arg-type]


def test_check_renderer_catches_unescaped_markup() -> None:
    from kl224.renderers.contract import check_renderer, declares_markup

    assert declares_markup(_HtmlRenderer())  # type: ignore[arg-type]
    assert not declares_markup(get_renderer("text")())
    check_renderer(_HtmlRenderer(), rows=10)  # type: ignore[arg-type]
    with pytest.raises(AssertionError, match="unescaped in text/html"):
        check_renderer(_UnescapedHtmlRenderer(), rows=10)  # type: ignore[arg-type]


def test_the_markdown_plugin_passes_the_whole_contract(plugin_env: Path) -> None:
    from kl224.renderers.contract import check_renderer, declares_markup

    renderer = get_renderer("markdown")()
    assert declares_markup(renderer)
    check_renderer(renderer, rows=50)
