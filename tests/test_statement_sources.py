"""Who speaks when the frame names no plain subject: a pronoun, a group that agrees with a feminine
verb, figures and their owner, a title for a head named elsewhere in the article, a relative, a byline
before a colon. The sentences are those of held-out sets 25 to 27 (tests/gold/heldout25 …),
where each rule was missing."""

from conftest import one_with as _one
from conftest import said_in as _said

from lib.arabic import match_form
from lib.records import Article
from lib.reporting_lexicon import lexicon


def test_a_pronoun_subject_before_anyone_spoke_is_the_person_named_and_the_site_is_no_content(pipeline):
    said = _said(pipeline, "وقام العالم الإيطالي غويسيبي سيونتي، بتصميم برنامج خاص يمكّنه من تحويل المكونات إلى \"لحم\".\n"
                           "ويعرض العالم الإيطالي طعامه المطبوع بمطعم في مدينة برشلونة الإسبانية، لكنه يقول إنه لا يزال أمامه "
                           "الكثير من العمل لتحسين شكل الطعام، حسب ما ذكر موقع \"صن\" البريطاني.\n"
                           "وأشار إلى أن مكونات الطعام كلها طبيعية.")
    first = _one(said, "لا يزال أمامه")
    assert first.speaker_id == "person:غويسيبي_سيونتي"
    assert first.text.endswith("لتحسين شكل الطعام")  # (not "، حسب ما ذكر موقع "صن"": who reported it)
    assert _one(said, "مكونات الطعام").speaker_id == "person:غويسيبي_سيونتي"


def test_a_present_verb_opening_a_sentence_is_no_pronoun_for_the_last_person(pipeline):
    said = _said(pipeline, "وقام العالم الإيطالي غويسيبي سيونتي، بتصميم برنامج خاص.\n"
                           "وتعتبر طائرات السباق المعروفة بطائرات سباق الفورمولا 1 \" الوحيدة المصنوعة خصيصا لهذا النوع.")
    assert all(s.speaker_id != "person:غويسيبي_سيونتي" for s in said)


def test_a_feminine_verb_agrees_with_the_group_after_it_its_subject(pipeline):
    said = _said(pipeline, "وأكد المقرر جان باتيست جباري أمام الجمعية الوطنية أن هذا \"الإصلاح الضروري\" سيتيح تجديد الشبكة.\n"
                           "في الأثناء نددت كتل اليسار الثلاث (الاشتراكيون والشيوعيون ونواب فرنسا الأبية) بمنح الحكومة \"صكا على بياض\".\n"
                           "ودعت نقابات السكك الحديدية إلى تعبئة كثيفة في 28 حزيران/يونيو.")
    left = _one(said, "بمنح الحكومة")
    unions = _one(said, "تعبئة كثيفة")
    assert left.speaker_id is None and left.speaker_text == "كتل اليسار الثلاث"
    assert unions.speaker_id is None and unions.speaker_text == "نقابات السكك الحديدية"  # (not Jabbari, who spoke before)


def test_a_verb_whose_last_letter_gives_way_to_the_feminine_ta_has_a_gender():
    lex = lexicon()
    assert [lex.gender_of_form(match_form(w)) for w in ("دعت", "دعا", "نفت", "نفى", "ادعت")] == ["f", "m", "f", "m", "f"]
    assert lex.present_form(match_form("يقول")) and not lex.present_form(match_form("تابع"))


def test_according_to_someone_with_words_of_their_own_after_it_is_their_statement(pipeline):
    said = _said(pipeline, "أفادت إذاعة قفصة الرسمية بأن مدينة دوز شهدت اليوم السبت سقوط طائرة شراعية ما أسفر وبحسب ما افاد به "
                           "المدير الجهوي للصحة عن وفاة سائح روسي الجنسية بعد نقله الى المستشفى المحلي بدوز.")
    director = _one(said, "وفاة سائح روسي")
    assert director.anonymous and director.speaker_text == "المدير"
    assert "وفاة سائح" not in _one(said, "سقوط طائرة شراعية").text


