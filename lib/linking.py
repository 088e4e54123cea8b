"""Actor linking: every mention in an article gets an ``actor_id``.

Order of evidence, per article:
1. knowledge-base aliases over the tokens (longest match, a clitic allowed on the first
   word: ولافروف، لكيري، بجنيف، للأمم المتحدة);
2. the recogniser's PERS/ORG/LOC spans the knowledge base does not cover: a surname met
   with its full name in the article joins that person (جميل → قدري جميل), others become
   new actors grouped by matching form;
3. titles (وزير الخارجية الأميركي, الناطق باسم الخارجية الروسية): they give role and
   country to the adjacent name, and a title without a name resolves to the one person
   of the article who holds it (وزير الخارجية الأميركي → John Kerry; نظيره الروسي → Lavrov).
Demonyms never become actors; they give a country to a title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from lib.arabic import match_form, strip_conjunction, strip_proclitics, trim_letters
from lib.institutions import organization_heads, organization_spans, place_institution_spans, verb_subject_institutions
from lib.kb import KnowledgeBase
from lib.records import Actor, Mention, PartialDate, Sentence, Token
from lib.references import (
    definite_heads_refer_back,
    link_surnames,
    merge_club_short_names,
    merge_headed_short_forms,
    merge_short_organizations,
)
from lib.reporting_lexicon import OPEN_QUOTES, PUNCT, lexicon
from lib.titles import TitleSpan, apply_titles, find_titles, resolve_title_country
from lib.trigger_names import (
    VOCABULARY,
    bare_honorifics,
    byline_words,
    currencies,
    extend_first_name,
    extend_surname,
    honorifics,
    is_common_form,
    is_common_word,
    is_formula,
    is_frequent_word,
    known_first_names,
    listed_name_word,
    never_name_words,
    plural_in_construct,
    sound_plural,
    trigger_name_spans,
    verb_subject_spans,
)

NER_TYPES = {"PERS": "person", "ORG": "organization", "LOC": "other"}
_KB_LABEL = {"person": "PERS", "organization": "ORG", "country": "LOC", "city": "LOC", "other": "LOC"}
@dataclass
class LinkedArticle:
    mentions: list[Mention]
    actors: dict[str, Actor]  # every actor mentioned, new ones included
    titles: list[TitleSpan] = field(default_factory=list)
    token_mentions: dict[tuple[int, int], Mention] = field(default_factory=dict)  # (sentence, token) → mention


_PATRONYMIC = {"بن", "بنت", "ابن", "ابنه"}  # (matching form) a name after them is a father's, inside a longer name


def _match_at(tokens: list[Token], i: int, kb: KnowledgeBase) -> tuple[int, str, int] | None:
    """(length, actor_id, clitic chars) of the longest alias starting at token ``i``."""
    n = len(tokens)
    # a hashtag mark inside a name is passed over: "أنجيلا #ميركل" is Angela Merkel
    hashed = i + 1 < n and any(t.text == "#" for t in tokens[i + 1:i + kb.max_alias])
    positions = [i] + [k for k in range(i + 1, min(n, i + 2 * kb.max_alias)) if tokens[k].text != "#"] if hashed \
        else range(i, min(n, i + kb.max_alias))
    firsts = strip_proclitics(tokens[i].norm)
    for words in range(min(kb.max_alias, len(positions)), 0, -1):
        rest = tuple(tokens[k].norm for k in positions[1:words])
        length = positions[words - 1] - i + 1
        for prefix, stem in firsts:
            actor_id = kb.aliases.get((stem, *rest))
            if actor_id and length == 1 and prefix and _is_demonym(tokens[i].norm, kb):
                continue  # السورية / الروسي: a demonym gives a country to a title, it is no mention
            if actor_id:
                drop = len(prefix) if not (prefix.endswith("لل") and stem.startswith("ال")) else len(prefix) - 1
                return length, actor_id, drop
    return None


def _adjectival_country(tokens: list[Token], i: int, hit: tuple[int, str, int], kb: KnowledgeBase) -> bool:
    """A country whose one-word name is also its feminine adjective (السعودية) closing an
    institution's name: "وزارة العدل السعودية"، "الحكومة السعودية" (but "والسعودية"، "إن السعودية"
    and "القوات السعودية" name the country)."""
    length, actor_id, drop = hit
    norm = tokens[i].norm
    if length != 1 or drop or i == 0 or kb.actors[actor_id].type != "country":
        return False
    if not (norm.startswith("ال") and norm.endswith("يه") and tokens[i - 1].norm.startswith("ال")):
        return False
    heads = organization_heads()
    for k in range(i - 1, max(-1, i - 4), -1):
        for stem in (tokens[k].norm, strip_conjunction(tokens[k].norm)[1]):  # (وزارة is no و + زارة)
            if stem in heads or stem.startswith("ال") and stem[2:] in heads:
                return True
        if not tokens[k].norm.startswith("ال"):
            return False
    return False


def _is_demonym(norm: str, kb: KnowledgeBase) -> bool:
    return norm in kb.demonyms or strip_conjunction(norm)[1] in kb.demonyms or any(
        stem in kb.demonyms for _, stem in strip_proclitics(norm))


def _mention(sent: Sentence, i: int, j: int, drop: int, label: str, actor_id: str | None, source: str) -> Mention:
    start, _ = trim_letters(sent.tokens[i], drop)
    end = sent.tokens[j - 1].end
    return Mention(start, end, "", label, sent.index, actor_id, source)


def link_article(sentences: list[Sentence], ner_tags: list[list[str]], kb: KnowledgeBase, text: str,
                 on: PartialDate | None = None) -> LinkedArticle:
    mentions: list[Mention] = []
    covered: dict[tuple[int, int], Mention] = {}
    actors: dict[str, Actor] = {}

    def add(sent: Sentence, i: int, j: int, drop: int, label: str, actor: Actor, source: str) -> Mention:
        m = _mention(sent, i, j, drop, label, actor.actor_id, source)
        m.text = text[m.start:m.end]
        mentions.append(m)
        actors.setdefault(actor.actor_id, actor)
        for k in range(i, j):
            covered[(sent.index, k)] = m
        return m

    def known_before_surname(sent: Sentence, j: int, key: tuple[str, ...]) -> Actor | None:
        """ديميتري | بيسكوف: a first name spelt otherwise right before a known person's surname is theirs."""
        after = covered.get((sent.index, j))
        if after is None or after.source != "kb":
            return None
        x = j
        while covered.get((sent.index, x)) is after:
            x += 1
        whole = kb.person_by_spelling(key + tuple(t.norm for t in sent.tokens[j:x]))
        return whole if whole is not None and whole.actor_id == after.actor_id else None

    def add_new(sent: Sentence, i: int, j: int, type_: str, label: str) -> None:
        """A span the knowledge base lacks becomes (or joins) an actor of the article; a preposition
        or conjunction on its first word (لصحيفة "الصن"، ووزارة العدل) stays outside it."""
        if type_ == "person":
            j = _before_trailing_title(sent, i, j, kb)  # (a name after a title or a verb, too)
        prefix, stem = strip_conjunction(sent.tokens[i].norm)
        drop = len(prefix) if prefix and type_ == "organization" and stem.removeprefix("ال") in organization_heads() else 0
        key = (sent.tokens[i].norm[drop:], *(t.norm for t in sent.tokens[i + 1:j]))
        if type_ == "person" and (known := kb.person_by_spelling(key) or known_before_surname(sent, j, key)) is not None:
            add(sent, i, j, drop, label, known, "kb")  # (المتحدث باسم الرئاسة الروسية، ديميتري بيسكوف;
            return  # المتحدث باسم الرئاسة التركية إبراهيم كالين: a known name spelt otherwise)
        actor = _new_actor(key, type_, sent.tokens[i:j], drop, text)
        add(sent, i, j, drop, label, actors.get(actor.actor_id, actor), "trigger")

    # 0. an institution named in quotes after its head noun: صحيفة "واشنطن بوست" is no city
    for sent, i, j in organization_spans(sentences, set(), quoted_only=True):
        known = _match_at(sent.tokens, i + 2, kb) if i + 2 < j else None
        if known is not None and kb.actors[known[1]].type == "organization":
            continue  # وكالة «إنترفاكس»: the knowledge base knows it
        add_new(sent, i, j, "organization", "ORG")
    # 0b. an institution named by a known place: شرطة تايلاند، مجلس منبج العسكري speak, not the places
    for sent, i, j in place_institution_spans(sentences, kb):
        if not any((sent.index, k) in covered for k in range(i, j)):
            add_new(sent, i, j, "organization", "ORG")

    # 1. knowledge-base aliases
    for sent in sentences:
        i = 0
        while i < len(sent.tokens):
            if (sent.index, i) in covered:
                i += 1
                continue
            hit = _match_at(sent.tokens, i, kb)
            if hit and _adjectival_country(sent.tokens, i, hit, kb):
                i += 1  # وزارة العدل السعودية: an adjective of the institution, not Saudi Arabia itself
                continue
            if hit and hit[1] in kb.national_branches \
                    and i + hit[0] < len(sent.tokens) and sent.tokens[i + hit[0]].norm in kb.demonyms:
                i += hit[0]  # منظمة الصليب الأحمر الأمريكي: a national society, not the international body
                continue
            if hit and kb.actors[hit[1]].type == "person" and i > 0 and sent.tokens[i - 1].norm in _PATRONYMIC:
                i += hit[0]  # الأمير سلطان بن سلمان بن عبد العزيز: King Salman's name ends his son's, it is not him
                continue
            if hit:
                length, actor_id, drop = hit
                actor = kb.actors[actor_id]
                add(sent, i, i + length, drop, _KB_LABEL[actor.type], actor, "kb")
                i += length
            else:
                i += 1

    # 2. institutions named by a head noun (وزارة الداخلية الأفغانية، صحيفة “ديلي ميل”), then the
    #    recogniser's spans that neither covers
    for sent, i, j in organization_spans(sentences, set(covered), demonyms=kb.demonyms):
        quoted = _quoted_name_after(sent, j)
        if quoted is not None and not any((sent.index, k) in covered for k in range(*quoted)):
            add_new(sent, *quoted, "organization", "ORG")  # شركة الطاقة الإيطالية "إيني": the company is Eni,
            if (named := covered.get((sent.index, quoted[0]))) is not None:  # as it is named later
                add(sent, i, j, 0, "ORG", actors[named.actor_id], "trigger")
                continue
        add_new(sent, i, j, "organization", "ORG")

    written = _written_forms(sentences)
    vocabulary = set(written)
    pending: list[tuple[Sentence, int, int, str]] = []
    for sent, tags in zip(sentences, ner_tags, strict=False):
        for i, j, label in _spans(tags):
            if label not in NER_TYPES or any((sent.index, k) in covered for k in range(i, j)):
                continue
            if j - i == 1 and strip_conjunction(sent.tokens[i].norm)[1] in currencies():
                continue  # مليار ريال: a currency, not Real Madrid
            if label == "PERS":
                for k in _prepositional_names(sent, i, j, vocabulary, kb):
                    pending.append((sent, i, k, label))  # البلوي | لنايف هزازي: "wished Nayef Hazazi", two people
                    i = k
            pending.append((sent, i, j, label))
    pending = _join_split_names(pending, kb, vocabulary)
    first_names = known_first_names()
    person_ends: set[tuple[int, int]] = set()
    for sent, i, j, label in pending:
        if label == "PERS":
            start = i
            while i < j and _no_name_at_front(sent.tokens[i].norm, kb):
                i += 1  # "ومدير العلاقات العامة", "وعبرت غاغا", "موقّعو البيان": a title, a verb or a plural taken for a name
            honorific = i < j - 1 and strip_conjunction(sent.tokens[i].norm)[1] in honorifics()
            if honorific:
                i += 1  # (وأفاد المهندس العمري: the honorific, then the surname; not "رد فعل الفريق ومورينيو")
            if i == j or (i > start and sent.tokens[i].norm.startswith(("ال", "و")) and not honorific) \
                    or honorific and sent.tokens[i].norm.startswith("و"):
                continue  # (وأدان باسمه وباسم جميع: a conjunction after the words dropped, no name)
            stem = strip_conjunction(sent.tokens[i].norm)[1]
            if j - i == 1 and is_common_form(stem) and stem not in first_names:
                continue  # وباسم (جميع منسوبي): one frequent word ("in the name of") is no name
            if j < len(sent.tokens) and is_formula([t.norm for t in sent.tokens[i:j + 1]]):
                continue  # محمد صلى الله عليه وسلم
            j = extend_surname(sent, j, kb, covered)  # سليمان + الصعب
            j = _before_trailing_title(sent, i, j, kb)
            while j - i > 1 and sent.tokens[j - 1].text in _WRITTEN_COMPLEMENTIZERS:
                j -= 1  # وأكدت أم عبير بأن: "بأن" written with its hamza is no name (بان كي مون has none)
            i = extend_first_name(sent, i, j, kb, covered)  # (طالب) يامن + عابد
        first = sent.tokens[i].norm
        prefix, stem = strip_conjunction(first)
        drop = len(prefix) if prefix and (stem in kb.name_words.get("person", set())
                                          or stem in vocabulary and not _hamza_elsewhere(sent.tokens[i].text, stem, written)) else 0
        if not drop and label == "PERS" and _name_after_preposition(first, vocabulary, kb):
            drop = 1  # (مطولا لمنصور البلوي: "by Mansour Al-Balawi")
        if not drop and label == "PERS" and first.startswith("و") and i >= 2 and sent.tokens[i - 1].text in ("،", ",") \
                and (sent.index, i - 2) in person_ends:
            drop = 1  # لوكاس أونيجاك، وجونيس أكار، وكلود: a list of names, each after و
        key = ((first[drop:]),) + tuple(t.norm for t in sent.tokens[i + 1:j])
        if not key[0]:
            continue
        known = kb.person_by_spelling(key) or known_before_surname(sent, j, key) if label == "PERS" else None
        if known is not None:
            add(sent, i, j, drop, label, known, "kb")  # فيديريكا موغريني: Federica Mogherini, spelt otherwise
            continue
        actor = _new_actor(key, NER_TYPES[label], sent.tokens[i:j], drop, text)
        actor = actors.get(actor.actor_id, actor)
        add(sent, i, j, drop, label, actor, "ner")
        if label == "PERS":
            person_ends.add((sent.index, j - 1))

    # 2a. names announced by a title or an honorific (الناطق باسم الاتحاد كامل زغير، العميد يحيى رسول)
    early_titles = find_titles(sentences, kb)
    for sent, i, j in trigger_name_spans(sentences, kb, early_titles, {k: m.label for k, m in covered.items()}):
        rest = covered.get((sent.index, j))
        first = sent.tokens[i].norm
        if j == i + 1 and rest is not None and rest.label == "PERS" and rest.source == "ner" and rest.start == sent.tokens[j].start \
                and first.isalpha() and not first.startswith(("ال", "بال", "لل")) and not first.endswith(("ها", "هم")) \
                and not is_frequent_word(first) \
                and first not in bare_honorifics():
            # (one rare word only: not "يمد يده لمصافحة | نيمار", "بالإنابة | صالح القرعوطي", "يتزعمها | عمار الحكيم")
            mentions.remove(rest)  # مدير البرنامج في الحركة ... عايد | أبو قطيش: the recogniser's part of the name goes on it
            while covered.get((sent.index, j)) is rest:
                del covered[(sent.index, j)]
                j += 1
        add_new(sent, i, j, "person", "PERS")
    # 2b. names the recogniser missed as a reporting verb's subject (وقالت يوروكونترول، ...)
    for sent, i, j in verb_subject_spans(sentences, kb, {k: m.label for k, m in covered.items()}, early_titles):
        if not any((sent.index, x) in covered for x in range(i, j)):
            add_new(sent, i, j, "person", "PERS")

    for sent, i, j in verb_subject_institutions(sentences, {k: m.label for k, m in covered.items()}):
        add_new(sent, i, j, "organization", "ORG")  # وقالت قوة المهام المشتركة في بيان

    # 2c. surnames alone → the full name met in the article; an institution's name without its
    #     head (الخطوط الجوية البريطانية) → the institution named in full
    link_surnames(sentences, mentions, actors, covered, add)
    merge_short_organizations(mentions, actors)
    merge_headed_short_forms(mentions, actors)
    merge_club_short_names(mentions, actors)
    definite_heads_refer_back(mentions, actors)

    # 3. titles: role and country for the adjacent name; title-only mentions
    titles = find_titles(sentences, kb)
    by_sentence = {s.index: s for s in sentences}
    for title in titles:
        resolve_title_country(title, by_sentence[title.sentence], covered, kb)
    apply_titles(titles, by_sentence, covered, actors, mentions, kb, text, on)
    cut = byline_end(text, mentions, kb)
    if cut:  # the writer and the dateline are no actors of the story
        gone = {m.actor_id for m in mentions if m.start < cut}
        mentions = [m for m in mentions if m.start >= cut]
        covered = {k: m for k, m in covered.items() if m.start >= cut}
        kept = {m.actor_id for m in mentions}
        actors = {a: actor for a, actor in actors.items() if a not in gone or a in kept}
    mentions.sort(key=lambda m: (m.start, -m.end))
    return LinkedArticle(mentions, actors, titles, covered)


