"""Speakers of relative clauses and documents, which name their speaker before the verb or not at all.

The antecedent of التي/الذي (تصريحات ولي العهد ... التي اتهم فيها إيران), the actor a فيه/فيها
refers back to (بيان أصدره البيت الأبيض وذكر فيه، مقاطع فيديو يدعو فيها نافالني), and the owner
of a document's words (وجاء في بيان للحكومة الإسرائيلية أن، تقرير نشرته "دويتشه فيله").
"""

from __future__ import annotations

from lib.arabic import strip_conjunction
from lib.institutions import organization_heads
from lib.linking import LinkedArticle
from lib.records import Sentence
from lib.reporting_lexicon import CLAUSE_BREAKS, SINGULAR_RELATIVES, Lexicon
from lib.reporting_lexicon import OPEN_QUOTES as _OPEN
from lib.reporting_lexicon import PREPOSITIONS as _PREPOSITIONS
from lib.reporting_lexicon import PUNCT as _PUNCT
from lib.speakers import Speaker, actor_before, feminine_verb, mention_at, mention_following, mention_type

_MASCULINE_RELATIVES = {"الذي", "الذين", "اللذان", "اللذين"}
_PLURAL_ENDINGS = ("وا", "ون", "ان", "تا", "ن")  # قالوا، يقولون، تقولان، قالتا، قلن: a plural or dual verb
_PEOPLE_RELATIVES = {"الذين", "اللذان", "اللتان", "اللذين", "اللتين", "اللواتي", "اللاتي"}  # (as written, before any و)


def _state_at(k: int, sent: Sentence, linked: LinkedArticle) -> bool:
    return (m := mention_at(linked, sent, k)) is not None and mention_type(linked, m) == "country"


def relative_antecedent(r: int, sent: Sentence, toks, norms, linked: LinkedArticle, lex: Lexicon, direct: bool = True) -> Speaker | None:
    """The speaker of a reporting verb in a relative clause without a subject of its own.

    "تصريحات ولي العهد ... محمد بن سلمان، ...، التي اتهم فيها إيران": the owner of the words the
    clause describes; "وفق وفا التي أشارت إلى أن": the actor the pronoun refers to, which must
    agree with it (a person takes الذي, an institution or a state التي: "وفاة الملا عمر التي
    أعلنت" is no statement of the Mullah's).
    """
    comma = r > 1 and toks[r - 1].text in ("،", ",")
    feminine = r + 1 < len(norms) and (norms[r + 1][:1] == "ت" or norms[r + 1].endswith("ت")) and norms[r + 1] != "تعتبر"
    # (not "اليابان، التي تعتبر على الورق رائدة": "which is considered")
    before = r - 1 - (comma and (norms[r] == "الذي" or norms[r] in ("التي", "التى") and feminine and _state_at(r - 2, sent, linked)))
    # (هورست سيهوفر، الذي اعتبر; مع باكستان، التي ترفض تلك الاتهامات وتشير: a state too, its verb feminine, never
    # "لوكالة رويترز، التي"; not "زيارته إلى فرنسا، التي اتهم فيها", the visit's statements)
    m = mention_at(linked, sent, before) if direct and r > 0 and toks[r].norm[:1] != "و" else None  # (والتي: an earlier noun's)
    actor = linked.actors.get(m.actor_id) if m is not None else None
    if actor is not None and (actor.type in ("person", "organization", "country") or actor.type == "city" and norms[r] == "التي"):
        masculine = norms[r] in _MASCULINE_RELATIVES  # (غضب أنقرة التي تعهدت بالرد: a capital speaking for its state)
        head = strip_conjunction(m.text.split()[0])[1] if m.text.split() else ""
        head = head[2:] if head.startswith("ال") else head
        masculine_body = actor.type == "organization" and head in organization_heads() and not head.endswith("ة")
        if (actor.type == "person" or masculine_body) == masculine:
            return Speaker(actor.actor_id, m.text)  # (المرصد السوري الذي أعلن: a body whose head is masculine)
    if toks[r].norm[:1] == "و" and (owner := _earlier_clause_owner(r, sent, toks, norms, linked, lex)) is not None:
        return owner  # التصريحات التي أدلى بها السفير ...، والتي اتهم فيها: the one who made them
    people = _people_before(r, sent, toks, norms, linked, lex) if direct and (toks[r].norm in _PEOPLE_RELATIVES or toks[r].norm == "التي") else None
    if people is not None:
        return people  # وتحاكم المرأتان - اللتان تقولان إنهما ...: the two women, unnamed
    for k in range(r - 1, max(-1, r - 20), -1):
        norm = norms[k][2:] if norms[k].startswith("ال") else norms[k]
        if lex.owned_speech(norm):
            return actor_before(k, sent, toks, norms, linked)  # حذفت غاغا تغريدتها التي أشارت فيها: her tweet
        if norm not in lex.speech_nouns and not (norm.endswith("ا") and norm[:-1] in lex.speech_nouns):
            continue  # (أصدر الرئيس التنفيذي بيانا عبر فيه: بيانا is the statement, no earlier بيان)
        if k + 1 < r and toks[k + 1].text in _OPEN:
            return None  # رسالة "أمريكا أولا" التي استخدمها: the message's own title, no owner
        for x in range(k + 1, min(r, k + 9)):
            owner = mention_at(linked, sent, x)
            if owner is not None and linked.actors.get(owner.actor_id):
                prev = x - 1
                while prev > k and strip_conjunction(toks[prev].norm)[1] in organization_heads():
                    prev -= 1
                prev = max(k, _before_title(prev, sent, linked))
                if norms[prev] in _PREPOSITIONS or norms[prev] == "عبر":
                    return None  # (تغريدة عبر صفحته على موقع تويتر: where it was posted, not whose)
                return Speaker(owner.actor_id, owner.text)
        return None
    return None


