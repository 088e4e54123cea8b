"""Titles in an article (وزير الخارجية الأميركي، الناطق باسم الخارجية الروسية، نظيره الروسي) and the
people they name.

A title found from the knowledge base's title list gives role and country (from a demonym or an
institution after it) to the name next to it, across a comma or its complement (الرئيس التنفيذي
للاتحاد الإنجليزي، مارتين غلين); a title no name follows resolves to the one person of the article
who holds it (وزير الخارجية الأميركي → John Kerry; نظيره الروسي → Lavrov).
"""

from __future__ import annotations

from dataclasses import dataclass

from lib.arabic import strip_conjunction, trim_letters
from lib.institutions import organization_heads
from lib.kb import KnowledgeBase
from lib.records import Actor, Mention, PartialDate, Sentence
from lib.reporting_lexicon import lexicon
from lib.tenure import in_office
from lib.trigger_names import honorifics

TITLE_WINDOW = 3  # words between a title's end and its country (demonym or institution)
COMPLEMENT_WINDOW = 7  # words of a title's complement (للتعليم بجدة ...) before the name it announces


@dataclass
class TitleSpan:
    sentence: int
    first: int  # token indices within the sentence, end exclusive
    last: int
    role: str
    country: str = ""
    plural: bool = False
    bare: bool = False
    counterpart: bool = False
    start: int = 0
    end: int = 0
    institution: str | None = None
    new_body: bool = False  # the institution is one the knowledge base lacks (رئيس هيئة الأركان العامة)
    country_next: bool = False  # the country's word follows the title's words at once (أمير قطر، الرئيس الأمريكي)


def find_titles(sentences: list[Sentence], kb: KnowledgeBase) -> list[TitleSpan]:
    spans: list[TitleSpan] = []
    for sent in sentences:
        norms = [t.norm for t in sent.tokens]
        i = 0
        while i < len(norms):
            found = None
            prefix, stem = strip_conjunction(norms[i])
            firsts = {norms[i]: 0, stem: len(prefix)}  # the form, and how many letters of the word come before it
            if norms[i].startswith("لل") and len(norms[i]) > 4:
                firsts["ا" + norms[i][1:]] = 0  # الصفحة الرسمية للمتحدث العسكري: the title after ل (shown whole)
            skip = 0
            for length in range(min(kb.max_title, len(norms) - i), 0, -1):
                rest = tuple(norms[i + 1:i + length])
                for first, shift in firsts.items():
                    title = kb.titles.get((first, *rest))
                    if title and title.construct and not _construct_follows(sent.tokens, i + length):
                        title = None  # (ممثل رسمي إنجليزي، بصفتي ممثلة،: an actor or a role, no one's representative)
                    if title:
                        found = TitleSpan(sent.index, i, i + length, title.role, plural=title.plural, bare=title.bare)
                        skip = shift
                        break
                if found:
                    break
            if found is None and stem in kb.counterparts:
                found, skip = TitleSpan(sent.index, i, i + 1, "", counterpart=True), len(prefix)
            if found:
                found.start = trim_letters(sent.tokens[i], skip)[0]  # (لأمير قطر: from أمير)
                found.end = sent.tokens[found.last - 1].end
                spans.append(found)
                i = found.last
            else:
                i += 1
    return spans


def _construct_follows(toks, k: int) -> bool:
    """A noun right after a title in construct: "ممثل الادعاء"، "ممثل روسيا"، "ممثل دائرة" (not an adjective,
    "ممثل رسمي"، "ممثل كوميدي", nor punctuation)."""
    if k >= len(toks) or not toks[k].norm.isalpha():
        return False
    norm = toks[k].norm
    return norm.startswith("ال") or not norm.endswith(("ي", "يه"))


