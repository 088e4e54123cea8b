"""Person names announced by a title or an honorific, where the recogniser saw none.

Arabic news introduces people by what they are: "الناطق الرسمي باسم الاتحاد كامل زغير",
"العميد يحيى رسول", "المواطن سليمان الصعب". After a title (and the institution or
demonym words that complete it) or an honorific, one to four name words that are
not function words, verbs, time words or frequent vocabulary form a person's name.
A classic trigger-word rule for Arabic NER; it only adds spans the model missed.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from lib.arabic import match_form, strip_conjunction
from lib.kb import KnowledgeBase
from lib.records import Sentence
from lib.reporting_lexicon import OPEN_QUOTES, PUNCT, lexicon

TRIGGERS_FILE = Path(__file__).parent / "data" / "name_triggers.yaml"
MAX_NAME_WORDS = 4
VOCABULARY = 60_000  # every word of the clusters file (lib/models/clusters.tsv), by frequency
MAX_SKIPPED = 4  # institution words between a title and the name (باسم وزارة الخارجية ...)


@lru_cache(maxsize=1)
def _data() -> dict:
    return yaml.safe_load(TRIGGERS_FILE.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    """Every word list of ``name_triggers.yaml``, in matching form."""
    return {key: frozenset(match_form(w) for w in words) for key, words in _data().items() if isinstance(words, list)}


def _triggers() -> tuple[frozenset[str], frozenset[str], frozenset[str], int]:
    lists = _lists()
    return lists["honorifics"], lists["not_names"], lists["first_names"], int(_data()["common_rank"])


@lru_cache(maxsize=1)
def _frame_words() -> frozenset[str]:
    """Reporting verbs, adverbials and complementizers (lib/data/reporting.yaml): never names."""
    lex = lexicon()
    return frozenset(lex.verbs) | lex.adverbials | lex.comma_adverbials | lex.complementizers


@lru_cache(maxsize=4)  # (two ranks are in use: names after triggers, names after verbs)
def _common_words(rank: int) -> frozenset[str]:
    from lib.ner_clusters import CLUSTERS_FILE

    if not CLUSTERS_FILE.exists():
        return frozenset()
    with CLUSTERS_FILE.open(encoding="utf-8") as fh:  # the file lists words by frequency
        return frozenset(line.split("\t", 1)[0] for _, line in zip(range(rank), fh, strict=False))


def is_common_word(norm: str, rank: int | None = None) -> bool:
    """Among the ``rank`` (by default ``common_rank``) most frequent words of the news corpus."""
    return norm in _common_words(rank or _triggers()[3])


def is_frequent_word(norm: str) -> bool:
    """Among the ``verb_subject_rank`` most frequent words: the stricter test of what is no name."""
    return norm in _common_words(int(_data()["verb_subject_rank"]))


def is_common_form(norm: str) -> bool:
    """A common word, or one with the alif of its indefinite accusative (بيانا، تصريحا): no name."""
    return is_common_word(norm) or len(norm) > 3 and norm.endswith("ا") and is_common_word(norm[:-1])


_NEVER_NAMES: dict[str, frozenset[str]] = {}


def never_name_words() -> frozenset[str]:
    """Function words, frame words and verbs that are never part of a person's name (name_triggers.yaml)."""
    return _triggers()[1]


@lru_cache(maxsize=1)
def byline_words() -> frozenset[str]:
    """متابعات، عين اليوم: what may follow a byline's dash besides a known place or medium."""
    return _lists()["byline_words"]


def currencies() -> frozenset[str]:
    """ريال، دولار: a currency alone is never a name ("61.3 مليار ريال" is no Real Madrid)."""
    return _lists()["currencies"]


def bare_honorifics() -> frozenset[str]:
    """Honorifics without their article (دكتور، مهندس), which open a name in a looser style."""
    return frozenset(h[2:] for h in _triggers()[0] if h.startswith("ال")) - _triggers()[2]


def known_first_names() -> frozenset[str]:
    """Frequent words that do start names (علي، سعد), which the word filters would otherwise drop."""
    return _triggers()[2]


def plural_in_construct(norm: str) -> bool:
    """موقعو (البيان)، منتقدو، مسؤولو: a sound masculine plural before its complement, which loses its
    ن; no name, though the recogniser may take one for it. Known by its full plural (الموقعون) being
    a frequent word of the corpus."""
    stem = strip_conjunction(norm)[1]
    return len(stem) >= 4 and stem.endswith("و") and is_common_word("ال" + stem + "ن", VOCABULARY)


