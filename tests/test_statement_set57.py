"""The causes held-out set 57 (tests/gold/heldout57) showed: a contrast (بيد أن، إلا أن) that opens a
new speaker's clause inside another's words, a name run on into the verbal noun after it (أشرف غني
الاعتراف), a first name that is also a word (أمل), "عضو" as a title before a name, a company referred to
as "الشركة", a ministry branch named with its city (وزارة العمل بجازان) and the surname after علي, and
causes close to them found in the corpus check (عبدالله بن مساعد, مسؤولون من منظمة الطفولة)."""

from conftest import pairs as _pairs
from conftest import said_in as _said


def test_a_contrast_opens_the_clause_of_the_long_name_after_it(pipeline):
    said = _said(pipeline, 'ولاحقا أعلنت وكالة الأنباء السورية "سانا" مقتل مدنيين هما رجل وزوجته، بيد أن المرصد السوري لحقوق '
                           "الإنسان أعلن إصابة الضربات مستودع أسلحة.")
    assert [s.speaker_id for s in said] == ["sana", "sohr"], _pairs(said)
    assert "المرصد" not in said[0].text and said[1].text.startswith("إصابة"), _pairs(said)


def test_a_contrast_opens_the_clause_of_an_unnamed_description(pipeline):
    said = _said(pipeline, 'وقال بلال ووك إنه من غير المقبول أن تبقى ابنتهما من دون اسم، إلا أن السلطات الرسمية في الولاية أكدت '
                           "أن كنية الطفلة يجب أن تكون هاندي.")
    assert [(s.speaker_id, s.speaker_text) for s in said] == [("person:بلال_ووك", "بلال ووك"), (None, "السلطات الرسمية في الولاية")], _pairs(said)
    said = _said(pipeline, 'وأعلنت الحكومة السويسرية في بيان إنه "يجب رفض تسليم معدات حربية".\n'
                           'إلا أن الحكومة اضافت "يجب أن يكون من الممكن إصدار إذن بالتصدير".')
    assert [s.speaker_id for s in said] == ["switzerland"] * 2, _pairs(said)  # (a back-reference: the one named before)
    said = _said(pipeline, 'وقال ويليام تينكوب إن الأمر صعب.\nلكن رغم تحفظه، إلا أن تينكوب يرحب بخدمات مثل شركة تكستيو وأبلايد '
                           'ويقول: "إنهم يحاولون حل مشكلة".')
    assert [s.verb for s in said] == ["وقال", "يرحب", "ويقول"], _pairs(said)  # (the contrast before the verb cuts nothing)


def test_a_name_ends_before_the_verbal_noun_after_it_and_its_other_spelling_links(pipeline):
    said = _said(pipeline, "عرض الرئيس الأفغاني أشرف غني الاعتراف بحركة طالبان كجماعة سياسية شرعية.\n"
                           'وقال غنى في كلمته الافتتاحية: "إننا نقدم هذا العرض بدون شروط مسبقة".')
    assert [(s.speaker_id, s.speaker_text) for s in said] == [("person:اشرف_غني", "غنى")], _pairs(said)


def test_a_first_name_that_is_a_word_before_a_surname(pipeline):
    said = _said(pipeline, 'كشفت أمل حجازي أنها تتحضر لإطلاق "دعاء" في اليومين المقبلين.\n'
                           "وقالت في حديث للعربية.نت إنها تنتظر شهر رمضان كل عام.")
    assert [s.speaker_id for s in said] == ["person:امل_حجازي"] * 2, _pairs(said)


def test_a_member_of_a_committee_is_the_name_after_the_committee(pipeline):
    said = _said(pipeline, "في المقابل، قالت عضو اللجنة التنفيذية لمنظمة التحرير الفلسطينية حنان عشراوي، في بيان، إن افتتاح "
                           "غواتيمالا سفارتها في القدس أمر خطير.")
    assert [s.speaker_id for s in said] == ["person:حنان_عشراوي"], _pairs(said)
    # (a title chain's field before the next title is no name: "لطب العيون | عضو هيئة التدريس")
    said = _said(pipeline, "وقال أخصائي طب وجراحة العيون رئيس العلاقات العامة بالجمعية السعودية لطب العيون عضو هيئة التدريس "
                           "بكلية الطب في جامعة طيبة الدكتور وسيم عبدالعزيز عالم «لا توجد في الصيدليات أي قطرات».")
    assert all("لطب" not in (s.speaker_id or "") for s in said), _pairs(said)


