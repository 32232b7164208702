"""Toponyms: find the places an article names, resolve them, and pick the place of an event.

The small English model tags "Mali" and "Bamako" as PERSON and misses many villages, so spaCy's
GPE/LOC/FAC entities are combined with gazetteer phrase matching (capitalised word runs the
gazetteer knows) and context cues ("village of X", "X district", "X, Borno State"). Demonyms
("Malian army") give country context, not place mentions. Distance expressions ("200 kilometers
north of the capital, Bamako", "near Maiduguri") give relative places, computed with geopy.

Results on the Doc: ``doc._.places`` (list of :class:`Place`, by position), ``doc._.countries``
(ISO2 codes giving the article's country context, most frequent first) and
``doc._.country_places`` (ISO2 -> country-level :class:`Place`, used as the last fallback of
:func:`event_place`; the region of a group that operates in one region, "Boko Haram": Borno, when
the text resolves no place of its own there).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.attrs import IDX
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..gazetteer import open_gazetteer
from ..gazetteer.base import generic_first_word, name_key
from ..gazetteer.resolve import (COUNTRY_CODES, Mention, distance_km, geo_precision, priors,
                                 resolve_mentions)
from .common import AnchoredMatcher, doc_text, lede_end, load_json, token_strings

for _name, _default in (("places", None), ("countries", None), ("country_places", None),
                        ("region_seats", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


@dataclass
class Place:
    """A resolved (or at least recognised) place in the text.

    ``start_char``/``end_char``/``mention`` are the evidence in ``doc.text``. ``method`` says how the
    point was found: "gazetteer" (a named entry), "relative" (a distance and direction from one, or
    "near" one), "country" (the article's country as a fallback), "online" (an online geocoder),
    "seat" (a body that sits in a capital: "the National Assembly", see :func:`seat_places`).
    ``geo_precision`` follows ACLED: 1 the town or village, 2 near it or a part of a region,
    3 a region or larger. Unresolved mentions keep ``latitude``/``longitude`` None.
    """

    start_char: int
    end_char: int
    mention: str
    name: str | None
    geonameid: int | None
    latitude: float | None
    longitude: float | None
    country_code: str | None
    admin1: str | None
    feature_code: str | None
    method: str
    confidence: float
    geo_precision: int


_PLACE_LABELS = {"GPE", "LOC", "FAC"}
_NUMERIC_LABELS = {"DATE", "TIME", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL", "PERCENT"}
_NON_PLACE_LABELS = _NUMERIC_LABELS | {"LAW", "LANGUAGE", "WORK_OF_ART", "PRODUCT", "EVENT"}
# Labels the small model gives to village and town names it does not know ("Kuje" ORG, "Brass"
# PRODUCT): with a cue and a gazetteer entry in the article's country they are still places.
_MISTAKEN_LABELS = {"ORG", "PRODUCT", "NORP", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"}
# Labels of entities that are often named after a place they stand in ("Texas Rangers" ORG).
_NAMED_AFTER_LABELS = {"ORG", "NORP", "PRODUCT"}
# (a closing bracket may open it: "Bita (Bida), Borno State" puts the other spelling in Borno)
_CHAIN_SEP = re.compile(r"^\)?\s*,?\s*(?:(?:in|of)(?:\s+the)?\s*)?,?\s*$", re.IGNORECASE)
_COMMA = re.compile(r"^\s*,\s*$")
# What closes an enumeration before its last name: "..., Mali and Senegal", "..., or Togo".
_LIST_END = re.compile(r"^\s*,?\s*(?:and|or|&)\s+(?:the\s+)?$", re.IGNORECASE)
_APPROX = {"approximately", "about", "around", "some", "nearly", "roughly", "almost", "over",
           "just", "barely", "only", "more", "than", "less"}
# Population above which a name the gazetteer knows is taken as a place without other support.
_STRONG_POPULATION = 50000
# ... and the lower bar for a town in one of the article's countries ("a Gainesville man").
_CONTEXT_POPULATION = 10000
# a town this large (or a seat, or a region) that names a body places a text with no place
_BODY_TOWN_POPULATION = _STRONG_POPULATION
_REGION_POPULATION = 1000000
# The weight of the run-level country (``country`` option): one plain mention of a country.
_RUN_COUNTRY_WEIGHT = 1.0
# Prepositions that put something at a site: "a protest to Kano Government House"
# words between a cue and the name it marks: "in the town", "in nearby Bishi"
_BEFORE_NAME = {"the", "nearby", "neighbouring", "neighboring"}
_SITE_PREPS = {"in", "at", "to", "near", "outside", "into", "inside", "around"}
# verbs of moving on a place: "descended on Bama", "marched on Gwoza"
_ON_MOVES = {"descend", "march", "advance", "converge", "move", "close", "push", "swoop",
             "fall", "bear"}
# "near the border with Cameroon", "a border town with Niger": the country across the border is
# where the event is not
_ACROSS_BORDER = re.compile(r"\b(?:borders?|frontier)(?:\s+(?:town|village|area|region))?\s+"
                            r"with\s+(?:the\s+)?$", re.IGNORECASE)
_DATELINE_SEPARATORS = {",", "-", "--", "\u2014", "\u2013", "(", "\x97"}


class _Rules:
    """The packaged rule files compiled for one vocabulary."""

    def __init__(self, vocab):
        import spacy

        # The English tokenizer on the pipeline's own vocabulary, so patterns split as texts do.
        make_doc = spacy.blank("en", vocab=vocab).make_doc
        pat = load_json("toponym_patterns.json")
        dem = load_json("geo_demonyms.json")
        self.pre_cues = {name_key(k): v for k, v in pat["pre_cues"].items()}
        self.weak_pre = set(pat["weak_pre_cues"])
        self.verb_cues = set(pat.get("verb_cues", ()))
        self.body_words = set(pat.get("body_words", ()))
        self.qualifiers = set(pat.get("qualifiers", ()))
        self.part_prefixes = set(pat.get("part_prefixes", ()))
        self.about_nouns = set(pat.get("about_nouns", ()))
        # the last words of the cues after a name ("area" of "Local Government Area")
        self.cue_nouns = {k.split()[-1] for k in pat["post_cues"]}
        self.road_words = set(pat.get("road_words", ()))
        self.plural_cues = pat.get("plural_cues", {})
        self.post_cues = {name_key(k): v for k, v in pat["post_cues"].items()}
        self.district_cues = tuple(" " + k for k, v in self.post_cues.items() if v == "ADM2")
        self.connectors = set(pat["connectors"])
        self.person_verbs = set(pat["person_verbs"])
        self.office_cues = set(pat["office_cues"])
        self.institutions = set(pat.get("institution_nouns", ()))
        # "Giwa Barracks in Maiduguri": a site named after something else, placed by the "in"
        self.facility_matcher = PhraseMatcher(vocab, attr="LOWER")
        self.facility_matcher.add("FACILITY", [make_doc(w) for w in pat.get("facility_nouns", ())])
        self.facility_preps = set(pat.get("facility_place_preps", ()))
        self.stoplist = {name_key(w) for w in pat["stoplist"]}
        self.units = pat["units_km"]
        self.bearings = pat["bearings"]
        self.demonyms = {}
        self.weak_demonyms = {name_key(w) for w in dem.get("ambiguous", ())}
        for word, cc in dem["demonyms"].items():
            self.demonyms[name_key(word)] = cc
            self.demonyms[name_key(word + "s")] = cc
        # adjectives of regions that are no country ("European", "South Ossetian") -> the region
        self.region_demonyms = {}
        for word, region in dem.get("regions", {}).items():
            self.region_demonyms[name_key(word)] = region
            self.region_demonyms[name_key(word + "s")] = region
        # term -> (ISO2, weight): a bare code weighs 1, a [code, weight] pair what it says
        self.context_terms = {
            term: (v, 1.0) if isinstance(v, str) else (v[0], float(v[1]))
            for term, v in load_json("geo_context_terms.json")["terms"].items()}
        self.context_regions = load_json("geo_context_terms.json").get("regions", {})
        self.operating_regions = load_json("geo_context_terms.json").get("operating_regions", {})
        abbr = load_json("toponym_abbreviations.json")
        self.abbreviations = abbr["names"]
        self.abbreviation_kind = abbr["kind"]
        self.context_matcher = PhraseMatcher(vocab, attr="ORTH")
        self.context_matcher.add("CONTEXT", [make_doc(w) for w in self.context_terms])
        self.demonym_matcher = PhraseMatcher(vocab, attr="LOWER")
        self.demonym_matcher.add("DEMONYM", [make_doc(w) for w in self.demonyms])
        self.demonym_matcher.add("DEMONYM", [make_doc(w) for w in self.region_demonyms])
        self.pre_matcher = PhraseMatcher(vocab, attr="LOWER")
        self.pre_matcher.add("PRE", [make_doc(w) for w in pat["pre_cues"]])
        self.post_matcher = PhraseMatcher(vocab, attr="LOWER")
        self.post_matcher.add("POST", [make_doc(w) for w in pat["post_cues"]])
        self.noun_matcher = PhraseMatcher(vocab, attr="LOWER")
        self.noun_matcher.add("NOUN_CUE", [make_doc(w) for w in pat.get("noun_cues", ())])
        # words after a name that make it a person's place or a body's place ("a Gainesville
        # man", "Slidell PD"): RES, HOUSE and BODY, see the file's _doc_modifiers
        self.modifier_matcher = PhraseMatcher(vocab, attr="LOWER")
        for key, label in (("resident_nouns", "RES"), ("household_nouns", "HOUSE"),
                           ("place_bodies", "BODY")):
            self.modifier_matcher.add(label, [make_doc(w) for w in pat.get(key, ())])
        self.resident_openers = set(pat.get("resident_openers", ()))
        self.household_openers = set(pat.get("household_openers", ()))
        # "protest at the National Assembly": a body that sits in a capital
        self.seat_matcher = PhraseMatcher(vocab, attr="LOWER")
        for kind, words in pat.get("seat_institutions", {}).items():
            self.seat_matcher.add(kind.upper(), [make_doc(w) for w in words])
        self.seat_cues = set(pat.get("seat_cues", ()))
        self.seat_cue_nouns = set(pat.get("seat_cue_nouns", ()))
        self.seat_verbs = set(pat.get("seat_verbs", ()))
        self.seat_to_governors = set(pat.get("seat_to_governors", ()))
        self.seat_speech_governors = set(pat.get("seat_speech_governors", ()))
        self.person_titles = set(pat.get("person_titles", ()))
        self.relative = AnchoredMatcher(vocab, [("RELATIVE", p) for p in pat["relative"]],
                                        greedy={"RELATIVE": "LONGEST"})
        self.near = AnchoredMatcher(vocab, [("NEAR", p) for p in pat["near"]],
                                    greedy={"NEAR": "LONGEST"})


@lru_cache(maxsize=8)
def _rules_for(vocab) -> _Rules:
    return _Rules(vocab)


def _namey(tok) -> bool:
    """A token that can be part of a proper name: capitalised, made of letters."""
    return _namey_text(tok.text)


def _namey_text(t: str) -> bool:
    return bool(t) and t[0].isupper() and t.replace("'", "").replace("\u2019", "").replace(
        ".", "").replace("-", "").isalpha()


def _clean_span(span: Span, rules: _Rules) -> tuple[Span, str | None]:
    """Drop a leading "the" and a trailing possessive; split off a trailing cue word as the hint.
    A line break the model drew into the entity ("near Boni" closing a headline) is no part of
    the name."""
    doc = span.doc
    start, end = span.start, span.end
    while start < end and (doc[start].lower_ in ("the",) or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].text in ("'s", "\u2019s", "'", "\u2019", ".", ",")
                           or doc[end - 1].is_space):
        end -= 1
    hint = None
    for n in (3, 2, 1):
        if end - start > n:
            tail = name_key(doc[end - n:end].text)
            if tail in rules.post_cues:
                hint = rules.post_cues[tail]
                break
    return doc[start:end], hint


def _query_of(span: Span, rules: _Rules) -> str:
    """The name to look up: the span without a trailing generic word ("Borno State" -> "Borno")."""
    doc = span.doc
    for n in (3, 2, 1):
        if len(span) > n and name_key(doc[span.end - n:span.end].text) in rules.post_cues:
            return doc[span.start:span.end - n].text
    return span.text


def demonym_countries(doc: Doc) -> tuple[list[Span], Counter]:
    """Demonym spans ("Malian", "Nigerians", and region adjectives such as "European") and the
    country context they give (ISO2 -> weight; region adjectives give none)."""
    rules = _rules_for(doc.vocab)
    spans, counts = [], Counter()
    # the longest of overlapping matches: "South Sudanese", not also "Sudanese"; "Central
    # American", not "American"
    for span in filter_spans([doc[s:e] for _, s, e in rules.demonym_matcher(doc)]):
        if not span[0].text[:1].isupper():
            continue
        key = name_key(span.text)
        cc = rules.demonyms.get(key)
        if cc is None and key in rules.region_demonyms:
            spans.append(span)
        elif cc:
            spans.append(span)
            counts[cc] += 0.5 if key.rstrip("s") in rules.weak_demonyms or key in \
                rules.weak_demonyms else 1.0
    return spans, counts


def context_countries(doc: Doc) -> tuple[list[tuple[Span, str]], Counter]:
    """Words that tie the text to one country without naming a place ("Boko Haram", "LGA").

    Returns the matched spans with their ISO2 code and weight, and the context they give
    (ISO2 -> summed weight, as data/geo_context_terms.json sets it).
    """
    rules = _rules_for(doc.vocab)
    spans, counts = [], Counter()
    for _, s, e in rules.context_matcher(doc):
        cc, w = rules.context_terms[doc[s:e].text]
        spans.append((doc[s:e], cc, w))
        counts[cc] += w
    return spans, counts


def facility_sited(doc: Doc, rules: _Rules | None = None) -> set[int]:
    """Where a site's name would end when the text places the site elsewhere.

    "an attack on Giwa Barracks in Maiduguri", "a bomb at Dange roundabout in Kano": a name
    before a facility word (data/toponym_patterns.json ``facility_nouns``) that is followed by a
    place preposition (``facility_place_preps``) and a capitalised name is the site's own name,
    taken from something else (a namesake town far away, a person); the place the text gives is
    the name after the preposition.

    Args:
        doc: a parsed Doc.
        rules: the compiled rule files, or None for the Doc's vocabulary's.

    Returns, for each token index where such a facility word starts, the span of the name after
    the preposition: a candidate name that ends right at the facility word is no town mention,
    unless that name is a region (see :func:`toponym_mentions`).
    """
    rules = rules or _rules_for(doc.vocab)
    n = len(doc)
    out = {}
    for _, s, e in rules.facility_matcher(doc):
        if s == 0 or e + 1 >= n or doc[e].lower_ not in rules.facility_preps:
            continue
        k = e + 2 if doc[e + 1].lower_ == "the" and e + 2 < n else e + 1
        if _namey(doc[s - 1]) and _namey(doc[k]):
            end = k
            while end < n and _namey(doc[end]):
                end += 1
            out[s] = doc[k:end]
    return out


def toponym_mentions(doc: Doc, gazetteer, countries: Counter | None = None,
                     prior: str | None = None) -> list[Mention]:
    """The place mentions of a Doc, not yet resolved, in text order.

    Args:
        doc: a parsed Doc (entities and part-of-speech tags are used).
        gazetteer: a :class:`~extract.gazetteer.Gazetteer`, asked whether a name is known.
        countries: the article's country context so far (ISO2 -> weight, from demonyms and
            context words), or None. A name the model mislabels ("Kuje" as ORG) after a cue
            ("in Kuje") is taken when the gazetteer has it in one of these countries.
        prior: ISO2 code of the country the whole input is about (see :func:`analyse_places`),
            or None. It counts as one of the article's countries for such names, but the text
            still says no country of its own: a large town of another country it names after a
            cue stays a place.
    """
    rules = _rules_for(doc.vocab)
    demonym_spans, _ = demonym_countries(doc)
    demonym_tokens = {t.i for s in demonym_spans for t in s}
    # where the demonym that covers a token ends: "British Columbia" is a place, "British" alone not
    demonym_end = {t.i: s.end for s in demonym_spans for t in s}
    ctx = Counter(countries or ())

    def in_ctx(cc: str | None) -> bool:
        return cc in ctx or (prior is not None and cc == prior)

    def known(text: str):
        return gazetteer.lookup(rules.abbreviations.get(text, text), limit=5, fuzzy=False)

    def major(cands) -> bool:
        # a world region people live in ("Middle East", "EU") counts like a continent
        return any(c.feature_code in COUNTRY_CODES or c.feature_code in ("ADM1", "CONT", "PPLC")
                   or (c.feature_code == "RGN" and c.population >= _REGION_POPULATION)
                   for c in cands)

    def strong(cands) -> bool:
        return major(cands) or any(c.population >= _STRONG_POPULATION for c in cands)

    def national(cands) -> bool:
        # a country or a capital of size ("Douglas said": not the Isle of Man's small capital)
        return any(c.feature_code in COUNTRY_CODES or (
            c.feature_code == "PPLC" and c.population >= _STRONG_POPULATION) for c in cands)

    def in_context(cands) -> bool:
        return any(in_ctx(c.country_code) and c.feature_code not in COUNTRY_CODES for c in cands)

    def common_word(span: Span) -> bool:
        # "No", "But", "Most": words that open sentences and happen to name a village somewhere;
        # not "US" in capitals, a country's name however much it looks like the pronoun
        return len(span) == 1 and (span[0].is_stop or span[0].lower_ in rules.stoplist) and not (
            span.text.isupper() and len(span.text) > 1 and not caps_run(span[0]) and
            national(known(span.text)))

    def caps_run(tok) -> bool:
        # "HELP US STOP THE KILLINGS": a word of a line written in capitals is no acronym
        return any(0 <= j < n and doc[j].is_alpha and len(doc[j]) > 1 and doc[j].text.isupper()
                   for j in (tok.i - 1, tok.i + 1))

    ent_label = {}
    ent_of = {}
    for ent in doc.ents:
        for t in ent:
            ent_label[t.i] = ent.label_
            ent_of[t.i] = ent

    # Surnames of the people the text names ("Mark Farrin" makes a later "Farrin" a person).
    # (Not "SOS Children's Village Malakal", a PERSON that opens with a kind of place, nor
    # "Boko Haram attacks Michika", a PERSON the model drew across a verb.)
    person_words = {ent[-1].text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1
                    and all(_namey(t) or t.lower_ in rules.connectors or t.text == "."
                            for t in ent)
                    and name_key(ent[0].text) not in rules.post_cues}

    def person_like(span: Span) -> bool:
        """A lone word that names a person here: part of a person's name in this text, or the
        subject of a speech verb ("Nelson said")."""
        if len(span) != 1:
            return False
        nxt = doc[span.end] if span.end < n else None
        return span.text in person_words or (nxt is not None and nxt.lemma_ in rules.person_verbs)

    pre_cue_end = {}  # token index where a name may start -> hint
    for _, s, e in rules.pre_matcher(doc):
        pre_cue_end[e] = rules.pre_cues.get(name_key(doc[s:e].text))
    post_cue_start = {}  # token index right after a name -> hint
    post_cue_end = {}    # that index -> the end of the longest cue there
    post_cue_tokens = set()  # the tokens of those cues
    for _, s, e in rules.post_matcher(doc):
        # "Department of Agriculture": an office, not a region's name
        if s > 0 and not (e < len(doc) and doc[e].lower_ == "of" and
                          doc[s:e].text.lower() in rules.office_cues):
            post_cue_start[s] = rules.post_cues.get(name_key(doc[s:e].text))
            post_cue_end[s] = max(e, post_cue_end.get(s, e))
            post_cue_tokens.update(range(s, e))

    # Datelines: an upper-case run opening a line or sentence, then a comma, a dash or "(AP)".
    dateline_starts = set()
    texts = token_strings(doc)[0]
    for i, text in enumerate(texts):
        if not (len(text) > 1 and text.isupper() and text.isalpha()):
            continue  # most tokens: no Token object needed
        tok = doc[i]
        prev = doc[tok.i - 1] if tok.i else None
        if tok.text.isupper() and len(tok.text) > 1 and tok.is_alpha and (
                prev is None or tok.is_sent_start or prev.text in (".", "\u2022") or
                "\n" in doc_text(doc)[prev.idx:tok.idx]):
            j = tok.i
            while j < len(doc) and doc[j].text.isupper() and doc[j].is_alpha:
                j += 1
            if j < len(doc) and doc[j].text in _DATELINE_SEPARATORS:
                dateline_starts.add(tok.i)

    def _past_cue(end: int) -> int:
        """The token after the post-cue words that start at ``end``."""
        return post_cue_end.get(end, end)

    def weak_cue_before(i: int) -> bool:
        j = i - 1
        while j >= 0 and doc[j].lower_ in _BEFORE_NAME:
            j -= 1
        if j >= 1 and doc[j].lower_ == "on":
            # "an advance on Mafa", "descended on Bama"; not "reflected on Obi", "called on X"
            prev = doc[j - 1]
            return prev.pos_ in ("NOUN", "PROPN") or prev.lemma_.lower() in rules.verb_cues or \
                prev.lemma_.lower() in _ON_MOVES
        return j >= 0 and (doc[j].lower_ in rules.weak_pre or doc[j].text == ",")

    # "attacked Damboa", "an attack on Michika": the object of an assault is mostly a place
    noun_cue_end = {e for _, s, e in rules.noun_matcher(doc)}

    def verb_cue_before(i: int) -> bool:
        j = i - 1
        while j >= 0 and doc[j].lower_ in _BEFORE_NAME:
            j -= 1
        return j >= 0 and (j + 1 in noun_cue_end or (
            doc[j].lemma_.lower() in rules.verb_cues and doc[j].pos_ in ("VERB", "NOUN", "AUX")))

    def passive_target(span: Span) -> bool:
        """"Monguno ... is attacked", "Damasak had been liberated": the passive subject of an
        assault verb is the place assaulted."""
        root = span.root
        # ("Senator Bichi was attacked": a person)
        titled = span.start > 0 and doc[span.start - 1].lower_.rstrip(".") in rules.person_titles
        return root.dep_ == "nsubjpass" and root.head.lemma_.lower() in rules.verb_cues and \
            not titled

    def own_run(span: Span, ent) -> bool:
        """The span is a whole run of name words inside a longer entity the model drew across
        other words ("Boko Haram attacks Michika" as one PERSON): the run is no part of it."""
        return ent is not None and (span.start == ent.start or not _namey(doc[span.start - 1])) \
            and (span.end == ent.end or not _namey(doc[span.end]))

    def wrong_number(span: Span, label: str | None) -> bool:
        """A numeric label on an entity without a number ("Bori" CARDINAL, "Owerri" DATE; not
        the "EST" of "8 a.m. EST")."""
        ent = ent_of.get(span.start)
        return label in _NUMERIC_LABELS and ent is not None and not any(
            t.like_num or any(ch.isdigit() for ch in t.text) for t in ent)

    found: dict[tuple[int, int], dict] = {}
    taken: set[int] = set()
    n = len(doc)

    modifiers: dict[int, set] = {}   # token index -> kinds of modifier phrase starting there
    for mid, s, _ in rules.modifier_matcher(doc):
        modifiers.setdefault(s, set()).add(doc.vocab.strings[mid])

    def modified(span: Span, cands) -> bool:
        """The span names the place of a person or a body: "a Gainesville man", "the
        24-year-old Elkhart man", "Rochester man charged" (a headline), "a Buford home",
        "Gainesville Police", "Mayo County Council", "Northbrook-based"."""
        kinds = modifiers.get(span.end)
        if not kinds or not any(c.feature_class in ("P", "A") for c in cands):
            return False
        if "BODY" in kinds:
            return True
        prev = doc[span.start - 1] if span.start else None
        number = prev is not None and prev.like_num
        if "RES" in kinds and (number or (prev is not None and prev.lower_ in
                                          rules.resident_openers) or
                               (span[0].is_sent_start and (span.start in ent_label or
                                                           in_context(cands)))):
            return True   # "Mubi traders protest": a headline's opening name, known nearby
        return "HOUSE" in kinds and (number or (prev is not None and prev.lower_ in
                                                rules.household_openers))

    def institution_town(span: Span) -> bool:
        """The span names the town of a body inside one entity: "<University> of <span>" or
        "<span> <Polytechnic>"."""
        ent = ent_of.get(span.start)
        if ent is None:
            return False
        before = (span.start - 2 >= ent.start and doc[span.start - 1].lower_ == "of" and
                  doc[span.start - 2].lower_ in rules.institutions and span.end == ent.end)
        after = (span.end < ent.end and doc[span.end].lower_ in rules.institutions and
                 span.start == ent.start)
        return before or after

    # "Giwa Barracks in Maiduguri": the site is named after another place; but "Gamboru market
    # in Borno State" names the town and the region it lies in
    # ("Dange roundabout in Kano": Kano is a state too, but first the city of that name)
    def region_only(cands) -> bool:
        return any(c.feature_code in COUNTRY_CODES for c in cands) or (major(cands) and not any(
            c.feature_class == "P" and c.population >= _STRONG_POPULATION for c in cands))

    sited = {start for start, after in facility_sited(doc, rules).items()
             if not (post_cue_start.get(after.end) in ("ADM1", "ADM2") or
                     region_only(known(after.text)))}

    def add(span: Span, hint: str | None, support: float, fuzzy: bool):
        if not len(span) or any(t.i in taken for t in span) or span.end in sited:
            return
        if post_cue_start.get(span.end) is not None:
            span = doc[span.start:_past_cue(span.end)]   # "Qush Tepa district"
            if any(t.i in taken for t in span):
                return
        if name_key(span.text) in rules.stoplist:
            return
        found[(span.start, span.end)] = {"span": span, "hint": hint, "support": support,
                                         "fuzzy": fuzzy}
        taken.update(t.i for t in span)

    # 1. The model's place entities.
    for ent in doc.ents:
        if ent.label_ not in _PLACE_LABELS:
            continue
        span, hint = _clean_span(ent, rules)
        # "Katsina" of "Katsina-Ala": the model's entity stops at the hyphen of a longer name
        while len(span) and span.end + 1 < n and doc[span.end].text == "-" and \
                _namey(doc[span.end + 1]) and known(doc[span.start:span.end + 2].text):
            span = doc[span.start:span.end + 2]
        # "near Goz Beida": the model's entity leaves out the first word of a known name
        if len(span) and span.start > 0 and _namey(doc[span.start - 1]) and \
                doc[span.start - 1].ent_iob_ == "O" and not span[0].is_sent_start and \
                span.start - 1 not in demonym_tokens and \
                known(doc[span.start - 1:span.end].text):
            span = doc[span.start - 1:span.end]
        # "US" the model calls a place is no pronoun
        acronym = len(span) == 1 and span.text.isupper() and len(span.text) > 1
        led = len(span) and span.start in demonym_end and span.end > demonym_end[span.start] \
            and known(span.text)   # "Dominican Republic", "Indian Ocean"
        if not len(span) or (any(t.i in demonym_tokens for t in span) and not led) or (
                common_word(span) and not acronym):
            continue
        if ent.label_ == "FAC" and not known(_query_of(span, rules)):
            continue  # buildings and roads the gazetteer does not know are no toponyms here
        hint0 = hint or pre_cue_end.get(span.start) or post_cue_start.get(span.end)
        if hint0 is None and person_like(span):
            cands = known(_query_of(span, rules))
            # "Health authorities in Alberta said": a place the model calls one, a region or a
            # city, speaks through its officials; a surname of the text's people does not
            if not (national(cands) or (span.text not in person_words and strong(cands))):
                continue
        add(span, hint or pre_cue_end.get(span.start) or post_cue_start.get(span.end), 1.0, True)

    # Countries the model found set the context for the names it mislabels; so do the towns it
    # found that have one clear entry ("Blackpool": GB, so "moved to Dewsbury" (ORG) is English).
    for (s, e), info in found.items():
        cands = known(_query_of(info["span"], rules))
        country = next((c for c in cands if c.feature_code in COUNTRY_CODES), None)
        if country is not None:
            ctx[country.country_code] += 1
        elif cands:
            top = max(cands, key=lambda c: c.population)
            if top.feature_class == "P" and top.population >= _STRONG_POPULATION and all(
                    c.country_code == top.country_code or c.population * 10 < top.population
                    for c in cands):
                ctx[top.country_code] += 0.5

    lowers = token_strings(doc)[1]
    # 1b. "on the Jos-Bauchi road", "the Maiduguri-Damboa highway": a road between two towns
    # names both (though "Bauchi Road" alone is a street, no mention of the town)
    for i in range(3, n):
        if lowers[i] not in rules.road_words:
            continue
        k = i
        while k > 0 and i - k < 3 and _namey_text(texts[k - 1]):
            k -= 1
        if k == i or k < 2 or texts[k - 1] not in ("-", "\u2013"):
            continue
        b = k - 1
        while b > 0 and k - 1 - b < 3 and _namey_text(texts[b - 1]):
            b -= 1
        if b == k - 1:
            continue
        towns = (doc[b:k - 1], doc[k:i])
        # both names towns the index knows (not "the Champs-Elysees boulevard")
        if all((cands := known(span.text)) and (in_context(cands) or strong(cands))
               for span in towns):
            for span in towns:
                add(span, None, 0.8, False)

    # 2. Capitalised runs the gazetteer knows (the model often tags them PERSON or ORG or nothing).
    sent_starts = {s.start for s in doc.sents}
    full_text = doc_text(doc)
    starts = doc.to_array(IDX).tolist()
    fuzzy_at: set[int] = set()   # runs found only by a near-miss spelling
    i = 0
    while i < n:
        if i in taken or not _namey_text(texts[i]) or (i in demonym_tokens and
                                                        i not in demonym_end):
            i += 1
            continue
        match = None
        # a run that opens with a demonym must reach past it ("British Columbia")
        shortest = demonym_end.get(i, i) + 1 if i in demonym_tokens else i + 1
        for j in range(min(n, i + 6), shortest - 1, -1):
            # checked on the token strings: most runs fail here, before any Span is made
            if any(k in taken or "\n" in texts[k] for k in range(i, j)):
                continue
            if not _namey_text(texts[j - 1]) or any(
                    not _namey_text(texts[k]) and lowers[k] not in rules.connectors
                    for k in range(i, j)):
                continue
            if any(k in sent_starts for k in range(i + 1, j)):
                continue
            # the run's text read off the character offsets: no Span for the many that fail
            cands = known(full_text[starts[i]:starts[j - 1] + len(texts[j - 1])])
            # "Maraban Mubi", "Unguwar Galadima": a spot by or a part of a known place
            if not cands and j - i > 1 and generic_first_word(texts[i]) in rules.part_prefixes:
                cands = known(full_text[starts[i + 1]:starts[j - 1] + len(texts[j - 1])])
            if cands:
                match = (doc[i:j], cands)
                break
        if not match and i > 0 and lowers[i - 1] in ("in", "at") and (
                i + 1 >= n or not _namey_text(texts[i + 1])) and i not in sent_starts and \
                ent_label.get(i) not in _NUMERIC_LABELS and texts[i] not in person_words:
            # "protest ... in Calibar": a misspelt town of size in one of the text's countries
            # (the spelling-tolerant key, which only regions and towns of 20,000 carry)
            near = [c for c in gazetteer.lookup(texts[i], limit=5, fuzzy=True)
                    if in_ctx(c.country_code) and c.feature_code not in COUNTRY_CODES]
            if near and name_key(near[0].name) != name_key(texts[i]):
                match = (doc[i:i + 1], near)
                fuzzy_at.add(i)
        if not match:
            i += 1
            continue
        span, cands = match
        hint = pre_cue_end.get(span.start) or post_cue_start.get(span.end)
        label = ent_label.get(span.start)
        ent = ent_of.get(span.start)
        cue = hint is not None or span.start in pre_cue_end or weak_cue_before(span.start) or \
            span.end in post_cue_start   # "the Chicago area", "Logo villages"
        # "Webb", "Bell", "Douglas": a county's population is no evidence for a bare name that
        # is only its alias ("Webb County"): a surname or a firm's name, more often
        own = [c for c in cands if not (c.feature_code == "ADM2" and
                                        name_key(c.name) != name_key(span.text))]
        if any(lowers[k] in rules.plural_cues for k in range(span.end, min(n, span.end + 4))):
            own = cands   # "Douglas and Wyandotte counties"
        # "attacked Damboa", "an attack on Michika", "battle in Damboa": with a known entry in
        # one of the article's countries, a place whatever label the model gave
        assault = (verb_cue_before(span.start) or (cue and not span[0].is_sent_start) or
                   passive_target(span)) and in_context(cands) and own_run(span, ent)
        dateline = span.start in dateline_starts
        # "Badam (Abadam)", "Angwan Dauda (Ungwan Daudu) village": another spelling of the name
        # before it, in brackets
        # ("Lahou village (Askira/Uba)": the name before a cue word; not "He (Steele) was
        # compiling")
        before = span.start - 3 if span.start >= 3 and \
            doc[span.start - 2].lower_ in rules.cue_nouns else span.start - 2
        alias = before >= 0 and doc[span.start - 1].text == "(" and span.end < n and \
            doc[span.end].text == ")" and _namey(doc[before]) and doc[before].pos_ == "PROPN"
        misnumbered = wrong_number(span, label)
        ok = False
        road = span.end < n and doc[span.end].lower_ in rules.road_words
        if (label in _NUMERIC_LABELS and not misnumbered) or common_word(span) or road:
            ok = False
        elif dateline:
            ok = True   # "ORLANDO, Fla. (AP) —": the place the story was filed from, any label
        elif alias and label not in _NUMERIC_LABELS and in_context(cands):
            ok = True
        elif modified(span, cands) and not (person_like(span) and not national(cands)):
            ok = True   # "a Gainesville man", "Slidell PD": whatever label the model gave
        elif hint is None and person_like(span) and not national(cands):
            ok = False
        elif label == "PERSON":
            # A lone place name the model took for a person ("Mali", "Bamako"), not a part of a
            # person's name ("George Washington").
            # "enter Maiduguri" (PERSON): a town of size in the article's country.
            ok = assault or (ent is not None and ent.start == span.start and ent.end == span.end
                             and (major(cands) or (cue and not span[0].is_sent_start) or (
                                 in_context(cands) and
                                 strong([c for c in cands if in_ctx(c.country_code)]))))
        elif (label in _MISTAKEN_LABELS or misnumbered) and institution_town(span):
            # "University of Ibadan", "Eruwa Polytechnic": the town the body is named after
            ok = in_context(cands) or strong(own)
        elif label in _MISTAKEN_LABELS or misnumbered:
            # "in Kuje" (ORG), "at Brass" (PRODUCT), "at Bori" (CARDINAL): a whole entity after
            # a cue, known in the article's country. Parts of longer names ("University of
            # Ibadan") stay out.
            # (a war, a law or a title is named after a place: "Gulf War" is no mention of it)
            ok = assault or (major(cands) and (label in _NAMED_AFTER_LABELS or own_run(span, ent))) or (
                cue and not span[0].is_sent_start and ent is not None and
                ent.start == span.start and ent.end <= _past_cue(span.end) and
                (in_context(cands) or (not ctx and strong(own))))
        elif span[0].is_sent_start:
            ok = major(cands)
        else:
            ok = major(cands) or cue or assault or (strong(own) and span[0].pos_ == "PROPN") or (
                span[0].pos_ == "PROPN" and any(in_ctx(c.country_code) and c.population >=
                                                _CONTEXT_POPULATION for c in cands))
        if ok and name_key(span.text) not in rules.stoplist:
            add(span, hint, 0.85 if label is None else 0.8, span.start in fuzzy_at)
        i = span.end if ok else i + 1

    # 3. Unknown names that a strong cue marks as places ("the village of Mourdiah",
    #    "Oyaba village", "Yala Local Government Area").
    for start, hint in pre_cue_end.items():
        if hint is None:
            continue
        j = start
        while j < n and (_namey(doc[j]) or (doc[j].lower_ in rules.connectors and j > start
                                           and j + 1 < n and _namey(doc[j + 1]))):
            j += 1
        if j > start and ent_label.get(start) not in _NUMERIC_LABELS:
            # "the village of X" is a place whatever label the model gave X
            add(doc[start:j], hint, 0.7, True)
    for end, hint in post_cue_start.items():
        if hint is None:
            continue
        j = end
        # "Russian state TV", "a Georgian town": a demonym is no name of a region or town;
        # "Warawa LGA Kano State": nor is another cue word, which closes a known name before it
        # (not "Marathon County Assistant District Attorney")
        while j > 0 and _namey(doc[j - 1]) and not doc[j - 1].is_sent_start and \
                j - 1 not in demonym_tokens and j - 1 not in post_cue_tokens:
            j -= 1
        if j > 0 and j - 1 in demonym_tokens:
            continue
        if j > 0 and j - 1 in post_cue_tokens and _namey(doc[j - 1]) and \
                not known(doc[j:end].text):
            continue
        if j < end and ent_label.get(j) not in _NUMERIC_LABELS and \
                name_key(doc[j:end].text) not in rules.stoplist:
            # keep the cue word in the mention ("Yala Local Government Area")
            add(doc[j:_past_cue(end)], hint, 0.7, True)

    mentions = []
    for (s, e), info in sorted(found.items()):
        span = info["span"]
        query = _query_of(span, rules)
        hint = info["hint"]
        if len(span) > 1 and span.text not in rules.abbreviations and not known(query):
            span, query, hint = _known_part(span, query, hint, rules, known)
        if span.text in rules.abbreviations:
            # "Ill." is Illinois
            query, hint = rules.abbreviations[span.text], rules.abbreviation_kind
        elif query != span.text and known(span.text):
            query = span.text  # "Benin City" is a city, not "Benin" the country
        mentions.append(Mention(start_char=span.start_char, end_char=span.end_char, text=span.text,
                                query=query, hint=hint,
                                support=info["support"], fuzzy=info["fuzzy"]))
    _link_chains(mentions, doc_text(doc), lambda q: _country_name(known(q)))
    _plural_cue_lists(doc, mentions, rules.plural_cues)
    return mentions


def _plural_cue_lists(doc: Doc, mentions: list[Mention], plural_cues: dict[str, str]) -> None:
    """Give every name of an enumeration closed by a plural generic word ("Becker, Clay, Douglas
    and Wilkin counties") the kind that word announces, as "Wilkin County" would have it.

    Args:
        doc: the Doc the mentions are in.
        mentions: its mentions (their ``hint`` is set in place where it is None).
        plural_cues: plural generic word (lower case) -> kind ("ADM2"), from
            data/toponym_patterns.json ``plural_cues``.
    """
    if not plural_cues or not mentions:
        return
    # on the lower-cased token strings: no Token object for the many words that are no cue
    for i, low in enumerate(token_strings(doc)[1]):
        kind = plural_cues.get(low)
        if kind is None:
            continue
        tok = doc[i]
        # back over the enumeration: names, commas and "and"/"or"
        j = tok.i - 1
        while j >= 0 and (_namey(doc[j]) or doc[j].text == "," or
                          (doc[j].lower_ in ("and", "or", "&") and j < tok.i - 1)):
            j -= 1
        lo, hi = doc[j + 1].idx, tok.idx
        for m in mentions:
            if lo <= m.start_char and m.end_char <= hi and m.hint is None:
                m.hint = kind


def _country_name(cands) -> bool:
    """Whether a name's entries make it a country's name only ("Chad", not "Georgia")."""
    return any(c.feature_code in COUNTRY_CODES for c in cands) and \
        not any(c.feature_code == "ADM1" for c in cands)


def _link_chains(mentions: list[Mention], text: str, is_country) -> None:
    """Fill each mention's ``containers`` from the comma chain that follows it.

    "Khan Aqa, Qush Tepa district, Jawzjan, Afghanistan" is a chain of containment: each name
    lies in the ones after it. An enumeration is not: "Burkina Faso, Cameroon, Chad and Mali",
    "Iraq, Libya and Syria" name places side by side, and reading them as containment would
    throw out every entry that does not lie in the next name. A run of three or more names
    closed by "and"/"or", or a country followed by a country, is an enumeration. A line break
    ends a chain: a headline's last word ("... ambush near Boni") does not lie in the dateline
    below it ("BAMAKO, Mali").

    Args:
        mentions: the article's mentions in text order (changed in place).
        text: the Doc's text.
        is_country: tells whether a query is a country's name only.
    """
    groups: list[list[Mention]] = []
    for m in mentions:
        sep = text[groups[-1][-1].end_char:m.start_char] if groups else ""
        if groups and "\n" not in sep and _CHAIN_SEP.match(sep):
            groups[-1].append(m)
        else:
            groups.append([m])
    for k, group in enumerate(groups):
        if len(group) < 2:
            continue
        nxt = groups[k + 1][0] if k + 1 < len(groups) else None
        closed = nxt is not None and _LIST_END.match(text[group[-1].end_char:nxt.start_char])
        commas = all(_COMMA.match(text[a.end_char:b.start_char]) for a, b in zip(group, group[1:]))
        if commas and closed and (len(group) >= 3 or all(is_country(m.query) for m in group)):
            continue
        for i, m in enumerate(group):
            for later in group[i + 1:]:
                if is_country(m.query) and is_country(later.query):
                    break   # a country lies in no other country: "Iraq, Syria" is a list
                m.containers.append(later.query)


def _known_part(span: Span, query: str, hint: str | None, rules: _Rules, known
                ) -> tuple[Span, str, str | None]:
    """The place inside a name the gazetteer lacks: a body named after a place ("Richmond
    Police Department" -> "Richmond", "Las Vegas City Marshal" -> "Las Vegas"), a place with
    a qualifier ("North Texas" -> Texas) or a spot by a town ("Maraban Mubi" -> Mubi).
    Returns (span, query, hint), unchanged when none of these.
    """
    doc = span.doc
    for k in range(len(span) - 1, 0, -1):
        head = doc[span.start:span.start + k]
        if doc[head.end].lower_ in rules.body_words and _namey(head[-1]) and \
                name_key(head.text) not in rules.stoplist and known(head.text):
            return head, head.text, None
    # (not before another spelling in brackets, which the index may know whole: "Angwan Dauda
    # (Ungwan Daudu) village")
    part = generic_first_word(span[0].text) in rules.part_prefixes and not (
        span.end < len(doc) and doc[span.end].text == "(")
    if span[0].lower_ in rules.qualifiers or part:
        rest = doc[span.start + 1:span.end]
        q = _query_of(rest, rules)
        if known(q):
            # a junction or a gate is by a town, not a region ("Maraban Kano": Kano city)
            return span, q, hint or ("P" if part else None)
    return span, query, hint


def _place_from(m: Mention) -> Place:
    c = m.best
    if c is None:
        return Place(m.start_char, m.end_char, m.text, None, None, None, None, None, None, None,
                     "gazetteer", round(0.3 * m.support, 3), 1 if m.hint == "P" else 2)
    return Place(m.start_char, m.end_char, m.text, c.name, c.geonameid if c.geonameid > 0 else None,
                 c.latitude, c.longitude, c.country_code, c.admin1, c.feature_code,
                 "online" if c.source == "online" else "gazetteer",
                 m.confidence, geo_precision(c))


def _number(tok) -> float | None:
    text = tok.text.replace(",", "")
    try:
        return float(text)
    except ValueError:
        pass
    try:
        from text_to_num import text2num

        return float(text2num(tok.lower_, "en"))
    except (ValueError, ImportError):
        return None


def relative_places(doc: Doc, places: list[Place]) -> list[Place]:
    """Places given by distance and direction from, or nearness to, a resolved place.

    Args:
        doc: the Doc.
        places: its resolved gazetteer places.

    Returns new :class:`Place` objects with method "relative" and geo_precision 2. With a bearing
    ("200 kilometers north of Bamako") the point is computed with geopy's geodesic ``destination``;
    without one ("30 km from Maiduguri", "near Kano") it is the anchor's point.
    """
    from geopy.distance import distance as geo_distance

    rules = _rules_for(doc.vocab)
    anchors = [p for p in places if p.latitude is not None and p.method == "gazetteer"]
    out = []

    def anchor_after(end_tok: int, max_tokens: int) -> Place | None:
        """The first place after the cue, when resolved: not one past a name the gazetteer
        lacks ("near Boni" is no nearness to a town after it), nor past a line break ("...
        ambush near Boni" closing a headline, then "BAMAKO, Mali")."""
        if end_tok >= len(doc):
            return None
        lo = doc[end_tok].idx
        hi = doc[min(len(doc) - 1, end_tok + max_tokens)].idx + 1
        brk = doc_text(doc).find("\n", lo, hi)
        hi = hi if brk == -1 else brk
        first = next((p for p in places if lo <= p.start_char < hi), None)
        return first if first is not None and first in anchors else None

    def unresolved_before(start_char: int) -> Place | None:
        for p in places:
            if p.latitude is None and p.end_char <= start_char and \
                    re.fullmatch(r"[\s,(]*", doc_text(doc)[p.end_char:start_char]):
                return p
        return None

    for _, s, e in rules.relative(doc):
        span = doc[s:e]
        km = _number(span[0])
        unit = next((rules.units[t.lower_] for t in span[1:] if t.lower_ in rules.units), None)
        anchor = anchor_after(e, 6)
        if km is None or unit is None or anchor is None or anchor.geo_precision == 3:
            continue
        words = "".join(t.lower_ for t in span if t.is_alpha and t.lower_ not in rules.units)
        bearing = next((b for w, b in sorted(rules.bearings.items(), key=lambda kv: -len(kv[0]))
                        if w in words), None)
        km *= unit
        if bearing is not None:
            point = geo_distance(kilometers=km).destination((anchor.latitude, anchor.longitude),
                                                             bearing)
            lat, lon = point.latitude, point.longitude
        else:
            lat, lon = anchor.latitude, anchor.longitude
        start = s
        while start > 0 and doc[start - 1].lower_ in _APPROX:
            start -= 1
        start_char, end_char = doc[start].idx, anchor.end_char
        named = unresolved_before(start_char)
        direction = next((w for w, b in rules.bearings.items() if b == bearing), None)
        label = f"{km:g} km {direction + ' ' if direction else ''}of {anchor.name}"
        out.append(Place(start_char, end_char, doc_text(doc)[start_char:end_char],
                         named.mention if named else label, None, round(lat, 5), round(lon, 5),
                         anchor.country_code, anchor.admin1 if km < 50 else None, None,
                         "relative", round(anchor.confidence * 0.9, 3), 2))
    for _, s, e in rules.near(doc):
        anchor = anchor_after(e, 4)
        if anchor is None or anchor.geo_precision == 3:
            continue
        if any(r.start_char <= anchor.start_char < r.end_char for r in out):
            continue
        start_char, end_char = doc[s].idx, anchor.end_char
        out.append(Place(start_char, end_char, doc_text(doc)[start_char:end_char],
                         f"near {anchor.name}", None, anchor.latitude, anchor.longitude,
                         anchor.country_code, anchor.admin1, None, "relative",
                         round(anchor.confidence * 0.9, 3), 2))
    return out


def seat_places(doc: Doc, places: list[Place], countries: list[str], gazetteer,
                prior: str | None = None) -> list[Place]:
    """Institutions that sit in a capital, as places of that capital (method "seat").

    "Protesters gather at the National Assembly", "youths stormed Nigeria's Presidential Villa":
    a national body (data/toponym_patterns.json ``seat_institutions``) after a word that puts
    something at a building (``seat_cues``, ``seat_verbs``) is in the capital of the country it
    belongs to (a country named right before it, else the text's first country, the input's
    prior last); a region's body ("the Wisconsin Supreme Court", "the state parliament") is not.
    "a protest at the Delta State Government House": a regional body is in the capital of the
    region named right before it (or of the one region the text names, for "the State House of
    Assembly"), where the index marks one. Not when "in" or "of" and a name follow ("near the
    Supreme Court in Jos"): the text says where.

    Args:
        doc: a parsed Doc.
        places: its resolved places (gazetteer and relative ones).
        countries: its countries, most weighty first (see :func:`analyse_places`).
        gazetteer: a :class:`~extract.gazetteer.Gazetteer` (one without ``capital`` and ``seat``
            gives none).
        prior: the input's country (see :func:`analyse_places`), or None.

    Returns new places with geo_precision 1, at the capital's or seat's point.
    """
    if not (hasattr(gazetteer, "capital") and hasattr(gazetteer, "seat")):
        return []
    rules = _rules_for(doc.vocab)
    spans = filter_spans([Span(doc, s, e, label=mid) for mid, s, e in rules.seat_matcher(doc)])
    if not spans:
        return []
    regions = {(p.country_code, p.admin1 or p.name) for p in places
               if p.feature_code == "ADM1" and p.country_code and p.method == "gazetteer"}
    out = []
    n = len(doc)
    for span in spans:
        # "near the Supreme Court in Jos", "the secretariat of the PDP" (not "in large numbers")
        if span.end + 1 < n and doc[span.end].lower_ in ("in", "of") and (
                _namey(doc[span.end + 1]) or doc[span.end + 1].lower_ == "the"):
            continue
        # back over "the", "'s", "State" and the name of the body's country or region
        j, owner, state_word = span.start - 1, None, span[0].lower_ == "state"
        while j >= 0:
            tok = doc[j]
            here = next((p for p in places if p.start_char <= tok.idx < p.end_char
                         and p.latitude is not None), None)
            if here is not None and owner is None:
                owner = here
            elif here is None and tok.lower_ in ("the", "'s", "\u2019s", "state"):
                state_word = state_word or tok.lower_ == "state"
            elif here is None:
                break
            j -= 1
        if j < 0:
            continue
        cue = doc[j]
        governor = cue.head.lemma_.lower()
        if not (cue.lower_ in rules.seat_cues or cue.lemma_.lower() in rules.seat_verbs or (
                cue.lower_ == "of" and j > 0 and doc[j - 1].lower_ in rules.seat_cue_nouns)):
            continue
        if cue.lower_ == "to" and governor not in rules.seat_to_governors:
            continue   # "sent the bill to the National Assembly"
        if cue.pos_ == "ADP" and governor in rules.seat_speech_governors:
            continue   # "speaking at the National Assembly, the minister said ..."
        if span.label_ == "NATIONAL":
            if state_word or (owner is not None and owner.feature_code not in COUNTRY_CODES):
                continue   # "the state parliament", "the Wisconsin Supreme Court"
            order = [cc for cc in countries if cc != prior] + [cc for cc in countries
                                                               if cc == prior]
            cc = owner.country_code if owner is not None else (order[0] if order else None)
            town = gazetteer.capital(cc) if cc else None
        else:
            if owner is not None and owner.feature_code == "ADM1" and owner.country_code:
                region = (owner.country_code, owner.admin1 or owner.name)
            elif owner is None and state_word and len(regions) == 1:
                region = next(iter(regions))
            else:
                continue
            town = gazetteer.seat(*region)
            if town is not None and town.feature_code not in ("PPLA", "PPLC"):
                continue   # a region's largest town is no seat of its government
        if town is None:
            continue
        out.append(Place(span.start_char, span.end_char, span.text, town.name,
                         town.geonameid if town.geonameid > 0 else None, town.latitude,
                         town.longitude, town.country_code, town.admin1, town.feature_code,
                         "seat", 0.7, 1))
    return out


def analyse_places(doc: Doc, gazetteer, demonym_places: bool = True, country: str | None = None
                   ) -> tuple[list[Place], list[str], dict[str, Place]]:
    """Places, country context and country-level fallback places of a Doc.

    Args:
        doc: a parsed Doc.
        gazetteer: a :class:`~extract.gazetteer.Gazetteer`.
        demonym_places: also list country adjectives ("Turkish border", "Georgian forces") as
            places of their country (method "country"), as geoparsing corpora annotate them.
            They never become an event's place.
        country: ISO2 code of the country the whole input is known to be about (a one-country
            dump), or None. It counts as one weak mention of that country: names the text
            ties to no country are read there first (and a small foreign namesake gives way),
            while countries the text names still outweigh it. It is also the last fallback
            of :func:`event_place` when the text names no place at all.

    Returns ``(places, countries, country_places)``: see the module docstring.
    """
    demonym_spans, context = demonym_countries(doc)
    rules = _rules_for(doc.vocab)
    # "Boko Haram", "LGA": a hint of the country, weaker than a demonym
    context_spans, context_terms = context_countries(doc)
    context.update(context_terms)
    where = Counter(context_terms)
    # "Boko Haram" ties the text to Borno, Yobe and Adamawa: their villages before same-named
    # ones elsewhere
    implied = {r for span, _, _ in context_spans for r in rules.operating_regions.get(span.text, ())}
    mentions = resolve_mentions(toponym_mentions(doc, gazetteer, context, prior=country),
                                gazetteer, context, focus_countries=where, prior=country,
                                prior_weight=_RUN_COUNTRY_WEIGHT, implied_regions=implied)
    _keep_in_named_regions(doc, mentions)
    # A lone word only the model calls a place, which no gazetteer entry answers to and no cue
    # backs ("Farrin", "Saakashvili"), is more often a person or a firm than a place.
    mentions = [m for m in mentions if m.best is not None or m.hint is not None]

    places = [_place_from(m) for m in mentions]
    places += relative_places(doc, places)
    places.sort(key=lambda p: (p.start_char, -p.end_char))

    # Country context: countries named and context words count 1 (context words as their data
    # says), demonyms 0.75, other resolved places' countries 0.5.
    weight: Counter = Counter()
    first_pos: dict[str, int] = {}
    evidence: dict[str, tuple[int, int, str]] = {}
    for span in demonym_spans:
        # "Chadian troops", "Chinese workers": often who takes part, not where
        cc = _rules_for(doc.vocab).demonyms.get(name_key(span.text))
        if cc is None:
            continue   # a region's adjective ("European") names no country
        weight[cc] += 0.75
        first_pos.setdefault(cc, span.start_char)
        evidence.setdefault(cc, (span.start_char, span.end_char, span.text))
    for span, cc, w in context_spans:
        weight[cc] += w
        first_pos.setdefault(cc, span.start_char)
        evidence.setdefault(cc, (span.start_char, span.end_char, span.text))
    for p in places:
        if p.country_code is None or p.method != "gazetteer":
            continue
        if p.feature_code in COUNTRY_CODES:
            weight[p.country_code] += 1.0
            if p.country_code not in evidence or evidence[p.country_code][0] > p.start_char:
                evidence[p.country_code] = (p.start_char, p.end_char, p.mention)
        else:
            weight[p.country_code] += 0.5
            evidence.setdefault(p.country_code, (p.start_char, p.end_char, p.mention))
        first_pos[p.country_code] = min(first_pos.get(p.country_code, p.start_char), p.start_char)
    # Countries the text places something in (a named place, a context word) come before those
    # only its people's adjectives give ("Chadian forces killed 207 Boko Haram fighters", "an
    # American contractor was killed in Kabul": who took part, not where).
    placed = {cc for _, cc, _ in context_spans} | {
        p.country_code for p in places if p.method == "gazetteer" and p.country_code}
    countries = sorted(weight, key=lambda cc: (cc not in placed, -weight[cc],
                                               first_pos.get(cc, 0)))
    if country and country not in weight:
        # the run's country: after every country the text itself places something in, but
        # before those only adjectives give ("a Nigerien national")
        weight[country] = _RUN_COUNTRY_WEIGHT / 4
        k = next((i for i, cc in enumerate(countries) if cc not in placed), len(countries))
        countries.insert(k, country)
        evidence[country] = (0, 0, "")
    # A group that operates in one region ("Boko Haram": Borno) narrows the fallback to that
    # region when the text resolves no place of its own in the country.
    region_of: dict[str, tuple[str, Span]] = {}
    for span, cc, _ in context_spans:
        region = rules.context_regions.get(span.text)
        if region and cc not in region_of and not any(
                p.country_code == cc and p.latitude is not None and p.method == "gazetteer"
                and p.feature_code not in COUNTRY_CODES for p in places):
            region_of[cc] = (region, span)
    named_in = {} if any(p.latitude is not None and p.method == "gazetteer" and
                         p.feature_code not in COUNTRY_CODES for p in places) else \
        _towns_naming_bodies(doc, gazetteer, countries, rules)
    seats = seat_places(doc, places, countries, gazetteer, country)
    if seats:
        places = sorted(places + seats, key=lambda p: (p.start_char, -p.end_char))
    country_places = {}
    for cc in countries:
        entry = gazetteer.country(cc) if hasattr(gazetteer, "country") else None
        if entry is None:
            continue
        s, e, text = evidence[cc]
        total = sum(weight.values())
        precision = 3
        body_town = named_in.get(cc)
        if body_town is not None and cc in region_of and \
                name_key(body_town[0].admin1 or "") != name_key(region_of[cc][0]):
            body_town = None   # a town outside the region the text's group operates in
        if body_town is not None:
            # "protest the Port Harcourt Electricity Distribution Company": near the town
            entry, (s, e, text) = body_town
            precision = 2
        elif cc in region_of:
            region, span = region_of[cc]
            found = [c for c in gazetteer.lookup(region, country=cc, limit=5)
                     if c.feature_code == "ADM1"]
            if found:
                entry = found[0]
                s, e, text = span.start_char, span.end_char, span.text
        country_places[cc] = Place(s, e, text, entry.name,
                                   entry.geonameid if entry.geonameid > 0 else None,
                                   entry.latitude, entry.longitude, cc,
                                   entry.name if entry.feature_code == "ADM1" else None,
                                   entry.feature_code, "country",
                                   round(min(0.95, weight[cc] / total), 3), precision)
    if demonym_places:
        taken = [(p.start_char, p.end_char) for p in places]
        for span in demonym_spans:
            cc = rules.demonyms.get(name_key(span.text))
            if cc is None:
                entry = _region_entry(gazetteer, rules.region_demonyms[name_key(span.text)])
                cc = entry.country_code if entry is not None else None
            else:
                entry = gazetteer.country(cc) if hasattr(gazetteer, "country") else None
            if entry is None or any(a < span.end_char and span.start_char < b for a, b in taken):
                continue
            places.append(Place(span.start_char, span.end_char, span.text, entry.name,
                                entry.geonameid if entry.geonameid > 0 else None,
                                entry.latitude, entry.longitude, cc, None,
                                entry.feature_code, "country", 0.6, 3))
        places.sort(key=lambda p: (p.start_char, -p.end_char))
    return places, countries, country_places


def _keep_in_named_regions(doc: Doc, mentions: list[Mention]) -> None:
    """A village must lie in the regions its sentence names: "clash between Dan Zara and Anguwan
    Rimi communities in Bogoro Local Government Area", "Mararaban Giza area of Nasarawa State".

    In a sentence that names first-level regions (or districts, with their cue: "X LGA") of a
    country, a town of that country resolved outside all of them (outside the region; farther
    than ``container_near_km`` from the district's point) takes the first of its other entries
    that lies inside; with none, it is a village the index lacks and stays unresolved, so the
    region or district places the event. Capitals of countries and first-level regions
    (``PPLC``, ``PPLA``) and towns of 10,000 or more are known well enough to be left alone
    ("protesters marched in Asaba against a monarch for Uwheru, Ughelli North LGA").
    """
    near_km = priors()["container_near_km"]
    resolved = [m for m in mentions if m.best is not None]
    text = doc_text(doc)

    def after_in(m: Mention) -> bool:
        return text[max(0, m.start_char - 3):m.start_char].lower() == "in "

    if len(resolved) < 2 or not any(
            m.best.feature_code in ("ADM1", "ADM2") or after_in(m) for m in resolved):
        return   # most texts: no region or anchor named, nothing to check
    district_cues = _rules_for(doc.vocab).district_cues

    def district(m: Mention) -> bool:
        # "Bogoro LGA": the hint, or the cue inside the mention ("Bogoro Local Government Area")
        return m.best.feature_code == "ADM2" and (
            m.hint == "ADM2" or name_key(m.text).endswith(district_cues))

    def origin(m: Mention) -> bool:
        # "herdsmen from Plateau State attacked X": where people come from, not where X lies
        return text[max(0, m.start_char - 5):m.start_char].lower().endswith("from ")

    def anchor(m: Mention) -> bool:
        # "the villages of Lwa, Dum and Rachit in Riyom": a town or district after "in" that
        # closes the sentence's villages
        return m.best.feature_class in ("P", "A") and m.best.feature_code not in COUNTRY_CODES \
            and after_in(m)

    for sent in doc.sents:
        inside = [m for m in resolved if sent.start_char <= m.start_char < sent.end_char]
        regions = [m.best for m in inside if (m.best.feature_code == "ADM1" or district(m))
                   and not origin(m)]
        anchors = [m for m in inside if anchor(m) and m.best not in regions]
        if not regions and not anchors:
            continue

        def within(c, regions) -> bool:
            return any(r.country_code == c.country_code and (
                name_key(c.admin1 or "") == name_key(r.name) if r.feature_code == "ADM1"
                else distance_km(c.latitude, c.longitude, r.latitude, r.longitude) <= near_km)
                for r in regions)

        for m in inside:
            c = m.best
            if c.feature_class != "P" or c.population >= _CONTEXT_POPULATION or \
                    c.feature_code in ("PPLA", "PPLC"):
                continue
            # the regions the sentence names, and the anchors after the village that govern it
            # (not a village people come from: "gunmen who fled from Dum were arrested in Lagos")
            held = regions + [a.best for a in anchors if a.start_char > m.start_char and
                              not origin(m) and _governs_in(doc, a, m)]
            if within(c, held) or not any(r.country_code == c.country_code for r in held):
                continue
            m.best = next((o for o in m.candidates if o.feature_class == "P" and
                           o.country_code == c.country_code and within(o, held)), None)
            if m.best is None:
                m.confidence = 0.0


def _towns_naming_bodies(doc: Doc, gazetteer, countries: list[str], rules: _Rules
                         ) -> dict[str, tuple]:
    """Towns and districts that only give their names to bodies the text mentions.

    A text that resolves no place of its own may still name a body after the town it is in
    ("NLC members protest the Port Harcourt Electricity Distribution Company", "aggrieved Port
    Harcourt church members", "the lawmaker representing Etche Constituency"). Per country of
    the text: the first capitalised run, outside the names of people, that qualifies the noun
    after it (not "Ibadan said", not "Bauchi Road") and that the gazetteer knows in that country
    as a seat of government (PPLA, PPLC), a first- or second-level region or a town of 50,000
    people or more. Small places are left out: a college named after a person ("Adeniran
    Ogunsanya College") or a party ("the Labour Party") is no evidence of where.

    Returns ISO2 -> (the gazetteer entry, (start_char, end_char, text) of its name).
    """
    out: dict[str, tuple] = {}
    wanted = set(countries)
    if not wanted:
        return out
    persons = {t.i for ent in doc.ents if ent.label_ == "PERSON" for t in ent}
    texts = token_strings(doc)[0]
    n = len(doc)
    i = 0
    while i < n and len(out) < len(wanted):
        if not _namey_text(texts[i]) or i in persons:
            i += 1
            continue
        for j in range(min(n, i + 4), i, -1):
            if any(not _namey_text(texts[k]) or k in persons for k in range(i, j)):
                continue
            span = doc[i:j]
            if name_key(span.text) in rules.stoplist or name_key(span.text) in rules.demonyms:
                continue
            # a name of a body: the run qualifies the noun after it ("Port Harcourt Electricity
            # Distribution Company", "Port Harcourt church members"); not a speaker ("Ibadan
            # said"), a road ("Bauchi Road") or the end of a person's name
            after = doc[j] if j < n else None
            if after is None or after.pos_ not in ("NOUN", "PROPN") or \
                    after.lower_ in rules.road_words:
                continue
            entry = next((c for c in gazetteer.lookup(span.text, limit=10, fuzzy=False)
                          if c.country_code in wanted and c.country_code not in out and (
                              c.feature_code in ("PPLA", "PPLC", "ADM1", "ADM2") or
                              c.population >= _BODY_TOWN_POPULATION)
                          and name_key(c.name) == name_key(span.text)), None)
            if entry is not None:
                out[entry.country_code] = (entry, (span.start_char, span.end_char, span.text))
                i = j - 1
                break
        i += 1
    return out


def _qualified_noun(doc: Doc, start_char: int, end_char: int):
    """The noun a place's name only qualifies ("Chibok" of "the Chibok girls", "Obubra" of
    "Obubra local government areas"), or None when the name stands on its own."""
    sp = doc.char_span(start_char, end_char, alignment_mode="expand")
    if sp is None or not len(sp):
        return None
    root = sp.root
    noun = root.head
    if root.dep_ in ("compound", "amod", "nmod") and noun.pos_ in ("NOUN", "PROPN") and \
            not (sp.start <= noun.i < sp.end):
        return noun
    return None


def _governs_in(doc: Doc, anchor: Mention, m: Mention) -> bool:
    """Whether the "in" before ``anchor`` places ``m``: ``m`` lies in the phrase the "in" hangs
    on ("attack the villages of Lwa and Dum in Riyom"; not "found in O'Leary and confirmed at
    the college in Charlottetown"), and does not only qualify a noun ("the Chibok girls")."""
    a = doc.char_span(anchor.start_char, anchor.end_char, alignment_mode="expand")
    x = doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
    if a is None or x is None or not len(a) or not len(x) or a.start == 0:
        return False
    noun = _qualified_noun(doc, m.start_char, m.end_char)
    if noun is not None and noun.lemma_.lower() not in _rules_for(doc.vocab).cue_nouns:
        return False   # "the release of the Chibok girls in Enugu": whom the noun is about
    head = doc[a.start - 1].head
    return head.left_edge.i <= x.start and x.end - 1 <= head.right_edge.i


def _region_entry(gazetteer, name: str):
    """The gazetteer's entry for a region a demonym names (a continent, a world region or a
    first-level region: "Europe", "South Ossetia"), or None."""
    return next((c for c in gazetteer.lookup(name, limit=5, fuzzy=False)
                 if c.feature_code in ("CONT", "RGN", "ADM1") and name_key(c.name) == name_key(name)),
                None)


def region_seats(places: list[Place], country_places: dict[str, Place], gazetteer
                 ) -> dict[tuple[str, str], tuple[float, float]]:
    """Where an event known only by its region or district is placed: its main town.

    ACLED codes such an event (geo-precision 3) at the provincial capital, not at the region's
    middle: the town the index marks as the region's capital, else its most populous town (see
    ``Gazetteer.seat``). An event known by its district ("Gassol LGA", geo-precision 2) it codes
    at the district's headquarters, which mostly bears the district's name: the town of that
    name in the region, within ``district_seat_km`` of the district's point (see
    :func:`_district_seat`).

    Args:
        places: the Doc's places.
        country_places: the Doc's country-level fallbacks (a group's home region among them).
        gazetteer: a :class:`~extract.gazetteer.Gazetteer` (one without ``seat`` gives none).

    Returns (ISO2, region name) -> (lat, lon) for the regions among the places, and
    (ISO2, region name, district name) -> (lat, lon) for the districts.
    """
    seats = {}
    for p in [*places, *country_places.values()]:
        if not p.country_code or p.latitude is None or p.feature_code not in ("ADM1", "ADM2"):
            continue
        key = _seat_key(p)
        if key in seats:
            continue
        if p.feature_code == "ADM2":
            town = _district_seat(gazetteer, p)
        else:
            town = gazetteer.seat(*key) if hasattr(gazetteer, "seat") else None
        if town is not None:
            seats[key] = (town.latitude, town.longitude)
    return seats


def _seat_key(p: Place) -> tuple:
    if p.feature_code == "ADM2":
        return (p.country_code, p.admin1, p.name)
    return (p.country_code, p.admin1 or p.name)


def _district_seat(gazetteer, p: Place):
    """The town a district is named after, in its region and near its point, or None: the
    largest such, a capital first ("Gassol" of Gassol LGA, 34 km from the LGA's point). A town
    of known population may lie farther (``district_town_km``): a large district's point can sit
    far from its headquarters (Maru, 116 km)."""
    cfg = priors()
    towns = [c for c in gazetteer.lookup(p.name, country=p.country_code, limit=30, fuzzy=False)
             if c.feature_class == "P" and c.feature_code != "PPLL" and c.admin1 == p.admin1
             and name_key(c.name) == name_key(p.name)
             and distance_km(c.latitude, c.longitude, p.latitude, p.longitude) <= (
                 cfg["district_town_km"] if c.population > 0 else cfg["district_seat_km"])]
    return max(towns, key=lambda c: (c.feature_code in ("PPLA", "PPLA2", "PPLC"), c.population),
               default=None)


def _at_seat(doc: Doc, p: Place | None) -> Place | None:
    """An event place that is a whole region or district, moved to its main town (see
    :func:`region_seats`); any other place unchanged."""
    if p is None or p.feature_code not in ("ADM1", "ADM2") or not p.country_code:
        return p
    seat = (doc._.region_seats or {}).get(_seat_key(p))
    if seat is None:
        return p
    return replace(p, latitude=seat[0], longitude=seat[1])


def find_places(doc: Doc, gazetteer) -> list[Place]:
    """The resolved toponyms of a Doc, sorted by ``start_char``.

    Args:
        doc: a Doc parsed by a spaCy pipeline with a tagger, parser and NER.
        gazetteer: a :class:`~extract.gazetteer.Gazetteer` (or anything with its ``lookup``).

    Returns gazetteer places (unresolved mentions keep a None point) and relative places.
    """
    return analyse_places(doc, gazetteer)[0]


def _inside_relative(p: Place, places: list[Place]) -> bool:
    return p.method != "relative" and any(
        r.method == "relative" and r.start_char <= p.start_char and p.end_char <= r.end_char
        for r in places)


def event_place(doc: Doc, places: list[Place], trigger_start_char: int,
                trigger_end_char: int) -> Place | None:
    """The most specific place that governs an event trigger.

    Args:
        doc: the Doc the places and trigger belong to.
        places: its places (``doc._.places``).
        trigger_start_char, trigger_end_char: the trigger's characters in ``doc.text``.

    Looks in the trigger's clause (the dependency subtree of the trigger's head), then its
    sentence, then the lede; within a scope the lowest geo_precision wins, then the place nearest
    the trigger, a place that only qualifies a noun ("marched for the release of the Chibok girls
    in Enugu") after the others; a body's seat ("at the National Assembly") counts only when the
    scope names no other place than such qualifiers.
    A whole first-level region gives way to a town of it in the sentence; a country across a
    border ("near the border with Cameroon") is no event place, nor is a place that only says
    who the people the text is about are ("protest for the release of the Chibok girls").
    Anchors of a relative place ("Bamako" in "200 km north of Bamako") give way to it. Falls
    back to the article's dominant country (``doc._.country_places``), else None. A whole
    first-level region or district is given at its main town (see :func:`region_seats`).
    """
    text = doc_text(doc)
    across = [p for p in places if p.feature_code in COUNTRY_CODES and
              _ACROSS_BORDER.search(text, max(0, p.start_char - 40), p.start_char)]
    about_nouns = _rules_for(doc.vocab).about_nouns

    def about(p: Place) -> bool:
        """The place only says who the people a text is about are ("the release of the Chibok
        girls"): no event's place."""
        noun = _qualified_noun(doc, p.start_char, p.end_char)
        return noun is not None and noun.lemma_.lower() in about_nouns

    usable = [p for p in places if p.latitude is not None and p.method != "country"
              and not _inside_relative(p, places) and p not in across and not about(p)]
    span = doc.char_span(trigger_start_char, trigger_end_char, alignment_mode="expand")
    scopes = []
    sentence = None
    if span is not None and len(span):
        head = span.root.head
        scopes.append((head.left_edge.idx, head.right_edge.idx + len(head.right_edge)))
        sentence = (span.sent.start_char, span.sent.end_char)
        scopes.append(sentence)
    scopes.append((0, lede_end(doc) if len(doc) else 0))
    mid = (trigger_start_char + trigger_end_char) / 2

    def modifier(p: Place) -> bool:
        """The place names whom or what a noun is about ("the Chibok girls", "the Yobe
        killings", "the Nasarawa State House of Assembly's plot"), not where something happened
        ("a protest to Kano Government House")."""
        noun = _qualified_noun(doc, p.start_char, p.end_char)
        return noun is not None and not (noun.dep_ == "pobj" and noun.head.lower_ in _SITE_PREPS)

    def origin(p: Place) -> bool:
        """Where people come from ("Police forces from Abuja arrest ..."), not where it happens."""
        return text[max(0, p.start_char - 5):p.start_char].lower() == "from "

    def nearest(cands: list[Place]) -> Place:
        # a body's seat ("at the National Assembly") only when the scope names no other place
        # but those that qualify a noun ("the Chibok girls", "the Edo State government")
        others = [p for p in cands if p.method != "seat"]
        seats = [p for p in cands if p.method == "seat"]
        pool = seats if seats and all(modifier(p) for p in others) else (others or cands)
        return min(pool, key=lambda p: (origin(p), p.geo_precision, modifier(p),
                                        abs((p.start_char + p.end_char) / 2 - mid)))

    for k, (lo, hi) in enumerate(scopes):
        inside = [p for p in usable if lo <= p.start_char and p.end_char <= hi]
        if inside:
            best = nearest(inside)
            if best.feature_code == "ADM1" and sentence is not None:
                # "converged at Bori ... to protest against the Rivers State Commissioner": a
                # town of that region the sentence names is the finer place
                for lo2, hi2 in [sc for sc in scopes[k + 1:] if sc == sentence]:
                    finer = [p for p in usable if lo2 <= p.start_char and p.end_char <= hi2 and
                             p.geo_precision < best.geo_precision and
                             p.country_code == best.country_code and p.admin1 == best.admin1]
                    if finer:
                        return _at_seat(doc, nearest(finer))
            return _at_seat(doc, best)
    country_places = doc._.country_places or {}
    countries = doc._.countries or list(country_places)
    # a country named only across a border is the last fallback
    beyond = {p.country_code for p in across} - {p.country_code for p in usable}
    for cc in sorted(countries, key=lambda cc: cc in beyond):
        if cc in country_places:
            return _at_seat(doc, country_places[cc])
    return None


class ConflictToponyms:
    """spaCy component: sets ``doc._.places``, ``doc._.countries`` and ``doc._.country_places``.

    Args:
        nlp: the pipeline (its vocabulary compiles the rule files).
        name: the component's name.
        gazetteer: path of a gazetteer index, or None for the default offline index. It is opened
            once, here, not per document.
        demonym_places: list country adjectives ("Turkish border") among the places (see
            :func:`analyse_places`).
        country: ISO2 code of the country every input article is about (``--country``), or
            None: a weak prior and the last fallback (see :func:`analyse_places`).
    """

    def __init__(self, nlp: Language, name: str, gazetteer: str | None = None,
                 demonym_places: bool = True, country: str | None = None):
        self.name = name
        self.gazetteer = open_gazetteer(gazetteer)
        self.demonym_places = demonym_places
        self.country = country.upper() if country else None
        _rules_for(nlp.vocab)

    def __call__(self, doc: Doc) -> Doc:
        places, countries, country_places = analyse_places(doc, self.gazetteer,
                                                           self.demonym_places, self.country)
        doc._.places = places
        doc._.countries = countries
        doc._.country_places = country_places
        doc._.region_seats = region_seats(places, country_places, self.gazetteer)
        return doc


@Language.factory("conflict_toponyms",
                  default_config={"gazetteer": None, "demonym_places": True, "country": None})
def make_conflict_toponyms(nlp: Language, name: str, gazetteer: str | None,
                           demonym_places: bool, country: str | None) -> ConflictToponyms:
    """Factory of :class:`ConflictToponyms` (``nlp.add_pipe("conflict_toponyms")``)."""
    return ConflictToponyms(nlp, name, gazetteer, demonym_places, country)