def sound_plural(norm: str) -> bool:
    """داعمون، عقاريون: a sound masculine plural, no name (though هارون and خلدون end alike, and معاون and
    قانون are singulars), known by its definite oblique form (الداعمين) being a frequent word of the corpus."""
    stem = strip_conjunction(norm)[1]
    return len(stem) >= 5 and stem.endswith("ون") and is_common_word("ال" + stem[:-2] + "ين", VOCABULARY)


def _never_names(kb: KnowledgeBase) -> frozenset[str]:
    """Demonyms, counterparts, title words, frame words and function words (per KB version)."""
    words = _NEVER_NAMES.get(kb.version)
    if words is None:
        words = frozenset(kb.demonyms.keys() | kb.counterparts | _frame_words() | _triggers()[1] | kb.title_firsts)
        _NEVER_NAMES[kb.version] = words
    return words


def honorifics() -> frozenset[str]:
    """Matching forms of the words that announce a name (العميد، المواطن ...)."""
    return _triggers()[0]


def _is_name_word(norm: str, first: bool, kb: KnowledgeBase) -> bool:
    honorifics, _, first_names, _ = _triggers()
    if not norm.isalpha() or len(norm) < 2 or norm in honorifics:
        return False
    bare = strip_conjunction(norm)[1]
    stop = _never_names(kb)
    if norm in stop or bare in stop:
        return False
    if first and bare != norm and lexicon().verb_lemma(bare) is not None:
        return False  # (الرئيس الأمريكي ووصفوه بأنه: a reporting verb with its object, after و)
    if first and norm.startswith("وال"):
        return False
    listed = listed_name_word(norm, kb)
    if first:
        if norm.startswith("ال") or norm.startswith("لل"):
            return False
        if is_common_form(norm) and not listed:
            return False
        if norm[:1] in "يت" and is_frequent_word(norm) and not listed:
            return False  # الوزيرة تريد اختلاق مشكلة: a present verb, not a first name (يوسف، تامر are listed)
        if norm[:1] == "و" and is_common_form(bare) and bare not in first_names and not is_common_form(norm):
            return False  # المشرف على برنامج ... وعضو هيئة الخبراء: a second title joined by و (not وليد)
    if preposition_phrase(norm) and not listed:
        return False  # وزير الداخلية لشؤون العمليات، ووالي سوسة بالاهتمام بالوضع: the frame's words, not a name
    return True


def listed_name_word(norm: str, kb: KnowledgeBase) -> bool:
    """A listed first name or a word of a known person's name: a name's word even where the word
    filters would drop it (علي، يوسف، منصور)."""
    return norm in _triggers()[2] or norm in kb.name_words.get("person", set())


def _owned_noun(norm: str, kb: KnowledgeBase) -> bool:
    """قناعته، كلمتها: a noun in ة with a possessive pronoun, never a name's first word ("أبدى الفريق قناعته
    التامة": the team, not the rank, and its conviction)."""
    return norm.endswith(("ته", "تها", "تهم")) and len(norm) > 4 and not listed_name_word(norm, kb)


def preposition_phrase(norm: str) -> bool:
    """ل or ب joined to a frequent word (لشؤون، لاستعراض، بالحج): a phrase of the frame, never a
    name's first word (the first names that read so, ليلى or بان, are listed as first names)."""
    return norm[:1] in "لب" and len(norm) > 3 and (is_frequent_word(norm[1:]) or _derived_verbal_noun(norm[1:]))


def _derived_verbal_noun(stem: str) -> bool:
    """اعتذار، انتقاد، استخدام: the verbal noun of a derived verb (افتعال، انفعال، استفعال), a word of
    the frame after ب or ل (باعتذار عما), never a name."""
    if len(stem) == 6 and stem[0] == "ا" and stem[4] == "ا":
        return stem[2] in "تطد" or stem[1] == "ن"
    return len(stem) == 7 and stem.startswith("است") and stem[5] == "ا"


