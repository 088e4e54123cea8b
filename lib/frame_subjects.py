"""Tests on the words after a reporting verb that decide who speaks: an indefinite noun with an
adjective of origin (أبلغ دليل سياحي), a document with or without an owner (أظهرت دراسة صغيرة في
اسكتلندا، الأرقام الأخيرة التي نشرتها السلطات), where an unnamed source works (لمسؤول بوزارة الدفاع),
a name that closes its phrase (وإعلان المنامة،), a description named by "ويدعى", a definite phrase right
before أن, a title's field before its holder's name (وكيل الوزارة للرعاية الاجتماعية)، a rank and name after a
chain of titles, an unnamed source's object after its adjective, a noun that can speak after "كما" + verb,
a body inside a bare title (عضو المجلس الوطني), and words that are only a pronoun for the noun before
the clause (بالقيام به). Helpers of ``lib/statement_build.py``."""

from __future__ import annotations

from lib.institutions import media_heads, organization_heads
from lib.linking import LinkedArticle
from lib.records import Sentence
from lib.relative_speakers import owner_follows
from lib.reporting_acts import Act, opens_object, relay_aside_at
from lib.reporting_lexicon import OPEN_QUOTES as _OPEN
from lib.reporting_lexicon import PREPOSITIONS as _PREPOSITIONS
from lib.reporting_lexicon import PUNCT as _PUNCT
from lib.reporting_lexicon import Lexicon
from lib.speakers import mention_at, mention_type, person_follows
from lib.statement_frames import OWN as _OWN
from lib.statement_frames import RESUMPTIVES as _RESUMPTIVES
from lib.trigger_names import honorifics, is_common_word, preposition_phrase


def nominative_with_nisba(j: int, limit: int, norms, linked, sent) -> bool:
    """أبلغ دليل سياحي كان على متن حافلة، الشرطة أن: an indefinite noun with no accusative alif, then
    an indefinite adjective of origin or kind, is the verb's subject (an object would read "دليلا
    سياحيا"); unnamed, as no name follows it."""
    norm = norms[j]
    if j + 1 >= limit or not norm.isalpha() or len(norm) < 4 or norm.endswith(("ا", "ه", "ي")) or preposition_phrase(norm):
        return False  # (not "تشرح كيف يغذي", nor "وتعهد بانتصار تاريخي": the verb's object)
    adjective = norms[j + 1]
    if j + 2 < limit and norms[j + 2].startswith("ال"):
        return False  # يشير مؤشر مديري المشتريات: a plural in construct, not an adjective
    return adjective.isalpha() and len(adjective) > 3 and adjective.endswith("ي") and not adjective.startswith(("ال", "لل")) \
        and not any(mention_at(linked, sent, x) for x in range(j, min(j + 5, limit)))


def unowned_document(act: Act, j: int, k: int, frame_end: int, limit: int, toks, norms, linked, sent, lex: Lexicon) -> bool:
    """أظهرت دراسة صغيرة في اسكتلندا أن، وأظهر استطلاعان للرأي ... أن: a document no owner follows, the
    subject of a verb that opens the frame and agrees with it, speaks unnamed (the study, the polls)."""
    feminine = norms[j].endswith(("ه", "ات"))
    return norms[j] in lex.documents and j == frame_end == k and act.kind == "verb" \
        and lex.gender_of_form(norms[act.index]) != ("m" if feminine else "f") \
        and not owner_follows(j, limit, toks, norms, linked, sent, lex)


def document_stem(norm: str, lex: Lexicon) -> str | None:
    """تقرير، الأرقام، للأرقام → the document noun without its article or ل, if the word is one."""
    for prefix in ("", "ال", "لل"):
        if norm.startswith(prefix) and norm[len(prefix):] in lex.documents:
            return norm[len(prefix):]
    return None


def document_word(norm: str, lex: Lexicon) -> bool:
    """الأرقام، للأرقام، تقرير: a document noun, with or without the article or ل."""
    return document_stem(norm, lex) is not None


def preposition_width(norm: str) -> int:
    """How many letters of ``norm`` are the ل before a noun: للمعلومات (ل + المعلومات) → 2, the article's
    alif being dropped after it, لمسؤول → 1, anything else → 0."""
    return 2 if norm.startswith("لل") else 1 if norm.startswith("ل") else 0


def where_one_works(x: int, toks, norms, linked, sent) -> bool:
    """A name after في or joined to ب (مسؤول بوزارة الدفاع، مصدر في الخارجية): where an unnamed source
    works, not who owns the words."""
    m = mention_at(linked, sent, x)
    while m is not None and x > 0 and mention_at(linked, sent, x - 1) is m:
        x -= 1  # (the name's first word)
    return m is not None and (norms[x - 1] == "في" or norms[x][:1] == "ب" and m.start > toks[x].start)