_WRITTEN_COMPLEMENTIZERS = {"بأن", "بأنه", "بأنها", "أن", "أنه", "أنها", "إن", "إنه", "إنها"}

_BYLINE_DASH = re.compile(r"\s[–—-]\s")
BYLINE_COLON_WITHIN = 60  # characters: a byline that ends with a colon, the story on the same line
_CLOSING = (".", ":", "؟", "?", "!", "؛")


def byline_end(text: str, mentions: list[Mention], kb: KnowledgeBase) -> int:
    """End of a byline opening the article, or 0: a first line (or what comes before a colon near the start)
    of two to seven words with a dash and no closing punctuation, the dash followed by a known place, a medium or a byline word ("ناصر الطميحي - جدة"،
    "فايز الحسيكي – عين اليوم"، "عين اليوم – متابعات"). A heading that names its subject ("معتز التلا - ممثل
    سوري") is none."""
    end = text.find("\n")
    line = text[:end] if end > 0 else ""
    colon = (line or text[:BYLINE_COLON_WITHIN]).find(":")
    if 0 < colon <= BYLINE_COLON_WITHIN and _BYLINE_DASH.search(text[:colon]):
        line, end = text[:colon], colon + 1  # "سعود الدعجاني - سبق - عسير: كشف أحد ...": the story goes on after the colon
    dash = _BYLINE_DASH.search(line)
    if dash is None or not 2 <= len(line.split()) <= 7 or line.rstrip().endswith(_CLOSING):
        return 0
    after = line[dash.end():].strip(" –—-")
    if any(match_form(part.strip()) in byline_words() for part in re.split(r"\s[–—-]\s?", after)):
        return end  # (سبق - عسير: the paper, then the place)
    for m in mentions:
        actor = kb.actors.get(m.actor_id or "")
        if dash.end() <= m.start < end and actor is not None and (actor.type in ("city", "country") or actor.actor_id in kb.media):
            return end
    return 0