def trigger_name_spans(sentences: list[Sentence], kb: KnowledgeBase, titles: list,
                       covered: dict[tuple[int, int], str]) -> list[tuple[Sentence, int, int]]:
    """(sentence, first, end) token spans of names after titles and honorifics.

    ``covered``: (sentence, token) → label of the mention already there.
    """
    honorifics, *_ = _triggers()
    by_sentence = {s.index: s for s in sentences}
    starts: list[tuple[int, int]] = [(t.sentence, t.last) for t in titles if not (t.plural or t.counterpart or t.bare)]
    title_at = {(t.sentence, t.last): t for t in titles}
    appositive_ends: set[tuple[int, int]] = set()  # (sentence, end) of titles that follow a person's name
    for t in sorted(titles, key=lambda t: (t.sentence, t.first)):  # (ولي العهد وزير الداخلية: a chain of them)
        _after_a_name(by_sentence[t.sentence].tokens, t, covered, set(), appositive_ends, t.last)
    for sent in sentences:
        starts += [(sent.index, k + 1) for k, tok in enumerate(sent.tokens) if (tok.norm in honorifics
                   or _second_honorific(sent.tokens, k)) and not (k > 0 and sent.tokens[k - 1].norm == "ال")]
        # (آل الشيخ is a family name)
    found: list[tuple[Sentence, int, int]] = []
    taken: set[tuple[int, int]] = set()
    for s_index, k in sorted(set(starts)):
        sent = by_sentence[s_index]
        toks = sent.tokens
        title = title_at.get((s_index, k))
        if title is not None and _after_a_name(toks, title, covered, taken, appositive_ends):
            continue  # الأمير خالد الفيصل مستشار خادم الحرمين الشريفين أمير منطقة مكة المكرمة | اعتمد إقامة المعرض
        first = k
        while first < len(toks) and toks[first].text in ("،", ","):
            first += 1
        if covered.get((s_index, first)) == "PERS":
            continue  # the title's person is already named (الرئيس الأميركي دونالد ترامب)
        k = _after_institution(sent, k, covered)
        if title is not None and _between_commas(toks, title, k, covered):
            continue  # الأمير محمد بن نواف بن عبد العزيز، سفير السعودية لدى المملكة المتحدة، تعازيه: the name before it
        skipped = 0
        body = k  # (المتحدث باسم | قيادة المقاومة علي الأحمدي: a construct head the body's name starts with)
        while k < len(toks) and skipped < MAX_SKIPPED and (s_index, k) not in covered and not _definite_name(toks, k, s_index, covered, kb) and (
            toks[k].norm.startswith(("ال", "لل", "ل ال")) or toks[k].norm in honorifics or toks[k].text in ("،", ",")
            or k > body and toks[k - 1].norm in lexicon().relating_adjectives and toks[k].norm.startswith("بال")
            or k > body and toks[k - 1].norm.startswith("بال") and toks[k].norm == "في" and k + 1 < len(toks) and toks[k + 1].norm.startswith("ال")
            # (مقررة الأمم المتحدة المعنية بالحق في الغذاء | هلال إيلفر: what the office is concerned with)
            or k > body and toks[k - 1].norm.startswith(("ال", "وال")) and toks[k].norm.startswith("وال") and len(toks[k].norm) > 5
            and k + 1 < len(toks) and (toks[k + 1].text in ("،", ",") or toks[k + 1].norm.startswith("وال"))
            # (وزيرة الشباب والرياضة، | مجدولين الشارني: a second portfolio joined by و, the name set off by a comma;
            # not "رئيس وزراء الأردن الراحل والأكثر شعبية")
            or k == body and _construct_head(toks, k, s_index, covered) and not (k > 0 and toks[k - 1].norm in honorifics)
        ) and not (toks[k].norm in honorifics and k + 1 < len(toks) and (s_index, k + 1) in covered):
            k += 1
            skipped += 1
        if k >= len(toks) or (s_index, k) in covered or (s_index, k) in taken:
            continue
        end = k
        while end < len(toks) and end - k < MAX_NAME_WORDS and (s_index, end) not in covered \
                and _is_name_word(toks[end].norm, end == k, kb):
            end += 1
        if end == k and _common_first_name(toks, k, s_index, covered, kb):
            end = k + 2  # الدكتور علية الصمودي: a first name that is also a frequent word, then a surname
        if end == k and _first_name_like_a_word(toks, k, s_index, covered, kb):
            end = k + 2  # المتحدث باسم قيادة المقاومة علي الأحمدي: علي, not the preposition على
        if end == k and _definite_name(toks, k, s_index, covered, kb):
            end = k + 2  # مدير عام البرامج ... بوزارة التربية التيجاني القماطي: a name of two rare definite words
        blessing = k + 1 < len(toks) and toks[k].norm in _lists()["blessings"] and toks[k + 1].norm == "الله"
        if end - k >= 2 and is_common_word(toks[end - 1].norm) and not listed_name_word(toks[end - 1].norm, kb) \
                and not listed_name_word(toks[k].norm, kb) and not any(t.norm in ("بن", "بنت") for t in toks[k:end]):
            continue  # (استشاري أكاديمي أول، لطب العيون عضو، كلف الحكومة: the words of a title chain or a clause,
            # no first name, ending on a common word; but عبد الله الثاني، منيرة بنت صالح الماضي)
        if end - k == 1 and toks[k].norm[:1] in "لب" and toks[k].text.endswith(("ها", "هم", "هما")):
            continue  # (بعد صدور الحكم | لصالحها: a preposition's noun with its pronoun, "in her favour")
        if end - k == 1 and toks[k].norm[:1] == "و" and k > 0 and (s_index, k - 1) in covered and not listed_name_word(toks[k].norm, kb):
            continue  # (رئيس الهيئة الملكية للجبيل | وينبع: the second place of the body's name, joined by و)
        if end - k >= 2 and toks[k].norm[:1] == "ل" and toks[k + 1].norm.startswith("ال") and not listed_name_word(toks[k].norm, kb) \
                and (is_frequent_word(toks[k].norm[1:]) or covered.get((s_index, k - 1)) == "ORG"
                     or toks[k - 1].norm.startswith("ال") and toks[k - 1].norm not in honorifics and (s_index, k - 1) not in covered):
            # (مدير عام المؤسسة العامة | لصوامع الغلال: what the body is for, after its head)
            continue  # (بالجمعية السعودية لطب العيون | عضو هيئة التدريس: the body's field before the next title)
        if end > k and not _owned_noun(toks[k].norm, kb) and not blessing:  # (الشاعر رحمه الله: no name)
            found.append((sent, k, end))
            taken.update((s_index, x) for x in range(k, end))
    return found


