"""Where a statement's parts lie in its sentence: the subject phrase after a verb, the end of
the reported content, the content before "كما أضاف X", and the clause words that decide them;
and each statement's date. Helpers of ``lib/statements.py``."""

from __future__ import annotations

from lib.arabic import match_form
from lib.dates import resolve_date
from lib.linking import LinkedArticle
from lib.records import Article, Sentence, Statement
from lib.reporting_acts import Act, after_content_marker, opens_object
from lib.reporting_lexicon import OPEN_QUOTES as _OPEN
from lib.reporting_lexicon import PREPOSITIONS as _PREPOSITIONS
from lib.reporting_lexicon import PUNCT as _PUNCT
from lib.reporting_lexicon import Lexicon
from lib.speakers import Speaker, feminine_verb, mention_at

BOTH = {"كلا", "كل"}
CONTRASTS = {"لكن", "ولكن", "بينما", "فيما", "ثم", "حين"}
OWN = {"له", "لها", "لهم", "لهما"}
RESUMPTIVES = {"به", "بها", "عنه", "عنها", "بهم"}
RELATIVES = {"التي", "الذي", "الذين", "اللذان", "اللتان", "اللواتي", "التى"}


def phrase_end(j: int, limit: int, toks, norms, act: Act, lex: Lexicon, linked: LinkedArticle, sent: Sentence,
                definite: bool = False) -> int:
    """End (exclusive) of the short noun phrase at ``j`` that is a verb's subject: up to four words,
    stopping at punctuation, a quote, reported content, a time word, a name or the verb's object;
    a ``definite`` description (المفوضية العليا للاجئين) goes on only with definite words."""
    end = j + 1
    while end < min(limit, j + 4):
        norm = norms[end]
        group_min = norm == "من" and end == j + 1  # عدد من السياسيين: the group's own من
        if definite and not norm.startswith(("ال", "لل", "ل")) or norm in RELATIVES or norm in _PREPOSITIONS and not group_min \
                or norm in ("ما", "مما", "عما"):  # (ونفى قريب الجاني | ما يتم تداوله: what he denied)
            break
        if toks[end].text in _PUNCT or toks[end].text in _OPEN or toks[end].text == "(" or toks[end].norm == "ل" or norm in lex.complementizers or norm in lex.time_words \
                or norm in lex.relay_speech or norm in lex.questions and act.lemma in lex.asking_verbs \
                or mention_at(linked, sent, end) is not None or opens_object(norm, act, lex) or norm in lex.media_words:
            break
        end += 1
    return end


def relative_with_subject(i: int, sent: Sentence, norms: list[str], linked: LinkedArticle) -> bool:
    """"... بلدة خان شيخون التي تتهم واشنطن النظام السوري بشنه": a relative clause with its own
    named subject reports that actor's words even inside another statement."""
    after = i + 2 if i + 2 < len(norms) and norms[i + 1] in ("فيها", "فيه") else i + 1  # (التي يدعو فيها نافالني)
    if i > 0 and norms[i - 1] in RELATIVES and mention_at(linked, sent, after) is not None:
        return True
    return _described_by_named(i, sent, norms, linked)


def _described_by_named(i: int, sent: Sentence, norms: list[str], linked: LinkedArticle) -> bool:
    """"متهما بمساعدة جماعة تقول أنقرة إنها وراء تدبير محاولة انقلاب": a clause describing an indefinite
    noun, whose verb has a named subject and its own إن/أن, reports that actor's words."""
    prev = norms[i - 1] if i > 0 else ""
    if not (prev.isalpha() and len(prev) > 3 and not prev.startswith(("ال", "لل")) and prev not in _PREPOSITIONS):
        return False
    m = mention_at(linked, sent, i + 1) if i + 1 < len(norms) else None
    if m is None or m.start != sent.tokens[i + 1].start or norms[i][:1] not in "يت":
        return False  # (the verb in the present, its subject no preposition's: not "مقال رأي بصحيفة ... إن")
    x = i + 1
    while x < len(norms) and mention_at(linked, sent, x) is m:
        x += 1
    return x < len(norms) and norms[x] in ("ان", "انه", "انها", "انهم", "بان", "بانه", "بانها")


