"""The strategies themselves: what each draws, argument checking, registration with
``st.from_type``, a clean import, and docs/testing.md in step with its example test."""

from __future__ import annotations

import re
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import kl224
from kl224.testing import strategies as kst
from kl224.text.clean import find_unsafe
from profiles import examples

ROOT = Path(__file__).resolve().parent.parent


def test_the_docs_example_is_the_example_test() -> None:
    doc = (ROOT / "docs" / "testing.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", doc, flags=re.DOTALL)
    example = (ROOT / "tests" / "test_testing_docs_example.py").read_text(encoding="utf-8")
    assert example in blocks


def test_importing_the_strategies_in_a_fresh_interpreter() -> None:
    code = (
        "import sys\n"
        "from kl224.testing import strategies\n"
        "assert callable(strategies.reports)\n"
        "assert 'docx' not in sys.modules and 'reportlab' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_importing_kl224_testing_alone_does_not_import_hypothesis() -> None:
    code = "import sys, kl224.testing; assert 'hypothesis' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)


# ------------------------------------------------------------------------------------------
# Text.


@given(kst.hostile_text())
def test_hostile_text_never_holds_a_refused_character(text: str) -> None:
    assert find_unsafe(text) is None
    assert kl224.Paragraph(text=text).text == unicodedata.normalize(
        "NFC", text.replace("\r\n", "\n").replace("\r", "\n")
    )


@settings(max_examples=examples(20))
@given(st.data(), st.integers(0, 50), st.integers(0, 50))
def test_hostile_text_keeps_its_sizes(data: st.DataObject, low: int, extra: int) -> None:
    text = data.draw(kst.hostile_text(min_size=low, max_size=low + extra))
    assert low <= len(text) <= low + extra


@pytest.mark.parametrize(
    ("kind", "test"),
    [
        ("markup", lambda s: "<" in s or "&" in s or "]]>" in s),
        ("decomposed", lambda s: unicodedata.normalize("NFC", s) != s),
        ("format marks", lambda s: any(c in s for c in "\u00ad\u034f\u2028\ufe0f")),
        ("emoji sequence", lambda s: "\u200d" in s),
        ("emoji", lambda s: any(0x1F300 <= ord(c) <= 0x1FAFF for c in s)),
        ("long word", lambda s: any(len(w) >= 200 for w in s.split())),
        ("white space run", lambda s: "  " in s or "\t" in s or "\n\n" in s),
        ("blank", lambda s: s.strip() == ""),
    ],
)
def test_hostile_text_reaches_every_kind(kind: str, test: Any) -> None:
    from hypothesis import find

    find(kst.hostile_text(), test, settings=settings(max_examples=2_000))  # raises if none


def test_accepted_characters_cover_c1_controls_and_astral_planes() -> None:
    from hypothesis import find

    find(kst.accepted_characters(), lambda c: 0x80 <= ord(c) <= 0x9F)
    find(kst.accepted_characters(), lambda c: ord(c) > 0xFFFF)


# ------------------------------------------------------------------------------------------
# Values and parts.


@given(kst.ratios(whole=17), kst.ratios(min_whole=5, max_whole=9))
def test_ratios(fixed: kl224.Ratio, ranged: kl224.Ratio) -> None:
    assert fixed.whole == 17 and fixed.part <= 17
    assert 5 <= ranged.whole <= 9


@given(kst.headcounts(max_total=10))
def test_consistent_headcounts(people: kl224.Headcount) -> None:
    assert people.total <= 10
    assert people.ethnic_minority is None or people.ethnic_minority <= people.total


def test_inconsistent_headcounts_are_drawn_when_asked() -> None:
    from hypothesis import find

    find(
        kst.headcounts(consistent=False),
        lambda h: h.ethnic_minority is not None and h.ethnic_minority > h.total,
    )


@given(kst.document_refs(dated=True), kst.targets(with_result=True), kst.money(max_dong=5))
def test_documents_targets_money(
    ref: kl224.DocumentRef, target: kl224.Target, amount: kl224.Money
) -> None:
    assert ref.date is not None and kl224.DocumentRef.parse(ref.code).number == ref.number
    assert target.result is not None and target.result <= kst.MAX_DECIMAL
    assert amount.dong <= 5


@given(kst.narratives(min_size=1, max_size=2, nonblank_first=True, text=kst.hostile_text()))
def test_nonblank_narratives(blocks: tuple[kl224.Paragraph | kl224.Bullet, ...]) -> None:
    assert 1 <= len(blocks) <= 2 and blocks[0].text.strip()


@given(kst.units(named=True), kst.signers(named=True), kst.periods())
def test_named_units_and_signers(
    unit: kl224.Unit, signer: kl224.Signer, period: kl224.Period
) -> None:
    assert unit.name.strip() and signer.name.strip() and period.start <= period.end


@settings(max_examples=examples(10))
@given(kst.task_results(complete=True, communes=12, villages=80))
def test_complete_task_results_use_the_district_totals(tasks: kl224.TaskResults) -> None:
    assert tasks.propaganda.radio.communes is not None
    assert tasks.propaganda.radio.communes.whole == 12
    assert tasks.culture.villages_with_troupes is not None
    assert tasks.culture.villages_with_troupes.whole == 80
    report = kl224.Report(
        meta=kl224.ReportMeta(issuing_body="x", communes=12, villages=80), tasks=tasks
    )
    findings = kl224.validate(report, policy="final").findings
    assert not [f for f in findings if f.pointer.startswith("/tasks")]


@settings(max_examples=examples(10))
@given(
    kst.contexts(complete=True),
    kst.leadership_works(complete=True),
    kst.assessments(complete=True),
    kst.proposals(complete=True),
    kst.report_metas(complete=True),
)
def test_complete_parts_fill_their_items(
    context: kl224.Context,
    leadership: kl224.LeadershipWork,
    assessment: kl224.Assessment,
    proposals: kl224.Proposals,
    meta: kl224.ReportMeta,
) -> None:
    report = kl224.Report(
        meta=meta, context=context, leadership=leadership, assessment=assessment,
        proposals=proposals,
    )
    findings = kl224.validate(report, policy="final").findings
    # Parts drawn alone date their documents anywhere: only a whole complete report dates
    # them inside its period (K205, K206).
    outside_tasks = [
        f.code for f in findings
        if not f.pointer.startswith("/tasks") and f.code not in ("KL224-K205", "KL224-K206")
    ]
    assert outside_tasks == []


# ------------------------------------------------------------------------------------------
# Arguments.

BAD_ARGUMENTS: list[tuple[Any, dict[str, Any]]] = [
    (kst.reports, {"text": "x"}),
    (kst.reports, {"max_blocks": -1}),
    (kst.complete_reports, {"text": 3}),
    (kst.incomplete_reports, {"policy": "strict"}),
    (kst.incomplete_reports, {"min_gaps": 0}),
    (kst.incomplete_reports, {"min_gaps": 5, "max_gaps": 2}),
    (kst.hostile_text, {"min_size": -1}),
    (kst.hostile_text, {"min_size": 3, "max_size": 2}),
    (kst.hostile_text, {"max_word_size": 0}),
    (kst.vietnamese_text, {"max_size": 1.5}),
    (kst.ratios, {"min_whole": 9, "max_whole": 2}),
    (kst.ratios, {"whole": -1}),
    (kst.headcounts, {"consistent": "yes"}),
    (kst.money, {"max_dong": True}),
    (kst.narratives, {"nonblank_first": True}),
    (kst.narratives, {"min_size": 2, "max_size": 1}),
    (kst.document_refs, {"dated": 1}),
    (kst.targets, {"with_result": "no"}),
    (kst.units, {"named": None}),
    (kst.bullets, {"max_sub": -2}),
    (kst.task_results, {"communes": -3}),
    (kst.report_metas, {"complete": 1}),
    (kst.contexts, {"text": st.integers}),
]


@pytest.mark.parametrize(("strategy", "kwargs"), BAD_ARGUMENTS)
def test_bad_arguments_raise_invalid_argument_at_once(
    strategy: Any, kwargs: dict[str, Any]
) -> None:
    with pytest.raises(InvalidArgument):
        strategy(**kwargs)


# ------------------------------------------------------------------------------------------
# st.from_type.

REGISTERED = [
    kl224.Report, kl224.ReportMeta, kl224.Context, kl224.LeadershipWork, kl224.TaskResults,
    kl224.Assessment, kl224.Proposals, kl224.Ratio, kl224.Percent, kl224.Headcount,
    kl224.Money, kl224.Symbol, kl224.DocumentRef, kl224.Target, kl224.Unit, kl224.ExtraFigure,
    kl224.Paragraph, kl224.Bullet, kl224.NotApplicable, kl224.Period, kl224.Signer,
]


@pytest.mark.parametrize("cls", REGISTERED, ids=lambda c: c.__name__)
def test_from_type_resolves_through_the_entry_point(cls: type) -> None:
    @settings(max_examples=3)
    @given(st.data())
    def check(data: st.DataObject) -> None:
        assert isinstance(data.draw(st.from_type(cls)), cls)

    check()


def test_the_plugin_is_installed_as_an_entry_point() -> None:
    from importlib.metadata import entry_points

    (entry,) = [e for e in entry_points(group="hypothesis") if e.value.startswith("kl224.")]
    assert entry.value == "kl224.testing._hypothesis_plugin:_register_strategies"