def _second_honorific(toks, k: int) -> bool:
    """الكاتب والباحث الإسرائيلي، رونين بيرغمان: a second honorific joined by و, then the name (not "المواطن
    والمواطنة", a phrase for everyone)."""
    norm = toks[k].norm
    if not (norm[:1] == "و" and norm[1:] in honorifics() and k > 0 and toks[k - 1].norm in honorifics()):
        return False
    return norm[1:].removesuffix("ه") != toks[k - 1].norm.removesuffix("ه")


def _after_a_name(toks, title, covered, taken, appositive_ends: set[tuple[int, int]], end: int | None = None) -> bool:
    """Whether ``title`` follows a person's name, directly or after another such title and its body: it
    describes that person and announces no name. Its end (``end``, when given) joins ``appositive_ends``.
    A title joined by و starts another person (ورئيسة التمريض أمل الأسمري; not ولي العهد, whose و is its own)."""
    s_index, first = title.sentence, title.first
    if first == 0 or title.start > toks[first].start:
        return False
    after = covered.get((s_index, first - 1)) == "PERS" or (s_index, first - 1) in taken \
        or any(s == s_index and 0 <= first - e <= MAX_SKIPPED and not any(t.text in PUNCT for t in toks[e:first])
               for s, e in appositive_ends)
    if after and end is not None:
        appositive_ends.add((s_index, end))
    return after


def _between_commas(toks, title, end: int, covered) -> bool:
    """"X، title، ...": a title (with its country or body, up to ``end``) set off by commas right after a
    person's name describes that person."""
    first = title.first
    return first >= 2 and toks[first - 1].text in ("،", ",") and covered.get((title.sentence, first - 2)) == "PERS" \
        and end < len(toks) and toks[end].text in ("،", ",")


def _construct_head(toks, k: int, s_index: int, covered) -> bool:
    """A frequent indefinite noun in ة right after a title, a definite word after it (قيادة المقاومة):
    the head of the body the title is of, not a name's first word."""
    norm = toks[k].norm
    return k + 1 < len(toks) and norm.isalpha() and norm.endswith("ه") and is_frequent_word(norm) \
        and toks[k + 1].norm.startswith("ال") and (s_index, k + 1) not in covered


