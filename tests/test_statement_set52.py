"""The causes held-out set 52 (tests/gold/heldout52) showed: "قال خلاله" (said during it) taken for a
subject, a link to the story's own page (رابط الخبر بصحيفة الوئام: headline) read as a statement, كاشفا
and متحسرا not known as adverbials, the subject of a subordinate clause (بعد أن نشر X ...، علق Y) taken
for the main clause's, and معلقا ("suspended") taken for "commenting"."""

from conftest import said_in as _said


def test_said_during_it_has_the_sentences_subject(pipeline):
    said = _said(pipeline, "ألقى الرئيس الفرنسي إيمانويل ماكرون الثلاثاء خطابا في اليوم العالمي للفرانكفونية قال خلاله إنه يرغب "
                           "بتعزيز المكانة العالمية لوسائل الإعلام الفرنسية.")
    assert [s.speaker_id for s in said] == ["emmanuel_macron"], [(s.speaker_text, s.text) for s in said]


def test_a_link_to_the_storys_page_reports_nothing(pipeline):
    said = _said(pipeline, "وبين مدير شؤون المعلمين أن موعد المقابلات النسائية ستعلن في وقت لاحق. رابط الخبر بصحيفة الوئام: "
                           "تعليم بيشة يدعو 306 معلمين لإجراء المقابلات الشخصية")
    assert [s.verb for s in said] == ["وبين"], [(s.speaker_text, s.verb, s.text) for s in said]


def test_revealing_and_lamenting_adverbials_after_a_subordinate_clause(pipeline):
    said = _said(pipeline, 'بعد أن نشر بدر العساكر، مدير المكتب الخاص لولي العهد السعودي، صورة "ودية" جمعت الأمير محمد بن سلمان '
                           'والشيخ محمد بن زايد، علق الشيخ سلطان بن سحيم آل ثاني عليها متحسراً على "العزلة" التي تعيشها قطر.\n'
                           "وكان بدر العساكر نشر صورة تجمع ولي العهد السعودي مع ملك البحرين، كاشفاً عن لقاء ودي جمعهم قبل أيام.")
    assert [(s.verb, s.speaker_text) for s in said] == [("متحسراً", "سلطان بن سحيم آل ثاني"), ("كاشفاً", "بدر العساكر")], \
        [(s.speaker_text, s.text) for s in said]


def test_suspended_is_no_comment_and_searchlights_reveal_nothing(pipeline):
    said = _said(pipeline, "وتشير مصادر إلى أن رغبة اللاعب في الرحيل خلف فسخ عقده، فيما لا زال مصير المدافع السيراليوني سيمبو "
                           "معلقا بيد مدرب الفريق.")
    assert [s.verb for s in said] == ["وتشير"], [(s.speaker_text, s.verb, s.text) for s in said]
    said = _said(pipeline, "وأوضح مسؤول حكومي رفيع المستوى أنه سيتم تركيب أنوار كاشفة على امتداد 118 كيلومترا.")
    assert [s.verb for s in said] == ["وأوضح"], [(s.speaker_text, s.verb, s.text) for s in said]
