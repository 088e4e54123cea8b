"""Dates: partial dates from metadata, article dates from text, statement dates.

A date keeps its precision (day, month, year). A time expression is resolved against
the article date; a weekday or a relative day needs an article date known to the day,
otherwise the statement keeps the article's coarser date and no day is invented.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from lib.arabic import ARABIC_INDIC_DIGITS, match_form
from lib.records import PartialDate

CALENDAR_FILE = Path(__file__).parent / "data" / "calendar.yaml"

_ISO = re.compile(r"^\s*(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:[T ].*)?\s*$")
_DMY = re.compile(r"^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s*$")


def parse_partial_date(raw: str) -> PartialDate | None:
    """``2016-09-22``, ``2016-07``, ``2016``, ``22/09/2016`` (any digits) → PartialDate."""
    text = raw.translate(ARABIC_INDIC_DIGITS)
    m = _ISO.match(text)
    if m:
        year, month, day = (int(g) if g else None for g in m.groups())
    else:
        m = _DMY.match(text)
        if not m:
            return None
        day, month, year = (int(g) for g in m.groups())
    return make_date(year, month, day)


def make_date(year: int | None, month: int | None = None, day: int | None = None) -> PartialDate | None:
    """A valid PartialDate or None (month 13, 30 February, year 0 ...)."""
    if year is None or not 1800 <= year <= 2200:
        return None
    if month is None:
        return PartialDate(year) if day is None else None
    if not 1 <= month <= 12:
        return None
    if day is not None:
        try:
            dt.date(year, month, day)
        except ValueError:
            return None
    return PartialDate(year, month, day)


def to_date(d: PartialDate) -> dt.date:
    return dt.date(d.year, d.month or 1, d.day or 1)


def from_date(d: dt.date) -> PartialDate:
    return PartialDate(d.year, d.month, d.day)


# --- the calendar lexicon ----------------------------------------------------------------


@dataclass(frozen=True)
class Calendar:
    months: dict[str, int]
    weekdays: dict[str, int]
    relative_days: dict[str, int]
    relative_weeks: dict[str, int]
    relative_months: dict[str, int]
    explicit_re: re.Pattern[str]
    weekday_re: re.Pattern[str]
    relative_re: re.Pattern[str]


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def calendar() -> Calendar:
    data = yaml.safe_load(CALENDAR_FILE.read_text(encoding="utf-8"))
    months = {match_form(name): int(n) for n, names in data["months"].items() for name in names}
    weekdays = {match_form(name): int(n) for n, names in data["weekdays"].items() for name in names}
    rel_days = {match_form(k): int(v) for k, v in data["relative_days"].items()}
    rel_weeks = {match_form(k): int(v) for k, v in data["relative_weeks"].items()}
    rel_months = {match_form(k): int(v) for k, v in data["relative_months"].items()}
    month_alt = _alternation(list(months))
    explicit = re.compile(
        rf"(?<!\d)(\d{{1,2}})(?:\s*و\s*\d{{1,2}})?\s+(?:من\s+)?({month_alt})"
        rf"(?:\s*[(/]\s*(?:{month_alt})\s*\)?)?(?:\s*[/،,]?\s*(\d{{4}}))?"
    )
    weekday = re.compile(rf"(?<!\w)(?:[وب]?(?:يوم|مساء|صباح|ليل|ليله|ظهر|فجر)\s+)?({_alternation(list(weekdays))})(?!\w)")
    relative = re.compile(rf"(?<!\w)[وب]?({_alternation(list(rel_days) + list(rel_weeks) + list(rel_months))})(?!\w)")
    return Calendar(months, weekdays, rel_days, rel_weeks, rel_months, explicit, weekday, relative)


# --- resolving expressions ---------------------------------------------------------------


@dataclass(frozen=True)
class ResolvedDate:
    date: PartialDate
    basis: str  # explicit | weekday | relative


def article_date_from_text(text: str, head_chars: int = 600) -> PartialDate | None:
    """A full explicit date with a year near the top of the article (اليوم الجمعة (11 ديسمبر ... 2015))."""
    form = match_form(text[:head_chars])
    cal = calendar()
    for m in cal.explicit_re.finditer(form):
        if m.group(3):
            return make_date(int(m.group(3)), cal.months[m.group(2)], int(m.group(1)))
    return None


def resolve_date(frame: str, article_date: PartialDate | None) -> ResolvedDate | None:
    """The date a time expression in ``frame`` (the reporting clause) points to.

    Explicit dates win over weekdays, weekdays over relative expressions. Without an
    article date known to the day, only explicit dates with a year resolve.
    """
    if not frame:
        return None
    form = match_form(frame)
    cal = calendar()
    for m in cal.explicit_re.finditer(form):
        day, month = int(m.group(1)), cal.months[m.group(2)]
        if m.group(3):
            year = int(m.group(3))
        elif article_date is not None:
            year = article_date.year
            if article_date.month is not None and month > article_date.month:
                year -= 1  # "on 28 December" read in a January article
        else:
            continue
        date = make_date(year, month, day)
        if date:
            return ResolvedDate(date, "explicit")
    if article_date is None or article_date.day is None:
        return None
    anchor = to_date(article_date)
    m = cal.weekday_re.search(form)
    if m:
        back = (anchor.weekday() - cal.weekdays[m.group(1)]) % 7
        return ResolvedDate(from_date(anchor - dt.timedelta(days=back)), "weekday")
    m = cal.relative_re.search(form)
    if m:
        key = m.group(1)
        if key in cal.relative_days:
            return ResolvedDate(from_date(anchor - dt.timedelta(days=cal.relative_days[key])), "relative")
        if key in cal.relative_weeks:
            d = anchor - dt.timedelta(days=7 * cal.relative_weeks[key])
            return ResolvedDate(PartialDate(d.year, d.month), "relative")
        months_back = cal.relative_months[key]
        y, mth = divmod(anchor.year * 12 + anchor.month - 1 - months_back, 12)
        return ResolvedDate(PartialDate(y, mth + 1), "relative")
    return None
