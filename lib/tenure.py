"""Terms in office from the knowledge base ("in_office: 2013-06-25.." / "2009-01-20..2017-01-20"),
and whether an article's date, known to a day, a month or a year, falls wholly inside one. A title
no name in the article answers ("في التصريح المنسوب لأمير قطر") refers to the one holder in office
on the article's date, and to no one when the date or the term is unknown."""

from __future__ import annotations

import calendar
from datetime import date

from lib.records import PartialDate

Term = tuple[date, date | None]  # first day, last day (None: still in office)


def parse_terms(value: str, where: str) -> list[Term]:
    """"2009-03-31..2021-06-13, 2022-12-29.." → [(2009-03-31, 2021-06-13), (2022-12-29, None)]."""
    terms: list[Term] = []
    for span in str(value).split(","):
        first, sep, last = span.strip().partition("..")
        if not sep:
            raise ValueError(f"{where}: in_office span {span.strip()!r} is not FIRST..LAST or FIRST..")
        try:
            terms.append((date.fromisoformat(first.strip()), date.fromisoformat(last.strip()) if last.strip() else None))
        except ValueError as exc:
            raise ValueError(f"{where}: in_office span {span.strip()!r}: {exc}") from None
    return terms


def date_span(on: PartialDate) -> tuple[date, date]:
    """The first and last day a partial date may mean: 2016-07 → 2016-07-01..2016-07-31."""
    if on.day is not None and on.month is not None:
        day = date(on.year, on.month, on.day)
        return day, day
    if on.month is not None:
        return date(on.year, on.month, 1), date(on.year, on.month, calendar.monthrange(on.year, on.month)[1])
    return date(on.year, 1, 1), date(on.year, 12, 31)


def in_office(terms: list[Term], on: PartialDate | None) -> bool:
    """Whether every day ``on`` may mean lies inside one of ``terms`` (a month in which a holder
    left office answers no)."""
    if on is None or not terms:
        return False
    try:
        first, last = date_span(on)
    except ValueError:
        return False  # an impossible date in the metadata: no term answers it
    return any(start <= first and (end is None or last <= end) for start, end in terms)
