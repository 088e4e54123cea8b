"""Speakers: who performs a reporting act, found the ways Arabic news states it.

The subject right before the verb (وكانت طهران أعلنت), the agent of a passive or relayed
act (من جانب X، على لسان X), the sentence's first person or organisation, a person
named earlier in the clause, a back-reference to an institution (الوزارة، الصحيفة).
"""

from __future__ import annotations

from dataclasses import dataclass

from lib.arabic import definite_nisba, match_form, strip_conjunction
from lib.institutions import organization_heads
from lib.kb import KnowledgeBase
from lib.linking import LinkedArticle
from lib.records import Mention, Sentence
from lib.references import organization_names, spaced_name
from lib.reporting_lexicon import OPEN_QUOTES as _OPEN
from lib.reporting_lexicon import PREPOSITIONS as _PREPOSITIONS
from lib.reporting_lexicon import PUNCT as _PUNCT
from lib.reporting_lexicon import Lexicon, after_opening_aside, lexicon
from lib.trigger_names import honorifics, is_frequent_word

_CLOSING = set(_OPEN.values())  # closing quotation marks
_BEFORE_SUBJECT = {"كان", "كانت", "قد", "وكان", "وكانت", "لكن", "ولكن",  # (ولكن هاينكس أكد أن ...)
                   "تزال", "يزال", "زال", "زالت", "تظل", "يظل"}  # (ولا تزال الولايات المتحدة تتهم ...)


@dataclass
class Speaker:
    actor_id: str | None
    text: str
    anonymous: bool = False


NO_SUBJECT = Speaker(None, "")  # the verb has an object where a subject would be: no subject of its own


def mention_at(linked: LinkedArticle, sent: Sentence, k: int) -> Mention | None:
    return linked.token_mentions.get((sent.index, k))


def mention_type(linked: LinkedArticle, m: Mention) -> str:
    """The type of the actor a mention names ("person", "organization" ...; "" for none)."""
    actor = linked.actors.get(m.actor_id)
    return actor.type if actor is not None else ""


def heads_of(m: Mention, actor, sent: Sentence, linked: LinkedArticle) -> list[str]:
    """Head nouns naming an organisation: its own first word, the mention's, or the word before it
    (صحيفة “ديلي ميل”), so that a later الصحيفة finds it."""
    heads = organization_heads()
    words = [match_form(actor.name_ar.split()[0])] if actor.name_ar.split() else []
    if m.text.split():
        words.append(match_form(m.text.split()[0]))  # (عمادة القبول, merged into "موقع عمادة القبول")
    k = next((x for x, t in enumerate(sent.tokens) if t.start == m.start), None)
    for back in range(k - 1, max(-1, k - 6), -1) if k else ():  # وكالة الأنباء الإيرانية الرسمية "إرنا"
        norm = sent.tokens[back].norm
        if sent.tokens[back].text in _OPEN or norm.startswith("ال"):
            words.append(norm)
            continue
        words.append(norm)
        break
    out = []
    for w in words:
        for form in (w, strip_conjunction(w)[1], w[2:] if w.startswith("ال") else ""):
            if form in heads:
                out.append(form)  # (الجيش الإسرائيلي: a later الجيش is this army)
    return out


def organization_named(words: str, linked: LinkedArticle) -> Speaker | None:
    """The one organisation of the article whose name holds these words: "وأوضحت الخطوط الجوية
    البريطانية" is the "شركة الخطوط الجوية البريطانية للطيران" named before."""
    key = spaced_name(words)
    if key.count(" ") < 3:
        return None  # one word (الشركة) is a back-reference, not a name
    names = organization_names(linked.actors)
    exact = [actor_id for actor_id, name in names.items() if name == key]
    found = exact or [actor_id for actor_id, name in names.items() if key in name]
    return Speaker(found[0], words) if len(found) == 1 else None


