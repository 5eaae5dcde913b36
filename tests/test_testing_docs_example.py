"""Property tests a downstream project writes with kl224's strategies (docs/testing.md).

Here the "project" is a small exporter that turns a report into CSV rows of its figures.
"""

from __future__ import annotations

import csv
import io

from hypothesis import given

import kl224
from kl224 import iter_figures
from kl224.testing import strategies as kst


def figures_csv(report: kl224.Report) -> str:
    """The project's code under test: one CSV row per reported figure."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["pointer", "label", "value"])
    for figure in iter_figures(report):
        if figure.reported:
            writer.writerow([figure.pointer, figure.info.label, str(figure.value)])
    return out.getvalue()


@given(kst.reports(text=kst.hostile_text()))
def test_the_csv_reads_back_one_row_per_reported_figure(report: kl224.Report) -> None:
    rows = list(csv.reader(io.StringIO(figures_csv(report))))
    reported = [f for f in iter_figures(report) if f.reported]
    assert len(rows) == 1 + len(reported)
    assert [row[0] for row in rows[1:]] == [f.pointer for f in reported]


@given(kst.complete_reports())
def test_a_complete_report_is_accepted_for_filing(report: kl224.Report) -> None:
    # What the project relies on: a complete report has no error under the final policy.
    assert kl224.validate(report, policy="final").ok


@given(kst.incomplete_reports(policy="final"))
def test_every_gap_is_named_with_its_place(
    pair: tuple[kl224.Report, frozenset[tuple[str, str]]],
) -> None:
    report, expected = pair
    errors = kl224.validate(report, policy="final").errors
    assert {(f.code, f.pointer) for f in errors} == expected


@given(kst.ratios(max_whole=50), kst.headcounts(max_total=500))
def test_values_keep_their_invariants(ratio: kl224.Ratio, people: kl224.Headcount) -> None:
    assert 0 <= ratio.part <= ratio.whole <= 50
    assert people.ethnic_minority is None or people.ethnic_minority <= people.total
