"""Slots: one value the document shows, where it goes in the model, and how it is compared.

The reader turns a document into slots. Applied to an empty report they give the report the
document shows; applied to the report embedded in the file they keep every embedded value the
document still shows the same way (which carries more than the page: the case of a name, the
reporting period) and take the document's value, with a :class:`Difference`, where it was
edited.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Sequence
from typing import Any, Final

import attrs

from kl224.model import Report, ReportMeta

__all__ = ["MISSING", "Difference", "Slot", "apply_slots", "get_at", "set_at"]


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING: Final = _Missing()
"""The value at a pointer that does not exist in a report (inside a part not applicable)."""


@attrs.frozen
class Difference:
    """A value the document shows differently from the data kl224 embedded when it rendered
    the file: where (``pointer``, an RFC 6901 JSON Pointer into the report), the value in the
    data and the value in the document, each as the document prints it (``None`` when one side
    has nothing there: a paragraph added or deleted)."""

    pointer: str
    data: str | None
    document: str | None

    def message(self, lang: str = "vi") -> str:
        """One sentence in Vietnamese (``"vi"``, the default) or English (``"en"``)."""
        from kl224.readback._messages import difference_message

        return difference_message(self, lang)


@attrs.frozen
class Slot:
    """A value the document shows at ``pointer``. ``key`` gives the text the document prints
    for a value (equal keys: the document shows the value unchanged); ``sequence`` slots hold
    tuples compared element by element."""

    pointer: str
    value: Any
    key: Callable[[Any], str]
    sequence: bool = False


def _steps(pointer: str) -> list[str]:
    return [s.replace("~1", "/").replace("~0", "~") for s in pointer.lstrip("/").split("/")]


def get_at(obj: Any, pointer: str) -> Any:
    """The value at ``pointer`` (attribute names and tuple indexes), or :data:`MISSING`."""
    current = obj
    for step in _steps(pointer) if pointer else []:
        if isinstance(current, tuple) and step.isdigit() and int(step) < len(current):
            current = current[int(step)]
        elif attrs.has(type(current)) and step in attrs.fields_dict(type(current)):
            current = getattr(current, step)
        else:
            return MISSING
    return current


def set_at(obj: Any, pointer: str, value: Any, make: Callable[[str], Any]) -> Any:
    """``obj`` with ``value`` at ``pointer``; ``make(pointer)`` builds a missing object on the
    way (an item's not-applicable part that the document fills in)."""
    steps = _steps(pointer)

    def put(current: Any, index: int, here: str) -> Any:
        if index == len(steps):
            return value
        name = steps[index]
        below = f"{here}/{name}"
        if not attrs.has(type(current)) or name not in attrs.fields_dict(type(current)):
            current = make(here)
        return attrs.evolve(current, **{name: put(getattr(current, name), index + 1, below)})

    return put(obj, 0, "")


def _sequence(
    slot: Slot, old: Sequence[Any], differences: list[Difference]
) -> tuple[Any, ...]:
    new = tuple(slot.value)
    # What prints as nothing (an empty paragraph, a blank recipient) cannot differ.
    old = tuple(v for v in old if slot.key(v).strip())
    old_keys = [slot.key(v) for v in old]
    new_keys = [slot.key(v) for v in new]
    if old_keys == new_keys:
        return old
    matcher = difflib.SequenceMatcher(a=old_keys, b=new_keys, autojunk=False)
    merged: list[Any] = []
    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        if tag == "equal":
            merged.extend(old[a0:a1])
            continue
        merged.extend(new[b0:b1])
        for offset in range(max(a1 - a0, b1 - b0)):
            a, b = a0 + offset, b0 + offset
            index = b if b < b1 else a
            differences.append(
                Difference(
                    pointer=f"{slot.pointer}/{index}",
                    data=old_keys[a] if a < a1 else None,
                    document=new_keys[b] if b < b1 else None,
                )
            )
    return tuple(merged)


def apply_slots(
    base: Report | None, slots: Sequence[Slot], make: Callable[[str], Any]
) -> tuple[Report, tuple[Difference, ...]]:
    """Apply ``slots`` to ``base`` (None: an empty report) and list the differences from it."""
    report = base if base is not None else Report(meta=ReportMeta())
    differences: list[Difference] = []
    for slot in slots:
        old = get_at(report, slot.pointer)
        if slot.sequence:
            old_items: tuple[Any, ...] = old if isinstance(old, tuple) else ()
            value: Any = _sequence(slot, old_items, differences if base is not None else [])
            if value == old_items and old is not MISSING:
                continue
        else:
            if old is not MISSING and slot.key(old) == slot.key(slot.value):
                continue
            value = slot.value
            if base is not None:
                differences.append(
                    Difference(
                        pointer=slot.pointer,
                        data=None if old is MISSING else slot.key(old),
                        document=slot.key(slot.value),
                    )
                )
        report = set_at(report, slot.pointer, value, make)
    return report, tuple(differences)
