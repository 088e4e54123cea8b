"""Dates: partial dates, article dates from text, and statement dates against the article date."""

import pytest

from lib.dates import article_date_from_text, parse_partial_date, resolve_date
from lib.records import PartialDate

FRIDAY = PartialDate(2015, 12, 11)


@pytest.mark.parametrize("raw, expected", [
    ("2016-09-22", PartialDate(2016, 9, 22)),
    ("2016-07", PartialDate(2016, 7)),
    ("2016", PartialDate(2016)),
    ("22/09/2016", PartialDate(2016, 9, 22)),
    ("٢٠١٦-٠٩-٢٢", PartialDate(2016, 9, 22)),
    ("2016-02-30", None),
    ("yesterday", None),
])
def test_partial_dates_keep_their_precision(raw, expected):
    assert parse_partial_date(raw) == expected


def test_article_date_from_the_text():
    text = 'كما اعلنت واشنطن اليوم الجمعة (11 ديسمبر / كانون الأول 2015).'
    assert article_date_from_text(text) == FRIDAY


@pytest.mark.parametrize("frame, date, basis", [
    ("وقال كيري الخميس", PartialDate(2015, 12, 10), "weekday"),
    ("وقال كيري الجمعة", PartialDate(2015, 12, 11), "weekday"),
    ("وقال كيري الثلثاء", PartialDate(2015, 12, 8), "weekday"),
    ("وقال كيري أمس", PartialDate(2015, 12, 10), "relative"),
    ("وقال كيري أمس الأول", PartialDate(2015, 12, 9), "relative"),
    ("وقال كيري اليوم", PartialDate(2015, 12, 11), "relative"),
    ("وقال كيري الأسبوع الماضي", PartialDate(2015, 12), "relative"),
    ("وقال في 23 تشرين الثاني (نوفمبر)", PartialDate(2015, 11, 23), "explicit"),
    ("وقال في ٢٦ آب (اغسطس)", PartialDate(2015, 8, 26), "explicit"),
    ("وقال في 4 أيلول / سبتمبر 2014", PartialDate(2014, 9, 4), "explicit"),
])
def test_statement_dates_resolve_against_the_article_date(frame, date, basis):
    resolved = resolve_date(frame, FRIDAY)
    assert resolved is not None and (resolved.date, resolved.basis) == (date, basis)


def test_a_december_date_in_a_january_article_is_last_year():
    assert resolve_date("وقال في 28 كانون الأول", PartialDate(2016, 1, 3)).date == PartialDate(2015, 12, 28)


def test_a_partial_article_date_never_invents_a_day():
    assert resolve_date("وقال لافروف الخميس", PartialDate(2016, 7)) is None
    assert resolve_date("وقال لافروف أمس", None) is None
