"""The benchmark suite cannot rot: its pieces are checked here, and a quick run of
``python -m benchmarks`` must print the whole table. No assertion is about speed."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import baselines  # noqa: E402
from benchmarks.bigreport import big_report  # noqa: E402
from benchmarks.suite import ROWS, Results, Row, Settings  # noqa: E402
from benchmarks.table import evaluate_targets, format_table  # noqa: E402
from benchmarks.timing import Case, calibrate, run_round_robin  # noqa: E402

import kl224  # noqa: E402
from kl224.model import narrative_strings  # noqa: E402


@pytest.fixture(scope="module")
def sample_texts() -> list[str]:
    return baselines.document_texts(kl224.build_document(kl224.sample_report()))


# --------------------------------------------------------------------------------------------
# The big report.


def test_big_report_repeats_every_body_list() -> None:
    sample, big = kl224.sample_report(), big_report(3)
    assert len(narrative_strings(big)) == 3 * len(narrative_strings(sample))
    assert big.tasks.objectives.targets == sample.tasks.objectives.targets * 3
    assert big.leadership.documents.issued == sample.leadership.documents.issued * 3
    assert big.assessment.strengths.good_units == sample.assessment.strengths.good_units * 3
    assert big.proposals.items == sample.proposals.items * 3
    # Figures and metadata stay as they are, so the report still checks like the sample.
    assert big.meta == sample.meta
    assert big.tasks.propaganda.radio == sample.tasks.propaganda.radio
    assert big.tasks.culture.extra_figures == sample.tasks.culture.extra_figures
    codes = [f.code for f in kl224.validate(big, policy="final").findings]
    assert codes == [f.code for f in kl224.validate(sample, policy="final").findings]


def test_big_report_round_trips_and_of_one_is_the_sample() -> None:
    big = big_report(2)
    assert kl224.loads(kl224.dumps(big)) == big
    assert big_report(1) is kl224.sample_report()


@pytest.mark.parametrize("factor", [0, -1, True, 2.0])
def test_big_report_refuses_a_bad_factor(factor: object) -> None:
    with pytest.raises(ValueError, match="factor"):
        big_report(factor)  # type: ignore[arg-type]


# --------------------------------------------------------------------------------------------
# The baselines write the same texts, and real files.


def test_document_texts_hold_every_narrative_string(sample_texts: list[str]) -> None:
    joined = "\n".join(sample_texts)
    for text in narrative_strings(kl224.sample_report()):
        assert text in joined
    assert all(t.strip() for t in sample_texts)


def test_handmade_docx_is_a_word_file_with_every_text(sample_texts: list[str]) -> None:
    import docx

    buffer = io.BytesIO()
    baselines.handmade_docx(sample_texts, buffer)
    with zipfile.ZipFile(buffer) as archive:
        assert archive.testzip() is None
        assert {"[Content_Types].xml", "_rels/.rels", "word/document.xml"} <= set(
            archive.namelist()
        )
    buffer.seek(0)
    paragraphs = [p.text for p in docx.Document(buffer).paragraphs]
    assert paragraphs == sample_texts


def test_plain_python_docx_writes_every_text(sample_texts: list[str]) -> None:
    import docx

    buffer = io.BytesIO()
    baselines.plain_python_docx(sample_texts, buffer)
    buffer.seek(0)
    assert [p.text for p in docx.Document(buffer).paragraphs] == sample_texts


def test_plain_reportlab_uses_the_bundled_font(sample_texts: list[str]) -> None:
    from pypdf import PdfReader

    buffer = io.BytesIO()
    font = baselines.register_baseline_font()
    assert baselines.register_baseline_font() == font  # registered once
    baselines.plain_reportlab(sample_texts[:40], buffer, font)
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    resources: list[Any] = [page["/Resources"] for page in reader.pages]
    fonts = {str(f["/BaseFont"]) for r in resources for f in r["/Font"].get_object().values()}
    assert any("LiberationSerif" in name for name in fonts), fonts
    text = " ".join(page.extract_text() for page in reader.pages)
    assert " ".join(sample_texts[5].split()[:3]) in " ".join(text.split())


def test_markdown_escapes_what_pandoc_would_read_as_markup() -> None:
    document = kl224.build_document(kl224.sample_report())
    markdown = baselines.document_markdown(document)
    assert "\n# A\\- BỐI CẢNH" in markdown  # level-1 heading, its "A-" label escaped
    assert "\n### 1\\. " in markdown
    assert "\n- " in markdown  # bullets stay bullets
    assert "\n| " in markdown  # the annex table is a pipe table
    # A paragraph starting "1." must not become a numbered list.
    assert "\n1. " not in markdown


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc is not installed")
def test_pandoc_converts_the_markdown(tmp_path: Path) -> None:
    import docx

    document = kl224.build_document(kl224.sample_report())
    converter = baselines.PandocDocx.find(tmp_path)
    assert converter is not None
    converter.convert(baselines.document_markdown(document).encode("utf-8"))
    text = "\n".join(p.text for p in docx.Document(str(converter.output)).paragraphs)
    assert narrative_strings(kl224.sample_report())[0] in text


# --------------------------------------------------------------------------------------------
# Timing and targets.


def test_round_robin_times_every_case_in_rounds() -> None:
    order: list[str] = []
    cases = [
        Case(("a", "sample"), lambda: order.append("a"), calibrate=False),
        Case(("b", "sample"), lambda: order.append("b"), calibrate=False),
    ]
    timings = run_round_robin(cases, repeat=3, min_time=0.0)
    assert order == ["a", "b"] + ["a", "b"] * 3  # a warm-up call each, then rounds
    assert all(len(t.samples) == 3 and t.number == 1 for t in timings.values())


def test_calibrate_repeats_fast_calls() -> None:
    assert calibrate(lambda: None, min_time=0.001) > 1
    with pytest.raises(ValueError, match="repeat"):
        run_round_robin([], repeat=0, min_time=0.0)


def _results(values: dict[str, dict[str, float]]) -> Results:
    rows = [Row(group, name, what, "s") for group, name, what in ROWS if group != "memory"]
    for row in rows:
        row.values.update(values.get(row.name, {}))
    return Results(Settings(repeat=1, factor=10), {}, rows, [])


def test_targets_compare_ratios_of_the_same_run() -> None:
    results = _results(
        {
            "write docx": {"sample": 0.010, "10×": 0.030},
            "python-docx": {"sample": 0.020, "10×": 0.020},
            "validate": {"sample": 0.003},
            "kl224 check": {"sample": 0.100},
            "python -c pass": {"sample": 0.025},
        }
    )
    status = {t.name: t.status for t in evaluate_targets(results)}
    assert status["write docx ≤ 1.3 × plain python-docx (sample)"] == "PASS"
    assert status["write docx ≤ 1.3 × plain python-docx (10×)"] == "MISS"
    assert status["validate < 2 ms (sample)"] == "MISS"
    assert status["kl224 check ≤ 5 × python -c pass"] == "PASS"
    assert status["write pdf ≤ 0.8 × plain reportlab (sample)"] == "SKIP"
    assert status["write pdf ≤ 1.2 × plain reportlab (10×)"] == "SKIP"


def test_the_pdf_sample_is_held_to_issue_14s_ratio() -> None:
    # 0.9× of plain reportlab met issue 9's 1.2× but misses issue 14's 0.8× on the sample;
    # the big report keeps 1.2×.
    results = _results(
        {
            "write pdf": {"sample": 0.090, "10×": 0.330},
            "reportlab": {"sample": 0.100, "10×": 0.300},
        }
    )
    status = {t.name: t.status for t in evaluate_targets(results)}
    assert status["write pdf ≤ 0.8 × plain reportlab (sample)"] == "MISS"
    assert status["write pdf ≤ 1.2 × plain reportlab (10×)"] == "PASS"


# --------------------------------------------------------------------------------------------
# The entry point, end to end.


def test_quick_run_prints_the_whole_table(tmp_path: Path) -> None:
    saved = tmp_path / "bench.json"
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "--factor", "3", "--json", str(saved)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    table = out.stdout
    names = [name for _, name, _ in ROWS]
    if shutil.which("pandoc") is None:
        names.remove("pandoc md→docx")
        assert "skipped: pandoc" in table
    for name in names:
        line = next((x for x in table.splitlines() if f"  {name}  " in x), None)
        assert line is not None, f"no row {name!r}"
        assert re.search(r"\d+(\.\d+)? (ms|MiB)", line), line
    targets = [x for x in table.splitlines() if re.search(r"\s(PASS|MISS|SKIP)$", x)]
    assert len(targets) == 10
    assert re.search(r"\d+ of 10 targets met\.", table)

    data = json.loads(saved.read_text(encoding="utf-8"))
    assert data["settings"]["repeat"] == 2 and data["settings"]["factor"] == 3
    rows = {row["name"]: row for row in data["rows"]}
    assert set(rows) == set(names)
    assert set(rows["render pdf"]["values"]) == {"sample", "3×"}
    assert all(v > 0 for row in rows.values() for v in row["values"].values())
    # The table's targets are computed from the saved medians.
    assert {t["status"] for t in data["targets"]} <= {"PASS", "MISS"}


def test_the_table_formats_every_measured_row() -> None:
    results = _results({"load": {"sample": 0.0012, "10×": 0.012}})
    table = format_table(
        Results(
            results.settings,
            dict.fromkeys(
                (
                    "kl224",
                    "date",
                    "python",
                    "implementation",
                    "machine",
                    "python-docx",
                    "reportlab",
                    "pandoc",
                ),
                "x",
            ),
            results.rows,
            ["pandoc md→docx: pandoc is not installed"],
        )
    )
    load = next(x for x in table.splitlines() if "  load  " in x)
    assert "1.20 ms" in load and "12.0 ms" in load and "10.0×" in load
    assert "skipped: pandoc" in table


def test_the_readback_benchmark_runs_and_prints_every_case(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from benchmarks import readback

    assert readback.main(["--repeat", "1", "--factor", "2"]) == 0
    out = capsys.readouterr().out
    for case in ("render docx", "read docx", "read docx, no data", "load json"):
        assert case in out
    assert "target: each read at most 2×" in out


# --------------------------------------------------------------------------------------------
# The long-text series (python -m benchmarks.scaling).


def test_scaling_inputs_have_their_sizes_and_shapes() -> None:
    from benchmarks.scaling import long_text, report_with

    word = long_text("word", 1_000)
    paragraph = long_text("paragraph", 1_000)
    assert len(word) == 1_000 and " " not in word
    assert 990 <= len(paragraph) <= 1_000 and "  " not in paragraph and " " in paragraph
    report = report_with(word)
    assert report.context.narrative == (kl224.Paragraph(text=word),)
    assert kl224.render(report, "text").count(word[:50].encode()) >= 1


def test_scaling_table_shows_medians_and_growth_ratios() -> None:
    from benchmarks.scaling import format_scaling

    rows = {("word", "pdf"): {1: 0.5, 10: 1.0, 100: 6.0},
            ("paragraph", "text"): {1: 0.01, 10: 0.1, 100: 1.0}}
    table = format_scaling(10_000, rows).splitlines()
    assert "100× (1,000,000 ch)" in table[0] and "100×/10×" in table[0]
    (word,) = [line for line in table if line.startswith("word")]
    assert word.split()[-2:] == ["2.0", "6.0"] and "6000 ms" in word
    (paragraph,) = [line for line in table if line.startswith("paragraph")]
    assert paragraph.split()[-2:] == ["10.0", "10.0"]
