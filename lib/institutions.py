"""Institutions the knowledge base lacks, named by a head noun or as a verb's subject.

"وزارة الداخلية الأفغانية"، "صحيفة “ديلي ميل” البريطانية"، "مركز محمد بن راشد للفضاء"،
"شرطة تايلاند"، "مجلس منبج العسكري": a head noun of ``name_triggers.yaml`` and the words that
complete it (definite words, a quoted name, a person's name and its field, a place). Also
"وقالت قوة المهام المشتركة في بيان": an institution word as the subject of a verb whose subject
comes first.
"""

from __future__ import annotations

from lib.arabic import definite_nisba, strip_conjunction
from lib.kb import KnowledgeBase
from lib.records import Sentence
from lib.reporting_lexicon import PUNCT, lexicon
from lib.trigger_names import (
    VOCABULARY,
    _lists,
    _triggers,
    clause_opening_verbs,
    definite_name_pair,
    is_common_word,
    is_frequent_word,
)


def verb_subject_institutions(sentences: list[Sentence], covered: dict[tuple[int, int], str]) -> list[tuple[Sentence, int, int]]:
    """Institutions the knowledge base lacks, named as the subject of a verb that always has its
    subject first (قال، أفاد ...): an institution word and its definite words, then punctuation,
    reported content or "في بيان": "وقالت قوة المهام المشتركة في بيان: إنه ..."."""
    lex = lexicon()
    heads = _lists()["subject_heads"] | organization_heads()
    found: list[tuple[Sentence, int, int]] = []
    for sent in sentences:
        toks = sent.tokens
        for v, lemma in clause_opening_verbs(toks[:-3], lex):
            k = v + 1
            quoted = _quoted_subject(toks, k, sent.index, covered, lex)
            if quoted is not None:
                found.append((sent, *quoted))  # وعلمت "الوطن" أن ...، وقالت «هيومن رايتس ووتش» إن ...
                continue
            if toks[k].norm not in heads or (sent.index, k) in covered:
                continue
            end = k + 1
            while end < len(toks) and end - k <= 4 and toks[end].norm.startswith("ال") and toks[end].norm.isalpha() \
                    and (sent.index, end) not in covered and toks[end].norm not in lex.time_words:
                end += 1
            after = toks[end].norm if end < len(toks) else ""
            content = after in PUNCT or after in lex.complementizers or (
                after == "في" and end + 1 < len(toks) and toks[end + 1].norm in lex.speech_nouns) or (
                after == "في" and end + 2 < len(toks) and toks[end + 2].norm in lex.complementizers
                and toks[end + 1].norm.isalpha() and not is_common_word(toks[end + 1].norm))
            # (وقالت مصلحة المرافق العامة في سياتل إن: the body, then its city)
            # (any reporting verb with a name of three words or more: "كشفت خلية الإعلام الحربي، عن ...")
            if end - k >= (2 if lemma in lex.subject_first else 3) and content:
                found.append((sent, k, end))
    return found


def _named_after(toks, k: int, sentence: int, covered, not_names) -> int | None:
    """End of "محمد بن راشد للفضاء" after an institution's head: up to four name words (first names,
    or none of the corpus's common words) and then a definite word with ل (للفضاء، للأبحاث)."""
    x = k
    while x < len(toks) and x - k < 4 and toks[x].norm.isalpha() and not toks[x].norm.startswith(("ال", "لل")) \
            and (sentence, x) not in covered and toks[x].norm not in not_names \
            and (toks[x].norm in ("بن", "ابن", "بنت") or toks[x].norm in _triggers()[2] or not is_common_word(toks[x].norm)):
        x += 1
    if x == k or x >= len(toks) or not toks[x].norm.startswith("لل") or not toks[x].norm.isalpha():
        return None
    return x + 1


def _quoted_subject(toks, k: int, sentence: int, covered, lex) -> tuple[int, int] | None:
    """(first, end) of a short quoted name right after a verb and right before reported content
    (وعلمت "الوطن" أن ...): the verb's subject, an institution the recogniser missed."""
    if toks[k].text in ("الـ", "ال") and k + 1 < len(toks):
        k += 1  # وعلمت الـ«الشرق الأوسط» أن
    close_mark = _QUOTES.get(toks[k].text)
    if close_mark is None:
        return None
    close = next((x for x in range(k + 2, min(k + 6, len(toks))) if toks[x].text == close_mark), None)
    if close is None or close + 1 >= len(toks) or any((sentence, x) in covered for x in range(k + 1, close)):
        return None
    if not all(t.norm.isalpha() for t in toks[k + 1:close]):
        return None
    return (k + 1, close) if toks[close + 1].norm in lex.complementizers else None  # (قال "لن نسمح بذلك"، ...: a quote)


