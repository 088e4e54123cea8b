"""Tests on the words after a reporting verb that decide who speaks: an indefinite noun with an
adjective of origin (أبلغ دليل سياحي), a document with or without an owner (أظهرت دراسة صغيرة في
اسكتلندا، الأرقام الأخيرة التي نشرتها السلطات), where an unnamed source works (لمسؤول بوزارة الدفاع),
a name that closes its phrase (وإعلان المنامة،), a description named by "ويدعى" and a definite phrase right
before أن. Helpers of ``lib/statement_build.py``."""

from __future__ import annotations

from lib.linking import LinkedArticle
from lib.records import Sentence
from lib.relative_speakers import owner_follows
from lib.reporting_acts import Act
from lib.reporting_lexicon import OPEN_QUOTES as _OPEN
from lib.reporting_lexicon import PUNCT as _PUNCT
from lib.reporting_lexicon import Lexicon
from lib.speakers import mention_at, person_follows
from lib.trigger_names import preposition_phrase


def nominative_with_nisba(j: int, limit: int, norms, linked, sent) -> bool:
    """أبلغ دليل سياحي كان على متن حافلة، الشرطة أن: an indefinite noun with no accusative alif, then
    an indefinite adjective of origin or kind, is the verb's subject (an object would read "دليلا
    سياحيا"); unnamed, as no name follows it."""
    norm = norms[j]
    if j + 1 >= limit or not norm.isalpha() or len(norm) < 4 or norm.endswith(("ا", "ه", "ي")) or preposition_phrase(norm):
        return False  # (not "تشرح كيف يغذي", nor "وتعهد بانتصار تاريخي": the verb's object)
    adjective = norms[j + 1]
    if j + 2 < limit and norms[j + 2].startswith("ال"):
        return False  # يشير مؤشر مديري المشتريات: a plural in construct, not an adjective
    return adjective.isalpha() and len(adjective) > 3 and adjective.endswith("ي") and not adjective.startswith(("ال", "لل")) \
        and not any(mention_at(linked, sent, x) for x in range(j, min(j + 5, limit)))


def unowned_document(act: Act, j: int, k: int, frame_end: int, limit: int, toks, norms, linked, sent, lex: Lexicon) -> bool:
    """أظهرت دراسة صغيرة في اسكتلندا أن، وأظهر استطلاعان للرأي ... أن: a document no owner follows, the
    subject of a verb that opens the frame and agrees with it, speaks unnamed (the study, the polls)."""
    feminine = norms[j].endswith(("ه", "ات"))
    return norms[j] in lex.documents and j == frame_end == k and act.kind == "verb" \
        and lex.gender_of_form(norms[act.index]) != ("m" if feminine else "f") \
        and not owner_follows(j, limit, toks, norms, linked, sent, lex)


def document_stem(norm: str, lex: Lexicon) -> str | None:
    """تقرير، الأرقام، للأرقام → the document noun without its article or ل, if the word is one."""
    for prefix in ("", "ال", "لل"):
        if norm.startswith(prefix) and norm[len(prefix):] in lex.documents:
            return norm[len(prefix):]
    return None


def document_word(norm: str, lex: Lexicon) -> bool:
    """الأرقام، للأرقام، تقرير: a document noun, with or without the article or ل."""
    return document_stem(norm, lex) is not None


def preposition_width(norm: str) -> int:
    """How many letters of ``norm`` are the ل before a noun: للمعلومات (ل + المعلومات) → 2, the article's
    alif being dropped after it, لمسؤول → 1, anything else → 0."""
    return 2 if norm.startswith("لل") else 1 if norm.startswith("ل") else 0


def where_one_works(x: int, toks, norms, linked, sent) -> bool:
    """A name after في or joined to ب (مسؤول بوزارة الدفاع، مصدر في الخارجية): where an unnamed source
    works, not who owns the words."""
    m = mention_at(linked, sent, x)
    while m is not None and x > 0 and mention_at(linked, sent, x - 1) is m:
        x -= 1  # (the name's first word)
    return m is not None and (norms[x - 1] == "في" or norms[x][:1] == "ب" and m.start > toks[x].start)


def name_ends_phrase(x: int, toks, norms, linked, sent) -> bool:
    """The name at ``x`` is followed by punctuation, و or nothing: it closes its phrase."""
    m = mention_at(linked, sent, x)
    while m is not None and x < len(toks) and mention_at(linked, sent, x) is m:
        x += 1
    return m is not None and (x >= len(toks) or toks[x].text in _PUNCT or norms[x][:1] == "و")


def content_after_place(j: int, limit: int, toks, norms, linked: LinkedArticle, sent: Sentence, lex: Lexicon) -> bool:
    """أن/إن at ``j``, or after a place (في ميونخ) and a comma: the phrase before ``j`` is no object."""
    if j + 1 < limit and norms[j] in ("في", "ب") and (m := mention_at(linked, sent, j + 1)) is not None:
        j += 1
        while j < limit and mention_at(linked, sent, j) is m:
            j += 1
    j += j < limit and toks[j].text in ("،", ",")
    return j < limit and norms[j] in lex.complementizers and not norms[j].startswith("ب")  # (نفت الادعاءات بأن: its object)


def _named_as_word(j: int, limit: int, toks, norms, lex: Lexicon, stops) -> int | None:
    """The index of "ويدعى"/"اسمه" within nine words after a description at ``j``, none of them before it
    a word ``stops`` holds for."""
    for x in range(j + 1, min(limit, j + 10)):
        if stops(x):
            return None
        if lex.names_as(norms[x]):
            return x
    return None


def named_after_description(j: int, limit: int, toks, norms, linked: LinkedArticle, sent: Sentence, lex: Lexicon) -> bool:
    """A description at ``j`` whose person is then named by "ويدعى" or "واسمه" before the reported
    words: "قال مبتكر وسيلة النقل الصغيرة للغاية، ويدعى كونياكو سايتو (26 عاما) إن"."""
    x = _named_as_word(j, limit, toks, norms, lex,
                       lambda y: norms[y] in lex.complementizers or toks[y].text in _OPEN or toks[y].text == ":")
    return x is not None and person_follows(x, limit, toks, norms, linked, sent, lex)


def named_in_quotes(j: int, limit: int, toks, norms, lex: Lexicon) -> int | None:
    """The end (past the closing mark) of a description at ``j`` named in quotes by "يدعى": "مطعم عربي في
    مدينة ليفربول يدعى "بخشيش"", a subject no name the recogniser knows; None if there is none."""
    x = _named_as_word(j, limit, toks, norms, lex, lambda y: norms[y] in lex.complementizers or toks[y].text in _PUNCT)
    if x is None:
        return None
    opening = x + 1 if x + 1 < limit and toks[x + 1].text in _OPEN else None
    close = next((y for y in range(x + 2, min(limit, x + 6)) if opening and toks[y].text == _OPEN[toks[opening].text]), None)
    return close + 1 if close is not None else None
