"""Statements: who said what, when: the acceptance points on the seeds and general behaviour."""


from conftest import NEWS_44K, ROOT, statements_of
from conftest import one_with as _one
from conftest import said_in as _said

from lib.records import Article, PartialDate
from lib.statement_eval import combined, evaluate_gold_dir, load_gold_articles


def test_kerry_no_military_solution_is_one_direct_statement_dated_the_thursday(processed):
    s = _one(processed["000_3e683ebdcf5b2f8c"].statements, "ليس هناك حل عسكري")
    assert s.speaker_id == "john_kerry" and s.is_direct
    assert "ليس هناك حل عسكري" in s.quote
    assert s.date == PartialDate(2013, 10, 10)


def test_lukashevich_quote_and_its_continuation_are_two_statements(processed):
    said = statements_of(processed["000_3e683ebdcf5b2f8c"], "alexander_lukashevich")
    assert len(said) == 2
    assert said[0].quote.startswith("يجب ألا نمضي قدماً") and said[1].quote.startswith("هذا الأمر ليس متروكاً")
    assert said[0].medium == "للصحافيين"


def test_content_before_the_verb_is_toners(processed):
    s = _one(processed["003_70d7bdd9961fbf09"].statements, "وستشمل المباحثات ايضا الازمة في شرق اوكرانيا")
    assert s.speaker_id == "mark_toner" and s.date == PartialDate(2015, 12, 11)


def test_relay_through_interfax_is_zakharovas_with_interfax_as_channel(processed):
    s = _one(processed["002_9bd065f898af27b9"].statements, "من المقرر عقد اجتماع")
    assert s.speaker_id == "maria_zakharova" and s.channel_id == "interfax"


def test_an_anonymous_source_is_never_a_named_actor(processed):
    s = _one(processed["001_26315c06c95c515a"].statements, "واشنطن ترغب")
    assert s.speaker_id is None and s.anonymous and s.speaker_text.startswith("مسؤول أميركي كبير")


def test_a_month_precision_article_gives_month_precision_statements(processed):
    statements = processed["002_9bd065f898af27b9"].statements
    assert statements and all(s.date == PartialDate(2016, 7) for s in statements)
    assert {s.date_basis for s in statements} <= {"article date", "inherited"}


def test_every_statement_span_is_the_article_text(processed):
    for result in processed.values():
        for s in result.statements:
            assert result.article.text[s.start:s.end] == s.text


def test_continuation_and_adverbial_take_the_previous_speaker(pipeline):
    text = ("وقال وزير الخارجية الإيراني محمد جواد ظريف للصحافيين إن الحل سياسي. "
            "وأضاف: «لا حل عسكرياً في سورية»، مشدداً على أن «الحوار هو الطريق».")
    said = pipeline.process(Article("t", text, date=PartialDate(2016, 2, 3))).statements
    assert [s.speaker_id for s in said] == ["javad_zarif"] * 3
    assert [s.is_direct for s in said] == [False, True, True]


def test_speakers_before_the_verb_and_title_only_speakers(pipeline):
    text = ("التقى الرئيس التركي رجب طيب أردوغان نظيره الروسي فلاديمير بوتين في سوتشي. "
            "وقال الرئيس الروسي إن المحادثات كانت بناءة.")
    said = pipeline.process(Article("t", text, date=PartialDate(2017, 5, 3))).statements
    assert [(s.speaker_id, s.place_id) for s in said] == [("vladimir_putin", None)]


def test_institutions_speak_and_the_ministry_is_resolved(processed):
    said = processed["004_91a734e0eab9479f"].statements
    ministry = [s for s in said if s.speaker_id == "russian_foreign_ministry"]
    assert len(ministry) == 2  # أعلنت وزارة الخارجية الروسية ... / وقالت الوزارة ...


def test_statements_mention_the_actors_they_speak_about(processed):
    s = _one(processed["004_91a734e0eab9479f"].statements, "على مجلس الأمن الدولي النظر")
    assert s.speaker_id == "sergey_lavrov" and "un_security_council" in s.about


def test_seed_gold_precision_and_recall():
    report = evaluate_gold_dir(ROOT / "tests" / "gold" / "seeds")
    assert len(report.articles) == 5
    assert report.precision >= 0.90 and report.recall >= 0.90, report.lines()


def test_news_gold_precision_and_recall_over_every_annotated_news_article():
    """The target (0.85 / 0.85) over all hand-annotated news articles (development and held-out
    sets together); each held-out set's first measure, before any tuning on it, is in the README."""
    if not NEWS_44K.exists():
        import pytest

        pytest.skip(f"needs {NEWS_44K}")
    sets = [d for d in sorted((ROOT / "tests" / "gold").iterdir()) if d.is_dir() and d.name != "seeds"]
    articles = load_gold_articles(sets)
    reports = [evaluate_gold_dir(d, articles=articles) for d in sets]
    total = combined(reports)
    lines = [line for r in reports for line in r.lines() if line.startswith("overall")]
    assert len(total.articles) >= 40, lines
    assert total.precision >= 0.85 and total.recall >= 0.85, lines


def test_truncated_or_odd_sentences_never_crash(pipeline):
    for text in ["ونقلت وكالة رويترز عن لافروف قوله", "قال", "«", "وأضاف:", "قائلاً", "بحسب", "كما أضاف تونر"]:
        result = pipeline.process(Article("t", text))
        for s in result.statements:
            assert text[s.start:s.end] == s.text


def test_a_relative_clause_with_its_own_subject_is_a_statement_inside_another(pipeline):
    said = _said(pipeline, "وقال وزير الخارجية الروسي سيرغي لافروف إن «لا يمكن أن نثق بنتائج تحقيقات تجري عن بعد»، "
                           "مشيرا إلى الهجوم على بلدة خان شيخون التي تتهم واشنطن النظام السوري بشنه.")
    assert "sergey_lavrov" in [s.speaker_id for s in said]
    washington = [s for s in said if s.speaker_id == "washington"]
    assert len(washington) == 1 and washington[0].text.startswith("النظام السوري")


def test_a_relative_clause_on_spoken_words_is_their_owners_statement(pipeline):
    said = _said(pipeline, "ردت وزارة الخارجية الإيرانية على تصريحات ولي العهد السعودي الأمير محمد بن سلمان، "
                           "الثلاثاء الماضي، خلال زيارته إلى فرنسا، التي اتهم فيها إيران بأن لديها مشاريع هدامة.")
    s = _one(said, "لديها مشاريع هدامة")
    assert s.speaker_id == "mohammed_bin_salman"


def test_a_relative_pronoun_must_agree_with_the_person_it_would_give_the_words_to(pipeline):
    said = _said(pipeline, "وتصاعدت الهجمات منذ تعيين الملا اختر منصور على رأس حركة طالبان بعد وفاة الملا عمر التي أعلنت الأسبوع الماضي.")
    assert said == []


def test_a_verbal_noun_with_its_owner_and_content_reports_speech(pipeline):
    said = _said(pipeline, "وبعد أيام من إعلان الرئيس الأميركي، دونالد ترامب، أنه أمر بإنشاء فرع سادس للجيش للتركيز على الفضاء، "
                           "أشارت الوزيرة إلى أن الفضاء يجب أن يبقى سلميا.")
    assert _one(said, "أمر بإنشاء فرع سادس").speaker_id == "donald_trump"
    # "his statements raised fears ... although": the noun is the subject of another verb, not a report
    said = _said(pipeline, "وأثارت تصريحات ترامب المخاوف من سباق تسلح في الفضاء رغم أن الولايات المتحدة عضو في معاهدة الفضاء.")
    assert said == []


def test_an_anonymous_source_before_a_verb_with_an_object_pronoun(pipeline):
    said = _said(pipeline, "وأشارت وزارة الداخلية الأفغانية إلى أن جميع الأشخاص الذين قتلوا في الهجوم هم مدنيون. "
                           "غير أنّ مسؤولين محليين وصفوهم بأنهم مقاتلون ضد حركة طالبان.")
    s = _one(said, "مقاتلون ضد حركة طالبان")
    assert s.speaker_id is None and s.anonymous and "مسؤولين" in s.speaker_text


def test_what_a_speaker_describes_is_part_of_the_statement(pipeline):
    said = _said(pipeline, 'وصف وزير الخارجية السعودي عادل الجبير، الجمعة، دولة قطر والأزمة معها بأنها "صغيرة جدا".')
    s = _one(said, "صغيرة جدا")
    assert s.speaker_id == "adel_al_jubeir" and s.text.startswith("دولة قطر")


def test_welcoming_people_is_no_statement_welcoming_words_is(pipeline):
    assert _said(pipeline, "وزار عبد العزيز الرفاعي مدارس جدة، حيث رحب بهم في جدة.") == []
    said = _said(pipeline, 'ورحب المتحدث باسم البيت الأبيض جوش إرنست بـ"شجاعة" السناتور، معيداً التذكير بالحجج الأمنية.')
    assert _one(said, "شجاعة").speaker_id == "josh_earnest"


def test_a_title_and_its_complement_announce_the_name_after_them(pipeline):
    said = _said(pipeline, "وحضر التكريم مدير النشاط الطلابي الأستاذ خالد فضل. "
                           "من جانبها كرمت مساعدة المدير العام للتعليم بجدة للشؤون التعليمية نور باقادر، الطالبات في النادي؛ "
                           "معربة عن سعادتها بهذه المبادرة المباركة.")
    s = _one(said, "سعادتها بهذه المبادرة")
    assert s.speaker_id is not None and "باقادر" in s.speaker_id


def test_a_verb_coordinated_with_an_institutions_first_verb_shares_its_subject(pipeline):
    said = _said(pipeline, "أجرت الخارجية الأميركية تغييرا في تقريرها السنوي. "
                           'ونشرت الخارجية تقريرها عن حقوق الإنسان، يوم الجمعة، ووصفت فيه الفصل الخاص بإسرائيل بـ"إسرائيل والضفة الغربية".')
    assert _one(said, "الفصل الخاص بإسرائيل").speaker_id == "us_state_department"


def test_a_group_or_a_description_as_subject_is_never_the_previous_speaker(pipeline):
    said = _said(pipeline, "وقال وزير الداخلية الإيطالي ماتيو سالفيني إن الموانئ مغلقة. "
                           "واتهم عدد من السياسيين الإيطاليين سفينة تجارية إيطالية بخرق القانون الدولي. "
                           "وقامت السفينة بانتشال 108 مهاجرين، بحسب ما أفادت المواقع التي تتابع الحركة البحرية. "
                           'وقالت المفوضية العليا للاجئين تعليقا على ما حصل "إن ليبيا ليست ملجأ آمنا".')
    salvini = _one(said, "الموانئ مغلقة").speaker_id
    assert salvini is not None and "سالفيني" in salvini
    group = _one(said, "بخرق القانون الدولي")
    assert group.speaker_id is None and group.anonymous and group.speaker_text.startswith("عدد من السياسيين")
    sites = _one(said, "بانتشال 108 مهاجرين")
    assert sites.speaker_id is None and sites.speaker_text == "المواقع"
    unhcr = _one(said, "ليبيا ليست ملجأ آمنا")
    assert unhcr.speaker_id == "unhcr"


def test_with_an_object_pronoun_the_words_after_the_verb_are_its_subject(pipeline):
    said = _said(pipeline, "وسبق للأكاديمية أن طردت المنتج هارفي واينستين الذي تتهمه أكثر من مئة امرأة بالتحرش بهن.")
    s = _one(said, "بالتحرش بهن")
    assert s.speaker_id is None and s.speaker_text.startswith("أكثر من مئة امرأة")


def test_a_negated_verb_reports_nothing(pipeline):
    said = _said(pipeline, "وغادر المدرب جمال حاجي بغداد صباح أمس إلى تركيا من دون أن يكشف عن دوافع وأسباب مغادرته.")
    assert said == []


def test_bayyana_before_anna_reports_and_bayna_does_not(pipeline):
    said = _said(pipeline, "وقال رجل الأعمال طوني إيلومالو إنه اختار تونس للاستثمار. "
                           "وبين أن هذا البنك لديه فروع في أكثر من 20 دولة إفريقية، وأن التعاون بين البلدين مهم.")
    speakers = {s.speaker_id for s in said}
    assert len(said) == 2 and len(speakers) == 1 and None not in speakers
    assert "هذا البنك لديه فروع" in said[1].text


