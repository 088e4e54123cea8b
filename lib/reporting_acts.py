"""Reporting acts in a sentence: the verbs, adverbials, relays and attributions that report speech.

A reporting verb (قال، أكد ...) in any of its forms, also with an attached object pronoun
(وصفوهم); an adverbial that opens a new quote (قائلاً); a relay (نقلت وكالة X عن Y قوله); an
attribution (وفق / بحسب X); a verbal noun with its owner (إعلان ترامب أنه). Acts inside a
quotation, and negated verbs (لم يكشف), are none.
"""

from __future__ import annotations

from dataclasses import dataclass

from lib.reporting_lexicon import CLAUSE_OPENERS as _CLAUSE_OPENERS
from lib.reporting_lexicon import OPEN_QUOTES as _OPEN
from lib.reporting_lexicon import PUNCT as _PUNCT
from lib.reporting_lexicon import Lexicon, after_opening_aside
from lib.trigger_names import VOCABULARY, is_common_word


def sentence_norms(toks, lex: Lexicon) -> list[str]:
    """Each token's matching form without a leading conjunction (وقال → قال; وصفه stays)."""
    return [without_conjunction(t.norm, lex) for t in toks]


@dataclass
class Act:
    kind: str  # verb | adverbial | relay | according | nominal | owned
    index: int  # token index of the verb
    lemma: str


def quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of quoted passages in text[start:end], the marks excluded."""
    spans: list[tuple[int, int]] = []
    i = start
    while i < end:
        ch = text[i]
        if ch in _OPEN and (ch not in "'\"" or i == start or not text[i - 1].isalpha() or _glued_to_that(text, start, i)):
            close = text.find(_OPEN[ch], i + 1, end)
            if close > i + 1 and ch == '"' and text[i + 1:close].rstrip().endswith(":"):
                # (وأضاف الحوثي: "قادمون للعام الرابع ... العسكرية. وتابع بالقول: "لولا ...": the first
                # quotation is never closed; the mark after the colon opens the next one)
                dot = text.find(".", i + 1, close)  # (at its sentence's end)
                if dot > i + 1:
                    spans.append((i + 1, dot))
                    i = dot + 1
                    continue
            if close > i + 1:
                spans.append((i + 1, close))
                i = close + 1
                continue
        i += 1
    return spans


_GLUED_OPENERS = {"إن", "أن", "بأن", "ان", "بان"}


def _glued_to_that(text: str, start: int, i: int) -> bool:
    """قائد الشرطة ... إن"الجميع يبحثون عن ستيف.": a mark written onto إن/أن opens the words it brings."""
    return text[max(start, text.rfind(" ", start, i) + 1):i] in _GLUED_OPENERS


_NOUN_AFTER = {"علي", "في", "الي", "عن", "حول", "بشان", "ضد", "لدي", "سبق"}  # (not من: "من قال" is "who said";
# ما سبق ذكره: "what was mentioned before")


def _owned_nominal(norm: str, lex: Lexicon) -> bool:
    """A verbal noun with a possessive pronoun: تعليقه، تأكيدها، إعلانهم."""
    return any(norm.endswith(s) and norm[: -len(s)] in lex.nominal for s in lex.object_suffixes)


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def find_acts(toks, norms, quotes, lex: Lexicon) -> list[Act]:
    acts: list[Act] = []
    for i, norm in enumerate(norms):
        if _inside(toks[i].start, quotes):
            continue
        raw = toks[i].norm
        if _negated(i, norms, lex) or i == 0 and raw in lex.writers_notes:
            continue  # (يذكر أن ...: the writer's aside)
        lemma = lex.verb_lemma(norm) or (lex.verb_lemma(raw) if raw != norm else None)  # وصفوهم is no و + صفوهم
        if lemma is None and norm in lex.only_before_complementizer and i + 1 < len(toks) and (
                norms[i + 1] in lex.complementizers or toks[i + 1].text == ":" or _opens_with_subject(i, toks, norms, lex)
                or "\u0651" in toks[i].text and any(n in lex.complementizers for n in norms[i + 2:i + 14])):
            # (من جانبه، بيّن المحامي عبد الحكيم العسيلي أن: the shadda makes بيّن a verb, not "between")
            lemma = lex.only_before_complementizer[norm]  # وبين أن ...، وبين: "..."، وبين المصدر ... أن ...
        if lemma is None and norm[:1] == "ل" and lex.verb_lemma(norm[1:]) == "قال" and toks[i].norm == norm \
                and any(toks[x].text == ":" for x in range(i + 1, min(len(toks), i + 7))):
            lemma = "قال"  # ليقول في أول تغريدة له: "...": "and then to say", a colon and the words after it
        if lemma is None and norm in lex.in_document and _in_document(i, norms, lex):
            lemma = norm  # وجاء في البيان أن ...، تغريدة جاء فيها «...»: the document's words
        if lemma is not None and i > 1 and norms[i - 1] in ("ان", "أن") and norms[i - 2] in lex.expected:
            continue  # وكان متوقعا أن يعلن الوزير استقالته: what may come, not what was said
        if lemma is not None and i + 1 < len(norms) and norms[i + 1] in lex.gestures:
            continue  # عندما أشار بيده إلى المشجعين: a gesture
        if lemma is not None and i > 0 and (norms[i - 1] == "قد" or norms[i - 1] == "ان" and any(n in lex.obliging_words for n in norms[max(0, i - 3):i - 1])) \
                and lex.present_form(norm):
            continue  # قد يتساءل كثيرون، عليك أن تتساءل: what may be or should be said, no one's words (but "قبل أن
            # تدعو حكومتها" and "حدا به أن يدعو" report what was said)
        if lemma in lex.only_opening and i > 0 and tuple(norms[:i]) not in _OPENING_CONJUNCTIONS and not _document_opens(i, norms, lex):
            continue  # حيث اظهرت الاحصائيات أن ...: data cited inside someone's words
        if lemma is not None and i > 0 and toks[i].norm == norm and (norms[i - 1] in _NOUN_AFTER or norms[i - 1] in lex.construct_heads):
            continue  # بناء على طلب تركيا، في رد، في إطار تعهد: a verbal noun after a preposition or a construct head, no verb
        if lemma is not None and lemma.startswith("ا") and toks[i].text.lstrip("وف").startswith("أ"):
            continue  # وأعتقد أن هذه المباراة: "I believe" (اعتقد, "he believed", has no hamza), the speaker's own words
        if lemma is not None and acts and i > 0 and toks[i - 1].text == ":" and acts[-1].kind != "according":
            continue  # وقال: توقعت في «عكاظ» أن ...: the words after the colon open with a verb of their own
        if lemma is not None and i + 1 < len(toks) and (norms[i + 1] in lex.scripture
                                                        or any(tuple(norms[i + 1:i + 1 + len(f)]) == f for f in lex.scripture_formulas)):
            continue  # قال الله تعالى، يقول عليه أفضل الصلاة والتسليم: scripture quoted
        if lemma is not None and _blessing_before(i, norms, lex):
            continue  # عن النبي صلى الله عليه وسلم أنه قال: a hadith quoted
        if lemma is not None and i > 0 and toks[i].norm == norm and norms[i - 1] == "مما":
            continue  # مما يضيف المزيد من الريبة: "which adds", a consequence, no one's words
        if lemma is not None and i > 1 and norms[i - 1] in ("كان", "كانت") and norms[i - 2] in ("ما", "مما", "كما"):
            continue  # كل ما كان يقوله ليس سوى مقلب: what he used to say, named as a thing, no act
        if lemma is not None and i > 0 and norms[i - 1] in lex.as_if and "\u0623" in toks[i - 1].text:
            continue  # وكأنه يقول (ابحث عن مكان آخر): what he seems to say, no one's words (but "كان صرح": كأن has
            # the matching form of كان, so only the hamza tells them apart)
        if lemma is not None and norm in lex.bare_passive and i + 1 < len(toks) and (norms[i + 1] in lex.complementizers or i + 2 < len(toks)
                                                                                  and norms[i + 1] == "ايضا" and norms[i + 2] in lex.complementizers):
            continue  # يعتقد أنها مرتبطة: "it is believed", the writer's hedge
        if lemma is not None and i + 1 < len(toks) and norms[i + 1] in lex.noun_readings.get(norm, ()):
            continue  # القحطاني طالب دكتوراة يدرس: a student, no verb
        if lemma is not None and raw in lex.also_prepositions and not _verb_not_preposition(i, toks, norms, lex):
            continue  # عبر تمريرة حاسمة: "through", no verb
        if lemma is not None:
            acts.append(Act("verb", i, lemma))
        elif norm in lex.nominal and i + 1 < len(toks) and toks[i + 1].text not in _PUNCT:
            acts.append(Act("nominal", i, norm))
        elif i + 1 < len(toks) and norms[i + 1] in lex.complementizers and _owned_nominal(norm, lex):
            acts.append(Act("owned", i, norm))  # تعليقه بأنه ...: the clause's speaker's words
        elif norm in lex.saying_nouns and i + 1 < len(toks) and (toks[i + 1].text == ":" or toks[i + 1].text in _OPEN
                                                                 or norms[i + 1] in lex.complementizers):
            if not (acts and acts[-1].kind == "verb" and i - acts[-1].index <= 20
                    and not any(toks[x].text in _PUNCT or opens_object(norms[x], acts[-1], lex) for x in range(acts[-1].index + 1, i))):
                acts.append(Act("adverbial", i, norm))  # ووجه ري رسالة ... بقوله: "...": the clause's subject speaks
                # (but in "وصرح لمجموعة فونكه بقوله:" the verb's words follow it; "حذر من انتقال الإرهاب ... بقوله" has its own)
        elif (norm in lex.adverbials and not (i > 0 and (norms[i - 1] == "غير" or _count_before(toks[i - 1].text)))
              and not (norm in lex.complement_adverbials and not (i + 1 < len(norms) and norms[i + 1] in lex.complementizers))
              and not _adjective_of_plural(i, toks, norms)  # (ال 23 متهما: a count of the accused, no adverbial)
              and not _adjective_of_indefinite(i, toks, norms, lex) and not _predicate_after_complementizer(i, norms, lex)
              and not _accused_of(i, norms, lex)
              and not _state_before_b(i, norms, lex)
              and not (i > 0 and (norms[i - 1] in lex.copulas or norms[i - 1][:1] in "وف" and norms[i - 1][1:] in lex.copulas))
              # (وكانوا متهمين معه: a state)
              or norm in lex.comma_adverbials and i > 0 and toks[i - 1].text in ("،", ",")):
            acts.append(Act("adverbial", i, norm))  # (غير معلنة: not announced, no act)
        elif raw in lex.relay_verbs or norm in lex.relay_verbs or _relayed_what(i, norms, lex):
            if i > 1 and acts and acts[-1].kind == "verb" and acts[-1].index == i - 2 and relay_aside_at(i - 1, toks, norms, lex):
                continue  # وقالت كما نقلت عنها وكالة الانباء الطلابية «...»: the channel of the verb before it
            if i > 0 and norms[i - 1] == "ما" and acts and acts[-1].kind == "according" and acts[-1].index >= i - 3:
                continue  # وفق ما نقلت "لوباريزيان" عن الوزارة: the attribution's own relay
            if relay_source(norms, i + 1, min(len(norms), i + 12)) is not None:
                acts.append(Act("relay", i, "نقل"))
            elif any(n in lex.complementizers for n in norms[i + 2:i + 6]) or i > 0 and (norms[i - 1],) in lex.after_content:
                acts.append(Act("verb", i, "نقل"))  # ونقلت تقارير أن ...، ...، حسبما نقلت وكالة الأنباء السعودية
        elif raw not in lex.not_according:
            for phrase in lex.according_to:
                joined = phrase[-1] == "ل" and len(phrase) > 1 and i + len(phrase) - 1 < len(norms) \
                    and tuple(norms[i:i + len(phrase) - 1]) == phrase[:-1] and norms[i + len(phrase) - 1][:1] == "ل" \
                    and norms[i + len(phrase) - 1] != "لما"  # (وفقا لما ذكرته X: the verb's own act)
                if tuple(norms[i:i + len(phrase)]) == phrase or (raw,) == phrase or joined:  # (وفقا لصحيفة: ل joined)
                    verb = next((x for x in range(i + 1, min(i + len(phrase) + 2, len(norms))) if lex.verb_lemma(norms[x])), None)
                    if verb is None or norms[verb - 1] != "ما" or lex.verb_lemma(norms[verb]) in lex.in_document \
                            and not _in_document(verb, norms, lex):  # (وفق ما جاء على الصفحة الرسمية للمتحدث: جاء reports nothing itself)
                        acts.append(Act("according", i, "وفق"))  # (بحسب ما أفادت X: the verb's own act)
                    break
    return acts


_WHAT = {"ما", "لما", "حسبما", "بحسبما", "كما"}  # (in matching form)


def _relay_suffixed(norm: str, lex: Lexicon) -> bool:
    return norm.endswith("ه") and norm[:-1] in lex.relay_verbs or norm.endswith("ها") and norm[:-2] in lex.relay_verbs


def _relayed_what(i: int, norms: list[str], lex: Lexicon) -> bool:
    """"ووفقا لما نقلته وكالة فرانس برس عن مصدر": the relay verb with its pronoun object, after "what" only
    (elsewhere "تم نقله إلى المستشفى" moved him)."""
    if not (i > 0 and norms[i - 1] in _WHAT and _relay_suffixed(norms[i], lex)):
        return False
    comma = next((x for x in range(i + 1, len(norms)) if norms[x] in ("،", ",")), len(norms))
    return relay_source(norms, i + 1, min(comma, i + 12)) is not None  # (not "وفقاً لما نقلته وكالة الأنباء البحرينية،
    # على ضرورة الكف ...، والتركيز بدلا عن ذلك": the channel of the verb before, the عن far on another's)


def _document_opens(i: int, norms: list[str], lex: Lexicon) -> bool:
    """"البيانات المالية التي صدرت في أيار (مايو) تظهر أن": the sentence opens with the definite document whose
    finding the verb reports, a few words before it."""
    first = norms[0][1:] if norms[0][:1] in "وف" and norms[0][1:3] == "ال" else norms[0]
    return i <= 10 and first.startswith("ال") and first[2:] in lex.documents


def _count_before(word: str) -> bool:
    """"23 متهما": a number whose noun is accusative (11 to 99) counts it; "في آب/أغسطس 2015 مؤكدة"
    is a year, the adverbial after it reports."""
    return word.isdigit() and int(word) < 100


def _blessing_before(i: int, norms: list[str], lex: Lexicon) -> bool:
    """A blessing on the Prophet or a Companion ending at most two words before the verb (صلى الله
    عليه وسلم أنه قال، رضي الله عنه قال): the verb quotes a hadith."""
    for f in lex.blessings:
        for end in (i, i - 1, i - 2):
            if end - len(f) >= 0 and tuple(norms[end - len(f):end]) == f:
                return True
    return False


def _in_document(i: int, norms: list[str], lex: Lexicon) -> bool:
    """جاء / ورد reporting a document's words: before في and a speech noun (وجاء في بيان للوزارة),
    or with فيه/فيها right after one (تغريدة جاء فيها); not "جاء في المركز الثاني"."""
    if i + 2 < len(norms) and norms[i + 1] == "في" and lex.speech_noun(norms[i + 2]):
        return True
    return i > 0 and i + 1 < len(norms) and norms[i + 1] in ("فيه", "فيها") and lex.speech_noun(norms[i - 1])


def _adjective_of_plural(i: int, toks, norms) -> bool:
    """لمظاهرات مطالبة بالاستقلال، هتافات منددة: a feminine form right after a feminine plural
    noun agrees with it, an adjective ("demonstrations demanding"), not a speaker's adverbial."""
    prev = toks[i - 1].norm if i > 0 else ""
    return norms[i].endswith("ه") and len(prev) > 4 and prev.endswith("ات") and prev.isalpha()