def person_described(sentence: int, last: int, start: int, sentences: list[Sentence], linked: LinkedArticle) -> Speaker | None:
    """The person a title or description with an adjective (its last token ``last``, at offset
    ``start``) refers back to: "قال المهاجم البلجيكي" after "النجم البلجيكي إيدين هازارد" (the
    same adjective right before an earlier person's name, and only one such person)."""
    sent = next((s for s in sentences if s.index == sentence), None)
    if sent is None or last < 0:
        return None
    words = [t.norm for t in sent.tokens[:last + 1] if t.start >= start]
    word = next((w for w in reversed(words) if definite_nisba(w)), None)
    if word is None:  # (المتزلجة الفرنسية البالغة من العمر: the adjective of origin, not the last word)
        return None
    found: dict[str, Speaker] = {}
    for s in sentences:
        for k, tok in enumerate(s.tokens[:-1]):
            if tok.start >= start:
                break
            after = k + 2 if s.tokens[k + 1].text in ("،", ",") and k + 2 < len(s.tokens) else k + 1
            m = mention_at(linked, s, after)  # (المتزلجة الفرنسية، غابريلا باباداكيس: a comma before the name)
            actor = linked.actors.get(m.actor_id) if m is not None else None
            if tok.norm == word and actor is not None and actor.type == "person":
                found.setdefault(actor.actor_id, Speaker(actor.actor_id, m.text))
    return next(iter(found.values())) if len(found) == 1 else None


def is_preposition(norm: str) -> bool:
    """في / وعن / فمن: a preposition, also after و or ف (which strip_conjunction leaves on short words)."""
    return norm in _PREPOSITIONS or norm[:1] in "وف" and norm[1:] in _PREPOSITIONS


def is_back_reference(norm: str, kb: KnowledgeBase) -> bool:
    """الوزارة، الصحيفة، المكتب ...: a definite head noun that refers to an institution named before."""
    return norm in kb.institution_refs or (norm.startswith("ال") and norm[2:] in organization_heads())


def feminine_verb(norm: str) -> bool:
    """قالت، ذكرت، تقول: a verb whose subject is feminine (or a thing, or a group)."""
    return norm.endswith("ت") or norm[:1] == "ت"


def plural_verb(norm: str) -> bool:
    """قالوا، يقولون، أعلنوا، ووصفوه: a verb whose subject is plural (never one person), also before an
    object pronoun (its alif dropped: وصفوه، اعتبروها; not نوه)."""
    return norm.endswith(("وا", "ون")) or any(norm.endswith("و" + suffix) and len(norm) - len(suffix) >= 4
                                               for suffix in ("ه", "ها", "هم", "هما"))


def _told_before(j: int, toks) -> bool:
    """A verb of telling (أبلغ، أخبر) one or two words before the token at ``j``."""
    lex = lexicon()
    return any(lex.conjoined_lemma(t.norm) in lex.told_verbs for t in toks[max(0, j - 2):j])


ORGANIZATION_SUBJECT_AT = 2  # an institution subject of a verb the lexicon lacks opens its sentence (ورفضت الوزارة ...، مطالبة)


_SUBORDINATORS = {"بعد", "بعدما", "عقب", "اثر", "عندما", "حين", "حينما", "فور", "قبل"}


def _main_clause_start(i: int, toks) -> int:
    """Where the main clause starts when the sentence opens with a subordinate one ("بعد أن نشر بدر العساكر
    صورة ...، علق الشيخ سلطان ... متحسراً"): at the reporting verb after its comma, whose subject speaks."""
    if not toks or strip_conjunction(toks[0].norm)[1] not in _SUBORDINATORS:
        return 0
    lex = lexicon()
    return next((c + 1 for c in range(1, i - 1) if toks[c].text in {"،", ","} and lex.verb_lemma(toks[c + 1].norm) is not None), 0)


