"""Who a document speaks for when the article refers back to it by its noun alone: "وقال التقرير"،
"التقرير اتهم كذلك" after "التقرير الأحدث لمنظمة العفو الدولية" or "أصدرت منظمة العفو الدولية
تقريرها". The owner is found where the article last named such a document: an organisation, a
person or a state right after it (its ل joined on), or, for the noun with a possessive pronoun, the
one named before it in its sentence."""

from __future__ import annotations

from lib.records import Sentence
from lib.speakers import Speaker, mention_at

OWNER_TYPES = ("organization", "person", "country")
_POSSESSIVES = ("ها", "ه", "هم")
_ARTICLES = ("لل", "ال", "ل")
_ISSUED = {"صادر", "الصادر", "صادره", "الصادره"}  # (matching form) تقرير صادر عن اللجنة


def owner_named_before(stem: str, sentences: list[Sentence], sentence: int, before: int, linked) -> Speaker | None:
    """The owner of the last document ``stem`` (matching form: تقرير) named before token ``before`` of
    sentence ``sentence``."""
    for sent in reversed([s for s in sentences if s.index <= sentence]):
        toks = sent.tokens
        last = before if sent.index == sentence else len(toks)
        for x in range(last - 1, -1, -1):
            norm = toks[x].norm
            bare = next((norm[len(a):] for a in _ARTICLES if norm.startswith(a) and norm[len(a):] == stem), norm)
            if bare == stem:
                owner = _owner_after(sent, x, bare == norm, linked)
                if owner is not None:
                    return owner
            elif any(norm == stem + p for p in _POSSESSIVES):  # تقريرها: the one named before it
                owner = _named(sent, range(x - 1, -1, -1), linked)
                if owner is not None:
                    return owner
    return None


def _owner_after(sent: Sentence, x: int, construct: bool, linked) -> Speaker | None:
    """The owner named right after the document noun at ``x``, past its definite adjectives: joined to ل
    (التقرير الأحدث لمنظمة العفو الدولية), in construct with the bare noun (تقرير الخزانة) or after
    "صادر عن"; never a topic ("دراسة حول وضع الأديان بالصين") or what the document says."""
    toks = sent.tokens
    y = x + 1
    while y < len(toks) and y - x <= 2 and toks[y].norm.startswith("ال") and mention_at(linked, sent, y) is None:
        y += 1  # (الأحدث، السنوي)
    if y + 1 < len(toks) and toks[y].norm in _ISSUED and toks[y + 1].norm == "عن":
        return _named(sent, range(y + 2, y + 3), linked)
    m = mention_at(linked, sent, y) if y < len(toks) else None
    if m is None or not (m.start > toks[y].start and toks[y].norm.startswith("ل") or construct and y == x + 1):
        return None
    return _named(sent, range(y, y + 1), linked)


def _named(sent: Sentence, positions: range, linked) -> Speaker | None:
    for y in positions:
        m = mention_at(linked, sent, y)
        actor = linked.actors.get(m.actor_id) if m is not None else None
        if actor is not None and actor.type in OWNER_TYPES:
            return Speaker(actor.actor_id, m.text)
    return None
