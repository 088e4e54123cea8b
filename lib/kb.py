"""The actor knowledge base (``lib/data/actors.yaml``) and the titles lexicon.

Aliases are indexed by the matching forms of their camel-tools tokens, so a look-up
compares like with like whatever the spelling of hamza, ta marbuta or diacritics.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from lib.arabic import match_form, tokenize
from lib.records import Actor
from lib.tenure import Term, parse_terms

DATA = Path(__file__).parent / "data"
ACTORS_FILE = DATA / "actors.yaml"
TITLES_FILE = DATA / "titles.yaml"

_SECTION_TYPES = {
    "countries": "country",
    "cities": "city",
    "places": "other",
    "organizations": "organization",
    "persons": "person",
}


def alias_key(text: str) -> tuple[str, ...]:
    """Matching-form token tuple of a name, the key of every alias look-up."""
    return tuple(t.norm for t in tokenize(text))


@dataclass(frozen=True)
class Title:
    key: tuple[str, ...]
    role: str
    plural: bool = False
    bare: bool = False  # a bare noun (المتحدث) only counts as a title before a name
    construct: bool = False  # (ممثل) a title only before the noun it represents, no adjective or comma


@dataclass
class KnowledgeBase:
    actors: dict[str, Actor]
    aliases: dict[tuple[str, ...], str]
    demonyms: dict[str, str]  # matching form → country id
    media: set[str]
    titles: dict[tuple[str, ...], Title]
    counterparts: set[str]
    institution_refs: dict[str, str]  # matching form → ministry | media | previous
    version: str
    name_words: dict[str, set[str]] = field(default_factory=dict)  # type → alias tokens
    max_alias: int = 1
    max_title: int = 1
    title_firsts: frozenset[str] = frozenset()  # first words of titles (وزير، الناطق ...)
    title_adjectives: frozenset[str] = frozenset()  # الجديد، السابق: between a title and its name
    former_adjectives: frozenset[str] = frozenset()  # السابق، الراحل: a title for someone gone from office
    person_skeletons: dict[tuple[str, ...], str] = field(default_factory=dict)  # spelling-free person names
    terms: dict[str, list[Term]] = field(default_factory=dict)  # person → terms in office of their role
    head_defaults: dict[str, str] = field(default_factory=dict)  # head noun (matching form) → the actor it means alone
    known_heads: dict[str, list[str]] = field(default_factory=dict)  # actor → head nouns it goes by (شركه)
    national_branches: frozenset[str] = frozenset()  # bodies a nationality after the name turns into a national one

    def person_by_spelling(self, key: tuple[str, ...]) -> Actor | None:
        """A person of the knowledge base whose name differs from ``key`` only in how a foreign
        name is spelt: "فيديريكا موغريني" (موغيريني)، "مولود تشاوش أوغلو" (تشاووش)."""
        actor_id = self.person_skeletons.get(name_skeleton(key))
        return self.actors.get(actor_id) if actor_id else None

    def country_name(self, country_id: str) -> str:
        actor = self.actors.get(country_id)
        return actor.name_en if actor else country_id

    def lookup(self, key: tuple[str, ...]) -> Actor | None:
        actor_id = self.aliases.get(key)
        return self.actors.get(actor_id) if actor_id else None


_VOWEL_LETTERS = str.maketrans("", "", "اويءئؤى")
_MIN_SKELETON = 4  # letters a one-word name keeps without its vowels, to be matched that way


def name_skeleton(key: tuple[str, ...]) -> tuple[str, ...]:
    """A name's words without their long vowels and hamza seats, ج read as غ: the letters that
    stay when a foreign name is transliterated in different ways (مارغالو / مارجالو)."""
    return tuple(w[:1] + w[1:].translate(_VOWEL_LETTERS).replace("ج", "غ") for w in key)


def _person_skeletons(aliases: dict[tuple[str, ...], str], actors: dict[str, Actor]) -> dict[tuple[str, ...], str]:
    found: dict[tuple[str, ...], str | None] = {}
    for key, actor_id in aliases.items():
        if actors[actor_id].type != "person" or (len(key) == 1 and (len(name_skeleton(key)[0]) < _MIN_SKELETON
                                                                    or key[0].startswith("ال"))):
            continue  # (an Arabic surname alone is spelt one way: الجابري is not الجبير)
        skeleton = name_skeleton(key)
        found[skeleton] = actor_id if found.get(skeleton, actor_id) == actor_id else None  # two people: neither
    return {k: v for k, v in found.items() if v is not None}


def _add_alias(kb_aliases: dict[tuple[str, ...], str], name: str, actor_id: str) -> None:
    key = alias_key(name)
    if key:
        kb_aliases.setdefault(key, actor_id)


@lru_cache(maxsize=4)
def load_kb(actors_file: Path = ACTORS_FILE, titles_file: Path = TITLES_FILE) -> KnowledgeBase:
    raw_actors = actors_file.read_bytes()
    raw_titles = titles_file.read_bytes()
    data = yaml.safe_load(raw_actors)
    actors: dict[str, Actor] = {}
    aliases: dict[tuple[str, ...], str] = {}
    demonyms: dict[str, str] = {}
    media: set[str] = set()
    terms: dict[str, list[Term]] = {}
    name_words: dict[str, set[str]] = {}
    for section, type_ in _SECTION_TYPES.items():
        for entry in data.get(section) or []:
            actor = Actor(
                actor_id=entry["id"],
                name_ar=entry["ar"],
                name_en=entry.get("en", ""),
                type=type_,
                role=entry.get("role", ""),
                country=entry.get("country", ""),
                aliases=list(entry.get("aliases") or []),
            )
            if actor.actor_id in actors:
                raise ValueError(f"{actors_file}: duplicate actor id {actor.actor_id}")
            actors[actor.actor_id] = actor
            for name in [actor.name_ar, *actor.aliases]:
                _add_alias(aliases, name, actor.actor_id)
                name_words.setdefault(type_, set()).update(alias_key(name))
            for demonym in entry.get("demonyms") or []:
                demonyms[match_form(demonym)] = actor.actor_id
            if entry.get("media"):
                media.add(actor.actor_id)
            if entry.get("in_office"):
                terms[actor.actor_id] = parse_terms(entry["in_office"], f"{actors_file}: {actor.actor_id}")
    for word in data.get("government_words") or []:  # الحكومة العراقية → Iraq
        for demonym, country_id in list(demonyms.items()):
            if demonym.startswith("ال") and demonym.endswith("ه"):
                _add_alias(aliases, f"{word} {demonym}", country_id)
    for actor in actors.values():  # a country names itself: Russia's country is Russia
        if actor.type == "country":
            actor.country = actor.actor_id
    tdata = yaml.safe_load(raw_titles)
    titles: dict[tuple[str, ...], Title] = {}
    for entry in tdata["titles"]:
        for form in entry["ar"]:
            key = alias_key(form)
            titles[key] = Title(key, entry["role"], bool(entry.get("plural")), bool(entry.get("bare")), bool(entry.get("construct")))
    version = hashlib.sha1(raw_actors + raw_titles).hexdigest()[:12]
    return KnowledgeBase(
        actors=actors,
        aliases=aliases,
        demonyms=demonyms,
        media=media,
        titles=titles,
        counterparts={match_form(w) for w in tdata.get("counterparts", [])},
        institution_refs={match_form(w): kind for w, kind in (tdata.get("institution_back_references") or {}).items()},
        version=version,
        name_words=name_words,
        max_alias=max(len(k) for k in aliases),
        max_title=max(len(k) for k in titles),
        title_firsts=frozenset(k[0] for k in titles),
        title_adjectives=frozenset(match_form(w) for w in tdata.get("title_adjectives", [])),
        former_adjectives=frozenset(match_form(w) for w in tdata.get("former_adjectives", [])),
        person_skeletons=_person_skeletons(aliases, actors),
        terms=terms,
        head_defaults={match_form(head): actor_id for head, actor_id in (data.get("head_defaults") or {}).items()},
        known_heads=_known_heads(data.get("known_heads") or {}, actors, actors_file),
        national_branches=frozenset(_known_ids(data.get("national_branches") or [], actors, actors_file, "national_branches")),
    )


def _known_ids(ids: list[str], actors: dict[str, Actor], source, key: str) -> list[str]:
    unknown = [a for a in ids if a not in actors]
    if unknown:
        raise ValueError(f"{source}: {key} names unknown actor {unknown[0]}")
    return ids


def _known_heads(data: dict, actors: dict[str, Actor], source) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for head, ids in data.items():
        for actor_id in _known_ids(ids, actors, source, "known_heads"):
            out.setdefault(actor_id, []).append(match_form(head))
    return out
