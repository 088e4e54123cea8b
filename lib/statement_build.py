"""One reporting act's statement: the frame scan after the verb (subject, channel, medium, place,
time words), where the reported content starts and ends, and the speaker the frame itself names.
Helper of ``lib/statements.py``, which walks the article and resolves speakers the frame leaves
open (continuations, earlier subjects)."""

from __future__ import annotations

from lib.arabic import match_form, strip_conjunction, trim_letters
from lib.clause_subjects import (
    back_reference_opening,
    described_after_opening_verb,
    opens_own_clause,
    subject_after_complementizer,
)
from lib.frame_subjects import (
    DESCRIBED_NAME_WITHIN,
    IN_IT,
    LIST_PRONOUNS,
    after_bare_title,
    content_after_place,
    document_word,
    honoured_person_follows,
    name_ends_phrase,
    named_after_description,
    named_in_quotes,
    nominative_with_nisba,
    object_after_adjective,
    object_after_title,
    only_resumptive,
    preposition_width,
    relayed_aside,
    speaker_noun,
    title_field,
    unowned_document,
    where_one_works,
)
from lib.institutions import media_heads, organization_heads
from lib.records import Article, Mention, Statement
from lib.relative_speakers import (
    document_owner,
    owner_follows,
    relative_antecedent,
    resumptive_antecedent,
    subject_after_resumptive,
)
from lib.reporting_acts import (
    Act,
    after_content_marker,
    object_lemma,
    opens_object,
    quote_spans,
    quoted_name_end,
    relay_source,
)
from lib.reporting_lexicon import CLAUSE_BREAKS as _CLAUSE_BREAKS
from lib.reporting_lexicon import IMPERSONAL, Lexicon
from lib.reporting_lexicon import OPEN_QUOTES as _OPEN
from lib.reporting_lexicon import PREPOSITIONS as _PREPOSITIONS
from lib.reporting_lexicon import PUNCT as _PUNCT
from lib.speakers import (
    NO_SUBJECT,
    Speaker,
    anonymous_before_verb,
    before_content,
    is_back_reference,
    mention_at,
    mention_following,
    mention_type,
    organization_named,
    passive_agent,
    past_adjectives,
    person_follows,
    plural_verb,
    speaker_before,
    subject_after_but,
    subject_before_verb,
)
from lib.statement_content import SUBJECT_WINDOW, content_bounds
from lib.statement_frames import (
    BOTH as _BOTH,
)
from lib.statement_frames import (
    OWN as _OWN,
)
from lib.statement_frames import (
    RELATIVES as _RELATIVES,
)
from lib.statement_frames import (
    RESUMPTIVES as _RESUMPTIVES,
)
from lib.statement_frames import (
    has_act_before as _has_act_before,
)
from lib.statement_frames import (
    not_a_person as _not_a_person,
)
from lib.statement_frames import (
    phrase_end as _phrase_end,
)
from lib.statement_frames import (
    relative_before as _relative_before,
)
from lib.statement_frames import (
    title_before as _title_before,
)
from lib.trigger_names import bare_honorifics, honorifics, plural_in_construct, sound_plural

# Words in ون that are no nominative plural (a plural so is the subject: "حذر المسؤولون من"،
# "قال لاجئون من مسلمي الروهينغا").
_NOT_PLURALS = {"قانون", "القانون", "مليون", "كانون", "تلفزيون", "التلفزيون", "الكاميرون"}
# Words after which a quotation is a title, not words said: بعنوان "..."، في كتابه "..."، مسلسل "...".
_TITLED = {"بعنوان", "عنوان", "عنوانه", "عنوانها", "المعنون", "المعنونه", "كتاب", "كتابه", "كتابها", "الكتاب", "فيلم", "الفيلم",
           "روايه", "الروايه", "اغنيه", "الاغنيه", "مسلسل", "المسلسل", "برنامج", "البرنامج"}
_NAMED_AFTER = {"باسم", "تحالف", "حركه", "جماعه", "منظمه", "جمعيه", "حزب"}  # a longer quoted name may follow them
_TO_THOSE = {"للذين", "لمن", "للواتي", "للاتي"}
_DURING_IT = {"خلاله", "خلالها"}  # خطابا ... قال خلاله: "during it", no subject (the sentence's speaks)
_FRAME_WORDS = {"خلال", "عقب", "اثر", "اثناء", "عند", "امام", "ضمن", "عبر", "بعد", "قبل", "منذ", "حين", "وسط", "حسب", "حول"}
_ON_PLATFORM = {"علي", "عبر"}  # على تويتر، عبر فيسبوك: the platform where words were posted
AGENT_AFTER_SUBJECT = 3  # words after a named subject in which "من جانب X" makes the verb passive (يتهم كيري من جانب معارضيه)
# (a subject with long appositions: "عبر الشيخ محمد بن راشد آل مكتوم، نائب رئيس الإمارات، ...، عن");
# three fifths of it after a verb later in the sentence


def _apposition_closes(m: Mention, j: int, limit: int, toks, norms, linked, sent, lex: Lexicon) -> bool:
    """The name at ``j`` (after a comma) is followed by a comma or أن/إن: a full apposition naming the
    description before it ("مراسل بي بي سي للشؤون الأمنية، غوردون كوريرا، إن")."""
    while j < limit and mention_at(linked, sent, j) is m:
        j += 1
    return before_content(j, limit, toks, norms, lex)


def _place_in_genitive(start_j: int, frame_end: int, norms, lex: Lexicon) -> bool:
    """A place right after an indefinite noun of the subject (مدير مرور الرياض): that noun's genitive."""
    prev = norms[start_j - 1] if start_j > 0 else ""
    return start_j > frame_end and prev.isalpha() and not prev.startswith(("ال", "لل")) and prev not in _PREPOSITIONS \
        and lex.verb_lemma(prev) is None and prev not in lex.complementizers and prev not in organization_heads()
    # (but "صحيفة واشنطن بوست"، "إذاعة قفصة": an institution the place names)


def passive_marked(written: str) -> bool:
    """اتُهم، وُصفت، أُعلن: a past verb written with the passive's damma on its first letters (a present
    verb's prefix may carry one in the active, يُؤكد، تُعلن, so those are left alone)."""
    stem = written.lstrip("وف") if written[:2] not in ("وُ", "فُ") else written[1:]
    return bool(stem) and stem[0] not in "يتن" and "\u064f" in stem[:4]


def _words_opened(c: int, toks, norms, lex: Lexicon) -> bool:
    """أن/إن, a colon or a quotation at ``c`` or right after it (بأنها "غير مناسبة"): what follows are someone's
    words, not a bare noun (وُصفت بالاحتراف)."""
    return norms[c] in lex.complementizers or toks[c].text in _OPEN or toks[c].text == ":" \
        or toks[min(c + 1, len(toks) - 1)].text in _OPEN


