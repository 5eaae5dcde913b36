"""What the units wrote, kept whole, and what the roll-up found, grouped: two annexes.

The provincial report's body holds the summed figures and a draft synthesis under each item;
the units' own narratives go to :func:`compendium_annex`, once each, item by item and, within
an item, unit by unit in the roll-up's order — nothing a unit wrote is lost, and nothing is
repeated. :func:`findings_annex` lists the roll-up's findings grouped by severity (warnings
first) and then by code, each with the item it concerns; :func:`grouped_findings` gives the
same grouping to the command line.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import attrs

from kl224 import outline
from kl224.document.build import item_nodes
from kl224.document.nodes import Annex, BulletItem, Heading, Node, Para
from kl224.model.figures import resolve
from kl224.rollup.core import AggregateResult
from kl224.rollup.findings import AGGREGATE_CODES, aggregate_message
from kl224.text.format import format_document_citation, format_number, upper_vi
from kl224.validation.findings import Finding, Lang, Severity
from kl224.validation.pointers import node_of

__all__ = [
    "COMPENDIUM_TITLE",
    "FINDINGS_TITLE",
    "FindingGroup",
    "compendium_annex",
    "findings_annex",
    "grouped_findings",
    "place_of",
]

COMPENDIUM_TITLE: Final = "Nội dung báo cáo của các đơn vị"
FINDINGS_TITLE: Final = "Những điểm lưu ý khi tổng hợp"
_SEVERITY_ORDER: Final = (Severity.ERROR, Severity.WARNING, Severity.INFO)
SEVERITY_NAMES: Final[dict[Severity, tuple[str, str]]] = {
    Severity.ERROR: ("Lỗi", "Errors"),
    Severity.WARNING: ("Cảnh báo", "Warnings"),
    Severity.INFO: ("Thông tin", "Information"),
}


def _cited(result: AggregateResult) -> str:
    meta = result.report.meta
    code = meta.code if meta.number is not None else ""
    return format_document_citation("Báo cáo", code, meta.date, meta.issuing_body)


def compendium_annex(result: AggregateResult, *, label: str = "Phụ lục 3") -> Annex:
    """The units' narratives, lists, documents, targets and proposals, item by item and
    unit by unit (figures are in the comparison annex); units that wrote nothing for an
    item are named at its end."""
    body: list[Node] = []
    for node in outline.items():
        written: list[Node] = []
        silent: list[str] = []
        for name, report in zip(result.names, result.sources, strict=True):
            nodes = item_nodes(resolve(report, node.path), node.path, figures=False)
            if not nodes:
                silent.append(name)
                continue
            written.append(Para(text=f"{name}:", bold=True, indent=False))
            written += nodes
        if not written:
            continue
        body.append(Heading(level=3, label=f"Mục {node.key}.", title=node.title))
        body += written
        if silent:
            body.append(
                Para(text=f"Không có nội dung về mục này: {', '.join(silent)}.", italic=True)
            )
    return Annex(
        label=label,
        title=upper_vi(COMPENDIUM_TITLE),
        note=f"(Kèm theo {_cited(result)}; theo từng mục của đề cương, trong mỗi mục theo "
        "từng đơn vị)",
        body=tuple(body),
    )


@attrs.frozen(kw_only=True)
class FindingGroup:
    """The findings of one code: its severity and the findings, in the roll-up's order."""

    severity: Severity
    code: str
    findings: tuple[Finding, ...]


def grouped_findings(findings: Sequence[Finding]) -> tuple[FindingGroup, ...]:
    """``findings`` grouped by severity (errors, warnings, then information) and, within a
    severity, by code in catalogue order; each group keeps its findings' order."""
    codes = list(AGGREGATE_CODES)
    by_code: dict[tuple[Severity, str], list[Finding]] = {}
    for finding in findings:
        by_code.setdefault((finding.severity, finding.code), []).append(finding)

    def order(key: tuple[Severity, str]) -> tuple[int, int, str]:
        severity, code = key
        index = codes.index(code) if code in codes else len(codes)
        return _SEVERITY_ORDER.index(severity), index, code

    return tuple(
        FindingGroup(severity=key[0], code=key[1], findings=tuple(by_code[key]))
        for key in sorted(by_code, key=order)
    )


def place_of(pointer: str, lang: Lang = "vi") -> str:
    """Where a finding points, as a reader names it: ``Mục B.II.2``, ``Thông tin văn bản``
    (the metadata) or ``Toàn bộ báo cáo``."""
    found = node_of(pointer)
    if found is not None:
        return f"Mục {found.key}" if lang == "vi" else f"Item {found.key}"
    if pointer.startswith("/meta"):
        return "Thông tin văn bản" if lang == "vi" else "Metadata"
    return "Toàn bộ báo cáo" if lang == "vi" else "Whole report"


def findings_annex(result: AggregateResult, *, label: str = "Phụ lục 4") -> Annex:
    """The roll-up's findings grouped by severity and code (see :func:`grouped_findings`),
    each with its severity, its code and the item it concerns."""
    body: list[Node] = []
    groups = grouped_findings(result.findings)
    for severity in _SEVERITY_ORDER:
        mine = [g for g in groups if g.severity == severity]
        if not mine:
            continue
        total = sum(len(g.findings) for g in mine)
        name = SEVERITY_NAMES[severity][0]
        body.append(Para(text=f"{name} ({format_number(total)})", bold=True, indent=False))
        for group in mine:
            count = format_number(len(group.findings))
            body.append(Para(text=f"{group.code} – {name.lower()}, {count} điểm:", italic=True))
            body += [
                BulletItem(
                    marker="-",
                    text=f"{place_of(f.pointer)}: {aggregate_message(f, 'vi')}",
                )
                for f in group.findings
            ]
    return Annex(
        label=label,
        title=upper_vi(FINDINGS_TITLE),
        note=f"(Kèm theo {_cited(result)})",
        body=tuple(body),
    )