def _first_name_like_a_word(toks, k: int, s_index: int, covered, kb: KnowledgeBase) -> bool:
    """After a title, a known first name that reads as a word in matching form, written as the name
    (علي with ي, the preposition being على), then a rare definite surname (الأحمدي)."""
    if k + 1 >= len(toks) or (s_index, k + 1) in covered or toks[k].norm not in known_first_names():
        return False
    surname = toks[k + 1].norm
    nisba = toks[k + 1].text.endswith("ي") and surname.startswith("ال") and surname.isalpha()  # (علي الحربي: a family nisba, also a word)
    return toks[k].text.endswith("ي") and (_rare_definite(surname) or nisba) and len(surname) > 4 and _is_name_word(surname, False, kb)


def _common_first_name(toks, k: int, s_index: int, covered, kb: KnowledgeBase) -> bool:
    """Right after an honorific, a frequent word (علية، in matching form عليه) then a definite word
    no frequent one (الصمودي): a first name and its surname."""
    honorifics = _triggers()[0]
    if k == 0 or toks[k - 1].norm not in honorifics or k + 1 >= len(toks) or (s_index, k + 1) in covered:
        return False
    first, surname = toks[k].norm, toks[k + 1].norm
    return first.isalpha() and first not in _never_names(kb) and not first.startswith(("ال", "و")) \
        and _rare_definite(surname) and _is_name_word(surname, False, kb)


