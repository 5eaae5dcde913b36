"""kl224 — the report on Conclusion 224-KL/TU as a typed model, checked and rendered.

::

    import kl224
    report = kl224.load("report.json")          # or kl224.sample_report()
    result = kl224.validate(report, policy="final")
    data = kl224.render(report, "pdf")          # or kl224.render(report, "docx", "out.docx")

The model classes are imported with the package; everything else (JSON, validation, the
document tree, renderers) on first use, so ``import kl224`` stays light and never imports
python-docx or reportlab.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from kl224.model import *  # noqa: F403
from kl224.model import __all__ as _model_all

if TYPE_CHECKING:
    from kl224 import renderers as renderers
    from kl224.document import Document as Document
    from kl224.document import build_document as build_document
    from kl224.document import outline_document as outline_document
    from kl224.readback import Difference as Difference
    from kl224.readback import DocumentEditedWarning as DocumentEditedWarning
    from kl224.readback import Loaded as Loaded
    from kl224.renderers import render as render
    from kl224.renderers.xlsx import merge_figures as merge_figures
    from kl224.rollup import AggregateResult as AggregateResult
    from kl224.rollup import aggregate as aggregate
    from kl224.sample import sample_report as sample_report
    from kl224.serialization import LoadError as LoadError
    from kl224.serialization import dump as dump
    from kl224.serialization import dumps as dumps
    from kl224.serialization import json_schema as json_schema
    from kl224.serialization import load as load
    from kl224.serialization import load_with_warnings as load_with_warnings
    from kl224.serialization import loads as loads
    from kl224.validation import Finding as Finding
    from kl224.validation import Severity as Severity
    from kl224.validation import ValidationResult as ValidationResult
    from kl224.validation import validate as validate

__version__ = "0.1.0"

_LAZY: dict[str, str] = {
    "load": "kl224.serialization",
    "load_with_warnings": "kl224.serialization",
    "Loaded": "kl224.readback",
    "Difference": "kl224.readback",
    "DocumentEditedWarning": "kl224.readback",
    "loads": "kl224.serialization",
    "dump": "kl224.serialization",
    "dumps": "kl224.serialization",
    "json_schema": "kl224.serialization",
    "LoadError": "kl224.serialization",
    "validate": "kl224.validation",
    "Finding": "kl224.validation",
    "Severity": "kl224.validation",
    "ValidationResult": "kl224.validation",
    "Document": "kl224.document",
    "build_document": "kl224.document",
    "outline_document": "kl224.document",
    "render": "kl224.renderers",
    "merge_figures": "kl224.renderers.xlsx",
    "sample_report": "kl224.sample",
    "aggregate": "kl224.rollup",
    "AggregateResult": "kl224.rollup",
}

__all__ = [
    *_model_all,
    *sorted(_LAZY),
    "__version__",
    "renderers",
]


def __getattr__(name: str) -> Any:
    if name == "renderers":
        return importlib.import_module("kl224.renderers")
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'kl224' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
