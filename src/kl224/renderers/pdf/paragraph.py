"""Paragraphs for the PDF layout, made, wrapped and drawn more cheaply than reportlab's own.

Three costs of ``reportlab.platypus.Paragraph`` dominate a report's layout besides line
breaking itself, and all are avoidable without changing a single byte of the output:

- **Parsing.** Every Paragraph runs its text through reportlab's markup parser. Text without
  ``&``, ``<``, ``>`` or a newline parses to exactly one fragment in the style's font, so the
  fragment is built directly from a template parsed once per style.
- **Wrapping again.** A table wraps each cell's paragraph when it measures its rows and again
  when it draws them, and a frame wraps a paragraph again before splitting it — each time at the
  same width, breaking the same lines. A paragraph here remembers the width it was last wrapped
  at and answers the same question again from memory.
- **Drawing line by line through helpers.** reportlab draws each line of a paragraph through a
  function chosen by alignment, which reaches the text object through three or four more
  calls; :func:`_draw_plain_lines` makes the same text-object calls in one loop, so the page
  gets the same operators (a property test compares both for every alignment).

reportlab is imported only inside this module's functions.
"""

from __future__ import annotations

import copy
import functools
import weakref
from typing import Any, Final

from kl224.renderers.pdf.styles import ALIGN, markup
from kl224.text.clean import normalize


def _has_markup(text: str) -> bool:
    """Whether ``text`` holds a character that makes reportlab's parser do more than copy the
    text into one fragment (``&``, ``<``, ``>`` or a newline)."""
    # Four substring searches in C: a set's isdisjoint walks the text a character at a time.
    return "&" in text or "<" in text or ">" in text or "\n" in text


# Paragraphs of more words than this are broken into lines a piece at a time (see
# _Paragraph._break_in_pieces): reportlab's line breaker takes its words off the front of a
# list one by one, which costs time growing with the square of the number of words.
_PIECE_WORDS: Final = 1_500