def resolve_title_country(title: TitleSpan, sent: Sentence, covered, kb: KnowledgeBase) -> None:
    """Country of a title from a demonym or an institution just after it."""
    for k in range(title.last, min(title.last + TITLE_WINDOW, len(sent.tokens))):
        title.country_next = k == title.last  # (not "وزير خارجية المملكة بحديثه إيران": Iran is what he spoke of)
        norm = sent.tokens[k].norm
        if norm in lexicon().complementizers:
            return  # (ورأى وزير الخارجية أن امتناع إيران: what he said begins; Iran is no part of his title)
        stem = strip_conjunction(norm)[1]
        if norm in kb.demonyms or stem in kb.demonyms:
            title.country = kb.demonyms.get(norm) or kb.demonyms[stem]
            title.last = k + 1
            title.end = sent.tokens[k].end
            return
        m = covered.get((sent.index, k))
        if m is not None and k == title.last and m.actor_id not in kb.actors and m.label == "ORG":
            title.institution, title.new_body = m.actor_id, True  # رئيس هيئة الأركان العامة: the head of a body the knowledge base lacks
            while k < len(sent.tokens) and covered.get((sent.index, k)) is m:
                k += 1
            title.last, title.end = k, sent.tokens[k - 1].end
            return
        if m is not None and m.actor_id in kb.actors:
            actor = kb.actors[m.actor_id]
            if actor.type in ("organization", "country"):
                title.country = actor.country or actor.actor_id
                title.institution = actor.actor_id
                while k < len(sent.tokens) and covered.get((sent.index, k)) is m:
                    k += 1
                title.last, title.end = k, sent.tokens[k - 1].end
                if k < len(sent.tokens):
                    follower = strip_conjunction(sent.tokens[k].norm)[1]
                    if follower in kb.demonyms:  # الناطق باسم وزارة الخارجية الروسية
                        title.last, title.end = k + 1, sent.tokens[k].end
                return
        if norm in kb.institution_refs:
            return


_PRINCE = "emir"  # the role of الأمير, a prince's rank as often as a ruler's office


def apply_titles(titles, by_sentence, covered, actors, mentions, kb, text, on: PartialDate | None = None) -> None:
    """First the titles next to a name give it role and country; then each title no name follows
    refers to the one person who holds it, named before or after it ("رحب رئيس وزراء إيطاليا بالاتفاق"
    ... "رئيس الوزراء الإيطالي الجديد، جوزيبي كونتي")."""
    last_role: str = ""
    alone: list[tuple[TitleSpan, str]] = []
    heads: dict[tuple[str, str], list[str]] = {}  # (role, institution) → the people named with that title
    given: dict[str, tuple[int, int]] = {}  # actor → where a title first gave them their role
    inner = {(t.sentence, t.first): t for t in titles}
    for title in titles:
        person = _adjacent_person(title, by_sentence[title.sentence], covered, actors, kb.title_adjectives, inner)
        role = last_role if title.counterpart else title.role
        if person is None:
            alone.append((title, role))
            last_role = role or last_role  # (وزير الخارجية الأميركي ونظيره الروسي: the counterpart's role)
            continue
        actor = actors[person.actor_id]
        if not actor.in_kb:
            if not actor.role and role:
                given[actor.actor_id] = (title.sentence, title.first)
            if actor.role == _PRINCE and role and role != _PRINCE:
                actor.role = ""  # الأمير محمد بن نايف بن عبدالعزيز ولي العهد: a prince's office, more than his rank
            actor.role = actor.role or role
            actor.country = actor.country or title.country
        if title.institution and actor.actor_id not in heads.setdefault((role, title.institution), []):
            heads[(role, title.institution)].append(actor.actor_id)
        last_role = role or actor.role
    first_named: dict[str, int] = {}  # actor → where a mention other than a title first names them
    for m in mentions:
        if m.source != "title" and m.actor_id is not None:
            first_named[m.actor_id] = min(first_named.get(m.actor_id, m.start), m.start)
    for title, role in alone:
        sent = by_sentence[title.sentence]
        holders = heads.get((role, title.institution or ""), [])
        if len(holders) == 1 and not title.plural:  # وجدد رئيس هيئة الأركان: the head of that body named before
            _refer(title, actors[holders[0]], covered, mentions, text)
            continue
        if title.bare and not role:
            continue
        # رئيس أكثر الاتحادات العمالية اعتدالا: the head of some body, never a knowledge-base holder
        # of the role (the French president); "رئيس الوطني" after "رئيس النادي الوطني نايف البلوي" is him
        construct = _construct_with_other(title, sent, covered)
        candidates = [
            a for a in actors.values()
            if a.type == "person" and not (construct and a.in_kb)
            and (holds_title(a, role, title.country) or not a.in_kb and not a.country and holds_title(a, role, ""))
            # (مؤسس الموقع مارك زوكربيرغ ... وأكد مؤسس الفايسبوك: a holder whose country is unknown)
            and a.actor_id in first_named
        ]
        before = [a for a in candidates if (given[a.actor_id] < (title.sentence, title.first) if a.actor_id in given
                                            else first_named.get(a.actor_id, title.start) < title.start)]
        # (وتابع رئيس الوزراء: Netanyahu, named before it, not Theresa May, named after it)
        if len(before) == 1 or not before and len(candidates) == 1:  # one holder named before it, else after it
            if not title.plural:
                _refer(title, (before or candidates)[0], covered, mentions, text)
        elif not candidates and not title.plural and not construct and title.country and title.country_next \
                and not _former(title, sent, kb) and not any(t.sentence == title.sentence and t.first < title.first <= t.last + 2 for t in titles):
            # (not "المبعوث الخاص لرئيس الصين": whose envoy, a genitive of the title before it)
            serving = [kb.actors[a] for a, terms in kb.terms.items() if holds_title(kb.actors[a], role, title.country)
                       and in_office(terms, on)]
            if len(serving) == 1:  # في التصريح المنسوب لأمير قطر: the emir in office on the article's date
                actors.setdefault(serving[0].actor_id, serving[0])
                _refer(title, serving[0], covered, mentions, text)