def media_heads() -> frozenset[str]:
    return _lists()["media_heads"]


def organization_heads() -> frozenset[str]:
    return _lists()["organization_heads"]


_QUOTES = {"«": "»", "“": "”", '"': '"'}
_PLACE_KINDS = {"مدينه", "ولايه", "مقاطعه", "محافظه", "منطقه"}
# Prepositional adverbs: "للجنة قبل المباريات" is no construct (no لجنة named قبل المباريات).
_ADVERBS = {"قبل", "بعد", "خلال", "منذ", "عند", "داخل", "خارج", "فوق", "تحت", "نحو", "عبر", "ضمن", "لدي", "حول", "ضد", "بين", "مع", "امام", "وراء"}


def organization_spans(sentences: list[Sentence], covered: set[tuple[int, int]],
                       quoted_only: bool = False, demonyms=frozenset()) -> list[tuple[Sentence, int, int]]:
    """Institutions named by a head noun: وزارة الداخلية الأفغانية، صحيفة “ديلي ميل” البريطانية.

    ``quoted_only``: only a head followed by a quoted name (صحيفة "واشنطن بوست"), whose
    words are the institution's own even where they name a place. ``demonyms`` (the knowledge
    base's) tell a nationality after a head met before alone: "الجيش البورمي" names an army.
    """
    heads = organization_heads()
    honorifics, not_names = _triggers()[:2]
    out: list[tuple[Sentence, int, int]] = []
    seen_heads: dict[str, set[str]] = {}  # head → the words that followed it
    for sent in sentences:
        toks = sent.tokens
        k = 0
        while k < len(toks):
            norm = toks[k].norm if toks[k].norm in heads else strip_conjunction(toks[k].norm)[1]
            definite = norm.startswith("ال") and norm[2:] in heads
            if definite and norm[2:] in seen_heads and not _named_in_full(toks, k) and not _other_adjective(toks, k, seen_heads[norm[2:]], demonyms):
                k += 1  # الوزارة after a وزارة: a back-reference, not a new institution (but الهيئة العامة للاستثمار
                continue  # after الهيئة العامة للجمارك is another one)
            if norm in heads:
                seen_heads.setdefault(norm, set())  # a later definite الصحيفة refers back to this صحيفة
            if (norm not in heads and not definite) or (sent.index, k) in covered \
                    or definite and norm[2:] in _lists()["named_only_heads"] or not definite and norm in _lists()["definite_only_heads"] \
                    or definite and norm[2:] in _lists()["definite_only_heads"] and k + 1 < len(toks) and toks[k + 1].norm in _lists()["praise_adjectives"]:
                k += 1  # (البرنامج البالستي: a programme, no body; برنامج "حساب المواطن" is one)
                continue
            end = k + 1
            named_place = False  # after a place's name only its adjectives: "شرطة تورونتو الكندية" (not "تلقي شرطة تورونتو القبض")
            quoted_name = False
            if quoted_only and not (end < len(toks) and toks[end].text in _QUOTES):
                k += 1
                continue
            if norm == "وكاله" and end + 1 < len(toks) and toks[end].norm == "انباء" and toks[end + 1].text in _QUOTES:
                end += 1  # وكالة أنباء "مهر": the kind of agency, then its quoted name
            if end < len(toks) and toks[end].text in _QUOTES:  # a quoted name
                close = next((x for x in range(end + 1, min(end + 6, len(toks))) if toks[x].text == _QUOTES[toks[end].text]), None)
                end = close + 1 if close is not None else end
                quoted_name = close is not None  # (after it no plural: برنامج "حساب المواطن" | المسجلين إلى)
            elif (acronym := _dotted_acronym(toks, end)) is not None:
                end = acronym  # إذاعة أيه.بي.سي: letters joined by periods name it
            elif not definite and end + 1 < len(toks) and not toks[end].norm.startswith("ال") and toks[end + 1].norm.startswith("ال") \
                    and toks[end].norm.isalpha() and toks[end].norm not in _ADVERBS \
                    and (norm not in _lists()["place_heads"] or is_frequent_word(toks[end].norm)):
                end += 1  # idafa: مكتب مراقبة الأصول (a definite head heads none: رئيس الاتحاد طلال الفهد; after a
                # place head a rare word is the place's name: "تلقي شرطة تورونتو القبض على")
            elif not definite and (named := _named_after(toks, end, sent.index, covered, not_names)) is not None:
                end = named  # مركز محمد بن راشد للفضاء: an institution named after a person, then its field
            elif norm in _lists()["place_heads"]:
                place = end = end + (end + 1 < len(toks) and toks[end].norm in _PLACE_KINDS)  # شرطة مدينة لوس انجليس
                while end < len(toks) and end - k <= 3 and toks[end].norm.isalpha() and not toks[end].norm.startswith("ال") \
                        and (sent.index, end) not in covered and toks[end].norm not in not_names \
                        and not (is_common_word(toks[end].norm) if end == place else is_frequent_word(toks[end].norm)):
                    end += 1  # شرطة فورت كولينز (but نادي ليستر | عرضا: a later word is rarer still)
                end = _name_before_nationality(toks, end, place, sent.index, covered, not_names, demonyms)
                named_place = end > place
            while end < len(toks) and end - k < 6 and toks[end].norm.startswith(("ال", "لل")) and toks[end].norm.isalpha() \
                    and (not named_place or definite_nisba(toks[end].norm)) and not (quoted_name and toks[end].norm.endswith(("ين", "ون", "ات"))) \
                    and (sent.index, end) not in covered and toks[end].norm not in not_names and toks[end].norm not in honorifics \
                    and not (end - k >= 2 and definite_name_pair(toks, end)):  # (بوزارة التربية | التيجاني القماطي: its official)
                end += 1
                if norm in MINISTRY_HEADS and end + 1 < len(toks) and toks[end].norm.startswith("وال") and _definite_pair(toks, end, sent, covered):
                    end += 2  # وزارة الخارجية والتعاون الدولي: a ministry of two fields, the second a noun and its adjective
            if end < len(toks) and end - k >= 2 and _joined_field(toks, end, end - k == 2, sent.index, covered):
                end += 1  # الإدارة العامة للشؤون الإدارية والمالية، منظمة الأغذية والزراعة للأمم المتحدة
            if norm in media_heads() and end - k >= 2 and toks[end - 1].norm.startswith("ال"):
                end = _media_name_end(toks, end, end - k == 2 and not is_common_word(toks[end - 1].norm, VOCABULARY), sent.index, covered, not_names)
            if end < len(toks) and end - k >= 2 and norm in _lists()["named_for_heads"] and toks[end - 1].norm in _lists()["named_for_titles"] \
                    and toks[end].norm.isalpha() \
                    and not toks[end].norm.startswith("ال") and (sent.index, end) not in covered and toks[end].norm not in not_names:
                end += 1  # مطار الملك عبدالعزيز، مطار الملك فهد: named for a king or prince, his name is part of it
            if end + 1 < len(toks) and end - k >= 2 and toks[end].norm[:1] == "ل" and toks[end].norm[:2] != "لل" \
                    and toks[end].norm.isalpha() and (len(toks[end].norm) > 3 or toks[end].norm not in _SHORT_L_WORDS) \
                    and toks[end + 1].norm.startswith("ال") \
                    and toks[end + 1].norm.isalpha() and (sent.index, end) not in covered and (sent.index, end + 1) not in covered:
                end += 2  # الاتحاد الدولي لكرة القدم، المفوضية السامية لحقوق الإنسان: its field, a noun in construct
            if end + 1 < len(toks) and end - k >= 2 and toks[end - 1].norm.startswith("لل") and toks[end].norm == "علي" \
                    and toks[end + 1].norm.startswith("ال") and toks[end + 1].norm.isalpha() and (sent.index, end + 1) not in covered:
                end += 2  # اللجنة السعودية للرقابة على المنشطات: the verbal noun's own على
            if end + 2 < len(toks) and end - k >= 2 and toks[end].norm == _OWN_PREPOSITIONS.get(toks[end - 1].norm):
                into = end + 1 + (not toks[end + 1].norm.startswith("ال") and toks[end + 1].norm.isalpha())
                if into < len(toks) and toks[into].norm.startswith("ال") and toks[into].norm.isalpha() \
                        and not definite_nisba(toks[into].norm) and not any((sent.index, x) in covered for x in range(end, into + 1)):
                    # (not "هيئة الدفاع عن السودانية نورا حسين": a nationality, then the one defended)
                    end = into + 1  # مجلس التحقيق في حوادث الطيران: what it inquires into, after the verbal noun's في
                    while end < len(toks) and end - k < 8 and definite_nisba(toks[end].norm) and len(toks[end].norm) > 4 \
                            and (sent.index, end) not in covered:  # (not إلى, whose matching form الي reads as one)
                        end += 1  # مجلس الدفاع عن الموارد القومية: what it defends, and its adjective
            after = end
            while after < len(toks) and toks[after].text in _QUOTES:
                after += 1
            apposition = after < len(toks) and (sent.index, after) in covered and not (
                after == end and toks[after].text[:1] in "بلو" and toks[after].norm[:1] in "بلو")  # وكالة الأنباء الإيرانية "إرنا"
            # (but "وزارة العمل بجازان": the place joined to ب is where its branch is, no apposition; nor "التلفزيون المصري
            # ووكالة أنباء الشرق الأوسط": a second body joined by و)
            if end - k >= 2 and not apposition and not any((sent.index, x) in covered for x in range(k, end)):
                out.append((sent, k, end))
            seen_heads.setdefault(norm[2:] if definite else norm, set()).update(t.norm for t in toks[k + 1:end])
            k = end
    return out


