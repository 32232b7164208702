"""Events: trigger words, segmentation of an article into events, ACLED typing, the primary event.

Trigger rules are data (``data/event_triggers.jsonl``: Matcher patterns on lemmas, each with a
*family* such as ``clash``, ``explosive``, ``protest``); ``data/event_types.json`` maps families to
ACLED's event types. The component reads what earlier components put on the Doc (``doc._.dates``,
``doc._.places``, ``doc._.casualties``, ``doc._.actors``, all optional) and sets ``doc._.events``.
"""

from __future__ import annotations

import datetime
import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
from spacy.attrs import LEMMA, LOWER
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .common import (CARE_PLACES, RISE_VERBS, AnchoredMatcher, caption_lines, dateline_span, doc_text,
                     is_charge, is_headline, is_running_total, lede_end, load_json, natural_cause,
                     of_the_hurt, of_wounds, ordinal_of, string_key, told_as_a_record, within)

if not Doc.has_extension("events"):
    Doc.set_extension("events", default=None)
if not Doc.has_extension("background_sentences"):
    Doc.set_extension("background_sentences", default=None)
for _ext in ("dates", "places", "casualties", "actors"):
    if not Doc.has_extension(_ext):
        Doc.set_extension(_ext, default=None)


@dataclass
class Trigger:
    """A word or phrase that reports an event, e.g. "ambushed" (family ``attack``)."""

    start_char: int
    end_char: int
    text: str
    family: str
    strong: bool
    sent: int            # index of its sentence in ``doc.sents``
    root: int            # token index of its head word
    generic: bool = False  # "terrorist attacks" in general, "could lead to attacks", negated
    plural_only: bool = False  # generic only for being a bare plural ("airstrikes on camps")
    cue: bool = False      # counts only in a sentence that states a demand ("block roads to demand")
    definite: bool = False  # a noun with "the", "this", "that" ("in the attack") or after "one of"
    #                         ("one of four attacks"): may tell back


@dataclass
class Event:
    """One event of an article, assembled from the sentences that report it."""

    n: int
    triggers: list[Trigger]
    sents: list[int]
    primary: bool = False
    event_type: str | None = None
    sub_event_type: str | None = None
    start_char: int = 0
    end_char: int = 0
    sentence: str = ""
    date: Any = None             # a DateMention, or None
    event_date: Any = None       # datetime.date
    date_precision: str | None = None
    place: Any = None            # a Place, or None
    casualties: list = field(default_factory=list)
    actors: list = field(default_factory=list)

    @property
    def category(self) -> str:
        return _category(self.triggers)


_TYPES = load_json("event_types.json")
_FAMILIES: dict = _TYPES["families"]
_PRIORITY: list[str] = _TYPES["priority"]
_MODALS = {"could", "would", "might", "may", "can", "should"}
_PERSON_TRIGGERS = set(_TYPES["person_triggers"])
_REPORTING = set(_TYPES["reporting_verbs"])
_HABITUAL = {"routinely", "often", "frequently", "regularly", "usually", "sometimes"}
_GRIEVANCE_HEADS = set(_TYPES["grievance_heads"])
_INTENTIONS = set(_TYPES["intention_heads"])
_DEMAND = "demand"  # the family of demand words: no event, a cue for the acts of a crowd


_RANK = {fam: i for i, fam in enumerate(_PRIORITY)}


def _category(triggers: list[Trigger]) -> str:
    """The kind of event: a demonstration if any trigger says so (the violence told with it is
    the demonstration's: "police opened fire on the demonstrators"), else the category of the
    family that would type it ("troops intercepted and repelled suicide bombers" is violence,
    although "intercepted" alone would be a strategic development)."""
    fams = [t.family for t in triggers if t.family in _FAMILIES]
    if any(_FAMILIES[f]["category"] == "demonstration" for f in fams):
        return "demonstration"
    if not fams:
        return "violence"
    return _FAMILIES[min(fams, key=lambda f: _RANK.get(f, len(_RANK)))]["category"]


_ATTR_IDS = {"LEMMA": LEMMA, "LOWER": LOWER}


class TriggerMatcher:
    """Finds event triggers from the patterns in ``event_triggers.jsonl``.

    One-token patterns of the form ``{"LEMMA"|"LOWER": {"IN": [...]}}`` (optionally with a
    ``POS`` set) are answered by a dictionary lookup per token; the others go through spaCy's
    Matcher. Both give the same matches; the lookup costs a fraction of the Matcher's checking of
    every set at every token, which made trigger matching the dearest of our components.
    """

    def __init__(self, vocab, rules: list[dict] | None = None):
        self.rules = {r["id"]: r for r in (rules or load_json("event_triggers.jsonl"))}
        self.by_word: dict[tuple[int, int], list[tuple[str, frozenset | None]]] = {}
        multi = []
        for rid, rule in self.rules.items():
            simple = _single_token_sets(rule["pattern"])
            if simple is None:
                multi.append((rid, rule["pattern"]))
                continue
            attr, words, pos = simple
            for w in words:
                self.by_word.setdefault((_ATTR_IDS[attr], string_key(w, vocab.strings)),
                                        []).append((rid, pos))
        self.matcher = AnchoredMatcher(vocab, multi)
        self.word_hashes = {a: np.fromiter({h for k, h in self.by_word if k == a}, dtype=np.uint64)
                            for a in (LEMMA, LOWER)}

    def _lookup(self, doc: Doc) -> list[Span]:
        # the words of the lemma and lowercase sets, found in one vectorised pass: a Python loop
        # over every token cost more than all the rest of trigger matching
        arr = doc.to_array([LEMMA, LOWER]).reshape(len(doc), 2)
        hit = np.isin(arr[:, 0], self.word_hashes[LEMMA]) | np.isin(arr[:, 1],
                                                                     self.word_hashes[LOWER])
        out = []
        for i in np.flatnonzero(hit).tolist():
            tok = doc[i]
            for key in ((LEMMA, int(arr[i, 0])), (LOWER, int(arr[i, 1]))):
                for rid, pos in self.by_word.get(key, ()):
                    if pos is None or tok.pos_ in pos:
                        out.append(Span(doc, i, i + 1, label=rid))
        return out

    def __call__(self, doc: Doc) -> list[Trigger]:
        matches = self._lookup(doc) if len(doc) else []
        matches += [Span(doc, s, e, label=m) for m, s, e in self.matcher(doc)]
        # longest match first, then leftmost, then rule order: blockers ("heart attack") win
        order = {rid: i for i, rid in enumerate(self.rules)}
        matches.sort(key=lambda s: (-(s.end - s.start), s.start, order[s.label_]))
        taken: set[int] = set()
        sent_index = {s.start: i for i, s in enumerate(doc.sents)}
        captions = caption_lines(doc_text(doc))
        out = []
        for span in matches:
            if any(i in taken for i in range(span.start, span.end)):
                continue
            if within(captions, span.start_char):
                continue  # "Photo: Residents inspect the damage ...": a caption tells no event
            taken.update(range(span.start, span.end))
            rule = self.rules[span.label_]
            if rule["family"] == "none":
                continue
            root = _head_word(span)
            if natural_cause(root) or is_charge(root) or _arrested_over(root):
                continue  # "floods killed 12 people", "arrested men accused of killing": no event
            family = rule["family"]
            sought = _only_sought(root) if family.startswith("territory") else None
            if sought == "told":
                continue  # "the Houthis, who have been trying for a year to seize Marib": no capture
            if sought == "fought":
                family = "clash"  # "Military forces attempt to retake Baga town": a battle, no change
            generic = _is_generic(root)
            out.append(Trigger(span.start_char, span.end_char, span.text, family,
                               bool(rule["strong"]), sent_index[span.sent.start], root.i,
                               generic=generic,
                               plural_only=generic and _is_bare_plural(root)
                               and not _history(root),
                               cue=bool(rule.get("cue")),
                               definite=root.pos_ == "NOUN" and (any(
                                   c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                                   for c in root.children) or _one_of(root))))
        out.sort(key=lambda t: t.start_char)
        # a rally or protest a blast struck is where the bombing happened, no demonstration of
        # its own: "A suicide bomber struck an election rally in Kurram" (ACLED codes the blast)
        blasts = {t.root for t in out if t.family in _BLAST_FAMILIES and t.strong}
        return [t for t in out if not (t.family == "protest" and _struck_by_a_blast(doc[t.root], blasts))]


# the families of blasts: a bomb, a shell or a strike from the air
_BLAST_FAMILIES = {"suicide", "explosive", "grenade", "air", "shelling"}


def _struck_by_a_blast(noun: Token, blasts: set[int]) -> bool:
    """A gathering noun a blast struck: "A suicide bomber struck an election rally", "a bomb went off
    at a rally" (``blasts``: token indices of the roots of strong blast triggers)."""
    if noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "pobj", "nsubjpass"):
        return False
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    return verb.i in blasts or any(c.dep_ in ("nsubj", "nsubjpass") and c.i in blasts for c in verb.children)


# verbs of holding people to account for an act
_CHARGING_VERBS = {"arrest", "detain", "apprehend", "nab", "charge", "arraign", "prosecute",
                   "convict", "sentence", "remand", "question", "interrogate", "parade", "try"}


def _arrested_over(tok: Token) -> bool:
    """An event noun told as what people were arrested or charged over: "Police arrested five
    suspects in connection with the killing of 12 villagers", "were arraigned over the murder
    of": the arrest is the event told, the killing its cause (told as an event of its own when
    the article tells it)."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ == "with" and prep.head.lower_ == "connection" and prep.head.dep_ == "pobj":
        verb = prep.head.head.head  # "in connection with": the word "in" hangs on
    elif prep.lower_ in ("over", "for"):
        verb = prep.head
    else:
        return False
    if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("dobj", "nsubjpass"):
        verb = verb.head  # "arrest five suspects over Kwara village killings"
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _CHARGING_VERBS


_SEEKING = {"try", "attempt", "seek", "plan", "vow", "aim", "want", "threaten", "hope", "fail", "struggle"}


def _person_noun(tok: Token) -> bool:
    return tok.lemma_.lower() in _FIGHTING_BODIES | {"troop", "soldier", "force", "people", "resident"} \
        or tok.ent_type_ in ("PERSON", "NORP", "ORG")


def _only_sought(tok: Token) -> str | None:
    """A capture only tried, planned or threatened, or told as done before the story: "fought" when
    the attempt is the story's own act ("Military forces attempt to retake Baga town": a battle
    with no change of territory, as ACLED codes it), "told" when it is told in passing, in a
    relative clause or the perfect ("the Houthis, who have been trying for a year to seize
    Marib", "Baga, which had been captured by Boko Haram the previous day"), else None."""
    if tok.dep_ == "relcl" and tok.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d")
                                                          for c in tok.children) \
            and any(c.dep_ == "auxpass" for c in tok.children) and not _person_noun(tok.head):
        return "told"  # (a place told taken before: not "The troops, who had recaptured the town")
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.lemma_.lower() in ("attempt", "bid", "effort"):
        seeking = tok.head.head
    elif tok.dep_ in ("xcomp", "advcl") and tok.head.lemma_.lower() in _SEEKING and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        seeking = tok.head
    else:
        return None
    verb = seeking if seeking.pos_ in ("VERB", "AUX") else seeking.head
    if verb.dep_ in ("relcl", "acl") or any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children) \
            or verb.lemma_.lower() in ("vow", "plan", "threaten", "hope", "want"):
        return "told"
    return "fought"


def _one_of(noun) -> bool:
    """"This was one of four coordinated attacks": the event told before, among others."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and \
        noun.head.head.lower_ in ("one", "each", "another")


def _single_token_sets(pattern: list[dict]):
    """("LEMMA"|"LOWER", words, POS set or None) for a one-token set pattern, else None."""
    if len(pattern) != 1:
        return None
    spec = dict(pattern[0])
    pos = spec.pop("POS", None)
    if len(spec) != 1:
        return None
    (attr, value), = spec.items()
    if attr not in ("LEMMA", "LOWER"):
        return None
    words = value["IN"] if isinstance(value, dict) and set(value) == {"IN"} else \
        [value] if isinstance(value, str) else None
    if words is None:
        return None
    if isinstance(pos, dict) and set(pos) == {"IN"}:
        pos = frozenset(pos["IN"])
    elif isinstance(pos, str):
        pos = frozenset([pos])
    elif pos is not None:
        return None
    if attr == "LOWER":
        words = [w.lower() for w in words]
    return attr, words, pos


def _head_word(span: Span) -> Token:
    # "suicide bombing": the noun that the phrase is about, not its modifier
    content = [t for t in span if t.pos_ in ("NOUN", "VERB", "PROPN")]
    return span.root if span.root in content or not content else content[-1]


def _is_bare_plural(tok: Token) -> bool:
    return tok.tag_ in ("NNS", "NNPS") and not any(
        c.dep_ == "aux" and c.lower_ in _MODALS for a in [tok, *tok.ancestors][:4]
        for c in a.children)


# the bodies that fight: "an ethnic armed group fighting the junta"
_FIGHTING_BODIES = {"group", "army", "militia", "faction", "force", "movement", "organisation", "organization",
                    "coalition", "alliance", "insurgency", "rebel", "insurgent", "militant", "fighter"}


def _is_generic(tok: Token) -> bool:
    """A mention of events in general, not of one event that happened.

    Plural nouns with no determiner or number ("terrorist attacks", "violent incidents"), words under
    a modal or a condition ("could lead to a reduction in attacks"), and negated verbs.
    """
    if is_running_total(tok) or _history(tok):
        return True  # "the insurgency has killed thousands since 2009"
    if tok.dep_ in ("dobj", "pobj") and tok.lemma_.lower() in ("fighting", "fight", "violence", "clash", "conflict") \
            and any(a.lemma_.lower() == "flee" and a.dep_ in ("relcl", "acl") and any(
                c.dep_ == "aux" and c.lower_ in ("had", "'d", "have", "has") for c in a.children)
                for a in [tok.head, tok.head.head]):
        return True  # "people who had fled fighting in surrounding villages": a cause of flight
    if tok.lemma_.lower() in ("fight", "battle") and tok.dep_ == "acl" and tok.tag_ == "VBG" \
            and tok.head.lemma_.lower() in _FIGHTING_BODIES:
        return True  # "an ethnic armed group fighting the junta": what a group does, no event
    if told_as_a_record(tok) or tok.dep_ in ("nsubj", "nsubjpass", "dobj", "oprd", "acomp") and told_as_a_record(tok.head) \
            or tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
            and tok.head.head.lower_ == "one" and any(c.tag_ == "JJS" for c in tok.children) and any(
            told_as_a_record(t) for t in tok.sent):
        return True  # "the scene of one of the deadliest massacres in Mali's recent history, when about
        #              160 people were killed": the past
    if tok.dep_ == "pcomp" and tok.head.lower_ == "since" and any(
            re.fullmatch(r"(?:19|20)\d\d", t.text) for t in tok.subtree):
        return True  # "has relied on air power since seizing control in a February 2021 coup": history
    if any(c.lower_ in _HABITUAL or (c.dep_ == "npadvmod" and any(
            g.lower_ in ("every", "each") for g in c.children)) for c in tok.children):
        return True  # a habit: "it kills children every year"
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _INTENTIONS:
        return True  # an aim, not an event: "the army has pledged to retake all territory"
    if tok.lemma_.lower() not in _GRIEVANCE_HEADS and any(
            a.lemma_.lower() in _GRIEVANCE_HEADS for a in _governors(tok)[:6]):
        return True  # "protesting the abduction of the girls": the cause, not an event
    # a negation above a noun the trigger hangs on denies that noun's predicate, not the event:
    # "Several dead, specific numbers not known"
    through_noun = False
    for anc in [tok, *tok.ancestors][:4]:
        if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in anc.children):
            return True
        if any(c.dep_ == "neg" for c in anc.children) and anc.pos_ == "VERB" and not through_noun \
                and not _caused_nothing(anc):
            return True
        if anc.pos_ == "VERB":
            break
        if anc is not tok and anc.pos_ in ("NOUN", "PROPN", "PRON"):
            through_noun = True
    if tok.tag_ in ("NNS", "NNPS") and tok.lemma_.lower() not in _PERSON_TRIGGERS:
        return not any(c.dep_ in ("det", "nummod", "poss") for c in tok.children)
    return False


_CONTRAST = {"while", "whereas"}


def _governors(tok: Token) -> list[Token]:
    """The words above ``tok`` up to the clause it is told in: a verb joined to another by "and"
    or "but" tells a clause of its own ("One was released, but the other was killed": no release
    of the killing), and so does one set against it by "while" or "whereas" with a subject of
    its own ("One was released, while the other was killed"; not "killed while demanding the
    release", which has none)."""
    out = []
    node = tok
    while node.head.i != node.i:
        if node.dep_ == "conj" and node.pos_ in ("VERB", "AUX") and node.head.pos_ in ("VERB", "AUX"):
            break
        if node.dep_ == "advcl" and node.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "mark" and c.lower_ in _CONTRAST for c in node.children) and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            break
        node = node.head
        out.append(node)
    return out


