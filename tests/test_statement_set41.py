"""The causes held-out set 41 (tests/gold/heldout41) showed: a name whose ل is its own though "أرى"
is in the article, a name after a second title in a title's complement (the president's adviser),
"الأخير" as a speaker, a charge going on from the minister's words, a person named before an earlier
reporting verb, a region's mayor, an honorific before a surname, and a lawyer named after "محاميها"."""

from conftest import one_with as _one
from conftest import said_in as _said

_KUDLOW = ("صرح لاري كودلو مستشار الرئيس الأمريكي دونالد ترامب بأن قرارات هذا الأخير التجارية قد تكون لها تداعيات.\n"
           "أقر كبير المستشارين الاقتصاديين للرئيس دونالد ترامب الأحد بأن النزاع التجاري قد تكون له تداعيات.\n"
           "لكنه اعتبر أن انتقادات رئيس الوزراء الكندي جاستن ترودو مبالغ فيها بعدما رأى الاخير أن الحجة الرسمية "
           "الأمريكية \"مهينة ومرفوضة\".\n"
           "وصرح لاري كودلو لشبكة فوكس نيوز \"أرى أن رد فعل ترودو مبالغ فيه\".")


def test_an_advisers_name_before_his_title_is_his_and_the_latter_is_the_one_named_last(pipeline):
    said = _said(pipeline, _KUDLOW)
    speakers = [(s.speaker_id, s.text[:20]) for s in said]
    assert _one(said, "قرارات هذا الأخير").speaker_id == "person:لاري_كودلو", speakers  # (not "اري", "أرى" being a word)
    assert _one(said, "النزاع التجاري").speaker_id == "person:لاري_كودلو", speakers  # (not the president he advises)
    assert _one(said, "الحجة الرسمية").speaker_id == "person:جاستن_ترودو", speakers  # (الاخير: Trudeau, named last)


def test_a_charge_going_on_from_the_ministers_words_is_his(pipeline):
    said = _said(pipeline, "أشار وزير الخارجية التركي مولود تشاووش أوغلو إليها على أنها \"أختنا\" واتهم إسرائيل \"باتخاذ "
                           "إجراءات قمعية ضد مواطنينا\".")
    assert [s.speaker_id for s in said] == ["mevlut_cavusoglu"] * 2, [(s.speaker_text, s.text) for s in said]
    charged = _said(pipeline, "واتهم نجيب بتلقي 42 مليون رنغيت من صندوق الاستثمار الحكومي.")
    assert not charged  # (opening its sentence, no one spoke before: Najib was charged)


def test_a_person_before_an_earlier_reporting_verb_is_not_the_next_ones_speaker(pipeline):
    said = _said(pipeline, "وتحتجز السلطات الإسرائيلية إبرو أوزكان (27 عاماً) منذ الشهر الماضي.\n"
                           "وتواجه أوزكان عدة اتهامات من بينها تهريب خمس زجاجات من العطور وهو ما وصفه محاميها بأنه أمر "
                           "تافه وطالب بالإفراج عنها.")
    assert [s.speaker_text for s in said] == ["محاميها"] * 2, [(s.speaker_text, s.text) for s in said]


def test_a_regions_mayor_and_his_surname_after_an_honorific(pipeline):
    said = _said(pipeline, "وأكد أمين منطقة تبوك رئيس اللجنة محمد بن عبد الهادي العمري أن اللجنة عقدت ورشتها الأولى.\n"
                           "وأفاد المهندس العمري أن الورش الست تشمل مدينة تبوك.")
    assert [s.speaker_id for s in said] == ["person:محمد_بن_عبد_الهادي_العمري"] * 2, [(s.speaker_text, s.text) for s in said]


def test_a_lawyers_name_after_her_lawyer_when_the_verb_follows_a_topic(pipeline):
    said = _said(pipeline, "ورداً على ذلك الاتهام قال محاميها عمارة خميسي لـ\"رويترز\" أمام المحكمة \"أعتقد أن القرار في "
                           "هذه القضية سيكون قراراً شجاعاً\".\nوقال محاميه إن الجلسة تأجلت.")
    assert said[0].speaker_id == "person:عماره_خميسي", [(s.speaker_text, s.text) for s in said]
    assert said[1].speaker_id is None  # ("وقال محاميه إن": no name after the lawyer)
