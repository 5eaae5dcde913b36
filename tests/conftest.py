"""Test set-up: the Hypothesis profiles of :mod:`profiles` (``ci`` by default, derandomized;
``deep`` for sweeps — see its docstring for the command)."""

from __future__ import annotations

import profiles

profiles.load()
