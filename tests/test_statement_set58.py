"""The causes held-out set 58 (tests/gold/heldout58) showed: "ليقول:" after a sentence's subject, a
source opening the sentence before a verb and its named subject (وبحسب موقع "بوابة الشروق" نوه
الجارحي), a news agency named after "وكالة أنباء", and a style before a title (وعبر سمو ولي العهد) with
the crown prince named earlier as "الأمير ... ولي العهد"; and, from the corpus check, words of a body's
name taken for a person after its title (للجبيل | وينبع، المؤسسة العامة | لصوامع الغلال)."""

from conftest import pairs as _pairs
from conftest import said_in as _said


def test_then_to_say_with_a_colon_reports_the_sentences_subject(pipeline):
    said = _said(pipeline, "- حمد بن جاسم آل ثاني، وهو رئيس وزراء قطر في الفترة ما بين 2007 و2013، وعاد إلى الواجهة السياسية "
                           'بعد مقابلات تلفزيونية أجراها، ليقول في أول تغريدة له: "كنت دائما متردداً في الدخول في عالم تويتر".')
    assert [s.speaker_id for s in said] == ["hamad_bin_jassim"], _pairs(said)


def test_a_source_before_a_verb_and_its_subject_is_where_the_words_were_read(pipeline):
    said = _said(pipeline, "وأوضح عمرو الجارحي أن الأجور بلغت 240 مليار جنيه.\n"
                           'وبحسب موقع "بوابة الشروق" نوه الجارحي إلى أن الإصلاح الاقتصادي يعني زيادة.\n'
                           'وأردف: "هناك نقاش مع وزارة التضامن".')
    assert [s.speaker_id for s in said] == ["person:عمرو_الجارحي"] * 3, _pairs(said)
    said = _said(pipeline, "وبحسب صحيفة عكاظ أوضح المحامي السنيدي أنه في حال عدم التزام الفنانين بتنفيذ الحكم فإن القضاء "
                           "سيطبق الإجراءات.")
    assert [s.speaker_id for s in said] == ["person:السنيدي"], _pairs(said)
    said = _said(pipeline, 'ووفقا لمصادر أمنية أكدت لـ"الوطن" أن هناك مئات من العناصر الإرهابية تم القبض عليها.')
    assert [(s.speaker_id, s.verb) for s in said] == [(None, "ووفقا")], _pairs(said)  # (the sources' own verb)


def test_a_news_agency_named_after_its_head(pipeline):
    said = _said(pipeline, "وذكرت وكالة أنباء إنترفاكس الروسية أن وزارة الخارجية الروسية استدعت السفير البريطاني.")
    assert [s.speaker_id for s in said] == ["interfax"], _pairs(said)
    said = _said(pipeline, "وذكرت وكالة أنباء الشرق الأوسط أن ناخبين توافدوا إلى مقر السفارة.")
    assert all(s.speaker_id != "middle_east" for s in said), _pairs(said)  # (a region in an agency's name)


def test_a_style_before_the_title_of_a_prince_named_before(pipeline):
    said = _said(pipeline, "وأعرب الملك سلمان بن عبدالعزيز عن أصدق التهاني.\nكما بعث صاحب السمو الملكي الأمير محمد بن نايف "
                           "بن عبدالعزيز ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية برقية تهنئة.\n"
                           "وعبر سمو ولي العهد عن أبلغ التهاني وأطيب التمنيات.")
    assert [s.speaker_id for s in said] == ["king_salman", "person:محمد_بن_نايف_بن_عبدالعزيز"], _pairs(said)


def test_words_of_a_bodys_name_after_its_title_are_no_person(pipeline):
    said = _said(pipeline, "رفع صاحب السمو الأمير سعود بن عبدالله بن ثنيان رئيس الهيئة الملكية للجبيل وينبع شكره.\n"
                           "ونوه سمو رئيس الهيئة الملكية للجبيل وينبع بالجهود التي بذلت من قبل وزارة البترول.")
    assert [s.speaker_id for s in said] == ["person:سعود_بن_عبدالله_بن_ثنيان"], _pairs(said)
    said = _said(pipeline, "وأوضح أحمد بن عبدالعزيز الفارس أن المؤسسة باشرت الصرف.\nولفت معالي مدير عام المؤسسة العامة "
                           "لصوامع الغلال ومطاحن الدقيق، إلى أن الكمية الاجمالية بلغت 341285 طنًا.")
    assert len(said) == 2 and not any("لصوامع" in (s.speaker_id or "") for s in said), _pairs(said)
