"""Resolve date expressions against the publication date.

dateparser handles absolute dates ("March 18", "Feb 2022") and most relative ones
("yesterday", "last week", "on Monday"). Written here only what it does not do: seasons
("last summer"), "this week"/"earlier this month", part-of-month hedges ("in early
February"), and the news convention that a bare weekday is the most recent one.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

import dateparser
from spacy.tokens import Span

__all__ = ["resolve_date"]

FUTURE_DAYS = 60  # how far ahead a bare month-day may point (deadlines, planned talks)
DURATION = re.compile(r"(?:a|an|one|two|three|four|five|six|seven|ten|several|a few|few|\d+)[- ]"
                      r"(?:day|week|month|year|hour)s?(?:[- ]long)?")
MONTH_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december", "jan", "jan.", "feb", "feb.", "mar", "mar.", "apr", "apr.", "jun", "jun.",
               "jul", "jul.", "aug", "aug.", "sep", "sep.", "sept", "sept.", "oct", "oct.", "nov", "nov.", "dec",
               "dec."}
MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"  # (a month's name starts so)
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
SEASONS = {"spring": (4, 15), "summer": (7, 15), "autumn": (10, 15), "fall": (10, 15), "winter": (1, 15)}
PART = {"early": 5, "mid": 15, "late": 25}
FILLER = re.compile(r"^(?:on|in|at|by|since|from|until|during|the|of|late|early|earlier|later)\s+", re.I)
VAGUE = re.compile(r"\b(?:years?|decades?|centur(?:y|ies)|times?|a day|one day|days|weeks|months|recent|recently|now|"
                   r"today's|future|past|moment|period|hours?|minutes?|annual|daily)\b", re.I)


def _weekday(text: str, pub: date, future: bool = False) -> date | None:
    for i, name in enumerate(WEEKDAYS):
        if re.search(rf"\b{name}\b", text):
            back = (pub.weekday() - i) % 7
            if "next" in text:
                return pub + timedelta(days=(i - pub.weekday()) % 7 or 7)
            if future and "last" not in text:
                return pub + timedelta(days=(i - pub.weekday()) % 7)  # "will meet on Tuesday": the coming one
            if "last" in text and back == 0:
                back = 7
            return pub - timedelta(days=back)
    return None


def _special(text: str, pub: date) -> date | None:
    if text in ("today", "tonight", "this morning", "this afternoon", "this evening"):
        return pub
    if re.fullmatch(r"(?:earlier |later )?this week", text):
        return pub - timedelta(days=pub.weekday())
    if re.fullmatch(r"(?:earlier )?this month", text):
        return pub.replace(day=1)
    if text in ("overnight", "last night"):
        return pub - timedelta(days=1)
    if re.fullmatch(r"(?:over )?(?:the|this|last) weekend|weekend", text):
        # the Saturday of the weekend that ended on or before the publication day
        back = (pub.weekday() - 5) % 7
        if text.startswith("last") and back < 2:
            back += 7
        return pub - timedelta(days=back)
    m = re.fullmatch(r"(last|this|next)\s+(spring|summer|autumn|fall|winter)", text)
    if m:
        month, day = SEASONS[m.group(2)]
        year = pub.year + {"last": -1, "this": 0, "next": 1}[m.group(1)]
        if m.group(1) == "last" and (month, day) < (pub.month, pub.day) and m.group(2) != "winter":
            year = pub.year if (month + 3, day) < (pub.month, pub.day) else pub.year - 1
        return date(year, month, day)
    m = re.fullmatch(r"(early|mid|late)[- ]([a-z]+)(?:\s+(\d{4}))?", text)
    if m:
        parsed = _near(f"{m.group(2)} {m.group(3) or ''}".strip(), pub, bool(m.group(3)))
        if parsed:
            return parsed.replace(day=PART[m.group(1)])
    return None


def _parse(text: str, pub: date, prefer: str = "past") -> date | None:
    settings = {"RELATIVE_BASE": datetime(pub.year, pub.month, pub.day, 12),
                "PREFER_DATES_FROM": prefer, "PREFER_DAY_OF_MONTH": "first",
                "RETURN_AS_TIMEZONE_AWARE": False, "PARSERS": ["relative-time", "absolute-time"]}
    result = dateparser.parse(text, languages=["en"], settings=settings)
    return result.date() if result else None


def _near(text: str, pub: date, has_year: bool) -> date | None:
    """Parse preferring the past, except that a coming day a few weeks ahead ("April 20" in
    late March) stays in this year rather than becoming last year's."""
    parsed = _parse(text, pub)
    if parsed is not None and not has_year and (pub - parsed).days > 300:
        ahead = _parse(text, pub, prefer="future")
        if ahead is not None and 0 < (ahead - pub).days <= FUTURE_DAYS:
            return ahead
    return parsed


ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)")


