"""The Arabic text layer: matching form, sentences, tokens and their offsets."""

from lib.arabic import clean_text, match_form, sentence_spans, split_sentences, strip_proclitics


def test_matching_form_folds_hamza_alef_maqsura_ta_marbuta_and_diacritics():
    assert match_form("الأمم المتحدة") == match_form("الامم المتحده")
    assert match_form("سُورِيَّة") == match_form("سورية") == "سوريه"
    assert match_form("مصطفى") == "مصطفي"
    assert match_form("إيران") == match_form("ايران")
    assert match_form("قـــال") == "قال"  # tatweel
    assert match_form("٢٠١٥") == "2015"


def test_clean_text_removes_invisible_marks_and_unifies_line_ends():
    assert clean_text("قال\u200f كيري\r\nأمس") == "قال كيري\nأمس"


def test_quotes_are_not_split_into_sentences():
    text = "وقال: «نحن نحاول. سأعقد اجتماعات». وأضاف كيري أمس."
    spans = sentence_spans(text)
    assert [text[s:e] for s, e, _ in spans] == ["وقال: «نحن نحاول. سأعقد اجتماعات».", "وأضاف كيري أمس."]


def test_every_token_offset_points_at_the_original_text():
    text = "أعلن وزير الخارجية الأميركي جون كيري الخميس أنه سيغادر إلى لندن.\nوقال ل «رويترز» إن ..."
    for sentence in split_sentences(text):
        assert text[sentence.start:sentence.end].strip()
        for tok in sentence.tokens:
            assert text[tok.start:tok.end] == tok.text


def test_clitic_candidates_include_the_bare_stem():
    stems = {stem for _, stem in strip_proclitics(match_form("ولافروف"))}
    assert "لافروف" in stems
    assert "الامم" in {stem for _, stem in strip_proclitics(match_form("للأمم"))}


def test_words_run_together_are_split_at_known_names(pipeline, seed_articles):
    article = seed_articles["002_9bd065f898af27b9"]
    result = pipeline.process(article)
    joined = article.text.index("روسياوالولاياتالمتحدة")
    inside = [m for m in result.mentions if joined <= m.start < joined + len("روسياوالولاياتالمتحدة")]
    assert [m.actor_id for m in inside] == ["russia", "usa"]
    for m in inside:
        assert article.text[m.start:m.end] == m.text


def test_un_run_together_is_linked(processed):
    result = processed["000_3e683ebdcf5b2f8c"]
    assert any(m.text == "الأممالمتحدة" and m.actor_id == "un" for m in result.mentions)
