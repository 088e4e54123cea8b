"""The causes held-out set 46 (tests/gold/heldout46) showed: a forecast as a plain object (توقع صندوق النقد
الدولي ... تراجعا), a survey as a document that speaks for whoever conducted it, a gesture taken for
speech (أشار بيده), and a medium after "عبر" taken into an unnamed official's description."""

from conftest import said_in as _said


def test_a_forecast_with_a_plain_object(pipeline):
    said = _said(pipeline, "توقع صندوق النقد الدولي، في تقرير صدر الثلاثاء، تراجعا كبيرا لمعدلات نمو الاقتصاد التركي خلال "
                           "العام المقبل 2019.")
    assert [s.speaker_id for s in said] == ["imf"] and "تراجعا كبيرا" in said[0].text, [(s.speaker_text, s.text) for s in said]


def test_a_survey_speaks_for_its_institute(pipeline):
    said = _said(pipeline, "وأضاف دهوبار، إن شركتهم عملت على تركيب 53 جهازا. وأوضح مسح أجراه معهد الآثار الصحية ومركزه "
                           "الولايات المتحدة إن نحو 1.1 مليون شخص يموتون سنويا.")
    assert said[1].speaker_text == "معهد الآثار الصحية", [(s.speaker_text, s.text) for s in said]  # (not Dhobar)


def test_a_gesture_says_nothing_and_a_medium_is_no_description(pipeline):
    said = _said(pipeline, 'برر مسؤول أهلاوي عبر "الاقتصادية" الحركة بأنها يقصد العب بقوة. وانتشر مقطع للمدرب عندما أشار '
                           'بيده إلى المشجعين الذين كانوا يرددون "الدوري ـ الدوري".')
    assert [s.speaker_text for s in said] == ["مسؤول أهلاوي"], [(s.speaker_text, s.text) for s in said]


def test_an_acronym_written_with_periods_names_a_body(pipeline):
    # (set 49: "وذكرت إذاعة أيه.بي.سي أنه" had no speaker and was dropped)
    said = _said(pipeline, "وذكرت إذاعة أيه.بي.سي أنه في إحدى الحالات احترق منزل إحدى الأسر.")
    assert [s.speaker_text for s in said] == ["إذاعة أيه.بي.سي"], [(s.speaker_text, s.text) for s in said]


def test_our_correspondent_is_an_unnamed_source(pipeline):
    # (set 48: "أفاد مراسلنا في اليمن، الجمعة، بمقتل 86" had no speaker and was dropped)
    said = _said(pipeline, "أفاد مراسلنا في اليمن، الجمعة، بمقتل 86 من ميليشيات الحوثي الموالية لإيران.")
    assert [(s.speaker_id, s.speaker_text) for s in said] == [(None, "مراسلنا في اليمن")], [(s.speaker_text, s.text) for s in said]