_NO_HARM = {"casualty", "casualties", "injury", "death", "fatality", "damage", "harm", "loss"}


def _caused_nothing(verb: Token) -> bool:
    """"The blast did not cause any casualties": what the event did not do, not that it did not
    happen."""
    return any(c.dep_ in ("dobj", "attr") and c.lemma_.lower() in _NO_HARM and any(
        d.lower_ == "any" for d in c.children) for c in verb.children)


_MANY = {"hundreds", "thousands", "millions"}
_SPANS = {"year", "years", "decade", "decades", "month", "months", "week", "weeks", "days"}
_ONE_EVENT = {"attack", "raid", "ambush", "bombing", "blast", "explosion", "assault", "massacre",
              "strike", "airstrike", "clash", "shooting", "incident", "siege", "offensive"}


def _history(tok: Token) -> bool:
    """A group's record told in the present perfect, with no date of a day or week and no single
    event: "The ADF ... has killed thousands of civilians in North Kivu", "Clashes ... have killed
    thousands over the past decade", "Bandits have killed hundreds of people in Zamfara this year
    and kidnapped thousands" (the verb after "and" shares the first one's tense). The figure is
    hundreds, thousands or millions, or the time a span ("over the past decade", "in recent
    years", "so far", "to date"); not "Gunmen have killed 12 people in Zamfara", nor "have killed
    hundreds in an attack on Gamboru", which tell one event.
    """
    verb = tok
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.dep_ == "ROOT":
            break
        verb = verb.head
    first = verb
    while first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX"):
        first = first.head
    if first != verb and is_running_total(first):
        return True  # "... have killed hundreds in Zamfara this year and kidnapped thousands"
    if not any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve", "had")
               for c in first.children):
        return False
    clause = _own_clause(first)
    lo, hi = first.left_edge.idx, first.right_edge.idx + len(first.right_edge)
    doc = tok.doc
    if any(lo <= d.start_char < hi and d.precision in ("day", "week") and dates_an_event(doc, d)
           for d in doc._.dates or []):
        return False  # "have killed thousands ... on Sunday": dated, one event
    if any(t.lemma_.lower() in _ONE_EVENT and t.tag_ == "NN" for t in clause):
        return False
    many = any(t.lower_ in _MANY for t in clause)
    span = any(
        t.lower_ in _SPANS and any(c.lower_ in ("past", "last", "recent") for c in t.children)
        or t.i > 0 and (t.lower_, doc[t.i - 1].lower_) in (("far", "so"), ("date", "to"))
        for t in clause)
    return many or span


def _own_clause(verb: Token) -> list[Token]:
    """The words of ``verb``'s clause, without those of the clauses below it ("The ADF, which
    pledged allegiance to Islamic State in 2019, has killed ...": not the relative's)."""
    out = []
    for t in verb.subtree:
        node = t
        while node != verb and node.dep_ not in ("relcl", "advcl", "ccomp", "acl"):
            node = node.head
        if node == verb:
            out.append(t)
    return out


def _sentence_anchors(doc: Doc, sents: list[Span], triggers: list[Trigger] = ()):
    """For each sentence: its specific dates, places (below country level) and casualty rows.

    A place where the hurt were cared for ("treated at a hospital in Makurdi") or in a source's
    title ("said Monday Kassah, chairman of the Bokkos council") is no place of an event."""
    captions = caption_lines(doc_text(doc))
    dates = [d for d in doc._.dates or [] if not within(captions, d.start_char)]
    filed_from, filed_at = dateline_span(doc_text(doc))
    struck = {t.root for t in triggers if t.strong}
    told = {t.root for t in triggers}
    places = [p for p in doc._.places or [] if not filed_from <= p.start_char < filed_at
              and not _place_of_care(doc, p.start_char, struck, told)
              and not _in_a_title(doc, p.start_char)
              and not within(captions, p.start_char)]
    casualties = doc._.casualties or []
    bounds = [(s.start_char, s.end_char) for s in sents]

    def index(items, finer):
        out: dict[int, list] = {}
        j = 0
        for item in sorted(items, key=lambda x: x.start_char):
            if not finer(item):
                continue
            while j < len(bounds) and bounds[j][1] <= item.start_char:
                j += 1
            if j < len(bounds) and bounds[j][0] <= item.start_char:
                out.setdefault(j, []).append(item)
        return out

    return (
        index(dates, lambda d: dates_an_event(doc, d)),
        index(places, lambda p: getattr(p, "geo_precision", 3) < 3 and p.method != "country"
              and not _unknown_region(p) and not _conceded(doc, p.start_char)),
        index(casualties, lambda c: True),
    )


def _unknown_region(place) -> bool:
    """A region the gazetteer does not know, told as one ("Cameroon's Northwest region", "North
    Kivu province", "Gezira state"): no place below region level, as a known one is not, so a
    town of it told later ("in Mbengwi") places the event more precisely, not elsewhere."""
    return place.latitude is None and bool(
        set((place.mention or "").lower().split()) & _REGION_WORDS)


_CARE_NOUNS = CARE_PLACES | {"mortuary", "morgue", "dispensary"}
_CARE_CENTRES = {"centre", "center"}  # "the Federal Medical Centre", "a health centre"


def _care_noun(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return lemma in _CARE_NOUNS or lemma in _CARE_CENTRES and any(
        c.lower_ in ("medical", "health") for c in tok.children)


# verbs that take the hurt or the dead somewhere, or keep them there
# verbs of moving the hurt away: the town they were moved to is no place of the event ("A
# soldier sustained gunshot wounds and was evacuated to Maiduguri")
_EVACUATE = {"evacuate", "airlift", "medevac"}
_CARE_VERBS = {"take", "rush", "receive", "treat", "admit", "evacuate", "convey", "transfer",
               "move", "carry", "bring", "fly", "airlift", "send", "refer", "transport",
               "hospitalise", "hospitalize", "deposit", "keep", "nurse", "recuperate", "recover",
               "lie", "remain", "be", "die", "succumb", "undergo"}


def _place_of_care(doc: Doc, start_char: int, struck: set[int], told: set[int]) -> bool:
    """A place named as where the hurt or the dead were taken or cared for: "receiving treatment
    at a hospital in Makurdi", "taken to hospital in Gusau", "treated at the Bokkos cottage
    hospital". The verb nearest above the place tells: a care place under a verb of care
    ("receiving", "taken", "treated") is where people were cared for, not where the event
    happened; under another verb ("threw a grenade near a hospital in Mutanga", "guards
    stationed at a hospital in Farah") or an event word ("gunmen stormed a hospital in
    Makurdi", ``struck``: token indices of strong triggers) it is the event's place. A place the
    parser hangs on the verb counts only after the care place, on a verb that is no event word
    at all (``told``): not "In Kaduna, two inmates later died in the prison clinic". A town
    the hurt were taken to for treatment is one too: "airlifted to Nairobi for specialised
    treatment", and so is one they were evacuated to ("was evacuated to Maiduguri"). So is the care place of a source: "A health worker at the Mbengwi district
    hospital said four injured villagers were brought in" (``_a_sources_care``).
    """
    span = doc.char_span(start_char, start_char + 1, alignment_mode="expand")
    if span is None:
        return False
    if _a_sources_care(doc, start_char):
        return True
    care = False
    towards = False  # the place is where someone was taken: "to Nairobi"
    for node in [span[0], *span[0].ancestors]:
        if node.i in struck:
            return False
        if _care_noun(node):
            care = True
        elif node.pos_ in ("VERB", "AUX"):
            if node.lower_.startswith("hospitali"):
                return True  # "seven other soldiers were hospitalised in Maiduguri"
            if node.lemma_.lower() not in _CARE_VERBS:
                return False
            # "taken to hospital in Gusau": the parser hangs the place on the verb
            return care or node.i not in told and any(
                _care_noun(g) and g.i < span[0].i for c in node.children if c.dep_ == "prep"
                for g in c.children if g.dep_ == "pobj") or towards and (
                _for_treatment(node) or node.lemma_.lower() in _EVACUATE)
        elif node.dep_ == "prep" and node.lower_ == "to":
            towards = True
    return care


def _a_sources_care(doc: Doc, start_char: int) -> bool:
    """A place in the care place where a source works: "A health worker at the Mbengwi district
    hospital said four injured villagers were brought in"."""
    span = doc.char_span(start_char, start_char + 1, alignment_mode="expand")
    if span is None:
        return False
    care = False
    prev = span[0]
    for node in [span[0], *span[0].ancestors]:
        care = care or _care_noun(node)
        if node.pos_ in ("VERB", "AUX"):
            return care and prev.dep_ == "nsubj" and node.lemma_.lower() in _REPORTING
        prev = node
    return False


def _for_treatment(verb: Token) -> bool:
    """"airlifted to Nairobi for (specialised) treatment": the verb says what the move was for."""
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(
        g.lemma_.lower() in ("treatment", "care") for g in c.children) for c in verb.children)


# the way of those an event struck: travelling from or to a place, patrolling an area or road
_ROUTE_VERBS = {"travel", "journey", "commute", "ply", "patrol", "sail", "return", "escort"}
_ROUTE_NOUNS = {"way", "journey", "trip", "route", "patrol", "voyage"}
_ROUTE_PREPS = {"from", "to", "towards", "toward", "along", "between"}


def _on_the_way(doc: Doc, start_char: int) -> bool:
    """A place on the way of those the event struck: where they travelled from or to, the area or
    road they patrolled ("The boat was travelling from Gao to Mopti when it was targeted near
    Bamba", "on its way from the temple to Katra", "Soldiers patrolling the Plan de Oriente
    area came under attack", "on a routine patrol along the Mandera-Elwak road"): their route,
    not where the event happened. A verb tells a way under way, when the event broke in ("was
    travelling", "were returning"): not "Boko Haram returns to Konduga and is engaged in another
    battle", nor "gunmen from Zamfara attacked ...", nor where attackers "moved to", which
    ``_moved_on`` reads."""
    span = doc.char_span(start_char, start_char + 1, alignment_mode="expand")
    if span is None:
        return False
    routed = False  # the way up went through "from", "to", "along", ...
    prev = span[0]
    for node in [span[0], *span[0].ancestors]:
        lemma = node.lemma_.lower()
        if node.dep_ == "prep" and node.lower_ in _ROUTE_PREPS:
            routed = True
        elif node.pos_ == "NOUN" and lemma in _ROUTE_NOUNS:
            return routed
        elif node.pos_ in ("VERB", "AUX"):
            if lemma in _ROUTE_VERBS:
                return node.tag_ == "VBG" and (
                    routed or (lemma == "patrol" and prev.dep_ == "dobj"))
            # "The bus was on its way from ... to Katra": the parser hangs "to" on the verb
            return routed and lemma == "be" and any(
                c.dep_ == "prep" and any(g.lemma_.lower() in _ROUTE_NOUNS for g in c.children)
                for c in node.children)
        prev = node
    return False


def _told_to(doc: Doc, start_char: int) -> bool:
    """A place name in who a source told ("local sources told Kabul Now", "told Reuters"): an
    outlet or an audience, not where the event happened."""
    span = doc.char_span(start_char, start_char + 1, alignment_mode="expand")
    if span is None:
        return False
    tok = span[0]
    while tok.dep_ in ("compound", "nmod", "amod") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in ("dobj", "dative") and tok.head.lemma_.lower() == "tell"


# (also where the wounded were carried: "One of the wounded soldiers was flown to Abuja")
_FLIGHT_VERBS = {"flee", "escape", "run", "evacuate", "relocate", "displace", "head",
                 "fly", "airlift", "rush", "transfer", "transport", "convey"}
_FLIGHT_PREPS = {"to", "towards", "toward", "into"}