def _rare_definite(norm: str) -> bool:
    """A definite word no frequent one (الصمودي، القماطي): a surname's shape."""
    return norm.startswith("ال") and norm.isalpha() and not is_common_word(norm, VOCABULARY // 6)


def definite_name_pair(toks, k: int) -> bool:
    """Two definite words, both rare and neither feminine (التيجاني القماطي): a name whose first
    name takes the article, never the adjectives of a body before it (وزارة التربية الوطنية)."""
    pair = [t.norm for t in toks[k:k + 2]]
    return len(pair) == 2 and all(_rare_definite(w) and len(w) > 4 and not w.endswith("ه") for w in pair)


def _definite_name(toks, k: int, s_index: int, covered, kb: KnowledgeBase) -> bool:
    """A definite name pair (``definite_name_pair``) after a title and its body, neither word a
    nationality."""
    return (s_index, k + 1) not in covered and definite_name_pair(toks, k) \
        and all(t.norm not in kb.demonyms and _is_name_word(t.norm, False, kb) for t in toks[k:k + 2])


def verb_subject_spans(sentences: list[Sentence], kb: KnowledgeBase, covered: dict[tuple[int, int], str],
                       titles: list = ()) -> list[tuple[Sentence, int, int]]:
    """Names the recogniser missed as the subject of a reporting verb that opens its clause:
    "وقالت آشيلي إن ..."، "وقالت يوروكونترول، في بيان، إنه ...". Up to three name-like words (not
    among the corpus's most frequent) right after the verb, then punctuation or reported content.
    Most are people; an institution so named is typed a person too (no cue tells them apart).
    Two such words before a title are a name too ("عبرت جميلة الشملالي الناطقة الرسمية باسم حزب")."""
    lex = lexicon()
    title_starts = {(t.sentence, t.first) for t in titles}
    never = lex.anonymous | lex.subject_nouns | lex.time_words | lex.demonstratives | lex.group_subjects | lex.nominal
    frequent = _common_words(int(_data()["verb_subject_rank"]))
    found: list[tuple[Sentence, int, int]] = []
    for sent in sentences:
        toks = sent.tokens
        owned = [v for v in range(len(toks) - 3) if lex.conjoined_lemma(toks[v].norm) is not None and _owned_kin(toks[v + 1].norm, lex)]
        for v in sorted({v for v, _ in clause_opening_verbs(toks[:-2], lex)} | set(owned)):
            # (ورداً على ذلك الاتهام قال محاميها عمارة خميسي: a verb after a topic, then "her lawyer" and his name)
            k = v + 1
            kin = False
            if toks[k].norm in bare_honorifics() and k + 2 < len(toks):
                k += 1  # وأضاف دكتور صمودي أن: the honorific, without its article, is no part of the name
            elif k + 3 < len(toks) and _owned_kin(toks[k].norm, lex):
                k, kin = k + 1, True  # قال محاميها عمارة خميسي لـ"رويترز": her lawyer, then his name (any words)
            end = k
            while end < len(toks) and end - k < 3 and (sent.index, end) not in covered and toks[end].norm not in never \
                    and _is_name_word(toks[end].norm, end == k, kb) and toks[end].norm not in lex.media_words \
                    and (kin or toks[end].norm not in frequent or end == k and toks[end].norm in known_first_names()) \
                    and not _clitic_phrase(toks[end].norm):
                end += 1
            if kin and end - k < 2:
                continue  # (وقال محاميه إن: no name)
            if end == k + 1 and toks[k].norm in frequent:
                end = k  # a listed first name that is a frequent word (جميلة، علي) only with a surname after it
            if end == k + 1 and end + 1 < len(toks) and toks[end + 1].text in ("،", ",") and toks[end].norm in frequent \
                    and toks[end].norm not in never and (sent.index, end) not in covered \
                    and _is_name_word(toks[end].norm, False, kb) and not _clitic_phrase(toks[end].norm):
                end += 1  # وقالت روبا حق، عضوة البرلمان: a rare first name, then a surname that is a frequent word
            after = toks[end] if end < len(toks) else None
            opened = after is not None and after.norm in ("علي", "الي") and end + 1 < len(toks) \
                and toks[end + 1].norm in lex.complementizers  # وأكد قطان على أن ...
            opened = opened or after is not None and after.norm == "في" and end + 1 < len(toks) \
                and toks[end + 1].norm in lex.speech_nouns  # وقال ويلموت في مقابلة مع صحيفة أوبزرفر: «...»
            opened = opened or kin and after is not None and after.norm == "ل"  # (لـ"رويترز": the medium)
            opened = opened or after is not None and (after.norm in lex.adverbials or after.norm[:1] == "ل" and any(
                t.text == ":" or t.norm in lex.complementizers or t.text in OPEN_QUOTES and after.norm in lex.media_words
                for t in toks[end + 1:end + 5]))
            # (تقول ديمة لبي بي سي: "..."، تقول ديمة معلقة على إحدى لوحاتها: the medium or an adverbial, then the words;
            # وقال بليند لموقع يونايتد على الانترنت "...")
            opened = opened or end - k >= 2 and (sent.index, end) in title_starts
            if end == k or after is None or not (after.text in PUNCT or after.norm in lex.complementizers or opened):
                continue
            found.append((sent, k, end))
    return found


def _owned_kin(norm: str, lex) -> bool:
    """محاميها، زوجته، شقيقهم: a kinship noun with its owner's pronoun."""
    return any(norm.endswith(p) and norm[:-len(p)] in lex.kinship for p in ("ها", "هم", "ه"))  # (محاميه: محامي + ه)


def clause_opening_verbs(toks, lex):
    """(index, lemma) of each reporting verb among ``toks`` that opens its clause (وقالت، ...، أضافت),
    not "عن رأي كتابها" or "عبر صفحته"."""
    for v, tok in enumerate(toks):
        lemma = lex.conjoined_lemma(tok.norm)  # (وكتبت: و + كتبت, no وك)
        conjoined = tok.norm[:1] in "وف" and len(tok.norm) >= 4
        if lemma is not None and (v == 0 or toks[v - 1].text in PUNCT or conjoined):
            yield v, lemma


def _clitic_phrase(norm: str) -> bool:
    """لوسائل / لصديقته / متعاملون / أخبارها / سماحته: a preposition with a noun, a plural, a noun
    with a possessive, not a name."""
    if norm[:1] in "لب" and (is_common_word(norm[1:]) or norm.endswith(("ه", "ها", "هم"))):
        return True
    return len(norm) > 4 and norm.endswith(("ون", "ها", "هم", "هما", "ته"))


def extend_surname(sent: Sentence, end: int, kb: KnowledgeBase, covered) -> int:
    """A person span that stops before a definite surname (سليمان | الصعب) takes it in; so does a
    first name after an honorific, before the word that closes the name (المهندس عبدالله | سابق أن)."""
    _, _, _, rank = _triggers()
    if end >= len(sent.tokens) or (sent.index, end) in covered:
        return end
    norm = sent.tokens[end].norm
    if sent.tokens[end - 1].norm == "ال":
        return end + 1  # عبدالعزيز بن عبدالله آل | الشيخ: a family name آل X
    if norm.startswith("ال") and len(norm) > 4 and norm not in _common_words(rank) and _is_name_word(norm, False, kb):
        return end + 1
    toks = sent.tokens
    honorific_first = end >= 2 and toks[end - 1].norm in _triggers()[2] and toks[end - 2].norm in _triggers()[0]
    closed = end + 1 == len(toks) or toks[end + 1].text in PUNCT or toks[end + 1].norm in lexicon().complementizers
    if honorific_first and closed and norm.isalpha() and not norm.startswith("ال") and _is_name_word(norm, False, kb):
        return end + 1  # المهندس عبدالله | سابق أن ...: a first name after an honorific has its surname
    if toks[end].text == "علي" and toks[end - 1].norm in _triggers()[2] and any(t.text.endswith("على") for t in toks):
        return end + 1  # خالد | علي على قوائم المنع: written with ي where the sentence writes the preposition على
    return end


def extend_first_name(sent: Sentence, start: int, end: int, kb: KnowledgeBase, covered) -> int:
    """A one-word person span right after a sentence-opening reporting verb takes in the rare word
    before it, a first name the recogniser missed: "طالب يامن | عابد ناشط بيئي ..."."""
    toks = sent.tokens
    if end - start != 1 or start < 2 or (sent.index, start - 1) in covered:
        return start
    verb = toks[start - 2].norm
    verb = verb[1:] if verb[:1] in "وف" and len(verb) > 3 else verb
    opens = lexicon().verbs.get(verb) is not None and (start == 2 or toks[start - 3].text in PUNCT)
    if opens and toks[start - 1].text in ("أم", "ام"):
        return start - 1  # وأكدت أم عبير بأن: a mother's kunya, as أبو راكان is a father's
    word = toks[start - 1].norm
    rare = word not in _common_words(int(_data()["verb_subject_rank"])) or word in _triggers()[2]
    bare = word[1:] if word[:1] in "وف" else word
    if opens and rare and not word.startswith("ال") and _is_name_word(word, True, kb) and word not in lexicon().verbs \
            and word not in bare_honorifics() \
            and bare not in lexicon().verbs:  # (… أخبر رفيقته، وعبرت | غاغا: a verb, no first name)
        return start - 1
    return start


_NAME_CLOSERS = {"علي", "عبر", "في", "عن", "مع", "الي", "امام"}  # prepositions after a name, before another actor


def _after_institution(sent: Sentence, k: int, covered) -> int:
    """Past the institution that completes a title: باسم حاكم ولاية قندوز | عبد الودود وحيدي."""
    last = None
    for x in range(k, min(k + MAX_SKIPPED + 2, len(sent.tokens))):
        if sent.tokens[x].text in ("،", ",", ":", "."):
            break
        if covered.get((sent.index, x)) == "PERS" and sent.tokens[x - 1].norm in _triggers()[0]:
            return x  # رئيس هيئة كبار العلماء الشيخ | عبدالعزيز ...: the title's holder, announced by an honorific
        if (sent.index, x) in covered:
            if last is not None and last < x - 2 and sent.tokens[x - 1].norm in _NAME_CLOSERS:
                break  # المتحدث باسم الرئاسة التركية | إبراهيم كالين على تويتر: the name, not the medium after it
            last = x
        elif last is not None and x + 1 < len(sent.tokens) and all(
                (sent.index, y) not in covered and sent.tokens[y].norm.isalpha() and not sent.tokens[y].norm.startswith("ال")
                and sent.tokens[y].norm not in _NAME_CLOSERS for y in (x, x + 1)):
            break  # سفير فرنسا بتونس | أوليفيي بوافر دارفور: two plain words after the institution are the name
    if last is None:
        return k
    if covered.get((sent.index, last)) == "PERS":
        return last  # الأمين العام للجامعة العربية أحمد أبو الغيط | الأربعاء تأييده: the holder is named
    while last + 1 < len(sent.tokens) and (sent.index, last + 1) in covered:
        last += 1
    return last + 1


def is_formula(norms: list[str]) -> bool:
    """محمد صلى (الله عليه وسلم): a religious formula, not a person's name."""
    formula = _lists()["not_in_person_names"]
    return any(n in formula for n in norms)