def actor_before(i: int, sent: Sentence, toks, norms, linked: LinkedArticle) -> Speaker | None:
    """The sentence's subject before ``i``: its first person (else organisation) that is no object;
    the actor named right after an opening كان ("وكانت السلطات البلغارية عثرت على جثة فيكتوريا ...،
    مشيرة إلى أن ...") before any other."""
    if i > 2 and toks[0].norm in ("كان", "كانت", "وكان", "وكانت"):
        m = mention_at(linked, sent, 1)
        actor = linked.actors.get(m.actor_id) if m is not None else None
        if actor is not None and actor.type in ("person", "organization", "country") and m.start == toks[1].start:
            return Speaker(actor.actor_id, m.text)
    found: dict[str, Speaker] = {}
    start = _main_clause_start(i, toks)
    said = next((x for x in range(max(start, 1), i) if norms[x - 1] == "القول" and norms[x] in lexicon().complementizers), i)
    # (only after "القول", the saying no act reported: "ويذكر أن نبيل أبوردينة ... انتقد" has its subject after أن)
    for j in range(start, i):
        if j > said:
            break  # ولم يصل إلى حد القول إن ولي العهد ... أمر بذلك، لكنه رأى: a name in words said, no subject
        m = mention_at(linked, sent, j)
        actor = linked.actors.get(m.actor_id) if m is not None else None
        if actor is None or actor.type not in ("person", "organization") or actor.type in found:
            continue
        if j > 0 and mention_at(linked, sent, j - 1) is m:
            continue  # only where the mention starts
        if m.start > toks[j].start and toks[j].norm[:1] in "بل":
            continue  # بجدة / لكيري: a preposition on the name
        prev = j - 1
        while prev >= 0 and (toks[prev].text in _OPEN or strip_conjunction(toks[prev].norm)[1] in organization_heads()):
            prev -= 1  # (في حوار مع موقع «سي إن إن»: the head noun, then the preposition)
        if prev >= 0 and is_preposition(toks[prev].norm):
            continue
        if actor.type == "organization" and _told_before(j, toks):
            continue  # وأبلغ لام رويترز قائلا: the agency told, not the speaker
        if actor.type == "organization" and j > ORGANIZATION_SUBJECT_AT:
            continue  # وأدان باسمه وباسم جميع منسوبي وزارة العدل ...، مشيراً: a genitive deep in the clause, no subject
        if actor.type == "person" and _genitive_of_noun(j, sent, toks, linked):
            continue  # لكن نادي ليستر رفض مغادرة محرز، مطالبا: the object of a verbal noun, not the subject
        found[actor.type] = Speaker(actor.actor_id, m.text)
    return found.get("person") or found.get("organization")


def _genitive_of_noun(j: int, sent: Sentence, toks, linked: LinkedArticle) -> bool:
    """A name right after a frequent indefinite noun in ة that is no title nor part of a name
    ("مغادرة محرز"): the noun's genitive (not "رفض كابيو", a verb and its subject)."""
    if j == 0:
        return False
    prev = toks[j - 1].norm
    if not prev.isalpha() or prev.startswith("ال") or mention_at(linked, sent, j - 1) is not None or prev in honorifics():
        return False
    if any(t.sentence == sent.index and t.first <= j - 1 < t.last for t in linked.titles):
        return False
    return prev.endswith("ه") and len(prev) > 4 and is_frequent_word(prev) and lexicon().conjoined_lemma(prev) is None


def speaker_before(i: int, sent: Sentence, toks, linked: LinkedArticle) -> Speaker | None:
    """A person named before the verb in the same clause (الإبراهيمي ... كان قد صرح), and after any
    reporting verb before it ("وتواجه أوزكان ... وهو ما وصفه محاميها بأنه أمر تافه وطالب": the lawyer's
    clause, not Ozkan's)."""
    lex = lexicon()
    k = i - 1
    while k >= 0 and toks[k].text not in _PUNCT and lex.conjoined_lemma(toks[k].norm) is None \
            and lex.verb_lemma(toks[k].norm) is None:
        k -= 1
    for j in range(k + 1, i):
        m = mention_at(linked, sent, j)
        if m is not None and linked.actors.get(m.actor_id) and linked.actors[m.actor_id].type == "person" \
                and (j == 0 or mention_at(linked, sent, j - 1) is not m):  # (only where the name starts)
            prev = toks[j - 1].norm if j > 0 else ""
            if not is_preposition(prev):  # وعن راموس قال: about him, not his
                return Speaker(m.actor_id, m.text)
    return None


_BUT = {"لكن", "ولكن"}


def subject_after_but(i: int, sent, toks, norms, linked: LinkedArticle, lex: Lexicon) -> Speaker | None:
    """"لكن الأمم المتحدة ومنظمات حقوقية والعديد من الدول الغربية اتهمت الجيش": a clause opened by
    لكن, an actor right after it, and no other verb before this one: that actor leads its subject."""
    k = i - 1
    while k >= 0 and i - k <= 10 and toks[k].text not in _PUNCT and norms[k] not in _BUT:
        if lex.verb_lemma(norms[k]) is not None:
            return None
        k -= 1
    if k < 0 or norms[k] not in _BUT or k + 1 >= i:
        return None
    m = mention_at(linked, sent, k + 1)
    actor = linked.actors.get(m.actor_id) if m is not None else None
    if actor is None or m.start != toks[k + 1].start or actor.type not in ("person", "organization", "country"):
        return None
    return Speaker(actor.actor_id, m.text)