def contrast_with_subject(act: Act, sent: Sentence, norms: list[str], linked: LinkedArticle) -> bool:
    """"وكانت كوريا الشمالية قد أعلنت أنها وفت بوعدها لكن بعد ساعات أعلن ترامب إلغاء القمة": a
    contrast (لكن، بينما، فيما ...) shortly before a verb with its own named subject opens a new
    clause, not more of what was said before it."""
    i = act.index
    if act.kind == "verb" and _named_after_contrast(i, sent, norms, linked):
        return True
    if act.kind != "verb" or i + 1 >= len(norms) or not any(n in CONTRASTS for n in norms[max(0, i - 3):i]):
        return False
    nxt = norms[i + 1]
    people = nxt.startswith("ال") and nxt.endswith("ون") and len(nxt) > 5  # فيما عبر الأوروبيون عن أسفهم
    return mention_at(linked, sent, i + 1) is not None or people


CONTRAST_THAT = {"الا", "غير", "بيد"}  # إلا أن، غير أن، بيد أن: "but"


def _named_after_contrast(i: int, sent: Sentence, norms: list[str], linked: LinkedArticle) -> bool:
    """"أعلنت "سانا" مقتل مدنيين ...، بيد أن المرصد السوري لحقوق الإنسان أعلن إصابة الضربات": a contrast
    (إلا أن، غير أن، بيد أن) after a comma and the verb's subject right before it open a new clause:
    a name, or a definite description ("...، إلا أن السلطات الرسمية في الولاية أكدت أن")."""
    last = i - 1
    while last > 0 and norms[last] in ("قد", "كان", "كانت"):
        last -= 1
    m = mention_at(linked, sent, last) if last > 1 else None
    if m is not None:
        first = last
        while first > 0 and mention_at(linked, sent, first - 1) is m:
            first -= 1
        return first > 1 and norms[first - 1] == "ان" and norms[first - 2] in CONTRAST_THAT
    that = next((x for x in range(last, max(1, last - 5), -1) if norms[x] == "ان"), None)
    return that is not None and contrast_description(that, last, sent, norms, linked)


def contrast_description(that: int, last: int, sent: Sentence, norms: list[str], linked: LinkedArticle) -> bool:
    """أن at ``that`` after a contrast (إلا، غير، بيد) that opens its sentence or follows a comma, then a
    definite description no name begins, up to ``last``: "...، إلا أن السلطات الرسمية في الولاية | أكدت"."""
    toks = sent.tokens
    return 0 < that < last and norms[that] == "ان" and norms[that - 1] in CONTRAST_THAT \
        and (that == 1 or toks[that - 2].text in ("،", ",")) and norms[that + 1].startswith("ال") \
        and all(norms[x].isalpha() for x in range(that + 1, last + 1)) and mention_at(linked, sent, that + 1) is None


def nominal_with_owner(act: Act, sent: Sentence, norms: list[str], linked: LinkedArticle, lex: Lexicon,
                       title_tokens: set[int]) -> bool:
    """"... وذلك بعد ساعات من قول الرئيس رجب طيب إردوغان إن عملية السلام أصبحت مستحيلة": a verbal
    noun whose owner, a person, is named right after it (a title between) with its own أن/إن is
    another speaker's statement, even inside someone's words."""
    if act.kind != "nominal":
        return False
    x = act.index + 1
    while x < len(norms) and x in title_tokens and x - act.index <= 3:
        x += 1
    m = mention_at(linked, sent, x) if x < len(norms) else None
    actor = linked.actors.get(m.actor_id) if m is not None else None
    if actor is None or actor.type != "person":
        return False
    while x < len(norms) and mention_at(linked, sent, x) is m:
        x += 1
    return x < len(norms) and norms[x] in lex.complementizers


def has_act_before(i: int) -> bool:
    return i > 3


def not_a_person(speaker: Speaker, linked: LinkedArticle) -> bool:
    """An institution (known, or named by a back-reference such as التحالف) that a title's person
    after it replaces as the speaker: "المتحدث باسم قوات التحالف العقيد تركي المالكي"."""
    if speaker.actor_id is None:
        return not speaker.anonymous and bool(speaker.text)
    actor = linked.actors.get(speaker.actor_id)
    return actor is not None and actor.type != "person"