def _fled_to(doc: Doc, start_char: int) -> bool:
    """A place people fled to ("Scores of villagers were killed and thousands of residents fled
    towards Bunia", "sought refuge in Bunia") or the wounded were carried to ("were airlifted to
    Maiduguri"): where the survivors went, not where the event happened."""
    span = doc.char_span(start_char, start_char + 1, alignment_mode="expand")
    if span is None:
        return False
    tok = span[0]
    while tok.dep_ in ("compound", "amod", "conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    verb = prep.head
    if prep.lower_ in _FLIGHT_PREPS:
        return verb.pos_ == "VERB" and verb.lemma_.lower() in _FLIGHT_VERBS
    return prep.lower_ == "in" and verb.lemma_.lower() == "refuge"


def _in_passing(doc: Doc, start_char: int, struck: set[int]) -> bool:
    """A place in a relative clause that describes people or things told before, with no blow of
    its own: "The youths, who blocked the Benin-Auchi road, accused the police ...", "The convoy,
    which was escorting fuel trucks from Douentza to Hombori, struck an explosive device"; named
    in passing, not where the sentence's event happened (``struck``: token indices of the
    sentence's strong triggers; not "The gunmen, who attacked Kauru on Monday, ...", nor a
    clause on the event itself)."""
    span = doc.char_span(start_char, start_char + 1, alignment_mode="expand")
    if span is None:
        return False
    for node in [span[0], *span[0].ancestors]:
        if node.dep_ == "relcl":
            head = node.head
            # (not a clause on the event itself: "the clash, which caused a traffic gridlock
            # along the Abeokuta-Sagamu road")
            return head.pos_ in ("NOUN", "PRON") and head.i not in struck and any(
                c.dep_ in ("det", "poss") and c.lower_ in _OWN_DETERMINERS
                for c in head.children) and not any(t.i in struck for t in node.subtree)
        if node.i in struck:
            return False
    return False


_TITLES = {"chairman", "chairperson", "chairwoman", "spokesman", "spokeswoman", "spokesperson",
           "commissioner", "governor", "commander", "chief", "head", "official", "leader",
           "secretary", "director", "president", "councillor", "councilor", "mayor",
           "administrator", "representative", "senator", "lawmaker", "minister", "general",
           "bishop", "archbishop", "vicar", "priest", "pastor", "imam", "emir", "coordinator",
           "inspector", "superintendent", "prefect"}


def _in_a_title(doc: Doc, start_char: int) -> bool:
    """A place in the title of the source a sentence cites ("said Monday Kassah, chairman of the
    Bokkos local government council", "Bokkos council chairman Monday Kassah said"): where the
    speaker holds office, not where the event happened; nor is the source's name, told in
    apposition to the speaker ("A resident, Dan Musa, said"), which the gazetteer may know as a
    town."""
    span = doc.char_span(start_char, start_char + 1, alignment_mode="expand")
    if span is None:
        return False
    titled = False
    for node in [span[0], *span[0].ancestors]:
        if node.pos_ in ("VERB", "AUX"):
            return False
        titled = titled or (node.lemma_.lower() in _TITLES and node != span[0]) or (
            node.dep_ == "appos" and node.pos_ == "PROPN" and node.head.pos_ == "NOUN"
            and node.head.dep_ == "nsubj")
        if node.dep_ == "nsubj":
            return titled and node.head.lemma_.lower() in _REPORTING
    return False


_CONCESSIVE = {"though", "although"}


def _conceded(doc: Doc, start_char: int) -> bool:
    """A place in a clause told as a concession ("..., though Shekau may have been captured in
    nearby Benisheikh"): an aside, not where the sentence's event happened."""
    span = doc.char_span(start_char, start_char + 1, alignment_mode="expand")
    if span is None:
        return False
    for anc in span[0].ancestors:
        if anc.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONCESSIVE
                                       for c in anc.children):
            return True
    return False


def dates_an_event(doc: Doc, d) -> bool:
    """A specific date (day, week or month) that is not merely the date of a report.

    "the toll rose to 23 on Tuesday", "police said on Tuesday" and "(source dated 15/02)" date
    the report, not the event.
    """
    if d.date is None or d.precision not in ("day", "week", "month"):
        return False
    span = doc.char_span(d.start_char, d.end_char, alignment_mode="expand")
    if re.match(r"by\s", doc_text(doc)[d.start_char:d.end_char], re.IGNORECASE) or (
            span is not None and span.start > 0 and doc[span.start - 1].lower_ == "by"):
        # "pledged to end the insurgency by March 2026": a deadline, no day of the event (not
        # "clashes that continued until July 28", the event's own end)
        return False
    verb = span.root if span is not None else None
    for _ in range(6):
        if verb is None or verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    if verb is not None and verb.dep_ in ("acl", "relcl") and verb.head.lemma_.lower() in _REPORT_NOUNS:
        return False  # "the ministry said in a statement read on state television on Wednesday evening"
    return verb is None or verb.lemma_.lower() not in _REPORTING and not (
        verb.lemma_.lower() == "date" and verb.tag_ in ("VBD", "VBN"))


_REPORT_NOUNS = {"statement", "report", "communique", "communiqué", "briefing", "broadcast", "interview",
                 "announcement", "bulletin", "release", "conference", "post", "video", "message"}


def _dates_another_act(doc: Doc, d, struck: set[int]) -> bool:
    """A date of a sentence's main act when that act is no event word and the event's words sit
    only in a participle on a noun: "Hundreds of mourners on Thursday attended the mass burial of
    23 people killed by gunmen" dates the burial, not the killing (``struck``: token indices of
    the sentence's strong triggers); so does the finding of the bodies, "the gunmen killed 20
    miners and the bodies were recovered on Thursday". (Not a relative clause: "freed 12 people
    it had kidnapped" is told on the day of the freeing.)"""
    span = doc.char_span(d.start_char, d.end_char, alignment_mode="expand")
    if span is None or not struck:
        return False
    verb = span.root
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i in struck:
        return False
    if verb.lemma_.lower() in _AFTERMATH and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lower_ in _BODIES | {"dead"}
            for c in verb.children):
        return True  # "the gunmen killed 20 miners and the bodies were recovered on Thursday"
    own = {t.i for t in _own_clause(verb)}
    if own & struck:
        return False
    below = [doc[i] for i in struck if verb in doc[i].ancestors]
    return bool(below) and all(any(
        a.dep_ == "acl" and a.head.pos_ in ("NOUN", "PROPN", "PRON")
        for a in [t, *t.ancestors] if verb in a.ancestors) for t in below)


_DYING = {"die", "succumb"}
_HURT_WORDS = {"wound", "wounded", "injure", "injured", "injury", "hurt", "hospital"}


def _dates_a_later_death(doc: Doc, d) -> bool:
    """A date of the death of someone hurt, not of the event: "Fourteen other protesters were hurt,
    one of whom died in hospital the next day", "he succumbed to his wounds on Tuesday"."""
    verb = _verb_of_date(doc, d)
    if verb is None or verb.lemma_.lower() not in _DYING:
        return False
    # (those who died are of the hurt: "one of whom", "one of them", "of his wounds"; not "three
    # soldiers died and five were wounded when their vehicle hit a landmine")
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(p.lower_ == "of" and any(g.lower_ in ("whom", "them") or g.lemma_.lower() in _HURT_WORDS
                                        for g in p.children) for c in subj for p in c.children) or any(
        c.lower_ == "of" and any(g.lemma_.lower() in ("wound", "injury") for g in c.children) for c in verb.children) \
        or verb.lemma_.lower() == "succumb"


def _verb_of_date(doc: Doc, d):
    """The verb a date mention hangs on (the mention's root, climbed up to six heads), or None."""
    span = doc.char_span(d.start_char, d.end_char, alignment_mode="expand")
    if span is None:
        return None
    verb = span.root
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb


def _dates_a_relative(doc: Doc, d, told: set[int]) -> bool:
    """A date in a relative clause on a noun that tells no event word: "One of the freed
    fishermen, who had been held since December, was wounded" dates the holding, not the
    wounding (``told``: token indices of the sentence's event words)."""
    verb = _verb_of_date(doc, d)
    return verb is not None and verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN", "PRON") and not any(
        t.i in told for t in verb.subtree)


def _year_of_blow(doc: Doc, d, struck: set[int]) -> bool:
    """A bare year that dates a sentence's blow: "In 2019, an ELN car bomb at a police academy in
    Bogota killed 22 cadets" (``struck``: token indices of its strong triggers). Not a year a
    record runs from ("since 2019") nor one of another act ("the group, founded in 2019,
    attacked ...")."""
    if d.date is None or d.precision != "year" or not struck:
        return False
    span = doc.char_span(d.start_char, d.end_char, alignment_mode="expand")
    if span is None:
        return False
    prep = span[0] if span[0].lower_ in ("in", "during") else span.root.head
    if prep.dep_ != "prep" or prep.lower_ not in ("in", "during"):
        return False
    return prep.head.i in struck


def _long_before(d, published) -> bool:
    """A date that ended over a year before the article was published: no date of an undated
    event the article reports ("In 2019, a car bomb in Bogota killed 22 cadets")."""
    if d is None or d.date is None or published is None:
        return False
    if isinstance(published, datetime.datetime):
        published = published.date()
    return (d.date_end or d.date) < published - datetime.timedelta(days=365)


def _dates_conflict(a, b) -> bool:
    if a is None or b is None:
        return False
    a_end, b_end = a.date_end or a.date, b.date_end or b.date
    return a_end < b.date or b_end < a.date


_DEFINITE = {"the", "this", "that", "these", "those"}


def _refers_back(doc: Doc, t: Trigger, dates: list | None, places: list) -> bool:
    """An event noun told with a definite article and no place or date of its own: "in the
    blast", "the fight was said to..." refers to an event told before; so do the people it left
    ("The wounded were taken to a hospital in Jos"), also told with its verb ("The clashes broke
    out near the town of Sake"). A place the gazetteer does not know tells no
    other place: "in the blast at the Siddiquiya mosque in the city's Khair Khana district"."""
    tok = doc[t.root]
    # "The clashes broke out near the town of Sake": the noun of a phrase told with its verb
    tok = next((c for c in tok.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"
                and t.start_char <= c.idx < t.end_char), tok) if tok.pos_ == "VERB" else tok
    nominal = tok.pos_ == "NOUN" or tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
    if not nominal or not any(c.dep_ == "det" and c.lower_ in _DEFINITE
                                     for c in tok.children):
        return False
    if any(c.dep_ == "amod" and c.tag_ == "JJS" and c.lower_ not in ("latest", "last")
           for c in tok.children):
        return False  # "the deadliest attack of the insurgency": a ranking, no event told before
    lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)
    own = [*(dates or []), *(p for p in places if p.latitude is not None)]
    return not any(lo <= x.start_char < hi for x in own)


_CARE = CARE_PLACES | {"mortuary", "treatment"}


def _toll_rose(sent: Span, told: set[int] = frozenset()) -> bool:
    """"The death toll rose to 10 after two of the injured died in hospital in Jos": a new
    figure for an event told before, whatever place or date the sentence names; so is a toll a
    source raised, "By Wednesday, the Emergency Medicine Centre had raised the toll to 55 dead"
    (``told``: token indices of the sentence's event words). (Not a toll "from attacks in the
    area this week" or another event's: "A separate attack raised the toll", "A bomb in Baidoa
    raised the toll".)"""
    if any(t.lower_ in ("separately", "meanwhile", "elsewhere") for t in sent):
        return False
    for tok in sent:
        # the toll itself rose, told of nothing else: not "the toll from last week's bombing
        # in Maiduguri rose", "the toll for the week", nor "A bomb in Baidoa raised the toll"
        if tok.lemma_.lower() != "toll" or tok.dep_ not in ("nsubj", "dobj") or any(
                c.dep_ == "prep" for c in tok.children):
            continue
        verb = tok.head
        if verb.lemma_.lower() not in RISE_VERBS:
            continue
        if tok.dep_ == "nsubj":
            return True
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects and not any(w.i in told or w.lower_ in ("it", "this", "which", "that")
                                for c in subjects for w in c.subtree):
            return True
    return False


def _toll_raised(sent: Span) -> bool:
    """"Six of the injured died overnight, raising the death toll to 18": deaths that raise the
    toll of the event told before (not "A bomb in Baidoa raised the toll": the clause of a verb
    of dying, with no subject of its own)."""
    for tok in sent:
        if tok.lemma_.lower() == "toll" and tok.dep_ == "dobj" and not any(
                c.dep_ == "prep" for c in tok.children) and tok.head.lemma_.lower() in RISE_VERBS \
                and tok.head.dep_ == "advcl" and tok.head.head.lemma_.lower() in ("die", "succumb") \
                and not any(c.dep_ == "nsubj" for c in tok.head.children):
            return True
    return False


_AFTERMATH = {"find", "recover", "bury", "retrieve", "discover", "evacuate", "count", "deposit", "pull"}


def _aftermath(doc: Doc, trig: list[Trigger]) -> bool:
    """Every trigger of the sentence tells dead found, recovered or buried after an event told
    before, in no place of their own: "Residents buried 42 bodies on Sunday", "The Red Cross
    recovered 30 bodies on Saturday", "A fourth victim was found dead in the bush"."""
    if not trig:
        return False
    for t in trig:
        tok = doc[t.root]
        if tok.lower_ not in ("bodies", "corpses", "dead", "body", "corpse") or any(
                c.lower_ == "of" and not any(ordinal_of(g) for g in c.children) for c in tok.children):
            return False  # (not "recovered 25 bodies of insurgents": people of their own; but "the body of a sixth victim")
        verb = tok.head if tok.dep_ in ("dobj", "nsubjpass", "oprd", "acomp", "xcomp") else tok
        if tok.lower_ == "dead" and verb.lemma_.lower() in ("fear", "presume"):
            continue  # ("... and that three other people were missing and feared dead")
        if tok.lower_ == "dead" and verb.lemma_.lower() == "be" and any(
                c.dep_ == "nsubj" and any(a.dep_ == "acl" and a.lemma_.lower() in _AFTERMATH for a in c.children)
                for c in verb.children):
            continue  # "One more worker, found under the rubble the following day, was also dead"
        if verb.lemma_.lower() not in _AFTERMATH:
            return False
    return True


_BODIES = {"bodies", "corpses", "body", "corpse", "remains"}


def _their_bodies(doc: Doc, trig: list[Trigger]) -> bool:
    """Every trigger of the sentence is the bodies of people told before, found or recovered:
    "Their bodies were found on a rural road near Tame on Saturday" after "ELN rebels kidnapped
    two soldiers": what became of that event's people, wherever and whenever they were found."""
    if not trig:
        return False
    for t in trig:
        tok = doc[t.root]
        if tok.dep_ == "amod" and tok.head.lower_ in _BODIES:
            tok = tok.head  # "the beheaded body of one of the fishermen"
        # (also "The chief's body", "the bodies of two of the abducted soldiers", "the beheaded
        # body of one of the fishermen": people told before, by "the")
        if tok.lower_ not in _BODIES or not any(
                c.dep_ == "poss" and (c.lower_ in ("their", "his", "her") or c.pos_ in ("NOUN", "PROPN") and any(
                    d.lower_ == "the" for d in c.children)) for c in tok.children) and not any(
                c.lower_ == "of" and any(d.lower_ == "the" and d.dep_ == "det" for d in c.subtree) for c in tok.children):
            return False
        verb = tok.head if tok.dep_ in ("dobj", "nsubjpass") else tok
        if verb.lemma_.lower() not in _AFTERMATH:
            return False
    return True