def test_kama_before_a_verb_with_its_own_content_is_no_after_content_marker(pipeline):
    said = _said(pipeline, "وقال رجل الأعمال طوني إيلومالو إنه اختار تونس للاستثمار. "
                           "ويقدم الصندوق فرصا للباعثين الشبان، كما أكد طوني إيلومالو أن عدد التونسيين المنتفعين سيرتفع.")
    assert not any("ويقدم الصندوق" in s.text for s in said)
    assert _one(said, "عدد التونسيين المنتفعين").speaker_id == said[0].speaker_id


def test_the_speaker_after_ma_and_a_resumptive_pronoun(pipeline):
    said = _said(pipeline, "انطلقت اليوم الطقوس الرسمية لزيارة الغريبة، "
                           "وفق ما صرح به روني الطلابلسي منظم رحلات معبد الغريبة بجزيرة جربة.")
    s = _one(said, "الطقوس الرسمية")
    assert s.speaker_id is not None and "الطلابلسي" in s.speaker_id


def test_a_named_subject_lets_a_denial_take_a_plain_object(pipeline):
    said = _said(pipeline, "استبعدت المستشارة الألمانية، أنجيلا ميركل أي احتمال ألماني للمشاركة بضربات جوية ضد سوريا.")
    assert _one(said, "أي احتمال ألماني").speaker_id == "angela_merkel"


def test_an_attribution_before_a_verb_is_its_channel_not_a_statement(pipeline):
    said = _said(pipeline, "كشف قائد المنتخب البلجيكي، إيدن هازارد، عن فريقه المفضل في مرحلة الطفولة. "
                           'ووفقا لصحيفة "الصن" البريطانية، قال نجم تشلسي الإنجليزي إنه شجع فرنسا في العام 1998.')
    s = _one(said, "شجع فرنسا")
    assert s.speaker_id == said[0].speaker_id and "هازارد" in s.speaker_id
    assert not any("الصن" in (m.text or "") and m.text.startswith("ل") for m in pipeline.process(Article("t", "ووفقا لصحيفة \"الصن\" البريطانية، قال هازارد إنه سعيد.")).mentions)


def test_a_name_after_a_preposition_before_the_verb_is_what_is_talked_about(pipeline):
    said = _said(pipeline, "وقال مدرب ريال مدريد رافايل بينيتيز إن الأمر بسيط جدا. "
                           "وعن سيرخيو راموس قال «راموس لاعب فريقنا وهو عنصر أساس بالنسبة لنا».")
    assert _one(said, "راموس لاعب فريقنا").speaker_id == said[0].speaker_id != "person:سيرخيو_راموس"


def test_a_verbal_noun_with_a_possessive_reports_the_clauses_speaker(pipeline):
    said = _said(pipeline, "وضح الرئيس الفرنسي إيمانويل ماكرون موقفه، بعد يوم من تعليقه بأنه \"أقنع\" الرئيس الأمريكي بالبقاء في سوريا.")
    assert _one(said, "أقنع").speaker_id == "emmanuel_macron"


def test_the_first_word_after_a_transitive_verb_is_its_object(pipeline):
    said = _said(pipeline, "وقال الرئيس الأميركي دونالد ترامب إن خفض العملات دفع الشركات إلى الخارج "
                           "ودعا الشركات إلى زيادة الإنتاج في الولايات المتحدة.")
    assert _one(said, "زيادة الإنتاج").speaker_id == "donald_trump"


def test_fahasb_is_no_attribution_and_an_institution_after_fi_is_no_speaker(pipeline):
    said = _said(pipeline, "نفت وزارة الإعلام الكويتية صحة ما تردد عن منع صحيفة الحياة. "
                           "وقال مدير العلاقات العامة والإعلام في الوزارة شامخ الرشيدي إن ما تردد عار تماما عن الصحة، "
                           "وذلك بعد ساعات فحسب من نشر الخبر.")
    s = _one(said, "عار تماما عن الصحة")
    assert s.speaker_id is not None and "الرشيدي" in s.speaker_id
    assert len(said) == 2


def test_a_name_the_recogniser_missed_is_found_as_a_verbs_subject(pipeline):
    said = _said(pipeline, "وقال المتحدث باسم البيت الأبيض إن واشنطن تدرس الرد. "
                           "وقالت يوروكونترول، في بيان، إنه يجب توخي الحذر عند تخطيط العمليات الجوية في شرق المتوسط.")
    s = _one(said, "يجب توخي الحذر")
    assert s.speaker_id is not None and "يوروكونترول" in s.speaker_id
    # a noun after a preposition-like verb form, a possessive or a plural is no name
    result = pipeline.process(Article("t", "ونشر الخبر عبر صفحته الرسمية، وقال متعاملون إن السوق هادئة. ووصف أخبارها بأنها ملفقة."))
    assert not [a for a in result.actors if a.startswith("person:")], result.actors


def test_an_unresolved_title_speaks_for_itself_and_asides_report_nothing(pipeline):
    said = _said(pipeline, "وفي حوار مع موقع «سي إن إن» الإخباري الأميركي، قال المتحدث باسم الشركة الألمانية، "
                           "إن «القيمة المالية تم تحديدها بناء على دور كل موظف».")
    s = _one(said, "القيمة المالية")
    assert s.speaker_id is None and s.anonymous and s.speaker_text.startswith("المتحدث باسم")
    assert _said(pipeline, "يذكر أن الجيش متهم بتنفيذ حملة تطهير عرقي بحق أقلية الروهينغا.") == []
    assert _said(pipeline, "ونشأ هازارد في الجزء الذي يتحدث اللغة الفرنسية من بلجيكا، قبل أن ينتقل إلى مدينة ليل.") == []


def test_a_relative_clause_on_someones_own_tweet_is_theirs(pipeline):
    said = _said(pipeline, 'وحذفت المغنية الأمريكية ليدي غاغا لاحقا تغريدتها الأصلية، التي أشارت فيها إلى "انتحار الصديق ريك غينيست".')
    s = _one(said, "انتحار الصديق")
    assert s.speaker_id is not None and "غاغا" in s.speaker_id


def test_a_titles_person_replaces_the_institution_the_title_names(pipeline):
    said = _said(pipeline, "أعلن التحالف العربي الذي تقوده السعودية في اليمن أن الدفاعات اعترضت صاروخا. "
                           "وقال المتحدث الرسمي باسم قوات التحالف العقيد الركن تركي المالكي، في بيان، إن الصاروخ كان باتجاه جازان.")
    s = _one(said, "الصاروخ كان باتجاه جازان")
    assert s.speaker_id is not None and "المالكي" in s.speaker_id


def test_a_describing_verb_with_neither_subject_nor_object_is_passive(pipeline):
    said = _said(pipeline, 'وقال الرئيس الأميركي دونالد ترامب إن الإعلام غير منصف. '
                           'ومنعت مراسلة من تغطية حدث بعد أن وجهت أسئلة للرئيس دونالد ترامب وصفت بأنها "غير مناسبة".')
    s = _one(said, "غير مناسبة")
    assert s.speaker_id is None and s.anonymous


def test_an_institution_the_knowledge_base_lacks_speaks_and_its_statement_continues(pipeline):
    said = _said(pipeline, "وقالت قوة المهام المشتركة في بيان : إنه تم تنفيذ تسع ضربات جوية في سوريا تركزت قرب مدينة الحسكة. "
                           "وأضاف البيان أن قوات التحالف نفذت في العراق عشر ضربات جوية قرب ثماني مدن.")
    first, second = _one(said, "تسع ضربات"), _one(said, "عشر ضربات")
    assert first.speaker_id is not None and "المهام" in first.speaker_id
    assert second.speaker_id == first.speaker_id  # البيان: the statement of the one who issued it


def test_a_governments_statement_is_its_countrys(pipeline):
    said = _said(pipeline, 'أفاد بيان للحكومة العراقية الخميس، أن القوات الجوية العراقية نفذت ضربات جوية ضد مواقع تنظيم "الدولة الإسلامية".')
    assert _one(said, "القوات الجوية العراقية نفذت").speaker_id == "iraq"


def test_an_indefinite_plural_group_is_an_unnamed_speaker_not_the_previous_one(pipeline):
    said = _said(pipeline, "وقال الجبير إن بلاده مستعدة لإرسال قوات. "
                           "وصدر التقرير بعد هجوم كيميائي مفترض قرب دمشق، واتهمت دول غربية نظام الرئيس بشار الأسد بالوقوف خلفه. "
                           "وسبق لوسائل إعلام إسبانية ان ذكرت بأن راموس يريد ترك ريال مدريد.")
    accused = _one(said, "بالوقوف خلفه")
    assert accused.speaker_id is None and accused.anonymous and accused.speaker_text == "دول غربية"
    # "دعا دول العالم إلى": a definite word after the plural makes it the object, not a group
    called = _said(pipeline, "وقال الجبير إن بلاده مستعدة. ودعا دول العالم إلى دعم الحل السياسي.")
    assert _one(called, "دعم الحل السياسي").speaker_id == "adel_al_jubeir"


def test_advice_and_telling_verbs_report_speech(pipeline):
    said = _said(pipeline, "وفي لندن، نصحت هيئة النقل المسافرين بضرورة التأكد من مواعيد القطارات قبل التوجه إليها.")
    s = _one(said, "التأكد من مواعيد")
    assert s.speaker_id is not None and "النقل" in s.speaker_id
    said = _said(pipeline, "وضّح الرئيس الفرنسي، إيمانويل ماكرون، الإثنين، أن فرنسا لم تعلن الحرب على نظام الأسد.")
    assert _one(said, "لم تعلن الحرب").speaker_id == "emmanuel_macron"


def test_an_unnamed_group_before_its_verb_is_never_the_previous_speaker(pipeline):
    said = _said(pipeline, "وقال الجبير إن بلاده مستعدة لإرسال قوات. "
                           "وسبق لوسائل إعلام إسبانية ان ذكرت بأن راموس يريد ترك ريال مدريد. "
                           "وكانت مصادر قالت إن الأمر انتهى. وكان دبلوماسيون غربيون قد أكدوا أن الاتفاق قريب.")
    assert [(s.speaker_text, s.anonymous) for s in said[1:]] == [
        ("وسائل إعلام إسبانية", True), ("مصادر", True), ("دبلوماسيون غربيون", True)]


def test_police_and_ministries_named_with_a_place_speak_for_themselves(pipeline):
    said = _said(pipeline, "قالت شرطة كولورادو إنها اعتقلت رجلا يشتبه بأنه ألقى نسخة من الكتاب المقدس داخل مسجد. "
                           "وقال جون هوتو إن الحادث مؤلم. وذكرت الشرطة أنه قلب المقاعد وكسر نوافذ. "
                           "كشفت وزارة العدل السعودية، السبت، عن تلقي دوائر التنفيذ أكثر من 72 ألف طلب.")
    police = _one(said, "اعتقلت رجلا").speaker_id
    assert police is not None and "كولورادو" in police
    assert _one(said, "قلب المقاعد").speaker_id == police  # الشرطة: the police named before, not the last speaker
    ministry = _one(said, "72 ألف طلب").speaker_id
    assert ministry is not None and "العدل" in ministry


def test_a_reverent_pronoun_is_the_dignitary_and_scripture_is_no_ones_statement(pipeline):
    said = _said(pipeline, "وصف سماحة مفتي عام المملكة رئيس هيئة كبار العلماء الشيخ عبدالعزيز بن عبدالله آل الشيخ "
                           "حادثة التفجير الغاشم الذي استهدف مسجد قوات الطوارئ بالعمل الإجرامي. "
                           "وقال سماحته في مداخلة مع قناة الإخبارية : المصاب مصاب الجميع. "
                           "قال الله تعالى // ومن أظلم ممن منع مساجد الله . وأضاف سماحته : هذه الأحداث لن تبعدنا عن مبادئنا.")
    mufti = _one(said, "المصاب مصاب الجميع").speaker_id
    assert mufti is not None and "ال_الشيخ" in mufti
    assert _one(said, "لن تبعدنا").speaker_id == mufti
    assert not [s for s in said if "ومن أظلم" in s.text]


def test_rumours_reports_and_studies_speak_unnamed_and_links_to_other_articles_say_nothing(pipeline):
    said = _said(pipeline, "وقال مصدر في الموقع المذكور: \"إن براد ونيري وجدا ضالتهما\". ونقلت تقارير أن براد مفتون بهذه المرأة. "
                           "ولقد تردد أن براد كان \"يتواعد بهدوء\" مع أوكسمان. قال باحثون إن تناول الخضروات يبطئ التدهور. "
                           "وأوضحت دراسة للباحثين في جامعة راش إن الحمية مفيدة.")
    for fragment in ("مفتون بهذه المرأة", "يتواعد بهدوء", "تناول الخضروات", "الحمية مفيدة"):
        s = _one(said, fragment)
        assert s.speaker_id is None and s.anonymous, fragment
    said = _said(pipeline, "وقال الجيش الإسرائيلي في بيان له: \"لن نسمح بذلك\".\n"
                           "اقرأ.. حماس تهدد بضرب عمق المستوطنات\n"
                           "وأكد الجيش أن القصف استهدف موقعا لحماس.")
    assert [s.speaker_id for s in said] == ["organization:الجيش_الاسرائيلي"] * 2  # الجيش: the army named before
    assert _one(said, "لن نسمح").text.startswith("\"")  # في بيان له is the frame, not what was said


