"""Statements: reporting acts with speaker, content span, quote, channel, place and date.

Per sentence, a reporting act is a reporting verb (قال، أكد ...), an adverbial that opens
a new quote (قائلاً), a relay (نقلت وكالة X عن Y قوله) or an attribution (وفق / بحسب X).
The speaker is the subject after the verb (or before it), the name after "عن" in a
relay, the name after the content in "..., كما أضاف تونر", or — with no subject —
the previous speaker (continuation). Anonymous sources (مسؤول أميركي كبير) stay
anonymous. Acts inside a quotation are part of the quotation, not new acts.
"""

from __future__ import annotations

from collections.abc import Callable

from lib.arabic import definite_nisba, match_form
from lib.clause_subjects import country_after_opening_verb
from lib.document_owners import owner_named_before
from lib.frame_subjects import document_stem
from lib.institutions import media_heads
from lib.kb import KnowledgeBase
from lib.linking import LinkedArticle
from lib.records import Article, Mention, Sentence, Statement
from lib.relative_speakers import saying_relative
from lib.reporting_acts import (
    after_content_marker,
    find_acts,
    merge_attributions,
    opens_clause,
    quote_spans,
    sentence_norms,
)
from lib.reporting_lexicon import Lexicon, lexicon
from lib.speakers import (
    Speaker,
    actor_before,
    back_reference_subject,
    clause_subject,
    heads_of,
    mention_at,
    person_described,
    plural_verb,
)
from lib.statement_build import build_statement
from lib.statement_frames import (
    RELATIVES,
    attributed_after,
    disagreeing_adverbial_subject,
    nominal_with_owner,
    quotation_before,
)
from lib.statement_frames import (
    assign_dates as _assign_dates,
)
from lib.statement_frames import (
    contrast_with_subject as _contrast_with_subject,
)
from lib.statement_frames import (
    quote_paragraph as _quote_paragraph,
)
from lib.statement_frames import (
    relative_with_subject as _relative_with_subject,
)
from lib.titles import holds_title