def test_a_verb_joined_to_the_opening_one_has_the_state_that_opens_the_sentence(pipeline):
    said = _said(pipeline, 'وقال المرصد "كما قضى رجل وزوجته بالقرب من مكان القصف".\nوأدت ضربة في التاسع من أبريل إلى مقتل سبعة '
                           "عسكريين إيرانيين. وألقت إيران باللائمة على إسرائيل وتعهدت بالرد.")
    assert [s.speaker_id for s in said][-1] == "iran", _pairs(said)


def test_the_company_is_the_company_that_spoke(pipeline):
    said = _said(pipeline, "أعلنت تويتر الأربعاء بالتزامن مع إطلاق مايكروسوفت نظام التشغيل ويندوز 10، عن إطلاق نسخة من تطبيقها.\n"
                           "وأوضحت الشركة في منشور لها على مدونتها أنه يمكن لمستخدمي التطبيق الجديد رؤية التغريدات.")
    assert [s.speaker_id for s in said] == ["twitter"] * 2, _pairs(said)


def test_a_branch_named_with_its_city_and_the_name_after_it(pipeline):
    said = _said(pipeline, "فيما طالب مدير فرع وزارة العمل بجازان علي الحربي الموظفين برفع شكوى عاجلة للمطالبة بحقوقهم.")
    assert [(s.speaker_id, s.text[:4]) for s in said] == [("person:علي_الحربي", "برفع")], _pairs(said)


def test_bayyana_after_a_comma_opens_its_own_statement(pipeline):
    said = _said(pipeline, "وأوضح طارق الرفاعي أن المتعهد الجديد سيتسلم قريبا، وبين الرفاعي أن جميع الأحياء تدخل ضمن العقد.")
    assert [s.verb for s in said] == ["وأوضح", "وبين"] and "الرفاعي" not in said[0].text, _pairs(said)


def test_attributing_says_the_effect_with_its_cause(pipeline):
    said = _said(pipeline, "وأرجع المصدر عدم تجاوب وزارة المالية إلى طلب أمانة المنطقة تجزئة مبالغ العقود.")
    assert [s.text[:8] for s in said] == ["عدم تجاو"], _pairs(said)
    said = _said(pipeline, "وأرجعت مصادر أمنية بمرور المدينة الحادث إلى انقلاب مركبة تقل ثمانية أشخاص.")
    assert [s.text[:6] for s in said] == ["الحادث"], _pairs(said)  # (past the unnamed subject)
    said = _said(pipeline, "ووصفت مصادر طبية حالته بالمستقرة.")
    assert [(s.speaker_text, s.text) for s in said] == [("مصادر طبية", "حالته بالمستقرة")], _pairs(said)


def test_the_ministry_named_before_and_the_field_of_its_deputy(pipeline):
    said = _said(pipeline, "طالبت وزارة الشؤون الاجتماعية جميع فروعها بالبدء في حصر الأيتام.\n"
                           "ودعا وكيل الوزارة للرعاية الاجتماعية والأسرة الدكتور عبدالله معيقل في تعميم لكافة الفروع، إلى توجيه "
                           "الجمعيات الخيرية.\nمن جانب آخر حددت الوزارة اشتراطات البرنامج، مشيرة إلى وجوب توافر 8 اشتراطات.\n"
                           "وكشفت الوزارة عن الموافقة على منح أبناء الأيتام الإعانة.")
    ministry = "organization:وزاره_الشؤون_الاجتماعيه"
    assert [s.speaker_id for s in said] == [ministry, "person:عبدالله_معيقل", ministry, ministry], _pairs(said)


def test_a_name_after_bin_keeps_a_word_that_is_a_title(pipeline):
    said = _said(pipeline, 'يطالب عضو شرف نادي الهلال المعروف، الأمير عبدالله بن مساعد، من خلال صحيفة "سبق" مجدداً، بالاستفادة '
                           "من التجارب الناجحة.")
    assert [s.speaker_text for s in said] == ["عبدالله بن مساعد"], _pairs(said)


def test_officials_of_a_body_are_described_with_it(pipeline):
    said = _said(pipeline, "ورحب مسؤولون من منظمة الطفولة التابعة للأمم المتحدة (اليونيسيف) ومنظمات حقوق الأطفال بالقرار.")
    assert [(s.speaker_id, s.speaker_text) for s in said] == [(None, "مسؤولون من منظمة الطفولة التابعة")], _pairs(said)