def test_adverbials_split_statements_and_a_presidency_speaks_for_its_state(pipeline):
    said = _said(pipeline, "من جانبه أكد اللاعب محمد مجرشي عن سعادته بتمثيل التعاون، واصفا الأجواء داخل النادي بالمميزة، "
                           "متمنيا بأن يقدم كل ما لديه.")
    assert len(said) == 3 and {s.speaker_id for s in said} == {"person:محمد_مجرشي"}
    said = _said(pipeline, "وقال السفير المصري أسامة شلتوت إن العلاقات جيدة.\n من جانبها، أكدت الرئاسة السودانية في بيان، "
                           "مشاركة الرئيس عمر البشير في حفل افتتاح قناة السويس الجديدة.")
    assert _one(said, "مشاركة الرئيس عمر البشير").speaker_id == "sudan"  # the president is what was said


def test_a_contrast_opens_a_new_speakers_clause_inside_earlier_content(pipeline):
    said = _said(pipeline, "وكانت كوريا الشمالية قد أعلنت أنها وفت بوعدها بغلق الأنفاق لكن بعد ساعات أعلن ترامب إلغاء القمة. "
                           "وكان ترامب أعلن أيضا إعادة العمل بالعقوبات على طهران، فيما عبر الأوروبيون عن أسفهم. "
                           "على الساحة الخليجية، أعلنت كلا من السعودية والبحرين تأييدها الخطوات.")
    assert _one(said, "وفت بوعدها").speaker_id == "north_korea"
    assert _one(said, "إلغاء القمة").speaker_id == "donald_trump"
    europeans = _one(said, "أسفهم")
    assert europeans.anonymous and europeans.speaker_text == "الأوروبيون"
    assert _one(said, "تأييدها الخطوات").speaker_id == "saudi_arabia"  # كلا من: the first of those named


def test_a_city_whose_name_begins_with_ba_is_a_speaker_not_a_place(pipeline):
    said = _said(pipeline, "بسبب برنامج كوريا الشمالية للأسلحة النووية والذي تصفه بيونغيانغ بأنه خط دفاع عن أراضيها.")
    assert _one(said, "خط دفاع").speaker_id == "pyongyang"


def test_a_known_person_spelt_otherwise_is_still_that_person(pipeline):
    said = _said(pipeline, 'وقالت وزيرة خارجية الاتحاد الأوروبي فيديريكا موغريني خلال مؤتمر صحافي في عمان: "ستجدون الاتحاد '
                           'الأوروبي دائماً إلى جانبكم". وفي اتصال هاتفي نفى وزير الخارجية التركي مولود تشاوش أوغلو هذه الاتهامات.')
    assert _one(said, "ستجدون").speaker_id == "federica_mogherini"
    assert _one(said, "هذه الاتهامات").speaker_id == "mevlut_cavusoglu"


def test_the_company_and_its_name_without_its_head_are_the_company_named_before(pipeline):
    said = _said(pipeline, "تقدم رئيس شركة الخطوط الجوية البريطانية للطيران باعتذار. وقال أليكس كروز لبي بي سي إن القراصنة "
                           "شنوا هجوما معقدا. وقالت الشركة إن بيانات شخصية تعرضت للاختراق. "
                           "وأوضحت الخطوط الجوية البريطانية إن اختراق نظامها حدث في أغسطس.")
    company = _one(said, "بيانات شخصية").speaker_id
    assert company is not None and company.startswith("organization:") and "الخطوط" in company
    assert _one(said, "اختراق نظامها").speaker_id == company


def test_a_relative_of_a_named_person_is_never_that_person(pipeline):
    said = _said(pipeline, "وقال الجبير إن بلاده مستعدة. في أول تعليق لها، أكدت زوجة الرئيس السوري بشار الأسد، أسماء الأسد، "
                           "أنها من الشعب الذي \"علّم العالم الصمود\". وقال نجل الرئيس المصري السابق حسني مبارك، علاء مبارك، "
                           "إن والده بخير.")
    wife = _one(said, "من الشعب الذي")
    assert wife.speaker_id != "bashar_al_assad" and wife.anonymous and wife.speaker_text.startswith("زوجة الرئيس")
    assert _one(said, "والده بخير").speaker_id == "person:علاء_مبارك"


def test_the_words_after_an_attribution_verb_are_its_subject_and_abr_is_also_through(pipeline):
    said = _said(pipeline, "وقد أمسك خمسة رجال بفيصل أكجاي من أمام منزله، بحسب ما روى أصدقاؤه وشهود عيان. "
                           "وقال ساري إن الفريق قوي، ليساهم في فوز فريقه 3-2، عبر تمريرة حاسمة جاء منها هدف الفوز عن طريق ألونسو.")
    friends = _one(said, "أمسك خمسة رجال")
    assert friends.anonymous and friends.speaker_text == "أصدقاؤه وشهود عيان"
    assert [s.speaker_id for s in said if s.sentence == 1] == ["person:ساري"]  # عبر تمريرة: no second act


def test_a_description_with_an_adjective_refers_back_to_the_person_it_introduced(pipeline):
    said = _said(pipeline, 'أكد النجم البلجيكي إيدين هازارد، أنه لن يرحل عن ناديه تشلسي "هذه السنة على الأقل". '
                           'وفي تصريحات لإذاعة "أر أم سي" الفرنسية، قال المهاجم البلجيكي: "المغادرة هذه السنة؟ لن أغادر".')
    assert _one(said, "المغادرة").speaker_id == "person:ايدين_هازارد"


def test_a_hashtag_names_its_actor(pipeline):
    said = _said(pipeline, "أعلن #الاتحاد_الأوروبي اليوم الأحد، تقديم 20 مليون يورو إضافية للأردن. وقال #دونالد_ترمب إن الاتفاق سيئ.")
    assert _one(said, "20 مليون يورو").speaker_id == "eu"
    assert _one(said, "الاتفاق سيئ").speaker_id == "donald_trump"


def test_an_unnamed_subject_a_medium_joined_to_its_preposition_and_beliefs(pipeline):
    said = _said(pipeline, "وقال اتحاد منظمات الرعاية الطبية إن 20 مدنيا قتلوا. "
                           "وقال طبيب، يدعى الدكتور جاد، لبي بي سي إنهم كانوا يعملون في ظروف شديدة السوء. "
                           "وأفادت تقارير صباح يوم الاثنين عن تجدد القصف على دوما. "
                           "وتشير تقديرات جمعيات حقوقية إلى أن نحو 12763 مدنيا قتلوا.")
    doctor = _one(said, "ظروف شديدة السوء")
    assert doctor.anonymous and doctor.speaker_text == "طبيب" and doctor.channel_id == "bbc"
    assert _one(said, "تجدد القصف").anonymous and _one(said, "12763").anonymous
    said = _said(pipeline, "ويعتقد الدكتور ميشيو كاكو أن الذكاء الاصطناعي يمكن أن ينقل عقل إنسان إلى آلة. "
                           "وأمسك خمسة رجال بمدير مدرسة يعتقد أنها مرتبطة بغولن، بحسب ما روى أصدقاؤه.")
    assert "كاكو" in (_one(said, "الذكاء الاصطناعي").speaker_id or "")
    assert not [s for s in said if s.text.startswith("مرتبطة")]  # يُعتقد أنها: the writer's hedge


def test_an_accusing_adverbial_opens_its_own_statement(pipeline):
    said = _said(pipeline, "وقال ديمتري بيسكوف، المتحدث باسم الكرملين، إن الوضع في الغوطة الشرقية مقلق للغاية، "
                           "متهما الفصائل المقاتلة فيها باحتجاز المدنيين المحليين كرهائن.")
    assert [s.speaker_id for s in said] == ["dmitry_peskov", "dmitry_peskov"]
    assert said[1].text.startswith("الفصائل") or said[1].text.startswith("باحتجاز")


def test_an_actor_first_met_as_a_hashtag_is_named_with_spaces(pipeline):
    result = pipeline.process(Article("t", "وسجل #محمد_صلاح هدفين. وقال محمد صلاح إن الفريق قدم مباراة كبيرة."))
    actor = result.actors.get("person:محمد_صلاح")
    assert actor is not None and actor.name_ar == "محمد صلاح"


def test_the_head_of_some_body_is_not_the_president_named_elsewhere(pipeline):
    said = _said(pipeline, "فيما يمثل أصعب اختبار لمساعي الرئيس إيمانويل ماكرون. ووصف رئيس أكثر الاتحادات العمالية اعتدالا "
                           "بين أربعة اتحادات هذا الأمر بأنه غير مقبول.")
    assert _one(said, "غير مقبول").speaker_id != "emmanuel_macron"
    said = _said(pipeline, "أكد رئيس النادي الوطني نايف البلوي أن الحكم مبدئي. "
                           'وحول الحكم قال رئيس الوطني: "الاتحاد الدولي يهتم بأوضاع اللاعبين".')
    assert _one(said, "يهتم بأوضاع").speaker_id == _one(said, "الحكم مبدئي").speaker_id


def test_an_organisation_keeps_its_verbal_nouns_preposition_and_appeals(pipeline):
    said = _said(pipeline, "برأت اللجنة السعودية للرقابة على المنشطات حارس مرمى فريق النصر عبد الله العنزي.\n"
                           "وأصدرت اللجنة السعودية للرقابة على المنشطات بيانًا قالت فيه: “الحقن المستخدمة هي عقار غير محظور”.\n"
                           "وأوضحت اللجنة أن الأدوية تقدم للجنة قبل المباريات عن طريق طبيب النادي، مبينة أن اللاعب مسجل ضمن قائمة الفحص.\n"
                           "وأهابت اللجنة عبر بيانها عدم استخدام اللاعبين أي أدوية دون استشارة طبيب الفريق.")
    committee = "organization:اللجنه_السعوديه_للرقابه_علي_المنشطات"
    for fragment in ("غير محظور", "تقدم للجنة", "مسجل ضمن", "عدم استخدام"):
        assert _one(said, fragment).speaker_id == committee, fragment


def test_a_newspaper_that_learned_is_the_speaker(pipeline):
    said = _said(pipeline, 'وعلمت "الوطن" أن هناك تواصلا مع المسؤولين في سلطنة عمان لنقل الجثث.')
    assert _one(said, "هناك تواصلا").speaker_id == "organization:الوطن"


def test_a_named_persons_lawyer_speaks_unnamed_and_from_before_is_no_agent(pipeline):
    said = _said(pipeline, "قالت منظمة هيومن رايتس ووتش إن الشابة الفلسطينية عهد التميمي قد قبلت اتفاقا مع النيابة. "
                           "وقالت محامية التميمي إن الحكم يشمل الفترة التي قضتها في السجن.")
    lawyer = _one(said, "الحكم يشمل")
    assert lawyer.speaker_id is None and lawyer.speaker_text == "محامية التميمي"
    said = _said(pipeline, "وأوضح الفنان المصري أحمد ابراهيم أنه علم بترشيحه للعديد من الأعمال، مشيراً إلى كونه تحمل هذا العام "
                           "ابتعاده عن العمل، ورفض من قبل أن يرد على إساءة النقيب له.")
    assert [s.speaker_id for s in said] == ["person:احمد_ابراهيم"] * 2


def test_it_is_expected_that_reports_nothing(pipeline):
    said = _said(pipeline, "وسيعرض خلال الاجتماع عدد من المذكرات، كما يتوقع أن يناقش المجلس ما يستجد من أعمال. "
                           "ويتوقع الخبراء أن ترتفع أسعار النفط.")
    assert [s.text[:10] for s in said] == ["ترتفع أسعا"]
    assert said[0].anonymous


def test_a_quotation_running_over_sentences_holds_no_acts_of_its_own(pipeline):
    said = _said(pipeline, 'وتابع داني دانون بالقول: "نعلم أن أعمال الشغب منظمة جدا.. لدينا كل المعلومات التي تؤكد ذلك، '
                           'وأتمنى أن نتمكن يوما من الأيام من الكشف عنها."')
    assert [s.speaker_id for s in said] == ["person:داني_دانون"]