def build_statement(act: Act, next_index: int, sent, toks, norms, linked, kb, lex: Lexicon, text: str, article: Article, title_tokens: set[int]) -> Statement | None:
    i = act.index
    limit = min(len(toks), next_index, i + 1 + SUBJECT_WINDOW * 3 // 5)
    if i <= 1 and not any(lex.verb_lemma(n) for n in norms[i + 1:limit]):
        # a sentence-opening verb: its subject may have long appositions, up to the next verb
        while limit < min(len(toks), next_index, i + 1 + SUBJECT_WINDOW) and lex.verb_lemma(norms[limit]) is None:
            limit += 1
    marker = after_content_marker(norms, i, lex)  # "كما أضاف تونر" / "بحسب ما روى ...": before the verb
    speaker: Speaker | None = None
    channel: str | None = None
    medium = ""
    place: str | None = None
    k = i + 1
    if act.kind == "according" and k < len(toks) and norms[k] in ("ل", "ما"):
        k += 1
    relayed = act.kind == "according" and k < limit and norms[k - 1] == "ما" and norms[k] in lex.relay_verbs \
        and relay_source(norms, k + 1, limit) is not None  # وفق ما نقلت "لوباريزيان" عن وزارة الدفاع: the ministry speaks
    if act.kind == "relay" or relayed:  # نقلت وكالة X عن Y قوله
        source = relay_source(norms, k, limit)
        if source is None:
            return None
        src, width = source
        for j in range(k, src):
            m = mention_at(linked, sent, j)
            if m is not None:
                channel = m.actor_id
                break
        k = src + width
        limit = min(len(toks), next_index, k + SUBJECT_WINDOW * 3 // 5)
    content_start = None
    j = k
    frame_end = k  # first word after the frame (verb, subject, channel, time, place)
    subject_open = act.kind != "according"
    persons_only = False
    described_at = 0  # where that description starts
    described: tuple[int, int] | None = None  # a definite description as subject (المفوضية العليا للاجئين)
    title_subject = None  # the title that opens the subject, if the verb's subject is one
    suffixed = act.kind == "verb" and norms[i] not in lex.verbs and norms[i] not in lex.only_before_complementizer \
        and norms[i] not in lex.in_document
    # (تتهمه أكثر من مئة امرأة: the subject follows; وبين الدكتور الغامدي أن: no pronoun on بين)
    closing_quotes: set[int] = set()
    speaker_at = len(toks)  # token index where the speaker was found
    unresolved_title = None  # (sentence, last token, start) of a title or description no name follows
    kin: int | None = None  # a kinship noun opening the subject (زوجة، نجل)
    kin_of: Mention | None = None  # the person it relates to
    in_relative = False  # past a relative pronoun after a definite noun opening the subject
    opening_definite: int | None = None  # that noun, when the verb opens its clause
    if act.kind in ("adverbial", "owned"):
        speaker, subject_open = NO_SUBJECT, False  # قائلاً / مؤكداً: always the speaker of the clause before
    if act.lemma == IMPERSONAL:
        speaker, subject_open = Speaker(None, lex.passive_label, anonymous=True), False  # ولقد تردد أن ...
    elif act.kind == "verb":
        speaker = subject_before_verb(i, sent, toks, norms, linked, kb)  # ترامب يطالب تركيا ...
        speaker = speaker or anonymous_before_verb(i, toks, norms, text, lex)  # أن مسؤولين محليين وصفوهم ...
        speaker = speaker or subject_after_complementizer(i, sent, toks, norms, text, linked, kb)  # إلا أن إدارة الكلية اعتبرت
        subject_open = subject_open and speaker is None
    while j < limit:
        norm = norms[j]
        tok = toks[j]
        if j > frame_end and norm in _CLAUSE_BREAKS and match_form(act.lemma) in lex.weak and act.kind != "relay":
            break  # وأبدى أكثر من 3 آلاف شخص إعجابهم ...، بينما أثار ...: the next clause is not this verb's
        if tok.text in ("#", "الـ") or tok.text == "(" and j == frame_end and mention_at(linked, sent, j + 1) is not None:
            frame_end += j == frame_end  # وقال #دونالد_ترمب، وعلمت الـ«الشرق الأوسط»، كما قال (ابن بليهد): a mark before a name
            j += 1
            continue
        if j == frame_end and tok.norm == "ل" and j + 1 < limit and (close := quoted_name_end(toks, j + 1, min(len(toks), limit + 1))) is not None:
            # (وأوضح لـ"سبق" قائلا: the medium may end the frame, an adverbial after it)
            medium = medium or text[tok.start:toks[close].end]  # كشفت لـ«عكاظ» الدكتورة مها المنيف: the medium, then the subject
            channel = channel or (m.actor_id if (m := mention_at(linked, sent, j + 2)) is not None else None)
            frame_end = j = close + 1
            continue
        if tok.text == ")" and j == frame_end and speaker is not None:
            frame_end = j = j + 1  # (ابن بليهد) في صحيح الأخبار: the name's closing bracket
            continue
        if j in title_tokens:
            if subject_open and j == frame_end and speaker is None and act.kind == "verb":
                title_subject = next((t for t in linked.titles if t.sentence == sent.index and t.first == j), None)
            subject_open = False  # a title opens the subject: its name may come later
        if j == frame_end and i > 0 and norms[i - 1] == "ما" and norm in _RESUMPTIVES:
            frame_end = j + 1  # وفق ما صرح به روني الطلابلسي: "به" is what was said; the subject follows
            j += 1
            continue
        if j == frame_end and j == k and act.kind == "verb" and (aside := relayed_aside(j, limit, toks, norms, linked, sent, lex)):
            frame_end = j = aside[0]  # وقالت كما نقلت عنها وكالة الانباء الطلابية «...»: the channel, then the words
            channel = channel or aside[1]
            continue
        if j == frame_end and j > k and norm == "علي" and j + 1 < limit and norms[j + 1] in lex.complementizers:
            frame_end = j + 1  # ورغم تأكيد الحريري على أن ...: على before أن opens nothing of its own
            j += 1
            continue
        said_in = j + 1 < limit and (norms[j + 1] in lex.speech_nouns or lex.owned_speech(norms[j + 1]))  # في بيان، في كلمته
        if j == frame_end and j > k and norm == "في" and said_in:
            frame_end = j + 2 + (j + 2 < limit and norms[j + 2] in lex.speech_adjectives)  # في تصريح صحافي
            frame_end += frame_end < limit and norms[frame_end] in _OWN  # في بيان (له)،: how, not what, was said
            j = frame_end
            continue
        if subject_open and j == frame_end and norm in ("صاحب", "صاحبه") and j + 1 < limit and norms[j + 1] in lex.honorific_styles:
            frame_end = j + 2 + (j + 2 < limit and norms[j + 2] == "الملكي")  # صاحب السمو الملكي | الأمير مشعل بن ماجد
            j = frame_end
            continue
        if subject_open and j == frame_end and "ال" + norm in lex.honorific_styles and j + 1 in title_tokens \
                and not any(t.sentence == sent.index and t.first == j + 1 and t.bare for t in linked.titles):
            frame_end = j + 1  # وعبر سمو | ولي العهد، وأكد معالي | وزير الصحة: a style before the title
            # (not before a bare title, "سمو نائب خادم الحرمين الشريفين", no member of parliament)
            j += 1
            continue
        if subject_open and j == frame_end and norm in _BOTH and j + 1 < limit and norms[j + 1] == "من":
            frame_end = j + 2  # أعلنت كلا من السعودية والبحرين: the names follow
            j += 2
            continue
        if speaker is None and subject_open and j == frame_end and norm[:2] == "ال" and norm[2:] in lex.kinship \
                and mention_at(linked, sent, j) is None and mention_at(linked, sent, j + 1) is None:
            speaker = Speaker(None, tok.text, anonymous=True)  # ومن جهته اتهم الزوج، جامعة تبوك بتغيير: the husband, unnamed
            unresolved_title = (sent.index, j, tok.start)  # (وأوضح المحامي: the one "المحامي عبد الحكيم العسيلي" named before)
            subject_open = False
            frame_end = j = j + 1
            continue
        if speaker is None and subject_open and j == frame_end and norm in lex.kinship and mention_at(linked, sent, j) is None:
            kin = j  # أكدت زوجة الرئيس السوري بشار الأسد، أسماء الأسد: the relative is not the speaker
            frame_end = j + 1
            j += 1
            continue
        if speaker is None and subject_open and j == frame_end and mention_at(linked, sent, j) is None \
                and not (norm in lex.time_words and j + 1 < limit):  # (وصفه مؤخرا الأمين العام: the subject after the time word)
            subject_open = False  # only the first word after the verb (and its time words) can open the subject
            if norm in lex.demonstratives and j + 1 < limit and mention_at(linked, sent, j + 1) is None \
                    and not (i > 0 and norms[i - 1] == "من"):  # (من شرح هذا المصطلح: "who explained", its object)
                speaker = Speaker(None, text[tok.start:toks[j + 1].end], anonymous=True)  # هذه الفصائل
                frame_end = j + 2
                j += 2
                continue
            indefinite_group = norm in lex.indefinite_groups and j + 1 < limit and not norms[j + 1].startswith("ال") \
                and toks[j + 1].text not in _PUNCT and mention_at(linked, sent, j + 1) is None
            feminine_group = lex.gender_of_form(norms[i]) == "f" and j + 1 < limit and mention_at(linked, sent, j + 1) is None \
                and norm in lex.indefinite_groups and toks[j + 1].text not in _PUNCT and not opens_object(norms[j + 1], act, lex)
            # (ودعت نقابات عمال السكك الحديدية إلى، نددت كتل اليسار: a feminine verb agrees with the group after it,
            # its subject; "دعا دول العالم إلى" has them as the object)
            plain_noun = norm not in lex.subject_nouns and not norm.startswith("ال") and norm not in honorifics() \
                and tok.text not in _PUNCT and tok.text not in _OPEN and tok.text not in "()" and j not in title_tokens and not is_back_reference(norm, kb)
            reported_before = plain_noun and marker is not None and norm not in lex.complementizers \
                and norm not in _PREPOSITIONS and not opens_object(norm, act, lex) \
                and not (norms[marker] == "كما" and tok.text.endswith(("ه", "ها", "هم")))  # (not كما كشف عن كواليس: what he revealed)
            reported_before = reported_before and not (norms[marker] == "كما" and not speaker_noun(j, norm, linked, sent, lex))
            # (not "، كما نفت إصابة أشخاص على الأرض": what the speaker before denied)
            # (بحسب ما روى أصدقاؤه، كما وصف اتحاد مراسلي البيت الأبيض; not كما أكد إدانته: his condemnation, an object,
            # nor كما أكد أن ...: "he also stressed that", the words after the verb)
            subject_noun = plain_noun and act.lemma in lex.subject_first and norm.isalpha() and norm[:1] not in "لب" \
                and not norm.endswith("ا") \
                and norm not in lex.complementizers and norm not in _PREPOSITIONS and norm not in _FRAME_WORDS and norm not in _DURING_IT \
                and norm not in lex.time_words and norm not in lex.media_words and j + 1 < limit \
                and (before_content(j + 1, limit, toks, norms, lex) or norm not in lex.anonymous
                     and before_content(past_adjectives(j + 1, limit, toks, norms, linked, sent), limit, toks, norms, lex))
            # (وقال طبيب، يدعى الدكتور جاد، ...; قال خبير اقتصادي بارز إن ...; an unnamed source's adjectives, مصدر
            # أمني، طلب عدم الكشف عن اسمه، are the anonymous rule's)
            reported_before = reported_before or subject_noun
            plural = norm.endswith("ون") and len(norm) > 5 and norm.isalpha() and norm not in _NOT_PLURALS and (
                norm.startswith("ال") or j + 1 < limit and (norms[j + 1] == "من" or norms[j + 1].endswith("ون")))
            of_a_country = plain_noun and norm.isalpha() and j + 1 < limit and norms[j + 1] in kb.demonyms \
                and not norms[j + 1].startswith("ال") and norm not in IN_IT and norm not in lex.complementizers \
                and norm not in lex.time_words and norm not in _PREPOSITIONS \
                and not (document_word(norm, lex) and owner_follows(j, limit, toks, norms, linked, sent, lex))
            # (شدد جنرال أميركي كبير على أن; not "توصلت دراسة أميركية جديدة أجراها مستشفى ...": its owner speaks)
            # (not "أهداف قالت إنها إيرانية": the words said)
            nisba_subject = not of_a_country and plain_noun and norm not in lex.anonymous and norm not in lex.unnamed_people \
                and nominative_with_nisba(j, limit, norms, linked, sent) \
                and norm not in IN_IT and norm not in lex.time_words and norm not in _PREPOSITIONS and norm not in lex.complementizers
            of_a_country = of_a_country or nisba_subject
            plural = plural or plural_in_construct(norm) or sound_plural(norm) and norm not in lex.anonymous  # وأكد موقعو البيان، عقاريون
            counted = norm in lex.group_subjects and j + 1 < len(toks) and norms[j + 1] in lex.counted_times  # (قالت عدة مرات)
            counted = counted or norm == "عده" and not tok.text.endswith("ة")  # (وعده الواهم: "his promise", no عدة)
            if norm in lex.group_subjects and not counted or indefinite_group or feminine_group or reported_before or plural or of_a_country or suffixed and norm not in lex.complementizers and tok.text not in _PUNCT and norm not in _PREPOSITIONS \
                    and norm not in lex.time_words \
                    and tok.text not in _OPEN and not opens_object(norm, act, lex) and norm not in lex.subject_nouns:
                end = _phrase_end(j, limit, toks, norms, act, lex, linked, sent)
                if nisba_subject:  # دليل سياحي | كان على متن حافلة: the noun and its adjectives
                    end = next((x for x in range(j + 2, end) if not (norms[x].endswith("ي") and norms[x].isalpha())), end)
                if indefinite_group:  # دول غربية | نظام الرئيس: a construct head after the group opens the object
                    end = next((x for x in range(j + 2, end) if x + 1 < len(toks) and norms[x + 1].startswith("ال")
                                and not norms[x].startswith("ال")), end)  # (نقابات عمال السكك الحديدية: one genitive chain)
                elif (norm in lex.group_subjects and norms[end - 1] != "من" or plural and norms[end - 1] == "من") \
                        and j + 1 < end < limit and (m := mention_at(linked, sent, end)) is not None \
                        and not norms[end - 1].startswith("ال") \
                        and (norms[end - 1] not in _PREPOSITIONS or norms[end - 1] == "من" and mention_type(linked, m) == "organization"):
                    # (ورحب مسؤولون من منظمة الطفولة: the body they are of)
                    while end < limit and mention_at(linked, sent, end) is m:
                        end += 1  # أحد مساعدي نافالني: the group's genitive name is part of it
                speaker = Speaker(None, text[tok.start:toks[end - 1].end], anonymous=True)  # عدد من السياسيين
                frame_end = j = end
                continue
            if norm not in lex.anonymous and norm not in lex.subject_nouns and norm not in honorifics() and toks[j].text not in _OPEN \
                    and not (document_word(norm, lex) and (owner_follows(j, limit, toks, norms, linked, sent, lex)
                                                        or unowned_document(act, j, k, frame_end, limit, toks, norms, linked, sent, lex))):
                if norm.startswith("ال") and not is_back_reference(norm, kb) and norm not in lex.complementizers:  # (وتمنى ألا)
                    persons_only, described_at = True, j  # الشاعر الغنائي المعروف خالد البذال: a description, then the name
                    if norm not in _PREPOSITIONS and norm not in lex.time_words:
                        if opens_own_clause(i, sent, toks, linked):
                            opening_definite = j
                        end = _phrase_end(j, limit, toks, norms, act, lex, linked, sent, definite=True)
                        if act.lemma not in lex.object_first or act.lemma in lex.subject_before_complementizer \
                                and content_after_place(end, limit, toks, norms, linked, sent, lex):
                            described = (j, end)  # (واعتبرت النيابة العامة في ميونخ، أن: no object before أن)
                elif not is_back_reference(norm, kb) and not ((act.lemma in lex.subject_first and norm not in bare_honorifics()
                                                               or norm in bare_honorifics() and norm != "فريق" and j + 1 < limit
                                                               and norms[j + 1].startswith("ال"))
                                                              and person_follows(j, limit, toks, norms, linked, sent, lex)) \
                        and not honoured_person_follows(j, limit, toks, norms, linked, sent, act, lex) \
                        and not named_after_description(j, limit, toks, norms, linked, sent, lex) \
                        and not ((norm in organization_heads() or norm == "تنظيم")
                                 and (m1 := mention_at(linked, sent, j + 1 + (j + 1 < limit and toks[j + 1].text in _OPEN))) is not None
                                 and (a1 := linked.actors.get(m1.actor_id)) is not None and a1.type == "organization"):
                    # (وقالت شركة أريفا، التي ...، إنها: the company's head noun, then its name; وأعلن تنظيم "الدولة
                    # الإسلامية" مسؤوليته: the group's, its name quoted)
                    speaker = NO_SUBJECT  # طالبت برحيل ... / مؤكدا قدرة ...: an object, not a subject
                    # (but وقال نقيب المهن التمثيلية أشرف زكي: a title the lexicon lacks, then the name; اعترف لاعب التنس
                    # الصربي نوفاك جوكوفيتش: a rank without its article, in construct, then the name; but "فريق الدفاع عن
                    # الفرنسية ميلينا بوغدير" is a team, the name the one it defends)
                    if (named := named_in_quotes(j, limit, toks, norms, lex)) is not None:
                        speaker = Speaker(None, text[tok.start:toks[named - 1].end], anonymous=True)
                        frame_end = j = named  # أعلن مطعم عربي في مدينة ليفربول يدعى "بخشيش" | عن تقديم: the restaurant
                        continue
        if j == frame_end and (tok.text in _PUNCT or tok.text in "»”\"'" or norm in lex.time_words or j in title_tokens
                               or norm in lex.media_words):
            frame_end = j + 1
        name_words = 5 if j > 0 and norms[j - 1] in _NAMED_AFTER else 3
        if tok.text in _OPEN and j not in closing_quotes:
            close = quoted_name_end(toks, j, limit, name_words)
            if close is not None:
                closing_quotes.add(close)  # «نوفوستي» / "تسجيلات قتل": a short quoted name, not content
            elif any(n in _TITLED for n in norms[max(k, j - 5):j]):
                end = next((x for x in range(j + 1, limit) if toks[x].text == _OPEN[tok.text]), None)
                closing_quotes.update({j} | ({end} if end is not None else set()))  # بعنوان "...": a title
        object_opens = opens_object(norm, act, lex) and j not in title_tokens and not in_relative and not (j + 1 < len(toks) and norms[j + 1] in lex.complementizers) \
            and not (norm[:1] == "ب" and norms[j - 1] in lex.relating_adjectives) \
            and not title_field(j, limit, toks, norms, linked, sent, title_tokens) \
            and ((m_here := mention_at(linked, sent, j)) is None or m_here.start > tok.start
                 and not (title_subject is not None and speaker is None and mention_type(linked, m_here) == "organization")
                 and mention_type(linked, m_here) != "city") \
            and (object_lemma(act, lex) not in lex.openers_at_frame_end and (act.kind != "adverbial" or j <= frame_end + 2)
                 or j == frame_end or toks[j - 1].text in ("،", ",")
                 or described is not None and j == described[1] and lex.gender_of_form(norms[i]) != "f")
        # (وأكد الوزراء الثلاثة على التقارب; but in "وأكدت إلقاء القبض على" the verb's subject is no description;
        # nor "أقرت هذه اللوائح الخاصة بتحويل": the adjective's own ب;
        # "طالب مدير فرع وزارة العمل بجازان": a city after ب is where, not what was asked)
        # (an adverbial's object is short: مطالباً زملاءه بالوصول، not داعياً جميع المتقدمين الاطلاع ... للتأكد)
        # (أعلنت عمادة القبول والتسجيل بجامعة الملك خالد، عن فتح: a comma closes the frame too; but in "أكد المرشد
        # الإيراني، علي خامنئي، أنه" علي is the first name of the subject, not the preposition على; بكوهين is ب + a name)
        if k < j <= k + 4 and norm == "ما" and (speaker not in (None, NO_SUBJECT) or kin is not None) \
                and act.lemma in lex.named_subject_object and norms[j - 1] not in _PREPOSITIONS:
            content_start = j  # ونفى قريب الجاني ما يتم تداوله ... حول أنه مدمن: what he denied, not what was said of him
            break
        complement = norm in lex.complementizers and norms[j - 1] not in lex.not_content_after  # (قبل أن ينتقل)
        complement = complement and mention_at(linked, sent, j) is None  # (وطالب بان كي مون: a name, not بأن)
        complement = complement or norm in lex.saying_nouns and j > k and j + 1 < len(toks) and toks[j + 1].text != ":" \
            and norms[j + 1] not in lex.complementizers and toks[j + 1].text not in _OPEN
        # (وعبرت إحدى المعلمات ضمن الهاشتاق بقولها لي ...; but "أكد الجبير بقوله إن": the words after إن)
        complement = complement or norm in lex.questions and act.lemma in lex.asking_verbs  # (تساءل ... أين المولدات)
        listing = tok.text == ":" and j > 0 and norms[j - 1] in LIST_PRONOUNS  # (ووفاة 3 ركاب هم: أم وأخت: a list)
        if complement or norm in lex.relay_speech or tok.text == ":" and not listing or object_opens or (
            tok.text in ("«", "“", '"') and j not in closing_quotes and quoted_name_end(toks, j, limit, name_words) is None
        ):
            content_start = j
            if complement and toks[j].norm.startswith("و") and k < frame_end < j and toks[frame_end].norm.isalpha() \
                    and norms[frame_end] not in _PREPOSITIONS and norms[frame_end] not in _RELATIVES \
                    and mention_at(linked, sent, frame_end) is None:
                content_start = frame_end  # وأكدت وزارة النفط اليمنية، احتفاظها بحقها ...، وأنها ستخاطب: two things stressed
            break
        if speaker is None and act.kind == "according" and j == k and norm[:2] == "لل" \
                and kb.institution_refs.get("ال" + norm[2:]) == "previous":
            speaker, speaker_at = Speaker(None, "ال" + norm[2:]), j  # ووفقا للبيان، ... فإن: the statement's owner
            j += 1
            continue
        joined_to = act.kind == "according" and norm[:1] == "ل" and (norm[1:] in lex.anonymous or norm[1:] in lex.indefinite_groups
                                                                  or norm[:2] == "لل" and "ال" + norm[2:] in lex.anonymous) \
            and not any(mention_at(linked, sent, x) and not where_one_works(x, toks, norms, linked, sent) for x in range(j + 1, min(j + 4, limit)))
        # (لأرقام قدمتها فيس بوك، لتقديرات ستاندرد: the owner; but وفقا لمسؤول بوزارة الدفاع الأمريكية is an official unnamed)
        if speaker is None and j + 1 < limit and (norm in lex.documents and toks[j + 1].text.startswith("ال")
                                                  or document_word(norm, lex) and owner_follows(j, limit, toks, norms, linked, sent, lex)):
            j += 1  # وأفاد تقرير الإذاعة، بحسب تقرير نشرته اليوم "دويتشه فيله": the report's owner speaks
            # (وكشفت النشرة الإحصائية التي تصدرها دوريا مؤسسة النقد: so does the definite one's; but "دراسة ألمانية"
            # is a German study, its matching form المانيه no article)
            continue
        if speaker is None and act.kind == "according" and j == k and norm[:1] == "ل" and norm[1:] in lex.documents \
                and (m := mention_following(j, limit, toks, norms, linked, sent, lex, window=6)) is not None \
                and (actor := linked.actors.get(m.actor_id)) is not None and actor.type in ("organization", "country", "person"):
            speaker, speaker_at = Speaker(actor.actor_id, m.text), j  # وفقا لبيانات صدرت اليوم الثلاثاء عن الهيئة العامة للإحصاء
            j += 1
            continue
        definite_elsewhere = norm.startswith("ال") and j != frame_end  # (تقنية المعلومات الدكتور عيسى رواس: a name's word)
        unnamed_person = norm in lex.unnamed_people and j == frame_end and act.kind == "verb" \
            and not any(mention_at(linked, sent, x) for x in range(j + 1, min(j + 5, limit)))  # وقال رجل يحرس القرية ليلا "..."
        document_alone = speaker is None and unowned_document(act, j, k, frame_end, limit, toks, norms, linked, sent, lex)
        agency_name = norm in lex.anonymous and j > 0 and norms[j - 1] in media_heads() \
            and (m_agency := mention_at(linked, sent, j + 1)) is not None and m_agency.actor_id in kb.media
        # (وذكرت وكالة أنباء إنترفاكس الروسية: the agency's name follows, no unnamed news)
        if speaker is None and (norm in lex.anonymous and not definite_elsewhere and not agency_name or joined_to or unnamed_person
                                or document_alone):  # (ووفقا لوسائل إعلام فيتنامية)
            end = j + 1
            while end < limit and end < j + 4 and toks[end].text not in _PUNCT and toks[end].text not in "()-–" \
                    and norms[end] not in lex.complementizers and norms[end] not in lex.time_words and mention_at(linked, sent, end) is None \
                    and toks[end].norm != "ل" and norms[end] not in lex.media_words and norms[end] not in ("الي", "عبر") \
                    and norms[end] not in lex.relay_speech and not opens_object(norms[end], act, lex) \
                    and not (act.lemma in lex.object_in_content and object_after_adjective(end, toks, norms)) \
                    and not (toks[end].text in _OPEN and quoted_name_end(toks, end, limit, name_words) is None
                             and norms[end - 1] not in _PREPOSITIONS and norms[end - 1] != "باسم"):
                # (مصادر سياسية لـ «عكاظ»، أشارت معلومات إلى أنه، توصلت دراسة إلى أن، عن متحدثة باسم المحكمة قولها;
                # وصرح مصدر آخر "كان نقاشا حادا": a quotation, no quoted name, opens the words; but "محللون في "آر.بي.سي
                # كابيتال ماركتس"" names where they work)
                end += 1
            if end < limit and (norms[end - 1] in ("في", "باسم") or where_one_works(end, toks, norms, linked, sent)) \
                    and (m := mention_at(linked, sent, end)) is not None:  # (مسؤول بوزارة الدفاع الأمريكية، متحدثة باسم الجيش)
                while end < limit and mention_at(linked, sent, end) is m:
                    end += 1  # مسؤول في الحكومة التركية: where the unnamed source works is part of it
            opened = [t.text for t in toks[j + 1:end] if t.text in _OPEN]
            if len(opened) == 1 and end < limit and toks[end].text == _OPEN[opened[0]]:
                end += 1  # متحدثة باسم "فيتول": the quoted name whole
            skip = preposition_width(norm) if joined_to else 0  # (للمعلومات: معلومات)
            speaker = Speaker(None, text[tok.start + skip:toks[end - 1].end], anonymous=True)
            if unnamed_person:
                frame_end = end  # (وقال رجل يحرس القرية ليلا | "نحن مستعدون لهم")
            if norm in lex.officials_named_after and j == frame_end and end < limit and end - 1 not in title_tokens \
                    and norms[end - 1] not in _PREPOSITIONS and norms[end] not in kb.demonyms and (m := mention_at(linked, sent, end)) is not None \
                    and m.start == toks[end].start and end + 1 < limit and mention_at(linked, sent, end + 1) is m \
                    and mention_type(linked, m) == "person":  # (a name of two words at least)
                speaker, speaker_at = Speaker(m.actor_id, m.text), end  # واكد مسؤول الاتصالات في الرئاسة ويلي نياميتوي
                # (not "مصدر مقرب من الرئيس بشار الأسد": a title before the name, whose holder he is)
            j = end + (end < limit and norms[end] in lex.relay_speech)  # (عن مصدر عسكري | قوله، الاثنين، إن: the words follow)
            continue
        if opening_definite is not None and speaker is None and norm in _RELATIVES and not in_relative and (
                act.lemma not in lex.object_first or act.lemma in lex.subject_before_complementizer
                and any(n in lex.complementizers for n in norms[j:next_index])):
            in_relative = True  # النيابة العامة في ميونخ التي اتهمت ... روبرت ستادلر: a name after it is the clause's,
            described = described or (opening_definite, j)  # and the description before it the subject
            limit = max(limit, min(len(toks), next_index, j + SUBJECT_WINDOW * 3 // 5))  # (the clause may be long)
        m = mention_at(linked, sent, j)
        if m is not None:
            start_j = j
            actor = linked.actors.get(m.actor_id)
            prev = norms[j - 1] if j > 0 else ""
            after_preposition = (act.kind != "relay" and not relayed or j != k) and prev in _PREPOSITIONS and not (j > 1 and norms[j - 2] in _BOTH) or (toks[j - 1].text in "«" and j > 1 and norms[j - 2] in _PREPOSITIONS)
            after_preposition = after_preposition and not (act.kind == "verb" and j - 1 == i)  # (وبين مدير عام: the verb بيّن)
            joined_to_preposition = text[toks[j].start:m.start].lstrip("وف").startswith("ب") and j > k
            # (في البيان الذي نشره على صفحته بفيسبوك: where it was posted; a subject takes no ب)
            if actor is not None and after_preposition:
                if actor.actor_id in kb.media and not medium:
                    channel = channel or actor.actor_id
                    medium = text[toks[j - 2 if toks[j - 1].text in "«" else j - 1].start:m.end]
                elif actor.type == "city" and prev == "في":
                    place = actor.actor_id
            elif actor is not None and actor.actor_id in kb.media and act.lemma in lex.told_verbs \
                    and (j > k or lex.gender_of_form(norms[i]) == "m"):  # (وأبلغ رويترز: an agency told, by a man)
                channel = channel or actor.actor_id  # وأبلغ لام رويترز قائلا: the medium told, not the speaker
                medium = medium or m.text
            elif speaker is None and actor is not None and act.kind == "according" and norms[j - 1] in lex.documents \
                    and m.start > toks[j].start and toks[j].norm.startswith("ل"):
                speaker, speaker_at = Speaker(actor.actor_id, m.text), j  # بحسب تقرير لوكالة رويترز: the report's owner
            elif actor is not None and (actor.actor_id in kb.media or actor.type == "organization" and match_form(m.text.split()[0]) in media_heads()) \
                    and m.start > toks[j].start and toks[j].norm.startswith("ل") \
                    and not (act.kind == "according" and j == k):  # (وفقا لوكالة الأناضول: the source)
                channel = channel or actor.actor_id  # وقال طبيب لبي بي سي: the medium, joined to its ل
                medium = text[toks[j].start:m.end]
            elif actor is not None and (prev in lex.media_words or toks[j - 1].text in _OPEN and j > 1 and norms[j - 2] in lex.media_words) \
                    and not (actor.type == "person" and prev in lex.audiences):  # (رئيس النقابة الوطنية للصحفيين ناجي البغوري)
                channel = channel or actor.actor_id  # لمراسلة "الجوهرة أف أم": the medium, whatever it is
                medium = text[toks[j - 1 if prev in lex.media_words else j - 2].start:m.end]
            elif actor is not None and actor.actor_id in kb.media and (prev.startswith("ل") or toks[j - 1].text in "«" and j > 1 and norms[j - 2].startswith("ل")):
                channel = channel or actor.actor_id
                medium = text[toks[j - 1].start if prev.startswith("ل") else toks[j - 2].start:m.end]
            elif actor is not None and actor.type == "city" and (prev == "في" or toks[j].norm.startswith("ب") and m.start > toks[j].start):
                place = actor.actor_id
            elif speaker is not None and speaker.anonymous and actor is not None and actor.type == "person" \
                    and lex.names_as(prev):
                speaker, speaker_at = Speaker(actor.actor_id, m.text), j  # وروى احد سكان سوروتش ويدعى محمد جيليك
            elif speaker is None and actor is not None and kin is not None and (actor.type == "person" or kin_of is None and start_j <= kin + 2) \
                    and (kin_of is None or kin_of.actor_id == m.actor_id):
                kin_of = m  # (the relative named: the speaker is another name after it, if any; محامي "سامسونغ" جون كين)
            elif actor is not None and actor.actor_id in kb.media and (prev in _ON_PLATFORM or prev == "موقع" and j > 1 and norms[j - 2] in _ON_PLATFORM):
                channel = channel or actor.actor_id  # قال الكاتب ... عبر صفحته الرسمية على موقع تويتر: where he wrote, never the speaker
                medium = medium or text[toks[j - 1 if prev in _ON_PLATFORM else j - 2].start:m.end]
            elif speaker is None and actor is not None and (not persons_only or actor.type == "person" and j - described_at <= DESCRIBED_NAME_WITHIN) \
                    and not joined_to_preposition \
                    and not in_relative and not (actor.type == "city" and _place_in_genitive(start_j, frame_end, norms, lex)) \
                    and not (actor.type == "organization" and start_j - 1 in title_tokens and len(m.text.split()) == 1) \
                    and not (actor.type == "organization" and after_bare_title(start_j, sent, linked)) \
                    and not (title_subject is not None and object_after_title(title_subject.last, j, toks, norms, linked, sent, lex, title_tokens)):
                speaker, speaker_at = Speaker(actor.actor_id, m.text), j
                # (not "وبين مدير مرور الرياض أن": the city whose traffic department he heads; nor "وكشف رئيس الدرعية
                # أن": the club its president heads, called by one word; nor "لاحظ عضو المجلس الوطني": a member;
                # nor a name in the object after a title: "كشف المتحدث باسم ... تفاصيل جديدة بشأن ... جمال خاشقجي")
            elif speaker is not None and actor is not None and actor.type == "person" and _not_a_person(speaker, linked) \
                    and speaker_at < len(toks) and _title_before(linked, sent, speaker_at, i):
                # (not "وكان الاتحاد السعودي لكرة القدم قد أعلن إيقاف الحكم فهد المرداسي": a subject before the verb)
                speaker = Speaker(actor.actor_id, m.text)  # الناطق باسم الخارجية الروسية ألكسندر ...
            elif speaker is not None and (speaker.anonymous or speaker.actor_id is None and speaker_at < j
                                         and kb.institution_refs.get(norms[speaker_at]) == "previous") \
                    and actor is not None and actor.type == "person" \
                    and toks[j - 1].text in ("،", ",") and _apposition_closes(m, j, limit, toks, norms, linked, sent, lex) \
                    and not ((m2 := mention_at(linked, sent, j - 2)) is not None and mention_type(linked, m2) == "person"):
                speaker = Speaker(actor.actor_id, m.text)  # ويقول مراسل بي بي سي للشؤون الأمنية، غوردون كوريرا، إن
                # (وقالت المسؤولة في المنظمة، تيرانا حسن: the woman named, not the one who spoke before)
                # (not the second of a list: "وأوصى الباحثون لوكاس أونيجاك، وجونيس أكار، ...": the researchers)
            while j < limit and mention_at(linked, sent, j) is m:
                j += 1
            is_subject = speaker is not None and speaker.text == m.text
            if is_subject or frame_end >= start_j and (act.lemma not in lex.object_in_content or speaker is None):
                frame_end = j  # (تتهم واشنطن النظام السوري بشنه: a name after the subject is the object)
            continue
        if speaker is None and is_back_reference(norm, kb) and j not in title_tokens and not persons_only \
                and (j - 1) not in title_tokens and norms[j - 1] not in _PREPOSITIONS \
                and not (act.lemma in lex.object_in_content and not suffixed and j + 1 < limit and norms[j + 1][:1] == "ب"):
            # not الناطق باسم الاتحاد (the title's institution) nor في الوزارة (a place); not "واتهم المكتب
            # بأنه": whom he accused; but "وصفته الشرطة بأنه" has its object in the verb
            speaker, speaker_at = Speaker(None, tok.text), j  # (as written: الصحيفة)
            if j == frame_end:
                frame_end = j + 1  # وأكد المصدر | متابعة هذا الشخص: the object after the subject
        if any(norms[j:j + len(p)] == list(p) for p in lex.according_to) and act.kind == "verb":
            nxt = next((x for x in range(j + 1, min(j + 5, limit)) if mention_at(linked, sent, x) is not None), None)
            if nxt is not None:
                m = mention_at(linked, sent, nxt)
                channel = m.actor_id
                medium = text[tok.start:m.end]
                j = nxt
                while j < limit and mention_at(linked, sent, j) is m:
                    j += 1
                frame_end = j
                continue
        if norm in lex.media_words and not medium:
            medium = tok.text
        j += 1
    if speaker is NO_SUBJECT:
        speaker = None
    if speaker is None and act.kind == "according" and k < limit and document_word(norms[k], lex) \
            and (i == 0 or toks[i - 1].text in ("،", ",")):  # (not "قيمة الدعم المستحقة وفق البيانات الرسمية": "based on")
        end = next((x for x in range(k + 1, min(limit, k + 8)) if toks[x].text in _PUNCT or norms[x] in lex.complementizers), min(limit, k + 8))
        skip = 0 if norms[k] in lex.documents else preposition_width(norms[k])  # (للأرقام الأخيرة: أرقام الأخيرة)
        speaker = Speaker(None, text[toks[k].start + skip:toks[end - 1].end], anonymous=True)
        # (بحسب الأرقام الأخيرة التي نشرتها السلطات المحلية: figures whose owner is no actor speak unnamed)
    if speaker is None and kin is not None:  # زوجة الرئيس ...: a relative no name follows
        end = kin_of.end if kin_of else toks[_phrase_end(kin, limit, toks, norms, act, lex, linked, sent) - 1].end
        speaker = Speaker(None, text[toks[kin].start:end], anonymous=True)
    if speaker is None and described is not None and not (i > 0 and norms[i - 1] in _RELATIVES and content_start is None):
        # no name followed the description: it is the speaker ("الذي تقول الشائعات بأن"; but "التي توضح
        # الأنشطة المهمة", with nothing said after it, has its object there)
        words = text[toks[described[0]].start:toks[described[1] - 1].end]
        speaker = organization_named(words, linked)
        if speaker is None:  # المهاجم البلجيكي: perhaps a person named before with these words
            speaker = Speaker(None, words, anonymous=True)
            unresolved_title = (sent.index, described[1] - 1, toks[described[0]].start)
    if suffixed and act.lemma in lex.announced_object_verbs and i > 0 and norms[i - 1] in _RELATIVES and (content_start is None or not _words_opened(content_start, toks, norms, lex)):
        return None  # "الهدنة التي اعلنها التحالف العربي": what was announced is the noun before, no words
    if act.kind == "verb" and passive_marked(toks[i].text):
        if content_start is None or not _words_opened(content_start, toks, norms, lex):
            return None  # "اتُهم رئيس الوزراء الماليزي السابق، نجيب عبد الرزاق، بثلاث تهم": charged, no one's words
        speaker = Speaker(None, lex.passive_label, anonymous=True)  # أُعلن أن ...، وُصف ترامب بأنه: by no one named
    pronoun_object = content_start == k + 1 and frame_end <= k + 1 and mention_at(linked, sent, k) is None \
        and norms[k].endswith(("ها", "هم")) and k not in title_tokens and norms[i].endswith("ت")  # وصفت بعضها بالحرجة (not ووصف أخبارها)
    if speaker is None and act.lemma in lex.object_in_content and not suffixed and content_start is not None \
            and (content_start == frame_end == k or pronoun_object) and opens_object(norms[content_start], act, lex):
        if not pronoun_object and not _words_opened(content_start, toks, norms, lex):
            return None  # "ووُصفت بالاحتراف": a passive with a bare noun describes, it reports no words
        speaker = Speaker(None, lex.passive_label, anonymous=True)  # وُصفت بأنها "غير مناسبة": no subject, no object
    quoted_charge = content_start is not None and content_start + 1 < len(toks) and toks[content_start].text in _OPEN \
        and opens_object(norms[content_start + 1], act, lex)  # (واتهم إسرائيل "باتخاذ إجراءات قمعية")
    if speaker is not None and speaker.actor_id is not None and act.kind == "verb" and act.lemma in lex.object_in_content \
            and not suffixed and content_start is not None and (content_start == frame_end or quoted_charge) and speaker_at == k \
            and (opens_object(norms[content_start], act, lex) or quoted_charge) and norms[content_start] not in lex.complementizers:
        if i > 0 and norms[i - 1] in _RELATIVES or toks[i].norm[:1] == "و" and any(lex.verb_lemma(n) for n in norms[:i]):
            speaker = None  # "التقرير ... لمنظمة العفو الدولية ...، الذي اتهم طهران بممارسة": Tehran is the object; so is
            # Israel in "أشار وزير الخارجية التركي ... إليها على أنها "أختنا" واتهم إسرائيل "باتخاذ ..."" (his, going on)
        else:
            return None  # "واتهم نجيب بتلقي 42 مليون رنغيت": the one named was charged (اتُّهم), no object, no words
    pronoun_subject = i > 0 and norms[i - 1] in lex.pronoun_subjects
    if pronoun_subject and speaker is not None and speaker is not NO_SUBJECT and speaker.actor_id is None and speaker.anonymous \
            and text.startswith(speaker.text, toks[k].start):
        speaker = None  # وهي دعت وسائل الإعلام للتركيز: "she" is the subject, the group after the verb its object
    if speaker is None and title_subject is not None and not pronoun_subject and (not title_subject.plural or title_subject.first == k):
        # "قال المتحدث باسم الشركة الألمانية، إن ...": a title no name follows and no one in the
        # article holds: a spokesperson unnamed, not the previous speaker (and "قال وزراء الخارجية العرب في
        # بيان إن": a plural title right after the verb, a group unnamed)
        speaker = Speaker(None, text[title_subject.start:title_subject.end], anonymous=True)
        if not title_subject.plural:  # (a plural title refers to no one holder)
            after = title_subject.last  # (رئيس الوطني: the title's body named by its adjective, "النادي الوطني نايف البلوي")
            described_by = after < len(toks) and norms[after].startswith("ال") and mention_at(linked, sent, after) is None
            unresolved_title = (title_subject.sentence, after if described_by else after - 1, title_subject.start)
    marker_before = None
    if speaker is not None and speaker is not NO_SUBJECT and speaker.actor_id is not None:
        marker_before = frame_end + AGENT_AFTER_SUBJECT  # (أعلنه ... إنفانتينو، بعد اجتماع عقد ... من قبل هيئة: the meeting's)
    agent = None if act.kind in ("adverbial", "owned") or act.kind == "verb" and plural_verb(norms[i]) else \
        passive_agent(k, content_start if content_start is not None else limit, sent, toks, norms, linked, text, lex, marker_before)
    if agent is not None:
        speaker = agent  # يتهم كيري من جانب معارضيه: the accusers speak
    object_said = act.lemma in lex.nominal_with_object and content_start is None and speaker is not None \
        and speaker.actor_id is not None and frame_end < len(toks) and toks[frame_end].norm.isalpha() \
        and norms[frame_end] not in _PREPOSITIONS and mention_at(linked, sent, frame_end) is None \
        and norms[frame_end] not in lex.time_prepositions  # (ويأتي إعلان الولايات المتحدة بعد يوم: when, not what)
    opened = content_start == frame_end and (norms[content_start] in lex.complementizers or opens_object(norms[content_start], act, lex))
    if act.kind == "nominal" and not object_said and (speaker is None or not opened):
        return None  # إعلان X أن ...: a statement only with its owner named and its content opened
    if act.kind == "nominal" and speaker is not None and (owner := linked.actors.get(speaker.actor_id or "")) is not None \
            and owner.type == "city" and name_ends_phrase(i + 1, toks, norms, linked, sent):
        return None  # وإعلان المنامة، باعتبار: a declaration named for a city, no one's words (not "إعلان واشنطن عقوباتها")
    if speaker is None and i > 1 and norms[i - 1] == "من" and act.kind == "verb" and strip_conjunction(norms[i - 2])[1] in lex.partitives:
        start, _ = trim_letters(toks[i - 2], len(strip_conjunction(toks[i - 2].norm)[0]))
        speaker = Speaker(None, text[start:toks[i - 1].end], anonymous=True)  # فمنهم من قال إن: some of them
    if speaker is None and i > 0 and (norms[i - 1] in _TO_THOSE or norms[i - 1] == "من" and act.kind == "verb"):
        return None  # رسالة للذين يتهمون بلاده، من شرح هذا المصطلح: "those who accuse", "who explained"
    if speaker is None and act.lemma in lex.in_document:
        speaker = document_owner(i + 1, content_start if content_start is not None else limit, sent, linked)
    embedded = speaker is None  # (a relative clause's speaker, if one of the three rules below finds it)
    if speaker is None and i > 0 and norms[i - 1] in _RELATIVES:
        speaker = relative_antecedent(i - 1, sent, toks, norms, linked, lex)  # تصريحات X ... التي اتهم فيها
        if i + 1 < len(toks) and norms[i + 1] in IN_IT:
            charged = lambda x: act.lemma in lex.object_in_content and opens_object(norms[x], act, lex)  # noqa: E731
            speaker = subject_after_resumptive(i, speaker, sent, toks, norms, linked, charged) or speaker
        if speaker is None:
            return None  # "وفاة الملا عمر التي أعلنت": a relative clause with nothing to refer to
    if speaker is None and act.kind == "verb" and i + 1 < len(toks) and norms[i + 1] in IN_IT:
        speaker = resumptive_antecedent(i, sent, toks, norms, linked, lex)  # تصريحات لأردوغان ناشد فيها ...
        speaker = subject_after_resumptive(i, speaker, sent, toks, norms, linked) or speaker
        if plural_verb(norms[i]) and (speaker is None or speaker.actor_id is not None):
            speaker = Speaker(None, lex.passive_label, anonymous=True)  # أصدر 12 مديرا ... بيانا، ينددون فيه: "they", no one actor
    if speaker is None and act.kind == "verb" and toks[i].norm[:1] == "و" and (r := _relative_before(i, toks, norms)) is not None:
        speaker = relative_antecedent(r, sent, toks, norms, linked, lex)  # ومارادونا الذي قاد بلاده ... وقال مؤخرا إن
    embedded = embedded and speaker is not None
    if speaker is None and act.kind == "verb" and toks[i].norm.startswith("و") and lex.gender_of_form(norms[i]) == "f":
        speaker = described_after_opening_verb(sent, toks, text, linked)  # وأدانت الصحف السعودية ... تصريحات تميم واعتبرت
    if speaker is None and act.kind == "verb" and not plural_verb(norms[i]):
        speaker = speaker_before(i, sent, toks, linked)  # (خمسة ديمقراطيين أعلنوا: no one person before a plural verb)
    if speaker is None and act.kind == "verb":
        speaker = subject_after_but(i, sent, toks, norms, linked, lex)  # لكن الأمم المتحدة ومنظمات حقوقية ... اتهمت
    if speaker is None and act.kind == "verb" and toks[i].norm[:1] == "و" and back_reference_opening(i, sent, toks, norms, linked, kb, lex):
        speaker = Speaker(None, toks[0].text)  # الصحيفة استندت إلى بعض التسريبات ...، وقالت إن: the paper
    bounds = content_bounds(act, i, k, marker, content_start, frame_end, speaker, speaker_at, described, suffixed,
                            next_index, sent, toks, norms, linked, lex, text, title_tokens)
    if bounds is None:
        return None
    c_start, c_end, before, speaker, own_words = bounds
    if i > 0 and norms[i - 1] in _RELATIVES and only_resumptive(c_start, c_end, toks):
        return None  # نزع الأسلحة النووية الذي تعهد كيم جونغ أون بالقيام به: what was pledged is the noun before, no words
    quotes = quote_spans(text, max(c_start - 1, sent.start), c_end)
    quote_text = " … ".join(text[a:b] for a, b in quotes if a >= c_start - 1)
    about = []
    for m in linked.mentions:
        if c_start <= m.start < c_end and m.actor_id not in about:
            about.append(m.actor_id)
    verb_text = toks[i].text
    frame_start = sent.start if not _has_act_before(i) else toks[i].start
    frame = text[frame_start:c_start] if before is None else text[toks[i].start:toks[min(limit, len(toks)) - 1].end]
    stmt = Statement(
        article_id=article.article_id, speaker_id=None, speaker_text="", verb=verb_text,
        start=c_start, end=c_end, text=text[c_start:c_end], quote=quote_text,
        is_direct=bool(quote_text), channel_id=channel, medium=medium, place_id=place,
        about=about, sentence=sent.index,
    )
    stmt._frame = frame  # type: ignore[attr-defined]
    stmt._title = unresolved_title  # type: ignore[attr-defined]
    stmt._embedded = embedded or i > 0 and norms[i - 1] in _RELATIVES  # type: ignore[attr-defined]
    # (دعمها للاتفاق الذي أعلنت الولايات المتحدة انسحابها منه: a relative clause with its own subject)
    stmt._speaker = speaker  # type: ignore[attr-defined]
    stmt._own_words = own_words  # type: ignore[attr-defined]
    return stmt
