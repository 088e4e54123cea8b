"""A title no name in the article answers names the knowledge base's holder in office on the
article's date: the emir of Qatar in 2017, no one for a former holder, a date outside the term, an
article with no date, or a title in a genitive after another (المبعوث الخاص لرئيس الصين)."""

from datetime import date

import pytest
from conftest import one_with as _one

from lib.records import Article, PartialDate
from lib.tenure import in_office, parse_terms

EMIR = ("حجبت الجهات المختصة في كل من الإمارات والسعودية مواقع قنوات الجزيرة القطرية.\n"
        "وجاء في التصريح المنسوب لأمير قطر أن بلاده نجحت في بناء علاقات قوية مع أميركا وإيران في وقت واحد.")


def test_terms_parse_and_a_partial_date_must_fall_wholly_inside_one():
    terms = parse_terms("2009-03-31..2021-06-13, 2022-12-29..", "test")
    assert terms == [(date(2009, 3, 31), date(2021, 6, 13)), (date(2022, 12, 29), None)]
    assert in_office(terms, PartialDate(2018, 4, 12))
    assert in_office(terms, PartialDate(2025))  # (a year inside the open term)
    assert not in_office(terms, PartialDate(2021, 6))  # (he left that month)
    assert not in_office(terms, PartialDate(2022))  # (in office for two days of that year only)
    assert not in_office(terms, None)
    with pytest.raises(ValueError, match="in_office span '2009-03-31'"):
        parse_terms("2009-03-31", "test")


def test_a_title_alone_names_the_holder_in_office_on_the_articles_date(pipeline):
    said = pipeline.process(Article("t", EMIR, date=PartialDate(2017, 5, 24))).statements
    emir = _one(said, "بلاده نجحت")
    assert emir.speaker_id == "tamim_bin_hamad" and emir.speaker_text == "أمير قطر"  # (the ل is not shown)
    before = pipeline.process(Article("t", EMIR, date=PartialDate(2012, 5, 24))).statements
    assert _one(before, "بلاده نجحت").speaker_id != "tamim_bin_hamad"  # (his father ruled then)
    undated = pipeline.process(Article("t", EMIR)).statements
    assert _one(undated, "بلاده نجحت").speaker_id != "tamim_bin_hamad"


def test_a_former_holder_and_a_title_in_a_genitive_name_no_one_in_office(pipeline):
    def speakers(text: str) -> list[str | None]:
        return [s.speaker_id for s in pipeline.process(Article("t", text, date=PartialDate(2018, 4, 25))).statements]

    assert speakers("وقال الرئيس الأميركي إن الحكومة السورية توقفت عن استهداف المدنيين.") == ["donald_trump"]
    assert "barack_obama" not in speakers("وقال الرئيس الأميركي السابق إن الحكومة السورية توقفت عن استهداف المدنيين.")
    assert "donald_trump" not in speakers("وقال الرئيس الأميركي السابق إن الحكومة السورية توقفت عن استهداف المدنيين.")
    assert "xi_jinping" not in speakers("أكد المبعوث الخاص لرئيس الصين دعم بلاده بكل قوة لمصر في دفع عملية التنمية.")


def test_a_country_further_on_is_what_the_holder_spoke_of_not_whose_title_it_is(pipeline):
    text = ("وذكر وزير الخارجية السعودي عادل الجبير بأن المحادثات ستشمل عدة ملفات.\n"
            "وركّز وزير خارجية المملكة بحديثه إيران، ذاكراً بأن في المنطقة \"رؤيتان: رؤية تسعى للحياة تقودها المملكة العربية "
            "السعودية \" ورؤية ظلامية تقودها إيران.\"")
    said = pipeline.process(Article("t", text, date=PartialDate(2018, 3, 20))).statements
    assert _one(said, "رؤيتان").speaker_id != "javad_zarif"