def test_a_paragraph_of_quotation_alone_goes_on_with_the_last_speaker(pipeline):
    said = _said(pipeline, 'وقال يورغن كلوب بعد اللقاء: "لا تستطيع التقدم من دون الحظ".\n'
                           "وسبق لكلوب الخسارة في 5 نهائيات سابقة ببطولات قارية ومحلية.\n"
                           '"سيذكرني الجميع من الآن فصاعدا بأنني خسرت 5 نهائيات.. لكننا سنحاول أن نقدم شيئا جيدا هناك".')
    going_on = _one(said, "سيذكرني الجميع")
    assert going_on.speaker_id == "person:يورغن_كلوب" and going_on.is_direct
    said = _said(pipeline, '"سيذكرني الجميع من الآن فصاعدا بأنني خسرت 5 نهائيات".\nوتأهل ليفربول لنهائي البطولة.')
    assert said == []  # no one spoke before it: no speaker to give it


def test_the_elysee_speaks_for_france(pipeline):
    said = _said(pipeline, 'وفي وقت سابق أعلن الإليزيه أنه سيسحب وسام جوقة الشرف من الأسد "كإجراء تأديبي".')
    assert _one(said, "وسام جوقة الشرف").speaker_id == "elysee"


def test_a_verb_whose_first_letters_look_like_and_with_a_preposition_stays_a_verb(pipeline):
    said = _said(pipeline, 'وكتبت ليدي غاغا على تويتر: "علينا أن نعمل جديا من أجل تغير ثقافتنا". '
                           "وكررت السلطات الإسرائيلية موقفها بتحميل حركة حماس مسؤولية ما يحصل على الحاجز الحدودي.")
    assert _one(said, "علينا أن نعمل").verb == "وكتبت"  # no و + ك + تبت
    assert _one(said, "حركة حماس").speaker_id == "israel"


def test_more_verbs_and_adverbials_found_in_the_news(pipeline):
    said = _said(pipeline, "وعدّل صندوق النقد الدولي توقعاته بشأن المنطقة، متوقعاً أن تبلغ نسبة النمو 3,9% في 2018. "
                           "ونوه المجلس الوطني إلى أنه على الرغم من تصدر مصر قائمة التدفقات الاستثمارية فإن الاستثمار تراجع. "
                           "وكان متوقعا أن يعلن الوزير استقالته.")
    assert _one(said, "نسبة النمو").speaker_id == "imf"
    assert _one(said, "تصدر مصر").verb == "ونوه"
    assert not [s for s in said if "استقالته" in s.text]  # كان متوقعا: "it was expected", no one's words


def test_a_vice_president_with_titles_before_the_name_and_a_centre_named_after_a_person(pipeline):
    said = _said(pipeline, "أعلن مركز محمد بن راشد للفضاء في الإمارات، الأربعاء، توقيع اتفاقية تاريخية لإرسال أول رائد فضاء إماراتي.\n"
                           "وتعليقا على الاتفاقية، أكد نائب رئيس دولة الإمارات رئيس مجلس الوزراء حاكم دبي، الشيخ محمد بن راشد، "
                           'أن "ابن الإمارات قادر على معانقة الفضاء".\n'
                           'وقال في تغريدة على حسابه في تويتر: "وقعت دولة الإمارات اليوم اتفاقية تاريخية".\n'
                           "وكان المركز كشف أن رحلة أول رائد فضاء إماراتي ستستمر 10 أيام.")
    centre, sheikh = "organization:مركز_محمد_بن_راشد_للفضاء", "person:محمد_بن_راشد"
    assert _one(said, "توقيع اتفاقية").speaker_id == centre
    assert _one(said, "معانقة الفضاء").speaker_id == sheikh and _one(said, "وقعت دولة").speaker_id == sheikh
    assert _one(said, "10 أيام").speaker_id == centre


def test_plural_and_group_subjects_and_more_prepositions_that_open_content(pipeline):
    said = _said(pipeline, "وأودت العواصف بحياة 143 شخصا فيما حذر المسؤولون من احتمال ارتفاع عدد الضحايا. "
                           "وقال لاجئون من مسلمي الروهينغا الذين فروا من الهجمات إنهم أصيبوا بخيبة أمل. "
                           "وطالبت مجموعة من الراهبات في الهند باعتقال أسقف متهم. "
                           "أفاد المتحدث العسكري للقوات المسلحة المصرية، الثلاثاء، بمقتل 450 إرهابيا منذ بدء العملية. "
                           "وتعهد المدعي العام التركي باتخاذ الإجراءات القانونية اللازمة. "
                           "ولم تذكر الصحيفة تفاصيل بشأن عدد مستويات التأهب.")
    assert _one(said, "ارتفاع عدد").speaker_text == "المسؤولون"
    assert _one(said, "خيبة أمل").speaker_text == "لاجئون من مسلمي الروهينغا"
    assert _one(said, "باعتقال").anonymous
    assert _one(said, "450 إرهابيا").anonymous and _one(said, "الإجراءات القانونية").anonymous
    assert not [s for s in said if "مستويات التأهب" in s.text]  # ولم تذكر: nothing said


def test_relative_clauses_resumptives_and_announcements_with_a_plain_object(pipeline):
    said = _said(pipeline, "وتراجعت الليرة بعد إعلان الرئيس الأميركي دونالد ترامب مضاعفة الرسوم على واردات الصلب. "
                           "وعادت الليرة للهبوط عقب تصريحات لأردوغان ناشد فيها الأتراك لتحويل ما يمتلكون من الدولار إلى ليرة. "
                           "من جهتها، عبرت الصين عن دهشتها من بيان أصدره البيت الأبيض وذكر فيه أن الولايات المتحدة ستواصل تحركها، "
                           "وقالت إن البيان يناقض التوافق بين الجانبين. "
                           "كما تعرض ليونيل ميسي لانتقادات من الأسطورة الأرجنتينية دييجو مارادونا. "
                           "وكافح ميسي ليكون على مستوى تطلعات الجماهير ومارادونا الذي قاد بلاده لإحراز كأس العالم 1986 "
                           "وقال مؤخرا إن ميسي يجب أن يعطي المزيد. "
                           "ووجه أردوغان رسالة شديدة اللهجة للذين يتهمون بلاده بدعم الإرهاب.")
    assert _one(said, "مضاعفة الرسوم").speaker_id == "donald_trump"
    assert _one(said, "لتحويل ما يمتلكون").speaker_id == "recep_erdogan"
    assert _one(said, "ستواصل تحركها").speaker_id == "white_house"
    assert _one(said, "يناقض التوافق").speaker_id == "china"
    assert "مارادونا" in (_one(said, "يعطي المزيد").speaker_id or "")
    assert not [s for s in said if "بدعم الإرهاب" in s.text]  # للذين يتهمون: "those who accuse"


def test_attributions_at_a_sentence_end_pronoun_objects_and_they_said(pipeline):
    said = _said(pipeline, "وارتفع التراجع اليومي لليرة أمام الدولار إلى 19 بالمئة حسب فرانس برس. "
                           "وفرضت الحكومة العراقية حظرا على الرحلات بعد الاستفتاء حول استقلال كردستان، الذي اعتبرته بغداد غير قانوني. "
                           "لا أدري ماذا نفعل حتى نرى حكامنا بنفس الصورة! قالوا إن الحكم الخامس هو الحل. "
                           "وبين المصدر الذي تمنع التعليمات العسكرية الكشف عن هويته أن «المجندين رصدوا المركبة». "
                           "ويمارس أردوغان ضغوطا على البنك المركزي. ويدعي أن المعدلات الأعلى تؤدي إلى ارتفاع التضخم. "
                           "بدوره يرى المهندس عبدالله سابق أن تسليم مواقع المخيمات مكلف.")
    assert _one(said, "التراجع اليومي").speaker_id == "afp"
    assert _one(said, "غير قانوني").speaker_id == "baghdad"
    assert _one(said, "الحكم الخامس").anonymous
    assert _one(said, "رصدوا المركبة").anonymous
    assert _one(said, "المعدلات الأعلى").speaker_id == "recep_erdogan"
    assert _one(said, "مواقع المخيمات").speaker_id == "person:عبدالله_سابق"
    said = _said(pipeline, "وقال طبيب، يدعى الدكتور جاد، لبي بي سي إنهم كانوا يعملون في ظروف صعبة. وبناء على طلب تركيا يجتمع السفراء.")
    assert [s.speaker_text for s in said] == ["طبيب"]  # (يدعى: "is called"; على طلب: a noun)


def test_a_police_of_a_city_and_a_request(pipeline):
    said = _said(pipeline, "اعتقلت شرطة مدينة لوس انجليس الأمريكية رجلا يشتبه في أنه سرق جائزة الأوسكار التي فازت بها "
                           "الممثلة فرانسيس مكدورماند.\n"
                           "وأوضحت الشرطة أن براينت كان يحمل تذكرة لحضور حفل العشاء.\n"
                           "وتلقت مكدورماند ترحيبا حارا عندما طلبت من جميع المرشحات الوقوف.")
    assert "شرطه" in (_one(said, "يحمل تذكرة").speaker_id or "")
    assert "مكدورماند" in (_one(said, "المرشحات الوقوف").speaker_id or "")


def test_unnamed_officers_of_a_country_clubs_correspondents_and_a_relative_after_a_comma(pipeline):
    said = _said(pipeline, "شدّد جنرال أميركي كبير، الأربعاء، على أن الولايات المتحدة عازمة على تأمين الملاحة. "
                           'يقوم وزير الداخلية هورست سيهوفر، الذي اعتبر مؤخرا أن الهجرة هي "أم كل المشكلات"، بوضع اللمسات الأخيرة. '
                           "أكد نادي العين، متصدر دوري المحترفين الإماراتي الثلاثاء، تعاقده مع صانع اللعب المصري. "
                           'أفاد مراسل "العربية"، بمقتل نحو 10 أشخاص. '
                           'وقال المحافظ محمد الشريف لمراسلة "الجوهرة أف أم" إن القرار اتخذ.')
    assert _one(said, "تأمين الملاحة").speaker_text == "جنرال أميركي كبير"
    assert _one(said, "أم كل المشكلات").speaker_id == "person:هورست_سيهوفر"
    assert _one(said, "تعاقده").speaker_id == "organization:نادي_العين"
    assert _one(said, "بمقتل").anonymous
    decided = _one(said, "القرار اتخذ")
    assert decided.speaker_id == "person:محمد_الشريف" and "الجوهرة" in decided.medium


def test_a_source_after_a_statement_long_appositions_and_announcements_with_their_preposition(pipeline):
    said = _said(pipeline, "شدد الرئيسان الفرنسي إيمانويل ماكرون والأمريكي دونالد ترامب خلال مكالمة هاتفية، على ضرورة أن يكون "
                           'رد المجتمع الدولي "حازما"، كما أعلنت الرئاسة الفرنسية ليل الاثنين الثلاثاء. '
                           "كما وجه الرئيس الفرنسي دعوة لترمب إلى المشاركة في مفاوضات، وفق الإليزيه الذي لم يُحدد ما كان رد ترمب. "
                           "عبر الشيخ محمد بن راشد آل مكتوم، نائب رئيس الإمارات، رئيس الوزراء، حاكم دبي، والشيخ محمد بن زايد آل نهيان "
                           "ولي عهد أبوظبي، نائب القائد الأعلى للقوات المسلحة، عن ترحيبهما بالزيارة التاريخية للرئيس الصيني. "
                           "وذلك بعد إعلان ترامب عن رغبته في سحب قواته من سوريا.")
    assert len([s for s in said if "حازما" in s.text]) == 1  # كما أعلنت: the source, no second statement
    assert _one(said, "دعوة لترمب").speaker_id == "elysee"
    assert "محمد_بن_راشد" in (_one(said, "ترحيبهما").speaker_id or "")
    assert _one(said, "سحب قواته").speaker_id == "donald_trump"


def test_a_deanship_referred_back_and_no_speaker_for_who_explained(pipeline):
    said = _said(pipeline, "أعلنت عمادة القبول والتسجيل بجامعة الملك خالد، عن فتح بوابة التحويل الخارجي عن طريق موقع عمادة القبول والتسجيل.\n"
                           "كما بينت العمادة أن التحويل الخارجي سيكون آليا.\n"
                           "وأفضل من شرح هذا المصطلح هو الدكتور ألكساندر أوستروالدر في كتابه \"طريقة عمل نموذج العمل\"، وقد أردف "
                           'كتابه هذا بكتاب آخر بعنوان "طريقة تصميم القيمة".')
    assert _one(said, "فتح بوابة").speaker_id == _one(said, "سيكون آليا").speaker_id is not None
    assert len(said) == 2  # من شرح: "who explained"; أردف كتابه بكتاب: "followed his book with", no words


