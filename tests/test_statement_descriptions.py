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
