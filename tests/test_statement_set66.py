"""The causes held-out set 66 (tests/gold/heldout66) showed: owners as an unnamed group, a group after
the verb taken for the subject where a pronoun before it is one, and a plural title as the subject."""

from conftest import pairs as _pairs
from conftest import said_in as _said


def test_owners_are_an_unnamed_group(pipeline):
    said = _said(pipeline, 'وتساءل محمد اليوسف أحد ملاك المركبات: "متى يمكننا الحصول على التأمين؟". وطالب أصحاب المحلات '
                           "إدارة المرور بالتدخل السريع لإنهاء هذا الوضع.")
    assert [(s.speaker_id, s.speaker_text) for s in said][1] == (None, "أصحاب المحلات"), _pairs(said)


def test_she_is_the_subject_and_the_media_her_object(pipeline):
    said = _said(pipeline, 'كل ذلك اضطر ستيفاني غريشام، المتحدثة باسم السيدة الأميركية الأولى، للتغريد عبر موقع "تويتر". '
                           "وهي دعت وسائل الإعلام للتركيز على الجهود التي تقوم بها ميلانيا.")
    assert [s.speaker_id for s in said] == ["person:ستيفاني_غريشام"], _pairs(said)


def test_a_plural_title_opening_the_subject_is_an_unnamed_group(pipeline):
    said = _said(pipeline, "قال وزراء الخارجية العرب في بيان ختامي إن الأزمة تتطلب حلا سياسيا.")
    assert [(s.speaker_id, s.speaker_text) for s in said] == [(None, "وزراء الخارجية")], _pairs(said)