def extract_statements(article: Article, sentences: list[Sentence], linked: LinkedArticle, kb: KnowledgeBase) -> list[Statement]:
    lex = lexicon()
    text = article.text
    out: list[Statement] = []
    last: Speaker | None = None
    last_subject: tuple[int, Speaker] | None = None  # (sentence, speaker) of a clause-initial subject
    last_institution: str | None = None
    last_media: str | None = None
    last_person: Speaker | None = None  # the last person named in an earlier sentence
    last_paragraph: int | None = None  # paragraph of the last statement
    last_main: Speaker | None = None  # the last speaker not of a relative clause ("بيان أصدره البيت الأبيض وذكر فيه")
    last_by_head: dict[str, str] = {}  # head noun (صحيفه، وزاره ...) → the last organisation it heads
    last_document: Speaker | None = None  # the last speaker whose words came in a statement (بيان)
    last_gender: str | None = None  # "m" / "f": the gender of the last statement's verb, where it shows one
    teasers = {s.paragraph for s in sentences if len(s.tokens) > 1 and s.tokens[0].norm in lex.teasers
               and (s.tokens[1].text in (".", "…", ":", "/") or s.tokens[1].norm in lex.teasers)}
    bounds: dict[int, tuple[int, int]] = {}
    for s in sentences:  # a quotation may run over several sentences ("... حماس.. لدينا ... ذلك، ...")
        a, b = bounds.get(s.paragraph, (s.start, s.end))
        bounds[s.paragraph] = (min(a, s.start), max(b, s.end))
    paragraph_quotes = {p: quote_spans(text, a, b) for p, (a, b) in bounds.items()}
    headings = headings_of(bounds, text)
    links: dict[int, int] = {}  # paragraph → where a link to the story's page starts (its headline follows)
    for s in sentences:
        if any(tuple(t.norm for t in s.tokens[:len(line)]) == line for line in lex.link_lines):
            links.setdefault(s.paragraph, s.start)
    for sent in sentences:
        if sent.paragraph in teasers:
            continue  # "اقرأ.. حماس تهدد بضرب ...": a link to another article, not this one's
        if sent.paragraph in headings or sent.start >= links.get(sent.paragraph, len(text)):
            continue  # "أوكسفام تحذر من اتساع الفجوة ...": a subheading or a related article's headline (or this
            # story's own, after "رابط الخبر بصحيفة الوئام:")
        toks = sent.tokens
        norms = sentence_norms(toks, lex)
        quotes = [q for q in paragraph_quotes[sent.paragraph] if q[0] < sent.end and sent.start < q[1]]
        acts = merge_attributions(find_acts(toks, norms, quotes, lex), toks)
        title_tokens = {k for t in linked.titles if t.sentence == sent.index for k in range(t.first, t.last)}
        sentence_statements: list[Statement] = []
        aside: tuple[Statement, Speaker | None, str | None] | None = None
        if not acts and last is not None and last_paragraph is not None and sent.paragraph - last_paragraph <= 2:
            going_on = _quote_paragraph(sent, bounds[sent.paragraph], paragraph_quotes[sent.paragraph], text, article, linked,
                                        lex.quote_paragraph_verb, lex.topic_lead_ins)
            if going_on is not None:  # a paragraph of quotation alone: the last speaker's words go on
                going_on.speaker_id, going_on.speaker_text, going_on.anonymous = last.actor_id, last.text, last.anonymous
                sentence_statements.append(going_on)
        for n, act in enumerate(acts):
            later = [a.index for a in acts[n + 1:] if a.kind == "adverbial" or opens_clause(a.index, toks, norms, lex)
                     or (marker_at := after_content_marker(norms, a.index, lex)) is not None and marker_at > act.index
                     # (...، حسب ما ذكر موقع "صن": the channel of these words, not more of them)
                     or _contrast_with_subject(a, sent, norms, linked) or nominal_with_owner(a, sent, norms, linked, lex, title_tokens)]
            next_index = later[0] if later else len(toks)
            if sentence_statements and act.kind != "adverbial" and not opens_clause(act.index, toks, norms, lex) \
                    and toks[act.index].start < sentence_statements[-1].end and not _relative_with_subject(act.index, sent, norms, linked) \
                    and not _contrast_with_subject(act, sent, norms, linked) and not nominal_with_owner(act, sent, norms, linked, lex, title_tokens):
                continue  # a verb inside reported content (أن الأمم المتحدة أكدت) belongs to it
            if act.kind == "according" and n + 1 < len(acts) and _source_then_verb(act.index, acts[n + 1], sent, toks, norms, linked, lex):
                continue  # وبحسب موقع "بوابة الشروق" نوه الجارحي إلى أن: the channel of the verb after it, not its speaker
            if act.kind == "adverbial" and not sentence_statements and attributed_after(acts[n + 1:], toks, norms, lex):
                continue  # وكان ووتيسان قد تشاجر مع صديقته متهما إياها ...، وفق ما ذكر موقع "ديلي ميل": the site's words
            marker = after_content_marker(norms, act.index, lex)
            channel_marker = act.kind == "according" or (marker is not None and norms[marker] != "كما") or (
                marker is not None and sentence_statements and act.lemma not in lex.continuing and toks[marker].start - sentence_statements[-1].end <= 3
                and not any(n in lex.complementizers or n == ":" for n in norms[act.index + 1:act.index + 12]))
            # ("...، كما أعلنت الرئاسة الفرنسية": the source of the words before, said by someone else)
            stmt = build_statement(act, next_index, sent, toks, norms, linked, kb, lex, text, article, title_tokens)
            if channel_marker and sentence_statements and toks[act.index].start >= sentence_statements[-1].end \
                    and (stmt is None or stmt.start < toks[act.index].start):
                continue  # "...»، بحسب ما نقلته الوكالة": the channel of the statement before, not a new one
                # (but "ما أسفر وبحسب ما افاد به المدير الجهوي للصحة عن وفاة سائح": the director's own words after it)
            if stmt is None:
                continue
            if act.kind == "verb" and act.lemma in lex.topic_verbs and n + 1 < len(acts) and acts[n + 1].index == next_index \
                    and (acts[n + 1].kind == "adverbial" or acts[n + 1].kind == "verb" and toks[acts[n + 1].index].norm[:1] == "و"
                         and acts[n + 1].lemma in lex.subject_first) and not stmt.quote and len(stmt.text.split()) <= 4:
                continue  # وعلق سيزيرون على ما حدث قائلا "..." / وعلق مورينيو على تجاهل فينجر له وقال: the topic; the words follow
            previous = sentences[sent.index - 1] if sent.index > 0 else None
            said_before = quotation_before(sent, previous, norms, act, lex, paragraph_quotes[sent.paragraph], text)
            if said_before is not None:  # "...".. بهذه الكلمات تحدث السفير: the quotation is the statement
                stmt.start, stmt.end = said_before
                stmt.text = stmt.quote = text[stmt.start:stmt.end]
                stmt.is_direct = True
                stmt.about = [m.actor_id for m in linked.mentions if stmt.start <= m.start < stmt.end]
            speaker: Speaker | None = stmt._speaker  # type: ignore[attr-defined]
            if stmt._title is not None:  # type: ignore[attr-defined]
                speaker = _last_holding(stmt._title, last, linked) or _unnamed_official_going_on(stmt._title, last, sentences, lex) \
                    or person_described(*stmt._title, sentences, linked) \
                    or _official_going_on(stmt._title, last, (sentence_statements or out)[-1:], sentences, linked, kb, lex) \
                    or speaker  # type: ignore[attr-defined]
            if speaker is None and act.kind == "according":
                if not stmt._own_words or last is None:  # type: ignore[attr-defined]
                    continue  # وفقا لمعدلاتهم، حسب الاختصاصات المطلوبة: "according to" what names no source attributes nothing
                speaker = last  # كما تمكّنت الحكومة ... من حجز بضائع مهربة حسب قوله: the one who spoke last
            if speaker is None:
                prev = sentence_statements[-1] if sentence_statements else None
                before = actor_before(act.index, sent, toks, norms, linked)
                main = next((s for s in reversed(sentence_statements) if not s._embedded), None)  # type: ignore[attr-defined]
                if act.kind in ("verb", "adverbial") and prev is not None and prev._embedded and main is not None:  # type: ignore[attr-defined]
                    speaker = Speaker(main.speaker_id, main.speaker_text, main.anonymous)
                    # (وجددت ماي دعمها للاتفاق الذي أعلنت الولايات المتحدة انسحابها منه، وأكدت أن: May, not the relative clause's US)
                elif act.kind == "adverbial" and prev is None and norms[act.index] in lex.saying_nouns \
                        and (relative := saying_relative(act.index, sent, toks, norms, linked, lex)) is not None:
                    speaker = relative  # لبلاتر الذي قدم ...، ثم حاول ... بقوله: إنه: Blatter, not the sentence's subject
                elif act.kind == "adverbial" and prev is not None:
                    speaker = disagreeing_adverbial_subject(norms[act.index], prev, sent, linked, lex.complementizers) \
                        or Speaker(prev.speaker_id, prev.speaker_text, prev.anonymous)
                elif act.kind == "verb" and plural_verb(norms[act.index]) and (last is None or not last.anonymous) \
                        and not (act.index > 0 and norms[act.index - 1].endswith(("ذين", "ذي"))):  # (للذين يتهمون: a relative clause)
                    speaker = Speaker(None, lex.passive_label, anonymous=True)  # قالوا إن ...: "they", no one named
                elif act.kind == "adverbial" and prev is None and before is None and _plural_adverbial(norms[act.index]) \
                        and (last is None or not last.anonymous):
                    speaker = _plural_subject(sent, norms, lex)  # وبحث الوزراء ...، مؤكدين: they, not the agency before
                elif before is not None and prev is None and not (plural_verb(norms[act.index]) and _is_person(before, linked)):
                    speaker = before  # رفض كابيو العقوبات، مطالباً ... / كرم الرفاعي ... وأكد: the sentence's subject
                elif before is None and prev is None and (lex.gender_of_form(norms[act.index]) == "f"
                                                          or act.kind == "adverbial" and norms[act.index].endswith("ه")) \
                        and (act.kind == "adverbial" or act.index + 1 < len(norms) and norms[act.index + 1] in lex.complementizers
                             or toks[act.index].norm[:1] == "و" and toks[0].norm.endswith("ت")) \
                        and (country := country_after_opening_verb(sent, toks, linked)) is not None:
                    # (وألقت إيران باللائمة على إسرائيل وتعهدت بالرد: a verb joined to the opening one)
                    # (a subject of its own may follow the verb: "تشيد أغلب المؤسسات الدولية بالتحول"؛ "شائعات أكدت
                    # اجتماعه" are the rumours' words, not the words of the state that won the match)
                    speaker = country  # وشنت إسرائيل ... على أهداف قالت إنها إيرانية: the state the sentence opens with
                elif prev is None and (act.index == 1 or act.lemma in lex.only_opening) and _document_named(toks[0].text, lex) is not None:
                    speaker = Speaker(None, toks[0].text, anonymous=True)  # التقرير اتهم كذلك: the report, its owner below
                    # (البيانات المالية التي صدرت في أيار تظهر أن: the data's finding)
                elif prev is None and act.index > 2 and (back := back_reference_subject(sent, toks, kb)) is not None:
                    speaker = back  # ونشرت الخارجية تقريرها ...، ووصفت فيه ...
                elif last_subject is not None and last_subject[0] == sent.index - 1 and (last is None or _is_later(last_subject, out)):
                    speaker = last_subject[1]
                elif honorific_subject(act.index, norms, lex) and last_person is not None \
                        and (last is None or not _is_person(last, linked)):
                    speaker = last_person  # وقال سماحته: the person the article is about, who has not spoken yet
                elif last is not None and lex.gender_of_form(norms[act.index]) == "f" and last_gender == "m" \
                        and _is_person(last, linked):
                    continue  # رد غازي ... فعندما تتحدث معه تجزم بأنه: "you", or "she", but not he
                elif last is not None:
                    embedded_here = sentence_statements and sentence_statements[-1]._embedded  # type: ignore[attr-defined]
                    # (بيان أصدره البيت الأبيض وذكر فيه ...، وقالت: a relative clause's statement just before)
                    speaker = last_main if embedded_here and last_main is not None else last  # not the relative clause's
                elif last_person is not None and act.kind == "verb" and not plural_verb(norms[act.index]) \
                        and (act.index == 0 and not lex.present_form(norms[0]) or act.index > 0 and norms[act.index - 1] in lex.pronoun_subjects
                             or toks[act.index].norm[:1] == "و" and any(n in lex.pronoun_subjects for n in norms[max(0, act.index - 4):act.index])):
                    # (ولكنه يتمنى الموت ويقول: "he", and a second verb joined to his first)
                    # (not "وتعتبر طائرات السباق ...", "are considered", at the head of a sentence)
                    speaker = last_person  # "وقام العالم الإيطالي غويسيبي سيونتي ... لكنه يقول إنه": no one spoke yet
                else:
                    continue
            key = match_form(speaker.text)  # (a head noun referred back to is shown as written: الصحيفة, not الصحيفه)
            head = key[2:]
            headed = None if speaker.actor_id is not None or speaker.anonymous else \
                (_headed_before(head, toks[act.index].start, sent, linked, quotes) if key.startswith("ال") else None) \
                or last_by_head.get(head) or (kb.head_defaults.get(head) if key.startswith("ال") else None)
            # (the same sentence first: "...يورو.وأشارت الصحيفة ذاتها", uncut; "وذكر المرصد" with no observatory
            # named before: the one news means)
            if headed is not None and headed not in linked.actors and headed in kb.actors:
                linked.actors[headed] = kb.actors[headed]  # (a default of the knowledge base, named nowhere else)
            if headed is not None:
                speaker = Speaker(headed, speaker.text)  # الصحيفة → the last صحيفة named
            elif speaker.actor_id is None and key in kb.institution_refs \
                    and (not speaker.anonymous or last is not None and _is_person(last, linked)):
                # (وأضاف القماطي ... وأوضح المتحدث، أن: "the speaker" is the person who spoke last)
                kind = kb.institution_refs[key]
                target = {"ministry": last_institution, "media": last_media}.get(kind)
                if kind == "latter":
                    target = _named_last(toks[act.index].start, linked)
                if target:
                    speaker = Speaker(target, speaker.text)
                elif kind == "previous" and last is not None:
                    document = key[2:] in lex.issued_statements and last_document is not None and last.actor_id is None
                    source = _last_speaker(out + sentence_statements, lambda s: "مصدر" in match_form(s.speaker_text)) \
                        if key == "المصدر" else None
                    speaker = last_document if document else source or last
                    # (حسب ما علم من مصدر قريب من الملف ... أبلغ دليل سياحي ... وأكد المصدر: the source, not the guide)
                    # (وقال البيان ان: the statement's owner, "وجاء في بيان لوزارة الخارجية الباكستانية", even after
                    # "وذكر مسؤولون باكستانيون" spoke: unnamed officials issue no statement)
            if speaker.actor_id is None and (document := _document_named(speaker.text, lex)) is not None:
                here = min([act.index] + [x for x, t in enumerate(toks) if t.text == speaker.text])
                speaker = _last_speaker(out + sentence_statements, lambda s, d=document: bool(s.speaker_id) and d in _frame_words(s)) \
                    or owner_named_before(document, sentences, sent.index, here, linked) or speaker
                # (وأصدرت منظمة العفو الدولية تقريرها ... وقال التقرير: the organisation)
                # (وكشفت النشرة الإحصائية التي تصدرها مؤسسة النقد ... أشارت النشرة: the bulletin's owner again)
            stmt.speaker_id, stmt.speaker_text, stmt.anonymous = speaker.actor_id, speaker.text, speaker.anonymous
            if stmt.speaker_id:
                stmt.about = [a for a in stmt.about if a != stmt.speaker_id]
            sentence_statements.append(stmt)
            if speaker.actor_id is not None and lex.issued_statements & {match_form(w).removeprefix("ل") for w in stmt._frame.split()}:  # type: ignore[attr-defined]
                last_document = speaker  # (في بيان، جاء في بيان لوزارة ...: who issued a statement)
            if act.index > 0 and norms[act.index - 1] in lex.while_words and speaker.actor_id is None \
                    and match_form(speaker.text.split()[0] if speaker.text.split() else "").endswith(("ات", "ون", "ين")) \
                    and any(s.speaker_text != speaker.text for s in sentence_statements[:-1]):
                aside = (stmt, last, last_gender)  # a group unnamed: (وقالت "أم منصور": إنها ...؛ فيما أوصت المستشفيات المتقدمة بنقله.
                # وأوضحت أنها: she goes on in the next sentence; in this one, "وتحدثوا" after "بينما قال سكان" is theirs)
            last = speaker
            last_gender = lex.gender_of_form(norms[act.index]) if act.kind == "verb" else None
            if not stmt._embedded:  # type: ignore[attr-defined]
                last_main = speaker
        out.extend(sentence_statements)
        if aside is not None and sentence_statements and sentence_statements[-1] is aside[0]:
            last, last_gender = aside[1], aside[2]  # the sentence ended on an unnamed aside: the speaker before it goes on
        if sentence_statements:
            last_paragraph = sent.paragraph
        last_person = next((Speaker(m.actor_id, m.text) for m in reversed(_sentence_mentions(sent, linked))
                            if m.actor_id in linked.actors and linked.actors[m.actor_id].type == "person"), last_person)
        last_subject = clause_subject(sent, toks, linked, kb) or (last_subject if last_subject and last_subject[0] == sent.index - 1 else None)
        for m in _sentence_mentions(sent, linked):
            actor = linked.actors.get(m.actor_id)
            if actor is not None and actor.type == "organization" and "ministry" in actor.name_en.lower():
                last_institution = actor.actor_id
            if actor is not None and actor.actor_id in kb.media:
                last_media = actor.actor_id
            if actor is not None and actor.type == "organization":
                for head in heads_of(m, actor, sent, linked):
                    last_by_head[head] = actor.actor_id
                    if head in media_heads():
                        last_media = actor.actor_id
        for stmt in sentence_statements:  # أعلنت تويتر ... وأوضحت الشركة: a company that spoke, by the head it goes by
            for head in kb.known_heads.get(stmt.speaker_id or "", ()):
                last_by_head[head] = stmt.speaker_id
    _assign_dates(out, article)
    for s in out:
        del s._speaker, s._title, s._embedded  # type: ignore[attr-defined]
        vars(s).pop("_own_words", None)  # (set by build_statement only)
    return out


