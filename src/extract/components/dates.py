"""Date expressions: find them, resolve them to calendar periods, and pick the one an event happened on.

``find_dates(doc, published)`` returns one :class:`DateMention` per date expression: spaCy's DATE
entities, the TIME entities that name a day ("Sunday night"), the expressions the small model
misses or cuts short ("over the weekend", "overnight", "earlier in February"), found by the Matcher
patterns of ``data/date_patterns.json``, and the numeric dates of ACLED notes ("on 16/02",
"(07/03 - 10/03)", "between 25/09 and 26/09"; ``numeric_dates``), day first unless the article
shows month first, never fractions, scores or rates ("1/2 of", "24/7"). Ages ("aged 25",
"25-year-old"), durations ("for three days", "the past 12 months") and times of day alone are
never calendar dates: they are skipped, not returned. Expressions that do name a period but cannot
be placed on the calendar (a relative one without a publication date, a fiscal quarter, a decade,
a holiday) are returned with ``date=None``.

Each expression is resolved by :mod:`dateparser` (English only, ``RELATIVE_BASE`` = the publication
date) after the rules of the data file have reduced it to its core ("earlier this month" -> "this
month", "over the weekend" -> the weekend rule). The day, week, month or year dateparser reports
becomes the precision and the period ``date``..``date_end``. Our own arithmetic replaces
dateparser's where it guesses: the day it invents for a month ("in February" is the month, not the
27th), the year of a year-less date (the publication year, moved by the tense of its verb; a past
act done on it, "killed five people on 5 May", and a numeric date put it on or before
publication), weekdays (the most recent one on or before publication unless the verb is in the
future tense), weekends (the Saturday-Sunday before publication, week precision), quarters (a
three-month range, month precision) and ranges ("from May 20 to June 3"). Periods counted from a
date ("three days after Christmas") are counted from its value; narrative ones ("the following
day", "two days later") from the nearest resolved mention before them, the story's reference time
as TimeML has it, and from publication only when the article gives no earlier date.

``event_date(...)`` picks the mention that governs an event trigger; the ``conflict_dates`` factory
stores ``find_dates`` on ``doc._.dates``.
"""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass
from functools import lru_cache

from dateparser.date import DateDataParser
from spacy.language import Language
from spacy.tokens import Doc, Span

from .common import AnchoredMatcher, lede_end, load_json, merge_ranges