@functools.cache
def paragraph_class() -> type[Any]:
    """reportlab's Paragraph, broken into lines once per width, in time linear in its length."""
    from reportlab.platypus import Paragraph
    from reportlab.platypus.paragraph import split, strip

    class _Paragraph(Paragraph):  # type: ignore[misc]
        # Class defaults: paragraphs made by Paragraph.split (of this class) start blank.
        _wrapped_at: float | None = None
        _wrapped_size: tuple[float, float] = (0.0, 0.0)
        # The lines this paragraph's words come from, when its fragments are not made yet.
        _words_from: Any = None

        # The fragments of the rest of a split paragraph are made only if something asks for
        # them (a frame of another width, plain text): making them walks all its words, and
        # a paragraph over P pages is split P times.
        @property
        def frags(self) -> Any:
            source = self.__dict__.get("_words_from")
            if source is not None:
                self.__dict__["_frags"] = Paragraph._get_split_blParaFunc(self)(
                    source, 0, len(source.lines))
                self.__dict__["_words_from"] = None
            return self.__dict__["_frags"]

        @frags.setter
        def frags(self, value: Any) -> None:
            self.__dict__["_frags"] = value
            self.__dict__["_words_from"] = None

        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
            # The lines depend on the width alone (not on the height offered), and everything
            # that uses them (draw, split) reads what the last wrap left: so the same width
            # gives the same answer and the same state.
            if availWidth == self._wrapped_at and "blPara" in self.__dict__:
                return self._wrapped_size
            if self._simple() and len(self.frags[0].text) > 4 * _PIECE_WORDS:
                size = self._break_in_pieces(availWidth)
            else:
                size = super().wrap(availWidth, availHeight)
            self._wrapped_at, self._wrapped_size = availWidth, size
            return size

        # Whether lines are broken by _plain_lines when they can be (the tests compare both).
        plain_breaking = True

        def breakLines(self, width: Any) -> Any:
            if self.plain_breaking and self._simple():
                broken = _plain_lines(self, width)
                if broken is not None:
                    return broken
            return super().breakLines(width)

        def _simple(self) -> bool:
            """One fragment of plain text in a style without automatic leading, end dots,
            CJK wrapping or bullets: the paragraphs this module knows how to cut."""
            style = self.style
            frags = self.__dict__.get("_frags")
            return bool(
                self.__dict__.get("_words_from") is None and frags and len(frags) == 1
                and hasattr(frags[0], "text") and not self.bulletText
                and style.wordWrap != "CJK" and not style.endDots
                and getattr(self, "autoLeading", getattr(style, "autoLeading", ""))
                in ("", "off")
            )

        def _break_in_pieces(self, width: float) -> tuple[float, float]:
            """Break the lines ``_PIECE_WORDS`` words at a time: a piece's last line is broken
            again with the next piece's words (a line depends only on where it starts), so the
            lines are those of breaking the whole."""
            style = self.style
            template = self.frags[0]
            words = split(strip(template.text))
            lines: list[Any] = []
            carried: list[str] = []
            start = 0
            last = None
            while True:
                piece_words = carried + words[start:start + _PIECE_WORDS]
                start += _PIECE_WORDS
                text = " ".join(piece_words)
                piece = Paragraph(text, style if not lines else _rest_style(style),
                                  frags=[template.clone(text=text)])
                piece.wrap(width, 0x7FFFFFFF)
                last = piece.blPara
                if start >= len(words):
                    lines.extend(last.lines)
                    break
                lines.extend(last.lines[:-1])
                carried = [str(word) for word in last.lines[-1][1]]
            self.width = width
            later = width - style.leftIndent - style.rightIndent
            self._wrapWidths = [width - style.leftIndent - style.firstLineIndent
                                - style.rightIndent, later]
            self.blPara = last.clone(lines=lines)
            self.height = len(lines) * style.leading
            return width, self.height

        def split(self, availWidth: float, availHeight: float) -> list[Any]:
            # reportlab makes the rest of a split paragraph from its words and breaks it into
            # lines again: a paragraph running over P pages was broken P times, so time grew
            # with the square of its length (a 640,000-character word took a minute). Here
            # the rest gets the lines already broken at this width, with the size a wrap would
            # give them; it is broken again only if a frame of another width takes it.
            if availWidth != self._wrapped_at or "blPara" not in self.__dict__:
                parts: list[Any] = super().split(availWidth, availHeight)
                return parts
            blPara = self.blPara
            if blPara.kind != 0 or self.__dict__.get("bulletText") or self.style.endDots or (
                    getattr(self, "autoLeading", getattr(self.style, "autoLeading", ""))
                    not in ("", "off")):
                return self._split_as_reportlab(availWidth, availHeight)
            return self._split_lines(availWidth, availHeight)

        def _split_as_reportlab(self, availWidth: float, availHeight: float) -> list[Any]:
            kept = self.blPara
            parts: list[Any] = super().split(availWidth, availHeight)
            if not parts and "blPara" not in self.__dict__:
                # No room here: reportlab drops the lines so that the next page breaks them
                # again, at the same width, into the same lines. Keep them.
                self.blPara = kept
            return parts

        def _split_lines(self, width: float, height: float) -> list[Any]:
            # The rules of reportlab's Paragraph.split for fixed leading: as many lines as
            # the height holds; no single line left behind (orphan) or sent on (widow)
            # unless the style allows it.
            style = self.style
            lines = self.blPara.lines
            count = len(lines)
            fit = int(height / style.leading)
            orphans = getattr(self, "allowOrphans", getattr(style, "allowOrphans", 0))
            widows = getattr(self, "allowWidows", getattr(style, "allowWidows", 1))
            if (not orphans and fit <= 1) or fit == 0 or not self.frags_or_lines():
                return []
            if count <= fit:
                return [self]
            if not widows and count == fit + 1:
                if (orphans and count == 3) or count > 3:
                    fit -= 1
                else:
                    return []
            head = _Paragraph(None, style, frags=Paragraph._get_split_blParaFunc(self)(
                self.blPara, 0, fit))
            _give_lines(head, self.blPara.clone(lines=lines[:fit]), width, style)
            head._JustifyLast = True
            head._splitpara = 1
            rest_style = _rest_style(style)
            rest = _Paragraph(None, rest_style, frags=[])
            rest_lines = self.blPara.clone(lines=lines[fit:])
            _give_lines(rest, rest_lines, width, rest_style)
            rest.__dict__["_words_from"] = rest_lines
            return [head, rest]

        def frags_or_lines(self) -> bool:
            """Whether there is anything to draw."""
            return bool(self.blPara.lines)

        # Whether plain lines are drawn by _draw_plain_lines (the tests compare both).
        plain_drawing = True

        def drawPara(self, debug: int = 0) -> None:
            if debug or not self.plain_drawing or not _draw_plain_lines(self):
                super().drawPara(debug)

    return _Paragraph