MINISTRY_HEADS = ("وزاره", "الوزاره")
# Verbal nouns in a body's name and the preposition that goes with them (in matching form): "مجلس التحقيق في
# حوادث الطيران"، "مجلس الدفاع عن الموارد القومية" (but "وزارة الدفاع عن طريق": طريق is no definite word).
_OWN_PREPOSITIONS = {"التحقيق": "في", "للتحقيق": "في", "التحقيقات": "في", "للتحقيقات": "في", "الدفاع": "عن", "للدفاع": "عن"}
_SHORT_L_WORDS = {"لها", "لهم", "لكن", "لدي", "لذا", "لما", "لان", "لنا", "لكم", "لهذ", "لمن", "لعل"}  # (الجمعية السعودية لطب العيون: لطب is its field)


def _joined_field(toks, end: int, one_word: bool, s_index: int, covered) -> bool:
    """A definite word joined by و that goes on the institution's name: an adjective after an adjective
    (للشؤون الإدارية والمالية), or the second field after the head's one word, the name closing there
    (منظمة الأغذية والزراعة | للأمم المتحدة)."""
    norm = toks[end].norm
    if not (norm.startswith("وال") and norm.isalpha() and len(norm) > 5) or (s_index, end) in covered:
        return False
    if definite_nisba(toks[end - 1].norm) and definite_nisba(norm[1:]):
        return True
    nxt = toks[end + 1] if end + 1 < len(toks) else None
    return one_word and (nxt is None or nxt.text in PUNCT or nxt.text in ("#", "(") or nxt.norm.startswith("لل")
                         or (s_index, end + 1) in covered)