def test_attributions_joined_to_their_preposition_and_sources_named_after_the_words(pipeline):
    said = _said(pipeline, 'وتعتبر هذه الحالة هي الأولى من نوعها في فيتنام وفقا لصحيفة "فيتنام نيوز". '
                           "ووفقا لوسائل إعلام فيتنامية فإن عدد الحالات المشابهة يبلغ عشر حالات. "
                           "وأن تكون المفاضلة بين الطلاب وفقا لمعدلاتهم التراكمية. "
                           "تابع الأمير عبدالعزيز بن سعود، وزير الداخلية السعودي، الحفل السنوي لاستعراض قوات أمن الحج، "
                           "حسبما نقلت وكالة الأنباء السعودية.")
    assert "فيتنام" in (_one(said, "هذه الحالة").speaker_id or "")
    assert _one(said, "عشر حالات").speaker_text == "وسائل إعلام فيتنامية"
    assert not [s for s in said if "المفاضلة" in s.text]  # وفقا لمعدلاتهم: no source
    assert _one(said, "الحفل السنوي").speaker_id == "spa"


def test_spokespeople_of_quoted_bodies_subjects_after_kana_and_findings(pipeline):
    said = _said(pipeline, 'كشفت المتحدثة باسم وزارة الدفاع الأمريكية، ريبيكا ريباريتش، أن جنرالاً أمريكياً ضغط على السعودية.\n'
                           'قال المتحدث الرسمي باسم تحالف "دعم الشرعية في اليمن"، تركي المالكي، إنه يعتقد أن المنظمات الأممية محاصرة.\n'
                           "وكان منصور البلوي المشرف العام على الفريق الكروي، أكد التوصل لاتفاق مع نادي أتلانتا.\n"
                           "وعلمت الـ«الشرق الأوسط» أن التوقيع مع الغاني سيكلف الخزينة مليوني يورو.\n"
                           "وأكد القحطاني في كلمته على جاهزية قوات الأمن.\n"
                           "ووجد الباحثون أن العلاقة بين الشاشة والمرض أقوى. "
                           "وقال أحد محققي شرطة لاس فيغاس لفرانس برس إن الشرطة استمعت للمرأة عام 2009.")
    assert _one(said, "المنظمات الأممية").speaker_id == "person:تركي_المالكي"
    assert "البلوي" in (_one(said, "التوصل لاتفاق").speaker_id or "")
    assert _one(said, "التوقيع مع الغاني").speaker_text == "الشرق الأوسط"
    assert _one(said, "جاهزية").text.startswith("جاهزية")  # في كلمته: how it was said; على opens what
    assert _one(said, "بين الشاشة").anonymous and _one(said, "استمعت").speaker_text.startswith("أحد محققي")


def test_an_institution_head_ending_a_sentence_is_no_crash(pipeline):
    said = _said(pipeline, "وقال المتحدث إن أرقام النجدة هي 193 حرس 197 شرطة")
    assert len(said) == 1  # (شرطة as a sentence's last word once ran past the end of the sentence)


def test_a_long_title_chain_before_the_name_and_a_promise_after_the_words(pipeline):
    said = _said(pipeline, "وخلال الحفل الذي أقيم، الإثنين، قال مساعد وزير الداخلية لشؤون العمليات المشرف على الأمن العام "
                           'رئيس اللجنة الأمنية بالحج الفريق أول سعيد بن عبدالله القحطاني: "لقد باشرت القوات مهامها في مكة المكرمة".\n'
                           'قال المتحدث الرسمي باسم تحالف "دعم الشرعية في اليمن"، تركي المالكي، إنه يعتقد أن المنظمات الأممية '
                           "تعيش تحت الإقامة الجبرية، ووعد بأن يكون المؤتمر الصحفي القادم للتحالف في عدن.\n"
                           'وقال سليمان الصعب: "تقدمت بشكاوى عدة ووعدوا بالاتصال إلا أنه لم يتواصل معي أحد".')
    assert "القحطاني" in (_one(said, "باشرت القوات").speaker_id or "")  # (لشؤون العمليات is no name)
    assert _one(said, "المؤتمر الصحفي القادم").speaker_id == "person:تركي_المالكي"
    assert [s.verb for s in said if "لم يتواصل" in s.text] == ["وقال"]  # ووعدوا بالاتصال: a promise, no words reported


def test_affirmed_on_opens_the_words_only_right_after_the_frame(pipeline):
    said = _said(pipeline, "وأكد إيلومالو عزمه الاستثمار في تونس في مجال البنوك والتمويل على مستوى القارة.")
    assert _one(said, "عزمه الاستثمار").text.startswith("عزمه الاستثمار")


def test_these_words_give_the_quotation_before_them_to_the_speaker(pipeline):
    said = _said(pipeline, '"نحن من أكثر الدول صرامة في التعامل مع الإخوان".. بهذه الكلمات تحدث السفير البريطاني في مصر، '
                           "جون كاسن، عن موقف بلاده من جماعة الإخوان، الإثنين.")
    s = _one(said, "أكثر الدول صرامة")
    assert s.speaker_id == "person:جون_كاسن" and s.is_direct and s.text.startswith("نحن من أكثر")


def test_a_paragraph_closing_a_quotation_opened_before_it_goes_on_with_the_speaker(pipeline):
    said = _said(pipeline, 'وقال مدير المبيعات والتسويق في كاديلاك الشرق الأوسط فيليكس ويلر: "تعتبر السعودية من أكبر الأسواق '
                           "التي نصب تركيزنا عليها. \n ونحن في كاديلاك نعزز قوة هذا السوق عبر تقديم طرازات مذهلة يقدّرها عملاؤنا\".\n"
                           "وارتفعت المبيعات بنسبة 50% في مايو.")
    assert _one(said, "ونحن في كاديلاك").speaker_id == _one(said, "أكبر الأسواق").speaker_id == "person:فيليكس_ويلر"
    assert not [s for s in said if "المبيعات بنسبة" in s.text]


def test_an_ambassador_named_by_a_new_countrys_demonym_is_the_one_named_before(pipeline):
    said = _said(pipeline, "قام سفير جمهورية البوسنة والهرسك لدى المملكة حارث هارلي، بزيارة لجامعة نايف العربية للعلوم الأمنية.\n"
                           "ثم تجول السفير البوسني في كلية علوم الأدلة الجنائية. وعبر السفير البوسني عن تقديره للجامعة، "
                           "عادا جامعة نايف العربية للعلوم الأمنية أحد النماذج المشرفة للتعاون الدولي.")
    assert _one(said, "تقديره للجامعة").speaker_id == _one(said, "النماذج المشرفة").speaker_id == "person:حارث_هارلي"


def test_an_adverbial_of_another_gender_speaks_for_the_person_opening_the_words(pipeline):
    said = _said(pipeline, "وقالت وكالة الأنباء الكورية الشمالية إن الأسد تسلم مؤخرا أوراق اعتماد سفير كوريا الشمالية، قائلا حينها: "
                           '"يرحب العالم بالتطورات الإيجابية الأخيرة في كوريا الشمالية".')
    assert _one(said, "يرحب العالم").speaker_id == "bashar_al_assad"
    assert _one(said, "أوراق اعتماد").speaker_id == "organization:وكاله_الانباء_الكوريه_الشماليه"


def test_a_person_named_after_fiha_is_the_subject_and_a_group_considers(pipeline):
    said = _said(pipeline, "حذفت شركة غوغل، المالكة لموقع يوتيوب، مقاطع فيديو يدعو فيها المعارض الروسي ألكسي نافالني المواطنين "
                           "للمشاركة في احتجاجات ضد تعديل قانون التقاعد.\n"
                           "واعتبر أحد مساعدي نافالني إزالة مقاطع الفيديو من يوتيوب رقابة سياسية.\n"
                           "وقالت شركة غوغل إن على كل المعلنين على شبكتها الالتزام بالقوانين المحلية.")
    assert _one(said, "للمشاركة في احتجاجات").speaker_id == "person:الكسي_نافالني"
    s = _one(said, "رقابة سياسية")
    assert s.speaker_id is None and s.speaker_text == "أحد مساعدي نافالني"
    assert _one(said, "المعلنين").speaker_id == "google"


def test_an_organisation_named_by_its_definite_head_refers_back(pipeline):
    said = _said(pipeline, 'وحسب منظمة "أو في دي" الحقوقية، اعتقلت الشرطة الروسية أكثر من 800 متظاهر.\n'
                           "وقالت المنظمة المعنية بمراقبة حقوق الإنسان في روسيا إن الاعتقالات تمت في مناطق مختلفة من البلاد.")
    assert _one(said, "الاعتقالات تمت").speaker_id == _one(said, "800 متظاهر").speaker_id is not None


def test_a_bracketed_name_a_name_after_its_title_and_a_source_without_comma(pipeline):
    said = _said(pipeline, "وذكر عن سوق نمران في كتابه (مع الشعراء)،كما قال (ابن بليهد) في صحيح الأخبار عن بيشة : (وقراها كثيرة، "
                           "وبها سوق عظيمة يجتمعون فيها آخر يوم الأربعاء في الروشن).\n"
                           "عضو كتلة المستقبل النائب أحمد فتفت دعا العماد عون إلى عدم حشر نفسه في الزاوية.\n"
                           'ورفضت الرفاعي هذه الاتهامات، مؤكدة عبر موقع "عاجل" الإلكتروني أنها كانت ترتدي "لباسا محتشما". '
                           "وبحسب الموقع فقد غادرت الصحافية المملكة منذ بداية هذا الجدل.")
    assert "بليهد" in (_one(said, "وقراها كثيرة").speaker_id or "")
    assert _one(said, "حشر نفسه").speaker_id == "person:احمد_فتفت"
    s = _one(said, "غادرت الصحافية")
    assert "عاجل" in (s.speaker_id or "") and s.text.startswith("غادرت")


def test_unnamed_sources_allies_representatives_and_a_saying_inside_other_words(pipeline):
    said = _said(pipeline, "وقال مسؤول في الحكومة التركية إن مقاتلات تركية شنت الليلة الماضية أعنف ضربات منذ بداية الضربات الجوية "
                           "وذلك بعد ساعات من قول الرئيس رجب طيب إردوغان إن عملية السلام أصبحت مستحيلة.\n"
                           "وقال حلفاء غربيون لتركيا إنهم يؤيدون حقها في الدفاع عن نفسها.\n"
                           "وفي نيويورك أبلغ ممثلو الدول العشر غير دائمي العضوية بمجلس الأمن الصحفيين بأنهم متحدون في تأييد مشروع القرار.")
    first = _one(said, "مقاتلات تركية")
    assert first.speaker_id is None and first.speaker_text == "مسؤول في الحكومة التركية" and "مستحيلة" not in first.text
    assert _one(said, "مستحيلة").speaker_id == "recep_erdogan"
    assert _one(said, "يؤيدون حقها").speaker_id is None and _one(said, "متحدون").speaker_id is None


def test_a_missed_first_name_a_preposition_word_after_a_title_and_be_openers(pipeline):
    said = _said(pipeline, "طالب يامن عابد ناشط بيئي من القلعة الصغرى وزارتي البيئة والصناعة ووالي سوسة بالاهتمام بالوضع البيئي.\n"
                           'لقي تسعة أشخاص "عمانيين" مصرعهم، وأصيب نحو 41 شخصا بإصابات متفرقة، وصفت بعضها بالحرجة إثر حادث سير.')
    s = _one(said, "بالوضع البيئي")
    assert s.speaker_id == "person:يامن_عابد" and s.text.startswith("بالاهتمام")  # (بيئي is no ب + يئي)
    assert _one(said, "بالحرجة").anonymous  # وُصفت بعضها: passive


def test_a_second_definite_institution_a_report_and_information_as_sources(pipeline):
    said = _said(pipeline, "وربطها بالجهات ذات العلاقة، الهيئة العامة للجمارك والمؤسسة العامة للموانئ.\n"
                           "وتؤكد الهيئة العامة للاستثمار على أهمية إيجاد بيئة استثمارية آمنة ومحفزة للقطاع الخاص.\n"
                           'وبحسب تقرير، جرى التواصل مع 20 شركة محلية وعالمية، مثل شركة " #إيرباص " و"ريثيون".\n'
                           "ووفقا للمعلومات، فإن هناك عدة اتفاقيات وفرص تعاون ومشاريع استثمارية.\n"
                           'والنتيجة لم تصدم الأب وحده بل أثارت ضجة في مختلف أنحاء البلاد، بحسب تقرير نشرته اليوم "دويتشه فيله".')
    assert _one(said, "بيئة استثمارية").speaker_id == "organization:الهيئه_العامه_للاستثمار"
    assert _one(said, "20 شركة").speaker_text == "تقرير" and _one(said, "عدة اتفاقيات").speaker_text == "معلومات"
    assert _one(said, "أثارت ضجة").speaker_id == "organization:دويتشه_فيله"


