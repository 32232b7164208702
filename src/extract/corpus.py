"""What a whole input is about: the one country of a one-country dump.

Event dumps are often cut by country (an ACLED export of Nigeria, a newspaper's national desk).
Their short notes name villages and wards but seldom the country, and many village names have
namesakes abroad. When nearly every article of the input that names a country names the same
one, that country is a fair prior for the articles that name none. :func:`infer_country` reads it
off the first articles of the input, cheaply (a tokenizer and the gazetteer, no model), so that
the same input always gets the same prior, however it is split among workers or resumed.

Evidence of an article, each weighted (the strongest country is the article's vote):

* a country's name ("Nigeria", "DRC"), 1; not a name a large foreign town shares ("Benin");
* a first-level region named with its generic word ("Borno State", "Helmand province"), 1,
  when all the regions of that name lie in one country;
* a demonym ("Nigerian troops"), 0.75 (0.5 for demonyms of several countries);
* a word tied to one country ("Boko Haram", "LGA"), as ``data/geo_context_terms.json`` weighs it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from .gazetteer.base import name_key
from .gazetteer.resolve import _WEAK_COUNTRY_NAMES, COUNTRY_CODES

# How many articles are read, how many of them must vote, and the share the leading country
# needs among the votes.
SAMPLE_SIZE = 200
MIN_VOTES = 10
MIN_SHARE = 0.95
# The least evidence that makes an article vote: one demonym.
_MIN_EVIDENCE = 0.75
_LONGEST_NAME = 4   # tokens of the longest country or region name looked up


@dataclass(frozen=True)
class CountryPrior:
    """The country an input is about, and how sure: ``votes`` of ``voters`` articles that name
    a country name this one, out of ``sampled`` articles read."""

    code: str | None
    votes: int
    voters: int
    sampled: int

    def as_dict(self) -> dict:
        return {"code": self.code, "votes": self.votes, "voters": self.voters,
                "sampled": self.sampled}


def country_evidence(text: str, gazetteer, make_doc=None) -> Counter:
    """The countries a text names or implies, ISO2 -> weight (see the module docstring).

    Args:
        text: the article's text.
        gazetteer: a :class:`~extract.gazetteer.Gazetteer`.
        make_doc: a spaCy tokenizer (``nlp.make_doc``); a blank English one when None.
    """
    from .components.toponyms import (_namey_text, _rules_for, context_countries,
                                      demonym_countries)

    doc = (make_doc or _blank_tokenizer())(text)
    rules = _rules_for(doc.vocab)
    _, weight = demonym_countries(doc)
    weight = Counter({cc: 0.75 * w for cc, w in weight.items()})
    weight.update(context_countries(doc)[1])
    texts = [t.text for t in doc]
    n = len(texts)
    i = 0
    while i < n:
        if not _namey_text(texts[i]):
            i += 1
            continue
        step = 1
        for j in range(min(n, i + _LONGEST_NAME), i, -1):
            if not all(_namey_text(t) for t in texts[i:j]):
                continue
            name = doc[i:j].text
            after = name_key(doc[j:j + 1].text) if j < n else ""
            region_word = rules.post_cues.get(after) == "ADM1"
            cc = _country_named(name, gazetteer, region_word)
            if cc:
                weight[cc] += 1.0
                step = j - i
                break
        i += step
    return weight


def _country_named(name: str, gazetteer, region_word: bool) -> str | None:
    """The country a capitalised run names: a country's name, or (``region_word``: a generic
    word such as "State" follows) a first-level region all of whose namesakes lie in one."""
    cands = gazetteer.lookup(name, limit=10, fuzzy=False)
    if not cands:
        return None
    if region_word:
        # "Niger State" is a Nigerian state before it is the country Niger
        regions = {c.country_code for c in cands if c.feature_code == "ADM1"}
        if len(regions) == 1:
            return regions.pop()
    top = cands[0]
    if top.feature_code in COUNTRY_CODES and name_key(name) not in _WEAK_COUNTRY_NAMES:
        if any(c.feature_class == "P" and c.country_code != top.country_code and
               c.population >= 100000 for c in cands):
            return None   # "Benin" is also Benin City
        return top.country_code
    return None


def infer_country(texts: Iterable[str], gazetteer, sample: int = SAMPLE_SIZE,
                  min_votes: int = MIN_VOTES, min_share: float = MIN_SHARE,
                  make_doc=None) -> CountryPrior:
    """The country nearly all of an input's articles are about, from its first ``sample`` texts.

    Each text votes for the country of its strongest evidence (none without any); the leading
    country is the input's when it has at least ``min_votes`` votes and ``min_share`` of them.

    Args:
        texts: the articles' texts, in input order (only the first ``sample`` are read).
        gazetteer: a :class:`~extract.gazetteer.Gazetteer`.

    Returns a :class:`CountryPrior`; its ``code`` is None for an input of many countries.
    """
    make_doc = make_doc or _blank_tokenizer()
    votes: Counter = Counter()
    sampled = 0
    for text in texts:
        if sampled >= sample:
            break
        sampled += 1
        weight = country_evidence(text, gazetteer, make_doc)
        if weight:
            cc, w = max(weight.items(), key=lambda kv: (kv[1], kv[0]))
            if w >= _MIN_EVIDENCE:
                votes[cc] += 1
    voters = sum(votes.values())
    if not votes:
        return CountryPrior(None, 0, 0, sampled)
    cc, k = max(votes.items(), key=lambda kv: (kv[1], kv[0]))
    ok = k >= min_votes and k >= min_share * voters
    return CountryPrior(cc if ok else None, k, voters, sampled)


@lru_cache(maxsize=1)
def _blank_tokenizer():
    import spacy

    return spacy.blank("en").make_doc