def title_before(linked: LinkedArticle, sent: Sentence, j: int, verb: int) -> bool:
    """A title opens the subject before the institution at ``j`` (المتحدث باسم | الخارجية الروسية),
    so a person after it is the title's holder; a title after the institution ("أكدت الرئاسة
    السودانية في بيان، مشاركة الرئيس عمر البشير") is in what was said."""
    return any(t.sentence == sent.index and verb < t.first < j for t in linked.titles)  # (not "الرئيس الفرنسي ... وفق الإليزيه")


def content_before(toks, sent: Sentence, marker: int) -> tuple[int, int]:
    end = marker
    while end > 0 and toks[end - 1].text in _PUNCT:
        end -= 1
    return sent.start, toks[end - 1].end if end > 0 else sent.start


def content_end(toks, sent: Sentence, next_index: int, after: int = -1) -> int:
    if next_index >= len(toks):
        end = len(toks)
        while end > 0 and toks[end - 1].text in (".", "،", ","):
            end -= 1
        return toks[end - 1].end if end > 0 else sent.end
    cut = next_index
    for back in range(next_index - 1, max(next_index - 5, 0), -1):
        if toks[back].text in _PUNCT:
            cut = back
            break
    else:  # (...، بيد أن المرصد السوري لحقوق الإنسان أعلن: the contrast and its long-named subject)
        if next_index > after + 3 and toks[next_index - 2].norm == "بعد" and toks[next_index - 1].norm in ("ان", "أن"):
            return toks[next_index - 3].end  # (على تسليم نفسه للسلطات | بعد أن قالت: the time of the next act)
        cut = next((b - 1 for b in range(next_index - 2, max(next_index - 10, after + 2, 1), -1) if toks[b - 1].text in _PUNCT
                    and toks[b].norm in CONTRAST_THAT and toks[b + 1].norm == "ان"), cut)
    return toks[cut - 1].end if cut > 0 else sent.start