def _before_title(k: int, sent: Sentence, linked: LinkedArticle) -> int:
    """The token before the title that ``k`` lies in (``k`` itself when it lies in none): in "خطابا
    إلى رئيس الاتحاد السعودي تطالب فيه" the body is named after the title a preposition governs."""
    title = next((t for t in linked.titles if t.sentence == sent.index and t.first <= k < t.last), None)
    return title.first - 1 if title is not None else k


def _earlier_clause_owner(r: int, sent: Sentence, toks, norms, linked: LinkedArticle, lex: Lexicon) -> Speaker | None:
    """"التصريحات التي أدلى بها السفير الروسي السابق ... فلاديمير تيتورينكو، ...، والتي اتهم فيها":
    a relative joined by و to an earlier one on a noun for words shares its antecedent, and the person
    the earlier clause names made them."""
    earlier = next((x for x in range(r - 1, max(0, r - 30), -1) if toks[x].norm == norms[r]), None)
    if earlier is None or norms[earlier - 1].removeprefix("ال") not in lex.speech_nouns:
        return None
    for x in range(earlier + 1, min(r, earlier + 14)):
        m = mention_at(linked, sent, x)
        actor = linked.actors.get(m.actor_id) if m is not None else None
        if actor is not None and norms[x - 1] not in _PREPOSITIONS:  # (السفير الروسي السابق لدى قطر: where he served)
            return Speaker(actor.actor_id, m.text) if actor.type == "person" else None
    return None


def _people_before(r: int, sent: Sentence, toks, norms, linked: LinkedArticle, lex: Lexicon) -> Speaker | None:
    """A definite noun no name is, right before a relative that only people take (الذين، اللتان) or
    a dash or comma before it: "المرأتان - اللتان"، "المتظاهرون الذين"; or a plural of things before
    التي and a feminine verb ("الشركات التي أعلنت")."""
    before = r - 1 - (r > 1 and toks[r - 1].text in ("-", "–", "،", ","))
    if before < 0 or not (norms[before].startswith("ال") and norms[before].isalpha()) or mention_at(linked, sent, before) is not None \
            or r + 1 >= len(norms):
        return None
    if toks[r].norm == "التي":  # من أولى الشركات التي أعلنت أنها: a plural of things, a feminine verb
        if not (norms[before].endswith("ات") and len(norms[before]) > 5 and norms[r + 1][-1:] == "ت"
                and r + 2 < len(norms) and norms[r + 2] in lex.complementizers):
            return None  # (والتوقيعات التي طلبت منه: "asked of him", no words)
    elif not norms[r + 1].endswith(_PLURAL_ENDINGS):
        return None  # (المسئولين الذين يرى أنهم: "he" sees, the clause's own subject)
    first = before
    while first > 0 and before - first < 2 and norms[first - 1].isalpha() and not norms[first - 1].startswith(("ال", "و")) \
            and norms[first - 1] not in _PREPOSITIONS and mention_at(linked, sent, first - 1) is None:
        first -= 1  # رواد شبكات التواصل الذين طالبوا: the construct's head and its genitives
    if first < before and not (first > 0 and (norms[first - 1] in _PREPOSITIONS or toks[first - 1].text in _PUNCT)):
        first = before  # (وتحاكم المرأتان: a verb, not a construct's head)
    return Speaker(None, " ".join(t.text for t in toks[first:before + 1]), anonymous=True)


