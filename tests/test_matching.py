"""The anchored matcher finds exactly what spaCy's Matcher finds, on less of the Doc."""

from __future__ import annotations

import pytest
from spacy.matcher import Matcher

from extract.components.common import AnchoredMatcher, _anchor, _max_length, load_json
from extract.components.dates import RULES as DATE_RULES

TEXTS = [
    "Gunmen killed five villagers in Kaduna on Sunday night. Police said the attackers fled "
    "over the weekend, and a curfew was imposed late last week.",
    "The 35-year-old soldier, aged 35, had served for two years; fighting lasted three days "
    "and ended in the week of May 20 when the army retook the town.",
    "Protesters marched on Monday. Earlier this month, militants ambushed a convoy and set "
    "fire to two trucks, the spokesman told reporters on Tuesday morning.",
    "No date here at all, only words without any anchor.",
]

PATTERNS = [
    ("two_words", [{"LOWER": "set"}, {"LOWER": "fire"}]),
    ("optional", [{"LOWER": "late", "OP": "?"}, {"LOWER": {"IN": ["last", "this"]}},
                  {"LOWER": {"IN": ["week", "month"]}}]),
    ("unbounded", [{"LOWER": {"IN": ["early", "earlier"]}, "OP": "*"},
                   {"LOWER": "this"}, {"LOWER": "month"}]),
    ("no_anchor", [{"LIKE_NUM": True}, {"LOWER": {"REGEX": "^(days|years)$"}}]),
    ("lemma", [{"LEMMA": "kill"}, {"LIKE_NUM": True, "OP": "?"}]),
]


def plain_matches(rules, doc_or_span):
    m = Matcher(doc_or_span.vocab)
    for rid, pattern in rules:
        m.add(rid, [pattern])
    return set(m(doc_or_span))


def within_sentences(doc, matches):
    sent = {t.i: k for k, s in enumerate(doc.sents) for t in s}
    return {m for m in matches if sent[m[1]] == sent[m[2] - 1]}


def test_anchor_and_length_of_patterns():
    attr, hashes = _anchor(PATTERNS[1][1])
    assert len(hashes) == 2  # the most selective required word: "last"/"this", not "week"/"month"
    assert _anchor(PATTERNS[3][1]) is None  # LIKE_NUM and REGEX name no exact word
    assert [_max_length(p) for _, p in PATTERNS] == [2, 3, None, 2, 2]
    assert _max_length([{"LOWER": "a", "OP": "{1,3}"}, {"LOWER": "b"}]) == 4


# unbounded patterns that end or start with their anchor: checked only before (after) it
SIDED = [("ends_with_anchor", [{"LIKE_NUM": True}, {"IS_ALPHA": True, "OP": "*"},
                               {"LOWER": "trucks"}]),
         ("starts_with_anchor", [{"LOWER": "militants"}, {"IS_ALPHA": True, "OP": "*"},
                                 {"LOWER": {"IN": ["convoy", "fire"]}}]),
         ("plus_at_end", [{"IS_TITLE": True}, {"LOWER": {"IN": ["marched", "on"]}, "OP": "+"}])]


@pytest.mark.parametrize("rules", [PATTERNS, SIDED,
                                   [(r["id"], r["pattern"]) for r in DATE_RULES["date_patterns"]],
                                   [(r["id"], r["pattern"])
                                    for r in DATE_RULES["non_date_patterns"]],
                                   [(r["id"], r["pattern"])
                                    for r in load_json("event_triggers.jsonl")]])
def test_same_matches_as_spacy_matcher(nlp, rules):
    anchored = AnchoredMatcher(nlp.vocab, rules)
    assert len(anchored) == len(rules)
    total = 0
    for doc in nlp.pipe(TEXTS):
        expected = within_sentences(doc, plain_matches(rules, doc))
        got = anchored(doc)
        assert set(got) == expected
        assert got == sorted(got, key=lambda m: (m[1], m[2], anchored.order[m[0]]))
        span = doc[3:20]  # on a Span the offsets are the span's own, as with a Matcher
        assert set(anchored(span)) == plain_matches(rules, span)
        total += len(expected)
    assert total > 0


def test_windows_cover_only_the_anchors(nlp):
    doc = nlp("Militants set fire to the market. Nothing else happened in the town that day.")
    anchored = AnchoredMatcher(nlp.vocab, PATTERNS[:1])
    assert anchored.windows(doc) == [(0, 3)]  # "set" at 1, pattern width 2
    assert [(doc.vocab.strings[m], s, e) for m, s, e in anchored(doc)] == [("two_words", 1, 3)]


def test_anchor_words_that_are_spacy_symbols(nlp):
    # "number" and "cop" are spaCy symbols: a Doc's arrays hold their symbol ids, not hashes
    rules = [("COUNT", [{"LOWER": {"IN": ["number", "dozens"]}}, {"LOWER": "of"}]),
             ("COP", [{"LEMMA": "cop"}])]
    doc = nlp("A number of fighters and a cop were killed; dozens of others fled.")
    anchored = AnchoredMatcher(nlp.vocab, rules)
    got = anchored(doc)
    assert set(got) == plain_matches(rules, doc)
    assert [(doc.vocab.strings[m], doc[s:e].text) for m, s, e in got] == [
        ("COUNT", "number of"), ("COP", "cop"), ("COUNT", "dozens of")]


@pytest.mark.parametrize("how", ["LONGEST", "FIRST"])
def test_greedy_filters_like_spacy(nlp, how):
    rules = [("REL", [{"LIKE_NUM": True}, {"LOWER": {"IN": ["km", "miles"]}},
                      {"LOWER": {"IN": ["north", "south"]}, "OP": "?"},
                      {"LOWER": "of", "OP": "?"}]),
             ("REL", [{"LOWER": "near"}]),
             ("REL", [{"LOWER": "outskirts"}, {"LOWER": "of"}])]
    plain = Matcher(nlp.vocab)
    plain.add("REL", [p for _, p in rules], greedy=how)
    anchored = AnchoredMatcher(nlp.vocab, rules, greedy={"REL": how})
    doc = nlp("The camp lies 30 km north of Maiduguri, near the outskirts of Konduga, and "
              "12 miles south of Bama.")
    got = anchored(doc)
    assert got == plain(doc)  # the same matches, in spaCy's order
    assert [doc[s:e].text for _, s, e in got] == (
        ["30 km north of", "12 miles south of", "outskirts of", "near"] if how == "LONGEST"
        else ["30 km north of", "near", "outskirts of", "12 miles south of"])
