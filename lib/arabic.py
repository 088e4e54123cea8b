"""Arabic text layer: normalisation, matching form, sentences and tokens with offsets.

The stored article text is the loaded text after ``clean_text`` (Unicode NFC, unified
line ends, no zero-width marks); every offset elsewhere refers to that text. The
*matching form* of a string (``match_form``) is what lexicon and knowledge-base look-ups
compare: no diacritics or tatweel, alef variants folded to bare alef, alef maqsura to
ya, ta marbuta to ha. It is computed per token, so it never disturbs offsets.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from camel_tools.tokenizers.word import simple_word_tokenize
from camel_tools.utils.charsets import AR_DIAC_CHARSET

from lib.records import Sentence, Token

_TATWEEL = "\u0640"
_FOLD = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"}
_MATCH_TABLE = str.maketrans(
    {**{c: None for c in AR_DIAC_CHARSET}, _TATWEEL: None, **_FOLD}
)
# Marks that change nothing a reader sees but break matching.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\ufeff"))

ARABIC_INDIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def clean_text(text: str) -> str:
    """The form in which an article is stored and shown (offsets refer to it)."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_INVISIBLE)
    return text.strip()


@lru_cache(maxsize=200_000)
def match_form(text: str) -> str:
    """Loose form for matching: compatibility-normalised, dediacritised, folded."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).translate(_MATCH_TABLE)
    return text.translate(ARABIC_INDIC_DIGITS).lower()


def match_form_with_map(text: str) -> tuple[str, list[int]]:
    """``match_form`` of ``text`` with, for each output character, its index in ``text``.

    Used where a match inside a token must be mapped back to original offsets.
    """
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        for folded in match_form(ch):
            out.append(folded)
            index.append(i)
    return "".join(out), index


# --- clitics --------------------------------------------------------------------------

# Proclitic sequences, longest first, in matching form. "لل" is ل + ال with the alef
# dropped; "ال" is the article.
_PROCLITICS = ("وبال", "وكال", "فبال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال",
               "وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")
_CONJ_PREP = ("وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")


@lru_cache(maxsize=200_000)
def strip_proclitics(norm: str, min_stem: int = 2) -> tuple[tuple[str, str], ...]:
    """Candidate (prefix, stem) splits of a matching-form word, the unsplit word first.

    ``وللأمم`` gives ("", "وللامم"), ("ولل", "امم"), ... ; ``لل`` also yields a stem with
    the article restored (``للأمم`` → ``الامم``) so that names stored with ال match.
    """
    out = [("", norm)]
    for pre in _PROCLITICS:
        if norm.startswith(pre) and len(norm) - len(pre) >= min_stem:
            stem = norm[len(pre):]
            out.append((pre, stem))
            if pre.endswith("لل"):
                out.append((pre, "ال" + stem))
    return tuple(out)


@lru_cache(maxsize=200_000)
def strip_conjunction(norm: str) -> tuple[str, str]:
    """Split a leading conjunction/preposition (و ف ب ل ك) off a name: ولافروف → و, لافروف."""
    for pre in _CONJ_PREP:
        if norm.startswith(pre) and len(norm) - len(pre) >= 3:
            return pre, norm[len(pre):]
    return "", norm


def definite_nisba(norm: str) -> bool:
    """الفرنسية، الجهوي، الباكستانيه: a matching-form word shaped as a definite adjective of origin (nisba)."""
    return norm.startswith("ال") and norm.endswith(("ي", "يه"))


def trim_letters(tok: Token, drop: int) -> tuple[int, str]:
    """Start offset and text of ``tok`` without its first ``drop`` matching-form characters."""
    if drop == 0:
        return tok.start, tok.text
    _, index = match_form_with_map(tok.text)
    cut = index[drop] if drop < len(index) else len(tok.text)
    return tok.start + cut, tok.text[cut:]


# --- sentences and tokens -------------------------------------------------------------

_OPEN_QUOTES = {"«": "»", "“": "”"}
_SENT_END = ".!?؟…"
_ABBREVIATION_MAX = 1  # a single letter before a period is an abbreviation (د. ، أ.ب)
MAX_SENTENCE_CHARS = 1500  # a runaway quote never swallows the article


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Spans of non-empty lines (paragraphs) of ``text``."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]


def sentence_spans(text: str) -> list[tuple[int, int, int]]:
    """(start, end, paragraph) of each sentence; quotes in «» or “” are not split, nor straight
    double quotes in a paragraph where they pair up (an even count of them)."""
    spans: list[tuple[int, int, int]] = []
    for p_index, (p_start, p_end) in enumerate(paragraph_spans(text)):
        start = p_start
        depth: list[str] = []
        straight = text.count('"', p_start, p_end) % 2 == 0  # ("بروس أور وصمة عار. أعتقد أنني سألغي تصريحه")
        i = p_start
        while i < p_end:
            ch = text[i]
            if ch == '"' and straight:
                if depth and depth[-1] == '"':
                    depth.pop()
                else:
                    depth.append('"')
            elif ch in _OPEN_QUOTES:
                depth.append(_OPEN_QUOTES[ch])
            elif depth and ch == depth[-1]:
                depth.pop()
            elif ch in _SENT_END:
                j = i + 1
                while j < p_end and text[j] in _SENT_END + "»”\"')":
                    j += 1
                at_break = j >= p_end or text[j].isspace()
                word = text[start:i].rsplit(maxsplit=1)[-1] if text[start:i].strip() else ""
                abbreviation = ch == "." and len(word.strip("(")) <= _ABBREVIATION_MAX
                too_long = i - start > MAX_SENTENCE_CHARS
                if at_break and not abbreviation and (not depth or too_long):
                    _add_span(text, spans, start, j, p_index)
                    start, depth, i = j, [], j
                    continue
            i += 1
        _add_span(text, spans, start, p_end, p_index)
    return spans


def _add_span(text: str, spans: list[tuple[int, int, int]], start: int, end: int, para: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end, para))


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """camel-tools word tokens of ``text[start:end]`` with offsets into ``text``."""
    end = len(text) if end is None else end
    chunk = text[start:end]
    tokens: list[Token] = []
    cursor = 0
    for word in simple_word_tokenize(chunk):
        pos = chunk.find(word, cursor)
        if pos < 0:  # camel-tools never rewrites characters; guard anyway
            continue
        cursor = pos + len(word)
        if word == "_":
            continue  # #الاتحاد_الأوروبي: a hashtag's word joiner is a space, so its name is found
        tokens.append(Token(word, start + pos, start + cursor, match_form(word)))
    return tokens


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` with their tokens, all offsets into ``text``."""
    return [
        Sentence(index=i, start=s, end=e, paragraph=p, tokens=tokenize(text, s, e))
        for i, (s, e, p) in enumerate(sentence_spans(text))
    ]


def first_sentence(text: str, limit: int = 90) -> str:
    """A title made from the first sentence, shortened at a word boundary."""
    head = text[:4 * MAX_SENTENCE_CHARS]  # the first sentence is never longer than this
    spans = sentence_spans(head[: head.find("\n") if 0 < head.find("\n") else len(head)])
    if not spans:
        return ""
    s, e, _ = spans[0]
    sentence = " ".join(head[s:e].split())
    if len(sentence) <= limit:
        return sentence
    cut = sentence[:limit].rsplit(" ", 1)[0]
    return cut + "…"