def _plain_lines(paragraph: Any, width: Any) -> Any:
    """The lines reportlab's ``breakLines`` gives a paragraph of one plain fragment, or None
    when it would do more than fill lines word by word: soft hyphens, hyphenation, a word
    wider than a line (which it cuts), right-to-left or shaped text, bullets.

    reportlab's loop takes each word off the front of the list, measures it through two
    function calls and tests for half a dozen rare cases; this one walks the words once,
    with the same arithmetic in the same order, so the lines (and their spare widths) are
    exactly reportlab's.
    """
    from reportlab.pdfbase.pdfmetrics import getAscentDescent, getFont
    from reportlab.platypus.paragraph import split, strip

    style = paragraph.style
    if (style.wordWrap or style.shaping or style.hyphenationLang or style.uriWasteReduce
            or style.embeddedHyphenation or paragraph.bulletText):
        return None
    fragment = paragraph.frags[0]
    if hasattr(fragment, "cbDefn") or hasattr(fragment, "backColor"):
        return None
    text = strip(fragment.text)
    if not text or "\xad" in text:
        return None
    widths = list(width) if isinstance(width, (tuple, list)) else [width]
    font_name, size = fragment.fontName, fragment.fontSize
    font = getFont(font_name)
    measure = font.stringWidth
    words = split(text)
    # kl224's faces measure a list of words at once (fonts.font_class); others word by word.
    measure_all = getattr(font, "word_widths", None)
    word_widths = (measure_all(words, size) if measure_all is not None
                   else [measure(word, size) for word in words])
    if max(word_widths) > min(widths):
        return None
    space = measure(" ", size)
    shrink = style.spaceShrinkage * space
    last = len(widths) - 1
    number = 0
    line_width = widths[0]
    lines: list[tuple[float, list[str]]] = []
    line: list[str] = []
    count = 0  # len(line)
    used = -space
    widest = 0.0
    for word, word_width in zip(words, word_widths, strict=True):
        wider = used + space + word_width
        if wider <= line_width + shrink * count or not count:
            line.append(word)
            count += 1
            used = wider
        else:
            if used > widest:
                widest = used
            lines.append((line_width - used, line))
            line = [word]
            count = 1
            used = word_width
            number += 1
            line_width = widths[min(last, number)]
    widest = max(widest, used)
    lines.append((line_width - used, line))
    paragraph._width_max = widest
    paragraph._splitLongWordCount = paragraph._hyphenations = 0
    paragraph.height = 0
    ascent, descent = getAscentDescent(font_name, size)
    return _clone(fragment, kind=0, lines=lines, ascent=ascent, descent=descent,
                  fontSize=size)


_ALIGNMENTS: Final = frozenset(ALIGN.values())


def _draw_plain_lines(paragraph: Any) -> bool:
    """Draw ``paragraph`` as reportlab's ``drawPara`` does if its lines are plain text in one
    font (reportlab's kind 0) with nothing drawn around them; False, with nothing drawn, for
    anything else (bullets, a background or border, underlines, links, right-to-left text,
    automatic leading, per-line offsets).

    reportlab draws each line through a function chosen by alignment, which calls three or
    four text-object methods through helpers; this loop makes the same calls, in the same
    order, with the same numbers, so the page gets the same operators. The saving is the
    calls in between, for every line of every paragraph and table cell.
    """
    from reportlab.platypus import paragraph as rl_paragraph

    style = paragraph.style
    blPara = paragraph.blPara
    if (getattr(blPara, "kind", None) != 0 or paragraph.bulletText or style.backColor
            or (getattr(style, "borderColor", None) and getattr(style, "borderWidth", None))
            or style.wordWrap or style.alignment not in _ALIGNMENTS
            or any(getattr(paragraph, "_offsets", ()))
            or getattr(paragraph, "autoLeading", getattr(style, "autoLeading", ""))
            in ("max", "min")
            or getattr(blPara, "us_lines", None) or getattr(blPara, "link", None)
            or "preformatted" in type(paragraph).__name__.lower()):
        return False
    lines = blPara.lines
    if not lines:
        return True
    canvas = paragraph.canv
    # reportlab's saveState/restoreState copy two dozen attributes each time; between them
    # only the fill colour (and, through its alpha, the graphics-state parameters) changes on
    # the canvas (a text object draws nothing on it until drawText appends its code), so
    # those are what is saved and restored here, around the same "q" and "Q".
    colour, graphics_state = canvas._fillColorObj, canvas._extgstate
    canvas._code.append("q")
    canvas._extgstate = graphics_state.pushCopy()
    canvas.setFillColor(blPara.textColor)
    # The first baseline: one font size, or the font's ascent, below the top.
    drop = (blPara.fontSize if rl_paragraph.paraFontSizeHeightOffset
            else getattr(blPara, "ascent", blPara.fontSize))
    text_object = paragraph.beginText(style.leftIndent, paragraph.height - drop)
    text_object.preformatted = False
    text_object.direction = style.wordWrap
    text_object.setFont(blPara.fontName, blPara.fontSize, style.leading)
    code = text_object._code
    format_text = text_object._formatText
    move = text_object.setXPos
    word_space = text_object.setWordSpace
    alignment = style.alignment
    justify = alignment == ALIGN["justify"]
    from_left = justify or alignment == ALIGN["left"]  # else moved right by the spare room
    centred = alignment == ALIGN["center"]
    last_index = -1 if getattr(paragraph, "_JustifyLast", False) else len(lines) - 1
    most_words = style.justifyLastLine
    offset = style.firstLineIndent  # the first line's; the others start at 0
    for index, (extra, words) in enumerate(lines):
        last = index == last_index and not (most_words and len(words) > most_words)
        text = " ".join(words)
        simple = (-1e-8 < extra <= 1e-8 or (last and extra > -1e-8)) if justify else (
            extra > -1e-8)
        spaces = 0
        if not simple:
            spaces = len(words) + text.count("\xa0") - 1
            simple = spaces <= 0
        if from_left:
            at = offset
            if at > 1e-6 or at < -1e-6:
                move(at)
            if not simple:
                word_space(extra / float(spaces))
        else:
            if simple:
                at = offset + (0.5 * extra if centred else extra)
            else:
                at = offset
                word_space(extra / float(spaces))
            if at > 1e-6 or at < -1e-6:
                move(at)
        code.append(format_text(text) + " T*")
        if not simple:
            word_space(0)
        if at > 1e-6 or at < -1e-6:
            move(-at)
        offset = 0
    canvas.drawText(text_object)
    canvas._code.append("Q")
    canvas._fillColorObj, canvas._extgstate = colour, graphics_state
    return True