def _former(title: TitleSpan, sent: Sentence, kb) -> bool:
    """الرئيس الأمريكي السابق: a title for whoever held the role before, not its holder then."""
    return title.last < len(sent.tokens) and sent.tokens[title.last].norm in kb.former_adjectives


def _refer(title: TitleSpan, actor: Actor, covered, mentions: list[Mention], text: str) -> None:
    """The title names ``actor``: a mention of them over its words."""
    m = Mention(title.start, title.end, text[title.start:title.end], "TITLE", title.sentence, actor.actor_id, "title")
    mentions.append(m)
    for k in range(title.first, title.last):
        covered.setdefault((title.sentence, k), m)


def holds_title(actor: Actor, role: str, country: str) -> bool:
    """Whether ``actor`` holds the role (and country) a title names: "الوزير السعودي" → a Saudi
    minister, foreign or defence (a role ending in the title's)."""
    portfolio = actor.role.endswith(" " + role) and not actor.role.endswith("prime " + role)  # (a prime minister is no minister)
    return bool(role) and (actor.role == role or portfolio) and (not country or actor.country == country)


def _construct_with_other(title: TitleSpan, sent: Sentence, covered) -> bool:
    """An indefinite title in construct with a noun that gives it no country: "رئيس أكثر الاتحادات
    العمالية"، "رئيس الاتحاد النيجيري لكرة القدم" name the head of that body, not whoever holds
    the title's role in the article."""
    if title.country or title.last >= len(sent.tokens):
        return False
    head = strip_conjunction(sent.tokens[title.first].norm)[1]
    nxt = sent.tokens[title.last]
    return not head.startswith("ال") and nxt.norm.isalpha() and (sent.index, title.last) not in covered


def _person_at(sent: Sentence, k: int, covered, actors) -> Mention | None:
    m = covered.get((sent.index, k))
    if m is not None and actors.get(m.actor_id) and actors[m.actor_id].type == "person" and m.source != "title":
        return m
    return None


def _nisba(norm: str) -> bool:
    """المنغولي، الجهوي: a definite adjective of origin."""
    return norm.startswith("ال") and norm.endswith("ي") and len(norm) > 4


def _place_at(sent: Sentence, k: int, covered, actors) -> Mention | None:
    m = covered.get((sent.index, k))
    actor = actors.get(m.actor_id) if m is not None else None
    return m if actor is not None and actor.type in ("country", "city") else None