def test_figures_speak_for_the_body_named_after_them_and_a_short_name_is_that_body(pipeline):
    said = _said(pipeline, "حقق الميزان التجاري السعودي فائضا قدره 61.3 مليار ريال، وفقا لبيانات صدرت اليوم الثلاثاء عن الهيئة "
                           "العامة للإحصاء في السعودية.\n"
                           "وأوضحت بيانات هيئة الاحصاء أن قيمة الصادرات غير البترولية بلغت 16.8 مليار ريال.\n"
                           "بينما كشفت بيانات إدارة شئون الجمارك أن أهم 7 دول تستورد منها البحرين السجائر هي تركيا وسويسرا.")
    authority = "organization:الهيئه_العامه_للاحصاء"
    assert _one(said, "حقق الميزان التجاري").speaker_id == authority
    assert _one(said, "الصادرات غير البترولية").speaker_id == authority  # (هيئة الاحصاء: the same body, named short)
    assert _one(said, "أهم 7 دول").speaker_id == "organization:اداره_شئون_الجمارك"


def test_a_currency_is_no_organisation(pipeline):
    result = pipeline.process(Article("t", "وبلغت قيمة الصادرات البترولية في يونيو الماضي 78.7 مليار ريال، مقابل 45.6 مليار دولار."))
    assert not [m.text for m in result.mentions if m.text in ("ريال", "دولار")]


def test_the_head_of_a_body_named_later_by_the_title_alone_is_that_person(pipeline):
    said = _said(pipeline, "نوه رئيس هيئة الأركان العامة في اليمن اللواء محمد المقدشي بالدور المحوري الذي أسهمت به دول التحالف العربي، "
                           "مؤكدا أن عاصفة الحزم قلبت الموازين.\n"
                           "وأكد اللواء المقدشي في تصريح صحفي أن المقاومة الشعبية في طريقها إلى تحقيق الحسم العسكري.\n"
                           "وجدد رئيس هيئة الأركان، التأكيد بإحكام المقاومة السيطرة على مديريات عدن كافة.\n"
                           "ولفت المسؤول اليمني، الانتباه إلى أن تحرير العاصمة صنعاء يعد من أولويات القوات.")
    for fragment in ("بالدور المحوري", "بإحكام المقاومة", "تحرير العاصمة"):
        assert _one(said, fragment).speaker_id == "person:محمد_المقدشي", fragment


def test_a_body_named_after_a_title_is_its_whole_complement(pipeline):
    said = _said(pipeline, "شجب وزير العدل رئيس المجلس الأعلى للقضاء الدكتور وليد بن محمد الصمعاني العمل الإرهابي الآثم.\n"
                           "ورفع وزير العدل رئيس المجلس الأعلى للقضاء التعازي لخادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود، "
                           "داعياً المولى جلّ وعلا أن يحفظ المملكة من كل سوء ومكروه.")
    assert _one(said, "يحفظ المملكة").speaker_id == "person:وليد_بن_محمد_الصمعاني"  # (not the king, condoled)


def test_a_title_before_its_holder_is_named_is_that_holder(pipeline):
    said = _said(pipeline, "من جانبه، رحب رئيس وزراء إيطاليا بالاتفاق، ملمحاً إلى أن بلاده لم تعد وحدها تواجه أزمة اللجوء.\n"
                           "وأشاد رئيس الوزراء الإيطالي الجديد، جوزيبي كونتي، الجمعة، أمام صحافيين بأن الاتفاق ينص على أن تكون "
                           "\"أوروبا أكثر مسؤولية وتكافلاً\".")
    for fragment in ("بالاتفاق", "لم تعد وحدها", "الاتفاق ينص"):
        assert _one(said, fragment).speaker_id == "person:جوزيبي_كونتي", fragment


