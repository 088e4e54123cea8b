"""Whose words a verb with no subject of its own reports: the state a sentence opens with
(a relative verb after an indefinite noun), the main clause's subject rather than a relative
clause's, a spokeswoman unnamed with the body she speaks for. The sentences are those of held-out
set 31 (tests/gold/heldout31) and of the corpus, where each rule was missing."""

from conftest import one_with as _one
from conftest import said_in as _said


def test_the_state_a_sentence_opens_with_says_what_its_relative_verb_reports(pipeline):
    said = _said(pipeline, "وشنت إسرائيل في العاشر من أيار/مايو الماضي عشرات الغارات الجوية على أهداف قالت إنها إيرانية في "
                           "سوريا، مؤكدة أنها كانت ردا على إطلاق صواريخ إيرانية على القسم الذي تحتله من هضبة الجولان السورية.")
    for fragment in ("إيرانية في سوريا", "كانت ردا"):
        assert _one(said, fragment).speaker_id == "israel", fragment  # (not "إنها إيرانية", the words said)
    rumours = _said(pipeline, "وانتصرت إيطاليا على النمسا بهدف دون رد، زادت من شكوك المتابعين، بعد أن انتشرت شائعات أكدت اجتماعه "
                              "مع حكم اللقاء السويدي قبل يوم من المباراة.")
    assert all(s.speaker_id != "italy" for s in rumours)  # (the rumours' words: no complement clause, no state's)


def test_a_verb_after_a_relative_clause_is_the_main_subjects(pipeline):
    said = _said(pipeline, "ويزور نتانياهو لندن في إطار جولة شملت أيضا باريس وبرلين، وكان قد التقى رئيسة الحكومة البريطانية "
                           "تيريزا ماي.\nوجددت ماي خلال لقائهما دعمها للاتفاق النووي الإيراني الذي أعلنت الولايات المتحدة انسحابها منه في مطلع "
                           "أيار/مايو الماضي، وأكدت أن \"بريطانيا لا تزال مع فرنسا وألمانيا على اقتناع بأنه السبيل الأفضل لمنع "
                           "إيران من حيازة سلاح نووي\".")
    assert _one(said, "بريطانيا لا تزال").speaker_id == "theresa_may"
    assert [s.speaker_id for s in said if s.verb == "أعلنت"] == ["usa"]  # (the relative clause keeps its own subject)


def test_a_spokeswoman_stays_unnamed_with_the_body_she_speaks_for(pipeline):
    said = _said(pipeline, "وتشعر إسرائيل بالقلق من تنامي وجود إيران في سوريا. وقالت متحدثة باسم الجيش الإسرائيلي إن الجيش لا يعلق "
                           "على تقارير أجنبية.")
    army = _one(said, "لا يعلق")
    assert army.speaker_id is None and army.speaker_text == "متحدثة باسم الجيش الإسرائيلي"
    quoted = _one(_said(pipeline, "وفي مؤشر على هذا الاتجاه، قالت متحدثة باسم \"فيتول\" إن الشركة \"تراعي العقوبات والقوانين "
                                  "الدولية بشكل تام\"."), "تراعي العقوبات")
    assert quoted.speaker_text == "متحدثة باسم \"فيتول\""
    relayed = _one(_said(pipeline, "وكانت وكالة الأنباء السورية الرسمية نقلت عن مصدر عسكري قوله، الاثنين، إن \"طائرات إسرائيلية "
                                   "من طراز إف 15 أطلقت عدة صواريخ من فوق الأراضي اللبنانية\"."), "طائرات إسرائيلية")
    assert relayed.speaker_text == "مصدر عسكري" and relayed.text.startswith("\"طائرات")


def test_papers_named_after_the_opening_verb_say_what_its_coordinated_verb_reports(pipeline):
    said = _said(pipeline, "وأدانت الصحف السعودية الصادرة اليوم تصريحات تميم واعتبرت أنها \"لا تتواكب مع وحدة الصف العربي "
                           "والخليجي\" معتبرة أن المتلقي أذكى من تقبل عذر \"الإختراق\".")
    for fragment in ("لا تتواكب", "المتلقي أذكى"):
        papers = _one(said, fragment)
        assert papers.speaker_id is None and papers.speaker_text == "الصحف السعودية", fragment  # (not Tamim, whose words they condemn)


def test_a_preposition_after_the_verb_opens_no_subject(pipeline):
    said = _said(pipeline, "وفي لقاء تلفزيوني، كشف أحمد الدويك عما جرى في عقد قران الفنانة نجلاء فتحي. كما كشف عن كواليس انفصال "
                           "الراحل نور الشريف عن الفنانة بوسي، مشيراً إلى كونه قبل وقوع الطلاق تلقى اتصالاً.")
    for fragment in ("كواليس انفصال", "تلقى اتصالاً"):
        assert _one(said, fragment).speaker_text == "أحمد الدويك", fragment  # (not "عن كواليس انفصال الراحل")
    recipe = _said(pipeline, "قدم مؤسس مايكروسوفت وثاني أغنى رجل في العالم، نصيحة ثمينة للطامحين إلى النجاح في مشاريع مستقبلية، "
                             "واختصر وصفته في كلمة واحدة هي \"العلم\".")
    assert not any(s.speaker_text.startswith("في ") for s in recipe)  # (his recipe, a noun; no one "in one word" spoke)


