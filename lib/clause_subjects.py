"""The subject a reporting verb with none after it takes from its sentence: the state or the
described body right after the sentence's opening verb (وشنت إسرائيل ... على أهداف قالت إنها;
وأدانت الصحف السعودية ... واعتبرت أنها), the name or construct between أن and the verb (إلا أن
إدارة الكلية اعتبرت), a back-reference opening the sentence (الصحيفة استندت ...، وقالت), and whether a
verb opens its own clause. Helpers of ``lib/statement_build.py`` and ``lib/statements.py``."""

from __future__ import annotations

from lib.arabic import definite_nisba
from lib.kb import KnowledgeBase
from lib.linking import LinkedArticle
from lib.records import Sentence
from lib.reporting_lexicon import OPEN_QUOTES, Lexicon
from lib.reporting_lexicon import PREPOSITIONS as _PREPOSITIONS
from lib.reporting_lexicon import PUNCT as _PUNCT
from lib.speakers import Speaker, is_back_reference, is_preposition, mention_at
from lib.statement_frames import RELATIVES, contrast_description


def country_after_opening_verb(sent: Sentence, toks, linked: LinkedArticle) -> Speaker | None:
    """The country (or capital) right after the sentence's opening verb ("وشنت إسرائيل ... على أهداف قالت إنها
    إيرانية، مؤكدة أنها"): the subject of a feminine verb later in the sentence that has none of its own
    (the opening verb read as written: "وألقت" is no definite noun, though its matching form begins وال)."""
    if len(toks) < 3 or not toks[0].norm.isalpha() or is_preposition(toks[0].norm) or toks[0].text.startswith(("ال", "وال")) \
            or mention_at(linked, sent, 0) is not None:
        return None
    m = mention_at(linked, sent, 1)
    actor = linked.actors.get(m.actor_id) if m is not None else None
    if actor is None or actor.type not in ("country", "city") or m.start != toks[1].start:
        return None  # (a capital for its government: "وأعادت واشنطن فرض عقوبات ... قائلة إن")
    return Speaker(actor.actor_id, m.text)


def described_after_opening_verb(sent: Sentence, toks, text: str, linked: LinkedArticle) -> Speaker | None:
    """A definite noun and its definite adjective right after a feminine opening verb ("وأدانت الصحف
    السعودية الصادرة اليوم تصريحات تميم واعتبرت أنها"): the unnamed subject of a feminine verb
    coordinated with it later in the sentence, before any name in its object."""
    if len(toks) < 5 or any(mention_at(linked, sent, x) is not None for x in range(2)):  # (السعودية may name the state)
        return None
    verb, noun, adjective = (t.norm for t in toks[:3])
    if not (verb.isalpha() and verb.startswith("و") and verb.endswith("ت") and len(verb) > 4 and not is_preposition(verb)):
        return None
    if not (noun.isalpha() and noun.startswith("ال") and len(noun) > 4 and definite_nisba(adjective)):
        return None
    return Speaker(None, text[toks[1].start:toks[2].end], anonymous=True)


_BARE_COMPLEMENTIZERS = {"ان", "بان", "وان", "فان", "لكن", "ولكن"}
_NOT_HEADS = {"هذا", "هذه", "ذلك", "تلك", "عند", "خلال", "بعد", "قبل", "منذ", "حين", "بين", "كل", "غير", "مثل"}


def subject_after_complementizer(i: int, sent: Sentence, toks, norms, text: str, linked: LinkedArticle,
                                 kb: KnowledgeBase) -> Speaker | None:
    """The name, or a construct no name covers, between أن (or لكن) and the verb: "إلا أن إدارة الكلية
    اعتبرت القرار غير قانوني" — the verb's subject, not a person named earlier in the sentence."""
    for c in range(i - 1, max(-1, i - 8), -1):  # (بيد أن المرصد السوري لحقوق الإنسان أعلن: a long name)
        if norms[c] in _BARE_COMPLEMENTIZERS:
            break
    else:
        return None
    last = i - 1
    while last > c and norms[last] == "قد":
        last -= 1
    first, end = c + 1, last
    if first < end and toks[first].text in OPEN_QUOTES and toks[end].text == OPEN_QUOTES[toks[first].text]:
        first, end = first + 1, end - 1  # (إلا أن "أوبك" اعترفت: a name in quotation marks)
    named = range(first, end + 1)
    m = mention_at(linked, sent, first) if named else None
    actor = linked.actors.get(m.actor_id) if m is not None else None
    if actor is not None and actor.type in ("person", "organization", "country") and m.start == toks[first].start \
            and all(mention_at(linked, sent, x) is m for x in named):
        return Speaker(actor.actor_id, m.text)  # (إلا أن إدارة الكلية اعتبرت: the body named there)
    words = range(c + 1, last + 1)
    if len(words) <= 5 and contrast_description(c, last, sent, norms, linked) and toks[i].norm[:1] not in "وف":
        if len(words) == 1 and is_back_reference(norms[c + 1], kb):
            return None  # (إلا أن الحكومة اضافت: the one named before, found as the last speaker)
        return Speaker(None, text[toks[c + 1].start:toks[last].end], anonymous=True)  # (...، إلا أن السلطات الرسمية في الولاية أكدت)
    if not 1 <= len(words) <= 3 or any(not norms[x].isalpha() or mention_at(linked, sent, x) is not None
                                       or norms[x] in _PREPOSITIONS or is_preposition(norms[x]) for x in words):
        return None
    if len(words) < 2 or norms[c + 1].startswith("ال") or not norms[c + 2].startswith("ال") or toks[i].norm[:1] in "وف" \
            or toks[c + 1].text.endswith(("ه", "ها", "هم")) or norms[c + 1] in _NOT_HEADS or any(norms[x] in RELATIVES for x in words):
        return None
    # (a construct, إدارة الكلية; not "أن المدرب البرتغالي قال", a description of someone named; not "وأن حالته
    # الصحية حرجة وطالبت", a clause before a verb of its own; not "عند الوصول يطلب"، "تراكم الدلائل التي تشير")
    return Speaker(None, text[toks[c + 1].start:toks[last].end], anonymous=True)


def back_reference_opening(i: int, sent, toks, norms, linked, kb, lex: Lexicon) -> bool:
    """The sentence opens with a back-reference (الصحيفة، الوزارة) as the subject of its first verb, and
    the reporting verb at ``i`` goes on with و and agrees with it: "الصحيفة استندت إلى ...، وقالت إن"."""
    if i < 3 or not is_back_reference(norms[0], kb) or mention_at(linked, sent, 0) is not None \
            or any(lex.verb_lemma(n) for n in norms[1:i]) or toks[1].text in _PUNCT or norms[1] in _PREPOSITIONS:
        return False
    return (lex.gender_of_form(norms[i]) == "f") == norms[0].endswith("ه")


def opens_own_clause(i: int, sent, toks, linked) -> bool:
    """The verb at ``i`` opens its clause (واعتبرت، وقد اتهمت، "...، قال"), with no subject or
    relative before it (not "كريس سيليزا يشرح"، "مما يضيف"، "الذين اعتبروا")."""
    if i == 0 or toks[i - 1].text in _PUNCT:
        return True
    return toks[i].text[:1] in "وف" and mention_at(linked, sent, i - 1) is None or toks[i - 1].norm in ("قد", "وقد")
