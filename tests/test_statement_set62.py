"""The causes held-out set 62 (tests/gold/heldout62) showed: a name after a body whose field is
"للصحفيين" read as the medium, a phrase after "بخصوص" formed as a name, MENA and state television as
bodies, a second body joined by و taken for an apposition, a group named in quotes after "تنظيم", and
an account owner after "أما"; and guards from the corpus check."""

from conftest import pairs as _pairs
from conftest import said_in as _said


def test_a_name_after_a_body_for_journalists_is_the_holder(pipeline):
    said = _said(pipeline, "عبر رئيس النقابة الوطنية للصحفيين ناجي البغوري خلال اجتماع تشاوري عقدته النقابة اليوم "
                           "عن تخوفه على حرية الإعلام. وقال رئيس النقابة بخصوص الآلية الإقليمية إنها ستعمل على حماية مبادئ "
                           "حرية الإعلام.")
    assert [s.speaker_id for s in said] == ["person:ناجي_البغوري"] * 2, _pairs(said)


def test_state_television_and_mena_are_named_bodies(pipeline):
    said = _said(pipeline, "أفاد التلفزيون المصري ووكالة أنباء الشرق الأوسط الرسمية أن أجهزة الأمن أحبطت السبت محاولة. "
                           "فيما قالت وكالة أنباء الشرق الأوسط إن المهاجم فجر نفسه. وقال التلفزيون إنه لم تقع إصابات.")
    assert [s.speaker_id for s in said] == ["organization:التلفزيون_المصري", "mena", "organization:التلفزيون_المصري"], \
        _pairs(said)


def test_a_group_named_in_quotes_after_tanzim_claims_the_attack(pipeline):
    said = _said(pipeline, 'وكان متحدث باسم وزارة الصحة قد قال إن جسما غريبا انفجر. وأعلن تنظيم "الدولة الإسلامية" '
                           "مسؤوليته عن الهجمات الأربعة.")
    assert [s.speaker_id for s in said] == [None, "isis"], _pairs(said)


def test_an_account_owner_after_amma_speaks(pipeline):
    said = _said(pipeline, 'وقال خالد السبع: "توفي العالم الفيزيائي".\nأما صاحب حساب Ameen فقال: "مجددا ونكاية بأصحاب اللحى".')
    assert [(s.speaker_id, s.speaker_text) for s in said][1] == (None, "صاحب حساب Ameen"), _pairs(said)
    # (but "صاحب 24 هدفا" after a verb is an epithet of the player named before, not an unnamed source)
    said = _said(pipeline, 'وقال غابرييل جيسوس إنه سعيد. وتابع صاحب 24 هدفا في الموسم "بإمكاني القول أنه كان أفضل قرار".')
    assert [s.speaker_id for s in said] == ["person:غابرييل_جيسوس"] * 2, _pairs(said)