def _adjacent_person(title: TitleSpan, sent: Sentence, covered, actors, adjectives: frozenset[str],
                     titles_at: dict | None = None) -> Mention | None:
    """The person named right after a title (allowing a comma and an adjective: "رئيس الوزراء الإيطالي
    الجديد، جوزيبي كونتي") or right before it. A name after a second title inside the first one's
    complement, whose role the person holds, is that title's ("لاري كودلو مستشار الرئيس الأمريكي
    دونالد ترامب": the president; but "المتحدث باسم الرئيس الروسي ديمتري بيسكوف" is the spokesman)."""
    after = _person_after(title, sent, covered, actors, adjectives)
    if after is not None and not _holds_inner_title(after, title, sent, actors, titles_at or {}):
        return after
    if after is None:
        k = title.last
        while k < len(sent.tokens) and sent.tokens[k].norm.startswith("وال") and (sent.index, k) not in covered:
            k += 1  # (مدير إدارة العلاقات العامة | والإعلام: the body's second field)
        chained = (titles_at or {}).get((sent.index, k)) if k > title.last else None
        # (only past a field joined by و: "نائب الرئيس اليمني رئيس مجلس الوزراء" would give the vice president's
        # name the president's title too)
        if chained is not None and (after := _person_after(chained, sent, covered, actors, adjectives)) is not None:
            return after  # مدير إدارة العلاقات العامة والإعلام المتحدث الرسمي باسم الأمانة عبدالله آل فاضل: one man's titles
    return _person_before(title, sent, covered, actors)


def _holds_inner_title(m: Mention, title: TitleSpan, sent: Sentence, actors, titles_at: dict) -> bool:
    at = next(k for k, t in enumerate(sent.tokens) if t.end > m.start)
    return any((inner := titles_at.get((sent.index, k))) is not None and holds_title(actors[m.actor_id], inner.role, "")
               for k in range(title.first + 1, at))