def _state_before_b(i: int, norms, lex: Lexicon) -> bool:
    """"معلقا بيد مدرب الفريق": "suspended in the hands of", a state before ب, not "commenting" (معلقا بأن،
    معلقا بالقول still report)."""
    after = norms[i + 1] if i + 1 < len(norms) else ""
    return norms[i] in lex.state_readings and after[:1] == "ب" and after not in lex.complementizers \
        and after not in lex.adverbials and after not in lex.saying_nouns


def _predicate_after_complementizer(i: int, norms, lex: Lexicon) -> bool:
    """"مضيفا أن الحكومة مطالبة بإطفاء الحرائق": a form right after أن and a definite noun is that noun's
    predicate ("is required to"), not a speaker's adverbial."""
    return i >= 2 and norms[i - 1].startswith("ال") and norms[i - 1].isalpha() and norms[i - 2] in lex.complementizers


def _adjective_of_indefinite(i: int, toks, norms, lex: Lexicon) -> bool:
    """طوقًا أمنيًا مشددًا: a form right after a word written with the indefinite accusative ending
    (ـًا), or after an indefinite adjective of origin (إجراءات أمنية مشددة), agrees with it, an adjective
    ("a tight cordon"), not a speaker's adverbial; "بيانًا مؤكدًا فيه أن" still reports."""
    prev = toks[i - 1].text if i > 0 else ""
    nisba = i > 0 and norms[i] in lex.adjective_readings and not norms[i - 1].startswith("ال") \
        and norms[i - 1].isalpha() and len(norms[i - 1]) > 3 and norms[i - 1].endswith(("يه", "ي"))
    # (إجراءات أمنية مشددة، طوق أمني مشدد; but "في مؤتمر صحفي قائلا" reports)
    but = i + 1 < len(norms) and norms[i + 1] in ("لكن", "لكنه", "لكنها", "لكنهم")  # (بجريمة قتل مؤكدة ولكنهم: "a confirmed murder")
    return ("\u064b" in prev[-2:] or nisba or but) and not (i + 1 < len(norms) and norms[i + 1] in ("فيه", "فيها"))