HEADING_WORDS = 12  # a line this short with no closing punctuation, text after it, is a heading
CLOSING_MARKS = ".!?؟:…»\"”)'"


def headings_of(bounds: dict[int, tuple[int, int]], text: str) -> set[int]:
    """Paragraphs that are headings: a short line with no closing punctuation between two paragraphs
    ("انتقادات واسعة وترامب يهدد بإلغاء مزيد من التصريحات الأمنية"). A heading sums up the text
    after it or links another article; the acts in it are not statements of this one."""
    order = sorted(bounds)
    found: set[int] = set()
    for p in order[1:-1]:
        start, end = bounds[p]
        line = text[start:end].strip()
        if line and line[-1] not in CLOSING_MARKS and len(line.split()) <= HEADING_WORDS:
            found.add(p)
    return found


def honorific_subject(i: int, norms: list[str], lex: Lexicon) -> bool:
    """وقال سماحته / وأضاف معاليه: a reverent pronoun as the verb's subject."""
    return i + 1 < len(norms) and norms[i + 1] in lex.honorific_pronouns


def _last_speaker(statements: list[Statement], test: Callable[[Statement], bool]) -> Speaker | None:
    """The speaker of the last of ``statements`` that passes ``test``."""
    return next((Speaker(s.speaker_id, s.speaker_text, s.anonymous) for s in reversed(statements) if test(s)), None)