def test_the_body_between_anna_and_its_verb_is_the_subject(pipeline):
    said = _said(pipeline, "يذكر أنه تم اتخاذ قرار تعيين الأستاذ جلال الدلال (اختصاص جغرافيا) منذ 2014 إلا أن إدارة الكلية اعتبرت "
                           "القرار غير قانوني، مؤكدة أنها لم تفتح هذه الخطة.")
    for fragment in ("القرار غير قانوني", "لم تفتح"):
        assert _one(said, fragment).speaker_text == "إدارة الكلية", fragment  # (not the professor named before it)
    unnamed = _one(_said(pipeline, "وكان طهاة الفنادق يرمون الطعام، في حين أن بعض الجمعيات المهتمة أكدت أن هذا الطعام يمكن معالجته "
                                   "وإيصاله إلى المحتاجين."), "هذا الطعام")
    assert unnamed.speaker_id is None and unnamed.speaker_text == "بعض الجمعيات المهتمة"
    brotherhood = _said(pipeline, "وكانت جماعة الإخوان قد أثارت في عدد من المواقع إصابة مرسي بالتسمم، وأن حالته الصحية حرجة وطالبت "
                                  "بسرعة نقله إلى مستشفى القصر العيني للعلاج.")
    assert all(s.speaker_text != "حالته الصحية حرجة" for s in brotherhood)  # (a clause of its own before وطالبت)
    role = _said(pipeline, "أحيانًا أشعر أنه عندما أمثل على المسرح بأني أقوم بتلك التمارين. كل ليلة عليك أن تقدّم الدور كاملاً "
                           "وتضيف إليه قدر المستطاع.")
    assert all(s.speaker_text != "تقدّم الدور كاملاً" for s in role)  # (a verb and its object, then a verb of their own)


def test_a_name_after_a_title_and_the_head_of_its_body(pipeline):
    said = _said(pipeline, "وقال المتحدث باسم قيادة المقاومة علي الأحمدي في تصريحات صحفية إن مقاتلي المقاومة نجحوا في السيطرة على "
                           "معظم حي التواهي، مضيفا: \"إن هذه القوات استعادت قصر 22 مايو الرئاسي\".")
    for fragment in ("مقاتلي المقاومة", "استعادت قصر"):
        assert _one(said, fragment).speaker_id == "person:علي_الاحمدي", fragment  # (علي with ي: a name, not على)
    doctor = _said(pipeline, "وقال الدكتور علية الصمودي، رئيس الدائرة الصحية بالرقاب في تصريح لمراسل \"الجوهرة أف أم\" إن أخصائية "
                             "صحية بالطب المدرسي كانت قد فحصت التلميذة.")
    assert _one(doctor, "أخصائية صحية").speaker_text == "علية الصمودي"  # (after an honorific علية is a first name)


def test_a_head_noun_referred_back_to_is_shown_as_written(pipeline):
    said = _said(pipeline, "ووقع هجوم على مركز للشرطة في المدينة. وقالت الشرطة إن الهجوم انتحاري، وأن المهاجم كان يرتدي حزاما ناسفا.")
    assert _one(said, "الهجوم انتحاري").speaker_text == "الشرطة"  # (not its matching form, الشرطه)


def test_a_network_named_after_the_verb_is_its_subject(pipeline):
    said = _said(pipeline, "وتضاربت المعلومات حول قيمة الصفقة اذ كشفت صحيفة “اس” الاسبانية ان تشلسي سيحصل من اتلتيكو على مبلغ 11.1 "
                           "مليون جنيه استرليني فيما اشارت شبكة “سكاي سبورتس” البريطانية بان فريق الـ”بلوز” سيتقاضى 15 مليون جنيه "
                           "استرليني من هذه الصفقة.")
    assert "سكاي_سبورتس" in (_one(said, "سيتقاضى 15").speaker_id or "")  # (not the Spanish paper that spoke before)


def test_a_person_named_between_commas_before_the_verb_is_its_subject(pipeline):
    said = _said(pipeline, "وقبل أن يُحكم عليه، تحدث بابادوبولوس إلى القاضي راندي موس لمدة 3 دقائق تقريباً.\n"
                           "محامي بابادوبولوس، توماس برين، أشار بأصابع الاتهام إلى ترامب، قائلا: \"لقد عرقل رئيس الولايات "
                           "المتحدة هذا التحقيق أكثر مما فعل جورج بابادوبولوس\".")
    assert _one(said, "لقد عرقل").speaker_id == "person:توماس_برين"  # (the lawyer, not his client)
    special = _said(pipeline, "وكان دوترتي قد هاجم مقررة الأمم المتحدة بشأن أعمال القتل خارج اختصاص القضاء، أغنيس كالامار، "
                              "ووصفها بالسيدة التي تعاني سوء التغذية.")
    assert all(s.speaker_id != "person:اغنيس_كالامار" for s in special)  # (whom he attacked; و opens his own verb)
