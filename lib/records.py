"""Dataclass records that flow through the pipeline (one ``Article`` at a time).

Every ``start``/``end`` pair is a character offset into ``Article.text``: the text the
reader sees in the dashboard.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class PartialDate:
    """A calendar date known to a precision of a day, a month or a year."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> str:
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year"

    def iso(self) -> str:
        if self.day is not None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"


@dataclass
class Article:
    article_id: str
    text: str
    title: str = ""
    source: str = ""
    url: str = ""
    date: PartialDate | None = None
    origin: str = ""  # file path (and line) the article came from
    extra: dict[str, str] = field(default_factory=dict)
    title_from_text: bool = False


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    norm: str  # matching form (see lib.arabic.match_form)


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    paragraph: int
    tokens: list[Token] = field(default_factory=list)


@dataclass
class Mention:
    start: int
    end: int
    text: str
    label: str  # PERS, ORG, LOC, MISC, or TITLE for nominal mentions
    sentence: int
    actor_id: str | None = None
    source: str = "ner"  # ner | kb | title | coref


@dataclass
class Actor:
    actor_id: str
    name_ar: str
    name_en: str = ""
    type: str = "other"  # person, organization, country, city, other
    role: str = ""
    country: str = ""
    aliases: list[str] = field(default_factory=list)
    in_kb: bool = True


@dataclass
class Statement:
    article_id: str
    speaker_id: str | None
    speaker_text: str
    verb: str
    start: int
    end: int
    text: str
    quote: str = ""
    is_direct: bool = False
    channel_id: str | None = None
    medium: str = ""
    place_id: str | None = None
    date: PartialDate | None = None
    date_basis: str = ""
    anonymous: bool = False
    about: list[str] = field(default_factory=list)
    sentence: int = 0

    @property
    def statement_id(self) -> str:
        return f"{self.article_id}:{self.start}-{self.end}"


@dataclass(frozen=True)
class LoadIssue:
    """One problem met while loading: the item, and why it was skipped or degraded."""

    item: str
    reason: str
    skipped: bool = True