def _document_named(words: str, lex: Lexicon) -> str | None:
    """"النشرة"، "التقرير": a definite document noun alone, in matching form without its article."""
    norm = match_form(words)
    return document_stem(norm, lex) if norm.startswith("ال") else None


def _frame_words(stmt: Statement) -> set[str]:
    """The words of a statement's frame in matching form, without ل and ال (للنشرة، النشرة → نشره)."""
    return {match_form(w).removeprefix("ل").removeprefix("ال").removeprefix("ل") for w in stmt._frame.split()}  # type: ignore[attr-defined]


def _plural_adverbial(norm: str) -> bool:
    """مؤكدين، مشددين: an adverbial whose subject is plural, never one actor (but متهمين is as often
    "the accused")."""
    return norm.endswith("ين") and len(norm) > 5 and not norm.startswith("متهم")


def _plural_subject(sent: Sentence, norms: list[str], lex: Lexicon) -> Speaker:
    """The definite plural right after the sentence's opening verb (وبحث الوزراء), else "they"."""
    toks = sent.tokens
    if len(norms) > 1 and norms[1].startswith("ال") and norms[1].endswith(("ون", "ين", "اء")) and len(norms[1]) > 5:
        return Speaker(None, toks[1].text, anonymous=True)
    return Speaker(None, lex.passive_label, anonymous=True)


