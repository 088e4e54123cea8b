"""Repair of words run together by a lost space (الأممالمتحدة, روسياوالولاياتالمتحدة).

A token is split only when it is, exactly, a sequence of known names from the
knowledge base (optionally with a leading clitic and a و between names) and the
sequence holds at least two words: ordinary words are never cut. The pieces keep
offsets into the original text, inside the original token.
"""

from __future__ import annotations

from functools import lru_cache

from lib.arabic import match_form_with_map
from lib.kb import KnowledgeBase
from lib.records import Token

_LEADING = ("ول", "وب", "و", "ف", "ب", "ل")
_PREFIX = 3
_MIN_LEN = 7


class JoinedWordSplitter:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.compact: dict[str, tuple[int, ...]] = {}
        for key in kb.aliases:
            if all(part.isalpha() for part in key):
                self.compact.setdefault("".join(key), tuple(len(p) for p in key))
        self.prefixes = {c[:_PREFIX] for c in self.compact}
        self.single = {key[0] for key in kb.aliases if len(key) == 1}
        self.max_len = max(len(c) for c in self.compact)
        self._segment = lru_cache(maxsize=100_000)(self._segment_uncached)

    def _segment_uncached(self, norm: str) -> tuple[tuple[int, int], ...] | None:
        """Piece boundaries (start, end) in ``norm``, or None if it is not joined names."""
        if norm in self.single:
            return None
        for lead in ("", *_LEADING):
            if lead and not norm.startswith(lead):
                continue
            found = self._names_from(norm, len(lead))
            if found and len(found) >= 2:
                pieces = list(found)
                pieces[0] = (0, pieces[0][1])  # the clitic stays on the first word
                return tuple(pieces)
        return None

    def _names_from(self, norm: str, i: int) -> list[tuple[int, int]] | None:
        """Words of a sequence of names covering ``norm[i:]`` (و joins names)."""
        if i == len(norm):
            return []
        if norm[i:i + _PREFIX] not in self.prefixes:
            return None
        for length in range(min(self.max_len, len(norm) - i), 1, -1):
            parts = self.compact.get(norm[i:i + length])
            if parts is None:
                continue
            words: list[tuple[int, int]] = []
            pos = i
            for n in parts:
                words.append((pos, pos + n))
                pos += n
            if pos == len(norm):
                return words
            if norm[pos] == "و":
                rest = self._names_from(norm, pos + 1)
                if rest:
                    rest[0] = (pos, rest[0][1])  # و attaches to the next name
                    return words + rest
        return None

    def split(self, tokens: list[Token]) -> list[Token]:
        out: list[Token] = []
        for tok in tokens:
            pieces = self._segment(tok.norm) if len(tok.norm) >= _MIN_LEN else None
            if not pieces:
                out.append(tok)
                continue
            _, index = match_form_with_map(tok.text)
            for a, b in pieces:
                start = index[a]
                end = index[b] if b < len(index) else len(tok.text)
                text = tok.text[start:end]
                out.append(Token(text, tok.start + start, tok.start + end, tok.norm[a:b]))
        return out