def _apposition_before(k: int, sent, toks, linked: LinkedArticle) -> Speaker | None:
    """A person named between two commas, the second at ``k`` right before the verb, after the
    sentence's opening description and no other comma ("محامي بابادوبولوس، توماس برين، أشار"): the
    apposition names the subject the description begins."""
    m = mention_at(linked, sent, k - 1)
    actor = linked.actors.get(m.actor_id) if m is not None else None
    if actor is None or actor.type != "person":
        return None
    first = k - 1
    while first > 0 and mention_at(linked, sent, first - 1) is m:
        first -= 1
    if first < 2 or toks[first - 1].text not in ("،", ",") or m.start != toks[first].start or toks[first].norm[:1] == "و" \
            or any(t.text in _PUNCT or t.text in _OPEN for t in toks[:first - 1]):
        return None
    return Speaker(actor.actor_id, m.text)


def subject_before_verb(i: int, sent, toks, norms, linked: LinkedArticle, kb: KnowledgeBase) -> Speaker | None:
    """An actor right before the verb that opens its clause: "وكانت طهران أعلنت", "ترامب يطالب";
    or an institution referred back to after كان: "وكان المركز كشف أن"."""
    k = i - 1
    while k >= 0 and norms[k] in ("قد",):
        k -= 1
    past_copula = k >= 1 and norms[k] in ("كان", "كانت") and k < i - 1  # (X كان قد اتهم: قد between them)
    if past_copula:
        k -= 1 + (k >= 2 and norms[k - 1] in kb.title_adjectives)
        # (يذكر أن السفير الروسي السابق كان قد اتهم الداعية: the subject before كان, the one after the verb its object)
    quoted = k >= 2 and toks[k].text in _CLOSING and toks[k - 2].text == toks[k].text or k >= 2 and toks[k].text in _CLOSING \
        and _OPEN.get(toks[k - 2].text) == toks[k].text  # (كانت "آبل" تطالب: a quoted name)
    k -= quoted
    if k >= 1 and is_back_reference(norms[k], kb) and toks[k - 1].norm in _BEFORE_SUBJECT and mention_at(linked, sent, k) is None:
        return Speaker(None, toks[k].text)
    if k >= 3 and toks[k].text in ("،", ",") and toks[0].norm in _BEFORE_SUBJECT and i < 16:
        m = mention_at(linked, sent, 1)  # وكان منصور البلوي المشرف العام على الفريق، أكد ...: the subject after كان
        if m is not None and m.start == toks[1].start and linked.actors.get(m.actor_id) is not None \
                and linked.actors[m.actor_id].type == "person" and not any(t.text in _PUNCT for t in toks[2:k]):
            return Speaker(m.actor_id, m.text)
    if k >= 3 and toks[k].text in ("،", ",") and toks[i].norm[:1] not in "وف" \
            and (appositive := _apposition_before(k, sent, toks, linked)) is not None:  # (not "...، أغنيس كالامار، ووصفها")
        return appositive  # محامي بابادوبولوس، توماس برين، أشار: the lawyer, not his client
    m = mention_at(linked, sent, k) if k >= 0 else None
    if m is None or linked.actors.get(m.actor_id) is None:
        return None
    first = k
    while first > 0 and mention_at(linked, sent, first - 1) is m:
        first -= 1
    lead = first - (quoted and first > 0 and toks[first - 1].text in _OPEN)  # (the opening mark of a quoted name)
    before = toks[lead - 1].text if lead > 0 else ""
    if lead == 0 or before in _PUNCT or norms[lead - 1] in _BEFORE_SUBJECT or toks[lead - 1].norm in _BEFORE_SUBJECT \
            or past_copula and norms[lead - 1] in ("ان", "أن"):
        return Speaker(m.actor_id, m.text)
    if _titled_from_start(first, sent, toks, linked):
        return Speaker(m.actor_id, m.text)  # عضو كتلة المستقبل النائب أحمد فتفت دعا ...
    return None


def _titled_from_start(first: int, sent, toks, linked: LinkedArticle) -> bool:
    """A person's name right after its title, the sentence opening with that title's words (no
    punctuation before it): "عضو كتلة المستقبل النائب أحمد فتفت دعا العماد عون ..."."""
    if first > 8 or any(t.text in _PUNCT or t.text in _OPEN or is_preposition(t.norm) or strip_conjunction(t.norm)[1] in _PREPOSITIONS
                        for t in toks[:first]):
        return False  # (وفي اتصال هاتفي مع نظيره المنغولي تسوغتبار دامدين نفى ...: the counterpart is no subject)
    actor = linked.actors.get(mention_at(linked, sent, first).actor_id or "")
    return actor is not None and actor.type == "person" and any(
        t.sentence == sent.index and t.last == first for t in linked.titles)


