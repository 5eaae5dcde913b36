"""Merging the parts of several reports, field by field, driven by the model's own types.

Every field of every part is combined by what it is: figures by their kind, narrative gathered
under each unit's name, lists gathered with the units they come from, documents and units
named with their unit, "(nếu có)" parts applicable if any unit applies. A field of a type this
module does not know raises TypeError, so a change to the model cannot be skipped silently.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any, Final, Literal

import attrs

from kl224 import outline
from kl224.messages import Lang, ParamValue
from kl224.model.figures import field_types, union_members
from kl224.model.narrative import SYNTHESIS_MARK, narrative_strings
from kl224.model.proposals import Proposal
from kl224.model.values import (
    Block,
    DocumentRef,
    ExtraFigure,
    FigureInfo,
    NotApplicable,
    Paragraph,
    Target,
    Unit,
    figure_info,
)
from kl224.rollup.findings import make_finding
from kl224.rollup.targets import group_targets, kept_per_unit, summed_row
from kl224.rollup.values import combine_figure, is_rate, normalise, with_sources
from kl224.validation.findings import Finding
from kl224.validation.pointers import child

__all__ = ["Merger", "has_text", "qualify_issuer", "synthesis_text"]

Values = Sequence[tuple[str, Any]]
"""The units' values of one field, in input order: ``(unit name, value)``; the value is None
where the unit did not give the enclosing part."""


_COLUMNS: Final[tuple[tuple[Literal["target", "result"], str, str], ...]] = (
    ("target", "mục tiêu", "target"),
    ("result", "kết quả", "result"),
)


def qualify_issuer(issued_by: str, name: str) -> str:
    """Name the unit in a document's issuer: ``"Ban Thường vụ Huyện ủy"`` of ``"Huyện ủy Tam
    Đường"`` becomes ``"Ban Thường vụ Huyện ủy Tam Đường"`` (the words they share are merged);
    an issuer that does not end as the name starts gets the name in parentheses."""
    issued_by = issued_by.strip()
    if not issued_by:
        return name
    if normalise(name) in normalise(issued_by):
        return issued_by
    issuer_words, name_words = issued_by.split(), name.split()
    for overlap in range(min(len(issuer_words), len(name_words)), 0, -1):
        tail = [w.casefold() for w in issuer_words[-overlap:]]
        if tail == [w.casefold() for w in name_words[:overlap]]:
            return " ".join(issuer_words[:-overlap] + name_words)
    return f"{issued_by} ({name})"


_ITEM_PATHS: Final = frozenset(n.path for n in outline.items())
NAMED_SOURCES: Final = 5
"""A sentence several units share names them up to this many; beyond, it says how many."""


def synthesis_text(parts: Values, units: int) -> str:
    """The draft synthesis of an item: the mark, how many of the ``units`` wrote about it,
    and where their texts are."""
    wrote = sum(1 for _, item in parts if item is not None and has_text(item))
    return (
        f"{SYNTHESIS_MARK} Cơ quan tổng hợp viết phần tổng hợp, đánh giá chung của mục này "
        f"thay cho đoạn này. {wrote}/{units} đơn vị có báo cáo nội dung của mục; nội dung "
        "của từng đơn vị tại phụ lục “Nội dung báo cáo của các đơn vị”, số liệu từng đơn vị "
        "tại phụ lục so sánh."
    )


def has_text(item: Any) -> bool:
    """Whether a unit's item holds any narrative or listed text."""
    return bool(narrative_strings(item))