def _title_word(norm: str, kb: KnowledgeBase) -> bool:
    """المساعد، الوزير: the first word of a title, with or without its article."""
    return norm in kb.title_firsts or norm.startswith("ال") and norm[2:] in kb.title_firsts


# A definite verbal noun of the derived forms (الاعتراف، الانسحاب، الاستقرار): no surname.
_DERIVED_VERBAL_NOUN = re.compile(r"^ال(ا[^ا]{3}ا[^ا]|است[^ا]{2}ا[^ا])$")


def _before_trailing_title(sent: Sentence, i: int, j: int, kb: KnowledgeBase) -> int:
    """End of a name span without the title words that close it: سفيان السليطي المساعد (الأول لوكيل
    الجمهورية): the title after the name is no part of it; nor is the object after it ("عرض الرئيس
    الأفغاني أشرف غني الاعتراف بحركة طالبان")."""
    while j - i > 1 and (_title_word(sent.tokens[j - 1].norm, kb) or _DERIVED_VERBAL_NOUN.match(sent.tokens[j - 1].norm)) \
            and sent.tokens[j - 2].norm not in ("بن", "بنت", "ابن"):  # (الأمير عبدالله بن مساعد: his father's name)
        j -= 1
    return j


def _no_name_at_front(norm: str, kb: KnowledgeBase) -> bool:
    """A word the recogniser put at the front of a name that is none: a title (ومدير), a reporting verb
    (وعبرت), a plural in construct (موقعو) or not (داعمون), a frame word or another verb (وأدان باسمه; not علي, a first
    name), a bare honorific (دكتور صمودي) or an unnamed source (محاميان)."""
    stem = strip_conjunction(norm)[1]
    lex = lexicon()
    return norm in kb.title_firsts or stem in kb.title_firsts or lex.conjoined_lemma(norm) is not None \
        or plural_in_construct(norm) or sound_plural(norm) or bool({norm, stem} & _never_first_words()) \
        or stem in bare_honorifics() or stem in lex.anonymous