def test_unnamed_archaeologists_a_quoted_heading_and_a_cell_referred_back(pipeline):
    said = _said(pipeline, 'ويقول علي أبودشيش، الباحث الأثري لبي بي سي، إن "حتبت" أول سيدة رفيعة الشأن تكتشف مقبرتها.\n'
                           "ونقل عن أثريين مصريين قولهم إن صاحبة المقبرة كانت من كبار الموظفين بالبلاط الملكي.\n"
                           '"القرد الراقص"\n'
                           "كشفت خلية الإعلام الحربي، عن حالات هروب جماعية للكثير من عناصر داعش. "
                           "وأشارت الخلية في بيان لها، إلى أن حالات الهروب كانت باتجاه منطقة هيت.")
    assert _one(said, "صاحبة المقبرة").speaker_text == "أثريين مصريين"
    assert not [s for s in said if "القرد" in s.text]
    assert _one(said, "باتجاه منطقة هيت").speaker_id == _one(said, "هروب جماعية").speaker_id == "organization:خليه_الاعلام_الحربي"


def test_the_subject_after_kana_an_aside_before_the_verb_and_a_source_after_a_semicolon(pipeline):
    said = _said(pipeline, "وكانت السلطات البلغارية عثرت، السبت، على جثة فيكتوريا في مدينة روسي، مشيرة إلى أن الوفاة نجمت عن ضربات على الرأس.\n"
                           "من جانبه، رفض وزير الدفاع الإسرائيلي أفيغدور ليبرمان اعتذار الرئيس الفلسطيني. وكتب عبر تويتر: "
                           '"اعتذاراته غير مقبولة".\n'
                           'دخل كمبيوتر "شاهين" السعودي العملاق قائمة أقوى عشرة أجهزة كمبيوتر في العالم؛ حسب موقع هيئة الإذاعة البريطانية "بي بي سي".')
    assert _one(said, "الوفاة نجمت").speaker_id == "bulgaria"
    assert _one(said, "اعتذاراته").speaker_id == "person:افيغدور_ليبرمان"
    assert _one(said, "أقوى عشرة").speaker_id == "bbc"


def test_a_deputy_of_a_union_expressing_and_showing_with_an_apposition(pipeline):
    said = _said(pipeline, 'عبر وكيل نقابة الإعلاميين المصرية، طارق سعدة، عن استيائه مما جاء فى الحلقة الأولى من برنامج "رامز تحت الأرض".\n'
                           "وأبدى خالد الأحمد المدير الوطني للأولمبياد الخاص السعودي، سعادته بالاستقبال المميز للبعثة السعودية.\n"
                           "ووصف ترامب وسائل الإعلام بالكاذبة. ووصف أخبارها بأنها ملفقة.")
    assert _one(said, "استيائه").speaker_id == "person:طارق_سعده"
    s = _one(said, "سعادته")
    assert s.speaker_id == "person:خالد_الاحمد" and s.text.startswith("سعادته")
    assert _one(said, "ملفقة").speaker_id == "donald_trump"  # (ووصف أخبارها: no passive, the verb is not feminine)


def test_a_hashtag_inside_a_name_and_a_title_taken_by_the_last_speaker(pipeline):
    said = _said(pipeline, "التقت المستشارة الألمانية، أنجيلا #ميركل، الجمعة، رؤساء #لبنان الثلاثة، حيث أكدت، في مؤتمر صحافي عقدته "
                           "مع رئيس الوزراء، سعد #الحريري، أن بلادها ستقدم مساعدات بنيوية لدعم لبنان.\n"
                           "وجاءت تصريحات الجبير في إطار زيارة رسمية لولي العهد السعودي الأمير محمد بن سلمان إلى الولايات المتحدة.\n"
                           'قال وزير الخارجية السعودية، عادل الجبير، إن "أزمة قطر مسألة صغيرة". '
                           'وأضاف الوزير السعودي قوله إن الدول الداعية لمكافحة الإرهاب طلبت "من قطر وقف دعم الإرهاب".')
    assert _one(said, "مساعدات بنيوية").speaker_id == "angela_merkel"
    assert _one(said, "وقف دعم الإرهاب").speaker_id == "adel_al_jubeir"  # (not the Saudi crown prince named before)


def test_a_news_agency_told_is_the_medium_and_an_unnamed_spokesman_after_but(pipeline):
    said = _said(pipeline, "وقال لام بول جابرييل المتحدث باسم متمردي الجيش الشعبي لتحرير السودان إن جيش جنوب السودان هاجم مواقع المتمردين.\n"
                           'وأبلغ لام رويترز قائلا "هذا عدوان استفزازي يهدف إلى إخراج عملية السلام عن مسارها".\n'
                           "لكن متحدثا باسم الجيش الشعبي لتحرير السودان قال إن المتمردين شنوا هجمات منسقة على مواقع الحكومة.")
    s = _one(said, "عدوان استفزازي")
    assert s.speaker_id == "person:لام_بول_جابرييل"  # (the agency told is no speaker)
    assert _one(said, "هجمات منسقة").speaker_id is None


def test_bayyana_with_an_honorific_before_a_surname_a_promise_noun_with_ala_and_zada(pipeline):
    said = _said(pipeline, "وأوضح المدير التنفيذي للسوق الدكتور راشد الغامدي، أنه سيتم تنفيذ مشروع تطوير الخيمة الحالية.\n"
                           "وبين الدكتور الغامدي أن المساحة الإجمالية لموقع مشروع خيمة سوق عكاظ بلغت سبعة آلاف متر.\n"
                           "ورغم تأكيد الحريري على أن الحل النهائي يكون بعودتهم، إلا أن الخلاف مع وزير الخارجية قائم.\n"
                           'وقال رحيموف: "رحيل إلتون كان بمثابة الصدمة". وزاد: "لقد كان ألميدا في حالة صعبة قبل أن يتخذ قرار الرحيل".')
    assert _one(said, "المساحة الإجمالية").speaker_id == "person:راشد_الغامدي"
    assert "الحريري" in (_one(said, "الحل النهائي").speaker_id or "")
    assert _one(said, "حالة صعبة").speaker_id == _one(said, "الصدمة").speaker_id is not None


def test_a_service_an_institutions_word_and_the_site_of_a_tweet_name_no_speaker(pipeline):
    said = _said(pipeline, "قال جهاز الموساد الإسرائيلي الخميس إنه تمكن من استعادة ساعة جاسوس إسرائيلي أعدم في سوريا عام 1965.\n"
                           "وقال وكيل الوزارة لشؤون العمرة والمشرف على برنامج المسار الإلكتروني وتقنية المعلومات الدكتور عيسى رواس "
                           "إن الوزارة ترجمت توجيهات المقام السامي إلى أنظمة إلكترونية.\n"
                           'ونشر آل الشيخ تغريدة عبر صفحته الرسمية على موقع تويتر كتب فيها: "الدوري السعودي يصنف السادس عالمياً".')
    assert _one(said, "استعادة ساعة").speaker_id == "organization:جهاز_الموساد_الاسرائيلي"
    assert _one(said, "أنظمة إلكترونية").speaker_id == "person:عيسي_رواس"  # (تقنية المعلومات is no unnamed source)
    assert _one(said, "يصنف السادس").speaker_id != "twitter"


def test_a_subheading_or_a_related_articles_headline_holds_no_statement(pipeline):
    said = _said(pipeline, 'وأضافت "أوكسفام" أن هذه الأرقام تعكس فشل النظام الاقتصادي.\n'
                           "أوكسفام تحذر من اتساع الفجوة بين الأغنياء والفقراء في بريطانيا\n"
                           "أما هذا العام، فأكدت المنظمة أن ثروة 42 من أغنى أغنياء العالم تعادل ثروة نصف الفقراء في العالم.")
    assert [s.text[:8] for s in said] == ["هذه الأر", "ثروة 42 "]
    said = _said(pipeline, "وقال ترامب إن القرار صائب.\n"
                           "وترامب يهدد بإلغاء مزيد من التصريحات الأمنية.\n"
                           "وأكد ترامب أنه سيلغي تصريحات أخرى.")
    assert len(said) == 3  # a sentence that closes with a full stop is no heading


def test_the_site_a_statement_was_posted_on_with_its_preposition_joined_is_not_its_speaker(pipeline):
    said = _said(pipeline, "أعلن المتحدث باسم القوات المسلحة المصرية، الخميس، عن مقتل 19 تكفيريا خلال الأيام القليلة الماضية.\n"
                           'وقال المتحدث في البيان الذي نشره على صفحته بفيسبوك، إن العمليات أدت إلى "القضاء على عشرة أفراد".\n'
                           'وأضاف: "تم القضاء على تسعة أفراد تكفيريين".')
    assert len(said) == 3 and all(s.speaker_id is None and s.anonymous for s in said)  # (not facebook)


def test_signatories_speak_unnamed_and_a_plural_verb_with_fihi_is_no_single_actors(pipeline):
    said = _said(pipeline, 'أصدر 12 مديرا سابقا لوكالة الاستخبارات المركزية الأمريكية "سي آي إيه" الجمعة، بيانا مشتركا، '
                           "ينددون فيه بشدة بقرار ترامب إلغاء التصريح الأمني لمدير السي آي إيه السابق جون برينان.\n"
                           'واعتبر الموقعون على البيان أن ما فعله ترامب "ما هو إلا محاولة لخنق حرية التعبير".\n'
                           'ووصف البيان خطوة ترامب بأنها "غير مناسبة"، وأكد موقّعو البيان "لم نشهد في السابق استخدام إعطاء تصريح أمني".')
    assert [s.speaker_id for s in said] == [None] * 4  # (not the CIA, nor a person named "موقعو البيان")
    assert _one(said, "خنق حرية").text.startswith("ما فعله")  # على البيان: the subject's complement, not the object
    assert _one(said, "لم نشهد").text.startswith('"')


def test_an_attribution_inside_the_sentence_covers_both_sides_and_one_naming_no_source_none(pipeline):
    said = _said(pipeline, "وأذن رئيس الحكومة، وفق ما ورد في تصريح وزير التكوين المهني والتشغيل عماد الحمامي لمراسلة الجوهرة اف ام، "
                           "بتفعيل الاتفاقات السابقة المتعلقة بالترفيع في رأس مال شركة البيئة. كما تم الاتفاق على إعطاء الأولوية "
                           "لانتداب ابناء الجهة في الشركات حسب الاختصاصات المطلوبة على أن لا تقل نسبة المنتدبين 70 بالمائة.")
    assert len(said) == 1  # (حسب الاختصاصات: "according to the specialities", no one's words)
    assert said[0].speaker_id == "person:عماد_الحمامي" and "بتفعيل الاتفاقات" in said[0].text


def test_a_verb_form_after_a_construct_head_is_a_verbal_noun(pipeline):
    said = _said(pipeline, "تأتي العقوبات الجديدة في إطار تعهد الرئيس الأميركي دونالد ترمب بخنق إيران اقتصادياً.\n"
                           "وقالت وزارة الخزانة الأميركية إنها ستفضح الشبكة.")
    assert [s.text[:9] for s in said] == ["ستفضح الش"]


def test_a_verb_opening_the_words_after_a_colon_is_part_of_them(pipeline):
    said = _said(pipeline, "وتوقع المحلل المالي محمد سعد القرني أن يشهد سوق الأسهم المحلية مسيرة صاعدة. وقال: توقعت في «عكاظ» "
                           "قبل عيد الفطر المبارك أن تستمر موجة الهبوط في السوق إلى ما بعد العيد.")
    assert len(said) == 2 and said[1].text.startswith("توقعت في «عكاظ»")
    assert said[1].speaker_id == said[0].speaker_id == "person:محمد_سعد_القرني"


def test_worth_mentioning_is_the_writers_aside_and_muallilan_opens_a_statement(pipeline):
    said = _said(pipeline, "وزاد: سياستنا في الهيئة واحدة. الجدير ذكره، أنه كان من المقرر أن تستضيف الكويت العرس الخليجي إلا أن "
                           "رئيس الاتحاد طلال الفهد خرج بعد الاجتماع وأعلن تأجيل البطولة إلى السنة المقبلة؛ معللا بحجج كثيرة أبرزها "
                           "عدم تسلم استاد جابر الدولي.")
    assert not [s for s in said if "من المقرر" in s.text]
    assert [s.verb for s in said if s.speaker_id == "person:طلال_الفهد"] == ["وأعلن", "معللا"]


