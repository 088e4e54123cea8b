"""The reporting lexicon (``lib/data/reporting.yaml``) and the small closed word classes
that statement extraction and speaker attribution share."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from lib.arabic import match_form, strip_conjunction
from lib.kb import alias_key

IMPERSONAL = "impersonal"  # the lemma of تردد، يقال ...: a report whose speaker is never named
LEXICON_FILE = Path(__file__).parent / "data" / "reporting.yaml"
OPEN_QUOTES = {"«": "»", "“": "”", '"': '"', "'": "'"}
# Asides that open a sentence before its verb ("من جانبه، رفض ..."، "بدوره أكد ..."), in matching form.
OPENING_ASIDES = {("من", "جانبه"), ("من", "جانبها"), ("من", "جهته"), ("من", "جهتها"), ("بدوره",), ("بدورها",),
                  ("بالمقابل",), ("وبالمقابل",), ("في", "المقابل"), ("وفي", "المقابل")}  # (بالمقابل، عبر ماكرون عن)
PUNCT = {"،", ",", ".", ":", "؛", ";"}
# The relatives of one person or body (a clause after a name: "بحسب حاكم ... الذي اضاف", "لبلاتر الذي ... بقوله").
SINGULAR_RELATIVES = frozenset({"الذي", "التي"})


def after_opening_aside(norms) -> int:
    """Index of the word after a sentence's opening "من جانبه،" / "بدوره" (its comma too, which
    writers often leave out: "من جانبها أعلنت كتائب القسام"); 0 when the sentence opens otherwise."""
    for aside in OPENING_ASIDES:
        n = len(aside)
        if tuple(norms[:n]) == aside and len(norms) > n:
            return n + 1 if norms[n] in PUNCT and len(norms) > n + 1 else n
    return 0
# A mention after one of these is an object or an adjunct, never the subject.
PREPOSITIONS = {"مع", "في", "الي", "عن", "علي", "من", "حول", "ضد", "بين", "بشان", "لدي", "امام", "باسم"}
# Words after which a verb inside earlier content still opens a new reporting clause.
CLAUSE_OPENERS = {"فيما", "بينما", "وقت", "كما", "حين", "ثم", "لكن", "ولكن", "بعدما", "لكنه", "لكنها", "لكنهم", "ولكنه",
                  "ولكنها", "انه", "انها", "اذ", "حيث"}
# Of those, the words that end a verb's frame: its subject and content never lie beyond them
# ("وأبدى أكثر من 3 آلاف شخص إعجابهم، بينما أثار ..."); "في وقت سابق" is a time, not a clause.
CLAUSE_BREAKS = frozenset(CLAUSE_OPENERS - {"وقت", "كما", "انه", "انها", "اذ"})


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, str]  # form → lemma
    weak: frozenset[str]
    adverbials: frozenset[str]
    comma_adverbials: frozenset[str]  # adverbials that are also adjectives: only right after a comma
    complementizers: frozenset[str]
    relay_verbs: frozenset[str]
    relay_speech: frozenset[str]
    according_to: frozenset[tuple[str, ...]]
    after_content: frozenset[tuple[str, ...]]
    these_words: frozenset[tuple[str, ...]]  # بهذه الكلمات تحدث X: the quotation before is X's
    anonymous: frozenset[str]
    time_words: frozenset[str]
    media_words: frozenset[str]
    demonstratives: frozenset[str]
    agent_markers: frozenset[tuple[str, ...]]
    subject_nouns: frozenset[str]
    object_openers: dict[str, tuple[str, ...]]  # lemma → the prepositions that open its content (أعرب عن)
    openers_at_frame_end: frozenset[str]  # lemmas whose preposition opens content only right after the frame
    adverbial_verbs: dict[str, str]  # مشددا → شدد: the verb whose prepositions open an adverbial's content
    object_suffix_verbs: frozenset[str]  # lemmas found with an attached object pronoun (وصفوهم)
    announced_object_verbs: frozenset[str]  # of those, the ones whose pronoun names what was announced
    object_suffixes: tuple[str, ...]
    object_in_content: frozenset[str]  # lemmas whose object belongs to the statement (وصف X بأنه)
    nominal: frozenset[str]  # verbal nouns reporting speech (إعلان X أن ...)
    continuing: frozenset[str]  # lemmas that go on with the speaker's words (أضاف): never a source
    nominal_with_object: frozenset[str]  # of those, the ones whose plain object is what was said
    speech_nouns: frozenset[str]  # nouns for something said (تصريحات X التي ...)
    speech_adjectives: frozenset[str]  # في تصريح صحافي: an adjective of the speech noun, part of the frame
    group_subjects: frozenset[str]  # عدد من، أكثر من ...: a group as subject
    indefinite_groups: frozenset[str]  # دول غربية، وسائل إعلام إسبانية: an unnamed group as subject
    subject_first: frozenset[str]  # lemmas whose first noun after them is their subject (قال)
    honorific_pronouns: frozenset[str]  # سماحته، معاليه: a reverent "he" as the subject
    impersonal: frozenset[str]  # تردد أن، يقال إن: reported, by no one named
    teasers: frozenset[str]  # اقرأ.. / شاهد..: a line that links another article
    link_lines: tuple[tuple[str, ...], ...]  # رابط الخبر: a link to the story's page, its headline after it
    kinship: frozenset[str]  # زوجة، نجل: the subject is the relative of the name after it
    also_prepositions: frozenset[str]  # عبر: a verb only where a clause opens
    bare_passive: frozenset[str]  # present forms passive with أن right after them (يُعتقد أن)
    scripture: frozenset[str]  # قال الله تعالى: a citation of scripture, no one's statement
    scripture_formulas: tuple[tuple[str, ...], ...]  # يقول عليه أفضل الصلاة والتسليم: the Prophet by his blessing
    blessings: tuple[tuple[str, ...], ...]  # صلى الله عليه وسلم أنه قال: a blessing before the verb, a hadith
    as_if: frozenset[str]  # وكأنه يقول: what someone seems to say
    negations: frozenset[str]  # لم، دون أن ...: a negated verb reports nothing
    named_subject_object: frozenset[str]  # lemmas reporting with a plain object after a named subject
    group_subject_object: frozenset[str]  # ... and after an unnamed group or relative (كشف أحد أقارب القاتل العديد من)
    only_before_complementizer: dict[str, str]  # form → lemma, a verb only before أن/إن (بين)
    noun_readings: dict[str, frozenset[str]]  # form → words after which it is a noun (طالب دكتوراة: a student)
    generic_officials: frozenset[str]  # المسؤول: "the official" no name follows is the last person speaking
    pronoun_subjects: frozenset[str]  # لكنه، وهو: "he" before a verb, the person the article named
    copulas: frozenset[str]  # كانوا، أصبح: a participle after them is their predicate (وكانوا متهمين معه), no adverbial
    topic_verbs: frozenset[str]  # علق على ما حدث قائلا: the preposition names the topic when an adverbial brings the words
    unnamed_people: frozenset[str]  # رجل، امرأة: someone unnamed, as a verb's subject with no name after it
    officials_named_after: frozenset[str]  # مسؤول ... then a name with no comma: the official named
    named_as: frozenset[str]  # يدعى، اسمه: the name of someone just described follows
    honorific_styles: frozenset[str]  # صاحب السمو: a style before a name
    adjective_readings: frozenset[str]  # مشددة: also "strict", an adjective after an indefinite one (إجراءات أمنية مشددة)
    state_readings: frozenset[str]  # معلقا: also "suspended", a state before ب (معلقا بيد مدرب الفريق)
    expected: frozenset[str]  # المتوقع، متوقعا: "it is expected that" before a verb, nothing said yet
    while_words: frozenset[str]  # فيما، بينما: an unnamed source's words "while" another speaks do not go on after
    partitives: frozenset[str]  # منهم: "منهم من قال إن" (some of them said), an unnamed group speaks
    issued_statements: frozenset[str]  # بيان، بلاغ: "وقال البيان" refers back to who issued one
    documents: frozenset[str]  # تقرير، بيانات: a document or figures speak for their owner named after them
    only_opening: frozenset[str]  # أظهر: a reporting verb only where it opens the sentence (وأظهرت دراسة أن)
    in_document: frozenset[str]  # جاء، ورد: a document's words, only in "جاء في البيان" / "بيان جاء فيه"
    object_first: frozenset[str]  # lemmas whose first word after them is their object
    time_prepositions: frozenset[str]  # بعد، قبل: when, after a verbal noun, not what was said
    subject_before_complementizer: frozenset[str]  # ... but not a definite phrase right before أن/إن (اعتبر)
    told_verbs: frozenset[str]  # أبلغ، أخبر: an agency as their object is the medium
    not_according: frozenset[str]  # فحسب: no attribution
    writers_notes: frozenset[str]  # يذكر أن ...: the writer's aside, no one's statement
    not_content_after: frozenset[str]  # قبل أن / بعد أن: أن opening no reported content
    construct_heads: frozenset[str]  # في إطار تعهد ...: a verb form after one is a verbal noun
    saying_nouns: frozenset[str]  # بقوله: "by saying", before a colon, a quotation or أن
    gestures: frozenset[str]  # أشار بيده: a gesture, no words
    audiences: frozenset[str]  # للصحفيين: a medium word that is whole, no name follows it
    relating_adjectives: frozenset[str]  # الخاصة بتحويل: an adjective's own ب, no content opened
    complement_adverbials: frozenset[str]  # مقرا بأن: an adverbial only before أن (مقرا للتهريب: a headquarters)
    counted_times: frozenset[str]  # عدة مرات: a count of times, no group of speakers
    obliging_words: frozenset[str]  # عليك أن تتساءل: what should be said, before أن and a present form
    added_objects: dict[str, frozenset[str]]  # أضاف → الهدف، نقطة ...: what it adds when it reports no words
    asking_verbs: frozenset[str]  # تساءل: its words may open with a question word
    questions: frozenset[str]  # أين، لماذا: a question word opening the words asked
    passive_label: str  # the speaker text of a passive report (وُصف X بأنه ...)
    quote_paragraph_verb: str  # the verb shown for a paragraph that is a quotation alone
    topic_lead_ins: frozenset[str]  # وعن: a topic before the colon of a quotation that goes on

    def speech_noun(self, norm: str) -> bool:
        """بيان، البيان، بيانا، بيانه: a noun for something said, bare, definite, accusative or owned."""
        bare = norm[2:] if norm.startswith("ال") else norm[:-1] if norm.endswith("ا") else norm
        return bare in self.speech_nouns or norm in self.speech_nouns or self.owned_speech(norm)

    def owned_speech(self, norm: str) -> bool:
        """كلمته، بيانها، تصريحاته، تغريدتها: a noun for something said, with its owner's pronoun."""
        for suffix in self.object_suffixes:
            stem = norm[: -len(suffix)]
            if norm.endswith(suffix) and (stem in self.speech_nouns or stem.endswith("ت") and stem[:-1] + "ه" in self.speech_nouns):
                return True
        return False

    def _verb_form(self, norm: str) -> str | None:
        """The lexicon's verb form in ``norm``, also after a leading و or ف (وقال → قال; never وك + تبت)."""
        bare = norm[1:] if norm[:1] in "وف" and len(norm) > 3 else norm
        return bare if bare in self.verbs else norm if norm in self.verbs else None

    def names_as(self, norm: str) -> bool:
        """يدعى، ويدعى، واسمه: a word after which someone just described is named."""
        return strip_conjunction(norm)[1] in self.named_as

    def conjoined_lemma(self, norm: str) -> str | None:
        """وقال، فأكد، وكتبت: the lemma of a verb form, also after a leading و or ف."""
        form = self._verb_form(norm)
        return self.verbs[form] if form is not None else None

    def gender_of_form(self, norm: str) -> str | None:
        """"f" for a feminine singular form (قالت، تقول، وتتحدث), "m" for a masculine one that has a
        feminine counterpart (قال، يقول، تحدث: its ت is the root's), None where the form tells nothing."""
        bare = self._verb_form(norm)
        if bare is None:
            return None
        if bare.endswith("ت") and bare[:-1] in self.verbs or bare[:1] == "ت" and "ي" + bare[1:] in self.verbs:
            return "f"
        if bare + "ت" in self.verbs or bare[:1] == "ي" and "ت" + bare[1:] in self.verbs:
            return "m"
        lemma = match_form(self.verbs[bare])  # a final weak letter gives way to the ت: دعا / دعت، نفى / نفت، رأى / رأت
        if lemma[-1:] in "اي" and len(lemma) > 2:
            if bare == lemma[:-1] + "ت":
                return "f"
            if bare == lemma and lemma[:-1] + "ت" in self.verbs:
                return "m"
        return None

    def present_form(self, norm: str) -> bool:
        """يقول، وتعتبر: a present-tense form (تابع and تحدثت, whose ت is the lemma's, are past)."""
        bare = self._verb_form(norm)
        return bare is not None and bare[:1] in "يت" and not bare.startswith(match_form(self.verbs[bare]))

    def verb_lemma(self, norm: str) -> str | None:
        """The lemma of a reporting-verb form, also with an attached object pronoun (تعتبرهما)."""
        if norm in self.verbs:
            return self.verbs[norm]
        for suffix in self.object_suffixes:
            stem = norm[: -len(suffix)]
            if norm.endswith(suffix) and len(stem) >= 3:
                for form in (stem, stem + "ا"):  # وصفوهم ← وصفوا
                    lemma = self.verbs.get(form)
                    if lemma is not None and lemma in self.object_suffix_verbs:
                        return lemma
        return None


