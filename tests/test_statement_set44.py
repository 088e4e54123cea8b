"""The causes held-out set 44 (tests/gold/heldout44) showed: "بالمقابل" opening a sentence, a group's
"أكد على" and "وفقا للبيان" (the statement's owner), "بقوله" after a verb of no saying, an interviewer's
topic before a quotation, a question asked, adverbials written without their alif (مؤكد), and an
adverbial's content opened by its verb's preposition (مشددا على براءته)."""

from conftest import said_in as _said


def test_a_contrast_opening_the_sentence_lets_abbar_report(pipeline):
    said = _said(pipeline, 'بالمقابل، عبر ماكرون عن أمله بالحفاظ على "مكتسبات مفاوضات عام 2015"، وفقا لبيان صادر عن قصر الإليزيه.')
    assert [s.speaker_id for s in said] == ["emmanuel_macron"] and said[0].text.startswith("أمله"), \
        [(s.speaker_text, s.text) for s in said]


def test_a_group_stresses_on_its_object_not_on_the_writers_aside(pipeline):
    said = _said(pipeline, "وأكد الوزراء الثلاثة على التقارب في مواقفهم، مع العلم بان المساعي لحل النزاع تراوح مكانها.")
    assert [(s.speaker_text, s.text[:15]) for s in said] == [("الوزراء الثلاثة", "التقارب في مواق")]
    said = _said(pipeline, "وبيّنت غنيمات أن العملية أسفرت عن مقتل أربعة. وأكدت إلقاء القبض على خمسة إرهابيين.")
    assert said[1].text.startswith("إلقاء القبض"), said[1].text  # (a feminine verb: "إلقاء القبض" is its object)


def test_according_to_the_statement_is_its_owners(pipeline):
    said = _said(pipeline, "وقال قائد الأسطول الخامس، نائب الأميرال كيفن دونيكان، في بيان، إن المناورات ستبدأ. ووفقا للبيان، "
                           "الذي نشرته صحيفة (الوسط)، اليوم الثلاثاء، فإن المشاركين في المناورات سيتدربون على تنفيذ عمليات دفاعية.")
    assert len(said) == 2 and said[1].speaker_id == said[0].speaker_id is not None, [(s.speaker_text, s.text) for s in said]
    assert said[1].text.startswith("المشاركين"), said[1].text


def test_but_they_answered_is_their_clause(pipeline):
    said = _said(pipeline, 'هذا وقد رجح مصدر مسئول لــ "الرياض" أن السبب يعود للأحمال الزائدة وإن الانقطاع لم يتجاوز الدقائق، '
                           'ولم يحدد الجهة المتسببة بالانقطاع، وكانت "الرياض" قد تواصلت لمدة يومين مع المسئولين في جسر الملك فهد '
                           "لإبداء أسباب الانقطاع إلا أنهم ردوا أنهم في إطار التباحث مع الشركة السعودية للكهرباء.")
    assert [s.speaker_id for s in said] == [None, None] and said[0].speaker_text == "مصدر مسئول", \
        [(s.speaker_text, s.text) for s in said]  # (not "مصدر مسئول لــ ""; "they" is still given the source's words)
    assert said[0].text.startswith("السبب يعود") and said[1].text.startswith("في إطار التباحث"), [s.text for s in said]


def test_statistics_shown_after_at_the_time_when(pipeline):
    said = _said(pipeline, "في الوقت الذي أظهرت إحصاءات شؤون الجنسية والجوازات والإقامة بالبحرين أنه عبر الجسر 11 مليون مسافر.")
    assert len(said) == 1 and said[0].text.startswith("عبر الجسر"), [(s.speaker_text, s.text) for s in said]


def test_a_question_asked_opens_with_its_question_word(pipeline):
    said = _said(pipeline, "وتساءل عدد من العابرين أين المولدات الاحتياطية على جسر الملك فهد ولماذا مشروع الربط الخليجي "
                           "غاب عن المساعدة.")
    assert [(s.speaker_text, s.text[:12]) for s in said] == [("عدد من العابرين", "أين المولدات")]