@lru_cache(maxsize=1)
def _never_first_words() -> frozenset[str]:
    return never_name_words() - known_first_names()


def _prepositional_names(sent: Sentence, i: int, j: int, vocabulary: set[str], kb: KnowledgeBase) -> list[int]:
    """Where a person span the recogniser gave runs on into a second name after the preposition ل:
    "وتمنى البلوي لنايف هزازي التوفيق" (Al-Balawi wished Nayef Hazazi luck). The word after ل must be a
    name word, and another word follow it ("رضوان لقديم" is one Moroccan name), so that names that
    begin with ل themselves (لطفي، لوكاس، لافروف) stay whole."""
    return [k for k in range(i + 1, j - 1) if _name_after_preposition(sent.tokens[k].norm, vocabulary, kb)]


def _name_after_preposition(norm: str, vocabulary: set[str], kb: KnowledgeBase) -> bool:
    """لمنصور، لنايف: ل before a name word, which is listed, or met alone in the article or the corpus
    while the word with ل is not (ليلى، لافروف are words of their own; "ليتحدث" is ل + a present verb)."""
    prefix, stem = strip_conjunction(norm)
    if prefix != "ل":
        return False
    if listed_name_word(stem, kb):
        return True
    verb = stem[:1] in "يت" and is_frequent_word(stem)
    joined = stem[:1] == "و" and is_frequent_word(stem[1:])  # (لوكاس is no ل + و + كاس)
    return len(stem) >= 4 and not verb and not joined and not is_frequent_word(norm) \
        and (stem in vocabulary or is_frequent_word(stem))  # (لاري، لبيد: short words are names of their own)