def passive_agent(start: int, end: int, sent, toks, norms, linked: LinkedArticle, text: str, lex: Lexicon,
                  marker_before: int | None = None) -> Speaker | None:
    """The agent of a passive or relayed act: "من جانب X" / "على لسان X" (its marker before ``marker_before``)."""
    for q in range(start, min(end, len(toks), len(toks) if marker_before is None else marker_before)):
        for marker in lex.agent_markers:
            after = q + len(marker)
            if tuple(norms[q:after]) != marker or after >= len(toks) or norms[after] in lex.complementizers \
                    or norms[after] in lex.questions or toks[after].text in _PUNCT:
                continue  # (ورفض من قبل أن يرد، كشف من قبل كيف استخدمت: "before", no agent)
            for x in range(after, min(after + 6, end, len(toks))):  # the agent may follow its title
                m = mention_at(linked, sent, x)
                if m is not None and linked.actors.get(m.actor_id) and linked.actors[m.actor_id].type == "person":
                    return Speaker(m.actor_id, m.text)
            m = mention_at(linked, sent, after)
            if m is not None:
                return Speaker(m.actor_id, m.text)
            return Speaker(None, text[toks[after].start:toks[after].end], anonymous=True)
    return None


def clause_subject(sent: Sentence, toks, linked: LinkedArticle, kb: KnowledgeBase) -> tuple[int, Speaker] | None:
    """The person right after a sentence-initial verb (وقام جميل ...), or after the title that
    follows it (كرم مساعد المدير العام للتعليم بجدة عبد العزيز الرفاعي ...), for continuations."""
    v = after_opening_aside([t.norm for t in toks[:4]])  # (من جانبه، رفض وزير الدفاع الإسرائيلي أفيغدور ليبرمان ...)
    if len(toks) < v + 2:
        return None
    m = mention_at(linked, sent, v + 1)
    if m is None and len(toks) > v + 2 and toks[v + 1].norm.isalpha() and not toks[v + 1].norm.startswith("ال"):
        m = mention_at(linked, sent, v + 2)  # واتسمت حملة بيترو بوعود ...: the person whose campaign it is
        if m is not None and m.start != toks[v + 2].start:
            m = None
    if m is not None and linked.actors.get(m.actor_id) and linked.actors[m.actor_id].type == "person":
        return sent.index, Speaker(m.actor_id, m.text)
    if m is not None:
        return None
    title = next((t for t in linked.titles if t.sentence == sent.index and t.first in (v + 1, v + 2)), None)
    if title is None:
        return None
    start = title.last + (title.last < len(toks) and toks[title.last].text in {"،", ","})
    for k in range(start, min(len(toks), title.last + 8)):  # the title's complement, then the name
        if toks[k].text in _PUNCT:  # (وقرر الرئيس الأميركي، دونالد ترمب ...: a comma, then the name)
            break
        m = mention_at(linked, sent, k)
        actor = linked.actors.get(m.actor_id) if m is not None else None
        if actor is not None and actor.type == "person":
            return sent.index, Speaker(actor.actor_id, m.text)
    return None


def anonymous_before_verb(i: int, toks, norms, text: str, lex: Lexicon) -> Speaker | None:
    """An anonymous source or an unnamed group right before the verb: "غير أن مسؤولين محليين
    وصفوهم بأنهم ..."، "وكانت مصادر قالت إن ..."، "وسبق لوسائل إعلام إسبانية أن ذكرت ..."."""
    comma = i > 0 and toks[i - 1].text in {"،", ","}  # (يذكر أن مسؤولا في رئاسة الوزراء الإسرائيلية، قال: after أن only)
    for first in range(i - 1 - comma, max(-1, i - 8), -1):  # (لكن متحدثا باسم الجيش الشعبي لتحرير السودان قال)
        if toks[first].text in _PUNCT:
            return None
        norm = norms[first]
        before = norms[first - 1] if first > 0 else ""
        opener = first > 0 and (before in _GROUP_OPENERS or toks[first - 1].norm in _GROUP_OPENERS)  # (وكانت: no وك + انت)
        opener = opener or before in ("لكن", "ولكن") and norm in lex.anonymous
        prefixed = norm[:1] == "ل" and opener and (norm[1:] in lex.anonymous or norm[1:] in lex.indefinite_groups)
        account = norm in ("صاحب", "صاحبه") and first + 1 < i and norms[first + 1] == "حساب"  # (أما صاحب حساب Ameen فقال)
        if norm in lex.anonymous or prefixed or (norm in lex.indefinite_groups and opener) or account and opener:
            if comma and (before not in lex.complementizers or first > 1 and lex.verb_lemma(norms[first - 2]) is not None
                          and norms[first - 2] not in lex.writers_notes):
                return None  # (أكد أن تقارير استخباراتية متنوعة، خلصت: a verb of the speaker's own words)
            if first == 0 or toks[first - 1].text in _PUNCT or before in lex.complementizers or opener:
                last = i - 1 - comma
                while last > first and (norms[last] in lex.complementizers or norms[last] == "قد"):
                    last -= 1  # (لوسائل إعلام إسبانية | أن ذكرت، دبلوماسيون غربيون | قد أكدوا)
                start = toks[first].start + (1 if prefixed else 0)
                return Speaker(None, text[start:toks[last].end], anonymous=True)
            return None
    return None


