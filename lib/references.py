"""Mentions that refer back to an actor named before in the same article: a surname alone
(كيربي → جون كيربي), an organisation's name without its head (الخطوط الجوية البريطانية → شركة
الخطوط الجوية البريطانية للطيران), a definite head with its adjectives (المنظمة المعنية ... →
منظمة "أو في دي"). Helpers of ``lib/linking.py``, run once the article's actors are known."""

from __future__ import annotations

from lib.arabic import strip_proclitics
from lib.institutions import organization_heads
from lib.kb import alias_key
from lib.records import Actor, Mention
from lib.trigger_names import _lists, is_common_word


def spaced_name(text: str) -> str:
    """A name's matching-form words, spaced at both ends, so that one name lies inside another only
    as whole words."""
    return f" {' '.join(alias_key(text))} "


def organization_names(actors: dict[str, Actor]) -> dict[str, str]:
    """actor id → spaced name of each organisation among ``actors``."""
    return {a.actor_id: spaced_name(a.name_ar) for a in actors.values() if a.type == "organization"}


def _merge_into(mentions: list[Mention], actors: dict[str, Actor], actor_id: str, target: str) -> None:
    """The actor ``actor_id`` is ``target`` named otherwise: its mentions name the target, and it leaves the article."""
    for m in mentions:
        if m.actor_id == actor_id:
            m.actor_id = target
    del actors[actor_id]


def merge_short_organizations(mentions: list[Mention], actors: dict[str, Actor]) -> None:
    """An organisation new to the knowledge base whose name (two words or more) lies inside the name
    of exactly one other of the article's organisations is that one: "الخطوط الجوية البريطانية" after
    "شركة الخطوط الجوية البريطانية للطيران"."""
    orgs = organization_names(actors)
    for actor_id, name in orgs.items():
        if actors[actor_id].in_kb or name.count(" ") < 3:
            continue
        longer = [other for other, other_name in orgs.items() if other != actor_id and name in other_name]
        if len(longer) == 1:
            _merge_into(mentions, actors, actor_id, longer[0])


def merge_club_short_names(mentions: list[Mention], actors: dict[str, Actor]) -> None:
    """A one-word name new to the knowledge base (an organisation, or a name the recogniser could not
    type) that is a later word of exactly one club of the article is that club, named short: "دورتموند"
    after "نادي بوروسيا دورتموند الألماني" (a police or a university named by its city is not its city)."""
    heads = _lists()["short_name_heads"]
    names = {a.actor_id: alias_key(a.name_ar) for a in actors.values()}
    clubs = {a: words for a, words in names.items()
             if actors[a].type == "organization" and not actors[a].in_kb and words[:1] and words[0] in heads}
    for actor_id, actor in list(actors.items()):
        words = names[actor_id]
        if actor.in_kb or actor.type not in ("organization", "other") or len(words) != 1 or is_common_word(words[0]):
            continue
        longer = [club for club, club_words in clubs.items() if club != actor_id and words[0] in club_words[1:]]
        if len(longer) == 1:
            _merge_into(mentions, actors, actor_id, longer[0])


def _bare(word: str) -> str:
    """A name word without its article or the ل before it: للإحصاء, الإحصاء → احصاء."""
    for article in ("لل", "ال"):
        if word.startswith(article) and len(word) > len(article) + 2:
            return word[len(article):]
    return word


def merge_headed_short_forms(mentions: list[Mention], actors: dict[str, Actor]) -> None:
    """A new organisation of two words, its head and one word of its name ("هيئة الإحصاء"), whose words
    are those of exactly one other organisation of the article with that head ("الهيئة العامة للإحصاء"),
    is that one, named short."""
    heads = organization_heads()
    orgs = {a.actor_id: tuple(_bare(w) for w in alias_key(a.name_ar)) for a in actors.values() if a.type == "organization"}
    for actor_id, words in list(orgs.items()):
        if actors[actor_id].in_kb or len(words) != 2 or words[0] not in heads:
            continue
        longer = [other for other, other_words in orgs.items() if other != actor_id and len(other_words) > 2
                  and other_words[0] == words[0] and words[1] in other_words[1:]]
        if len(longer) == 1:
            _merge_into(mentions, actors, actor_id, longer[0])
            del orgs[actor_id]


def definite_heads_refer_back(mentions: list[Mention], actors: dict[str, Actor]) -> None:
    """A new organisation named only by its definite head and adjectives, "المنظمة المعنية بمراقبة
    حقوق الإنسان", after an organisation with that head was named ("منظمة "أو في دي" الحقوقية"), is
    that organisation, referred back to (not a second one)."""
    heads = organization_heads()
    by_start = sorted(mentions, key=lambda m: m.start)
    for m in by_start:
        actor = actors.get(m.actor_id or "")
        words = alias_key(actor.name_ar) if actor is not None and not actor.in_kb and actor.type == "organization" else ()
        if not words or not all(w.startswith("ال") for w in words) or words[0][2:] not in heads:
            continue
        earlier = [e for e in by_start if e.start < m.start and e.actor_id != m.actor_id and e.actor_id in actors
                   and actors[e.actor_id].type == "organization" and alias_key(actors[e.actor_id].name_ar)[:1] == (words[0][2:],)]
        if earlier:
            m.actor_id = earlier[-1].actor_id
    used = {m.actor_id for m in mentions}
    for actor_id in [a for a, actor in actors.items() if not actor.in_kb and a not in used]:
        del actors[actor_id]