def test_a_definite_head_before_a_name_and_a_minister_of_two_fields(pipeline):
    said = _said(pipeline, "إلا أن رئيس الاتحاد طلال الفهد خرج بعد الاجتماع وأعلن تأجيل البطولة إلى السنة المقبلة.\n"
                           "أعلن رئيس الحكومة يوسف الشاهد اثر اجتماع بقصر الحكومة بالقصبة عن إجراءات عاجلة.\n"
                           "وأذن رئيس الحكومة، وفق ما ورد في تصريح وزير التكوين المهني والتشغيل عماد الحمامي لمراسلة الجوهرة اف ام، "
                           "بتفعيل الاتفاقات السابقة.")
    assert _one(said, "تأجيل البطولة").speaker_id == "person:طلال_الفهد"  # (no institution "الاتحاد طلال الفهد")
    assert _one(said, "بتفعيل").speaker_id == "person:عماد_الحمامي"  # (the minister, not the prime minister)


def test_the_prophet_cited_by_his_blessing_is_scripture(pipeline):
    said = _said(pipeline, 'لن أزيد فيك ياغازي. يقول عليه أفضل الصلاة والتسليم "أحب عباد الله إلى الله أحسنهم خلقًا".\n'
                           'وقال الإمام في خطبته: "أحب عباد الله إلى الله أحسنهم خلقًا".')
    assert len(said) == 1 and said[0].verb == "وقال"


def test_a_feminine_verb_with_no_subject_does_not_continue_a_man(pipeline):
    said = _said(pipeline, "قال الرئيس الأمريكي دونالد ترامب إن الصحفي السعودي جمال خاشقجي \"يبدو من المؤكد أنه قد مات\".\n"
                           "وأضاف ترامب أنه ينتظر نتائج ثلاثة تحقيقات، إلا أنه أكد أن تقارير استخباراتية متنوعة، خلصت إلى أن "
                           "جمال خاشقجي قد مات.")
    assert not [s for s in said if s.verb == "خلصت" and s.speaker_id == "donald_trump"]
    said = _said(pipeline, "قالت المتحدثة باسم الخارجية الأميركية هيذر ناورت إن الاجتماع كان مثمرا.\n"
                           "وأضافت أن الوزير سيزور المنطقة قريبا.")
    assert _one(said, "سيزور").speaker_id == _one(said, "مثمرا").speaker_id is not None


def test_a_speech_nouns_adjective_is_frame_and_paired_straight_quotes_hold_their_sentences(pipeline):
    said = _said(pipeline, 'وقال ترامب في تصريح صحافي "بروس أور وصمة عار. أعتقد أنني سألغي تصريحه قريبا جدا".\n'
                           "وقال الوزير في بيان مشترك له إن الاتفاق نهائي.")
    assert said[0].text == '"بروس أور وصمة عار. أعتقد أنني سألغي تصريحه قريبا جدا"' and said[0].is_direct
    assert said[1].text == "الاتفاق نهائي"


def test_a_frequent_first_name_after_an_honorific_and_the_surname_again_after_a_bare_honorific(pipeline):
    said = _said(pipeline, 'وقال الدكتور علية الصمودي، رئيس الدائرة الصحية بالرقاب في تصريح لمراسل "الجوهرة أف أم" إن أخصائية صحية '
                           "بالطب المدرسي كانت قد فحصت التلميذة.\n"
                           "وأضاف دكتور صمودي أن الأب قام بإيواء ابنته بالمستشفى الجامعي الهادي شاكر في صفاقس.")
    assert [s.speaker_id for s in said] == ["person:عليه_الصمودي"] * 2  # (not a person "بالرقاب" nor "دكتور صمودي")


def test_a_verb_and_a_frequent_word_the_recogniser_took_for_a_name(pipeline):
    said = _said(pipeline, "وقال وزير العدل الدكتور وليد بن محمد الصمعاني: إن استهداف رجال الأمن فعل مجرم.\n"
                           "وأدان باسمه وباسم جميع منسوبي وزارة العدل هذا العمل الإجرامي، مشيراً إلى أن القضاء سيقف بقوة في وجه كل مفسد.\n"
                           "وأكد أن القضاء الشرعي في المملكة ستكون أحكامه رادعة.")
    assert _one(said, "أحكامه رادعة").speaker_id == "person:وليد_بن_محمد_الصمعاني"  # (no person "وأدان باسمه" nor "وباسم")


def test_an_agent_marker_far_after_a_named_subject_is_another_clauses(pipeline):
    said = _said(pipeline, 'قرر الاتحاد الدولي لكرة القدم "فيفا" اعتماد تقنية الفيديو بشكل دائم، وفقا لما أعلنه رئيس الاتحاد، السويسري '
                           "جياني إنفانتينو، بعد اجتماع عقد في مدينة زيوريخ السويسرية، السبت، من قبل هيئة تشريع قوانين كرة القدم.")
    assert said and all(s.speaker_text.endswith("إنفانتينو") for s in said)  # (not the body that held the meeting)


def test_lawyers_are_unnamed_and_a_plural_verb_takes_no_one_person_before_it(pipeline):
    said = _said(pipeline, "أكد محاميان ومصدر قضائي الاثنين أن محكمة جنايات القاهرة أصدرت حكما بإدراج 1529 شخصا على القائمة.\n"
                           "وتعد وزيرة الخارجية السابقة هيلاري كلينتون الاوفر حظا من بين خمسة ديمقراطيين أعلنوا بالفعل خوضهم للسباق.")
    assert _one(said, "محكمة جنايات").speaker_id is None and _one(said, "محكمة جنايات").anonymous
    assert _one(said, "خوضهم للسباق").speaker_id != "hillary_clinton"


def test_a_name_the_recogniser_missed_before_in_and_a_speech_noun(pipeline):
    said = _said(pipeline, "وقال مكتب كاميرون: إن بريطانيا ستمول زيادة كبيرة في عدد أفراد الحراسة.\n"
                           "وقال ويلموت في مقابلة مع صحيفة أوبزرفر: «لقد أصبح العالم قاسيًا على نحو متزايد».")
    assert _one(said, "قاسيًا").speaker_id == "person:ويلموت"  # (not Cameron, who spoke before)


def test_a_police_or_council_named_by_a_known_place_speaks_not_the_place(pipeline):
    said = _said(pipeline, "وقالت شرطة تايلاند اليوم الأربعاء، إنها ستتحرك لمواجهة المحتوى غير الملائم على الإنترنت.\n"
                           "وأعلن مجلس منبج العسكري الأربعاء في بيان تلاه الناطق الرسمي باسمه شرفان درويش أن عملية الانسحاب "
                           "\"ستجري في الأيام القادمة\".")
    assert _one(said, "ستتحرك").speaker_id == "organization:شرطه_تايلاند"  # (not Thailand)
    assert _one(said, "الانسحاب").speaker_id == "organization:مجلس_منبج_العسكري"  # (not Manbij)


def test_a_title_with_an_institution_refers_to_its_holder_whose_country_is_unknown(pipeline):
    said = _said(pipeline, "تعهد مؤسس الموقع مارك زوكربيرغ بعدم السماح بتكرار حوادث القتل.\n"
                           "وأكد مؤسس الفايسبوك أنه سيشدد الرقابة على تقنية البث المباشر.")
    assert _one(said, "سيشدد").speaker_id == "person:مارك_زوكربيرغ"  # (not Facebook)


def test_a_title_its_complement_a_comma_and_the_name(pipeline):
    said = _said(pipeline, "اعتذر الرئيس التنفيذي للاتحاد الإنجليزي، مارتين غلين، عن استخدام \"نجمة داود\" كمثال.\n"
                           "وقال مسؤول إن الأمر انتهى.\n"
                           "ولفت الرئيس التنفيذي للاتحاد الإنجليزي إلى أن الإسبانيين غاضبون من ارتداء غوارديولا للشارة الصفراء.")
    assert _one(said, "الإسبانيين غاضبون").speaker_id == "person:مارتين_غلين"


def test_a_feminine_form_after_a_feminine_plural_is_its_adjective_not_an_adverbial(pipeline):
    said = _said(pipeline, "ولفت غلين إلى أن الإسبانيين غاضبون من احتجاز السياسيين بسبب تنظيمهم لمظاهرات مطالبة بالاستقلال.")
    assert [s.verb for s in said] == ["ولفت"]


def test_another_definite_adjective_names_another_council(pipeline):
    said = _said(pipeline, "وقال غلين خلال المؤتمر الذي أعقب اجتماع المجلس الدولي لكرة القدم إن الشعارات السياسية مرفوضة.\n"
                           "وجه المجلس اليهودي في بريطانيا انتقادا لاذعا لغلين، في بيان، إذ أكد فيه أن نجمة داود رمز ديني.")
    assert _one(said, "رمز ديني").speaker_id == "organization:المجلس_اليهودي"  # (not the football council)


def test_a_statement_in_which_he_expressed_and_no_name_in_an_accusative_noun(pipeline):
    said = _said(pipeline, "وقال الرئيس التنفيذي للاتحاد الإنجليزي، مارتين غلين، إن الشعارات مرفوضة.\n"
                           "وبعد بيان المجلس اليهودي، أصدر الرئيس التنفيذي للاتحاد الإنجليزي بيانا عبر فيه عن اعتذاره عن الأمثلة.")
    assert _one(said, "اعتذاره").speaker_id == "person:مارتين_غلين"  # (عبر a verb; بيانا no person)


def test_an_adverbial_before_an_attribution_is_part_of_what_was_attributed(pipeline):
    said = _said(pipeline, "وقال المتحدث باسم الشرطة التايلاندية كريسانا باتاناشاروين إنها ستتحرك.\n"
                           "وكان ووتيسان وونغتالاي (20 عاما)، قد تشاجر مع صديقته متهما إياها بالخيانة بعد أن فتش بيانات هاتفها، "
                           "وفق ما ذكر موقع \"ديلي ميل\".")
    assert "متهما" not in [s.verb for s in said]
    assert _one(said, "تشاجر").speaker_text == "موقع \"ديلي ميل\""


def test_a_club_named_by_its_town_is_the_subject_not_the_genitive_after_it(pipeline):
    said = _said(pipeline, "وقال محرز إن ناديه \"طالما كان على دراية\" بمكان وجوده.\n"
                           "لكن نادي ليستر رفض مغادرة محرز، الفائز بلقب أفضل لاعب في عام 2016، مطالبا بمبلغ أكبر.")
    assert _one(said, "بمبلغ أكبر").speaker_id == "organization:نادي_ليستر"


def test_a_derived_verbal_noun_after_a_preposition_is_no_name(pipeline):
    processed = pipeline.process(Article("t", "تقدم رئيس شركة الخطوط الجوية البريطانية للطيران باعتذار عما إنه خرق لنظام الشركة الأمني."))
    assert not [m for m in processed.mentions if m.label == "PERS"]


def test_a_ministry_of_two_fields_is_one_institution(pipeline):
    said = _said(pipeline, "وطالبت وزارة الخارجية والتعاون الدولي بهدنة فورية حقنا للدماء وحماية للمدنيين.")
    assert _one(said, "بهدنة فورية").speaker_text == "وزارة الخارجية والتعاون الدولي"


def test_the_kurdish_units_speak_and_a_local_leader_is_unnamed(pipeline):
    said = _said(pipeline, "وقرر المجلس العسكري للمدينة البقاء.\n"
                           "أعلنت وحدات حماية الشعب الكردية أنها اتخذت الثلاثاء قرارا بسحب آخر عناصرها من مدينة منبج.\n"
                           "وأكد قيادي محلي لوكالة الأنباء الفرنسية الأربعاء أن مجلس منبج العسكري تلقى ضمانات.")
    assert _one(said, "قرارا بسحب").speaker_id == "ypg"
    stmt = _one(said, "تلقى ضمانات")
    assert stmt.anonymous and stmt.speaker_id is None


def test_the_newspaper_refers_back_to_one_named_earlier_in_the_same_uncut_sentence(pipeline):
    said = _said(pipeline, "ووفقا لصحيفة \"هيت لاتستي نيوز\" البلجيكية فإن ريال مدريد على أعتاب ضم كورتوا مقابل 35 مليون يورو."
                           "وأشارت الصحيفة ذاتها إلى أن العقد سيكون لخمسة أعوام.")
    assert _one(said, "لخمسة أعوام").speaker_id == _one(said, "أعتاب").speaker_id == "organization:صحيفه_\"_هيت_لاتستي_نيوز_\""


