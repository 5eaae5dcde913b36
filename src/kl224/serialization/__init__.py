"""The report's JSON form: loading with every problem located, dumping, and the JSON Schema.

The JSON form mirrors the model: keys are the attrs field names (snake_case English), in model
order. A report looks like::

    {
      "schema_version": 1,
      "meta": {"issuing_body": "HUYỆN ỦY MƯỜNG KHƯƠNG", "number": 215, "date": "2024-10-30",
               "period": {"start": "2021-10-18", "end": "2024-10-30"}, ...},
      "context": {"narrative": ["A paragraph", {"bullet": "A bullet", "sub": ["+ item"]}]},
      "leadership": {...}, "tasks": {...}, "assessment": {...}, "proposals": {...}
    }

- ``schema_version`` may be left out on input (it means 1); ``meta`` and ``meta.issuing_body`` are
  required; every other key is optional and takes the model's default.
- Counts and every other whole number are JSON integers ``>= 0``; ``true``, ``1.5``, ``12.0`` and
  ``"12"`` are not integers. Money is an integer number of đồng; a percentage is a number 0–100;
  the decimal numbers of targets and extra figures are JSON numbers (written as integers when
  integral, else as the shortest float that reads back the same).
- Dates are ISO strings ``"2024-10-30"``; a symbol is ``"BC/HU"``; a cited document is
  ``{"code": "224-KL/TU", "date": "2021-10-18", "kind": "Kết luận", "title": "…",
  "issued_by": "Tỉnh ủy"}`` (only ``code`` required).
- Narrative is a list whose items are strings (paragraphs) or
  ``{"bullet": "text", "sub": ["…"]}`` (bullets with ``+`` sub-bullets).
- A "(nếu có)" item answered "does not apply" is ``{"not_applicable": true, "reason": "…"}``;
  ``null`` (or leaving the key out) means not reported.
- A ratio is ``{"part": 12, "whole": 13}``, a headcount ``{"total": 40, "ethnic_minority": 31}``.
- Text is normalised to NFC on the way in (decomposed input is accepted); control characters other
  than tab and newline, U+FFFE, U+FFFF and lone surrogates are refused.

:func:`dumps` writes fields in model order and leaves out every field equal to its default, except
``schema_version`` and ``meta.issuing_body``; ``loads(dumps(r)) == r`` and the text is stable.
:func:`load` reports *every* problem of a document at once in a :class:`LoadError`, each with the
RFC 6901 JSON Pointer of the place, a stable code and a message in Vietnamese or English.
"""

from __future__ import annotations

from kl224.messages import Lang as Lang

# Lang is not public API here but stays importable, as from the single module it once was.
from kl224.serialization.constants import MAX_INPUT_SIZE, MAX_PROBLEMS, SCHEMA_VERSION
from kl224.serialization.edit import PointerError, get_at, replace_at
from kl224.serialization.io import (
    dump,
    dumps,
    from_dict,
    load,
    load_with_warnings,
    loads,
    to_dict,
)
from kl224.serialization.messages import LoadError, Problem
from kl224.serialization.schema import json_schema

__all__ = [
    "MAX_INPUT_SIZE",
    "MAX_PROBLEMS",
    "SCHEMA_VERSION",
    "LoadError",
    "PointerError",
    "Problem",
    "dump",
    "dumps",
    "from_dict",
    "get_at",
    "json_schema",
    "load",
    "load_with_warnings",
    "loads",
    "replace_at",
    "to_dict",
]