def _person_after(title: TitleSpan, sent: Sentence, covered, actors, adjectives: frozenset[str]) -> Mention | None:
    k = title.last
    while k < len(sent.tokens) and (sent.tokens[k].text in {"،", ",", "-"} or sent.tokens[k].norm in adjectives
                                    or k == title.last and title.new_body and sent.tokens[k].norm in honorifics()
                                    or sent.tokens[k].norm in honorifics() and _person_at(sent, k + 1, covered, actors)
                                    or _abbreviated_honorific(sent, k) and _person_at(sent, k + 2, covered, actors)
                                    or k > title.last and sent.tokens[k].text == "." and _abbreviated_honorific(sent, k - 1)
                                    or k == title.last and _nisba(sent.tokens[k].norm) and (sent.index, k) not in covered):
        k += 1  # (رئيس المجلس الأعلى للقضاء الدكتور وليد بن محمد الصمعاني: the body, a rank, the name;
        # المتحدث الرسمي للقوات المسلحة المصرية، العميد محمد سمير: a comma, a rank, the name;
        # نائب وزير الخارجية المنغولي باتستسيغ باتمونخ: a nationality the knowledge base lacks)
    past_adjectives = k
    m = covered.get((sent.index, k))
    if m is not None and actors.get(m.actor_id) and actors[m.actor_id].type == "person":
        return m
    if m is not None and actors.get(m.actor_id) and actors[m.actor_id].type == "organization":
        while k < len(sent.tokens) and (covered.get((sent.index, k)) is m or sent.tokens[k].text in {"،", ","}):
            k += 1  # المتحدث باسم تحالف "دعم الشرعية في اليمن"، تركي المالكي: the institution, then the name
        after = covered.get((sent.index, k))
        if after is not None and actors.get(after.actor_id) and actors[after.actor_id].type == "person":
            return after
    # مساعدة المدير العام للتعليم بجدة للشؤون التعليمية نور باقادر: the title's complement (opened
    # by ل or ب), then the name; not "وزير الخارجية ونظيره الروسي لافروف" (another person) nor
    # "المدرب الهولندي الشائعات التي ..." (the verb's object)
    first = sent.tokens[title.last].norm if title.last < len(sent.tokens) else ""
    genitive = not sent.tokens[title.last - 1].norm.startswith("ال") and first.startswith("ال")  # رئيس النادي الوطني نايف البلوي
    for_party = first == "عن" and title.last + 1 < len(sent.tokens) \
        and strip_conjunction(sent.tokens[title.last + 1].norm)[1] in organization_heads()  # النائب عن حزب حراك تونس الإرادة
    if (first[:1] in "لب" or genitive or for_party) and (sent.index, title.last) not in covered and (not title.new_body or for_party):
        # (رئيس المجلس الأعلى للقضاء التعازي لخادم الحرمين: a body named is the whole complement)
        for k in range(title.last, min(len(sent.tokens), title.last + COMPLEMENT_WINDOW + 2)):
            tok = sent.tokens[k]
            if tok.text in {"،", ","} and k > title.last and (after := _person_at(sent, k + 1, covered, actors)) is not None:
                return after  # الرئيس التنفيذي للاتحاد الإنجليزي، مارتين غلين: the complement, a comma, the name
                # (النائب بمجلس الشعب عن حزب حراك تونس الإرادة، عماد الدايمي: a long one, the comma after it)
            if k >= title.last + COMPLEMENT_WINDOW:
                continue
            if tok.text in {"،", ",", ".", ":", "؛"} or tok.norm.startswith("و") and not tok.norm.startswith("وال") \
                    or tok.norm in {"التي", "الذي", "الذين"}:
                break  # (وزير التكوين المهني والتشغيل عماد الحمامي: a portfolio of two fields)
            if (m := _person_at(sent, k, covered, actors)) is not None:
                return m
    where = past_adjectives if past_adjectives < len(sent.tokens) and sent.tokens[past_adjectives].norm == "لدي" else title.last
    first = sent.tokens[where].norm if where < len(sent.tokens) else ""
    if first in ("في", "لدي") and (place := _place_at(sent, where + 1, covered, actors)) is not None:
        # رئيس هيئة الأركان العامة في اليمن اللواء محمد المقدشي: where, a rank, then the name (السفير الروسي السابق
        # لدى قطر، فلاديمير تيتورينكو: where he served, a comma, the name; not "أمام مكتب رئيس الحكومة في عمان، مرددين شعار")
        if (m := _person_past_place(sent, where + 1, place, covered, actors, commas=first == "لدي")) is not None:
            return m
    if (place := _place_at(sent, title.last, covered, actors)) is not None:
        return _person_past_place(sent, title.last, place, covered, actors)  # والي صفاقس سليم التيساوي: the place it governs
    return None


def _person_past_place(sent: Sentence, k: int, place: Mention, covered, actors, commas: bool = False) -> Mention | None:
    """The person named after ``place`` (at ``k``; past the commas after it with ``commas``) and a rank."""
    while k < len(sent.tokens) and (covered.get((sent.index, k)) is place or commas and sent.tokens[k].text in {"،", ","}):
        k += 1
    k += k < len(sent.tokens) and strip_conjunction(sent.tokens[k].norm)[1] in honorifics()
    return _person_at(sent, k, covered, actors)


def _abbreviated_honorific(sent: Sentence, k: int) -> bool:
    """"د." before a name (وزير التعليم د. عزام بن محمد الدخيّل): an honorific of one letter and its period."""
    return k + 1 < len(sent.tokens) and len(sent.tokens[k].norm) == 1 and sent.tokens[k].norm in honorifics() \
        and sent.tokens[k + 1].text == "."


def _person_before(title: TitleSpan, sent: Sentence, covered, actors) -> Mention | None:
    k = title.first - 1
    while k >= 0 and sent.tokens[k].text in {"،", ","}:
        k -= 1
    m = covered.get((sent.index, k))
    if k >= 0 and m is not None and actors.get(m.actor_id) and actors[m.actor_id].type == "person" and m.source != "title":
        return m
    return None