def test_an_analyst_described_by_an_adjective_is_unnamed_not_the_president_named_before(pipeline):
    said = _said(pipeline, "أعلن مجلس شورى الحزب الحاكم في السودان الجمعة اختيار الرئيس عمر البشير ليكون مرشحه إلى الرئاسة.\n"
                           "من جهته، قال محلل سياسي إن القرار سيترك انعكاسات اقتصادية على البلاد.\n"
                           "وقال خبير اقتصادي بارز إن الأسعار سترتفع.")
    for fragment in ("انعكاسات اقتصادية", "الأسعار سترتفع"):
        stmt = _one(said, fragment)
        assert stmt.anonymous and stmt.speaker_id is None, (stmt.speaker_id, stmt.speaker_text)
    assert _one(said, "انعكاسات اقتصادية").speaker_text == "محلل سياسي"


def test_kama_before_a_verb_and_an_clause_is_the_same_speaker_going_on(pipeline):
    said = _said(pipeline, "وبين عمر بن مسعود أن النص يندرج ضمن البرنامج الرسمي.\n"
                           "كما أكد أن الغاية الرئيسية من هذا الدرس هي إبراز المخاطر المنجرة عن العنف.")
    stmt = _one(said, "الغاية الرئيسية")
    assert stmt.speaker_text != "أن الغاية الرئيسية" and stmt.speaker_id == "person:عمر_بن_مسعود"


def test_many_who_wondered_are_an_unnamed_group_and_their_question_follows_an(pipeline):
    said = _said(pipeline, "ولقد لوحظ من الضربات الاستباقية التي أعلنتها وزارة الداخلية وقوع عدد كبير من الإرهابيين. "
                           "فقد تساءل كثيرون عن مدى استفادة هؤلاء الذين خضعوا في تجربة هذا البرنامج.")
    stmt = _one(said, "مدى استفادة")
    assert stmt.anonymous and stmt.speaker_text == "كثيرون" and stmt.text.startswith("مدى استفادة")


def test_what_came_in_a_statement_is_its_owners_words(pipeline):
    said = _said(pipeline, "وجاء في بيان للحكومة الإسرائيلية أن الساعة ستعرض في متحف.\n"
                           "وأصدرت وزارة الداخلية بيانا جاء فيه أن الشرطة اعتقلت ثلاثة أشخاص.\n"
                           "وورد في التقرير الذي نشرته منظمة العفو الدولية أن السجون مكتظة.")
    assert _one(said, "الساعة ستعرض").speaker_id == "israel"
    assert _one(said, "اعتقلت ثلاثة").speaker_id == "organization:وزاره_الداخليه"
    assert _one(said, "السجون مكتظة").speaker_id == "organization:منظمه_العفو_الدوليه"


def test_came_second_is_no_statement(pipeline):
    said = _said(pipeline, "وقال المدرب إن الفريق قدم مباراة كبيرة. وجاء اللاعب في المركز الثاني، وجاء في المرتبة الأولى منتخب البرازيل.")
    assert [s.text for s in said] == ["الفريق قدم مباراة كبيرة"]


def test_the_regional_official_is_the_man_speaking_but_the_american_official_is_unnamed(pipeline):
    said = _said(pipeline, "تحدث عمر بن مسعود، وهو مشرف على إدارة المرحلة الإعدادية، للجوهرة أف أم حيث اعتبر أن "
                           "صفحات التواصل الاجتماعي \"أخرجت النص عن سياقه\".\n"
                           " وأوضح المسؤول الجهوي، أنه تم استدعاء متفقد المادة في المندوبية.\n"
                           "وقال وزير الخارجية الروسي سيرغي لافروف إن الحل سياسي. وقال المسؤول الأميركي إن واشنطن لن تتدخل.")
    assert _one(said, "استدعاء متفقد").speaker_id == "person:عمر_بن_مسعود"
    american = _one(said, "لن تتدخل")
    assert american.anonymous and american.speaker_id is None


def test_a_medium_right_after_the_verb_leaves_the_subject_after_it(pipeline):
    said = _said(pipeline, "كشفت لـ«عكاظ» المدير التنفيذي لبرنامج الأمان الأسري الوطني الدكتورة مها المنيف عن بدء تطبيق "
                           "المشروع الوطني للحد من «التنمر» بين الأقران.\nوأشارت إلى عقد دورات تدريبية تجريبية للمشروع هذا العام.")
    first = _one(said, "بدء تطبيق")
    assert first.speaker_id == "person:مها_المنيف" and "عكاظ" in first.medium
    assert _one(said, "دورات تدريبية").speaker_id == "person:مها_المنيف"


def test_what_a_study_shows_or_reaches_is_a_statement_but_not_pictures_or_an_agreement(pipeline):
    said = _said(pipeline, "وأظهرت دراسة أجرتها تومسون رويترز على أكثر من 1400 شركة أن ديون شركات الصين تمثل 160 بالمئة. "
                           "توصلت دراسة حديثة إلى أن أسلافنا القدماء ربما شهدوا رؤية مذهلة. "
                           "وأظهرت الصور دمارا كبيرا. وتوصل الطرفان إلى اتفاق لوقف إطلاق النار.")
    assert _one(said, "ديون شركات الصين").speaker_id == "reuters"
    study = _one(said, "أسلافنا القدماء")
    assert study.anonymous and study.speaker_text == "دراسة حديثة"
    assert len(said) == 2


def test_the_voice_over_explains_in_the_present_tense(pipeline):
    said = _said(pipeline, "ونشر مجلس البلدة مقطع فيديو للفيلة. ويشرح الصوت المرافق للفيديو أن السلطات المحلية تتولى رعايتهم.")
    assert _one(said, "تتولى رعايتهم").speaker_id is None


def test_the_un_envoy_right_after_he_spoke_is_the_envoy_named_before(pipeline):
    said = _said(pipeline, "وقال الممثل الخاص للأمين العام للأمم المتحدة في العراق يان كوبيش إن العراق يعيش مرحلة صعبة.\n"
                           "وأكد المبعوث الأممي الحاجة إلى اتخاذ إجراءات حازمة ضد داعش، معتبرًا أن الخسائر البشرية هائلة.")
    assert _one(said, "إجراءات حازمة").speaker_id == _one(said, "الخسائر البشرية").speaker_id == "person:يان_كوبيش"


def test_statistics_cited_inside_a_spokesmans_words_are_his(pipeline):
    said = _said(pipeline, "وكشف المتحدث الرسمي عبدالعزيز الناصر عن نتائج الربع الثاني، حيث اظهرت الاحصائيات أن البنك "
                           "اعتمد تمويل مشروعات، مشيرًا إلى أن مجموع المشاريع بلغت 2155 مشروعًا.")
    assert {s.speaker_id for s in said} == {"person:عبدالعزيز_الناصر"}
    assert _one(said, "مجموع المشاريع").verb == "مشيرًا"


def test_bayyana_with_a_short_name_before_an_is_a_statement(pipeline):
    said = _said(pipeline, "تحدث عمر بن مسعود للجوهرة أف أم حيث اعتبر أن صفحات التواصل \"أخرجت النص عن سياقه\".\n"
                           "وبين بن مسعود أن النص المرفق بصور لم يكن حكرا على الأستاذة.\n"
                           " وأوضح المسؤول الجهوي، أنه تم استدعاء متفقد المادة في المندوبية.")
    assert _one(said, "النص المرفق").speaker_id == "person:عمر_بن_مسعود"
    assert _one(said, "استدعاء متفقد").speaker_id == "person:عمر_بن_مسعود"


def test_a_title_the_lexicon_lacks_before_a_name_leaves_the_name_the_subject(pipeline):
    said = _said(pipeline, "وقال نقيب المهن التمثيلية أشرف زكي إن صلاة الجنازة ستقام على الفنانة الراحلة بعد ظهر الأربعاء.")
    assert _one(said, "صلاة الجنازة").speaker_id == "person:اشرف_زكي"


def test_a_report_owned_by_an_agency_joined_to_its_lam_is_the_agencys(pipeline):
    said = _said(pipeline, "وكان الحرس الثوري الإيراني اعتقل 30 شخصا مزدوج الجنسية على الأقل منذ عام 2015، بحسب تقرير لوكالة "
                           "رويترز للأنباء في نوفمبر/تشرين الثاني الماضي.")
    assert _one(said, "اعتقل 30 شخصا").speaker_id == "reuters"


def test_a_university_named_by_its_city_speaks_and_is_referred_back_to(pipeline):
    said = _said(pipeline, "وأصدرت جامعة تبوك بيانا، وقالت إن وفاة المعلمة لا علاقة له بمسألة القبول.\n"
                           "وأوضحت الجامعة في بيان لها، أن والد الطالبة هو من كان يراجع العمادة.")
    assert _one(said, "وفاة المعلمة").speaker_id == _one(said, "والد الطالبة").speaker_id == "organization:جامعه_تبوك"


def test_the_husband_unnamed_accuses_the_university_and_goes_on(pipeline):
    said = _said(pipeline, "وأصدرت جامعة تبوك بيانا، وقالت إن وفاة المعلمة لا علاقة له بمسألة القبول.\n"
                           "ومن جهته اتهم الزوج، جامعة تبوك بتغيير وتعديل رغبات قبول ابنته، مضيفاً بأن لديه مستندات تؤكد ما ذهب إليه.\n"
                           "وأوضح أنه قام بنقل زوجته من مكان سقوطها.\n"
                           "وقال الأب محمد العلي إن الشرطة تبحث عنه.")
    for fragment in ("بتغيير وتعديل", "لديه مستندات", "بنقل زوجته"):
        stmt = _one(said, fragment)
        assert stmt.anonymous and stmt.speaker_text == "الزوج", (fragment, stmt.speaker_id)
    assert _one(said, "تبحث عنه").speaker_id == "person:محمد_العلي"


def test_a_bare_honorific_with_a_surname_is_the_doctor_named_before(pipeline):
    said = _said(pipeline, "وقال الدكتور علية الصمودي، رئيس الدائرة الصحية بالرقاب، إن أخصائية صحية فحصت التلميذة.\n"
                           "وأضاف دكتور صمودي أن الأب قام بإيواء ابنته بالمستشفى.")
    assert _one(said, "بإيواء ابنته").speaker_id == _one(said, "فحصت التلميذة").speaker_id


def test_an_unnamed_source_who_asked_not_to_be_named_keeps_its_words(pipeline):
    said = _said(pipeline, "وقال مصدر أمني، طلب عدم الكشف عن اسمه، إن الهجوم وقع ليلا.")
    stmt = _one(said, "الهجوم وقع ليلا")
    assert stmt.anonymous and stmt.speaker_id is None


def test_an_agency_told_by_a_man_is_the_channel_not_the_speaker(pipeline):
    said = _said(pipeline, "قام الإسباني مانولو كاسيريس بتضحيات شخصية لكنه أكد أنه غير نادم على أي شيء.\n"
                           "وأبلغ رويترز: تخليت عن كل شيء من أجل كرة القدم.")
    stmt = _one(said, "تخليت عن كل شيء")
    assert stmt.speaker_id == "person:مانولو_كاسيريس" and stmt.channel_id == "reuters"


def test_a_correspondent_named_in_apposition_is_the_speaker(pipeline):
    said = _said(pipeline, "ويقول مراسل بي بي سي للشؤون الأمنية، غوردون كوريرا، إن التقرير يظهر أنه لا توجد أدلة.")
    assert _one(said, "التقرير يظهر").speaker_id == "person:غوردون_كوريرا"


def test_mps_are_unnamed_and_the_presidency_speaks_and_goes_on(pipeline):
    said = _said(pipeline, "أفاد نواب في مجلس العموم البريطاني بأن لندن غضت الطرف بشأن معاملة المعتقلين.\n"
                           "وقال حسام عبد الغفار المتحدث باسم وزارة الصحة إن مستشفيات الوزارة استقبلت 35 جثة.\n"
                           "وقالت رئاسة الجمهورية في بيان اليوم السبت إن الرئيس عبد الفتاح السيسي \"وجه باتخاذ كافة الإجراءات\"، "
                           "وذكر البيان أن الحكومة قررت صرف 60 ألف جنيه.")
    mps = _one(said, "غضت الطرف")
    assert mps.anonymous and mps.speaker_id is None
    assert _one(said, "وجه باتخاذ").speaker_id == _one(said, "قررت صرف").speaker_id == "organization:رئاسه_الجمهوريه"
