"""The causes held-out set 42 (tests/gold/heldout42) showed: a verb right after كان skipped as if after
كأن (the two share a matching form), a body named in quotation marks after "إلا أن", and OPEC and the
International Energy Agency missing from the knowledge base, and members of a body as its subject."""

from conftest import said_in as _said


def test_a_verb_after_kana_reports_but_not_after_kaanna_or_ma_kana(pipeline):
    said = _said(pipeline, "وقدم فيليت شكوى ضد المدعو بنتسي جوفشتاين، زعيم حركة لهفاه المتطرفة.\n"
                           "يذكر أن جوفشتاين كان صرح مؤخرا بأنه يؤيد حرق الكنائس.")
    assert [(s.speaker_text, s.text) for s in said] == [("جوفشتاين", "يؤيد حرق الكنائس")]
    assert not _said(pipeline, "وبدا مرتبكا وكأنه يقول إن الأمر انتهى.")  # (كأنه, with its hamza: "as if")
    assert not _said(pipeline, "حينها اكتشفوا أن كل ما كان يقوله ليس سوى مقلب.")  # (what he used to say: a thing)


def test_a_body_in_quotation_marks_after_illa_anna_is_the_subject(pipeline):
    said = _said(pipeline, "وتختلف توقعات شركة بريتيش بتروليوم عن نظرة \"أوبك\" للمستقبل، وتقود المملكة العربية السعودية "
                           "المنظمة.\nإلا أن \"أوبك\" اعترفت بأن الطلب على النفط \"سيتباطأ بشكل تدريجي\".")
    assert [s.speaker_id for s in said] == ["opec"], [(s.speaker_text, s.text) for s in said]


def test_members_of_a_body_speak_as_an_unnamed_group(pipeline):
    said = _said(pipeline, "أعرب أعضاء المكتب التنفيذي للجامعة التونسية للنزل عن استيائهم الشديد من الأحكام الصادرة ضد "
                           "وزير السياحة السابق، مؤكدين دعمهم وتضامنهم التام معه.")
    assert [(s.speaker_id, s.speaker_text) for s in said] == [(None, "أعضاء المكتب التنفيذي للجامعة التونسية للنزل")] * 2