def name_ends_phrase(x: int, toks, norms, linked, sent) -> bool:
    """The name at ``x`` is followed by punctuation, و or nothing: it closes its phrase."""
    m = mention_at(linked, sent, x)
    while m is not None and x < len(toks) and mention_at(linked, sent, x) is m:
        x += 1
    return m is not None and (x >= len(toks) or toks[x].text in _PUNCT or norms[x][:1] == "و")


def content_after_place(j: int, limit: int, toks, norms, linked: LinkedArticle, sent: Sentence, lex: Lexicon) -> bool:
    """أن/إن at ``j``, or after a place (في ميونخ) and a comma: the phrase before ``j`` is no object."""
    if j + 1 < limit and norms[j] in ("في", "ب") and (m := mention_at(linked, sent, j + 1)) is not None:
        j += 1
        while j < limit and mention_at(linked, sent, j) is m:
            j += 1
    j += j < limit and toks[j].text in ("،", ",")
    return j < limit and norms[j] in lex.complementizers and not norms[j].startswith("ب")  # (نفت الادعاءات بأن: its object)


def _named_as_word(j: int, limit: int, toks, norms, lex: Lexicon, stops) -> int | None:
    """The index of "ويدعى"/"اسمه" within nine words after a description at ``j``, none of them before it
    a word ``stops`` holds for."""
    for x in range(j + 1, min(limit, j + 10)):
        if stops(x):
            return None
        if lex.names_as(norms[x]):
            return x
    return None


def named_after_description(j: int, limit: int, toks, norms, linked: LinkedArticle, sent: Sentence, lex: Lexicon) -> bool:
    """A description at ``j`` whose person is then named by "ويدعى" or "واسمه" before the reported
    words: "قال مبتكر وسيلة النقل الصغيرة للغاية، ويدعى كونياكو سايتو (26 عاما) إن"."""
    x = _named_as_word(j, limit, toks, norms, lex,
                       lambda y: norms[y] in lex.complementizers or toks[y].text in _OPEN or toks[y].text == ":")
    return x is not None and person_follows(x, limit, toks, norms, linked, sent, lex)


def named_in_quotes(j: int, limit: int, toks, norms, lex: Lexicon) -> int | None:
    """The end (past the closing mark) of a description at ``j`` named in quotes by "يدعى": "مطعم عربي في
    مدينة ليفربول يدعى "بخشيش"", a subject no name the recogniser knows; None if there is none."""
    x = _named_as_word(j, limit, toks, norms, lex, lambda y: norms[y] in lex.complementizers or toks[y].text in _PUNCT)
    if x is None:
        return None
    opening = x + 1 if x + 1 < limit and toks[x + 1].text in _OPEN else None
    close = next((y for y in range(x + 2, min(limit, x + 6)) if opening and toks[y].text == _OPEN[toks[opening].text]), None)
    return close + 1 if close is not None else None


IN_IT = {"فيها", "فيه"}  # ناشد فيها: a verb of a relative clause on the words it follows


def title_field(j: int, limit: int, toks, norms, linked, sent, title_tokens: set[int]) -> bool:
    """"ودعا وكيل الوزارة للرعاية الاجتماعية والأسرة الدكتور عبدالله معيقل": what the title is for, right
    after it, with the holder's name a few words on; no object of the verb (as in "دعا الوزير للتهدئة")."""
    if j - 1 not in title_tokens or not norms[j].startswith("لل"):
        return False
    for x in range(j + 1, min(limit, j + 6)):
        if toks[x].text in _PUNCT:
            return False
        if (m := mention_at(linked, sent, x)) is not None:
            return mention_type(linked, m) == "person"
    return False


def honoured_person_follows(j: int, limit: int, toks, norms, linked, sent, act: Act, lex: Lexicon) -> bool:
    """"وشدد أستاذ طب وجراحة العيون المشارك ونائب رئيس جمعية طب العيون الدكتور عبد الله العتيبي على":
    a rank and a person's name after it, before any punctuation or what opens the words, end the
    titles the subject opens with; the noun at ``j`` is no object (nor a preposition with its pronoun:
    "الذي كشف عنه السيد أحمد الدويك" tells what was revealed before)."""
    if act.kind != "verb" or norms[j] in _RESUMPTIVES or norms[j] in IN_IT or norms[j] in _OWN:
        return False  # (not "بعد إعلان نبأ وفاة الفنانة ميرنا المهندس": the news of her death, no words of hers)
    for x in range(j + 1, min(limit, j + 16) - 1):
        if toks[x].text in _PUNCT or norms[x] in lex.complementizers or norms[x] in _PREPOSITIONS \
                or opens_object(norms[x], act, lex) and mention_at(linked, sent, x) is None:
            return False  # (not "أوردت مقالات ... حول السيدة فاطمة الزهراء": a name in the object)
        if norms[x] in honorifics() and (m := mention_at(linked, sent, x + 1)) is not None and mention_type(linked, m) == "person":
            return True
    return False