def _found_killed(doc: Doc, trig: list[Trigger]) -> bool:
    """Every trigger of the sentence tells some of the people told before found dead: "One was
    found decapitated the next day" after "abducted 4 teachers" (a number or "one" with no noun of
    its own, or "one of them", as the subject of "found")."""
    if not trig:
        return False
    for t in trig:
        tok = doc[t.root]
        if tok.dep_ not in ("xcomp", "oprd", "acomp", "ccomp") or tok.head.lemma_.lower() not in ("find", "discover"):
            return False
        subj = [c for c in tok.head.children if c.dep_ in ("nsubjpass", "nsubj")]
        if not subj or not all((c.like_num or c.lower_ in ("one", "all", "both")) and not any(
                g.dep_ in ("compound", "amod") for g in c.children) for c in subj):
            return False
    return True


def _among_the_hurt(tok: Token) -> bool:
    """A death told of one of the wounded, in a clause on them: "among the wounded was the post
    commander, who died the next day"."""
    if tok.dep_ != "relcl":
        return False
    verb = tok.head.head
    return tok.head.dep_ in ("nsubj", "attr") and verb.lemma_.lower() == "be" and any(
        c.dep_ == "prep" and c.lower_ == "among" and any(g.lower_ in ("wounded", "injured") for g in c.children)
        for c in verb.children)


def _died_later(doc: Doc, trig: list[Trigger]) -> bool:
    """Every trigger of the sentence is a death of the wounded, told as later or in care: "The
    injured were taken to a hospital in Kaduna, where two later died", "one died of his wounds":
    the people of the event told before, wherever and whenever they died ("He died of his
    injuries on Monday")."""
    deaths = [doc[t.root] for t in trig if doc[t.root].lemma_.lower() in ("die", "succumb")]
    if not deaths or any(doc[t.root].lemma_.lower() not in ("die", "succumb", "wound", "injury",
                                                           "injure", "injured", "wounded")
                         for t in trig):
        return False
    for tok in deaths:
        kids = list(tok.children)
        subj = [c for c in kids if c.dep_ == "nsubj"]
        care = any(w.lemma_.lower() in _CARE for w in tok.sent)
        next_one = subj and (ordinal_of(subj[0]) is not None or care and any(
            c.lower_ == "another" or c.lower_ == "more" and not any(g.lower_ == "than" for g in c.children)
            and not (c.i + 1 < len(doc) and doc[c.i + 1].lower_ == "than") for c in subj[0].subtree) or any(
            c.lower_ == "of" and any(g.lower_ in ("them", "those") for g in c.children)
            for c in subj[0].children)) or _among_the_hurt(tok)  # ("One of them died on Tuesday")
        if next_one and not any(
                c.dep_ == "prep" and c.lower_ in ("of", "from") and not of_wounds(tok) for c in kids):
            # "A seventh victim died in hospital on Monday", "Another victim died in hospital":
            # the event's next dead
            continue
        # (not of another cause, time or hurt: "died of cholera", "later died after being beaten
        # by guards", "hurt in Kaura Namoda last month died of his wounds on Sunday")
        wounds = of_wounds(tok)
        # (a date of the death itself, of one told before, "He died of his injuries on Monday",
        # is no other hurt: only a date told of the subject's hurt is)
        told = bool(subj) and wounds and (subj[0].lower_ in ("he", "she", "they") or any(
            d.dep_ in ("det", "poss") and d.lower_ in _OWN_DETERMINERS for d in subj[0].children))
        # ("Of the 5 wounded, one died the following day": some of the wounded told before, the
        # next day no other hurt's)
        hurt_before = bool(subj) and of_the_hurt(subj[0]) or any(
            c.dep_ == "prep" and c.lower_ == "of" and c.i < tok.i and any(
                g.dep_ == "pobj" and (g.lower_ in ("wounded", "injured") or any(
                    a.lower_ in ("wounded", "injured") for a in g.children)) for g in c.children) for c in kids)
        next_day = {"the following day", "the next day", "the following morning", "the next morning"}
        if any(e.label_ == "DATE" and e.text.lower() != "later" and not (hurt_before and e.text.lower() in next_day) and not (
                told and e.root.head.i == tok.i or told and e.root.head.head.i == tok.i
                and e.root.head.dep_ == "prep") for e in tok.sent.ents) or (
                not wounds and not hurt_before and any(c.dep_ == "prep" and c.lower_ in ("of", "from") for c in kids)) or any(
                c.lower_ in ("after", "following") and c.dep_ in ("prep", "mark") for c in tok.subtree):
            return False
        later = any(c.lower_ in ("later", "subsequently", "afterwards", "overnight") for c in kids)
        # ("Six of the injured died overnight": the wounded told before)
        if not (wounds or (later and care) or (care and tok.dep_ == "relcl") or hurt_before):
            return False
    return True


def _told_before(doc: Doc, trig: list[Trigger], dates: list | None, places: list) -> bool:
    """The sentence tells of an event told before: one of its triggers refers back ("the
    blast") and every other one governs it ("killed ... in the blast"). "The bombing came a week
    after forces killed dozens in Galmudug" also tells of another event."""
    back = [t for t in trig if _refers_back(doc, t, dates, places)]
    if not back:
        return False
    refs = {doc[t.root] for t in back}
    # what the event told back was made of: "The attack began at dawn with two car bombs at the
    # gates of the base, followed by an assault by dozens of fighters" (nouns in the predicate
    # of the event told back, not told as before or after it)
    told_of = [r.head for r in refs if r.dep_ in ("nsubj", "nsubjpass") and r.head.pos_ == "VERB"
               and r.head.lemma_.lower() in _MADE_OF_VERBS]
    return all(t in back or any(r in doc[t.root].subtree for r in refs) or (
        doc[t.root].pos_ == "NOUN" and any(
            v in doc[t.root].ancestors and not _told_as_before(doc[t.root], v) for v in told_of))
        for t in trig)


# verbs that tell how an event went: "The attack began with two car bombs", "involved",
# "started", "consisted of"
_MADE_OF_VERBS = {"begin", "start", "open", "involve", "consist", "include", "end", "continue"}


_OWN_DETERMINERS = {"the", "this", "that", "these", "those", "their", "its"}
# words that tell another blow by the same people ("The gunmen also attacked ...")
_ANOTHER_BLOW = {"also", "again", "another", "separately", "meanwhile", "elsewhere"}


def _struck(doc: Doc, triggers: list[Trigger]) -> list[Token]:
    """What an event's words struck: the nouns they took as object or passive subject, or after
    "on", "at", "against" ("attacked a passenger boat", "Six police officers were killed",
    "opened fire on a bus", "an attack on a village")."""
    out = []
    for t in triggers:
        tok = doc[t.root]
        words = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
        if tok.dep_ == "dobj":
            words.append(tok.head)  # "opened fire on a bus": the verb takes the preposition
        for w in words:
            for c in w.children:
                if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN":
                    out.append(c)
                elif c.dep_ == "prep" and c.lower_ in ("on", "at", "against"):
                    out.extend(g for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN")
    return out


def _struck_nouns(doc: Doc, triggers: list[Trigger]) -> set[str]:
    return {w.lemma_.lower() for w in _struck(doc, triggers)}


def _unnamed_struck(doc: Doc, triggers: list[Trigger]) -> set[str]:
    """The nouns an event struck told without a name: "an attack on a village in Gezira"."""
    return {w.lemma_.lower() for w in _struck(doc, triggers) if any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in w.children) and not any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in w.children)}


def _names_the_struck(doc: Doc, trig: list[Trigger], places: list, nouns: set[str]) -> bool:
    """Every place of the sentence is one the gazetteer does not know, named as what its words
    struck, of a kind an event struck without a name: "RSF fighters had attacked Wad al-Nourah
    village" after "an attack on a village in the central state of Gezira" names that village."""
    if not places or not nouns or any(p.latitude is not None for p in places):
        return False
    named = [w for w in _struck(doc, trig) if w.lemma_.lower() in nouns]
    # ("Wad al-Nourah village", "the village of Wad al-Noura")
    return all(any(w.left_edge.idx <= p.start_char <= w.right_edge.idx for w in named)
               for p in places)


def _struck_told_again(doc: Doc, sent: Span, trig: list[Trigger], nouns: set[str]) -> bool:
    """The same people strike what an event struck without a name, told again with "the": "an
    attack on a village in North Kivu" then "The attackers ... raided the village of Mayikengo in
    Lubero territory" names that village, whatever its places (not "the gunmen also attacked
    the village of ...", another blow, nor "bandits raided the village of ...", others)."""
    if not nouns or any(t.lower_ in _ANOTHER_BLOW for t in sent):
        return False
    for t in trig:
        verb = doc[t.root]
        if not t.strong or verb.pos_ != "VERB":
            continue
        if not any(c.dep_ == "dobj" and c.lemma_.lower() in nouns and any(
                d.dep_ == "det" and d.lower_ == "the" for d in c.children) for c in verb.children):
            continue
        holder = verb
        while not any(c.dep_ == "nsubj" for c in holder.children) and holder.dep_ == "conj":
            holder = holder.head  # "The attackers, believed to be ..., raided the village"
        subjects = [c for c in holder.children if c.dep_ == "nsubj"]
        if subjects and all(c.pos_ == "NOUN" and any(
                d.dep_ in ("det", "poss") and d.lower_ in _OWN_DETERMINERS for d in c.children)
                or c.lower_ == "they" for c in subjects):
            return True
    return False


def _the_struck(sent: Span, trig: list[Trigger]) -> str | None:
    """The lemma of a sentence's subject when it names, with "the", "their", "its", people or
    things told before ("The boat was travelling from Gao to Mopti when it was targeted by
    rockets", "The officers ... were on a routine patrol"; under a verb of saying, its clause's
    subject): ``segment_events`` checks that the event's words struck them. None when the
    sentence tells another blow ("also", "again", "separately"), or one they struck themselves
    ("Troops killed 20 bandits. The bandits had attacked Kware on Sunday")."""
    root = sent.root
    if root.lemma_.lower() in _REPORTING:
        root = next((c for c in root.children if c.dep_ == "ccomp"), root)
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(c.dep_ == "nsubj" for c in subjects) and any(t.strong and t.root == root.i
                                                        for t in trig):
        return None
    told = next((c for c in subjects if c.pos_ == "NOUN" and any(
        d.dep_ in ("det", "poss") and d.lower_ in _OWN_DETERMINERS for d in c.children)), None)
    if told is None or any(t.lower_ in _ANOTHER_BLOW for t in sent):
        return None
    return told.lemma_.lower()


_WITHDRAWAL_WORDS = set(_TYPES["withdrawal_words"])
_ATTACKER_NOUNS = set(_TYPES["attacker_nouns"])


def _subjects(tok: Token) -> list[Token]:
    """Who does what ``tok`` tells: a verb's subject (a conjoined verb's, "attacked the post
    and withdrew"), a noun's owner ("the assailants' withdrawal", "the withdrawal of the
    attackers")."""
    if tok.pos_ in ("VERB", "AUX"):
        node = tok
        while not any(c.dep_ == "nsubj" for c in node.children) and node.dep_ == "conj" \
                and node.head.pos_ in ("VERB", "AUX"):
            node = node.head
        return [c for c in node.children if c.dep_ == "nsubj"]
    return [c for c in tok.children if c.dep_ == "poss"] + [
        g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children if g.dep_ == "pobj"]


def _attackers_withdrew(doc: Doc, sent: Span, trig: list[Trigger], ev: Event | None) -> bool:
    """Every event word of the sentence tells the attackers of ``ev``, a violent event told
    before, withdrawing, retreating or fleeing ("Jihadists attacked an army post ... The
    assailants withdrew after losing 12 fighters"): part of that event, not a change to group
    activity of its own. The attackers are told definite, "the assailants", "their", "they", as
    an attacker noun or the subject of the event's own words ("Soldiers raided the camp ... The
    soldiers withdrew"); not "also", "again" or "elsewhere", nor "The army later withdrew from
    the town" after "Gunmen attacked ...", another actor's move."""
    if ev is None or ev.category != "violence" or not trig or any(
            t.lower_ in _ANOTHER_BLOW for t in sent):
        return False
    attackers = _its_attackers(doc, ev)
    for t in trig:
        tok = doc[t.root]
        if tok.lemma_.lower() not in _WITHDRAWAL_WORDS:
            return False
        subjects = _subjects(tok)
        if not subjects or not all(attackers(w) for w in subjects):
            return False
    return True


def _its_attackers(doc: Doc, ev: Event):
    """Whether a word tells the attackers of ``ev`` back: "they", or, told definite ("the
    assailants", "their"), an attacker noun or the subject of the event's own words ("Soldiers
    raided a camp ... The soldiers ...", "Angry youths set fire to ... The youths ...")."""
    own = {w.lemma_.lower() for t in ev.triggers if t.strong for w in _subjects(doc[t.root])}

    def attackers(w: Token) -> bool:
        if w.lower_ == "they":
            # (not the speaker told back: "Police said they killed two of the robbers")
            return not any(a.lemma_.lower() in _REPORTING and any(
                c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") and not attackers(c)
                for c in a.children) for a in w.ancestors)
        definite = any(d.dep_ in ("det", "poss") and d.lower_ in _OWN_DETERMINERS
                       for d in w.children) or w.dep_ == "poss" and w.tag_ == "PRP$"
        return definite and (w.lemma_.lower() in _ATTACKER_NOUNS | own
                             or w.lower_ in _ATTACKER_NOUNS)

    return attackers


# verbs of coming back to strike again ("the gunmen returned on Tuesday and killed 3 more")
_AGAIN_VERBS = {"return"}
# dates of a night, read as the day before publication, which a report filed days before its
# publication tells more exactly later ("an overnight raid" ... "at about 11 p.m. on Tuesday")
_NIGHTS = {"overnight", "last night"}
# the days the more exact date may lie before the night's
_TOLD_AGAIN_DAYS = 7


def _attackers_tell_on(doc: Doc, sent: Span, trig: list[Trigger], ev: Event) -> bool:
    """Every blow of the sentence is struck by the attackers of ``ev``, a violent event told
    before, told back ("Gunmen killed 25 people in an overnight raid on a village ... The
    attackers stormed Kwall village in Bassa at about 11 p.m. on Tuesday, shooting residents"):
    the same raid told in more detail, and the day it names may tell the event's night more
    exactly (``_night_told_exactly``). Not "The gunmen also attacked ...", "again", "Elsewhere,
    ...", nor "the gunmen returned on Friday"."""
    if ev.category != "violence" or any(t.lower_ in _ANOTHER_BLOW for t in sent) or any(
            t.lemma_.lower() in _AGAIN_VERBS for t in sent):
        return False
    attackers = _its_attackers(doc, ev)
    # (a participle with no subject of its own, "..., shooting residents", is the act of the
    # verb it hangs on)
    doers = [_subjects(doc[t.root]) for t in trig if t.strong and doc[t.root].pos_ == "VERB"]
    doers = [d for d in doers if d]
    return bool(doers) and all(attackers(w) for d in doers for w in d)


