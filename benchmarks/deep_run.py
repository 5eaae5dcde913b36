"""A deep run: thousands of generated reports with hostile text through JSON → load →
validate (both policies) → render (every renderer), looking for any unexpected exception.

    python benchmarks/deep_run.py --reports 2000 --workers 2

Each worker runs its share of examples with its own seed and no shrinking (a failure is
reported with the JSON of the report that caused it, written to ``deep-run-failure-*.json``).
Prints the number of reports checked and the time taken; exits 1 on the first failure.
"""

from __future__ import annotations

import argparse
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path


def _worker(seed: int, count: int, out_dir: str) -> tuple[int, str]:
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as use_seed

    import kl224
    from kl224.renderers import available
    from kl224.testing import strategies as kst

    names = list(available())
    done = [0]

    @use_seed(seed)
    @settings(
        max_examples=count,
        deadline=None,
        phases=(Phase.generate,),
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(kst.reports(text=kst.hostile_text()))
    def run(report: kl224.Report) -> None:
        text = kl224.dumps(report)
        try:
            loaded = kl224.loads(text)
            assert loaded == report, "the JSON did not round trip"
            for policy in ("draft", "final"):
                result = kl224.validate(loaded, policy=policy)
                assert "KL224-X901" not in result.codes, result.findings
            for name in names:
                data = kl224.render(loaded, name)
                assert data, f"{name}: empty output"
        except BaseException:
            Path(out_dir, f"deep-run-failure-{seed}.json").write_text(text, encoding="utf-8")
            raise
        done[0] += 1

    try:
        run()
    except Exception as exc:
        return done[0], f"{type(exc).__name__}: {exc}"
    return done[0], ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=2_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=224)
    parser.add_argument("--out", default=".")
    args = parser.parse_args(argv)
    share = -(-args.reports // args.workers)
    start = time.perf_counter()
    with ProcessPoolExecutor(max_workers=args.workers) as pool:
        futures = [
            pool.submit(_worker, args.seed + i, share, args.out) for i in range(args.workers)
        ]
        results = [f.result() for f in futures]
    elapsed = time.perf_counter() - start
    total = sum(n for n, _ in results)
    failures = [error for _, error in results if error]
    print(f"{total} reports checked in {elapsed:.0f} s ({args.workers} workers)")
    for error in failures:
        print(f"FAILURE: {error[:2000]}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