def _named_last(before: int, linked) -> str | None:
    """The actor whose name (not a title) comes last before ``before``: "الأخير" refers to them
    (جاستن ترودو ... بعدما رأى الأخير; رومانيولي ... لانتقاله إلى ميلان بحسب ما ذكر الأخير: the club)."""
    named = [m for m in linked.mentions if m.start < before and m.source != "title" and m.actor_id in linked.actors]
    return max(named, key=lambda m: m.start).actor_id if named else None


def _is_person(speaker: Speaker, linked: LinkedArticle) -> bool:
    actor = linked.actors.get(speaker.actor_id or "")
    return actor is not None and actor.type == "person"


def _is_later(last_subject: tuple[int, Speaker], statements: list[Statement]) -> bool:
    return not statements or statements[-1].sentence < last_subject[0]


def _headed_before(head: str, pos: int, sent: Sentence, linked: LinkedArticle, quotes: list[tuple[int, int]]) -> str | None:
    """The last organisation with this head noun named earlier in the same sentence (a sentence the
    splitter could not cut: "يورو.وأشارت الصحيفة"), not inside a quotation (a speaker's words)."""
    found = None
    for m in _sentence_mentions(sent, linked):
        actor = linked.actors.get(m.actor_id)
        if m.start < pos and not any(a <= m.start < b for a, b in quotes) and actor is not None and actor.type == "organization" and head in heads_of(m, actor, sent, linked):
            found = actor.actor_id
    return found