def _accused_of(i: int, norms, lex: Lexicon) -> bool:
    """"كان برانسون يعمل في تركيا ...، متهما بمساعدة جماعة": "accused of", a state, when the charge follows at
    once; the one who accuses names whom first ("متهمة واشنطن بإطلاق أكبر حرب تجارية")."""
    return lex.adverbial_verbs.get(norms[i]) == "اتهم" and i + 1 < len(norms) and norms[i + 1][:1] == "ب" and len(norms[i + 1]) > 3 \
        and norms[i + 1] not in lex.complementizers


def relay_aside_at(j: int, toks, norms, lex: Lexicon) -> bool:
    """"وقالت كما نقلت عنها وكالة ...": at ``j``, كما, a relay verb and a pronoun for the one who spoke,
    naming the channel between a verb and its words."""
    return j + 2 < len(norms) and norms[j] == "كما" and (norms[j + 1] in lex.relay_verbs or toks[j + 1].norm in lex.relay_verbs) \
        and norms[j + 2] in ("عنه", "عنها", "عنهم", "عنهما")


def _joined_by_and(norm: str) -> bool:
    """"والمنظمة"، "وعامين": a noun joined by و (not وزير، وليد، whose و is their own; a later word in و is
    always joined: "بين مصر وتونس")."""
    return norm.startswith("و") and (norm[1:].startswith("ال") or is_common_word(norm[1:]))