def date_entities(sent, labels: tuple[str, ...] = ("DATE", "TIME")) -> list:
    """The sentence's date entities, without an ordinal the model takes for a day when it
    counts a thing ("its 17th package of sanctions")."""
    found = []
    for e in sent.ents:
        if e.label_ not in labels or ORDINAL.fullmatch(e.text) and e.end < len(e.doc) \
                and e.doc[e.end].pos_ in ("NOUN", "ADJ", "PROPN"):
            continue
        comma = next((t.i for t in e if t.text == ","), None)
        if comma is not None and comma > e.start and e.doc[comma - 1].lower_ in WEEKDAYS \
                and comma + 1 < e.end and e.doc[comma + 1].lower_ not in MONTH_WORDS:
            # a span the model ran on past a weekday ("on Tuesday, days after …"): two of them,
            # each with its own place in the sentence ("Monday, March 17" stays one)
            found += [Span(e.doc, e.start, comma, label=e.label_), Span(e.doc, comma + 1, e.end, label=e.label_)]
        else:
            found.append(e)
    return found


@lru_cache(maxsize=4096)
def resolve_date(expression: str, published: str | None, future: bool = False) -> str | None:
    """Calendar date (YYYY-MM-DD) of an expression, or None when it names no day we can
    place (no publication date for a relative expression, or a vague span). `future`: the
    expression is about something still to come, so a bare weekday is the coming one."""
    text = " ".join(expression.lower().replace("’", "'").split())
    text = text.strip(" ,.;")
    # ("early March" is a part of a month; "early Wednesday" is that Wednesday)
    while FILLER.match(text) and not re.fullmatch(
            rf"(early|late|mid)[- ](?:{MONTHS}|spring|summer|autumn|fall|winter|this|last|next|\d)[a-z]*.*", text):
        text = FILLER.sub("", text, count=1)
    if not text or VAGUE.search(text) and not re.search(r"\b(?:last|this|next) week\b|\bago\b", text):
        return None
    if re.fullmatch(r"(?:19|20)\d{2}", text):
        return None  # a bare year is not a day
    if DURATION.fullmatch(text):
        return None  # "a week", "three days": how long, not when
    text = re.sub(rf"^last (?=(?:{MONTHS}))", "", text)
    # ("Monday, March 17": the day of the month names the day, not the weekday before it)
    text = re.sub(rf"^(?:{'|'.join(WEEKDAYS)}),? (?=(?:{MONTHS})[a-z]*\.? \d)", "", text)
    pub = date.fromisoformat(published) if published else None
    has_year = re.search(r"\b(19|20)\d{2}\b", text)
    if pub is None and not has_year:
        return None
    if pub is not None:
        special = _special(text, pub) or _weekday(text, pub, future)
        if special:
            return special.isoformat()
    parsed = _near(text, pub, bool(has_year)) if pub is not None else _parse(text, date.today())
    if parsed is None:
        return None
    # "on December 5" in a January report is last December; "April 20" in a March report is
    # a coming deadline, so only dates far ahead move back a year
    if pub is not None and not has_year and parsed > pub + timedelta(days=FUTURE_DAYS) and "next" not in text:
        parsed = parsed.replace(year=parsed.year - 1)
    return parsed.isoformat()
