"""The causes held-out set 53 (tests/gold/heldout53) showed: a study conducted by a hospital the
recogniser did not know (دراسة أميركية ... أجراها مستشفى ماساتشوستس), clubs cut to their first word
(نادي ويست هام الإنجليزي) and called later by one word (دورتموند), "خاصة وأنه" taken for the words,
"المرصد" never resolved, a member of parliament named after a long complement and a comma, and a
city taken for the speaker in a title's genitive (مدير مرور الرياض)."""

from conftest import said_in as _said


def test_a_study_speaks_for_the_hospital_that_conducted_it(pipeline):
    said = _said(pipeline, 'توصلت دراسة أميركية جديدة أجراها مستشفى ماساتشوستس العام، إلى أن لقاح السل "BCG" قد يكون علاجا فعالا '
                           "لمرض السكري. وأوضحت الدراسة أن مستويات السكر في الدم انخفضت.")
    assert [s.speaker_text for s in said] == ["مستشفى ماساتشوستس"] * 2, [(s.speaker_text, s.text) for s in said]


def test_a_club_named_whole_then_by_one_word(pipeline):
    said = _said(pipeline, "وأعلن نادي ويست هام الإنجليزي يوم الأربعاء أن ديفيد مويس رحل عن منصب المدير الفني للفريق.")
    assert [s.speaker_text for s in said] == ["نادي ويست هام الإنجليزي"], [(s.speaker_text, s.text) for s in said]
    said = _said(pipeline, "حذر نادي بوروسيا دورتموند الألماني نادي أرسنال من التفكير في ضم المهاجم أوباميانج. ولكن دورتموند أكد "
                           "لأرسنال تمسكه باللاعب وعدم الموافقة على انتقاله، خاصة وأنه باع من قبل مهاجمه شيرو إيموبيلي.")
    assert len({s.speaker_id for s in said}) == 1 and said[0].speaker_id.startswith("organization:نادي_بوروسيا_دورتموند"), \
        [(s.speaker_id, s.text) for s in said]
    assert said[1].text.startswith("تمسكه باللاعب"), said[1].text  # (not "باع من قبل": "especially as" is no content)


def test_the_observatory_alone_is_the_syrian_observatory(pipeline):
    said = _said(pipeline, "وذكر المرصد الأحد أن أكثر من 1500 مقاتل كردي لقوا حتفهم منذ بدء الهجوم التركي على منطقة عفرين.")
    assert [s.speaker_id for s in said] == ["sohr"], [(s.speaker_text, s.text) for s in said]


def test_a_member_of_parliament_named_after_his_party_and_a_comma(pipeline):
    said = _said(pipeline, "نفى النائب بمجلس الشعب عن حزب حراك تونس الإرادة، عماد الدايمي أي علاقة له بمصالح قطرية وذلك في ردّه "
                           "على الاتهامات التي وجّهها له النائب عن الجبهة الشعبية المنجي الرحوي.\nيذكر أن النائب المنجي الرحوي "
                           'قد علّق على الانتقادات، قائلا " عماد الدايمي وشقيقه مأجوران لدى عشيرة قطر".')
    assert [s.speaker_text for s in said][:1] == ["عماد الدايمي"], [(s.speaker_text, s.text) for s in said]


def test_a_city_in_a_titles_genitive_is_no_speaker(pipeline):
    said = _said(pipeline, "وأضاف العميد محمد البقمي أن الحملة المرورية مستمرة. وبين مدير مرور الرياض أن كافة المخالفات المرورية "
                           "تطبق عليها لائحة الجزاءات.")
    assert all(s.speaker_id != "riyadh" for s in said), [(s.speaker_id, s.text) for s in said]
