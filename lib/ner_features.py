"""Token features for the CRF named-entity recogniser.

Features use the matching form (lib.arabic.match_form), a clitic-stripped stem,
affixes, shape, the neighbouring words, and membership in the knowledge base's name
lists and titles (gazetteer features, marked B/I over whole alias matches).
"""

from __future__ import annotations

from functools import lru_cache

from lib.arabic import match_form, strip_conjunction
from lib.kb import KnowledgeBase
from lib.ner_clusters import load_clusters

_CLITICS = ("وبال", "وال", "فال", "بال", "كال", "لل", "ال", "وب", "ول", "وك", "و", "ف", "ب", "ل")
_SUFFIXES = ("هما", "كما", "ها", "هم", "هن", "كم", "نا", "ه", "ي", "ك")
_TYPE_CODE = {"person": "P", "city": "L", "country": "L", "other": "L", "organization": "O"}


@lru_cache(maxsize=200_000)
def stem(norm: str) -> tuple[str, str]:
    """(proclitic, stem): the longest listed proclitic leaving at least three letters."""
    for pre in _CLITICS:
        if norm.startswith(pre) and len(norm) - len(pre) >= 3:
            return pre, norm[len(pre):]
    return "", norm


def _shape(word: str) -> str:
    if word.isdigit():
        return "D"
    if word.isascii():
        return "L" if word.isalpha() else "P"
    if not any(ch.isalpha() for ch in word):
        return "P"
    return "A"


def gazetteer_tags(norms: list[str], kb: KnowledgeBase) -> list[str]:
    """B-X/I-X over the longest knowledge-base alias matches (clitic allowed on the first word)."""
    tags = ["O"] * len(norms)
    i = 0
    n = len(norms)
    while i < n:
        matched = 0
        code = ""
        first_forms = [norms[i]]
        pre, st = stem(norms[i])
        if pre:
            first_forms.append(st)
            if pre.endswith("لل"):
                first_forms.append("ال" + st)
        for length in range(min(kb.max_alias, n - i), 0, -1):
            rest = tuple(norms[i + 1:i + length])
            for first in first_forms:
                actor_id = kb.aliases.get((first, *rest))
                if actor_id:
                    matched, code = length, _TYPE_CODE[kb.actors[actor_id].type]
                    break
            if matched:
                break
        if matched:
            tags[i] = "B-" + code
            for j in range(i + 1, i + matched):
                tags[j] = "I-" + code
            i += matched
        else:
            i += 1
    return tags


def title_flags(norms: list[str], kb: KnowledgeBase) -> list[bool]:
    """True for words inside a title phrase (وزير الخارجية, الناطق باسم, ...)."""
    flags = [False] * len(norms)
    for i in range(len(norms)):
        firsts = {norms[i], strip_conjunction(norms[i])[1]}
        for length in range(min(kb.max_title, len(norms) - i), 0, -1):
            rest = tuple(norms[i + 1:i + length])
            if any((first, *rest) in kb.titles for first in firsts):
                for j in range(i, i + length):
                    flags[j] = True
                break
    return flags


def sentence_features(words: list[str], kb: KnowledgeBase) -> list[dict[str, object]]:
    """One feature dict per word of a sentence."""
    norms = [match_form(w) for w in words]
    stems = [stem(n) for n in norms]
    table = load_clusters()
    clusters = [table.get(n) or table.get(st) or () for n, (_, st) in zip(norms, stems, strict=True)]
    gaz = gazetteer_tags(norms, kb)
    titles = title_flags(norms, kb)
    person_words = kb.name_words.get("person", set())
    place_words = kb.name_words.get("city", set()) | kb.name_words.get("country", set())
    org_words = kb.name_words.get("organization", set())
    n = len(words)
    feats: list[dict[str, object]] = []
    for i, (word, norm) in enumerate(zip(words, norms, strict=False)):
        pre, st = stems[i]
        f: dict[str, object] = {
            "bias": 1.0,
            "w": norm,
            "st": st,
            "pre": pre,
            "p2": norm[:2],
            "p3": norm[:3],
            "s1": norm[-1:],
            "s2": norm[-2:],
            "s3": norm[-3:],
            "st_s2": st[-2:],
            "shape": _shape(word),
            "len": min(len(norm), 10),
            "gaz": gaz[i],
            "title": titles[i],
            "pw": norm in person_words or st in person_words,
            "lw": norm in place_words or st in place_words,
            "ow": norm in org_words or st in org_words,
            "dem": norm in kb.demonyms,
        }
        for g, cid in enumerate(clusters[i]):
            f[f"c{g}"] = cid
        for off in (-1, 1):
            j = i + off
            if 0 <= j < n and clusters[j]:
                f[f"c1{off}"] = clusters[j][1]
                f[f"c2{off}"] = clusters[j][2]
        if pre == "" and norm.startswith("ال"):
            f["al"] = True
        for off in (-2, -1, 1, 2):
            j = i + off
            if 0 <= j < n:
                f[f"w{off}"] = norms[j]
                f[f"g{off}"] = gaz[j]
                f[f"t{off}"] = titles[j]
                if off in (-1, 1):
                    f[f"st{off}"] = stems[j][1]
                    f[f"s2{off}"] = norms[j][-2:]
                    f[f"dem{off}"] = norms[j] in kb.demonyms
            else:
                f[f"w{off}"] = "<S>" if j < 0 else "</S>"
        if i > 0:
            f["w-1|w"] = norms[i - 1] + "|" + norm
        if i + 1 < n:
            f["w|w+1"] = norm + "|" + norms[i + 1]
        feats.append(f)
    return feats