def _opens_with_subject(i: int, toks, norms, lex: Lexicon) -> bool:
    """"وبين المصدر الذي ... أن «...»": at a sentence's start (or a clause's, after a comma: "...، وبين
    الرفاعي أن"), a definite subject, أن further on, and no second noun joined by و ("بين البلدين والمنظمة"
    is "between")."""
    if i != 0 and toks[i - 1].text not in ("،", ",") or toks[i].norm == norms[i] or i + 1 >= len(norms):
        return False
    if not norms[i + 1].startswith("ال") or i > 0:  # وبين بن مسعود أن: a short name, أن right after it, no second noun joined by و
        reach = 8 if i == 0 else 5  # (وبين مدير عام الخطوط السعودية , بأنه: a title's words at a sentence's start)
        near = next((x for x in range(i + 2, min(i + reach, len(norms))) if norms[x] in lex.complementizers), None)
        if near is None:
            return False
        last = near - 1 if toks[near - 1].text in ("،", ",") else near  # (a comma may close the subject)
        return all(n.isalpha() for n in norms[i + 1:last]) and not _joined_by_and(toks[i + 1].norm) \
            and not any(t.norm.startswith("و") for t in toks[i + 2:last])
    if any(t.norm.startswith("وال") for t in toks[2:5]):  # (the matching forms have lost their و)
        return False
    return any(n in lex.complementizers for n in norms[2:14])