def _source_then_verb(i: int, nxt, sent: Sentence, toks, norms: list[str], linked: LinkedArticle, lex: Lexicon) -> bool:
    """A sentence-opening "بحسب X" right before a verb and its named subject (وبحسب موقع "بوابة الشروق" نوه
    الجارحي إلى أن): the source names where the verb's words were read (not "ووفقا لمصادر أمنية أكدت أن",
    the sources' own verb, nor "ووفق النتائج التي أعلنتها المفوضية", a relative clause)."""
    after = nxt.index + 1
    named = after < len(toks) and (mention_at(linked, sent, after) is not None or any(
        t.sentence == sent.index and t.first == after for t in linked.titles) or after + 1 < len(toks)
        and norms[after].startswith("ال") and mention_at(linked, sent, after + 1) is not None)  # (أوضح المحامي السنيدي)
    if nxt.kind != "verb" or not 0 < nxt.index - i <= 7 or i > 1 or not named:
        return False
    return not any(toks[x].text in (",", "،", ":", ".") or norms[x] in lex.complementizers or norms[x] in RELATIVES
                   for x in range(i + 1, nxt.index))


def _sentence_mentions(sent: Sentence, linked: LinkedArticle) -> list[Mention]:
    return [m for m in linked.mentions if m.sentence == sent.index]