def _name_before_nationality(toks, end: int, place: int, s_index: int, covered, not_names, demonyms) -> int:
    """Past the rest of a name that a nationality closes, though its words are frequent (نادي ويست هام
    الإنجليزي، نادي بوروسيا دورتموند الألماني): at most three words from the head, none a common word."""
    x = end
    while x < len(toks) and x - place < 3 and toks[x].norm.isalpha() and not toks[x].norm.startswith("ال") \
            and (s_index, x) not in covered and toks[x].norm not in not_names and not is_common_word(toks[x].norm):
        x += 1
    closed = x > end and x < len(toks) and (toks[x].norm in demonyms or definite_nisba(toks[x].norm))
    return x if closed else end


def _latin_name(word: str) -> bool:
    return word.isascii() and word.isalpha() and word[:1].isupper()  # (WKYT, JAMA; not www)


def _media_name_end(toks, end: int, name_going_on: bool, s_index: int, covered, not_names) -> int:
    """Past the rest of an outlet's name after its head and definite words: a name in Latin letters
    (وكالة الأخبار المحلية WKYT) or, after a single definite word outside the corpus's vocabulary (a foreign
    name), a rare word that is no verb (موقع الأوديتي سنترال الأمريكي; not "صحيفة اعتماد الإيرانية كتبت",
    "موقع الحريق بعيدا"), then its nationality."""
    x = end
    while x < len(toks) and x - end < 3 and (s_index, x) not in covered and toks[x].norm not in not_names \
            and (_latin_name(toks[x].text) or name_going_on and x == end and toks[x].norm.isalpha()
                 and not toks[x].norm.startswith(("ال", "و")) and not is_common_word(toks[x].norm)
                 and lexicon().verb_lemma(toks[x].norm) is None):
        x += 1
    if x > end and x < len(toks) and (s_index, x) not in covered and toks[x].norm.startswith("ال") and definite_nisba(toks[x].norm):
        x += 1
    return x