_TIME_PREPOSITIONS = {"خلال", "بعد", "قبل", "عقب", "اثناء", "لدي"}  # (in matching form)


def _verb_not_preposition(i: int, toks, norms, lex: Lexicon) -> bool:
    """عبر as a verb: where a clause opens, before its own عن or a definite subject with عن soon
    after ("فيما عبر الأوروبيون عن"), not "، عبر تمريرة حاسمة"."""
    if i + 2 < len(toks) and norms[i + 1] in ("فيه", "فيها") and norms[i + 2] == "عن":
        return True  # أصدر ... بيانا عبر فيه عن اعتذاره: "in which he expressed"
    after_time = 0 < i <= 3 and norms[0].removeprefix("و") in _TIME_PREPOSITIONS  # وخلال اللقاء عبر المنسق ... عن سروره
    after_time = after_time or 0 < i == after_opening_aside(norms)  # من جانبه عبر فرانك فالتر شتاينماير ... عن حرص
    if not (opens_clause(i, toks, norms, lex) or after_time) or i + 1 >= len(toks):
        return False
    first = i == after_opening_aside(norms)  # (من جانبه عبر فرانك فالتر شتاينماير ... عن)
    window = 40 if first else 8  # (عبر الشيخ محمد بن راشد آل مكتوم، نائب رئيس الإمارات، ...، عن ترحيبهما)
    opening = first and not toks[i + 1].text.endswith(("ه", "ها", "هم"))  # عبر وكيل نقابة الإعلاميين، طارق سعدة، عن (not عبر حسابه)
    return norms[i + 1] == "عن" or (norms[i + 1].startswith("ال") or opening) and "عن" in norms[i + 2:i + window]


def _negated(i: int, norms: list[str], lex: Lexicon) -> bool:
    """لم يكشف / من دون أن يكشف: a negated verb."""
    if i > 0 and norms[i - 1] in lex.negations:
        return True
    return i > 1 and norms[i - 1] in lex.complementizers and norms[i - 2] in lex.negations


