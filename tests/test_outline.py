"""The outline as data: fidelity to outline-kl224.txt, bindings and figure coverage."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest

import kl224
from kl224 import outline
from kl224.model.figures import figure_fields, resolve

# A verbatim copy of ../shared/spec/outline-kl224.txt, so a clean clone tests against it too.
OUTLINE_TXT = Path(__file__).parent / "data" / "outline-kl224.txt"


def _squash(text: str) -> str:
    return " ".join(text.split())


def _outline_lines() -> list[str]:
    return [_squash(line) for line in OUTLINE_TXT.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def _data_lines() -> list[str]:
    lines = [_squash(line) for line in outline.OUTLINE_TITLE]
    for n in outline.NODES:
        lines.append(_squash(n.heading))
        lines.extend(_squash(g.line) for g in n.guidance)
    return lines


def test_the_copy_is_the_spec_outline() -> None:
    spec = Path(__file__).resolve().parents[2] / "shared" / "spec" / "outline-kl224.txt"
    if not spec.exists():
        pytest.skip("../shared/spec is not beside the checkout")
    assert OUTLINE_TXT.read_bytes() == spec.read_bytes()


def test_every_outline_line_in_order() -> None:
    assert _data_lines() == _outline_lines()


def test_keys_are_unique_and_hierarchical() -> None:
    keys = [n.key for n in outline.NODES]
    assert len(keys) == len(set(keys))
    for n in outline.NODES:
        if n.parent_key is not None:
            assert outline.node(n.parent_key).level == n.level - 1


def test_structure_counts() -> None:
    keys = ("B.I", "B.II", "B.III")
    sections = {k: [n for n in outline.NODES if n.parent_key == k] for k in keys}
    assert [len(v) for v in sections.values()] == [3, 10, 2]
    assert [n.key for n in outline.NODES if n.level == 1] == ["A", "B", "C"]


def test_every_path_resolves_on_a_report() -> None:
    report = kl224.Report(meta=kl224.ReportMeta(issuing_body="Huyện ủy Tam Đường"))
    for n in outline.NODES:
        target = resolve(report, n.path)
        assert attrs.has(type(target)), n.key
        for optional in n.optional_paths:
            resolve(report, optional)


def test_items_are_model_items() -> None:
    report = kl224.Report(meta=kl224.ReportMeta(issuing_body="x"))
    keys = [n.key for n in outline.items()]
    assert keys[0] == "A" and keys[-1] == "C" and len(keys) == 17
    for n in outline.items():
        assert isinstance(resolve(report, n.path), kl224.Item), n.key


def test_needs_figures_nodes_have_typed_figures() -> None:
    report = kl224.Report(meta=kl224.ReportMeta(issuing_body="x"))
    flagged = [n for n in outline.NODES if n.needs_figures]
    assert {n.key for n in flagged} >= {"B.I.1", "B.I.3", "B.II.2", "B.II.3", "B.II.7", "B.II.10"}
    for n in flagged:
        fields = figure_fields(type(resolve(report, n.path)))
        assert any(f.info.required for f in fields), n.key


@pytest.mark.parametrize(
    "phrase", ["có số liệu", "nêu rõ số lượng", "số lượng", "tỷ lệ %", "số cuộc"]
)
def test_flag_follows_the_outline_wording(phrase: str) -> None:
    for n in outline.NODES:
        text = " ".join([n.title, *(g.text for g in n.guidance)])
        if phrase in text:
            assert n.needs_figures, (n.key, phrase)


def test_if_any_parts_are_flagged() -> None:
    for n in outline.NODES:
        text = " ".join([n.title, *(g.text for g in n.guidance)])
        assert n.may_be_not_applicable == ("(nếu có)" in text), n.key


def test_report_label_uses_one_style() -> None:
    assert outline.node("A").label == "A."
    assert outline.node("A").report_label == "A-"
    assert outline.node("B.II.10").report_label == "10."


def test_unknown_key_names_the_known_ones() -> None:
    with pytest.raises(KeyError, match=r"B\.II\.10"):
        outline.node("B.IV")
