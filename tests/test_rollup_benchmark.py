"""The roll-up benchmark runs end to end (tiny counts); no assertion is about speed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_rollup_benchmark_prints_its_table(tmp_path: Path) -> None:
    saved = tmp_path / "rollup.json"
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.rollup", "--units", "2", "4", "--json", str(saved)],
        cwd=ROOT, capture_output=True, text=True, check=True, timeout=600,
    )
    lines = done.stdout.splitlines()
    assert [line.split("  ")[0].strip() for line in lines[1:5]] == [
        "one unit (of 2)", "roll-up of 2", "one unit (of 4)", "roll-up of 4"
    ]
    assert lines[-1].startswith("growth 2 → 4 units (×2)")
    data = json.loads(saved.read_text(encoding="utf-8"))
    assert data["roll-up of 4"]["units"] == 4 and data["one unit (of 4)"]["units"] == 4
    for case in data.values():
        assert set(case["sizes"]) == {"json", "txt", "docx", "pdf"}
        assert all(size > 0 for size in case["sizes"].values()) and case["max_rss"] > 0
