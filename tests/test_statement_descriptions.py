"""Speakers first described, then named or not: a description named by "ويدعى"، a definite subject
before أن of a verb that usually takes an object first, activists unnamed, "the official" that is the
unnamed source still, and a surname before the medium and the quotation. The sentences are those of
held-out set 33 (tests/gold/heldout33) and of the corpus, where each rule was missing."""

from conftest import one_with as _one
from conftest import said_in as _said


def test_a_description_named_by_yudaa_is_that_person(pipeline):
    said = _said(pipeline, "ابتكر مهندس ياباني طريقة جديدة وذكية للتنقل، حسبما تقول مجلة «تايم» الأميركية.\n"
                           "وفي حوار مع وكالة «رويترز» للأنباء، قال مبتكر وسيلة النقل الصغيرة للغاية، ويدعى كونياكو سايتو "
                           "(26 عاما) إن الزبائن سيمكنهم حجز ألواح التزلج بدءا من خريف 2015.")
    assert "سايتو" in (_one(said, "حجز ألواح التزلج").speaker_id or "")  # (not the magazine, the speaker before)
    said = _said(pipeline, "وقال مهندس في محطة للصرف الصحي يدعى جيانغ وكان يتفقد محطات الضخ في وقت مبكر من الصباح: "
                           "«إنّه من أقوى الأعاصير التي رأيتها».")
    assert "جيانغ" in (_one(said, "أقوى الأعاصير").speaker_id or "")


def test_a_definite_phrase_right_before_an_is_the_subject_not_the_object(pipeline):
    said = _said(pipeline, "ويقول الإدعاء الألماني إن روبرت ستادلر احتجز نظرا لمخاوف من أنه قد يعرقل تحقيقا.\n"
                           "واعتبرت النيابة العامة في ميونخ التي اتهمت في أواخر أيار/مايو مدير الشركة روبرت ستادلر إضافة إلى عضو "
                           "آخر في مجلس الإدارة بـ\"الاحتيال\"، أن هناك \"خطر إخفاء أدلة\" لتبرير سجن ستادلر.")
    prosecutors = _one(said, "خطر إخفاء أدلة")
    assert prosecutors.speaker_id is None and prosecutors.speaker_text == "النيابة العامة في ميونخ"
    assert prosecutors.text.startswith("هناك")  # (the relative clause is no part of the words)
    experts = _one(_said(pipeline, "وتوفي ديفيد روكلفر في مارس من السنة الماضية، وأوصى أن تقسم كل إيرادات المزاد إلى جهات خيرية.\n"
                                   "وكشف الخبراء أن الطابع الخيري لهذا المزاد من المرجح أن يكون عامل جذب."), "الطابع الخيري")
    assert experts.speaker_id is None and experts.speaker_text == "الخبراء"
    # an object before بأن, a verb after a subject or a relative: no description speaks
    denied = _one(_said(pipeline, "وأوضحت الخطوط أن الحصة السوقية قد تتحول مع الوقت، فيما نفت الادعاءات بأن خدماتها تعود بالضرر "
                                  "على الناقلات الأمريكية."), "تعود بالضرر")
    assert denied.speaker_text == "الخطوط"
    for text in ("ومنذ تولى السلطة في عام 2011، لم يعلن أن كيم قام بزيارة خارج بلاده، مما يضيف المزيد من الريبة إلى الموقع "
                 "المحتمل لاستضافة القمة مع ترامب، التي ستكون الأولى بين رئيس أميركي وزعيم كوري شمالي.",
                 "جذبت خيمة مسرح الطفل العديد من الزوار الذين اعتبروا التوجه الى الخيمة أحد أهم وأبرز الزيارات التي يجب أن "
                 "يقوموا بها يوميا."):
        assert not [s for s in _said(pipeline, text) if s.speaker_text.startswith(("المزيد", "التوجه"))]


def test_activists_are_unnamed_not_the_doctor_before_them(pipeline):
    said = _said(pipeline, "وقال الدكتور حمزة حسن إنه \"لم يتغير شيء\". في الوقت نفسه، قال نشطاء ميدانيون من داخل الغوطة، في تصريحات "
                           "لـCNN، إن قوات برية موالية لنظام الرئيس بشار الأسد حاولت اقتحام الغوطة من عدة جبهات.")
    activists = _one(said, "حاولت اقتحام الغوطة")
    assert activists.speaker_id is None and activists.speaker_text.startswith("نشطاء ميدانيون")