def _join_two_word_surnames(mentions, actors) -> None:
    """"وكان تقي الدين أعلن" after "زياد تقي الدين", "فان مارفيك" after "بيرت فان مارفيك": a two-word
    surname (a particle and a word, or a name in الدين) that ends one person's longer name is that person."""
    longer: dict[tuple[str, str], set[str]] = {}
    for actor in actors.values():
        parts = actor.actor_id.partition(":")[2].split("_")
        if actor.type == "person" and len(parts) == 3 and not parts[0].startswith("و"):  # (not "وجيوفاني لو سيلسو")
            longer.setdefault((parts[-2], parts[-1]), set()).add(actor.actor_id)
    for m in mentions:
        actor = actors.get(m.actor_id)
        parts = actor.actor_id.partition(":")[2].split("_") if actor is not None else []
        if actor is None or actor.in_kb or actor.type != "person" or len(parts) != 2 \
                or not (parts[0] in _SURNAME_PARTICLES or parts[1] in _SURNAME_SECOND_WORDS):
            continue  # (not "غسان تويني" after "جبران غسان تويني": the father, named in the son's name)
        targets = longer.get((parts[0], parts[1]), set())
        if len(targets) == 1:
            m.actor_id = next(iter(targets))


_SURNAME_PARTICLES = {"فان", "فون", "دي", "دو", "دا", "ديل", "لا", "لو", "بن", "ابو"}  # (فان مارفيك: بيرت فان مارفيك; بن مسعود;
# أبو قطيش: عايد أبو قطيش)
_SURNAME_SECOND_WORDS = {"الدين", "الاسلام"}  # (تقي الدين: زياد تقي الدين; in matching form)


def link_surnames(sentences, mentions, actors, covered, add) -> None:
    """A person's last word alone, in the same article, is that person (كيربي → جون كيربي)."""
    families: dict[tuple[str, str], Actor] = {}  # (آل, الشيخ) → "تركي آل الشيخ": a family name with آل ends a full name
    for m in mentions:
        actor = actors[m.actor_id]
        parts = actor.actor_id.partition(":")[2].split("_")
        if actor.type == "person" and len(parts) >= 3 and parts[-2] == "ال":
            families.setdefault((parts[-2], parts[-1]), actor)
    for m in mentions:  # وقال آل الشيخ: the family name alone is the one named in full
        actor = actors.get(m.actor_id)
        parts = actor.actor_id.partition(":")[2].split("_") if actor is not None else []
        if actor is not None and not actor.in_kb and actor.type == "person" and len(parts) == 2 and parts[0] == "ال" \
                and (target := families.get((parts[0], parts[1]))) is not None:
            m.actor_id = target.actor_id
    surnames: dict[str, Actor] = {}
    for m in mentions:
        actor = actors[m.actor_id]
        if actor.type != "person":
            continue
        words = [t.norm for s in sentences if s.index == m.sentence for t in s.tokens if m.start < t.end and t.start < m.end]  # (لمنصور البلوي: the word whose ل is left out)
        if len(words) >= 2 and len(words[-1]) >= 3 and not (is_common_word(words[-1]) and words[-1].endswith(("ها", "هم", "هما"))):
            surnames.setdefault(words[-1], actor)  # (not فيها, the last word of a name gone wrong: "اللاعب صمتها فيها")
    for m in mentions:  # a one-word name the recogniser found once (كولينز) is that person elsewhere too
        actor = actors[m.actor_id]
        word = actor.actor_id.partition(":")[2]
        if actor.type == "person" and not actor.in_kb and word and "_" not in word and len(word) >= 4 \
                and not word.startswith("ال") and not is_common_word(word):
            surnames.setdefault(word, actor)
    # one-word person mentions already made by the recogniser join the full name
    for m in mentions:
        actor = actors.get(m.actor_id)
        if actor is not None and not actor.in_kb and actor.type == "person" and " " not in m.text.strip():
            word = actor.actor_id.split(":", 1)[1]
            target = surnames.get(word) or surnames.get("ال" + word)  # (صمودي: الصمودي named before)
            if target is not None and target.actor_id != actor.actor_id:
                m.actor_id = target.actor_id
    _join_two_word_surnames(mentions, actors)
    for sent in sentences:
        for i, tok in enumerate(sent.tokens):
            if (sent.index, i) in covered:
                continue
            for prefix, stem in strip_proclitics(tok.norm, min_stem=3):
                actor = surnames.get(stem)
                if actor is not None and stem == "علي" and tok.text[len(prefix):] != "علي":
                    continue  # (a surname علي, never the preposition على however the matching form spells it)
                if actor is not None and prefix in ("", "و", "ف", "ب", "ل", "ك", "وب", "ول"):
                    add(sent, i, i + 1, len(prefix), "PERS", actor, "coref")
                    break
    unused = set(actors) - {m.actor_id for m in mentions}
    for actor_id in unused:
        del actors[actor_id]