def _night_told_exactly(date, night) -> bool:
    """Whether ``date`` (a sentence's DateMention) may tell more exactly the event's date
    ``night``, a night read from publication ("overnight", "last night"): it lies up to
    ``_TOLD_AGAIN_DAYS`` before it, or the sentence names none."""
    if night is None or night.text.lower() not in _NIGHTS:
        return False
    if date is None or date.date is None or night.date is None:
        return True
    return 0 <= (night.date - (date.date_end or date.date)).days <= _TOLD_AGAIN_DAYS


def _continues(text: str, sents: list[Span], si: int, ev: Event, own_anchor: bool = True) -> bool:
    """Sentence ``si`` goes on with the sentence before it, which belongs to ``ev``: the parser
    cut a sentence that has no final stop, inside one line ("a pro (Governor) | Amaechi rally")."""
    if si == 0 or ev.sents[-1] != si - 1:
        return False
    prev = sents[si - 1]
    end = prev.text.rstrip().rstrip("\"'”’)]")
    # (a clause after a semicolon, parsed apart, goes on with the sentence it is part of unless
    # it has a date or place of its own: "...on Saturday; the next day a bomb killed 2 soldiers
    # near Tenenkou" is another event)
    if end.endswith(";"):
        return not own_anchor and "\n" not in text[prev.start_char:sents[si].start_char]
    return (end[-1:] not in ".!?:;"
            and "\n" not in text[prev.start_char:sents[si].start_char])


_REGION_WORDS = {"region", "state", "province", "county", "governorate", "prefecture", "oblast"}
_DISTINCT = {"separate", "other", "another", "unrelated"}


def _distinct(noun, moments: bool = False) -> bool:
    """"a separate attack", "another raid", "two other attacks": told as another event. Not
    "another suicide bomber" told moments after the blow before (``moments``, see
    ``_moments_later``): a second blast of the same incident, unless told "separate"."""
    mods = {c.lower_ for c in noun.children if c.dep_ in ("amod", "det")}
    if not mods & _DISTINCT or mods & {"the", "these", "those", "both"}:
        return False
    if noun.lemma_.lower() in ("hostage", "captive", "protester", "demonstrator", "rioter", "marcher", "striker"):
        return False  # "injured another hostage", "Fourteen other protesters were hurt": people, no blow
    if moments and not mods & {"separate", "unrelated"}:
        return False
    # ("in two separate attacks": the event's own parts; not "in separate clashes in Ann township")
    return not ("separate" in mods and noun.tag_ == "NNS" and not mods & {"other", "another"}
                and any(c.dep_ == "nummod" for c in noun.children))


_MOMENTS = {"seconds", "moments", "minutes", "moment", "minute"}
_SOON = {"shortly", "soon", "immediately"}


def _moments_later(sent: Span) -> bool:
    """The sentence tells its blow moments after the one before: "Minutes later, another
    suicide bomber detonated explosives nearby", "moments after the first blast", "shortly
    afterwards" (not hours or days later: another incident may be)."""
    words = [t.lower_ for t in sent if not t.is_space]
    for w, nxt in zip(words, words[1:]):
        if w in _MOMENTS and nxt in ("later", "after", "afterwards", "afterward"):
            return True
        if w in _SOON and nxt in ("later", "afterwards", "afterward", "thereafter"):
            return True
    return False


def _earlier_blow(doc: Doc, sent: Span, trig: list[Trigger]) -> bool:
    """A sentence that opens with a time before the event's ("Earlier in the day", "Hours
    earlier", "The previous day") and tells a blow by someone not told before ("an Israeli
    strike on southern Lebanon killed four Hezbollah fighters", "gunmen killed two farmers"):
    another incident. (Not "Earlier, police said 10 people were killed", nor the same people,
    "the gunmen".)"""
    toks = [t for t in sent if not t.is_space]
    comma = next((i for i, t in enumerate(toks[:6]) if t.text == ","), None)
    if comma is None:
        return False
    opening = {t.lower_ for t in toks[:comma]}
    if "earlier" not in opening and not (opening & {"previous", "before"}
                                         and opening & {"day", "night", "evening", "morning"}):
        return False
    return _blow_by_others(doc, trig)


_LAST_PERIOD = re.compile(r"\s*(?:Last|Earlier\s+this|In\s+the\s+previous)\s+(?:week|month|year)\s*,", re.IGNORECASE)
_LAST_PERIOD_END = re.compile(r"\blast\s+(?:week|month|year)\s*[.!]?\s*$", re.IGNORECASE)


_MONTH_WORDS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_IN_MONTH = r"\bin\s+(?:early\s+|late\s+|mid-?)?" + _MONTH_WORDS + r"(?:\s+\d{4})?(?!\s*\d)"
_IN_MONTH_OPEN = re.compile(r"\s*" + _IN_MONTH + r"\s*,", re.IGNORECASE)
_IN_MONTH_ANY = re.compile(_IN_MONTH)
_MONTH_ONLY = re.compile(_MONTH_WORDS)
_YEAR_ONLY = re.compile(r"(?:19|20)\d\d")
# an incident told anew ("A strike ... in March killed 11"): another one than the event's
_INCIDENT_NOUNS = {"attack", "strike", "airstrike", "bombing", "blast", "explosion", "ambush", "raid", "assault",
                   "clash", "massacre", "shooting"}
_IN_YEAR_OPEN = re.compile(r"\s*In\s+(?:early\s+|late\s+|mid-?)?(?:19|20)\d\d\s*,")
_LAST_MONTH_NAMED = re.compile(r"\blast\s+" + _MONTH_WORDS + r"\b")
# a sentence that ends with a month of its own, no day: "Security forces killed 31 Maoists in a
# single gunbattle in Bijapur in February."
_IN_MONTH_END = re.compile(_IN_MONTH + r"\s*[.!]?\s*$")


def _told_anew(sent: Span) -> bool:
    """An incident told anew, by "a" or "an", in a month or a year: "A strike on a market in the
    region in March killed 11 people" (not in the story's opening sentence: there it is the event
    itself)."""
    return any(t.dep_ == "nsubj" and t.lemma_.lower() in _INCIDENT_NOUNS and any(
        d.dep_ == "det" and d.lower_ in ("a", "an") for d in t.children) and any(
        w.ent_type_ == "DATE" and w.dep_ == "pobj" and w.head.lower_ == "in" and (
            _MONTH_ONLY.fullmatch(w.text) or _YEAR_ONLY.fullmatch(w.text))
        # ("A Houthi drone attack on a military parade in the south last month killed seven")
        for w in [*t.subtree, *(c for c in t.head.children if c.dep_ == "npadvmod"),
                  *(g for c in t.head.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children)])
        for t in sent)


def _told_last_period(sent: Span) -> bool:
    """An incident told anew, by "a" or "an", "last week", "last month" or "last year": "A rebel
    drone attack on an army camp in the south last month killed seven soldiers"."""
    return any(t.dep_ == "nsubj" and t.lemma_.lower() in _INCIDENT_NOUNS and any(
        d.dep_ == "det" and d.lower_ in ("a", "an") for d in t.children) and any(
        w.lower_ in ("week", "month", "year") and any(d.lower_ == "last" for d in w.children)
        for w in [*t.subtree, *(c for c in t.head.children if c.dep_ == "npadvmod")])
        for t in sent)


def _last_period(sent: Span) -> bool:
    """A sentence that opens or ends with a past period of its own ("Last month, at least 50
    people were killed in an attack in the same province", "Bandits killed 30 people in
    neighbouring Zamfara State last month."), or opens with a month ("In January, 12 people
    were killed ..."), or tells in the past perfect what a month saw ("a bomb blast in January
    had killed 12 people"): another incident, whether or not the article's publication date lets
    the date resolve. So does a year ("In 2023, an attack in the same area killed 13 people")."""
    text = sent.text
    if _LAST_PERIOD.match(text) or _LAST_PERIOD_END.search(text) or _IN_MONTH_OPEN.match(text) \
            or _IN_YEAR_OPEN.match(text) or _IN_MONTH_END.search(text) \
            or _LAST_MONTH_NAMED.search(text):  # ("A grenade attack at the same market last November")
        return True
    return bool(_IN_MONTH_ANY.search(text)) and any(
        t.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in t.children)
        for t in sent)


def _past_opening(sent: Span) -> bool:
    """The sentence opens with a past year of its own, "In 2014," or "Last year," (not "Last
    week,", which may tell the story's own event)."""
    return bool(_IN_YEAR_OPEN.match(sent.text) or _LAST_YEAR_OPEN.match(sent.text))


_LAST_YEAR_OPEN = re.compile(r"\s*(?:Last|In\s+the\s+previous)\s+year\s*,", re.IGNORECASE)


def _suicide_attacker_told_back(doc: Doc, strong: list[Trigger]) -> bool:
    """The blow's doer is a suicide attacker told back ("The bomber detonated his explosives"): one
    who strikes once, so the same event wherever it is told."""
    return any(w.lemma_.lower() in ("bomber", "attacker", "assailant") and any(
        d.lower_ == "the" for d in w.children) and any(
        t.family in ("suicide", "explosive") for t in strong) for t in strong for w in _subjects(doc[t.root]))


def _blow_by_others(doc: Doc, trig: list[Trigger]) -> bool:
    """A strong word of ``trig`` tells a blow whose doer is told anew, as "a", "an" or a bare
    noun ("an Israeli strike ... killed", "militia fighters shelled a camp in the city, killing
    three", "Soldiers pursued the assailants and killed 9 of them"), not the event's own people
    told back ("the gunmen", "they", "the same bandits"). A participle or a verb joined by "and"
    takes the subject of its clause."""
    for t in trig:
        verb = doc[t.root]
        if not t.strong:
            continue
        if verb.pos_ == "NOUN" and verb.dep_ in ("nsubj", "nsubjpass"):
            # the blow told as a noun: "a Hezbollah drone attack on an army post wounded two
            # soldiers" (the verb need not be an event word of its own)
            subjects = [verb]
        elif verb.pos_ == "VERB":
            holder = verb
            while not any(c.dep_ in ("nsubj", "nsubjpass") for c in holder.children) and \
                    holder.dep_ in ("advcl", "conj", "xcomp") and holder.head.pos_ in ("VERB", "AUX") \
                    and holder.head.i < holder.i:
                holder = holder.head  # "shelled a market, killing four": the shelling's doer
            # (a gerund too: "shelling on a camp near the border killed six people"; and the doers
            # of a passive: "two policemen were killed by suspected militants")
            subjects = [c for c in holder.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"
                        or c.dep_ == "csubj" and c.tag_ == "VBG"] + [
                g for a in holder.children if a.dep_ == "agent" for g in a.children
                if g.dep_ == "pobj" and g.pos_ == "NOUN"]
        else:
            continue
        for subj in subjects:
            dets = {c.lower_ for c in subj.children if c.dep_ in ("det", "poss", "nummod")}
            if dets <= {"a", "an", "another"} and not any(
                    c.dep_ == "amod" and c.lower_ == "same" for c in subj.children):
                return True
    return False


_NEXT = {"next", "following"}
_DAY_WORDS = {"day", "night", "evening", "morning", "afternoon"}


_SIEGE_ENDS = {"end", "break", "lift", "storm"}
# who storms a place where hostages are held
_STORMERS = {"force", "troop", "police", "soldier", "commando", "army", "policeman", "officer"}


def _later_blow(sent: Span) -> bool:
    """The sentence tells its blow some time after the one before, opening "Later that day",
    "Hours later", "About two hours later", "Two days later", "The next day", or telling "the
    next day" (not "Minutes later" or "shortly after": the same incident, ``_moments_later``)."""
    if _moments_later(sent):
        return False
    if any(t.lemma_.lower() == "rescue" for t in sent) or any(
            t.lemma_.lower() == "siege" and t.head.lemma_.lower() in _SIEGE_ENDS for t in sent):
        return False  # "security forces killed five of the assailants during the rescue operation
        #               the following morning": the end of a siege, the event's own
    if any(t.lemma_.lower() == "storm" and any(c.dep_ == "nsubj" and c.lemma_.lower() in _STORMERS for c in t.children)
           for t in sent) and re.search(r"\bhostages?\b", sent.doc.text[:sent.start_char], re.IGNORECASE):
        return False  # "Gunmen took 14 people hostage ... Security forces stormed the building the
        #               following day, killing all three gunmen": the end of the hostage-taking
    toks = [t for t in sent if not t.is_space]
    words = [t.lower_ for t in toks]
    comma = next((i for i, t in enumerate(toks[:7]) if t.text == ","), None)
    if comma is not None and not any(t.pos_ in ("VERB", "AUX") for t in toks[:comma]):
        opening = set(words[:comma])
        if "later" in opening or opening & _NEXT and opening & _DAY_WORDS:
            return True
    if any(a.like_num and b in ("days", "weeks") and c == "later" for a, b, c in zip(toks, words[1:], words[2:])):
        return True  # "A reprisal attack in Kpor two days later left 4 more dead"
    # ("killed 30 villagers in Tin the next day"; not in a clause of what came before or
    # after the blow, "until the army retook the town the following evening")
    # (nor a death of the hurt: "one of whom died in hospital the next day")
    return any(a == "the" and b in _NEXT and c in _DAY_WORDS and not any(
        n.lower_ in ("before", "after", "until") and n.dep_ in ("prep", "mark") or any(
            m.dep_ == "mark" and m.lower_ in ("before", "after", "until") for m in n.children)
        or n.lemma_.lower() in _DYING and n.pos_ == "VERB"
        for n in toks[i + 2].ancestors)
               for i, (a, b, c) in enumerate(zip(words, words[1:], words[2:])))


_GAP_UNITS = {"day", "days", "week", "weeks", "month", "months", "year", "years"}
_RETURN_VERBS = {"return"}


def _earlier_act(doc: Doc, trig: list[Trigger]) -> bool:
    """Every blow of the sentence is told as an act days before or after something else, or as
    what its people were returning from: "They came two days after an attack on a military post
    in North Waziristan killed seven soldiers", "Our men were returning from an operation in
    which five rebels were killed". Another incident than the one told (the event's own words
    told back, "the strikes", aside; not "gunmen killed 5 after attacking the village", the
    same blow, nor "residents fled after bandits attacked", with no days between)."""
    earlier = 0
    for t in trig:
        if not t.strong:
            continue
        if t.definite:
            continue  # "The strikes came two days after ...": the event told back
        tok = doc[t.root]
        found = False
        for node in [tok, *tok.ancestors]:
            marker = node if node.dep_ in ("prep", "mark") and node.lower_ in ("after", "before") \
                else next((c for c in node.children if c.dep_ == "mark"
                           and c.lower_ in ("after", "before")), None)
            if marker is not None and any(
                    g.lower_ in _GAP_UNITS for c in marker.children if c.dep_ == "npadvmod"
                    for g in c.subtree):
                found = True
                break
            if node.dep_ == "pobj" and node.head.lower_ == "from" and \
                    node.head.head.lemma_.lower() in _RETURN_VERBS:
                found = True
                break
        if not found:
            return False
        earlier += 1
    return earlier > 0


