"""``kl224.model.strings.json_strings`` finds on the model every string of the JSON form:
checked against walking :func:`kl224.serialization.to_dict`, for the samples and generated
reports with hostile text."""

from __future__ import annotations

from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import kl224
from kl224.model.strings import Steps, json_strings
from kl224.serialization import to_dict
from kl224.testing import strategies as kst


def _from_json(value: Any, steps: Steps = ()) -> list[tuple[Steps, str]]:
    if isinstance(value, str):
        return [(steps, value)]
    if isinstance(value, dict):
        return [found for key, item in value.items() for found in _from_json(item, (*steps, key))]
    if isinstance(value, list):
        return [found for i, item in enumerate(value) for found in _from_json(item, (*steps, i))]
    return []


def _at_default(report: kl224.Report, steps: Steps) -> bool:
    """Whether a field on the way to ``steps`` holds its default (the JSON form leaves it out)."""
    current: Any = report
    for step in steps:
        if isinstance(step, int) and isinstance(current, tuple):
            current = current[step]
            continue
        if isinstance(step, int) or not attrs.has(type(current)):
            return False
        field = attrs.fields_dict(type(current)).get(step)
        if field is None:  # a step of a special shape ("bullet", "code"): not a field
            return False
        value = getattr(current, step)
        default = field.default
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            default = default.factory()  # type: ignore[attr-defined]
        if value == default:
            return True
        current = value
    return False


def _same_strings(report: kl224.Report) -> None:
    walked = json_strings(report)
    expected = _from_json(to_dict(report))
    assert len(set(walked)) == len(walked)
    missing = [entry for entry in expected if entry not in set(walked)]
    assert missing == []
    extra = [entry for entry in walked if entry not in set(expected)]
    assert [entry for entry in extra if not _at_default(report, entry[0])] == []


@pytest.mark.parametrize("level", ["district", "commune"])
def test_the_samples_strings_are_the_json_forms(level: str) -> None:
    report = kl224.sample_report(level)  # type: ignore[arg-type]
    _same_strings(report)
    # Not vacuous: the special shapes are all there.
    steps = {s for s, _ in json_strings(report)}
    assert ("meta", "conclusion", "code") in steps and ("meta", "date") in steps
    assert any(s[-2:] == ("sub", 0) for s in steps) and any(s[-1] == "bullet" for s in steps)


def test_a_field_at_its_default_is_walked_but_holds_only_the_models_own_text() -> None:
    report = kl224.Report(meta=kl224.ReportMeta(issuing_body="Huyện ủy Tam Đường"))
    walked = dict(json_strings(report))
    assert walked[("meta", "subject")] == kl224.DEFAULT_SUBJECT
    assert ("meta", "subject") not in dict(_from_json(to_dict(report)))


@given(kst.reports(text=st.one_of(kst.hostile_text(), kst.vietnamese_text())))
def test_generated_reports_strings_are_the_json_forms(report: kl224.Report) -> None:
    _same_strings(report)


def test_a_part_is_walked_from_its_own_steps() -> None:
    report = kl224.sample_report()
    part = json_strings(report.tasks.culture, ("tasks", "culture"))
    assert part and all(steps[:2] == ("tasks", "culture") for steps, _ in part)
    assert set(part) <= set(json_strings(report))
