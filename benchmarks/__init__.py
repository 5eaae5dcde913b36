"""Benchmarks of kl224 against plain python-docx, reportlab, a hand-made DOCX and pandoc.

Run ``python -m benchmarks`` from the checkout root; see docs/benchmarks.md.
"""