# a sentence opening that tells another incident: "Elsewhere,", "Separately,", "In a separate
# incident,", "In another attack,"
_ELSEWHERE = {"elsewhere", "separately"}


def _shifts_away(sent: Span) -> bool:
    """A sentence that opens with "Elsewhere,", "Separately,", "In a separate incident,", "In
    another attack," or "In a similar attack in January," (set off by a comma): the writer tells
    another incident."""
    toks = [t for t in sent if not t.is_space and not t.is_quote]
    # (the opening may name a place and a time: "In a similar attack at the same checkpoint in
    # October, ...")
    comma = next((i for i, t in enumerate(toks[:14]) if t.text == ","), None)
    if comma is None or comma == 0:
        return False
    opening = toks[:comma]
    words = [t.lower_ for t in opening]
    if words[0] in _ELSEWHERE and len(words) == 1:
        return True
    if words[0] != "in" or len(words) < 3:
        return False
    # (the first noun's phrase: "In a separate operation the same day, ...")
    first = next((i for i, t in enumerate(opening[1:], 1) if t.pos_ == "NOUN"), len(opening) - 1)
    mods = set(words[1:first])
    if bool(mods & {"another", "separate", "unrelated"}) and opening[first].pos_ == "NOUN" \
            and not mods & {"the", "this", "that", "these", "those", "both"} \
            and opening[first].lemma_.lower() not in _REPORT_NOUNS | {"interview", "comment", "remark", "speech"}:
        return True  # (not "In a separate statement issued late on Tuesday, the army said ...")
    # "In a similar attack in January, ...", "In an earlier attack last year, ...": a like incident
    # (not a way of acting: "In a similar fashion, they then shot dead three people")
    return words[1] in ("a", "an") and words[2] in ("similar", "earlier", "previous", "prior") \
        and len(words) > 3 and opening[3].lemma_.lower() in _BLOW_NOUNS | {"incident", "bombing", "killing"}


_MOVE_VERBS = {"move", "proceed", "head", "advance"}
# who moved on to strike again: attackers or troops, not the people an attack left ("the
# survivors moved to Sokoto, where two later died", "displaced residents moved to Maiduguri")
_NOT_MOVERS = {"survivor", "resident", "villager", "victim", "family", "relative", "displaced",
               "wounded", "injured", "body", "corpse", "people", "government", "official"}


def _moved_on(doc: Doc, sent: Span, places: list, trig: list) -> bool:
    """Those who fought went on to another place ("Following this attack the assailants moved to
    Mavo, killing 22", "then proceeded to Tilen, where they killed 4", "Soldiers advanced to
    Kufana, where they killed 6 of the bandits"): what happened there is another event, as
    ACLED codes one event per place. The blow is told after the place, not as what came before
    ("moved to a new camp after killing 8"), and is an attack, not a death ("where two later
    died of their wounds")."""
    spans = [(p.start_char, p.end_char) for p in places]
    for tok in sent:
        if tok.lemma_.lower() not in _MOVE_VERBS or tok.pos_ != "VERB":
            continue
        subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "auxpass")]
        if not subjects and tok.dep_ == "conj" and tok.head.pos_ == "VERB":
            # "Gunmen killed 3 in Bassa, then proceeded to Miango": the first verb's subject
            subjects = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or any(c.dep_ != "nsubj" for c in subjects) or any(
                c.lemma_.lower() in _NOT_MOVERS or c.lower_ in _NOT_MOVERS for c in subjects):
            continue
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("to", "towards", "toward", "into", "for"):
                continue
            at = [obj.i for obj in prep.subtree if any(a <= obj.idx < b for a, b in spans)]
            if not at:
                continue
            last = max(at)
            if any(t.strong and doc[t.root].i > last and not _told_as_before(doc[t.root], tok)
                   for t in trig):
                return True
    return False


_THEN = {"later", "then", "afterwards", "afterward", "subsequently"}


def _struck_later_elsewhere(doc: Doc, places: list, trig: list[Trigger], others: list) -> bool:
    """The attackers went on later to strike another place they name ("The same bandits later
    stormed Bagega village, killing five others" after an attack on Kango village):
    another event, as ACLED codes one event per place, however near the gazetteer puts the two.
    The blow is told "later" or "then" and the place it struck has another name than every
    place of the event (not "The attackers stormed Kwall village" after an overnight raid on a
    village told without a name, nor "minutes later")."""
    named = [p for p in others if p is not None and (p.name or p.mention)]
    if not named:
        return False
    spans = [(p.start_char, p.end_char, p) for p in places]
    for t in trig:
        verb = doc[t.root]
        if not t.strong or verb.pos_ != "VERB" or not any(
                c.dep_ == "advmod" and c.lower_ in _THEN for c in verb.children):
            continue
        objs = [c for c in verb.children if c.dep_ == "dobj"] + [
            g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "at", "into")
            for g in c.children if g.dep_ == "pobj"]
        for obj in objs:
            for a, b, p in spans:
                if obj.left_edge.idx <= a and b <= obj.right_edge.idx + len(obj.right_edge) and not any(
                        _same_name(_name_key(p.name or p.mention), _name_key(q.name or q.mention))
                        for q in named):
                    return True
    return False


def _told_in_the_perfect(sent: Span) -> bool:
    """A lede that sums up in the present perfect ("Shelling and drone strikes have killed many
    civilians in El Fasher"): no incident of its own that a dated one would be apart from."""
    verbs = [sent.root, *(c for c in sent.root.children if c.dep_ in ("ccomp", "parataxis"))]
    return any(c.dep_ == "aux" and c.lower_ in ("have", "has") for v in verbs for c in v.children)