@attrs.define
class Merger:
    """One roll-up in progress: the findings and the gaps (pointer → units that left the
    figure blank) it has found so far, and the language of the findings' messages."""

    lang: Lang
    units: int = 0
    findings: list[Finding] = attrs.field(factory=list)
    gaps: dict[str, tuple[str, ...]] = attrs.field(factory=dict)

    def note(self, code: str, pointer: str, **params: ParamValue) -> None:
        """Record a finding of ``code`` at ``pointer``."""
        self.findings.append(make_finding(code, pointer, params, self.lang))

    # ----------------------------------------------------------------------------------------
    # Parts.

    def part(self, cls: type, parts: Values, pointer: str) -> Any:
        """Merge the units' instances of the attrs class ``cls`` (None: the unit lacks it)."""
        hints = field_types(cls)
        fields: dict[str, Any] = {}
        for attribute in attrs.fields(cls):
            name = attribute.name
            values = [(unit, None if obj is None else getattr(obj, name)) for unit, obj in parts]
            fields[name] = self._field(attribute, hints[name], values, f"{pointer}/{name}")
        if pointer in _ITEM_PATHS:
            fields["narrative"] = (Paragraph(text=synthesis_text(parts, len(parts))),)
        return cls(**fields)

    def _field(self, attribute: attrs.Attribute[Any], hint: Any, values: Values, here: str) -> Any:
        info = figure_info(attribute)
        if info is not None:
            return self._figure(info, values, here)
        name = attribute.name
        if name == "narrative":
            return self._narrative(values)
        if name == "extra_figures":
            return self._extras(values, here)
        if hint == tuple[str, ...]:
            return self._languages(values) if name == "languages" else self._sentences(values)
        if hint == tuple[Unit, ...]:
            return self._units(values)
        if hint == tuple[Proposal, ...]:
            return self._proposals(values)
        if hint is bool:
            given = [v for _, v in values if v is not None]
            return bool(given) and all(given)
        if isinstance(hint, type) and attrs.has(hint):
            return self.part(hint, values, here)
        if any(isinstance(a, type) and attrs.has(a) for a in union_members(hint)):
            return self._optional(values, here)
        raise TypeError(f"{here}: the roll-up does not know how to combine a field of {hint}")

    def _optional(self, values: Values, here: str) -> Any:
        """A part that may be None (unanswered) or NotApplicable: applicable if any unit
        applies; the units that answered "not applicable" are named in its narrative."""
        present = [v for _, v in values if v is not None and not isinstance(v, NotApplicable)]
        skipped = [(u, v) for u, v in values if isinstance(v, NotApplicable)]
        if not present:
            if not skipped:
                return None
            # Each unit's reason is in the compendium; one shared reason is kept here.
            reasons = {v.reason.strip() for _, v in skipped}
            return NotApplicable(reason=reasons.pop() if len(reasons) == 1 else "")
        cls = type(present[0])
        kept = [(u, v) for u, v in values if not isinstance(v, NotApplicable)]
        return self.part(cls, kept, here)

    # ----------------------------------------------------------------------------------------
    # Figures.

    def _figure(self, info: FigureInfo, values: Values, here: str) -> Any:
        if info.kind == "targets":
            return self._targets(values, here)
        if info.kind == "documents":
            return self._documents(values)
        combined = combine_figure(info.kind, values)
        if not combined.combinable:
            self.note("KL224-A502", here, label=info.label, label_en=info.label_en)
        for suffix, names in combined.gaps.items():
            minority = suffix == "/ethnic_minority"
            self._gap(
                here + suffix,
                names,
                len(values) if not minority else sum(v is not None for _, v in values),
                info.label + (" (trong đó người dân tộc thiểu số)" if minority else ""),
                info.label_en + (" (of whom ethnic-minority people)" if minority else ""),
            )
        return combined.value

    def _gap(self, pointer: str, names: Sequence[str], units: int, label: str, en: str) -> None:
        self.gaps[pointer] = tuple(names)
        self.note(
            "KL224-A501",
            pointer,
            label=label,
            label_en=en,
            missing=len(names),
            units=units,
            names=", ".join(names),
        )

    def _targets(self, values: Values, here: str) -> tuple[Target, ...]:
        units = sum(v is not None for _, v in values)
        rows: list[Target] = []
        for group in group_targets([(u, v) for u, v in values if v is not None]):
            pointer = child(here, len(rows))
            if group.mode == "mismatch":
                by_measure: dict[str, list[str]] = {}
                for u, t in group.members:
                    by_measure.setdefault(t.unit or "(trống)", []).append(u)
                shown = "; ".join(
                    f"{measure}: {self._who(names)}" for measure, names in by_measure.items()
                )
                self.note("KL224-A503", pointer, indicator=group.indicator, units=shown)
                rows.append(kept_per_unit(group, units))
            elif group.mode == "rate":
                if len(group.members) > 1:
                    self.note("KL224-A504", pointer, indicator=group.indicator, unit=group.unit)
                rows.append(kept_per_unit(group, units))
            else:
                for column, vi, en in _COLUMNS:
                    names = group.column_gaps(column)
                    if names:
                        self.note(
                            "KL224-A505",
                            child(pointer, column),
                            indicator=group.indicator,
                            names=", ".join(names),
                            column=vi,
                            column_en=en,
                        )
                rows.append(summed_row(group, units))
        return tuple(rows)

    def _documents(self, values: Values) -> tuple[DocumentRef, ...]:
        # The units' documents are listed in the compendium and counted in the comparison;
        # the province's report lists the documents the province itself issued.
        return ()

    def _extras(self, values: Values, here: str) -> tuple[ExtraFigure, ...]:
        groups: dict[tuple[str, str], list[tuple[str, ExtraFigure]]] = {}
        for unit, extras in values:
            for extra in extras or ():
                key = (normalise(extra.label), normalise(extra.unit))
                groups.setdefault(key, []).append((unit, extra))
        out: list[ExtraFigure] = []
        for members in groups.values():
            first = members[0][1]
            pointer = child(here, len(out))
            if is_rate(first.label, first.unit):
                # Each unit's rate is in the comparison annex.
                if len(members) > 1:
                    self.note("KL224-A506", pointer, label=first.label, unit=first.unit)
                continue
            total = sum((e.value for _, e in members), Decimal(0))
            out.append(ExtraFigure(label=first.label, value=total, unit=first.unit))
            having = {u for u, _ in members}
            names = [u for u, v in values if v is not None and u not in having]
            if names:
                label = f"{first.label} ({first.unit})" if first.unit else first.label
                self._gap(pointer, names, sum(v is not None for _, v in values), label, label)
        return tuple(out)

    # ----------------------------------------------------------------------------------------
    # Narrative and lists.

    def _narrative(self, values: Values) -> tuple[Block, ...]:
        # An item's narrative becomes its synthesis draft (see part()); a nested one (the
        # ethnic-language work) is in the compendium, unit by unit.
        return ()

    def _sentences(self, values: Values) -> tuple[str, ...]:
        """Listed sentences that several units wrote, each once with all their names; a
        sentence one unit alone wrote is in the compendium."""
        groups: dict[str, tuple[str, list[str]]] = {}
        for unit, entries in values:
            for entry in entries or ():
                if entry.strip():
                    _, names = groups.setdefault(normalise(entry), (entry, []))
                    if unit not in names:
                        names.append(unit)
        return tuple(
            self._sourced(text, names) for text, names in groups.values() if len(names) > 1
        )

    def _who(self, names: Sequence[str]) -> str:
        """The units named, or how many when more than :data:`NAMED_SOURCES`."""
        if len(names) <= NAMED_SOURCES:
            return ", ".join(names)
        return f"{len(names)}/{max(self.units, len(names))} đơn vị"

    def _sourced(self, text: str, names: Sequence[str]) -> str:
        """``text`` with the units that wrote it, or how many when more than
        :data:`NAMED_SOURCES` did."""
        if len(names) <= NAMED_SOURCES:
            return with_sources(text, names)
        return with_sources(text, [self._who(names)])

    def _languages(self, values: Values) -> tuple[str, ...]:
        seen: dict[str, str] = {}
        for _, languages in values:
            for language in languages or ():
                seen.setdefault(normalise(language), language)
        return tuple(seen.values())

    def _units(self, values: Values) -> tuple[Unit, ...]:
        # Which of its own units did well or badly is each unit's judgement, kept in the
        # compendium; the province names its own.
        return ()

    def _proposals(self, values: Values) -> tuple[Proposal, ...]:
        groups: dict[tuple[str, str], tuple[Proposal, list[str]]] = {}
        for unit, proposals in values:
            for proposal in proposals or ():
                key = (normalise(proposal.text), normalise(proposal.addressee))
                _, names = groups.setdefault(key, (proposal, []))
                if unit not in names:
                    names.append(unit)
        return tuple(
            attrs.evolve(first, text=self._sourced(first.text, names))
            for first, names in groups.values()
            if len(names) > 1
        )
