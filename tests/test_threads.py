"""Many threads at once: ``kl224.render`` and every built-in renderer give, from 8 threads,
the bytes a serial call gives (design: "per-call state lives inside the call").

The threads switch as often as the interpreter allows (``sys.setswitchinterval(1e-6)``), so a
race on anything shared between renders (reportlab's fonts, caches, registries) shows within
the run instead of once in a thousand CI runs. Nothing here depends on timing: every output is
compared, byte for byte, with the serial one.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager

import attrs
import pytest

import kl224
from kl224.document import Document
from kl224.document.nodes import (
    Annex,
    BulletItem,
    Closing,
    DocInfo,
    Header,
    Heading,
    Para,
    Table,
    Title,
)
from kl224.renderers import get_renderer

THREADS = 8
RENDERS_PER_THREAD = 50
FORMATS = ("text", "docx", "pdf", "xlsx")

_WORDS = ("tuyên truyền", "Nghị quyết", "Kết luận", "Đảng bộ", "đạt", "thôn, bản", "Nhân dân",
          "<b>&amp;</b>", "Ủy ban", "224-KL/TU", "Tam Đường")
# Characters Liberation Serif lacks (drawn from DejaVu Serif and Sans) and one none draws.
_SYMBOLS = ("224\u2011KL/TU", "✓", "★", "⇒", "😀", "🇻🇳")


def _text(seed: int, words: int) -> str:
    pool = _WORDS + _SYMBOLS if seed % 3 == 0 else _WORDS
    return " ".join(pool[(seed * 5 + i * 7) % len(pool)] for i in range(words))


def documents() -> list[Document]:
    """Small documents unlike each other: fallback fonts, tables, a landscape annex, a draft,
    a long word; each renders in a few hundredths of a second."""
    out = []
    for seed in range(5):
        body = (
            Heading(level=1, label="A-", title=_text(seed, 4)),
            Para(text=_text(seed, 30 + 20 * seed)),
            Para(text=_text(seed + 1, 12), bold=True, indent=False),
            BulletItem(marker="-", text=_text(seed + 2, 10)),
            Table(header=("TT", "Nội dung", "Kết quả"),
                  rows=tuple((str(i), _text(seed + i, 3), str(i * seed)) for i in range(seed + 2)),
                  widths=(1, 6, 2), align=("center", "left", "right"),
                  caption=_text(seed, 3)),
        )
        annexes = (Annex(label="Phụ lục", title=_text(seed, 3), landscape=seed % 2 == 1,
                         body=(Para(text="x" * (300 * seed)),)),) if seed >= 3 else ()
        out.append(Document(
            info=DocInfo(title=_text(seed, 3)),
            header=Header(superior_body="ĐẢNG BỘ TỈNH LAI CHÂU", issuing_body="HUYỆN ỦY TAM ĐƯỜNG",
                          code_line=f"Số {seed}-BC/HU", place_date="Tam Đường, ngày 1 tháng 1"),
            title=Title(doc_type="BÁO CÁO", subject=(_text(seed, 5),)),
            body=body,
            closing=Closing(authority="T/M BAN THƯỜNG VỤ", position="BÍ THƯ",
                            name="Nguyễn Văn ★", recipients=("Như trên", "Lưu")),
            annexes=annexes,
            draft=seed % 2 == 0,
        ))
    return out


def small_report() -> kl224.Report:
    """A report of the sample's metadata and one paragraph with symbols."""
    sample = kl224.sample_report()
    context = attrs.evolve(sample.context, narrative=(kl224.Paragraph(text=_text(9, 40)),))
    return kl224.Report(meta=sample.meta, context=context)


Job = Callable[[], bytes]


def jobs() -> list[Job]:
    """Renders of the documents in every format through one shared renderer instance per
    format, and of a report through :func:`kl224.render`."""
    shared = {fmt: get_renderer(fmt)() for fmt in FORMATS}

    def through(fmt: str, document: Document) -> Job:
        def job() -> bytes:
            stream = io.BytesIO()
            shared[fmt].write(document, stream)
            return stream.getvalue()

        return job

    report = small_report()

    def rendered(fmt: str) -> Job:
        def job() -> bytes:
            data = kl224.render(report, fmt)
            assert isinstance(data, bytes)
            return data

        return job

    out = [through(fmt, document) for document in documents() for fmt in FORMATS]
    # The report's PDF (the blank outline around it) takes ten times a document's.
    out += [rendered(fmt) for fmt in ("text", "docx", "xlsx")]
    return out


@contextmanager
def switching_often() -> Iterator[None]:
    """Threads switch after every few bytecodes while inside."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        yield
    finally:
        sys.setswitchinterval(before)


def run_stress(work: list[Job], threads: int = THREADS,
               renders: int = RENDERS_PER_THREAD) -> list[tuple[int, int]]:
    """Each thread renders ``renders`` jobs (each thread its own order); return the
    ``(thread, job)`` pairs whose output differed from the serial one (or raised)."""
    expected = [job() for job in work]

    def thread(number: int) -> list[tuple[int, int]]:
        wrong = []
        for step in range(renders):
            index = (number * 7 + step * 5) % len(work)
            try:
                same = work[index]() == expected[index]
            except Exception:
                same = False
            if not same:
                wrong.append((number, index))
        return wrong

    with switching_often(), ThreadPoolExecutor(max_workers=threads) as pool:
        results = list(pool.map(thread, range(threads)))
    return [pair for result in results for pair in result]


def test_many_threads_render_the_same_bytes_as_one() -> None:
    work = jobs()
    assert len(work) >= 3 * len(FORMATS)
    assert run_stress(work) == []


def test_switch_interval_is_restored() -> None:
    before = sys.getswitchinterval()
    with pytest.raises(RuntimeError), switching_often():
        raise RuntimeError
    assert sys.getswitchinterval() == before