def object_after_adjective(x: int, toks, norms) -> bool:
    """"ووصفت مصادر طبية | حالته بالمستقرة"، "وصف مصدر دبلوماسي تركي | الاتهامات": after an unnamed source's
    indefinite adjective, a definite word or one with a pronoun is the verb's object, not more of the source."""
    prev, norm = norms[x - 1], norms[x]
    adjective = prev.endswith(("ي", "يه")) and len(prev) > 3 and not prev.startswith("ال") and prev.isalpha()
    return adjective and norm.isalpha() and (norm.startswith("ال") or toks[x].text.endswith(("ه", "ها", "هم")) and len(norm) > 4) \
        and norm not in _PREPOSITIONS


def relayed_aside(j: int, limit: int, toks, norms, linked, sent, lex: Lexicon) -> tuple[int, str] | None:
    """"وقالت كما نقلت عنها وكالة الانباء الطلابية «...»": the channel named right after the verb, before
    the words. Returns the first token after the channel's name, and the channel."""
    if not (j + 3 < limit and relay_aside_at(j, toks, norms, lex)):
        return None
    m = mention_at(linked, sent, j + 3)
    if m is None:
        return None
    end = j + 3
    while end < limit and mention_at(linked, sent, end) is m:
        end += 1
    return end, m.actor_id


def only_resumptive(start: int, end: int, toks) -> bool:
    """Words of at most two words ending on a pronoun for the noun before the clause (بالقيام به)."""
    words = [t.norm for t in toks if start <= t.start < end and t.norm.isalpha()]
    return 0 < len(words) <= 2 and words[-1] in _RESUMPTIVES


def after_bare_title(j: int, sent, linked) -> bool:
    """A body named right after a bare title (عضو المجلس الوطني): the member speaks, not the body."""
    return any(t.sentence == sent.index and t.first < j <= t.last and t.bare for t in linked.titles)


def speaker_noun(j: int, norm: str, linked, sent, lex: Lexicon) -> bool:
    """An indefinite noun that can speak after "كما" + verb: a body's head (كما وصف اتحاد مراسلي البيت
    الأبيض), an outlet, a document, an unnamed source, a relative or a group, or a noun a name follows."""
    return norm in organization_heads() or norm in media_heads() or document_word(norm, lex) or norm in lex.anonymous \
        or norm in lex.kinship or norm in lex.indefinite_groups or mention_at(linked, sent, j + 1) is not None \
        or not is_common_word(norm)  # (كما دعا عريقات الدول، كما تقول لوبا: a name the recogniser missed)


# Words from a definite description's start to the name it announces ("المحلل السياسي الكويتي وأستاذ
# العلوم السياسية بجامعة الكويت الدكتور عبد الله النفيسي"; not "وتتوقع السلطات وصول دفعة أخرى ... على متن
# سفينة ... تحمل اسم "أوريوني"": the ship's name, far in the object).
DESCRIBED_NAME_WITHIN = 12
LIST_PRONOUNS = {"هم", "هما", "هي", "هو", "هن", "وهم", "وهما", "وهي", "وهو", "وهن"}


def object_after_title(title_last: int, j: int, toks, norms, linked, sent, lex: Lexicon, title_tokens: set[int]) -> bool:
    """"كشف المتحدث باسم وزارة الخارجية التركية في تصريحات لـCNN، الإثنين، تفاصيل جديدة بشأن ... جمال خاشقجي":
    an indefinite noun after a comma that follows the title opening the subject, before the name at ``j``,
    begins the verb's object, so the name is in it (not "الرئيس التنفيذي للاتحاد الإنجليزي، مارتين غلين", nor
    "عضو مجلس ادارة غرفة الرياض ... محمد فهد الحمادي": the title's complement)."""
    comma = next((x for x in range(title_last, j) if toks[x].text in ("،", ",")), None)
    if comma is None:
        return False  # (عضو مجلس ادارة غرفة الرياض ... محمد فهد الحمادي: the title's complement, no comma before the name)
    return any(norms[x].isalpha() and not norms[x].startswith(("ال", "ل", "ب", "و")) and x not in title_tokens
               and mention_at(linked, sent, x) is None and norms[x] not in lex.time_words and norms[x] not in _PREPOSITIONS
               and norms[x] not in lex.speech_nouns and norms[x] not in lex.media_words and norms[x] not in honorifics()
               for x in range(comma + 1, j))