_GROUP_OPENERS = {"كان", "كانت", "كانوا", "سبق", "وسبق", "وكان", "وكانت", "وكانوا", "اما"}
# (وكانت مصادر قالت، وسبق لوسائل إعلام أن ذكرت، أما صاحب حساب Ameen فقال)


def back_reference_subject(sent: Sentence, toks, kb: KnowledgeBase) -> Speaker | None:
    """"ونشرت الخارجية تقريرها ...، ووصفت فيه ...": an institution named by its head noun right
    after the sentence's first verb is the subject of the verbs coordinated with it (after an opening
    "من جانب آخر" too: "من جانب آخر حددت الوزارة اشتراطات ...، مشيرة إلى")."""
    v = 3 if len(toks) > 3 and strip_conjunction(toks[0].norm)[1] == "من" and toks[1].norm in _SIDE_WORDS else 0
    if len(toks) > v + 2 and is_back_reference(toks[v + 1].norm, kb):
        return Speaker(None, toks[v + 1].text)
    return None


_SIDE_WORDS = {"جانب", "جهه", "ناحيه"}  # من جانب آخر، من جهة أخرى (matching form)


def past_adjectives(j: int, limit: int, toks, norms, linked, sent, most: int = 2) -> int:
    """The first token from ``j`` past up to ``most`` indefinite nisba adjectives (سياسي، اقتصادية):
    "محلل سياسي" and "خبير اقتصادي بارز" are one description."""
    while most and j < limit and norms[j].endswith(("ي", "يه")) and norms[j].isalpha() and not norms[j].startswith("ال") \
            and len(norms[j]) > 3 and mention_at(linked, sent, j) is None:
        j, most = j + 1, most - 1
    return j


def before_content(j: int, limit: int, toks, norms, lex: Lexicon) -> bool:
    """A comma or أن/إن at ``j``: the description before it is the whole subject."""
    return j < limit and (toks[j].text in ("،", ",") or norms[j] in lex.complementizers)



def mention_following(j: int, limit: int, toks, norms, linked: LinkedArticle, sent: Sentence, lex: Lexicon,
                      window: int) -> Mention | None:
    """The first name within ``window`` words after ``j``, before punctuation or reported content."""
    for x in range(j + 1, min(limit, j + window + 1)):
        if toks[x].text in _PUNCT or norms[x] in lex.complementizers:
            return None
        m = mention_at(linked, sent, x)
        if m is not None:
            return m
    return None


def person_follows(j: int, limit: int, toks, norms, linked: LinkedArticle, sent: Sentence, lex: Lexicon) -> bool:
    """A person named within five words after ``j``: the words before the name are a title or
    description (نقيب المهن التمثيلية أشرف زكي)."""
    m = mention_following(j, limit, toks, norms, linked, sent, lex, window=5)
    actor = linked.actors.get(m.actor_id) if m is not None else None
    if actor is not None and actor.type == "organization":
        at = next(x for x in range(j + 1, limit) if mention_at(linked, sent, x) is m)
        if norms[at - 1] in ("في", "من", "لدي"):  # مفتش في الشرطة الملكية الكندية تيد مونرو: the body he works in, then
            # his name (not a city: "صرح إثر لقائه في باريس نظيره التونسي ناجم الغرسلي" names whom he met)
            end = at
            while end < limit and mention_at(linked, sent, end) is m:
                end += 1
            m = mention_at(linked, sent, end) if end - j <= 6 else None
            actor = linked.actors.get(m.actor_id) if m is not None else None
    return actor is not None and actor.type == "person"