def _join_split_names(pending: list, kb: KnowledgeBase, vocabulary: set[str]) -> list:
    """"تيلور جين | فلين": two person spans side by side, neither a known person, are one name the
    recogniser split (its tags began a new name at the surname). A surname with و (هارفي | واينستين، سارة
    ليا | واتسون،) must end the name; "جيمس رودريجيز | وتوماس مولر" and "هاري كاين | وديلي آلي" are two people."""
    out: list = []
    for sent, i, j, label in pending:
        if out and label == "PERS" and out[-1][3] == "PERS" and out[-1][0] is sent and out[-1][2] == i and j - i <= 2 \
                and (sent.tokens[i].norm[:1] != "و" or j - i == 1 and _name_closes(sent, j)) \
                and not _name_after_preposition(sent.tokens[i].norm, vocabulary, kb) \
                and all(_plain_name_word(t.norm) or t.norm.startswith("ال") and x != i for x, t in enumerate(sent.tokens[out[-1][1]:j], out[-1][1])) \
                and not any(kb.person_by_spelling(tuple(t.norm for t in sent.tokens[a:b])) for a, b in ((out[-1][1], i), (i, j))):
            out[-1] = (sent, out[-1][1], j, label)
            continue
        out.append((sent, i, j, label))
    return out


def _name_closes(sent: Sentence, j: int) -> bool:
    """Nothing of a name can follow token ``j``: the sentence ends, or punctuation or أن follows."""
    return j >= len(sent.tokens) or sent.tokens[j].text in PUNCT or sent.tokens[j].norm in lexicon().complementizers