def _openers(data: dict) -> dict[str, tuple[str, ...]]:
    """lemma → the prepositions that open its content; a verbal noun's (إعلان عن) also under its
    matching form, the lemma verbal-noun acts carry."""
    out: dict[str, tuple[str, ...]] = {}
    for lemma, prep in data.items():
        preps = tuple(match_form(p) for p in ([prep] if isinstance(prep, str) else prep))
        out[lemma] = out[match_form(lemma)] = preps
    return out


def _forms(words: list[str]) -> frozenset[str]:
    return frozenset(match_form(w) for w in words)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    data = yaml.safe_load(LEXICON_FILE.read_text(encoding="utf-8"))
    verbs = {match_form(f): lemma for lemma, forms in data["verbs"].items() for f in forms}
    for form, lemma in list(verbs.items()):  # plurals the lexicon leaves out: يطالب → يطالبون، أكد → أكدوا
        plural = form + "ون" if form.startswith("ي") else None if form.endswith(("ت", "ا", "ي")) or form.startswith("ت") else form + "وا"
        if plural is not None and len(form) >= 3:
            verbs.setdefault(plural, lemma)
    verbs.update({match_form(f): IMPERSONAL for f in data["impersonal"]})
    return Lexicon(
        verbs=verbs,
        weak=_forms(data["weak"]) | {IMPERSONAL},
        adverbials=_forms(data["adverbials"]),
        comma_adverbials=_forms(data["comma_adverbials"]),
        complementizers=_forms(data["complementizers"]),
        relay_verbs=_forms(data["relay_verbs"]),
        relay_speech=_forms(data["relay_speech"]),
        according_to=frozenset(alias_key(w) for w in data["according_to"]),
        after_content=frozenset(alias_key(w) for w in data["after_content"]),
        these_words=frozenset(alias_key(w) for w in data["these_words"]),
        anonymous=_forms(data["anonymous"]),
        time_words=_forms(data["time_words"]),
        media_words=_forms(data["media_words"]),
        demonstratives=_forms(data["demonstratives"]),
        agent_markers=frozenset(alias_key(w) for w in data["agent_markers"]),
        subject_nouns=_forms(data["subject_nouns"]),
        object_openers=_openers(data["object_openers"]),
        openers_at_frame_end=frozenset(data["openers_at_frame_end"]),
        adverbial_verbs={match_form(form): verb for form, verb in data["adverbial_verbs"].items()},
        object_suffix_verbs=frozenset(data["object_suffix_verbs"]),
        announced_object_verbs=frozenset(data["announced_object_verbs"]),
        object_suffixes=tuple(match_form(x) for x in data["object_suffixes"]),
        object_in_content=frozenset(data["object_in_content"]),
        nominal=_forms(data["nominal"]),
        nominal_with_object=_forms(data["nominal_with_object"]),
        continuing=frozenset(data["continuing"]),
        speech_nouns=_forms(data["speech_nouns"]),
        speech_adjectives=_forms(data["speech_adjectives"]),
        group_subjects=_forms(data["group_subjects"]),
        indefinite_groups=_forms(data["indefinite_groups"]),
        subject_first=frozenset(data["subject_first"]),
        scripture=_forms(data["scripture"]),
        scripture_formulas=tuple(tuple(match_form(w) for w in p.split()) for p in data["scripture_formulas"]),
        blessings=tuple(tuple(match_form(w) for w in p.split()) for p in data["blessings"]),
        as_if=_forms(data["as_if"]),
        bare_passive=_forms(data["bare_passive"]),
        also_prepositions=_forms(data["also_prepositions"]),
        kinship=_forms(data["kinship"]),
        teasers=_forms(data["teasers"]),
        link_lines=tuple(tuple(match_form(w) for w in line.split()) for line in data["link_lines"]),
        impersonal=_forms(data["impersonal"]),
        honorific_pronouns=_forms(data["honorific_pronouns"]),
        negations=_forms(data["negations"]),
        named_subject_object=frozenset(data["named_subject_object"]),
        group_subject_object=frozenset(data["group_subject_object"]),
        object_first=frozenset(data["object_first"]),
        time_prepositions=_forms(data["time_prepositions"]),
        subject_before_complementizer=frozenset(data["subject_before_complementizer"]),
        told_verbs=frozenset(data["told_verbs"]),
        not_according=_forms(data["not_according"]),
        writers_notes=_forms(data["writers_notes"]),
        not_content_after=_forms(data["not_content_after"]),
        construct_heads=_forms(data["construct_heads"]),
        saying_nouns=_forms(data["saying_nouns"]),
        gestures=_forms(data["gestures"]),
        audiences=_forms(data["audiences"]),
        relating_adjectives=_forms(data["relating_adjectives"]),
        complement_adverbials=_forms(data["complement_adverbials"]),
        counted_times=_forms(data["counted_times"]),
        obliging_words=_forms(data["obliging_words"]),
        added_objects={lemma: _forms(words) for lemma, words in data["added_objects"].items()},
        asking_verbs=_forms(data["asking_verbs"]),
        questions=_forms(data["questions"]),
        passive_label=str(data["passive_label"]),
        quote_paragraph_verb=str(data["quote_paragraph_verb"]),
        topic_lead_ins=_forms(data["topic_lead_ins"]),
        only_before_complementizer={match_form(f): lemma for f, lemma in data["only_before_complementizer"].items()},
        noun_readings={match_form(f): _forms(after) for f, after in data["noun_readings"].items()},
        in_document=_forms(data["in_document"]),
        only_opening=frozenset(data["only_opening"]),
        generic_officials=_forms(data["generic_officials"]),
        pronoun_subjects=_forms(data["pronoun_subjects"]),
        copulas=_forms(data["copulas"]),
        documents=_forms(data["documents"]),
        issued_statements=_forms(data["issued_statements"]),
        partitives=_forms(data["partitives"]),
        while_words=_forms(data["while_words"]),
        expected=_forms(data["expected"]),
        adjective_readings=_forms(data["adjective_readings"]),
        state_readings=_forms(data["state_readings"]),
        unnamed_people=_forms(data["unnamed_people"]),
        officials_named_after=_forms(data["officials_named_after"]),
        named_as=_forms(data["named_as"]),
        honorific_styles=_forms(data["honorific_styles"]),
        topic_verbs=frozenset(data["topic_verbs"]),
    )