for _name in ("published", "dates"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

RULES = load_json("date_patterns.json")

PRECISIONS = ("day", "week", "month", "year")
# dateparser's period names -> ours; 'time' and 'part_of_day' come from a clock time or a part of
# a day, so the day is known.
_PERIOD_PRECISION = {"day": "day", "part_of_day": "day", "time": "day", "week": "week",
                     "month": "month", "year": "year"}
_PAST, _FUTURE = "past", "future"
# a past act told as done on the date ("killed five people on 5 May"): the date is on or before
# publication, not in a window after it as a past-tense deadline may be ("gave him until Jan. 14")
_DONE = "done"

_WEEKDAYS: dict[str, int] = RULES["weekdays"]
_MONTHS: dict[str, int] = RULES["months"]
_MONTH_RE = re.compile(r"\b(" + "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True))
                       + r")\b\.?")
_YEAR_RE = re.compile(r"(?<![\d-])(1[0-9]{3}|20[0-9]{2})(?!\d)|'\d\d\b")
_NUMBER_WORD_RE = re.compile(r"\b(nineteen|twenty|thousand|hundred)\b")
_DECADE_RE = re.compile(r"\b\d{3}0'?s\b|'\d0s\b")
_QUARTER_WORDS = RULES["quarters"]
_QUARTER_RE = re.compile(
    r"\b(?P<ord>" + "|".join(map(re.escape, _QUARTER_WORDS)) + r")[\s-]*quarter"
    r"(?:\s+of\s+(?P<year>\d{4}))?\b"
    r"|\b(?P<year2>\d{4})\s*-?\s*q(?P<q2>[1-4])\b|\bq(?P<q3>[1-4])\s*(?P<year3>\d{4})\b")
_DAY_WORD_RE = re.compile(
    r"\b(" + "|".join(map(re.escape, sorted(list(_WEEKDAYS) + ["yesterday", "today", "tonight",
                                                              "overnight", "last night"],
                                            key=len, reverse=True))) + r")(?![a-z])")
_UNRESOLVABLE = set(RULES["unresolvable_words"])
_ALIASES: dict[str, str] = RULES["aliases"]
_DAY_PARTS = tuple(RULES["day_parts"])
_FUTURE_AUX = set(RULES["future_auxiliaries"])
_FUTURE_VERBS = set(RULES["future_verbs"])
_CONDITIONAL_AUX = set(RULES["conditional_auxiliaries"])
_RANGE_OPENERS = set(RULES["range_openers"])
_ANCHOR_WORDS = set(RULES["anchor_words"])
_DATE_WORDS = set(RULES["date_words"])
_SUFFIXES = RULES["strip_suffixes"]
_JOINTS = {"to", "and", "through", "until", "till", "-", "–", "—"}
_YEAR_LESS_WINDOW = datetime.timedelta(days=RULES["year_less_window_days"])
_DEADLINE_PREPS = set(RULES["deadline_prepositions"])
_NUMERIC = RULES["numeric_dates"]
_TIME_NOUNS = set(RULES["time_nouns"])
_DEADLINE_BEFORE_RE = re.compile(r"\b(?:" + "|".join(map(re.escape, _DEADLINE_PREPS))
                                 + r")(?:\s+at\s+(?:least|the\s+latest))?\s*$", re.IGNORECASE)
_NUMERIC_IDIOMS = set(_NUMERIC["idioms"])
_NUMERIC_RE = re.compile(r"(?<![\w/.,])(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?"
                         r"(?![\w/%]|[.,]\d|-[^\W\d_])")


def _words_alt(words) -> str:
    """A regex alternation of ``words``, longest first ("as of" matches across any spaces)."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len,
                                                                         reverse=True))


# what may stand before a numeric date: a preposition ("on", "until at least"), a weekday and a
# comma ("on Saturday, 27/12"), a time noun and "of" ("the evening of 07/03"), a bracket or "~"
_NUMERIC_BEFORE_RE = re.compile(
    r"(?:(?<![\w-])(?:" + _words_alt(_NUMERIC["prepositions"]) + r")"
    r"(?:\s+(?:" + _words_alt(_NUMERIC["fillers"]) + r")){0,3}"
    r"|\b(?:" + _words_alt(_WEEKDAYS) + r"),?"
    r"|\b(?:" + _words_alt(_TIME_NOUNS) + r")\s+of)\s*[(~]?\s*$"
    r"|(?:^|[\s(])[(~]\s*$", re.IGNORECASE)
_WEEKDAY_BEFORE_RE = re.compile(r"\b(" + _words_alt(_WEEKDAYS) + r"),?\s*$", re.IGNORECASE)
# between two numeric dates: a joint; the range joints make one date of the two
_NUMERIC_JOINT_RE = re.compile(r"^\s*(?:[-–—]|(?:" + _words_alt(
    j for j in _NUMERIC["joints"] if j[0].isalpha()) + r")\s)\s*$", re.IGNORECASE)
_NUMERIC_RANGE_JOINTS = set(_NUMERIC["range_joints"])
# "1/2 of the", "3/4 of them": a fraction (not "on 17/10 of Madagali")
_FRACTION_OF_RE = re.compile(r"\s+of\s+(?:[a-z]|\d)")
# Longest first, so "the end of" is stripped before "the".
_PREFIXES = sorted(RULES["strip_prefixes"] + RULES["modifiers"], key=len, reverse=True)
_NARRATIVE = RULES["narrative"]
_NUMBERS: dict[str, int] = _NARRATIVE["numbers"]
_UNITS: dict[str, str] = _NARRATIVE["units"]
_NUMBER_ALT = r"\d{1,3}|" + "|".join(map(re.escape, _NUMBERS))
_UNIT_ALT = "|".join(sorted(map(re.escape, _UNITS), key=len, reverse=True))
# "the day before last Tuesday", "three days after Christmas": a period counted from a date
_OFFSET_FROM_RE = re.compile(rf"^(?:(?P<n>{_NUMBER_ALT}) )?(?P<unit>{_UNIT_ALT}) "
                             r"(?P<dir>before|after|prior to) (?P<rest>.+)$")
# "the following day", "that morning" (after "the"/"later" are stripped)
_RELATION_RE = re.compile(r"^(?P<rel>" + "|".join(map(re.escape, _NARRATIVE["relations"]))
                          + rf") (?P<unit>{_UNIT_ALT})$")
# "two days later", "a week earlier", "the day before"
_OFFSET_RE = re.compile(rf"^(?:(?P<n>{_NUMBER_ALT}) )?(?P<unit>{_UNIT_ALT}) (?P<dir>"
                        + "|".join(map(re.escape, _NARRATIVE["offset_directions"])) + ")$")
_RANK = {p: i for i, p in enumerate(PRECISIONS)}
_RANGE_WORD_SPLIT = re.compile(r"\s+(?:to|through|until|till|and)\s+")
_RANGE_DASH_SPLIT = re.compile(r"^(?P<a>.*?[a-z0-9.])\s*[-–—]\s*(?P<b>[a-z0-9].*)$")


@dataclass
class DateMention:
    """One date expression of an article and the calendar period it names.

    ``start_char``/``end_char``/``text`` locate it in ``doc.text``. ``date`` is the first day of the
    period meant and ``date_end`` its last day (equal for a single day); both are None when the
    expression could not be resolved. ``precision`` is "day", "week", "month" or "year" (None when
    unresolved). ``relative`` is True when the value depends on the publication date ("yesterday",
    "May 20" without a year), False for absolute expressions ("2012", "May 20, 2024").
    """

    start_char: int
    end_char: int
    text: str
    date: datetime.date | None
    date_end: datetime.date | None
    precision: str | None
    relative: bool


# ---------------------------------------------------------------------------------------------
# dateparser: one parser per settings, kept for the life of the process


@lru_cache(maxsize=512)
def _parser(base: datetime.date | None, prefer: str) -> DateDataParser:
    """The DateDataParser for a publication date and a preferred direction (past/future).

    Creating one costs milliseconds, parsing with it under one; articles of a dump share a few
    hundred publication dates, so the cache keeps one parser per (date, direction).
    """
    settings = {"PREFER_DATES_FROM": prefer, "PREFER_DAY_OF_MONTH": "first",
                "RETURN_TIME_AS_PERIOD": True}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime.datetime(base.year, base.month, base.day)
    return DateDataParser(languages=["en"], settings=settings)


# ---------------------------------------------------------------------------------------------
# finding


@lru_cache(maxsize=8)
def _matchers(vocab) -> tuple[AnchoredMatcher, AnchoredMatcher]:
    """(date matcher, non-date matcher) built from the data file for one vocabulary."""
    dates = AnchoredMatcher(vocab, [(r["id"], r["pattern"]) for r in RULES["date_patterns"]])
    non_dates = AnchoredMatcher(vocab, [(r["id"], r["pattern"])
                                        for r in RULES["non_date_patterns"]])
    return dates, non_dates


def _names_a_day(span: Span) -> bool:
    return bool(_DAY_WORD_RE.search(span.text.lower()))


def date_spans(doc: Doc, numeric: list[_NumericDate] | None = None) -> list[Span]:
    """The spans of ``doc`` that are date expressions, sorted, without overlaps.

    ``doc`` must have been through the model's NER. DATE entities, TIME entities naming a day,
    the data file's date patterns and the numeric dates (``numeric``, by default
    ``numeric_dates(doc.text)``: "on 24/12", which the model calls a CARDINAL) are merged
    (overlapping spans become their union); two dates joined as a range ("from May 20 to June
    3") become one span; spans that are ages or durations by the non-date patterns are dropped.
    """
    date_matcher, non_date_matcher = _matchers(doc.vocab)
    spans = [e for e in doc.ents if e.label_ == "DATE" or (e.label_ == "TIME" and _names_a_day(e))]
    for match_id, start, end in date_matcher(doc):
        spans.append(doc[start:end])
    spans.extend(_numeric_spans(doc, numeric_dates(doc.text) if numeric is None else numeric))
    spans = [part for span in _merge_overlapping(doc, spans) for part in _split_at_verbs(span)]
    spans = _merge_ranges(doc, spans)
    # "between 1982 and 1992" is the range "1982 and 1992": the opener is no part of the dates
    spans = [s[1:] if len(s) > 1 and s[0].lower_ in _RANGE_OPENERS else s for s in spans]
    # ages and durations: matched once over the windows around all the spans
    covered: set[int] = set()
    for start, end in merge_ranges((max(0, s.start - 3), min(len(doc), s.end + 3))
                                   for s in spans):
        covered.update(start + i for _, s, e in non_date_matcher(doc[start:end])
                       for i in range(s, e))
    return [s for s in spans if not _is_non_date(s, covered)]


@dataclass(frozen=True)
class _NumericDate:
    """A numeric date of the text ("24/12", "07/03 - 10/03"): its characters and its words
    ("24 december", "7 march - 10 march"), which the resolver reads."""

    start: int
    end: int
    words: str


def numeric_dates(text: str) -> list[_NumericDate]:
    """The numeric dates of ``text`` ("on 16/02", "(07/03 - 10/03)", "between 25/09 and 26/09",
    "on or between 31/12/2014 and 02/01/2015", "12/12 -15/12"), in text order, each spelt out in
    words for the resolver; ranges ("X - Y", "between X and Y", "from X to Y") as one.

    Day first (dd/mm, ACLED's and the international order) unless the text shows month first: a
    second part over 12 ("on 12/25") and no first part over 12. A slash number is a date only in
    a date-like context (``numeric_dates`` in the data file): after a preposition ("on", "from",
    "between", "until at least", "dated"), a weekday ("on Saturday, 27/12") or "the evening
    of", in brackets, or joined to another date by a dash or "to" ("15/02-16/02"), or by "and"
    or "or" to one with a context ("on 13/09 or 14/09"); and only with a valid day and month.
    Fractions, scores and rates are not: "1/2 of", "3/4", "24/7", "a 9/11-style attack", "6
    3/8%".
    """
    found = []
    for m in _NUMERIC_RE.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        if not (1 <= a <= 31 and 1 <= b <= 31) or (a > 12 and b > 12):
            continue
        found.append(m)
    if not found:
        return []
    # a date-like context: a preposition or bracket before, or a joint to another candidate
    context = [bool(_NUMERIC_BEFORE_RE.search(text[max(0, m.start() - 60):m.start()]))
               for m in found]
    fraction = [bool(_FRACTION_OF_RE.match(text, m.end())) for m in found]
    opens = [bool(re.search(r"\(\s*$", text[max(0, m.start() - 3):m.start()])) for m in found]
    closes = [bool(re.match(r"\s*\)", text[m.end():])) for m in found]
    joints = [_NUMERIC_JOINT_RE.match(text[m.end():found[i + 1].start()]) and
              text[m.end():found[i + 1].start()].strip().lower() if i + 1 < len(found) else None
              for i, m in enumerate(found)]
    # two dates joined: by a dash or "to" alone ("15/02-16/02"); by "and" or "or" when one of
    # them has a context of its own ("on 13/09 or 14/09", "(23/06 and 24/06)")
    joined = [bool(j) and (j in _NUMERIC_RANGE_JOINTS or context[i] or context[i + 1]
                           or opens[i] and closes[i + 1]) for i, j in enumerate(joints)]
    keep = []
    for i, m in enumerate(found):
        in_range = joined[i] or (i > 0 and joined[i - 1])
        idiom = m.group(0) in _NUMERIC_IDIOMS and not in_range
        keep.append(not idiom and not fraction[i] and (
            context[i] or in_range or opens[i] and closes[i]))
    kept = [(i, m) for i, m in enumerate(found) if keep[i]]
    month_first = any(int(m.group(2)) > 12 for _, m in kept) and not any(
        int(m.group(1)) > 12 for _, m in kept)

    def spelt(m: re.Match) -> str | None:
        day, month = int(m.group(1)), int(m.group(2))
        if month_first:
            day, month = month, day
        year = m.group(3)
        if year is not None and len(year) == 2:
            year = ("20" if int(year) < 50 else "19") + year
        if not 1 <= month <= 12 or day > calendar.monthrange(int(year or 2000), month)[1]:
            return None
        return f"{day} {calendar.month_name[month].lower()}" + (f" {year}" if year else "")

    out: list[_NumericDate] = []
    prev_index = None
    for i, m in kept:
        words = spelt(m)
        if words is None:
            prev_index = None
            continue
        if prev_index == i - 1 and joined[i - 1] and out:
            gap = text[found[i - 1].end():m.start()]
            opener = re.search(r"\b(between|from)\s*\(?\s*$",
                               text[max(0, out[-1].start - 12):out[-1].start], re.IGNORECASE)
            joint = joints[i - 1]
            if joint in _NUMERIC_RANGE_JOINTS or (joint == "and" and opener):
                last = out.pop()
                out.append(_NumericDate(last.start, m.end(),
                                        f"{last.words} {gap.strip()} {words}"))
                prev_index = i
                continue
        start = m.start()
        weekday = _WEEKDAY_BEFORE_RE.search(text, max(0, start - 20), start)
        if weekday:  # "Saturday, 27/01": one date, the weekday picks its year
            start, words = weekday.start(), weekday.group(1).lower() + ", " + words
        out.append(_NumericDate(start, m.end(), words))
        prev_index = i
    return out


def _numeric_spans(doc: Doc, numeric: list[_NumericDate]) -> list[Span]:
    spans = []
    for n in numeric:
        span = doc.char_span(n.start, n.end, alignment_mode="expand")
        if span is not None and len(span):
            spans.append(span)
    return spans


def _in_words(span: Span, numeric: list[_NumericDate]) -> str:
    """The text of ``span`` with its numeric dates spelt out ("on 24/12" -> "on 24 december")."""
    inside = [n for n in numeric if span.start_char <= n.start and n.end <= span.end_char]
    if not inside:
        return span.text
    text, pos, out = span.doc.text, span.start_char, []
    for n in inside:
        out.append(text[pos:n.start])
        out.append(n.words)
        pos = n.end
    if pos < span.end_char:
        out.append(text[pos:span.end_char])
    return "".join(out).strip(" -–—")


def _merge_overlapping(doc: Doc, spans: list[Span]) -> list[Span]:
    merged: list[list[int]] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if merged and span.start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], span.end)
        else:
            merged.append([span.start, span.end])
    return [_trim(doc[s:e]) for s, e in merged]


def _trim(span: Span) -> Span:
    """Drop punctuation at the edges ("Feb. 4." keeps its abbreviation point, not a comma)."""
    start, end = span.start, span.end
    while start < end and span.doc[start].is_punct and span.doc[start].text not in "'":
        start += 1
    while end > start and span.doc[end - 1].is_punct and span.doc[end - 1].text != ".":
        end -= 1
    return span.doc[start:end]


def _split_at_verbs(span: Span) -> list[Span]:
    """"the quarter ended Sept. 30" names two periods: split where a verb sits inside."""
    parts, start = [], span.start
    for tok in span:
        if tok.pos_ == "VERB" and tok.tag_ in ("VBD", "VBN", "VBG") and not (
                tok.i > span.start and tok.nbor(-1).pos_ == "DET"):  # "the following day"
            if tok.i > start:
                parts.append(span.doc[start:tok.i])
            start = tok.i + 1
    if start < span.end:
        parts.append(span.doc[start:span.end])
    return [p for p in (_trim(p) for p in parts) if len(p)]


def _merge_ranges(doc: Doc, spans: list[Span]) -> list[Span]:
    """Join "from X to Y" / "between X and Y" / "X-Y" into one span."""
    out: list[Span] = []
    for span in spans:
        if out:
            prev = out[-1]
            gap = doc[prev.end:span.start]
            opener = doc[prev.start - 1].lower_ if prev.start > 0 else ""
            joined = (len(gap) == 1 and (gap[0].text in ("-", "–", "—")
                                         or (gap[0].lower_ in ("to", "and", "until", "through")
                                             and opener in _RANGE_OPENERS)))
            if joined:
                out[-1] = doc[prev.start:span.end]
                continue
        out.append(span)
    return out


_FUNCTION_POS = {"DET", "ADP", "PUNCT", "CCONJ", "PART", "SPACE"}


def _is_non_date(span: Span, covered: set[int]) -> bool:
    """True when the span's content words all lie inside age or duration matches (``covered``:
    their token indices; "aged" precedes the number the model calls a DATE)."""
    content = [t for t in span if t.pos_ not in _FUNCTION_POS]
    if not content:
        return True
    return all(t.i in covered for t in content)


# ---------------------------------------------------------------------------------------------
# tense of the governing verb


def _governing_verb(span: Span):
    tok = span.root
    for _ in range(20):
        if tok.pos_ in ("VERB", "AUX") or tok.head is tok:
            break
        tok = tok.head
    return tok if tok.pos_ in ("VERB", "AUX") else None


def tense(span: Span) -> str | None:
    """"past", "future" or None (present or unknown) for the verb that governs ``span``.

    Future: an auxiliary "will"/"shall"/"'ll"/"going to", or a verb of planning in any tense
    ("is scheduled", "planned a rally on Saturday"). None for a conditional ("would be held"),
    which reports a time after a past saying. Past: the verb or one of its auxiliaries is
    in the past tense, a perfect ("has killed") or a bare participle ("the quarter ended Sept.
    30"). An infinitive or a subordinate verb without its own tense takes its head's.
    """
    verb = _governing_verb(span)
    if verb is None:
        return None
    chain = [verb]
    # an infinitive or participle takes the tense of the verb it depends on
    if verb.dep_ in ("xcomp", "ccomp", "advcl", "conj", "acl", "relcl") and verb.head is not verb:
        chain.append(verb.head)
    for v in chain:
        auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
        if any(a.lower_ in _FUTURE_AUX for a in auxes):
            return _FUTURE
        if any(a.lower_ in _CONDITIONAL_AUX for a in auxes):
            # "said the vote would be held on Dec. 5": later than the saying, so not "past"
            return None
        if v.lemma_.lower() in _FUTURE_VERBS:
            return _FUTURE  # "planned a rally on Saturday": the rally is after the planning
        if "Past" in v.morph.get("Tense") and v.tag_ == "VBD":
            return _PAST
        if any("Past" in a.morph.get("Tense") for a in auxes):
            return _PAST
        if v.tag_ == "VBN" and (not auxes or any(a.lemma_ == "have" for a in auxes)):
            return _PAST  # perfect, or a reduced relative ("the quarter ended Sept. 30")
        if any(a.lower_ == "to" for a in auxes):
            continue  # infinitive: look at the verb above
        if v.tag_ in ("VBZ", "VBP", "VBG") or "Pres" in v.morph.get("Tense"):
            return None
    return None


def _past_itself(verb) -> bool:
    """The verb is itself in a past tense: "killed", "was killed", "had attacked", a bare
    participle ("the quarter ended Oct. 31"); not an infinitive under one ("agreed to testify")."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in _FUTURE_AUX or a.lower_ in _CONDITIONAL_AUX or a.lower_ == "to"
           for a in auxes) or verb.lemma_.lower() in _FUTURE_VERBS:
        return False
    if verb.tag_ == "VBD" or any("Past" in a.morph.get("Tense") for a in auxes):
        return True
    return verb.tag_ == "VBN" and (not auxes or any(a.lemma_ == "have" for a in auxes))


def _done_on(span: Span) -> bool:
    """The date tells when a past act was done: "killed five people on 5 May", "The quarter
    ended Oct. 31", "began the evening of 7 March". Not a deadline or a plan told in the past
    tense ("gave him until Jan. 14", "extended to Nov. 16", "agreed to testify on Feb. 10", "the
    Jan. 14 deadline"), which may fall after publication."""
    verb = _governing_verb(span)
    if verb is None or not _past_itself(verb):
        return False
    node = span.root
    for _ in range(8):
        if node.i == verb.i:
            return True
        if node.dep_ == "pobj" and node.head.dep_ == "prep":
            if node.head.lower_ in _DEADLINE_PREPS:
                return False
            node = node.head.head
        elif node.dep_ in ("npadvmod", "tmod", "advmod") or (
                node.lemma_.lower() in _TIME_NOUNS and node.dep_ in ("dobj", "npadvmod")):
            node = node.head
        else:
            return False
    return False


def _deadline(span: Span) -> bool:
    """A date told as a deadline or an end: "until at least 05/01", "by 15/02"."""
    before = span.doc.text[max(0, span.start_char - 30):span.start_char]
    return bool(_DEADLINE_BEFORE_RE.search(before))


# ---------------------------------------------------------------------------------------------
# resolving


@dataclass(frozen=True)
class _Value:
    date: datetime.date | None
    date_end: datetime.date | None
    precision: str | None
    relative: bool


_NONE = _Value(None, None, None, False)


def _normalise(text: str) -> str:
    t = text.lower().replace("’", "'").replace("\n", " ")
    t = re.sub(r"'s\b", "", t)
    t = re.sub(r"\s+", " ", t).strip(" ,;:")
    for suffix in _SUFFIXES:
        if t.endswith(" " + suffix):
            t = t[: -len(suffix) - 1]
    if t.endswith(".") and not _MONTH_RE.search(t[-6:]):
        t = t[:-1]
    return t


def _strip(t: str) -> str:
    changed = True
    while changed and t:
        changed = False
        if t in _ALIASES:
            return t
        for p in _PREFIXES:
            if t.startswith(p) and (len(t) == len(p) or p.endswith("-") or t[len(p)] in " -"):
                rest = t[len(p):].lstrip(" -")
                if rest:
                    t, changed = rest, True
                    break
    return t


def _has_year(t: str) -> bool:
    return bool(_YEAR_RE.search(t))


def _period(day: datetime.date, precision: str) -> tuple[datetime.date, datetime.date]:
    if precision == "week":
        start = day - datetime.timedelta(days=day.weekday())
        return start, start + datetime.timedelta(days=6)
    if precision == "month":
        last = calendar.monthrange(day.year, day.month)[1]
        return day.replace(day=1), day.replace(day=last)
    if precision == "year":
        return datetime.date(day.year, 1, 1), datetime.date(day.year, 12, 31)
    return day, day


def _value(day: datetime.date, precision: str, relative: bool) -> _Value:
    start, end = _period(day, precision)
    return _Value(start, end, precision, relative)


def _shift_year(day: datetime.date, years: int) -> datetime.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


@lru_cache(maxsize=8192)
def resolve(text: str, published: datetime.date | None, direction: str | None = None) -> _Value:
    """Resolve one date expression to its period.

    ``text`` is the expression as written ("earlier in February", "May 20 to June 3").
    ``published`` is the publication date the relative ones are resolved against; without it they
    stay unresolved. ``direction`` is the tense of the governing verb ("past", "future" or None),
    which chooses between the last and the next weekday, and the year of a year-less date.
    Returns a value with date, date_end, precision and relative (all None/False if unresolved).
    Cached: wire copy repeats its expressions ("yesterday", "on Sunday") across a day's articles.
    """
    t = _strip(_normalise(text))
    if not t:
        return _NONE
    t = _ALIASES.get(t, t)

    holiday = _holiday(t, published, direction)
    if holiday is not None:
        return holiday

    offset = _OFFSET_FROM_RE.match(t)
    if offset:
        inner = resolve(offset.group("rest"), published, direction)
        n = _count(offset.group("n"))
        sign = 1 if offset.group("dir") == "after" else -1
        return _shifted(inner, _UNITS[offset.group("unit")], sign * n, inner.precision)

    words = set(re.findall(r"[a-z']+", t))
    if words & _UNRESOLVABLE or _DECADE_RE.search(t):
        return _Value(None, None, None, not _has_year(t))

    if _NUMBER_WORD_RE.search(t):
        t = _spelled_years(t)

    week_of = re.fullmatch(r"(?:the )?week (?:of|beginning|starting) (.+)", t)
    if week_of:
        inner = resolve(week_of.group(1), published, direction)
        if inner.date is None or inner.precision != "day":
            return _Value(None, None, None, inner.relative)
        return _value(inner.date, "week", inner.relative)

    rng = _range(t, published, direction)
    if rng is not None:
        return rng

    if "weekend" in words:
        return _weekend(t, published, direction)

    quarter = _QUARTER_RE.search(t)
    if quarter:
        return _quarter(quarter, published)

    special = _weekday(t, published, direction) or _named_month(t, published, direction)
    if special is not None:
        return special

    if not (re.search(r"\d", t) or _MONTH_RE.search(t) or words & _ANCHOR_WORDS
            or words & {"yesterday", "today", "week", "month", "year"}):
        return _NONE
    relative = not _has_year(t)
    if relative and published is None:
        return _Value(None, None, None, True)
    data = _parser(published, _FUTURE if direction == _FUTURE else _PAST).get_date_data(t)
    if data.date_obj is None or data.period not in _PERIOD_PRECISION:
        return _Value(None, None, None, relative)
    if data.period == "time" and not re.search(r"\d", t) and not _DAY_WORD_RE.search(t):
        return _Value(None, None, None, relative)  # dateparser read noise as "now"
    precision = _PERIOD_PRECISION[data.period]
    day = data.date_obj.date()
    if relative and _MONTH_RE.search(t) and published is not None:
        # dateparser picks the year by its own preference; ours starts from the publication year
        day = _year_of(_shift_year(day, published.year - day.year), precision, published,
                       direction)
        if precision == "day":
            day = _year_of_weekday(day, t, published)
    return _value(day, precision, relative)


def _year_of_weekday(day: datetime.date, t: str, published: datetime.date) -> datetime.date:
    """"Saturday, April 25" without a year: the year next to ``day``'s where the 25th is a
    Saturday, if ``day`` is not one (the nearer to publication); ``day`` when no such year or
    no single weekday is named. ``t`` is the normalised expression."""
    named = {_WEEKDAYS[w] for w in re.findall(r"[a-z]+\.?", t) if w in _WEEKDAYS}
    if len(named) != 1 or day.weekday() in named:
        return day
    fits = [d for d in (_shift_year(day, -1), _shift_year(day, 1)) if d.weekday() in named]
    return min(fits, key=lambda d: abs((d - published).days)) if fits else day


def _count(word: str | None) -> int:
    """The number of units before "days later" ("two", "3", none: one)."""
    if word is None:
        return 1
    return int(word) if word.isdigit() else _NUMBERS[word]


def _add(day: datetime.date, unit: str, n: int) -> datetime.date:
    """``day`` moved by ``n`` days, weeks, months or years (a month's last day kept in range)."""
    if unit in ("day", "week"):
        return day + datetime.timedelta(days=n * (7 if unit == "week" else 1))
    if unit == "year":
        return _shift_year(day, n)
    month = day.month - 1 + n
    year, month = day.year + month // 12, month % 12 + 1
    return day.replace(year=year, month=month,
                       day=min(day.day, calendar.monthrange(year, month)[1]))


def _shifted(base: _Value, unit: str, n: int, precision: str | None) -> _Value:
    """``base`` moved by ``n`` units (counted from its last day when forward), at ``precision``;
    unresolved when ``base`` is, or is coarser than the unit counted ("a day after March")."""
    if base.date is None or precision is None or _RANK[base.precision] > _RANK[unit]:
        return _Value(None, None, None, base.relative)
    start = base.date_end if n > 0 and base.date_end is not None else base.date
    return _value(_add(start, unit, n), precision, base.relative)


def _year_of(day: datetime.date, precision: str, published: datetime.date,
             direction: str | None) -> datetime.date:
    """Year of a year-less date: the publication year, moved by one if the tense says so.

    Past tense: the year before when the date would fall more than ``year_less_window_days``
    after publication; future tense: the year after when it would fall that much before it; no
    tense (a present, a noun phrase): whichever year puts it nearest to publication.
    """
    start, end = _period(day, precision)
    if direction == _FUTURE:
        return _shift_year(day, 1) if end < published - _YEAR_LESS_WINDOW else day
    if direction == _DONE:
        # an act told as done on the date: on or before publication ("killed 5 people on 5 May")
        return _shift_year(day, -1) if start > published else day
    if direction == _PAST:
        # a past-tense sentence may still report a near deadline ("gave him until Jan. 14") or
        # a plan ("agreed to testify on Feb. 10"), so only a date well after publication moves
        return _shift_year(day, -1) if start > published + _YEAR_LESS_WINDOW else day
    # no tense (a present, a noun phrase): the year that puts it nearest to publication
    candidates = [_shift_year(day, k) for k in (-1, 0, 1)]
    return min(candidates, key=lambda d: min(abs((p - published).days) for p in _period(d, precision)))


def _spelled_years(t: str) -> str:
    from text_to_num import alpha2digit

    t = alpha2digit(t, "en")
    return re.sub(r"\b(1[0-9]|20) (\d\d)\b", r"\1\2", t)


def _range(t: str, published, direction) -> _Value | None:
    parts = _RANGE_WORD_SPLIT.split(t, maxsplit=1)
    if len(parts) == 2 and not all(re.search(r"\d", p) for p in parts):
        return None  # "Friday to December's figures" is not a range
    if len(parts) != 2:
        m = _RANGE_DASH_SPLIT.match(t)
        if not m or re.fullmatch(r"\d{4}-\d\d(-\d\d)?", t):
            return None
        parts = [m.group("a"), m.group("b")]
    a, b = (p.strip(" ,") for p in parts)
    if not a or not b:
        return None
    # "May 20 and 23": the right end borrows the month; "20-23 May": the left end does
    if re.fullmatch(r"\d{1,2}", b) and _MONTH_RE.search(a):
        b = _MONTH_RE.search(a).group(0) + " " + b + _year_suffix(a)
    elif re.fullmatch(r"\d{1,2}", a) and _MONTH_RE.search(b):
        a = a + " " + _MONTH_RE.search(b).group(0) + _year_suffix(b)
    elif _has_year(b) and not _has_year(a) and _MONTH_RE.search(a):
        a = a + _year_suffix(b)
    # (an act done from a date may go on after publication: "in force from May 20 to June 3")
    va = resolve(a, published, direction)
    vb = resolve(b, published, _PAST if direction == _DONE else direction)
    if va.date is None or vb.date is None or vb.date_end < va.date:
        return None
    return _Value(va.date, vb.date_end, va.precision, va.relative or vb.relative)


def _year_suffix(t: str) -> str:
    m = re.search(r"\b(1[0-9]{3}|20[0-9]{2})\b", t)
    return ", " + m.group(1) if m else ""


_HOLIDAYS = {k: v for k, v in RULES["holidays"].items() if not k.startswith("_")}
_HOLIDAY_RE = re.compile(r"^(?:(last|next|this)\s+)?(" + "|".join(
    sorted(map(re.escape, _HOLIDAYS), key=len, reverse=True)) + r")(?:\s+(\d{4}))?$")


def _holiday_in(name: str, year: int) -> datetime.date:
    rule = _HOLIDAYS[name]
    if isinstance(rule, list):
        return datetime.date(year, rule[0], rule[1])
    if rule == "easter":  # the Gregorian computus (anonymous algorithm)
        a, b, c = year % 19, year // 100, year % 100
        d, e = divmod(b, 4)
        g = (8 * b + 13) // 25
        h = (19 * a + b - d - g + 15) % 30
        i, k = divmod(c, 4)
        l_ = (32 + 2 * e + 2 * i - h - k) % 7
        m = (a + 11 * h + 22 * l_) // 451
        month, day = divmod(h + l_ - 7 * m + 114, 31)
        return datetime.date(year, month, day + 1)
    first = datetime.date(year, 11, 1)
    if rule == "us_thanksgiving":
        return first + datetime.timedelta(days=(3 - first.weekday()) % 7 + 21)
    # us_election_day: the Tuesday after the first Monday of November
    monday = first + datetime.timedelta(days=(0 - first.weekday()) % 7)
    return monday + datetime.timedelta(days=1)


def _holiday(t: str, published, direction) -> _Value | None:
    """A named holiday ("Thanksgiving Day", "last Christmas", "Easter 2023") on its day.

    "last"/"next" and the tense pick the occurrence before or after publication; with neither,
    the nearest one.
    """
    m = _HOLIDAY_RE.match(t)
    if not m:
        return None
    mod, name, year = m.group(1), m.group(2), m.group(3)
    if year:
        return _value(_holiday_in(name, int(year)), "day", False)
    if published is None:
        return _Value(None, None, None, True)
    this_year = _holiday_in(name, published.year)
    forward = mod == "next" or (mod != "last" and direction == _FUTURE)
    if forward:
        day = this_year if this_year >= published else _holiday_in(name, published.year + 1)
    elif mod == "this":
        day = this_year
    elif mod is None and direction is None:
        # no tense ("from now to Election Day"): the occurrence nearest to publication
        day = min((_holiday_in(name, published.year + k) for k in (-1, 0, 1)),
                  key=lambda d: abs((d - published).days))
    else:
        day = this_year if this_year <= published else _holiday_in(name, published.year - 1)
    return _value(day, "day", True)


def _weekend(t: str, published, direction) -> _Value:
    if published is None:
        return _Value(None, None, None, True)
    forward = "next" in t or (direction == _FUTURE and "last" not in t and "past" not in t)
    if forward:
        saturday = published + datetime.timedelta(days=(5 - published.weekday()) % 7)
    else:
        saturday = published - datetime.timedelta(days=(published.weekday() - 5) % 7)
        if "last" in t and published - saturday < datetime.timedelta(days=2):
            saturday -= datetime.timedelta(days=7)  # "last weekend" on a Sunday: the one before
    return _Value(saturday, saturday + datetime.timedelta(days=1), "week", True)


def _weekday(t: str, published, direction) -> _Value | None:
    """A weekday without a calendar date ("Friday", "last Tuesday", "early hours of Sunday")."""
    words = re.findall(r"[a-z.']+|\d+", t)
    days = [i for i, w in enumerate(words) if w in _WEEKDAYS]
    if len(days) != 1 or re.search(r"\d", t) or _MONTH_RE.search(t):
        return None
    i = days[0]
    mod = words[i - 1] if i > 0 else ""
    if published is None:
        return _Value(None, None, None, True)
    wd = _WEEKDAYS[words[i]]
    back = (published.weekday() - wd) % 7
    ahead = (wd - published.weekday()) % 7
    if mod in ("last", "past"):
        day = published - datetime.timedelta(days=back or 7)
    elif mod == "next":
        day = published + datetime.timedelta(days=ahead or 7)
    elif direction == _FUTURE:
        day = published + datetime.timedelta(days=ahead)
    else:
        day = published - datetime.timedelta(days=back)
    return _Value(day, day, "day", True)


def _named_month(t: str, published, direction) -> _Value | None:
    """'last August', 'next March', 'this May': the month before/after the publication month."""
    m = re.fullmatch(r"(last|next|this|past) (\w+)\.?", t)
    if not m or m.group(2) not in _MONTHS:
        return None
    if published is None:
        return _Value(None, None, None, True)
    month = _MONTHS[m.group(2)]
    year = published.year
    if m.group(1) in ("last", "past") and month >= published.month:
        year -= 1
    elif m.group(1) == "next" and month <= published.month:
        year += 1
    return _value(datetime.date(year, month, 1), "month", True)


def _quarter(m: re.Match, published) -> _Value:
    q = m.group("ord") and _QUARTER_WORDS[m.group("ord")] or int(m.group("q2") or m.group("q3"))
    year = m.group("year") or m.group("year2") or m.group("year3")
    relative = year is None
    if year is None:
        if published is None:
            return _Value(None, None, None, True)
        year = published.year
    start = datetime.date(int(year), 3 * (q - 1) + 1, 1)
    end_month = 3 * q
    end = datetime.date(int(year), end_month, calendar.monthrange(int(year), end_month)[1])
    return _Value(start, end, "month", relative)


# ---------------------------------------------------------------------------------------------
# public API


def _as_date(value) -> datetime.date | None:
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    try:  # pandas Timestamp and the like
        return value.date()
    except AttributeError:
        return None


def find_dates(doc: Doc, published: datetime.date | None) -> list[DateMention]:
    """The date expressions of ``doc``, resolved, sorted by ``start_char``.

    ``doc`` is a Doc that went through the model's tagger, parser and NER (the tense of the
    governing verb decides between last and next weekday, and the year of year-less dates).
    ``published`` is the article's publication date (a ``datetime.date``; a datetime is cut to
    its date): the base of every relative expression. Without it, relative expressions are
    returned with ``date=None``; absolute ones still resolve.
    Returns one :class:`DateMention` per expression; ages, durations and times of day alone are
    not returned. Narrative expressions ("the following day", "two days later") are counted from
    the nearest resolved mention before them, as TimeML dates them from the story's reference
    time; without one they are resolved against publication like the rest.
    """
    published = _as_date(published)
    mentions: list[DateMention] = []
    numeric = numeric_dates(doc.text)
    for whole in date_spans(doc, numeric):
        told = _narrative(whole.text, mentions)
        pairs = [(whole, told)] if told is not None else _resolve_span(whole, published, numeric)
        for span, value in pairs:
            if value.date is None and not _has_date_vocabulary(_in_words(span, numeric)):
                continue  # the model's DATE label on a name or a stray number
            mentions.append(DateMention(span.start_char, span.end_char, span.text, value.date,
                                        value.date_end, value.precision, value.relative))
    return sorted(mentions, key=lambda m: m.start_char)


def _narrative(text: str, before: list[DateMention]) -> _Value | None:
    """The period of a narrative expression counted from the nearest date before it, or None.

    ``text``: a date expression as written. ``before``: the mentions found before it, in text
    order; the anchor is the nearest resolved one at least as fine as the unit counted ("the
    following day" skips "formed in 2009" for "on March 3"). "the following/previous/same day",
    "that week", "the next morning" name one unit next to the anchor's, at that unit's
    precision; "two days later", "a week earlier", "the day before" count whole units from it,
    at the anchor's precision or the unit's (the day for counted weeks), whichever is coarser.
    None when the text is not narrative (or "next week", "a year earlier": the publication's,
    see ``narrative`` in the data file) or no such anchor is there: it is then resolved against
    publication like any other expression.
    """
    if not before:
        return None
    t = re.sub(r"^(?:the|later|earlier) ", "", _strip(_normalise(text)))  # aliases keep "the"

    def anchor_for(unit: str) -> DateMention | None:
        return next((m for m in reversed(before) if m.date is not None and m.precision in _RANK
                     and _RANK[m.precision] <= _RANK[unit]), None)

    m = _RELATION_RE.match(t)
    if m:
        rel, unit = m.group("rel"), _UNITS[m.group("unit")]
        if rel == "next" and m.group("unit") not in _NARRATIVE["next_units"]:
            return None
        anchor = anchor_for(unit)
        if anchor is None:
            return None
        base = _Value(anchor.date, anchor.date_end, anchor.precision, anchor.relative)
        return _shifted(base, unit, _NARRATIVE["relations"][rel], unit)
    m = _OFFSET_RE.match(t)
    if m:
        unit, sign = _UNITS[m.group("unit")], _NARRATIVE["offset_directions"][m.group("dir")]
        if sign < 0 and unit not in _NARRATIVE["backward_units"]:
            return None
        anchor = anchor_for(unit)
        if anchor is None:
            return None
        base = _Value(anchor.date, anchor.date_end, anchor.precision, anchor.relative)
        # "a week later" than a day is a day, than a week a week; "the week before" is a week
        counted = "day" if unit == "week" and m.group("n") else unit
        precision = PRECISIONS[max(_RANK[anchor.precision], _RANK[counted])]
        return _shifted(base, unit, sign * _count(m.group("n")), precision)
    return None


def _resolve_span(span: Span, published,
                  numeric: list[_NumericDate] = ()) -> list[tuple[Span, _Value]]:
    """Resolve a span; if it fails, its parts: the two ends of a non-range ("Friday to
    December's"), or the period after "of" ("the first nine months of 1997").

    Numeric dates (``numeric``) are read spelt out; without a year they are told of what
    happened, so they fall on or before publication unless the verb is future or they are an end
    ("until at least 05/01")."""
    direction = tense(span)
    if direction == _PAST and _done_on(span):
        direction = _DONE  # "killed five people on 5 May": not after publication
    elif direction != _FUTURE and not _deadline(span) and any(
            span.start_char <= n.start < span.end_char for n in numeric):
        direction = _DONE  # "On 24/12 gunmen attacked" (the parser hangs it on "gunmen")
    value = resolve(_in_words(span, numeric), published, direction)
    if value.date is not None:
        return [(span, value)]
    joints = [t.i for t in span if t.lower_ in _JOINTS and span.start < t.i < span.end - 1]
    if joints:
        parts = [_trim(span.doc[span.start:joints[0]]), _trim(span.doc[joints[0] + 1:span.end])]
        return [(p, resolve(_in_words(p, numeric), published, direction))
                for p in parts if len(p)]
    of = [t.i for t in span if t.lower_ == "of" and t.i + 1 < span.end]
    if of:
        tail = span.doc[of[-1] + 1:span.end]
        tail_value = resolve(tail.text, published, direction)
        if tail_value.date is not None:
            return [(tail, tail_value)]
    return [(span, value)]


def _has_date_vocabulary(text: str) -> bool:
    t = text.lower()
    return bool(_YEAR_RE.search(t) or _MONTH_RE.search(t) or _DAY_WORD_RE.search(t)
                or set(re.findall(r"[a-z]+", t)) & _DATE_WORDS)


# How precise an event date is when no date expression governs it: see event_date.
UNDATED_PRECISION = "week"


def event_date(doc: Doc, dates: list[DateMention], trigger_start_char: int,
               trigger_end_char: int,
               published: datetime.date | None) -> tuple[DateMention | None, str | None]:
    """The date mention governing an event trigger, and the precision of the event's date.

    ``doc`` is the parsed article. ``dates`` are its mentions (``find_dates`` or ``doc._.dates``).
    ``trigger_start_char``/``trigger_end_char`` locate the event's trigger word in ``doc.text``.
    ``published`` is the publication date, used when nothing in the text dates the event.

    The nearest resolved mention is searched in widening scopes: the trigger's clause (the
    dependency subtree of its head verb), then its sentence, then the lede (headline and first
    sentences, where a wire story says when it happened). In the lede only dates finer than a
    year count ("since 2012" in a lede dates a background, not the event), and none after the
    publication date. Returns ``(mention, mention.precision)``.

    When no mention governs the trigger but ``published`` exists, the event is dated by the
    report, following ACLED's codebook: its ``time_precision`` codes are 1 = the source gives the
    actual day, 2 = it gives only a specific week or weekend, 3 = only the month. A report that
    gives no date tells of an event in the days before it was published, so the caller codes the
    publication date with precision "week" (ACLED time_precision 2), and this returns
    ``(None, "week")``. Without ``published`` it returns ``(None, None)``.
    """
    published = _as_date(published)
    resolved = [m for m in dates if m.date is not None]
    span = doc.char_span(trigger_start_char, trigger_end_char, alignment_mode="expand")
    if span is not None and len(span) and resolved:
        centre = (trigger_start_char + trigger_end_char) / 2

        def nearest(cands):
            return min(cands, key=lambda m: abs((m.start_char + m.end_char) / 2 - centre))

        head = _clause_head(span)
        clause = head.subtree if head is not None else []
        clause = list(clause)
        if clause:
            lo, hi = clause[0].idx, clause[-1].idx + len(clause[-1])
            inside = [m for m in resolved if lo <= m.start_char and m.end_char <= hi]
            if inside:
                m = nearest(inside)
                return m, m.precision
        sent = span[0].sent
        in_sent = [m for m in resolved
                   if sent.start_char <= m.start_char and m.end_char <= sent.end_char]
        if in_sent:
            m = nearest(in_sent)
            return m, m.precision
        end = lede_end(doc)
        # (nor a date of a relative clause told of someone: "The military rulers, who seized power
        # in July 2023, have promised ...")
        lede = [m for m in resolved if m.end_char <= end and m.precision != "year"
                and (published is None or m.date <= published) and not _of_a_relative_clause(doc, m)]
        if lede:
            return lede[0], lede[0].precision
    if published is not None:
        return None, UNDATED_PRECISION
    return None, None


def _of_a_relative_clause(doc: Doc, m) -> bool:
    """The mention dates a relative clause on a noun ("the rulers, who seized power in July 2023")."""
    if m.precision not in ("month", "year"):
        return False  # ("The victims, who were shopping at a market on Friday evening, ...": its day)
    span = doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
    if span is None:
        return False
    head = _clause_head(span)
    return head is not None and head.dep_ == "relcl"


def _clause_head(span: Span):
    """The verb heading the clause of ``span`` (the span's own root if it is a verb)."""
    tok = span.root
    for _ in range(20):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.head is tok:
            return None
        tok = tok.head
    return None


class DateFinder:
    """spaCy component: ``doc._.dates = find_dates(doc, doc._.published)``."""

    def __init__(self, nlp: Language, name: str):
        self.name = name
        _matchers(nlp.vocab)  # build the matchers once, not on the first article

    def __call__(self, doc: Doc) -> Doc:
        doc._.dates = find_dates(doc, doc._.published)
        return doc


@Language.factory("conflict_dates")
def make_date_finder(nlp: Language, name: str) -> DateFinder:
    """The ``conflict_dates`` component: reads ``doc._.published``, writes ``doc._.dates``."""
    return DateFinder(nlp, name)