def _plain_name_word(norm: str) -> bool:
    """A word that can only be part of a name: no frequent word (unless a first name), no definite
    word ("وانتقد كوشنر | المظاهرات"; but "سلوى | علي العطوي" has its surname), no reporting verb
    ("أرجينتو | اتهمت واينستين")."""
    lex = lexicon()
    return norm.isalpha() and not norm.startswith("ال") and (not is_common_form(norm) or norm in known_first_names()) \
        and lex.conjoined_lemma(norm) is None and norm not in lex.verbs


def _written_forms(sentences: list[Sentence]) -> dict[str, set[str]]:
    """Matching form → the ways the article writes it."""
    written: dict[str, set[str]] = {}
    for sent in sentences:
        for tok in sent.tokens:
            written.setdefault(tok.norm, set()).add(tok.text)
    return written


def _hamza_elsewhere(word: str, stem: str, written: dict[str, set[str]]) -> bool:
    """"لاري" whose rest, "اري", the article writes only with a hamza ("أرى"): a name of its own (Larry),
    not ل + that word (but "لفان مارفيك" is ل + فان, "لأبي هواية" ل + أبي)."""
    return stem[:1] == "ا" and word[1:2] == "ا" and all(w[:1] in "أإآ" for w in written.get(stem, ()))