def _official_adjective(title: tuple[int, int, int], sentences: list[Sentence], lex: Lexicon) -> tuple[Sentence, int, str] | None:
    """(sentence, head, adjective) of "المسؤول الجهوي"، "المبعوث الأممي": a generic official and the definite nisba
    right after it, with no name."""
    sentence, last_token, start = title
    sent = next((s for s in sentences if s.index == sentence), None)
    head = next((k for k, t in enumerate(sent.tokens) if t.start == start), None) if sent is not None else None
    if head is None or sent.tokens[head].norm not in lex.generic_officials or last_token <= head:
        return None
    adjective = sent.tokens[head + 1].norm
    return (sent, head, adjective) if definite_nisba(adjective) else None


def _official_going_on(title: tuple[int, int, int], last: Speaker | None, last_said: list[Statement], sentences: list[Sentence],
                       linked: LinkedArticle, kb: KnowledgeBase, lex: Lexicon) -> Speaker | None:
    """"وأوضح المسؤول الجهوي، أنه ..." after Omar bin Masoud spoke: "the official" (or "the envoy") with an
    adjective and no name is the person who spoke in this sentence or the two before; with a nationality
    (المسؤول الأميركي) only a speaker of that country or none known."""
    actor = linked.actors.get(last.actor_id or "") if last is not None else None
    if actor is None or actor.type != "person" or not last_said or last_said[0].sentence < title[0] - 2:
        return None
    official = _official_adjective(title, sentences, lex)
    if official is None:
        return None
    sent, head, adjective = official
    if adjective not in kb.demonyms:
        return last
    # a nationality: "ولفت المسؤول اليمني" after the Yemeni chief of staff spoke is him, unless the speaker is
    # of another country or the article has an unnamed official of that nationality ("قال مسؤول أميركي")
    country = kb.demonyms[adjective]
    unnamed_before = any(t.norm == sent.tokens[head].norm[2:] and u.norm == adjective[2:]
                         for s in sentences if s.index < sent.index for t, u in zip(s.tokens, s.tokens[1:], strict=False))
    return last if actor.country in ("", country) and not unnamed_before else None


def _unnamed_official_going_on(title: tuple[int, int, int], last: Speaker | None, sentences: list[Sentence],
                               lex: Lexicon) -> Speaker | None:
    """"اعتبر المسؤول الفرنسي أن ..." after "مصدر رئاسي فرنسي" spoke: the official with the unnamed last
    speaker's own adjective is that source still, not a Frenchman the article names."""
    official = _official_adjective(title, sentences, lex) if last is not None and last.anonymous else None
    return last if official is not None and official[2][2:] in match_form(last.text).split() else None


def _last_holding(title: tuple[int, int, int], last: Speaker | None, linked: LinkedArticle) -> Speaker | None:
    """"وأضاف الوزير السعودي قوله إن ..." right after Adel al-Jubeir spoke: a title no name follows is
    the last speaker when that speaker holds its role (and country), even if others of the article do too."""
    sentence, _, start = title
    span = next((t for t in linked.titles if t.sentence == sentence and t.start == start), None)
    actor = linked.actors.get(last.actor_id or "") if last is not None else None
    if span is None or actor is None or actor.type != "person" or span.plural:
        return None
    return last if holds_title(actor, span.role, span.country) else None