def merge_attributions(acts: list[Act], toks) -> list[Act]:
    """"وأكد لافروف، بحسب موقع «روسيا اليوم»، ...": بحسب X right after a verb names its channel;
    so does "ووفقا لصحيفة الصن البريطانية، قال ..." right before one."""
    out: list[Act] = []
    for n, act in enumerate(acts):
        prev = out[-1] if out else None
        if act.kind == "according" and prev is not None and prev.kind == "verb" and act.index - prev.index <= 6:
            continue
        nxt = acts[n + 1] if n + 1 < len(acts) else None
        if act.kind == "according" and nxt is not None and nxt.kind == "verb" and nxt.index - act.index <= 8 \
                and toks[nxt.index - 1].text in ("،", ","):
            continue
        out.append(act)
    return out


def without_conjunction(norm: str, lex: Lexicon) -> str:
    """وقال → قال, but وصفه stays: its و is the verb's own (وصف), not "and"."""
    if norm[:1] not in "وف" or norm in _lexicon_words(lex):
        return norm  # (واصفا is no و + اصفا, وفقا no و + فقا, فيما no ف + يما, وسائل no و + سائل)
    stripped = norm[1:] if len(norm) >= 4 else norm  # only "and"/"so": وللصحافيين → للصحافيين, وكانت → كانت
    if stripped == norm or lex.verb_lemma(stripped) is not None:
        return stripped
    if lex.verb_lemma(norm) is not None or _first_letter_its_own(norm):
        return norm  # وصفه، فيها، وزير، واشنطن: a frequent word of its own, its first letter no "and"
    return stripped


def _known_after_letter(norm: str) -> bool:
    """بتوجيه، بالاهتمام، للمشاركة: what follows a one-letter preposition is a word of its own (a definite
    one, or a word of the news corpus's vocabulary), not the rest of a word that starts so (بيئي)."""
    rest = norm[1:]
    return rest.startswith(("ال", "ل")) or is_common_word(rest, rank=VOCABULARY)


def _first_letter_its_own(norm: str) -> bool:
    """فيها، وزير، بلاده: a frequent word that its first letter cut off (يها، زير، لاده) leaves none,
    so that letter is no و/ف or ب prefix."""
    return is_common_word(norm) and not is_common_word(norm[1:])


_LEXICON_WORDS: dict[int, frozenset[str]] = {}


def _lexicon_words(lex: Lexicon) -> frozenset[str]:
    """Every word the lexicon lists (وكالة، وسائل، واصفا، وفقا، فيما ...): its first letter is its own."""
    words = _LEXICON_WORDS.get(id(lex))
    if words is None:
        phrases = frozenset(w for p in lex.according_to | lex.after_content for w in p)
        words = _LEXICON_WORDS[id(lex)] = phrases | lex.adverbials | lex.comma_adverbials | lex.subject_nouns | lex.anonymous | lex.indefinite_groups \
            | lex.group_subjects | lex.time_words | lex.media_words | lex.speech_nouns | lex.nominal | lex.complementizers \
            | frozenset(_CLAUSE_OPENERS)
    return words


# Conjunctions that open a sentence before its verb, which still opens it (في الوقت الذي أظهرت إحصاءات ... أنه).
_OPENING_CONJUNCTIONS = {("في", "الوقت", "الذي"), ("وفي", "الوقت", "الذي"), ("فيما",), ("بينما",), ("كما",)}
_CONTRAST = {"الا", "غير", "رغم", "بيد"}  # إلا أنه أكد ...: a new clause after all


def opens_clause(i: int, toks, norms, lex: Lexicon) -> bool:
    if i == 0 or toks[i - 1].text in _PUNCT:
        return True
    if i > 1 and norms[i - 1] in ("ان", "أن") and norms[i - 2] == "بعد" and not any(n in lex.complementizers for n in norms[:i - 2]) \
            and not any(t.text == ":" for t in toks[i + 1:]):  # (وأضاف على "تويتر" بعد أن اعترفت إسرائيل ...: "...": his words follow)
        return True  # حثت شرطة كليفلاند مشتبها به على تسليم نفسه بعد أن قالت إنه: what was said before, its own act
        # (not inside words: "وترجح تقارير أن ريك سقط ...، بعد أن أخبر رفيقته")
    if norms[i - 1] in lex.complementizers and i > 1 and toks[i - 2].text not in _PUNCT and norms[i - 2] not in _CONTRAST:
        return False  # وقالت كولينز إنها استُبعدت: what she said, not a clause of its own
    if i > 1 and norms[i - 1] in lex.complementizers and norms[i - 2] == "الا":
        return True  # إلا أنهم ردوا أنهم: "but they answered", a clause of its own
    return norms[i] != toks[i].norm or norms[i - 1] in _CLAUSE_OPENERS or _no_sooner_than(i, norms)