def _clone(fragment: Any, **changes: Any) -> Any:
    """``fragment.clone(**changes)``: a reportlab fragment (an ``ABag``) with the same
    attributes but ``changes``, made with one dict instead of two updates through keyword
    arguments (every paragraph is made from a template fragment, and broken into lines as a
    fragment)."""
    made = object.__new__(type(fragment))
    made.__dict__ = {**fragment.__dict__, **changes}
    return made


def _give_lines(paragraph: Any, blPara: Any, width: float, style: Any) -> None:
    """Make ``paragraph`` as a wrap at ``width`` would leave it, with the lines ``blPara``."""
    later = width - style.leftIndent - style.rightIndent
    paragraph.width = width
    paragraph._wrapWidths = [width - style.leftIndent - style.firstLineIndent
                             - style.rightIndent, later]
    paragraph.blPara = blPara
    paragraph.height = len(blPara.lines) * style.leading
    paragraph._wrapped_at, paragraph._wrapped_size = width, (width, paragraph.height)


_REST_STYLES: weakref.WeakKeyDictionary[Any, Any] = weakref.WeakKeyDictionary()


def _rest_style(style: Any) -> Any:
    """``style`` without its first-line indent: the style of a paragraph's continuation."""
    if not style.firstLineIndent:
        return style
    rest = _REST_STYLES.get(style)
    if rest is None:
        rest = copy.copy(style)
        rest.firstLineIndent = 0
        _REST_STYLES[style] = rest
    return rest


class ParagraphMaker:
    """Makes the paragraphs of one render; keeps a fragment template per style."""

    def __init__(self) -> None:
        self._templates: dict[int, tuple[Any, Any]] = {}

    def __call__(self, text: str, style: Any, *, underline: bool = False) -> Any:
        """A paragraph printing ``text`` literally in ``style`` (underlined if asked)."""
        cls = paragraph_class()
        text = normalize(text)
        if underline:
            return cls("<u>" + markup(text) + "</u>", style)
        if _has_markup(text):
            return cls(markup(text), style)
        # What the parser would make: the text with its white space collapsed, in one fragment
        # (none when that leaves nothing), each with lists of its own. reportlab's cleaner
        # splits like str.split() unless there is a no-break space, which it keeps.
        if "\xa0" in text:
            from reportlab.platypus.paragraph import cleanBlockQuotedText

            clean = cleanBlockQuotedText(text)
        else:
            clean = " ".join(text.split())
        frags = [_clone(self._template(style), text=clean, link=[], us_lines=[])] if clean else []
        return cls(clean, style, frags=frags)

    def _template(self, style: Any) -> Any:
        found = self._templates.get(id(style))
        if found is None or found[0] is not style:
            from reportlab.platypus import Paragraph

            found = (style, Paragraph("x", style).frags[0])
            self._templates[id(style)] = found
        return found[1]