def skip_space(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def assign_dates(statements: list[Statement], article: Article) -> None:
    previous: dict[str, Statement] = {}
    for s in statements:
        resolved = resolve_date(s._frame, article.date)  # type: ignore[attr-defined]
        key = s.speaker_id or match_form(s.speaker_text)
        if resolved is not None:
            s.date, s.date_basis = resolved.date, resolved.basis
        elif key in previous and previous[key].date is not None:
            s.date, s.date_basis = previous[key].date, "inherited"
        elif article.date is not None:
            s.date, s.date_basis = article.date, "article date"
        previous[key] = s
        del s._frame  # type: ignore[attr-defined]


def quote_paragraph(sent: Sentence, paragraph: tuple[int, int], quotes: list[tuple[int, int]], text: str,
                    article: Article, linked: LinkedArticle, verb: str, lead_ins: frozenset[str] = frozenset()) -> Statement | None:
    """A paragraph that is one quotation and nothing else ("سيذكرني الجميع من الآن فصاعدا ...")
    right after someone spoke: their words, going on (the caller gives the speaker). Only for the
    paragraph's first sentence, when quotations cover nearly all of it; an interviewer's topic before a
    colon may lead in ("وعن توجيهاته للجنة الحكام: "نصيحتي ...")."""
    start, end = paragraph
    body = text[start:end].strip()
    if sent.start != start or not body:
        return None
    colon = text.find(":", start, min(end, start + 150))
    if colon != -1 and match_form(body.split()[0]) in lead_ins:
        opening = colon + 1 + len(text[colon + 1:end]) - len(text[colon + 1:end].lstrip())
        if opening < end and text[opening] in _OPEN:
            start, body = opening, text[opening:end].strip()  # the quotation after the topic
    closing = _closing_quotation(text, start, end)
    if closing is not None:  # '"... طلب على المنتجات الفاخرة. \n ونحن في كاديلاك نعزز ... عملاؤنا".'
        quotes = [closing]
    elif not quotes or body[0] not in _OPEN or sum(b - a + 2 for a, b in quotes) < 0.85 * len(body):
        return None
    q_start, q_end = quotes[0][0], quotes[-1][1]
    if len(text[q_start:q_end].split()) < 3:
        return None  # "القرد الراقص": a quoted heading, not words going on
    about: list[str] = []
    for m in linked.mentions:
        if q_start <= m.start < q_end and m.actor_id not in about:
            about.append(m.actor_id)
    stmt = Statement(
        article_id=article.article_id, speaker_id=None, speaker_text="", verb=verb, start=q_start, end=q_end,
        text=text[q_start:q_end], quote=" … ".join(text[a:b] for a, b in quotes), is_direct=True,
        about=about, sentence=sent.index,
    )
    stmt._frame = ""  # type: ignore[attr-defined]  # no time words of its own: the date is inherited
    stmt._speaker = stmt._title = None  # type: ignore[attr-defined]
    stmt._embedded = False  # type: ignore[attr-defined]
    return stmt


_CLOSING = {close: open_ for open_, close in _OPEN.items() if open_ != "'"}  # »→«, ”→“, "→"


def _closing_quotation(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A paragraph that closes, at its end, a quotation the paragraph before it left open: the span
    from its start to the closing mark (a quotation of several paragraphs, its marks only at the ends)."""
    body = text[start:end].rstrip(" .\n")
    if not body or body[-1] not in _CLOSING:
        return None
    mark, opener = body[-1], _CLOSING[body[-1]]
    inner = body[:-1]
    if opener in inner or mark in inner:
        return None  # its own quotation, opened and closed here
    cut = text.rfind("\n", 0, start)
    previous = text[text.rfind("\n", 0, max(cut, 0)) + 1:max(cut, 0)]
    unclosed = previous.count(mark) % 2 == 1 if mark == opener else previous.count(opener) > previous.count(mark)
    if not unclosed:
        return None
    first = start + len(text[start:end]) - len(text[start:end].lstrip())
    return first, start + len(body) - 1


def _feminine_adverbial(norm: str) -> bool | None:
    if norm.endswith(("ين", "ون")):
        return None  # a plural tells nothing
    return norm.endswith("ه")  # قائلة، مضيفة (ة in matching form) against قائلا، مضيفا


def disagreeing_adverbial_subject(adverbial: str, prev: Statement, sent: Sentence, linked: LinkedArticle,
                                  complementizers: frozenset[str]) -> Speaker | None:
    """"وقالت وكالة الأنباء الكورية الشمالية إن الأسد تسلم ...، قائلا حينها: ...": an adverbial whose
    gender is not the previous verb's speaks for the person who opens that verb's content."""
    feminine = _feminine_adverbial(adverbial)
    verb = prev.verb[1:] if prev.verb[:1] in "وف" and len(prev.verb) > 3 else prev.verb
    if feminine is None or feminine == feminine_verb(match_form(verb)):
        return None
    toks = [t for t in sent.tokens if prev.start <= t.start < prev.end]
    k = 1 if toks and toks[0].norm in complementizers else 0
    m = mention_at(linked, sent, sent.tokens.index(toks[k])) if len(toks) > k else None
    actor = linked.actors.get(m.actor_id) if m is not None else None
    if actor is None or actor.type != "person" or m.start != toks[k].start:
        return None
    return Speaker(actor.actor_id, m.text)


def quotation_before(sent: Sentence, previous: Sentence | None, norms: list[str], act: Act, lex: Lexicon,
                     quotes: list[tuple[int, int]], text: str) -> tuple[int, int] | None:
    """'"نحن من أكثر الدول صرامة ...".. بهذه الكلمات تحدث السفير': the span of the quotation that
    makes up the sentence before one opening with "these words" and their verb."""
    if previous is None or previous.paragraph != sent.paragraph or act.kind != "verb":
        return None
    if not any(act.index == len(p) and tuple(norms[:len(p)]) == p for p in lex.these_words):
        return None
    inside = [(a, b) for a, b in quotes if previous.start <= a - 1 and b <= previous.end]
    body = text[previous.start:previous.end].strip(" .…")
    if not inside or sum(b - a + 2 for a, b in inside) < 0.85 * len(body):
        return None
    return inside[0][0], inside[-1][1]


def closes_sentence(at: int, toks, sent: Sentence, linked: LinkedArticle) -> bool:
    """Whether the name at ``at`` ends its sentence ("... إلى 19 بالمئة حسب فرانس برس."): an
    attribution there credits the words before it."""
    if at >= len(toks):
        return False
    m = mention_at(linked, sent, at)
    j = at
    while j < len(toks) and m is not None and mention_at(linked, sent, j) is m:
        j += 1
    if j < len(toks) and toks[j].text in _OPEN:  # بحسب شركة الطاقة الإيطالية "إيني".: its quoted name after it
        j = next((x + 1 for x in range(j + 1, min(len(toks), j + 5)) if toks[x].text == _OPEN[toks[j].text]), j)
    return m is not None and all(t.text in _PUNCT or t.text in "»”\"')" for t in toks[j:])


def description_closes_sentence(k: int, toks, norms, lex: Lexicon) -> int | None:
    """The end of one to three definite words at ``k`` that close the sentence, the first a source
    word of ``lex.anonymous`` or a group ("... بحسب الإحصاءات الرسمية."، "حسب السلطات."): a source no
    name is, credited with the words before it (not "حسب الطلب"، "وفق الرغبات التالية")."""
    if k >= len(norms) or not (norms[k][2:] in lex.anonymous or norms[k][2:] in lex.indefinite_groups):
        return None
    end = k
    while end < len(toks) and end - k < 3 and norms[end].startswith("ال") and norms[end].isalpha():
        end += 1
    if end == k or not all(t.text in _PUNCT for t in toks[end:]):
        return None
    return end


def relative_before(i: int, toks, norms) -> int | None:
    """The relative pronoun whose clause a verb joined by و continues, with no punctuation between:
    "ومارادونا الذي قاد بلاده لإحراز كأس العالم 1986 وقال مؤخرا إن ..."."""
    for k in range(i - 1, max(-1, i - 16), -1):
        if toks[k].text in _PUNCT:
            return None
        if norms[k] in RELATIVES:
            return k
    return None


def after_apposition(start: int, toks, norms, linked: LinkedArticle, sent: Sentence, title_tokens: set[int]) -> int:
    """The comma closing a named subject's apposition, where a plain object follows: "وأبدى خالد الأحمد
    المدير الوطني للأولمبياد الخاص السعودي، سعادته" (else ``start``)."""
    x = start
    while x < min(len(toks), start + 8) and (norms[x].startswith(("ال", "لل")) or x in title_tokens) and mention_at(linked, sent, x) is None:
        x += 1
    if x > start and x + 1 < len(toks) and toks[x].text in ("،", ",") and (x - 1 in title_tokens or start - 1 in title_tokens):
        return x
    return start


def object_before_quote(frame_end: int, quote: int, toks, norms, linked: LinkedArticle, sent: Sentence, lex: Lexicon,
                        title_tokens: set[int]) -> bool:
    """One or two plain words between the frame and a quotation that completes them: "كما أكد إدانته
    "لمحرقة الهولوكوست""، "مؤكدا الحاجة إلى "بناء جيل جديد"" (the object is part of what was said)."""
    return toks[quote].text in _OPEN and 0 < quote - frame_end <= 2 and all(
        toks[x].norm.isalpha() and mention_at(linked, sent, x) is None and (norms[x] not in _PREPOSITIONS or x > frame_end)
        and norms[x] not in lex.time_words and norms[x] not in lex.media_words and x not in title_tokens
        for x in range(frame_end, quote))


def attributed_after(later: list[Act], toks, norms: list[str], lex: Lexicon) -> bool:
    """An act later in the sentence attributes the words before it ("...، وفق ما ذكر موقع «ديلي ميل»",
    "...، بحسب الوكالة"): an adverbial before it (متهما إياها بالخيانة) is part of what was reported."""
    for a in later:
        marker = after_content_marker(norms, a.index, lex)
        if marker is not None and norms[marker] != "كما":
            return True
        if a.kind == "according" and a.index >= 3 and toks[a.index - 1].text in ("،", ","):
            return True
    return False
