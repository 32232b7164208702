"""Sentence starts at line breaks, after a dateline and between clauses split by a semicolon,
set before the parser runs.

Headlines, bylines and summary bullets carry no closing punctuation; without this the parser glues a
headline to the first sentence of the body, and a bullet to the next bullet. A wire dateline
("BAMAKO —") parsed with its sentence becomes that sentence's subject.

Two more repairs around the model live here: norms for words the model reads as another word
(:func:`set_norms`, before it), and a number word the tagger took for a name (:func:`repair_counts`,
after the parser).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .common import dateline_end, doc_text


_CLAUSE_ENDS = {";", ".", "!", "?"}
# names that start a clause's time, not a list item: "; on Monday, militants attacked"
_CALENDAR = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
             "january", "february", "march", "april", "may", "june", "july", "august",
             "september", "october", "november", "december"}


def _has_verb(tokens) -> bool:
    return any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in tokens)


def _clauses_around(doc: Doc, i: int) -> bool:
    """A semicolon between two clauses, each with a verb of its own ("One soldier, 12 civilians
    killed; two soldiers, one policeman wounded"): two sentences, which the parser otherwise
    hangs on one verb. Not one between the items of a list ("Ramor Theatre, Virginia; Cavan Town
    Hall"). Needs the tagger's tags (none: no split)."""
    start = i
    while start > 0 and doc[start - 1].text not in _CLAUSE_ENDS and "\n" not in doc[start - 1].text:
        start -= 1
    end = i + 1
    while end < len(doc) and doc[end].text not in _CLAUSE_ENDS and "\n" not in doc[end].text:
        end += 1
    j = i + 1
    while j < end and doc[j].lower_ in ("and", "or", "in", "at", "on"):
        j += 1
    k = j
    while k < end and doc[k].tag_ in ("NNP", "NNPS") and doc[k].lower_ not in _CALENDAR:
        k += 1
    if k > j and k < end and doc[k].text == ",":
        return False  # "Kauru, where 4 were killed; in Kajuru, where 3 died": a list of places
    return _has_verb(doc[start:i]) and _has_verb(doc[i + 1:end])


def _headline_gap(doc: Doc) -> int | None:
    """A headline joined to its story by a run of spaces instead of a line break, as dumps that
    flatten title and body write it ("Five bandits killed in Zamfara  Troops on Sunday killed ..."):
    the index of that space token. Only for a first run of at most 20 words with no closing
    punctuation, before a capital."""
    for token in doc[:22]:
        if "\n" in token.text or token.text in _CLAUSE_ENDS:
            return None
        if token.is_space and token.i > 2 and token.i + 1 < len(doc) and doc[token.i + 1].text[:1].isupper():
            return token.i
    return None


@Language.component("conflict_linebreaks")
def mark_line_breaks(doc: Doc) -> Doc:
    """Mark each token that follows a line break, a dateline, a headline's run of spaces or a
    semicolon between clauses as a sentence start; leave the rest to the parser."""
    gap = _headline_gap(doc)
    if gap is not None:
        doc[gap + 1].is_sent_start = True
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
        elif token.text == ";" and _clauses_around(doc, token.i):
            doc[token.i + 1].is_sent_start = True
    for token in doc[:-1]:
        # a count that opens a sentence keeps its words ("Fifteen Tanzanian peacekeepers and five
        # soldiers were killed", which the parser otherwise cuts after "Fifteen")
        before = doc[token.i - 1] if token.i else None
        if token.like_num and (before is None or before.text in _CLAUSE_ENDS - {";"}
                               or "\n" in before.text) and doc[token.i + 1].is_alpha \
                and doc[token.i + 1].is_sent_start is None:
            doc[token.i + 1].is_sent_start = False
    end = dateline_end(doc_text(doc))
    if end:
        after = next((t for t in doc if t.idx >= end and not t.is_space), None)
        if after is not None and after.i > 0:
            after.is_sent_start = True
            # (and its next words go with it: "IMPHAL, March 10 - Seven people were killed", not
            # "Seven" alone)
            for t in doc[after.i + 1: after.i + 3]:
                if not t.is_space and not t.is_punct and t.is_sent_start is None:
                    t.is_sent_start = False
    return doc


# Words the tagger and parser read as another word, and the word whose vectors they should get
# (the model's embeddings hash each token's NORM): "7 IS Sahel militants", "9 IS militants and 5
# soldiers were killed" parse "IS" as the verb "is" and lose the list's items.
_NORMS = {"IS": "isis"}
# the words around "IS" that tell the group, not the verb: "9 IS militants", "JNIM and IS",
# "IS fighters", "IS claimed" (not "DEATH TOLL IS 12", "The toll IS six")
_GROUP_BEFORE = {"and", "or", "the", "of", "by", "against", "with", "from", "to", "for", "between",
                 "suspected", "alleged", "pro", "anti", "former", "rival", "and/or"}
_GROUP_AFTER = {"militants", "militant", "fighters", "fighter", "members", "member", "jihadists",
                "gunmen", "cell", "cells", "group", "affiliate", "affiliates", "province", "sahel",
                "khorasan", "insurgents", "commander", "commanders", "leader", "leaders", "claimed",
                "said", "says", "claims", "attacked", "killed", "executed", "seized", "launched",
                "'s", "’s", "-"}


@Language.component("conflict_norms")
def set_norms(doc: Doc) -> Doc:
    """Give the words of :data:`_NORMS` their norm before the model reads the Doc, where the
    words around tell the group ("7 IS Sahel militants", "JNIM and IS"; not a copula, "DEATH
    TOLL IS 12")."""
    for token in doc:
        norm = _NORMS.get(token.text)
        if norm is None:
            continue
        before = doc[token.i - 1] if token.i > 0 else None
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if after is not None and after.like_num:
            continue
        if (before is not None and (before.like_num or before.lower_ in _GROUP_BEFORE)) or (
                after is not None and after.lower_ in _GROUP_AFTER):
            token.norm_ = norm
    return doc


# the dependencies a number word the tagger took for a name ends on, when it counts the noun after it
_NAME_DEPS = {"nmod", "compound", "amod", "nummod"}


@Language.component("conflict_counts")
def repair_counts(doc: Doc) -> Doc:
    """A capitalised number word the tagger read as a name, counting the plural noun it hangs on
    ("\\nThirteen other people were wounded": "Thirteen" an NNP on "people", seen after a line
    break): tag it a number and make it the noun's count, as the parser would have had it been a
    number. Only a word of numbers (not "One Direction") whose noun is plural and at most two words on.

    Also a number between a verb and "and" that the parser counted the noun of a later verb with
    ("killing 7 civilians, injuring 3 and burning houses"), a participle opening an inverted list
    read as a name ("Wounded were a teacher and two pupils"), a number joined to the object before it
    that is the subject of the next verb ("We lost 17 men and 14 were injured"), and a reported
    clause hung on the time word before it ("said the following day that one of the injured had
    died")."""
    for token in doc:
        if token.tag_ != "NNP" or not token.is_alpha or not token.like_num or token.dep_ not in _NAME_DEPS:
            continue
        head = token.head
        if head.tag_ != "NNS" or not token.i < head.i <= token.i + 3 or any(
                t.tag_ in ("NNP", "NNPS") or t.like_num for t in doc[token.i + 1: head.i]):
            continue
        token.tag_, token.pos_, token.dep_ = "CD", "NUM", "nummod"
    for token in doc[:-1]:
        # "Wounded were a teacher and two pupils", the participle opening the sentence read as a
        # name or an adjective: a participle, as in "Killed were ..."
        if token.is_sent_start and token.lower_ in _OPENING_PARTICIPLES and token.tag_ != "VBN" \
                and doc[token.i + 1].lower_ in ("were", "was", "are", "is"):
            token.tag_ = "VBN"
    for token in doc[1:-1]:
        # "killing 7 civilians, injuring 3 and burning houses": the parser counts the houses with
        # the 3; a number right after a verb and right before "and" or a comma, whose noun comes
        # after another verb, is the first verb's object, and the noun the second verb's
        verb, after, noun = doc[token.i - 1], doc[token.i + 1], token.head
        # (tags only: the attribute ruler sets the coarse parts of speech after this)
        if token.tag_ != "CD" or token.dep_ != "nummod" or noun.i <= token.i + 1 \
                or verb.tag_ not in ("VBG", "VBD", "VBN") or not (after.tag_ == "CC" or after.text == ","):
            continue
        second = [t for t in doc[token.i + 2: noun.i] if t.tag_.startswith("VB") and t.dep_ == "conj"
                  and t.head.i == token.i]
        if len(second) != 1:
            continue  # (not "wounding 3, 4 or 5 people": the count of the noun after)
        second[0].head = verb
        for c in list(token.children):
            if c.dep_ in ("cc", "punct") and c.i < second[0].i:
                c.head = verb
        if noun.head.i == verb.i:
            noun.head = second[0]
        token.head, token.dep_ = verb, "dobj"
    for token in doc[:-2]:
        # "We lost 17 men and 14 were injured": the parser joins the 14 to the men, though it is
        # the subject of the verb its auxiliary opens (a verb with no subject of its own)
        aux = doc[token.i + 1]
        verb = aux.head
        if token.tag_ != "CD" or token.dep_ != "conj" or aux.dep_ not in ("aux", "auxpass") \
                or verb.i <= aux.i or verb.dep_ != "conj" or not verb.tag_.startswith("VB") \
                or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children) \
                or any(c.dep_ == "conj" for c in token.children) or token.head.i >= token.i:
            continue
        for c in list(token.head.children):
            if c.dep_ == "cc" and c.i < token.i:
                c.head = verb.head
        token.head, token.dep_ = verb, "nsubjpass" if aux.dep_ == "auxpass" else "nsubj"
    for token in doc[1:-2]:
        # (also parsed with the first number the subject of that verb and the verb the object
        # clause of the first: "lost 17 of our men and 14 were injured")
        first, aux = token.head, doc[token.i + 1]
        verb, before = aux.head, doc[first.i - 1] if first.i > 0 else first
        if token.tag_ != "CD" or token.dep_ != "conj" or first.tag_ != "CD" or first.i >= token.i \
                or aux.dep_ not in ("aux", "auxpass") or verb.i <= aux.i or first.head != verb \
                or first.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ not in ("ccomp", "conj") \
                or verb.head != before or not before.tag_.startswith("VB") \
                or any(c.dep_ == "dobj" for c in before.children):
            continue
        first.head, first.dep_ = before, "dobj"
        for c in list(first.children):
            if c.dep_ == "cc" and c.i < token.i:
                c.head = before
        token.head, token.dep_ = verb, "nsubjpass" if aux.dep_ == "auxpass" else "nsubj"
        verb.dep_ = "conj"
    for token in doc:
        # "Officials said the following day that one of the injured had died": the parser hangs
        # the reported clause, opened by the conjunction "that", on the time word as a relative
        # clause; it is what the verb reported
        when = token.head
        if token.dep_ == "relcl" and when.dep_ == "npadvmod" and when.i < token.i \
                and when.lower_ in _TIME_WORDS and when.head.tag_.startswith("VB") and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in token.children):
            token.head, token.dep_ = when.head, "ccomp"
    return doc


# the participles that open an inverted list of the hurt: "Killed were ...", "Wounded were ..."
_OPENING_PARTICIPLES = {"killed", "wounded", "injured", "hurt"}


# the time words a reported clause may follow ("said on Monday that", "said the following day that")
_TIME_WORDS = {"day", "morning", "afternoon", "evening", "night", "week", "month", "year", "weekend",
               "today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
               "sunday", "later", "earlier"}