def _quoted_name_after(sent: Sentence, j: int) -> tuple[int, int] | None:
    """The token span of a name of one or two rare words in quotation marks right at ``j``, after a
    description ending in a definite word."""
    toks = sent.tokens
    if j >= len(toks) or toks[j].text not in OPEN_QUOTES or not toks[j - 1].norm.startswith("ال"):
        return None  # (after a description: شركة الطاقة الإيطالية "إيني"; not "جامعة كامبريدج وأنشا "تطبيقا شخصيا"")
    close = next((x for x in range(j + 1, min(len(toks), j + 5)) if toks[x].text == OPEN_QUOTES[toks[j].text]), None)
    if close is None or not 1 <= close - j - 1 <= 2 or not all(_name_like(t.norm) for t in toks[j + 1:close]):
        return None  # (جماعة الإخوان "حاضنة للإرهابيين"، الشرطة "بهدوء وبدون أي حوادث": words said, not a name)
    return j + 1, close


def _name_like(norm: str) -> bool:
    """A rare word with no preposition or "and" before a common one (إيني، سابك; not للإرهابيين، بهدوء)."""
    prefixed = len(norm) > 4 and norm[:1] in "وبل" and is_common_word(norm[1:], rank=VOCABULARY)  # (but وام، بي بي)
    return norm.isalpha() and len(norm) > 1 and not is_common_word(norm) and not prefixed and not norm.startswith(("لل", "بال", "وال"))


def _spans(tags: list[str]) -> list[tuple[int, int, str]]:
    from lib.anercorp import entities

    return sorted(entities(tags))


def _new_actor(key: tuple[str, ...], type_: str, tokens: list[Token], drop: int, text: str) -> Actor:
    start, _ = trim_letters(tokens[0], drop)
    name = text[start:tokens[-1].end].replace("_", " ")  # (#محمد_صلاح: the actor is محمد صلاح)
    return Actor(actor_id=f"{type_}:{'_'.join(key)}", name_ar=name, type=type_, in_kb=False)
