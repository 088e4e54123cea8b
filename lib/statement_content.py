"""Where a reporting act's words lie: after its frame (a colon, أن, an object opener, a comma after
"بحسب X") or before it ("...، كما أضاف تونر"، "...، حسب بيان صادر عن ..."), as character offsets in the
article text. Split from lib/statement_build.py, which finds the act's speaker and frame first."""

from __future__ import annotations

from lib.arabic import match_form
from lib.reporting_acts import Act, object_lemma
from lib.reporting_lexicon import PREPOSITIONS as _PREPOSITIONS
from lib.reporting_lexicon import PUNCT as _PUNCT
from lib.reporting_lexicon import SINGULAR_RELATIVES, Lexicon
from lib.speakers import Speaker
from lib.statement_frames import after_apposition, description_closes_sentence, object_before_quote
from lib.statement_frames import closes_sentence as _closes_sentence
from lib.statement_frames import content_before as _content_before
from lib.statement_frames import content_end as _content_end
from lib.statement_frames import skip_space as _skip_space

SUBJECT_WINDOW = 40  # words after a sentence-opening verb in which its subject and complement are sought


def content_bounds(act: Act, i: int, k: int, marker: int | None, content_start: int | None, frame_end: int,
                   speaker: Speaker | None, speaker_at: int, described: tuple[int, int] | None, suffixed: bool,
                   next_index: int, sent, toks, norms, linked, lex: Lexicon, text: str,
                   title_tokens: set[int]) -> tuple[int, int, int | None, Speaker | None, bool] | None:
    """(start, end) of the words, the token the attribution after them sits at (``before``; None when
    the words follow the verb), the speaker (an unnamed source closing the sentence is found here), and
    whether "حسب قوله" credits the words to whoever spoke last; None when the act reports no words."""
    # "..., كما أضاف تونر": the content comes before the verb
    before = marker
    also = False  # "كما" + a verb with its object and no subject: "also", what the speaker before said
    if before is not None and (before < 3 or content_start is not None and (
            norms[before] == "كما" or norms[content_start] in lex.object_openers.get(act.lemma, ()))):
        before = None  # "كما ألمح كيربي إلى ..." / "...، كما أكد إلومالو أن ...": its content follows
        # (so in "ما أسفر وبحسب ما افاد به المدير الجهوي للصحة عن وفاة سائح": the director's words; not "وفق ما
        # أفاد سفيان السليطي المساعد الأول لوكيل الجمهورية بالحكمة ...": a ب joined to a word of his title)
    if before is not None and norms[before] == "كما" and speaker is None and act.kind == "verb" and frame_end == k == i + 1 \
            and k < len(toks) and toks[k].norm.isalpha() and norms[k] not in _PREPOSITIONS and norms[k] not in lex.demonstratives \
            and norms[k] not in lex.time_words and norms[k] not in lex.complementizers and not norms[k].startswith("ال"):
        before, also = None, True  # "...، كما نفت إصابة أشخاص على الأرض": no subject, an object: what the speaker before denied
    own_words = act.kind == "according" and speaker is None and k < len(toks) \
        and (lex.owned_speech(norms[k]) or norms[k] in lex.relay_speech) \
        and (k + 1 == len(toks) or toks[k + 1].text in _PUNCT)  # ...، حسب قوله.: the words of whoever spoke last
    if before is None and act.kind == "according" and speaker is None and i >= 3 \
            and (described := description_closes_sentence(k, toks, norms, lex)) is not None:
        speaker = Speaker(None, text[toks[k].start:toks[described - 1].end], anonymous=True)  # بحسب الإحصاءات الرسمية.
        before = i
    if before is None and act.kind == "according" and i >= 3 and not _words_after_source(k, toks, norms, lex) and (
            toks[i - 1].text in ("،", ",", "؛", ";") or own_words or _goes_on_in_relative(frame_end, toks, norms, lex)
            or _closes_sentence(speaker_at, toks, sent, linked)):
        before = i  # "...، حسب بيان صادر عن مكتب العبادي": the content precedes the attribution
    if before is not None and act.kind in ("verb", "according"):
        c_start, c_end = _content_before(toks, sent, before)
        if act.kind == "according" and before == i:
            comma = next((x for x in range(i + 1, min(next_index, i + 16)) if toks[x].text in ("،", ",")), None)
            goes_on = comma is None and frame_end + 1 < next_index and norms[frame_end] in _PREPOSITIONS
            # (وألحت، حسب صحيفة "صباح" على استعمال مواد كيماوية: the verb's preposition after the source, no comma)
            if comma is not None and next_index - comma > 3 or goes_on:  # وأذن رئيس الحكومة، وفق ما ورد في تصريح الحمامي، بتفعيل ...:
                c_end = _content_end(toks, sent, next_index)  # the words go on after the attribution
    else:
        opening_marker = marker is not None and marker < 3 and norms[marker] != "كما" and act.kind == "verb" and content_start is None
        if act.kind == "according" or opening_marker:  # بحسب X، ...: the content follows the comma after X
            # (so does "وبحسب ما ذكرت مصادر من القمة، فقد أبدى": the sources' verb, opening the sentence)
            comma = next((x for x in range(k, min(len(toks), k + SUBJECT_WINDOW)) if toks[x].text in ("،", ",")
                          or norms[x] in lex.complementizers), None)  # (حسب خبراء أمنيين - أن القراصنة ...)
            if comma is None:  # وبحسب الموقع فقد غادرت الصحافية المملكة: the words open with فقد
                comma = next((x for x in range(k + 1, min(len(toks), k + 6)) if norms[x] == "فقد"), None)
            if comma is None:
                return None
            if comma + 1 < len(toks) and norms[comma + 1] in SINGULAR_RELATIVES:  # للبيان، الذي نشرته صحيفة الوسط، فإن
                comma = next((x for x in range(comma + 2, min(len(toks), comma + 16)) if norms[x] in lex.complementizers), comma)
            content_start = comma
            if comma + 1 < len(toks) and norms[comma + 1] in lex.complementizers:
                content_start = comma + 1
        elif content_start is None:
            group = speaker is not None and speaker.anonymous and speaker.text != lex.passive_label and frame_end > k \
                and (act.lemma in lex.object_in_content or act.lemma in lex.group_subject_object) and norms[k] not in lex.demonstratives
            # (اعتبر أحد مساعدي نافالني ...، كشف أحد أقارب القاتل لـ"سبق" العديد من الأحداث; not وتعتبر هذه الحالة,
            # a passive, nor وأبدى أكثر من 3 آلاف شخص إعجابهم)
            named = speaker is not None and (speaker.actor_id is not None and (act.lemma in lex.named_subject_object or suffixed) or group)
            # (اعتبرته بغداد غير قانوني: with its object a pronoun, what follows the named subject is said)
            also = also and act.lemma in lex.group_subject_object  # (نفى، استبعد، كشف; not "كما جدد عفوا عاما": a decision)
            if match_form(act.lemma) in lex.weak and not named and not also and act.kind != "relay":  # (نقل is weak without عن only)
                return None
            content_start = frame_end if frame_end < len(toks) else None
            if content_start is None:
                return None
            if act.lemma in lex.added_objects and (norms[content_start] in lex.added_objects[act.lemma] or toks[content_start].text[:1].isdigit()):
                return None  # وأضاف دانيلي دي روسي الهدف الثاني، أضافت الخطوط ... العديد من الخدمات: added, no words
            if named:  # وأبدى خالد الأحمد المدير الوطني للأولمبياد الخاص السعودي، سعادته: past the name's apposition
                content_start = after_apposition(content_start, toks, norms, linked, sent, title_tokens)
        if norms[content_start] in lex.relay_speech:
            content_start += 1  # عن Y قوله: the words follow قوله
            if content_start >= len(toks):
                return None
        separate_opener = norms[content_start] in lex.object_openers.get(act.lemma, ())  # أعرب عن | رفضه ...
        c_start = toks[content_start].end if (toks[content_start].text in (":", "،", ",") or separate_opener
                                              or norms[content_start] in lex.saying_nouns
                                              or norms[content_start] in lex.complementizers
                                              or act.kind == "according" and norms[content_start] == "فقد") else toks[content_start].start
        subject_described = described is not None and described[0] == frame_end and speaker is not None \
            and speaker.text == text[toks[described[0]].start:toks[described[1] - 1].end]
        if object_lemma(act, lex) in lex.object_in_content and frame_end < content_start and norms[frame_end] not in _PREPOSITIONS \
                and not subject_described:  # (واعتبرت النيابة العامة في ميونخ ...، أن: the subject, no object)
            # (اعتبر الموقعون على البيان أن: the subject's complement, no object)
            c_start = toks[frame_end].start  # وصف الجبير قطر بأنها «صغيرة جدا»، متهما إياها ب: the object is part of it
            if speaker is not None and speaker.anonymous and speaker.text and text.startswith(speaker.text, c_start):
                c_start += len(speaker.text)  # (وأرجعت مصادر أمنية بمرور المدينة | الحادث إلى: past an unnamed subject)
                while c_start < len(text) and text[c_start] in " ،,":
                    c_start += 1  # (اتهمت أوساط سياسية في تل أبيب، | حكومة نتنياهو)
        elif object_before_quote(frame_end, content_start, toks, norms, linked, sent, lex, title_tokens) and not (
                speaker is not None and speaker.anonymous and speaker.text and text.startswith(speaker.text, toks[frame_end].start)):
            # (not "وصرح مصدر آخر "كان نقاشا حادا"": the words before the quotation are its unnamed speaker)
            c_start = toks[frame_end].start  # كما أكد إدانته "لمحرقة الهولوكوست": the object the quotation completes
        if content_start + 1 < len(toks) and toks[content_start].text in (":",) and norms[content_start + 1] in lex.complementizers:
            c_start = toks[content_start + 1].end
        c_end = _content_end(toks, sent, next_index, content_start)
    c_start = _skip_space(text, c_start, c_end)
    if c_end - c_start < 2:
        return None
    return c_start, c_end, before, speaker, own_words


def _goes_on_in_relative(frame_end: int, toks, norms, lex: Lexicon) -> bool:
    """"بحسب حاكم منطقة سوروتش عبدالله جيفتشي الذي اضاف إن": the source goes on in a clause of his own."""
    return frame_end + 1 < len(toks) and norms[frame_end] in SINGULAR_RELATIVES and lex.conjoined_lemma(norms[frame_end + 1]) is not None


def _words_after_source(k: int, toks, norms, lex: Lexicon) -> bool:
    """"، وبحسب ممثلي الادعاء فإن التوصية": the first punctuation or complementizer after the source is فإن,
    so the words follow it."""
    then = next((x for x in range(k + 1, min(len(toks), k + 8)) if toks[x].text in _PUNCT or norms[x] in lex.complementizers), None)
    return then is not None and norms[then][:1] == "ف"