def test_the_official_with_the_unnamed_sources_adjective_is_that_source(pipeline):
    said = _said(pipeline, "وقال الرئيس الفرنسي إيمانويل ماكرون إن بلاده لن تقف مكتوفة الأيدي.\n"
                           "وقال مصدر رئاسي فرنسي إن \"المسؤول عن منع دخول المساعدات هو النظام\".\n"
                           "من جهة أخرى اعتبر المسؤول الفرنسي أن صيغة محادثات أستانا معطلة ولا تعمل حاليا.")
    source = _one(said, "صيغة محادثات أستانا")
    assert source.speaker_id is None and source.speaker_text == "مصدر رئاسي فرنسي"  # (not Macron)


def test_a_surname_before_the_medium_and_the_quotation_and_went_on(pipeline):
    said = _said(pipeline, "وبدا بليند في غاية السعادة بالأداء الذي قدمه.\n"
                           "وقال بليند لموقع يونايتد على الانترنت \"حصلت على الفرصة في هذه المناسبة وحاولت بذل أقصى ما لدي.\"\n"
                           "واستطرد \"اعتقد أننا أدينا بشكل رائع على الصعيد الدفاعي.\"")
    assert [s.speaker_text for s in said] == ["بليند", "بليند"]
    # a quoted title after a ل phrase that is no medium names no one: "ويعتبر تكملة لفيديو كليب «...»"
    clip = _said(pipeline, "أطلق الفنان وائل كفوري كليب الأغنية الجديدة، ويعتبر تكملة لفيديو كليب «الغرام المستحيل»، وهو الكليب "
                           "الذي كان ينتظره جمهور وائل كفوري، بعد أن وعدهم بتصوير جزء ثان تكملة للقصة التي تتناول الخيانة.")
    assert not [s for s in clip if "تكمل" in (s.speaker_id or "")]


def test_a_subject_after_la_tazal_and_a_verbal_noun_followed_by_when(pipeline):
    said = _said(pipeline, "وقالت الولايات المتحدة إنها ستفرض عقوبات جديدة على كوريا الشمالية.\n"
                           "ولا تزال الولايات المتحدة تتهم باطراد كوريا الشمالية بتدبير الهجوم على كيم جونغ-نام.\n"
                           "ويأتي إعلان الولايات المتحدة بعد يوم واحد من عودة وفد رفيع المستوى من بيونغيانغ.")
    assert _one(said, "بتدبير الهجوم").speaker_id == "usa"
    assert not [s for s in said if "بعد يوم واحد" in s.text]  # (when the announcement came, not what it said)


def test_a_student_is_no_demand(pipeline):
    said = _said(pipeline, "قام السعودي عبدالله بن محمد القحطاني طالب دكتوراة يدرس على حسابه الخاص في جامعة ملتميديا "
                           "الماليزية، بتصميم خريطة تفاعلية. وطالب الوزير بإصلاح الجامعة.")
    assert [(s.speaker_text, s.text) for s in said] == [("الوزير", "بإصلاح الجامعة")]


def test_people_before_a_plural_relative_speak_for_its_verb(pipeline):
    said = _said(pipeline, "وتحاكم المرأتان - اللتان تقولان إنهما كانتا تعتقدان أنهما شاركتا في تنفيذ مقلب لعرض تلفزيوني - "
                           "بتهمة القتل.")
    assert _one(said, "كانتا تعتقدان").speaker_text == "المرأتان"  # (not "وتحاكم المرأتان": the verb)
    said = _said(pipeline, "ما أثار حفيظة الآلاف من رواد شبكات التواصل الذين طالبوا من خلال وسم أنشأه أحد الناشطين بإنزال "
                           "أشد العقاب لتأديب هؤلاء المراهقين.")
    assert _one(said, "أشد العقاب").speaker_text == "رواد شبكات التواصل"
    # a singular verb after الذين has a subject of its own: "he" sees that the officials are not firm
    said = _said(pipeline, "ومل من كثرة التصاريح ومل من المسئولين الذين يرى أنهم غير حازمين في محاسبة الشركات.")
    assert not [s for s in said if s.speaker_text == "المسئولين"]


def test_a_back_reference_opening_the_sentence_goes_on_with_its_verb(pipeline):
    said = _said(pipeline, "ما تزال واشنطن تتحدث عن إمكانية تحقيق السلام عبر خطة يريد الرئيس الأمريكي دونالد ترامب فرضها، "
                           "نقرأ في صحيفة لا كروا. الصحيفة استندت إلى بعض التسريبات من الخطة الأمريكية للسلام في الشرق "
                           "الأوسط، وقالت إن هذه الخطة تعطي الفلسطينيين دولة سيادتها محدودة.")
    assert _one(said, "تعطي الفلسطينيين").speaker_text == "الصحيفة"  # (not Washington, the speaker before)