def test_a_nationality_the_knowledge_base_lacks_stands_between_a_title_and_its_name(pipeline):
    said = _said(pipeline, "وحذر نائب وزير الخارجية المنغولي باتستسيغ باتمونخ تركيا من أن أي محاولة خطف على أراض منغولية ستشكل "
                           "\"انتهاكا خطيرا لاستقلال منغوليا\".\n"
                           "وفي اتصال هاتفي مع نظيره المنغولي تسوغتبار دامدين نفى وزير الخارجية التركي مولود تشاوش أوغلو هذه "
                           "الاتهامات، بحسب ما أعلنت الخارجية المنغولية.")  # (the counterpart, named later, holds the same title)
    assert "باتمونخ" in _one(said, "محاولة خطف").speaker_text


def test_an_adverbial_object_completed_by_a_quotation_is_part_of_the_words(pipeline):
    said = _said(pipeline, "وقال الشاهد إن \"الثورة التونسية مهددة\"، مؤكدا الحاجة إلى \"بناء جيل جديد من السياسيين لتسليمهم المشعل\".")
    assert _one(said, "بناء جيل جديد").text.startswith("الحاجة إلى")


def test_a_byline_before_a_colon_names_no_speaker_and_a_relative_speaks_unnamed(pipeline):
    said = _said(pipeline, " سعود الدعجاني - سبق - عسير: كشف أحد أقارب قاتل شقيقه وصديقه وابن عمه بخيبر الجنوب لـ \"سبق\"، "
                           "العديد من الأحداث والتفاصيل المروعة؛ حيث أكد أن قريبه مسه الجن فاعتدى على طبيبه.\n"
                           "وأوضح لـ\"سبق\" قائلا: إن قريبه الذي أطلق النار كان يمارس حياته الطبيعة بشكل عادي.\n"
                           "ونفى قريب الجاني ما يتم تداوله عبر مواقع التواصل الاجتماعي حول أنه مدمن مخدرات.")
    assert said and all(s.speaker_id is None and s.anonymous for s in said), [(s.speaker_id, s.text) for s in said]
    assert _one(said, "العديد من الأحداث").speaker_text.startswith("أحد أقارب")
    assert not [s for s in said if s.text.startswith("لـ")]  # (وأوضح لـ"سبق" قائلا: one act, the medium no words)
    denied = _one(said, "ما يتم تداوله")
    assert denied.speaker_text == "قريب الجاني" and denied.text.startswith("ما يتم تداوله")


def test_a_statement_named_later_as_the_statement_is_its_issuers_not_the_unnamed_officials(pipeline):
    said = _said(pipeline, "وجاء في بيان لوزارة الخارجية الباكستانية ان القوات الهندية فتحت النار السبت على قاطع بونش. "
                           "وذكر مسؤولون باكستانيون في وقت سابق ان اربعة مدنيين قتلوا بنيران هندية الاربعاء والخميس. "
                           "وقال البيان ان \"باكستان تتقدم باحتجاج على هذا العمل الاستفزازي\".")
    assert _one(said, "باكستان تتقدم باحتجاج").speaker_id == _one(said, "فتحت النار").speaker_id
    assert _one(said, "فتحت النار").speaker_id == "organization:وزاره_الخارجيه_الباكستانيه"


def test_words_relayed_on_the_tongue_of_someone_are_theirs(pipeline):
    said = _said(pipeline, "قال إسماعيل هنية، رئيس المكتب السياسي لحركة حماس، إن الجانب المصري لم ينقل أي رسائل تهديد.\n"
                           "ونقل الموقع الرسمي لحماس على لسان هنية قوله: \"حركة حماس لن تدخل في أي صفقات بشأن المسيرة\".")
    assert _one(said, "حركة حماس لن تدخل").speaker_id == _one(said, "الجانب المصري").speaker_id