def _told_as_before(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` sits in an "after ...", "before ..." clause of ``verb``."""
    for node in [tok, *tok.ancestors]:
        if node == verb:
            return False
        if node.lower_ in ("after", "before", "since") and node.dep_ in ("prep", "mark") or any(
                c.dep_ == "mark" and c.lower_ in ("after", "before", "since") for c in node.children):
            return True
    return False


def _places_conflict(a, b) -> bool:
    """Whether a sentence's place ``a`` and an event's place ``b`` tell two events."""
    if a is None or b is None:
        return False
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return False
    if None in (a.latitude, b.latitude):
        return (a.name or a.mention) != (b.name or b.mention)
    from geopy.distance import great_circle

    return great_circle((a.latitude, a.longitude), (b.latitude, b.longitude)).km > 25


def _far_apart(places: list, others: list) -> bool:
    """Whether every known place of ``places`` lies clearly away from every known one of
    ``others``: in another country, or in another first-level region and over 100 km away. A
    state read as its capital ("Bandits kill 13 in Katsina" and "Malumfashi Local Government Area
    of Katsina State"), places the gazetteer does not know and a headline's vague "Southern
    Kaduna" are not."""
    from geopy.distance import great_circle

    a = [p for p in places if p.latitude is not None]
    b = [p for p in others if p.latitude is not None]

    def apart(p, q) -> bool:
        if p.country_code and q.country_code and p.country_code != q.country_code:
            return True
        return (p.admin1 or "") != (q.admin1 or "") and great_circle(
            (p.latitude, p.longitude), (q.latitude, q.longitude)).km > 100

    return bool(a and b) and all(apart(p, q) for p in a for q in b)


def _lede_opening(sents: list[Span]) -> int | None:
    """The lede's first sentence after a headline, past a dateline or byline without a verb
    ("KHARTOUM (Reuters) -", "By Tijjani Ibrahim, Katsina"); None without a headline, a line
    of its own (not a clause cut at a semicolon)."""
    if len(sents) < 2 or not is_headline(sents[0]) or "\n" not in doc_text(sents[0].doc)[
            sents[0].start_char:sents[1].start_char]:
        return None
    return next((i for i in range(1, min(len(sents), 5))
                 if any(t.pos_ in ("VERB", "AUX") for t in sents[i])), None)


def _places_by_sentence(doc: Doc, sents: list[Span]) -> dict[int, list]:
    """Every place each sentence names (regions and countries too), datelines left out."""
    filed_from, filed_at = dateline_span(doc_text(doc))
    starts = [s.start_char for s in sents]
    out: dict[int, list] = {}
    for p in doc._.places or []:
        if not filed_from <= p.start_char < filed_at:
            out.setdefault(max(bisect_right(starts, p.start_char) - 1, 0), []).append(p)
    return out


# words a sentence may open with before the place it moves to ("Meanwhile, in ...")
_SHIFTS = {"meanwhile", "elsewhere", "separately", "also", "further", "and", "but"}


def _opening_region(sent: Span, places: list):
    """The region, province, state or country a sentence opens with, set off by a comma: "In
    the northeastern Sumy region, Russian shelling killed one person", "Meanwhile, in
    neighbouring Niger, ...". (A town it opens with is a place like any other.)"""
    toks = [t for t in sent if not t.is_space]
    i = 0
    while i < len(toks) and (toks[i].is_punct or toks[i].lower_ in _SHIFTS):
        i += 1
    if i >= len(toks) or toks[i].lower_ != "in" or toks[i].dep_ != "prep":
        return None
    prep, doc = toks[i], sent.doc
    end = prep.right_edge
    if end.i + 1 >= sent.end or doc[end.i + 1].text != ",":
        return None
    lo, hi = prep.idx, end.idx + len(end)
    return next((p for p in places if lo <= p.start_char < hi and _regional(p)), None)


def _blow_region(doc: Doc, strong: list, places: list):
    """A region or country told "in" the clause of a blow: "ambushed an army patrol near
    Banibangou in the Tillaberi region, killing four soldiers" (not "fled towards Zamfara")."""
    text = doc_text(doc)
    for t in strong:
        root = doc[t.root]
        if root.pos_ != "VERB":
            continue
        lo, hi = root.left_edge.idx, root.right_edge.idx + len(root.right_edge)
        for p in places:
            if not (lo <= p.start_char < hi and _regional(p) and re.search(
                    r"\bin\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}$", text[max(0, p.start_char - 40):p.start_char])):
                continue
            word = next((w for w in root.subtree if w.idx <= p.start_char < w.idx + len(w)), None)
            while word is not None and word.dep_ in ("compound", "amod", "det") and word.head.i > word.i:
                word = word.head
            prep = word.head if word is not None and word.dep_ == "pobj" else None
            # (not another blow's place: "were injured between this and an attack in Badghis")
            # (but the blow's own setting is its place: "shot down during an anti-drug operation in
            # Antioquia department")
            if prep is not None and prep.head.pos_ == "NOUN" and prep.head.lemma_.lower() in _BLOW_NOUNS and not (
                    prep.head.dep_ == "pobj" and prep.head.head.lower_ in ("during", "amid")):
                continue
            return p
    return None


_BLOW_NOUNS = {"attack", "raid", "bombing", "blast", "explosion", "clash", "incident", "ambush",
               "assault", "shooting", "strike", "airstrike", "offensive", "operation", "fighting"}


def _regional(place) -> bool:
    """A region or country, not a town: what ``_sentence_anchors`` leaves out of its places."""
    words = set((place.mention or "").lower().split())
    return getattr(place, "geo_precision", 3) >= 3 or bool(words & _REGION_WORDS)


def _name_key(name: str | None) -> str:
    """"Kharkivs’ka Oblast’" -> "kharkivska", "the Sumy region" -> "sumy": a region's name
    without its kind, to compare the spellings of gazetteers and articles."""
    words = [w for w in (name or "").lower().split() if w not in _REGION_WORDS | {"the", "of"}]
    return "".join(ch for ch in "".join(words) if ch.isalpha())


def _same_name(a: str, b: str) -> bool:
    """"kharkiv" and "kharkivska", "zaporizhzhia" and "zaporizka": one name, told two ways."""
    if not a or not b:
        return False
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n >= min(len(a), len(b)) or n >= 4 and n >= 0.7 * min(len(a), len(b))


def _other_region(region, places: list) -> bool:
    """Whether a region or country a sentence opens with lies outside every place an event's
    sentences named ("Kharkiv", in Kharkiv oblast, and "the Sumy region"; "Borno state" and
    "Maiduguri", in Borno, are one). An event whose places tell no region or country is in no
    other one."""
    if region.method == "country" or (region.feature_code or "").startswith("PCL"):
        codes = {p.country_code for p in places if p.country_code}
        return bool(codes) and region.country_code not in codes
    names = {_name_key(n) for p in places for n in (p.name, p.admin1, p.mention)} - {""}
    if not names:
        return False
    own = {_name_key(n) for n in (region.name, region.admin1, region.mention)} - {""}
    return not any(_same_name(a, b) for a in own for b in names)


# a line linking to another story ("Read also: ISWAP kills 5 soldiers in Yobe ambush"), also
# after a sentence of the article on the same line ("... in Tangaza. Read also: ...")
_LINK_LINE = re.compile(r"(?:^|(?<=[.!?\"'”’])[ \t]+)[ \t•*>-]*"
                        r"(?:read also|also read|see also|read more\s*:|related\s*:)",
                        re.IGNORECASE | re.MULTILINE)


def _link_sentences(text: str, sents: list[Span]) -> set[int]:
    """The sentences of lines that link to other stories: "Read also: ISWAP kills 5 soldiers in
    Yobe ambush", "READ ALSO: ...", "Also read", "Related: ...", "See also": another story's
    headline, no part of the article's events (nor their casualties); also the rest of a line
    after a sentence's end: "Bandits killed three villagers in Tangaza. Read also: ..."."""
    lines = []
    for m in _LINK_LINE.finditer(text):
        end = text.find("\n", m.start())
        start = m.start() + len(m.group()) - len(m.group().lstrip(" \t"))
        lines.append((start, len(text) if end == -1 else end))
    return {i for i, s in enumerate(sents)
            if any(lo <= s.start_char < hi for lo, hi in lines)} if lines else set()


# people told as others than those counted before: "Twenty-two others were injured"
_OTHERS = re.compile(r"^\S+\s+(?:\w+\s+)?others?\b", re.IGNORECASE)


def segment_events(doc: Doc, triggers: list[Trigger]) -> list[Event]:
    """Group the trigger sentences of ``doc`` into events.

    The lede's triggers form the primary event. A later sentence joins the event it is compatible
    with (same category of event, no other date, no other place): the event of the previous trigger
    sentence when they share a paragraph, else the primary one. A sentence that is incompatible
    with both starts a new event if it carries its own specific date, place or casualties;
    otherwise it is background ("violence since 2012", "the ADF has killed thousands") and makes
    no event. Places of care and of a source's title place nothing; a sentence opening with a
    region of its own ("In the Sumy region, ...") and telling its own toll is another event; the
    bodies of people told before ("Their bodies were found ...") are their event's. The lede's
    first sentence tells the headline's event unless it lies far away; what the event struck, told
    again ("The boat was travelling ..."), is the event's; a blow by others told as "Earlier in the
    day" is another, and so is one opening "Elsewhere,", "Separately," or "In a separate
    incident," with its own toll, one dated by a year of its own ("In 2019, a car bomb ..."), one
    told days before or after the event ("came two days after an attack ... killed seven") and
    what its people were returning from; what "the attack" began with, and "the village" the
    attackers raided, are the event's; lines linking to other stories ("Read also: ...") are
    background. Arrests over a killing told first are the primary event (``_choose_primary``).
    A toll that rose ("the death toll later rose to 25", "the Centre had raised the
    toll to 55") joins the last event told with a toll, whatever date it names.
    """
    sents = list(doc.sents)
    if not sents or not triggers:
        return []
    dates_by, places_by, cas_by = _sentence_anchors(doc, sents, triggers)
    lede = lede_end(doc)
    by_sent: dict[int, list[Trigger]] = {}
    for t in _with_demands(triggers, sents):
        by_sent.setdefault(t.sent, []).append(t)

    events: list[Event] = []
    text = doc_text(doc)
    published = doc._.published
    rejected: set[int] = _link_sentences(text, sents)
    ev_date: dict[int, Any] = {}
    ev_place: dict[int, Any] = {}
    ev_also: dict[int, list] = {}  # the lede's places of the headline's event
    opening = _lede_opening(sents)
    ev_regions: dict[int, list] = {}  # every place its sentences name, regions and countries too
    regions_by = _places_by_sentence(doc, sents)
    last_event: Event | None = None
    last_para = -1
    for si in sorted(by_sent):
        if si in rejected:
            continue  # a link to another story
        trig = by_sent[si]
        sent = sents[si]
        in_lede = sent.start_char < lede
        anchored_sentence = si in dates_by or si in places_by or si in cas_by
        background_year = any(d.precision == "year" for d in (doc._.dates or [])
                              if sent.start_char <= d.start_char < sent.end_char)
        # a bare plural with its own date, place or casualties, or reported by the lede, is
        # specific: "airstrikes on Boko Haram camps in Sambisa on Tuesday"
        specific = [t for t in trig if not t.generic or (
            t.plural_only and (anchored_sentence or (in_lede and not background_year)))]
        strong = [t for t in specific if t.strong]
        struck = {t.root for t in strong}
        date = next((d for d in dates_by.get(si, []) if not _dates_another_act(doc, d, struck)
                     and not _dates_a_relative(doc, d, {t.root for t in trig})
                     and not (events and _dates_a_later_death(doc, d))), None)
        if date is None and events:
            # "In 2019, a car bomb in Bogota killed 22 cadets": a year of its own, told after
            # an event of this year, is another incident's
            date = next((d for d in doc._.dates or [] if sent.start_char <= d.start_char
                         < sent.end_char and _year_of_blow(doc, d, struck)), None)
        # (where those the event struck were travelling from or to is no place of it)
        # (nor one named in passing, in a relative clause on people told before: "The youths,
        # who blocked the Benin-Auchi road, ...")
        places = [p for p in places_by.get(si) or [] if not _on_the_way(doc, p.start_char)
                  and not _in_passing(doc, p.start_char, struck) and not _fled_to(doc, p.start_char)
                  and not _told_to(doc, p.start_char)]
        # (a known place of the sentence tells its conflicts better than an unknown village
        # before it: "captured the village of Novoselivka in Kharkiv region")
        place = places[0] if places else None
        known = next((p for p in places if p.latitude is not None), place)
        has_cas = bool(cas_by.get(si))
        anchored = si in dates_by or si in places_by or has_cas
        if not strong and not (anchored and specific):
            if not specific:
                rejected.add(si)  # only generic mentions: "terrorist attacks" in general
            continue  # weak words alone ("died", "violence") or generic mentions
        para = text.count("\n\n", 0, sent.start_char)
        cat = _category(strong or specific)
        # "... were killed in the blast", "The fight was said to have...": told of an event
        # already told, so the places and dates of the sentence are not its own
        later_dead = bool(events) and (_died_later(doc, strong or specific) or _toll_raised(sent)
                                       or (not places and _aftermath(doc, trig)))
        found_dead = bool(events) and (_their_bodies(doc, trig) or _found_killed(doc, trig))
        # "The boat was travelling from Gao to Mopti when it was targeted near Bamba": the
        # people or things an event struck, told again, are that event's, wherever it was told
        struck_again = _the_struck(sent, trig)
        toll_update = bool(events) and _toll_rose(sent, {t.root for t in trig})
        # ("Twenty-two others were injured when a fighter jet dropped bombs on Let Yet Kone
        # village": people other than the event's own victims, told of the same blow)
        others_hurt = bool(events) and bool(cas_by.get(si)) and all(
            _OTHERS.search(c.text) for c in cas_by.get(si)) and not (
            dates_by.get(si) or _shifts_away(sent) or _last_period(sent) or _later_blow(sent)
            or any(p.latitude is not None for p in places))  # (not "Three others were killed in Zangon Kataf")
        anaphoric = _told_before(doc, strong or specific, dates_by.get(si), places) or (
            bool(events) and (later_dead or found_dead or toll_update)) or others_hurt
        # the wounded who died later are of the last event told with wounded ("In Borno, a bomb
        # injured 20 people. Six of the injured died overnight"), not of the lede's
        hurt_event = next((e for e in reversed(events) if any(
            c.outcome == "wounded" for j in e.sents for c in cas_by.get(j, []))), None) \
            if later_dead else None
        if toll_update and hurt_event is None:
            # a new toll is of the first event told with one, the story's own (not an earlier
            # offensive told in a background paragraph or a summary bullet before it), else of
            # the last event told with one
            tolled = [e for e in events if any(
                c.outcome in ("killed", "wounded") for j in e.sents for c in cas_by.get(j, []))]
            hurt_event = tolled[0] if tolled and tolled[0] is events[0] else (tolled[-1] if tolled else None)
        if found_dead:  # the bodies of people told abducted are of their abduction
            hurt_event = next((e for e in reversed(events) if any(
                c.outcome == "abducted" for j in e.sents for c in cas_by.get(j, []))), None)
        # "Nine hostages were killed on ...": what became of the people of an event told before
        people = {t.family for t in specific if doc[t.root].lemma_.lower() in _PERSON_TRIGGERS}

        # "In the northeastern Sumy region, shelling killed one person": a region or country of
        # its own, with its own toll, is another event than one told in another region
        region = _opening_region(sent, regions_by.get(si, [])) if has_cas else None
        if region is None and has_cas and strong:
            # ("jihadists ambushed an army patrol near Banibangou in the neighbouring Tillaberi
            # region, killing four soldiers": the region the blow is told in)
            region = _blow_region(doc, strong, regions_by.get(si, []))

        # "A separate attack ... killed 7 soldiers", "Two other attacks ... killed 5": another event
        # (not "In the two separate attacks, 15 villagers were killed": the event's own parts)
        # (also the blow a verb's subject names, no event word itself: "another strike in Al-Jawf on
        # Friday morning killed four fighters")
        distinct = any(_distinct(doc[t.root], _moments_later(sent)) for t in trig) or any(
            _distinct(c, _moments_later(sent)) for t in strong for c in doc[t.root].children
            if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _BLOW_NOUNS) or _moved_on(
            doc, sent, places, trig) or (not anaphoric and (
                # ("A missile strike on an apartment block in the city in January 2023 killed 46
                # people": told anew in a month or year of its own, whose toll the casualties
                # already leave out as another event's)
                bool(strong) and _told_anew(sent) and si != opening and bool(events) or
                _earlier_blow(doc, sent, trig) or (has_cas and not strong and _last_period(sent)) or (
                    # ("In 2014, the group captured Gwoza": an act of a past year or month, told
                    # after the story's event, with or without a toll)
                    bool(specific) and bool(events) and si != opening and _past_opening(sent)) or (
                    # ("A rebel drone attack ... last month killed seven soldiers" after a story's
                    # event with a toll of its own; not the lede's attack told again after
                    # "mourning for soldiers killed in an attack")
                    has_cas and bool(strong) and bool(events) and si != opening and _told_last_period(sent)
                    and any(cas_by.get(j) for j in events[0].sents)) or (has_cas and bool(strong) and (
                    _later_blow(sent) and _blow_by_others(doc, strong) or _last_period(sent) or (
                        _told_anew(sent) and si != opening and bool(events)) or
                    _shifts_away(sent) or _earlier_act(doc, strong)))))

        # the lede's first sentence after a headline that alone told an event: the same event
        # told in full, unless clearly another: "a separate attack", far away (``_far_apart``)
        after_headline = si == opening and bool(events) and events[0].sents == [0]
        # "The assailants withdrew after losing 12 fighters": the attackers leaving the event
        # told before are part of it, whatever place or date the sentence names
        withdrew = not distinct and _attackers_withdrew(doc, sent, trig, last_event)
        anaphoric = anaphoric or withdrew

        def compatible(ev: Event) -> bool:
            if distinct:
                return False
            # violence told right after a demonstration, in its paragraph (or its headline), is
            # part of it
            same_kind = ev.category == cat or (
                ev.category == "demonstration" and cat == "violence" and ev is last_event
                and (para == last_para or after_headline))
            if not same_kind:
                return False
            if anaphoric or struck_again and struck_again in _struck_nouns(doc, ev.triggers):
                return True
            if after_headline and ev is events[0]:
                return not _far_apart(places, places_by.get(0) or [])
            if region is not None and _other_region(region, ev_regions.get(ev.n, [])):
                return False
            if has_cas and _struck_later_elsewhere(
                    doc, places, strong, [ev_place.get(ev.n), *ev_also.get(ev.n, [])]):
                return False
            if date is not None and ev_date.get(ev.n) is None and has_cas and strong and \
                    date.precision == "day" and not (in_lede and ev.sents == [0]) \
                    and not _told_in_the_perfect(sents[min(ev.sents)]) \
                    and _blow_by_others(doc, strong):
                # "Soldiers pursued the assailants and killed 9 of them ... on 04/02/2024" after an
                # undated attack: a blow by others on a day of its own is another event (not the
                # lede dating what a headline alone told)
                return False
            same_people = bool(people & {t.family for t in ev.triggers}) or (
                _night_told_exactly(date, ev_date.get(ev.n))
                and _attackers_tell_on(doc, sent, strong, ev))
            return ((same_people or not _dates_conflict(date, ev_date.get(ev.n))
                     and not (ev_date.get(ev.n) is None and _long_before(date, published)))
                    and (not all(_places_conflict(known, p)
                                 for p in [ev_place.get(ev.n), *ev_also.get(ev.n, [])])
                         # (the attackers told back, in a place the gazetteer does not know: "A
                         # suicide bomber struck a rally in Kurram ... The bomber detonated his
                         # explosives ... in the town of Sadda")
                         or known is not None and date is None and not has_cas and (known.latitude is None or all(
                             p is None or p.latitude is None for p in [ev_place.get(ev.n), *ev_also.get(ev.n, [])]))
                         and _suicide_attacker_told_back(doc, strong)
                         and _attackers_tell_on(doc, sent, strong, ev)
                         or _names_the_struck(doc, trig, places,
                                              _unnamed_struck(doc, ev.triggers))
                         or _struck_told_again(doc, sent, trig,
                                               _unnamed_struck(doc, ev.triggers))))

        target = None
        if withdrew:
            target = last_event
        elif hurt_event is not None and compatible(hurt_event):
            target = hurt_event
        elif last_event is not None and _continues(text, sents, si, last_event,
                                                 own_anchor=date is not None or bool(places)):
            target = last_event  # a sentence cut short by the parser: "a pro (Governor) | Amaechi rally"
        elif in_lede and events and compatible(events[0]):
            target = events[0]
        elif last_event is not None and para == last_para and compatible(last_event):
            target = last_event
        elif events and compatible(events[0]):
            target = events[0]
        else:
            target = next((e for e in events if compatible(e)), None)
        if target is None and events and not anchored:
            rejected.add(si)
            continue
        if target is None:
            target = Event(n=len(events) + 1, triggers=[], sents=[])
            events.append(target)
        anaphoric = anaphoric or bool(struck_again) and struck_again in _struck_nouns(
            doc, target.triggers)
        target.triggers.extend(trig)
        target.sents.append(si)
        if after_headline and target is events[0] and not anaphoric:
            # the lede's date and places are the event's, besides the headline's (a weekday or
            # feast in a headline, "kills 34 on Palm Sunday", is no date to hold the body to)
            ev_date[target.n] = date or ev_date.get(target.n)
            ev_also[target.n] = places
        if ev_date.get(target.n) is None and not anaphoric:
            ev_date[target.n] = date
        if ev_place.get(target.n) is None and not anaphoric:
            ev_place[target.n] = place
        if not anaphoric:
            ev_regions.setdefault(target.n, []).extend(regions_by.get(si, []))
        last_event, last_para = target, para

    doc._.background_sentences = rejected
    _choose_primary(events, sents, lede)
    for ev in events:
        _set_evidence(ev, sents, dates_by, places_by, cas_by)
        ev.event_type, ev.sub_event_type = type_event(ev.triggers)
    return events


def _with_demands(triggers: list[Trigger], sents: list[Span] | None = None) -> list[Trigger]:
    """The triggers that can make events, read with the demands stated in their sentences.

    Blocking a road, shutting an office or converging on a square is a demonstration when the
    sentence states a demand ("students blocked the road to demand the release of their
    lecturer"): such acts (``cue`` rules) count only then, and the weak demonstration words
    of that sentence count as strong ones. The demands themselves (family ``demand``) are no
    event.
    """
    demands = {t.sent for t in triggers if t.family == _DEMAND}
    if sents:  # a clause after a semicolon is of its sentence's demand ("to demand ...; flights
        # were grounded and the grid was shut down")
        for i in sorted(demands):
            while i + 1 < len(sents) and sents[i].text.rstrip().endswith(";"):
                i += 1
                demands.add(i)
    out = []
    for t in triggers:
        if t.family not in _FAMILIES:
            continue
        crowd_act = t.cue or (not t.strong and _FAMILIES[t.family]["category"] == "demonstration")
        if crowd_act and t.sent in demands:
            t = replace(t, strong=True)
        elif t.cue:
            continue
        out.append(t)
    return out


_BLOWS = {"killing", "murder", "attack", "abduction", "kidnapping", "bombing", "ambush",
          "massacre", "shooting", "raid", "death"}


def _choose_primary(events: list[Event], sents: list[Span], lede: int) -> None:
    if not events:
        return

    against_violence = any(e.category == "violence" for e in events)

    def key(ev: Event):
        first = min(ev.sents)
        # (arrests over a killing, told first, are the news: "Police arrested five suspects in
        # connection with the killing of 12 villagers ..." before the killing told again)
        # (as is force against a demonstration: "Police opened fire on protesters, killing four",
        # before "Earlier in the day, gunmen attacked a market")
        # (only against a violent event: two demonstrations keep their order)
        violent = ev.category == "violence" or against_violence and ev.category == "demonstration" and any(
            t.strong and t.family in ("attack", "kill") for t in ev.triggers) or first == min(min(e.sents) for e in events) and any(
            tok.lemma_.lower() in _BLOWS and _arrested_over(tok) for tok in sents[first])
        return (sents[first].start_char >= lede, not violent, first)

    min(events, key=key).primary = True


def _set_evidence(ev: Event, sents, dates_by, places_by, cas_by) -> None:
    """The evidence sentence: the one that says most about the event (place, date, casualties)."""

    def score(si: int):
        n = bool(dates_by.get(si)) + bool(places_by.get(si)) + bool(cas_by.get(si))
        headline = si == 0 and sents[0].text.strip()[-1:] not in ".!?"
        return (-(n + (0 if headline else 0.5)), si)

    best = min(ev.sents, key=score)
    s = sents[best]
    ev.start_char, ev.end_char, ev.sentence = s.start_char, s.end_char, s.text.strip()


# the family of the words that name any violent event ("attack", "assault"): as a definite noun
# after the first sentence, a reference back, not a description
_BACK_REFERENCE_FAMILY = "attack"


def _named_kind(t: Trigger, triggers: list[Trigger]) -> bool:
    """"attacks" right after a word of another family that says what they were ("arson attacks",
    "looting attacks"): the word before types the event, not the general noun."""
    return t.family == _BACK_REFERENCE_FAMILY and any(
        o.family != t.family and o.sent == t.sent and 0 <= t.start_char - o.end_char <= 1
        for o in triggers)


def typing_family(triggers: list[Trigger]) -> str | None:
    """The family that types an event: the highest-priority one among its specific triggers.

    "The attack" after the event's first sentence ("no casualties in the attack" after
    "Assailants set fire to a school") names the event told before, whatever it was; it types
    the event only when nothing else does. ("The gun battle", "the blast" say what it was.)
    """
    first = min((t.sent for t in triggers), default=0)
    told = [t for t in triggers if not (t.generic and not t.plural_only) and not (
        t.definite and t.sent > first and t.family == _BACK_REFERENCE_FAMILY)
        and not _named_kind(t, triggers)]
    families = {t.family for t in told} or {t.family for t in triggers if not t.generic} or \
        {t.family for t in triggers}
    return next((fam for fam in _PRIORITY if fam in families), None)


def type_event(triggers: list[Trigger]) -> tuple[str | None, str | None]:
    """ACLED event type and sub-event type from an event's triggers alone."""
    fam = typing_family(triggers)
    if fam is None:
        return None, None
    return _FAMILIES[fam]["event_type"], _FAMILIES[fam]["sub_event_type"]


_ARMED = {"state_forces", "rebel_group", "political_militia", "identity_militia", "external_forces"}
_STATE = {"state_forces", "external_forces"}


def _actor_types(ev: Event) -> set[str]:
    return {a.actor_type for a in ev.actors if a.role in ("actor1", "actor2")} or \
        {a.actor_type for a in ev.actors}


def _armed_opponents(ev: Event) -> bool:
    """Armed actors on two sides: a battle, in ACLED's terms, unless civilians were the target."""
    by_role = {role: {a.actor_type for a in ev.actors if a.role == role} for role in ("actor1", "actor2")}
    victims = {c.victim_group for c in ev.casualties if c.count_best}
    sides = [types & _ARMED for types in by_role.values()]
    if victims & {"military", "police"} and (by_role["actor1"] & _ARMED or not ev.actors):
        def killed(groups):
            # (the dead first, then the hurt: "several protesters injured. 2 police officers
            # were also wounded" was a crackdown, not a battle)
            return tuple(sum(c.count_best or 0 for c in ev.casualties
                             if c.victim_group in groups and c.outcome == outcome)
                         for outcome in ("killed", "wounded"))
        # "One soldier, 12 civilians reportedly killed" in an attack on villages: civilians were
        # the target; not when the forces are a side ("ambushed an army convoy, killing three
        # soldiers and five passengers")
        if killed({"civilians"}) <= killed({"military", "police"}) or \
                (by_role["actor1"] | by_role["actor2"]) & _STATE:
            return True
    if "militants" in victims and by_role["actor1"] & _STATE:
        return True
    if "civilians" in victims:
        return False
    return all(sides) and bool((sides[0] | sides[1]) & _STATE)


def _crowd_only(ev: Event) -> bool:
    everyone = {a.actor_type for a in ev.actors}
    actor1 = {a.actor_type for a in ev.actors if a.role == "actor1"}
    return bool(everyone) and not everyone & _ARMED and bool(
        actor1 & {"rioters", "protesters", "civilians"})


def _crowd_clash(ev: Event) -> bool:
    """A clash of supporters, students, youths or families (with or without police): a riot."""
    actor1 = {a.actor_type for a in ev.actors if a.role == "actor1"}
    everyone = {a.actor_type for a in ev.actors}
    return bool(actor1 & {"rioters", "protesters", "civilians"}) and not (everyone & _ARMED) - _STATE


CONDITIONS = {
    "crowd_clash": _crowd_clash,
    "armed_opponents": _armed_opponents,
    "crowd_only": _crowd_only,
    "rioters": lambda ev: "rioters" in _actor_types(ev),
    "state_acts": lambda ev: any(a.role == "actor1" and a.actor_type in _STATE for a in ev.actors),
    "nonstate_acts": lambda ev: any(a.role == "actor1" and a.actor_type in _ARMED - _STATE
                                    for a in ev.actors),
    "rioters_act": lambda ev: any(a.role == "actor1" and a.actor_type == "rioters" for a in ev.actors),
    "people_killed": lambda ev: any(c.outcome == "killed" and (c.count_best or 0) > 0
                                    for c in ev.casualties),
    "protesters_killed": lambda ev: any(c.outcome == "killed" and (c.count_best or 0) > 0
                                        for c in ev.casualties),
    "intervention": lambda ev: bool(_actor_types(ev) & _STATE) or any(
        t.family in ("intervention", "arrest") for t in ev.triggers),
}
_RULES = _TYPES["context_rules"]


def retype_in_context(ev: Event) -> None:
    """Retype an event once its actors and casualties are known (``context_rules`` in the data).

    A raid on an army post answered by the army is a battle, not violence against civilians; a
    protest where demonstrators burn a police station is a riot.
    """
    fam = typing_family(ev.triggers)
    for rule in _RULES:
        if fam in rule["families"] and CONDITIONS[rule["when"]](ev):
            ev.event_type, ev.sub_event_type = rule["type"]
            return


@Language.factory("conflict_events")
class EventComponent:
    """Find event triggers, group them into events, type them; sets ``doc._.events``."""

    def __init__(self, nlp: Language, name: str):
        self.triggers = TriggerMatcher(nlp.vocab)

    def __call__(self, doc: Doc) -> Doc:
        triggers = self.triggers(doc)
        events = segment_events(doc, triggers)
        link_casualties(doc, events)
        link_dates(doc, events)
        link_places(doc, events)
        link_actors(doc, events)
        for ev in events:
            retype_in_context(ev)
        doc._.events = events
        return doc


def _sentence_of(doc: Doc):
    starts = [s.start_char for s in doc.sents]

    def index(char: int) -> int:
        return max(bisect_right(starts, char) - 1, 0)

    return index


def link_casualties(doc: Doc, events: list[Event]) -> None:
    """Attach each casualty count to its event, then count each casualty once per event.

    A count belongs to the event of its sentence; a count in a sentence without event words to the
    event told just before it in the same paragraph, else to the primary event. Counts in sentences
    whose event words were judged background ("attacks since 2012") are left out.
    """
    from .casualties import merge_casualties

    if not events:
        return
    index = _sentence_of(doc)
    ev_by_sent = {si: ev for ev in events for si in ev.sents}
    background = doc._.background_sentences or set()
    primary = next(ev for ev in events if ev.primary)
    sents = list(doc.sents)
    for cas in doc._.casualties or []:
        si = index(cas.start_char)
        ev = ev_by_sent.get(si)
        if ev is None:
            if si in background:
                continue
            if _last_period(sents[si]) and not (cas.update or cas.toll):
                continue  # "Earlier this month, ISWAP fighters planted explosives ..., wounding three
                #           soldiers": another incident's, though told without an event word
            para_start = doc_text(doc).rfind("\n\n", 0, sents[si].start_char)
            prev = [s for s in ev_by_sent if s < si and sents[s].start_char > para_start]
            ev = ev_by_sent[max(prev)] if prev else primary
        ev.casualties.append(cas)
    for ev in events:
        ev.casualties = merge_casualties(ev.casualties)


def link_dates(doc: Doc, events: list[Event]) -> None:
    """Each event's date: the date expression governing one of its triggers (dates.event_date)."""
    if doc._.dates is None:
        return
    from .dates import event_date

    # dates of reports ("the toll rose to 23 on Tuesday") do not date the event; a year does
    # only when no day, week or month does
    captions = caption_lines(doc_text(doc))  # (a picture's date is none of the story's)
    specific = [d for d in doc._.dates if dates_an_event(doc, d) and not within(captions, d.start_char)]
    years = [d for d in doc._.dates if d.date is not None and d.precision == "year"
             and not within(captions, d.start_char)]
    # (a date told in another event's sentence dates that event, not the story's own: "The army
    # has relied on drones since seizing power in a February 2021 coup" after an undated strike;
    # another event may still take the lede's date, "In a separate incident the same day")
    starts = [s.start_char for s in doc.sents]
    owner = {si: ev.n for ev in events for si in ev.sents}
    # (nor a date of a sentence that tells only a record of the past: "the scene of one of the
    # deadliest massacres in Mali's recent history, when about 160 people were killed in March 2019")
    told: dict[int, list[bool]] = {}
    for ev in events:
        for t in ev.triggers:
            told.setdefault(t.sent, []).append(t.generic)
    sent_of = {s.start: i for i, s in enumerate(doc.sents)}
    record = {sent_of[t.sent.start] for t in doc if told_as_a_record(t)}
    # (also one that tells no event at all: "Solhan is where more than 130 people were massacred
    # in June 2021")
    past = {si for si in record if all(told.get(si, [True]))}
    for ev in events:
        mention = precision = None

        def own(d) -> bool:
            si = max(bisect_right(starts, d.start_char) - 1, 0)
            return si not in past and (not ev.primary or owner.get(si, ev.n) == ev.n)

        for usable in ([d for d in specific if own(d)], [d for d in specific + years if own(d)]):
            for t in ev.triggers:  # the headline seldom dates an event; its body sentences do
                mention, precision = event_date(doc, usable, t.start_char, t.end_char,
                                                doc._.published)
                if mention is not None:
                    break
            if mention is not None:
                break
        ev.date, ev.date_precision = mention, precision
        if mention is not None:
            ev.event_date = mention.date
        elif precision is not None and doc._.published is not None:
            ev.event_date = doc._.published


def link_actors(doc: Doc, events: list[Event]) -> None:
    """Each event's actors, with their roles (actor1 acted, actor2 was acted upon; see actors)."""
    if doc._.actors is None:
        return
    from .actors import assign_roles

    sents = list(doc.sents)
    for ev in events:
        ev.actors = assign_roles(doc, doc._.actors, [t.root for t in ev.triggers],
                                 [sents[si].start_char for si in ev.sents])


def link_places(doc: Doc, events: list[Event]) -> None:
    """Each event's place: the place governing its first trigger that has one below country
    level, else the most specific (see toponyms.event_place); datelines are not event places."""
    if doc._.places is None:
        return
    from .toponyms import event_place

    filed_from, filed_at = dateline_span(doc_text(doc))
    # (nor a place in the title of a source: "vicar general of the Dori diocese", nor the care
    # place a source works at: "A health worker at the Mbengwi district hospital said")
    captions = caption_lines(doc_text(doc))
    places = [p for p in doc._.places if not filed_from <= p.start_char < filed_at
              and not _in_a_title(doc, p.start_char) and not _a_sources_care(doc, p.start_char)
              and not within(captions, p.start_char)]
    for ev in events:
        struck = {t.root for t in ev.triggers if t.strong}
        told = {t.root for t in ev.triggers}
        # (the way of those it struck, "escorting fuel trucks from Douentza to Hombori", and a
        # place named in passing, "The youths, who blocked the Benin-Auchi road, ...", only
        # when the event names no other: "Nineteen travellers, returning from Ngalda market,
        # are killed")
        own = [p for p in places if not _on_the_way(doc, p.start_char)
               and not _in_passing(doc, p.start_char, struck) and not _fled_to(doc, p.start_char)
               and not _told_to(doc, p.start_char)]
        for pool in (own, places):
            found, first = _first_place(doc, pool, ev.triggers)
            if first is not None:
                break
        if first is not None and found[0].feature_code == "ADM1":
            found[0] = _finer_place(doc, own, ev.triggers[first + 1:], found[0], struck, told)
        ev.place = min(found, key=lambda p: (p.geo_precision, p.method == "country"), default=None)


def _first_place(doc: Doc, places: list, triggers: list[Trigger]) -> tuple[list, int | None]:
    """The place of the first trigger that has one below country level (the lede's "in Kurmin
    Masara, Kaduna State" before the body's "a hospital in Kafanchan"), with that trigger's
    index; else the country-level places found, and None."""
    from .toponyms import event_place

    found = []
    for k, t in enumerate(triggers):
        p = event_place(doc, places, t.start_char, t.end_char)
        if p is None:
            continue
        if not _country_level(p):
            return [p], k
        found.append(p)
    return found, None


def _finer_place(doc: Doc, places: list, later: list[Trigger], region, struck: set[int],
                 told: set[int]):
    """A town of ``region`` (a first-level region, the place of an event's first trigger) where
    a later blow of the event struck: "Gunmen killed 25 people in a raid on a village in
    Plateau state ... The attackers stormed Kwall village in Bassa local government area" is
    placed at Bassa (not where the hurt were cared for, "taken to a hospital in Jos")."""
    from .toponyms import event_place

    for t in later:
        if not t.strong:
            continue
        p = event_place(doc, places, t.start_char, t.end_char)
        if p is not None and p.geo_precision < region.geo_precision and \
                p.method != "country" and p.country_code == region.country_code and \
                p.admin1 == region.admin1 and not _place_of_care(doc, p.start_char, struck, told):
            return p
    return region


def _country_level(place) -> bool:
    return place.method == "country" or (place.feature_code or "").startswith("PCL")
