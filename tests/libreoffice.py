"""LibreOffice and poppler for the tests: convert DOCX files headless, read the PDF page by page.

LibreOffice lays a DOCX out with the fonts it finds. Where Times New Roman is not installed it
would fall back to a wider face (DejaVu Serif) and every line break would move; the conversion
therefore sees kl224's bundled Liberation Serif (Times New Roman's metric twin, which
LibreOffice substitutes for it) through a private fontconfig file, as an office machine with
Times New Roman would lay the file out.

The first page's header is a two-column table; pdftotext reads across both columns line by
line and interleaves them, so :func:`pdf_pages` reads each column of the header on its own.
"""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

import pytest

import kl224.renderers

FONTS = Path(kl224.renderers.__file__).parent / "assets" / "fonts"
MM = 72 / 25.4

available = shutil.which("soffice") is not None and shutil.which("pdftotext") is not None
needs_libreoffice = pytest.mark.skipif(
    not available, reason="LibreOffice (soffice) and pdftotext are needed"
)


def convert(sources: Sequence[Path], fmt: str, outdir: Path) -> list[Path]:
    """Convert ``sources`` to ``fmt`` in one LibreOffice run; return the converted files."""
    outdir = outdir.resolve()
    outdir.mkdir(parents=True, exist_ok=True)
    work = outdir / ".lo"
    work.mkdir(exist_ok=True)
    config = work / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
        '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n'
        f"  <dir>{html.escape(str(FONTS))}</dir>\n"
        f"  <cachedir>{html.escape(str(work / 'fc-cache'))}</cachedir>\n"
        "</fontconfig>\n",
        encoding="utf-8",
    )
    subprocess.run(
        ["soffice", f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless",
         "--convert-to", fmt, "--outdir", str(outdir), *map(str, sources)],
        check=True, capture_output=True, timeout=120 + 30 * len(sources),
        env={**os.environ, "HOME": str(work), "FONTCONFIG_FILE": str(config)},
    )
    converted = [outdir / f"{source.stem}.{fmt.split(':')[0]}" for source in sources]
    for path in converted:
        assert path.exists(), f"LibreOffice made no {path.name}"
    return converted


def _pdftotext(pdf: Path, *args: str) -> str:
    return subprocess.run(["pdftotext", *args, str(pdf), "-"], check=True,
                          capture_output=True, text=True, timeout=60).stdout


def words(pdf: Path, page: int) -> list[tuple[str, float, float, float, float]]:
    """The words of page ``page`` (1-based): text, x min, y min, x max, y max in points."""
    out = _pdftotext(pdf, "-bbox", "-f", str(page), "-l", str(page))
    found = re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>',
        out)
    return [(html.unescape(t), float(a), float(b), float(c), float(d))
            for a, b, c, d, t in found]


def _crop(pdf: Path, page: int, x: float, y: float, w: float, h: float) -> str:
    return _pdftotext(pdf, "-layout", "-f", str(page), "-l", str(page), "-x", str(int(x)),
                      "-y", str(int(y)), "-W", str(int(w + 1)), "-H", str(int(h + 1)))


def pdf_pages(pdf: Path, *, title_word: str | None = None,
              split_mm: float = 100.0) -> list[str]:
    """The text of each page (``pdftotext -layout``).

    With ``title_word`` (the first word of the title under the header, ``BÁO``), page 1 is read
    as the header's left column (left of ``split_mm`` from the sheet's edge: 30 mm margin +
    70 mm column), then its right column, then the rest of the page below the header.
    """
    pages = _pdftotext(pdf, "-layout").split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    if title_word is None:
        return pages
    tops = [y0 for text, _x0, y0, _x1, _y1 in words(pdf, 1) if text == title_word]
    assert tops, f"no {title_word!r} on page 1"
    top = min(tops) - 1
    split = split_mm * MM
    width, height = 842.0, 842.0
    left = _crop(pdf, 1, 0, 0, split, top)
    right = _crop(pdf, 1, split, 0, width - split, top)
    rest = _crop(pdf, 1, 0, top, width, height - top)
    pages[0] = "\n".join((left, right, rest))
    return pages


def squash(text: str) -> str:
    """``text`` with soft hyphens dropped and every run of white space made one space."""
    return " ".join(text.replace("\u00ad", "").split())