def test_a_title_after_a_name_is_no_part_of_it_and_according_to_him_the_words_before_are_his(pipeline):
    said = _said(pipeline, "أصدرت الدائرة الجنائية الخامسة بالمحكمة الإبتدائية بتونس أحكاما في حق 45 متهما، وفق ما أفاد سفيان السليطي "
                           "المساعد الأول لوكيل الجمهورية بالحكمة الإبتدائية بتونس.\n"
                           "أما بخصوص ال 23 متهما في حالة فرار، فقد صرح السليطي، بأن المحكمة أصدرت أحكاما غيابية في حقهم.")
    assert _one(said, "أصدرت الدائرة الجنائية").speaker_id == "person:سفيان_السليطي"
    later = _one(said, "أحكاما غيابية")
    assert later.speaker_id == "person:سفيان_السليطي" and later.verb == "صرح"  # (متهما after a count is no adverbial)


def test_a_bayyana_with_a_colon_reports_and_expected_that_opens_no_words(pipeline):
    said = _said(pipeline, "وقال قريب الجاني إن الشرطة رفضت استلامه.\nوبين: \"في اليوم الثاني من هذه الحادثة فوجئ أهله\".\n"
                           "وقدم البلوي عرضا ماديا وجد ترحيبا من اللاعب ووالده، ومن المتوقع أن يتم استكمال الإجراءات اللازمة.")
    assert _one(said, "في اليوم الثاني").speaker_text == "قريب الجاني"
    assert not [s for s in said if "استكمال الإجراءات" in s.text]


def test_a_noun_that_looks_like_an_adverbial_opens_nothing_without_a_comma(pipeline):
    said = _said(pipeline, "وقال رايت إن الفريق كان يؤدي بشكل مقبول. وأضاف: هناك أعذار من فينغر... إذا استمر في نهاية هذا الموسم "
                           "لا يمكنني أن أجد مبررا ولا أعتقد أن أي شخص يملك ذلك.")
    assert not [s for s in said if s.text.startswith("أي شخص")]


def test_a_rare_first_name_and_a_frequent_surname_after_a_verb_are_a_name(pipeline):
    said = _said(pipeline, "وخلصت الشرطة لاحقا إلى أن المادة التي عُثر عليها ليست ضارة.\n"
                           "وقالت روبا حق، عضوة البرلمان عن منطقة إيلينغ سنترال وآكتون في لندن، إن الطرد الذي تلقته كان يحوي خطابا.")
    assert _one(said, "الطرد الذي تلقته").speaker_id == "person:روبا_حق"


def test_a_time_word_before_the_subject_of_a_suffixed_verb_and_a_medium_or_adverbial_after_a_name(pipeline):
    said = _said(pipeline, "تصور لوحات ديمة كيف يعيش الناس في الغوطة الشرقية - المكان الذي وصفه مؤخرا الأمين العام للأمم المتحدة "
                           "أنطونيو غوتيريش بأنه \"جهنم على الأرض\".\n"
                           "تقول ديمة لبي بي سي: \"لا يزال سكان الغوطة يمارسون حياتهم اليومية\".\n"
                           "تقول ديمة معلقة على إحدى لوحاتها: \"كان المشروع صعبا جدا\".\n"
                           "أفادت تقارير إعلامية إن بعض سكان الغوطة الشرقية بدأوا بالفرار من المنطقة.\n"
                           "وتنتقد ديمة الطريقة التي تصور بها وسائل الإعلام الدولية الناس في سوريا: \"على الصعيد الإنساني، تم تصويرنا "
                           "على نحو نمطي\".")
    assert _one(said, "جهنم على الأرض").speaker_id == "antonio_guterres"
    for fragment in ("لا يزال سكان الغوطة", "كان المشروع صعبا", "على الصعيد الإنساني"):
        assert _one(said, fragment).speaker_text == "ديمة", fragment


