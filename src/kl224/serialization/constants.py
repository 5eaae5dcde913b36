"""The JSON form's version, the limits on input, and the types shared by the package."""

from __future__ import annotations

from typing import Final

SCHEMA_VERSION: Final = 1
"""The version of the JSON form this module reads and writes."""

MAX_INPUT_SIZE: Final = 32 * 1024 * 1024
"""The largest JSON input read, in bytes (characters for a ``str``): 32 MiB, some 500 times a
full district report. Larger input is refused with a ``too-large`` problem before it is parsed,
so memory stays bounded."""

MAX_PROBLEMS: Final = 100
"""The most problems a :class:`LoadError` lists; a last ``too-many-problems`` problem says more
were found. Input wrong in a million places fails as fast, and in as little memory, as input
wrong in a hundred."""

Token = str | int