def test_adverbials_without_their_alif_report_and_name_no_one(pipeline):
    said = _said(pipeline, "وأبدى واليفر ري سعادته بالتطور الكبير لدى الحكم السعودي، مؤكد أنهم حصلوا على رسائل ايجابية. "
                           'وقال: "سعيد بوجودي في المعسكر للعام الثاني على التوالي".')
    assert [s.verb for s in said] == ["وأبدى", "مؤكد", "وقال"], [(s.verb, s.text) for s in said]
    assert len({s.speaker_id for s in said}) == 1 and "مؤكد" not in said[2].speaker_id, [s.speaker_id for s in said]


def test_by_saying_after_a_verb_of_no_saying(pipeline):
    said = _said(pipeline, "وقال ري إن الحكام جيدون. ووجه ري رسالة مباشرة إلى الحكام في حال تعرضهم للضغوطات الإعلامية بقوله: "
                           '"الإعلام ينتقد ولكن ليس لديه المعرفة الكاملة".')
    assert [s.speaker_text for s in said] == ["ري", "ري"] and said[1].text.startswith('"الإعلام'), \
        [(s.speaker_text, s.text) for s in said]
    said = _said(pipeline, 'وقالت الوزيرة إن الأمر جيد. وصرح لمجموعة "فونكه" الاعلامية بقوله: "سندرس ما اذا كانت هذه المزاعم صحيحة".')
    assert len(said) == 2 and said[1].text.startswith('"سندرس'), [s.text for s in said]  # (the verb's own words)


def test_by_saying_in_a_relative_clause_is_its_antecedents(pipeline):
    said = _said(pipeline, "وقال جوزف بلاتر إنه لن يترشح. وحددت اللجنة التنفيذية لفيفا يوم السادس والعشرين من فبراير موعدا "
                           "للجمعية العمومية لانتخاب رئيس جديد خلفا لبلاتر الذي قدم في الثاني من يونيو استقالة «غامضة»، ثم حاول "
                           "لاحقا اللعب على الكلام بقوله: إنه لم يستقل من منصبه.")
    assert said[-1].speaker_id == said[0].speaker_id and said[-1].text.startswith("لم يستقل"), \
        [(s.speaker_text, s.text) for s in said]


def test_an_interviewers_topic_before_the_quotation(pipeline):
    said = _said(pipeline, 'وقال واليفر ري: "سعيد بوجودي في المعسكر".\nوعن توجيهاته ونصائحه التي يوجهها لاتحاد القدم ولجنة '
                           'الحكام: "نصيحتي أولا للجنة الحكام، عليها أن تواصل الدعم للحكم السعودي".')
    assert len(said) == 2 and said[1].text.startswith("نصيحتي") and said[0].speaker_id == said[1].speaker_id, \
        [(s.speaker_text, s.text) for s in said]


def test_according_to_a_news_agency_joined_to_its_lam(pipeline):
    said = _said(pipeline, 'ويواجه أوكتار وأتباعه مجموعة مختلفة من التهم من بينها "تأسيس تنظيم لارتكاب جرائم"، '
                           "وفقا لوكالة أنباء الأناضول.")
    assert [s.speaker_id for s in said] == ["anadolu"], [(s.speaker_text, s.text) for s in said]


def test_an_adverbials_preposition_opens_its_words(pipeline):
    said = _said(pipeline, "وطالب أوكتار المحكمة بإخلاء سبيله، مشددا على براءته من كافة التهم الموجهة إليه، بما في ذلك "
                           '"جلب الفتيات الصغيرات إلى منزله واستغلالهن جنسيا".')
    assert said[1].text.startswith("على براءته"), said[1].text
    said = _said(pipeline, "وأوضح ابراهيم أن لديه التزامات نحو عائلته، مطالباً زملاءه بالوصول إلى شيوخ المهنة أمثال عادل إمام.")
    assert said[1].text.startswith("بالوصول"), said[1].text
    said = _said(pipeline, "وأبان النجدي أن التسجيل سيكون عبر بوابة الجامعة، داعياً جميع المتقدمين الاطلاع على نشرة شروط القبول "
                           "قبل التسجيل وذلك للتأكد من انطباق الشروط.")
    assert said[1].text.startswith("جميع المتقدمين"), said[1].text  # (its object is short; للتأكد is a purpose)