def _no_sooner_than(i: int, norms) -> bool:
    """"ما إن أعلنت الوزارة ... حتى أكد رئيس اللجنة": the verb after حتى opens the second clause."""
    return norms[i - 1] == "حتي" and any(norms[x] == "ما" and norms[x + 1] == "ان" for x in range(0, i - 2))


def quoted_name_end(toks, j: int, limit: int, words: int = 3) -> int | None:
    """Index of the closing mark of a short quoted name at ``j`` («نوفوستي», "بي بي سي"), if it is one
    (of up to ``words`` words; more after باسم: تحالف "دعم الشرعية في اليمن")."""
    close = _OPEN.get(toks[j].text)
    if close is None:
        return None
    for k in range(j + 1, min(j + words + 2, limit)):
        if toks[k].text == close:
            counted = k - j > 2 and toks[j + 1].text[:1].isdigit()  # (مقتل "52 تكفيريا": a count quoted, no name)
            return k if k + 1 < limit and k - j - 1 <= words and not counted else None
    return None


def object_lemma(act: Act, lex: Lexicon) -> str:
    """The verb whose prepositions open the act's content: its lemma, or an adverbial's verb (مشددا → شدد)."""
    return lex.adverbial_verbs.get(act.lemma, act.lemma) if act.kind == "adverbial" else act.lemma


def opens_object(norm: str, act: Act, lex: Lexicon) -> bool:
    """أعرب عن ... / هدد بتوجيه ... / مشددا على براءته: a preposition that opens this act's content."""
    for opener in lex.object_openers.get(object_lemma(act, lex), ()):
        if len(opener) == 1 and (norm[1:] in lex.object_suffixes or norm in lex.speech_nouns or norm == "باسم"
                                 or _first_letter_its_own(norm)):
            continue  # رحب بهم: he welcomed them, no words of his; أفاد بيان، بلاده، باسم: no ب + noun
        if norm == opener or (len(opener) == 1 and norm.startswith(opener) and len(norm) >= 3 and _known_after_letter(norm)):
            return True
    return False


def relay_source(norms: list[str], start: int, end: int) -> tuple[int, int] | None:
    """(index, width) of what opens a relay's source between ``start`` and ``end``: عن (نقلت وكالة X عن Y
    قوله), or على لسان ("on the tongue of": ونقل الموقع الرسمي لحماس على لسان هنية قوله); never inside a
    bracket of words ("ينقل للناس انطباعا خاطئا وكأنه يقول (ابحث عن مكان آخر"), though past a short
    one that names the channel (صحيفة "لو جون اندبندن" (الجزائرية) عن مصدر)."""
    j = start
    while j < end:
        if norms[j] == "(":
            close = next((x for x in range(j + 1, min(end, j + 5)) if norms[x] == ")"), None)
            if close is None:
                return None
            j = close + 1
            continue
        if norms[j] == "عن":
            return j, 1
        if norms[j] == "علي" and j + 1 < end and norms[j + 1] == "لسان":
            return j, 2
        j += 1
    return None


def after_content_marker(norms: list[str], i: int, lex: Lexicon) -> int | None:
    """Index of "كما" / "بحسب ما" just before the verb at ``i``, if any."""
    for phrase in lex.after_content:
        n = len(phrase)
        if i - n >= 0 and tuple(norms[i - n:i]) == phrase:
            return i - n
    return None