def _dotted_acronym(toks, k: int) -> int | None:
    """End of an acronym written with periods and no space (أيه.بي.سي، سي.إن.إن) starting at ``k``: short
    words joined by at least two periods."""
    end, parts = k, 0
    while end < len(toks) and toks[end].norm.isalpha() and len(toks[end].norm) <= 3:
        parts += 1
        if end + 2 < len(toks) and toks[end + 1].text == "." and toks[end + 1].start == toks[end].end \
                and toks[end + 2].start == toks[end + 1].end:
            end += 2
            continue
        end += 1
        break
    return end if parts >= 3 else None


def _definite_pair(toks, k: int, sent: Sentence, covered) -> bool:
    """"والتعاون الدولي": a conjoined definite noun and a definite adjective, neither named already."""
    first, second = toks[k].norm, toks[k + 1].norm
    return first.isalpha() and second.isalpha() and definite_nisba(second) \
        and not any((sent.index, x) in covered for x in (k, k + 1))


def _other_adjective(toks, k: int, words: set[str], demonyms) -> bool:
    """"المجلس اليهودي" after "المجلس الدولي لكرة القدم": a definite adjective the earlier institution
    of that head did not have names another one (but "الوزارة الأمريكية" is "وزارة الخارجية الأمريكية");
    after the head alone, only a nationality does ("وبرر الجيش ..." then "الجيش البورمي"; not "الحكومة
    الحالية")."""
    nxt = toks[k + 1].norm if k + 1 < len(toks) else ""
    return (bool(words) or nxt in demonyms) and definite_nisba(nxt) and nxt.isalpha() and len(nxt) > 4 and nxt not in words


def _named_in_full(toks, k: int) -> bool:
    """Two definite words after a definite head, an adjective first: a name of its own (الهيئة العامة
    للاستثمار; but "وكيل الوزارة للرعاية الاجتماعية" is the ministry named before, and what its deputy is for)."""
    return k + 2 < len(toks) and toks[k + 1].norm.startswith("ال") \
        and all(t.norm.startswith(("ال", "لل")) and t.norm.isalpha() for t in toks[k + 1:k + 3])


PLACE_TYPES = ("city", "country")
MAX_ADJECTIVES = 2  # مجلس منبج العسكري، شرطة دبي الإماراتية


def place_institution_spans(sentences: list[Sentence], kb: KnowledgeBase) -> list[tuple[Sentence, int, int]]:
    """Institutions named by a place the knowledge base knows: "شرطة تايلاند"، "شرطة تبوك"،
    "بلدية غزة"، "مجلس منبج العسكري". The police or the council speaks, not the country or the
    city: the span takes the place in (found before the knowledge-base aliases, which would take
    the place alone). A place head (شرطة، بلدية) needs only the place; a council (مجلس) needs a
    definite adjective after it as well, as "مجلس مصر" alone is rarely an institution's name."""
    place_heads = _lists()["place_heads"]
    adjective_heads = _lists()["place_council_heads"]
    not_names = _triggers()[1]
    out: list[tuple[Sentence, int, int]] = []
    for sent in sentences:
        toks = sent.tokens
        k = 0
        while k < len(toks) - 1:
            head = strip_conjunction(toks[k].norm)[1]
            if head not in place_heads and head not in adjective_heads:
                k += 1
                continue
            place = _known_place(toks, k + 1, kb)
            if place is None:
                k += 1
                continue
            end = place
            while end < len(toks) and end - place < MAX_ADJECTIVES and toks[end].norm.startswith("ال") \
                    and toks[end].norm.isalpha() and toks[end].norm not in not_names and _known_place(toks, end, kb) is None \
                    and definite_nisba(toks[end].norm):
                end += 1  # العسكري (not اليوم, nor a place: شرطة دبي الشارقة; nor "تلقي شرطة تورونتو القبض على")
            if head in place_heads or end > place:
                out.append((sent, k, end))
                k = end
            else:
                k += 1
    return out


def _known_place(toks, i: int, kb: KnowledgeBase) -> int | None:
    """End of the longest alias of a city or country at ``i``, as written (no clitic on it)."""
    for length in range(min(kb.max_alias, len(toks) - i), 0, -1):
        actor_id = kb.aliases.get(tuple(t.norm for t in toks[i:i + length]))
        if actor_id is not None and kb.actors[actor_id].type in PLACE_TYPES:
            return i + length
    return None