def test_an_unnamed_man_as_the_subject_speaks_unnamed(pipeline):
    said = _said(pipeline, "وقال رجل يحرس القرية ليلا \"نحن مستعدون لهم\"، وذلك بعد أن أغلق السكان الطرق.")
    man = _one(said, "نحن مستعدون لهم")
    assert man.anonymous and man.speaker_text == "رجل يحرس القرية ليلا"
    sawiris = _said(pipeline, "وقال رجل الأعمال نجيب ساويرس إن الاستثمار سيعود.")
    assert _one(sawiris, "الاستثمار سيعود").speaker_id == "person:نجيب_ساويرس"


def test_a_body_named_with_its_field_is_one_name_and_speaks_before_its_verb(pipeline):
    said = _said(pipeline, "أعلن الاتحاد الدولي لكرة القدم \"فيفا\" رسمياً استبعاد الحكم السعودي فهد المرداسي من قيادة مباريات كأس العالم.\n"
                           "وكان الاتحاد السعودي لكرة القدم قد أعلن إيقاف الحكم فهد المرداسي عن العمل الرياضي مدى الحياة.\n"
                           "أعلنت عمادة القبول والتسجيل بجامعة الملك خالد، عن فتح بوابة التحويل الخارجي للفصل الدراسي الأول.")
    fifa = _one(said, "استبعاد الحكم السعودي")
    assert fifa.speaker_text == "الاتحاد الدولي لكرة القدم"  # (one name, its field in it)
    assert fifa.speaker_id == "organization:فيفا"  # (the actor named as the article names it in quotes)
    banned = _one(said, "إيقاف الحكم")
    assert banned.speaker_id == "organization:الاتحاد_السعودي_لكره_القدم"  # (not the referee banned)
    assert banned.text.startswith("إيقاف الحكم")  # (أعلن ... عن: عن opens the words only right after the frame)
    assert _one(said, "فتح بوابة التحويل").text.startswith("فتح بوابة")  # (or after a comma)


def test_ali_opening_the_subjects_name_is_no_preposition(pipeline):
    said = _said(pipeline, "أكد المرشد الإيراني، علي خامنئي، أنه لا وجود لحرب أو مفاوضات مع الولايات المتحدة الأمريكية في المستقبل.")
    stmt = _one(said, "لا وجود لحرب")
    assert stmt.speaker_id == "ali_khamenei" and stmt.text.startswith("لا وجود")  # (أكد على: not this على)


def test_a_person_named_once_then_described_by_origin_and_age_is_that_person(pipeline):
    said = _said(pipeline, "عانت المتزلجة الفرنسية، غابريلا باباداكيس، من كابوس في الأولمبياد الشتوي عندما انفتح لباسها.\n"
                           "وقالت المتزلجة الفرنسية البالغة من العمر 22 عاما: \"شعرت بما حدث مباشرة وصليت\".")
    assert _one(said, "شعرت بما حدث").speaker_id == "person:غابريلا_باباداكيس"


def test_what_a_comment_is_about_is_no_statement_before_the_words_that_follow(pipeline):
    said = _said(pipeline, "وقال المدرب إن الفريق قدم مباراة جيدة.\n"
                           "وعلق اللاعب على ما حدث قائلا \"إنه لأمر محبط أن نفقد نقاطا قليلة بسبب قضية اللباس\".")
    assert [s.text for s in said if "لأمر محبط" in s.text or s.text == "ما حدث"] == [_one(said, "لأمر محبط").text]


def test_a_first_name_spelt_otherwise_before_a_known_surname_is_that_person(pipeline):
    said = _said(pipeline, "أكد المتحدث باسم الرئاسة الروسية، ديميتري بيسكوف، أن بلاده تراقب تطورات العقوبات الأمريكية \"عن كثب\".")
    assert _one(said, "بلاده تراقب").speaker_id == "dmitry_peskov"  # (the knowledge base spells him ديمتري)
