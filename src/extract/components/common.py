"""What the components share: Doc extensions, packaged rule files, and where a sentence sits."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span

# Set by the caller before the pipeline runs.
for _name, _default in (("published", None), ("article_id", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per Doc: spaCy rebuilds the string from its tokens at every
    access, which made per-sentence lookups quadratic in the article's length."""
    cached = doc.user_data.get("extract.text")
    if cached is None:  # a Doc's text never changes once it is made
        cached = doc.text
        doc.user_data["extract.text"] = cached
    return cached


@lru_cache(maxsize=None)
def load_json(name: str):
    """A packaged rule file from ``extract/data`` (``.json`` as one value, ``.jsonl`` as a list)."""
    text = resources.files("extract.data").joinpath(name).read_text(encoding="utf-8")
    if name.endswith(".jsonl"):
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    return json.loads(text)


def lede_end(doc: Doc, n_sentences: int = 3) -> int:
    """Character offset where the article's lede ends.

    The lede is the headline (a first line without closing punctuation) plus the first paragraph's
    first ``n_sentences`` sentences: where a wire story says what happened.
    """
    key = f"extract.lede_end.{n_sentences}"
    if key not in doc.user_data:  # asked for each trigger, date and place of an article
        doc.user_data[key] = _lede_end(doc, n_sentences)
    return doc.user_data[key]


def _lede_end(doc: Doc, n_sentences: int) -> int:
    sents = list(doc.sents)
    if not sents:
        return 0
    i = 0
    if _is_headline(sents[0]) and len(sents) > 1:
        i = 1
    first_para_end = doc.text.find("\n\n", sents[i].start_char)
    last = min(len(sents) - 1, i + n_sentences - 1)
    end = sents[last].end_char
    if first_para_end != -1:
        # stop at the first paragraph break after the first body sentence
        end = min(end, max(first_para_end, sents[i].end_char))
    return end


def _is_headline(sent: Span) -> bool:
    text = sent.text.strip()
    return bool(text) and text[-1] not in ".!?\"'”" and len(sent) <= 30


# "The conflict has killed more than 6,000 people since 2017": a running total, not an event.
_RUNNING_AGENTS = {"conflict", "violence", "insurgency", "war", "crisis", "unrest", "insecurity",
                   "fighting", "hostilities", "campaign", "rebellion", "jihadism", "banditry"}


def is_running_total(tok) -> bool:
    """True when ``tok`` (an event or casualty word) reports a cumulative, background figure.

    Its verb has a "since ..." modifier, or is in the perfect with a war, conflict or insurgency
    as its subject.
    """
    verb = tok
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.dep_ == "ROOT":
            break
        verb = verb.head
    perfect = any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" for c in verb.children)
    for node in {tok, verb}:
        for child in node.children:
            if child.dep_ == "prep" and child.lower_ == "since":
                return True
            # "the conflict has killed 6,000", not "a bloody conflict claimed 10 lives"
            if perfect and child.dep_ in ("nsubj", "nsubjpass") and \
                    child.lemma_.lower() in _RUNNING_AGENTS:
                return True
    return False


_DATELINE = re.compile(
    r"\s*[A-Z][A-Z.'\- ]{1,40}(?:,\s*[A-Z][A-Za-z.'\- ]{1,40})?\s*(?:\([^)]{1,40}\)\s*)?[—–-]{1,2}\s")


def dateline_end(text: str) -> int:
    """Where a wire story's dateline ("BAMAKO —", "KABUL, Afghanistan (AP) -") ends, else 0.

    The dateline names where the story was filed, not where its events happened.
    """
    for line_start in (0, text.find("\n\n") + 2 if "\n\n" in text[:300] else -1):
        if line_start < 0:
            continue
        m = _DATELINE.match(text, line_start)
        if m:
            return m.end()
    return 0


def is_earlier_event(tok) -> bool:
    """True when ``tok``'s verb is in the past perfect ("forces had killed dozens"): news uses it
    for what happened before the reported event, not for the event itself."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    return verb.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d") for c in verb.children)