def resumptive_antecedent(i: int, sent: Sentence, toks, norms, linked: LinkedArticle, lex: Lexicon) -> Speaker | None:
    """The speaker of a verb followed by "فيها/فيه" with no subject: "عقب تصريحات لأردوغان ناشد
    فيها الأتراك" (the owner of the words), "تقدمت وزارة الخارجية السورية بشكوى ...، اتهمت فيها
    الأردن" (the actor that made the complaint: the nearest one before, not after a preposition,
    within the clause)."""
    owner = relative_antecedent(i, sent, toks, norms, linked, lex, direct=False)  # (the word before the verb is no relative's antecedent)
    if owner is not None:
        return owner
    for k in range(i - 1, max(-1, i - 20), -1):
        if norms[k] in CLAUSE_BREAKS:
            return None
        m = mention_at(linked, sent, k)
        actor = linked.actors.get(m.actor_id) if m is not None else None
        if actor is None or actor.type not in ("person", "organization", "country"):
            continue
        first = k
        while first > 0 and mention_at(linked, sent, first - 1) is m:
            first -= 1
        prev = first - 1
        while prev >= 0 and (toks[prev].text in _OPEN or strip_conjunction(toks[prev].norm)[1] in organization_heads()):
            prev -= 1  # (تغريدة عبر صفحته على موقع تويتر كتب فيها: the site's head noun, then the preposition)
        prev = _before_title(prev, sent, linked)
        if prev >= 0 and norms[prev] in _PREPOSITIONS or m.start > toks[first].start:
            continue  # (إلى مجلس الأمن، لأردوغان: an object)
        return Speaker(actor.actor_id, m.text)
    return None


def document_owner(start: int, end: int, sent: Sentence, linked: LinkedArticle) -> Speaker | None:
    """"وجاء في بيان للحكومة الإسرائيلية أن ..."، "وورد في التقرير الذي نشرته منظمة العفو أن ...": the
    first person, organisation or state named between a document verb and its content owns the words."""
    for k in range(start, end):
        m = mention_at(linked, sent, k)
        actor = linked.actors.get(m.actor_id) if m is not None else None
        if actor is not None and actor.type in ("person", "organization", "country"):
            return Speaker(actor.actor_id, m.text)
    return None


def subject_after_resumptive(i: int, antecedent: Speaker | None, sent, toks, norms, linked,
                             object_opened=lambda x: False) -> Speaker | None:
    """"مقاطع فيديو يدعو فيها المعارض الروسي ألكسي نافالني المواطنين ...": a masculine verb after
    which فيها refers to a thing (no person before it) has the person named after فيها as subject.
    A name right before the verb's object opener (``object_opened`` at the next token) is its object:
    "والتي اتهم فيها القرضاوي بتقديم طلب" (al-Qaradawi is the one accused)."""
    actor = linked.actors.get(antecedent.actor_id or "") if antecedent is not None else None
    if actor is not None and actor.type == "person" or feminine_verb(norms[i]):
        return None
    for x in range(i + 2, min(i + 6, len(toks))):
        if toks[x].text in _PUNCT:
            return None
        m = mention_at(linked, sent, x)
        if m is not None:
            found = linked.actors.get(m.actor_id)
            after = next((y for y in range(x, len(toks)) if toks[y].start >= m.end), None)
            if after is not None and object_opened(after):
                return None
            return Speaker(found.actor_id, m.text) if found is not None and found.type == "person" else None
        if not norms[x].startswith("ال"):
            return None
    return None


def owner_follows(j: int, limit: int, toks, norms, linked, sent, lex: Lexicon) -> bool:
    """A name within the next few words of a document noun, before any punctuation or reported content
    (تقرير نشرته اليوم "دويتشه فيله"; not وترجح تقارير أن ريك ..., nor "دراسة صغيرة في اسكتلندا"، "التقارير
    الواردة من سوريا": where it was made)."""
    relative = any(n in ("التي", "الذي") for n in norms[j + 1:j + 3])  # النشرة الإحصائية التي تصدرها دوريا مؤسسة النقد
    m = mention_following(j, limit, toks, norms, linked, sent, lex, window=6 if relative else 4)
    if m is None:
        return False
    at = next(x for x in range(j + 1, limit) if mention_at(linked, sent, x) is m)
    actor = linked.actors.get(m.actor_id)
    return not (norms[at - 1] in ("في", "من") and (m.label == "LOC" or actor is not None and actor.type in ("city", "country")))


def saying_relative(i: int, sent: Sentence, toks, norms, linked: LinkedArticle, lex: Lexicon) -> Speaker | None:
    """"بقوله" inside a relative clause: its antecedent speaks ("لبلاتر الذي قدم ... استقالة، ثم حاول لاحقا
    اللعب على الكلام بقوله: إنه لم يستقل"), not the subject of the sentence's main clause."""
    for r in range(i - 1, max(-1, i - 40), -1):
        if lex.conjoined_lemma(norms[r]) is not None:
            return None  # (another verb of saying between: its own clause)
        if norms[r] in SINGULAR_RELATIVES:
            return relative_antecedent(r, sent, toks, norms, linked, lex)
    return None
