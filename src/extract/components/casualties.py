"""Casualties: counts (min / best / max), outcome and victim group, read off the dependency parse.

"five soldiers killed", "dozens wounded", "at least 12 civilians died", "killing 3 people",
"left 5 dead", "the death toll rose to 12", "neutralising a large number of terrorists",
"no casualties were reported". Vocabulary and ACLED's vague-count conventions are data
(``data/casualty_words.json``). ``find_casualties(doc)`` gives one :class:`Casualty` per count
mention; :func:`merge_casualties` then counts each casualty of an event once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.matcher import Matcher
from spacy.language import Language
from spacy.tokens import Doc, Token
from text_to_num import text2num

from .common import (CARE_PLACES, ORDINALS, REPORT_VERBS, RISE_VERBS, AnchoredMatcher, doc_text, is_charge,
                     is_earlier_event, is_headline, is_running_total, load_json, natural_cause,
                     of_wounds, ordinal_of, told_as_a_record, token_strings)

if not Doc.has_extension("casualties"):
    Doc.set_extension("casualties", default=None)

_W = load_json("casualty_words.json")
_OUTCOMES: dict[str, str] = _W["outcomes"]
_GROUP_OF: dict[str, str] = {w: g for g, words in _W["victim_groups"].items() for w in words}
_CIVILIAN_CONTEXT = set(_W["civilian_context"])
_VAGUE: dict[str, list] = _W["vague"]
_BOUNDS: dict[str, str] = {k: v for k, v in _W["bounds"].items() if not k.startswith("_")}
_ZERO_NOUNS: dict[str, list] = _W["zero_nouns"]
_NOT = _W["not_a_casualty"]
_ATTEMPT_MODS = set(_NOT["attempt_modifiers"])
_ATTEMPT_GOVS = set(_NOT["attempt_governors"])
_REASON_PREPS = set(_NOT["reason_preps"])
_EARLIER_WORDS = set(_NOT["earlier_date_words"])
_SPANS = {"day", "week", "month", "year", "fortnight", "decade"}
_BURN_VERBS = set(_W["burning"]["verbs"])
_FIRE_WORDS = set(_W["burning"]["fire_words"])
# every lemma _outcome or _zero answers to (the others need "to death" in the sentence)
_OUTCOME_LEMMAS = frozenset(_OUTCOMES) | frozenset(_ZERO_NOUNS) | _BURN_VERBS | {
    "set", "lose", "claim", "take", "death", "blow", "slit", "cut", "slash", "succumb", "dying",
    # (the care of the wounded: "were hospitalised", "rushed to hospital", "escaped with injuries")
    "admit", "rush", "evacuate", "treat", "fly", "airlift", "carry", "convey", "bring", "receive", "hospitalise",
    "hospitalize", "hospitalised", "hospitalized", "escape", "survive",
    # ("was arrested with gunshot wounds", "were rescued with injuries", "fled with injuries")
    # ("was hit by shrapnel")
    "hit", "strike",
    "rescue", "arrest", "flee", "find", "leave", "free", "release", "apprehend",
    # ("gunned down", "mowed down", "embraced martyrdom", "paid the ultimate price")
    "gun", "mow", "embrace", "pay",
    # ("breathed their last", "met their death", "were felled", "hacked down")
    "breathe", "meet", "fell", "hack",
    # ("Residents said 30 people were killed, but police put the figure at 12")
    "figure", "number",
    # ("Nine others remain under treatment", "Eight people are in hospital with gunshot wounds")
    "remain", "stay", "be",
    # ("(3 killed, 6 wounded)": an adjective on a number)
    "wounded", "injured", "turn", "send", "bury"}
_NON_VICTIMS = set(_W["non_victims"])
_SPREAD = re.compile(
    r"\bacross\s+(?:the\s+|all\s+|these\s+)?(both|two|three|four|five|six|seven|eight|nine|ten|\d+)?"
    r"\s*(?:of\s+(?:the\s+|these\s+)?)?(?:\w+\s+)?(?:" + "|".join(_W["spread"]["nouns"]) + r")\b",
    re.IGNORECASE)   # "across the three attacks", "across two of the attacks"
# "killed 12 people in two attacks", "in three separate raids": a total of that many events
_IN_EVENTS = re.compile(
    r"\b(?:in|during)\s+(two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:separate\s+|"
    r"different\s+|related\s+|coordinated\s+|simultaneous\s+|similar\s+)?(?:"
    + "|".join(n for n in _W["spread"]["nouns"] if n != "days") + r")\b", re.IGNORECASE)
def _stext(span) -> str:
    """A sentence's text, cut from the Doc's text joined once (``Span.text`` joins its tokens
    anew at every access)."""
    return doc_text(span.doc)[span.start_char: span.end_char]


def _in_events(doc: Doc, sent, found: list[Casualty]) -> re.Match | None:
    """"killed 12 people in two attacks": the counted events the toll itself was told "in" (not
    another clause's: "a week after 20 were killed in two attacks", "the gang had been involved
    in three separate attacks last year")."""
    for m in _IN_EVENTS.finditer(_stext(sent)):
        prep = doc.char_span(sent.start_char + m.start(), sent.start_char + m.start() + 2)
        if prep is None:
            continue
        verb = prep[0].head
        if any(c.start_char <= verb.idx < c.end_char for c in found):
            return m
    return None


_ONE_OF = re.compile(
    r"\bone of (?:at least )?(two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:\w+\s+){0,2}?"
    r"(?:" + "|".join(_W["spread"]["nouns"]) + r")\b", re.IGNORECASE)
# "between this incident and a similar bombing on February 10": a total for two events
_SINGLE = "|".join(_W["spread"]["single_nouns"])
_BETWEEN_TWO = re.compile(
    rf"\bbetween\s+(?:this|the)\s+(?:{_SINGLE})\s+and\s+(?:a|an|another|the)\s+(?:\w+\s+){{0,2}}?"
    rf"(?:{_SINGLE})\b", re.IGNORECASE)
_DAYS = re.compile(
    r"\b(?:over|across|during|for)\s+(?:the\s+)?(?:following\s+|next\s+|past\s+)?"
    r"(two|three|four|five|six|seven|\d+)\s+(?:consecutive\s+|straight\s+)?days\b"
    # (not a span of something else than the violence: "a five-day vaccination campaign")
    r"|\b(two|three|four|five|six|seven|\d+)[- ]day\b(?!-)(?!\s+(?:[\w-]+\s+){0,3}(?:campaigns?|visits?|summits?|"
    r"meetings?|conferences?|ultimatums?|strikes?|mourning|curfews?|lockdowns?|holidays?|festivals?|"
    r"trips?|tours?|workshops?|training|courses?|ceasefires?|truces?|deadlines?|sit-ins?|protests?|"
    r"marches|march|celebrations?|event|programmes?|programs?|retreat|break)\b)"
    r"|\b(two|three|four|five|six|seven|\d+)\s+consecutive\s+days\b"
    r"|\blasted\s+(two|three|four|five|six|seven|\d+)\s+days\b", re.IGNORECASE)
# a span of days written as dates: "5-6 April", "17/12 - 19/12", "between 25/09 and 26/09"
_MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
           r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?")
_DAY_RANGE = re.compile(
    r"\b(\d{1,2})\s*[-–]\s*(\d{1,2})\s+" + _MONTHS +
    r"|\b(\d{1,2})/(\d{1,2})\s*[-–]\s*(\d{1,2})/(\d{1,2})\b")
# the same in words, told in the toll's own sentence: "from 12 to 14 March", "between 12 and 14
# March", "On 12 and 13 March", "between 12 March and 14 March"
_DAY_WORDS = re.compile(
    r"\b(?:[Ff]rom|[Bb]etween|[Oo]n)\s+(\d{1,2})\s+(?:to|and)\s+(\d{1,2})\s+" + _MONTHS +
    # "between 12 March and 14 March"
    r"|\b(?:[Ff]rom|[Bb]etween)\s+(\d{1,2})\s+(" + _MONTHS + r")\s+(?:to|and)\s+(\d{1,2})\s+(" + _MONTHS + ")")
# the same as dates, told in the toll's own sentence: "on 05/04 and 06/04"
_DAY_PAIR = re.compile(r"\b(?:[Oo]n|[Ff]rom|[Bb]etween)\s+(\d{1,2})/(\d{1,2})\s+(?:to|and)\s+(\d{1,2})/(\d{1,2})\b")
_PS = _W["place_split"]
_PLACE_NOUNS = "(?:" + "|".join(sorted(_PS["nouns"], key=len, reverse=True)) + ")"
_NUMBER_WORD = r"(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)"
_NAME = r"[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*)*(?:\s*\([^)]*\))?"
_NAME_LIST = _NAME + r"(?:\s*,\s*" + _NAME + r")*,?\s+and\s+" + _NAME
_PLACE_RULES = {
    # "killing 20 in two areas near Chibok", "raided three villages"
    # (not the sides of a clash, "clashes between two communities", nor where people are from:
    # "residents of five villages fled", "bandits from two neighbouring villages")
    # (also "across both locations", "in both villages")
    "counted": re.compile(r"(?<!between )(?<!between the )(?<!of )(?<!from )\b(?:" + _NUMBER_WORD
                          + r"|(?:(?<=across )|(?<=\bin )|(?<=\bat ))(both))\s+(?:[A-Z][\w-]*\s+|nearby\s+|neighbouring\s+|"
                          r"separate\s+|different\s+)?" + _PLACE_NOUNS + r"\b", re.IGNORECASE),
    # "Michika and Madagali local government areas", "Kareto and Gubio villages"
    # (also "the villages of Kareto and Gubio": two names, no longer list)
    "named_pair": re.compile(r"(?<!between )(?<!between the )\b(" + _NAME + r"\s+and\s+" + _NAME + r")\s+" + _PLACE_NOUNS + r"\b"
                             r"|\b" + _PLACE_NOUNS + r"\s+of\s+(" + _NAME + r"\s+and\s+" + _NAME + r")\b"),
    # "the villages of Lwa, Dum, Rachit and Dyang", "at Ngamdu, Mainok and Jakana locations"
    "named_list": re.compile(r"\b" + _PLACE_NOUNS + r"\s+(?:of\s+|\()(" + _NAME_LIST + r")"
                             r"|\b(" + _NAME + r"(?:\s*,\s*" + _NAME + r")+,?\s+and\s+" + _NAME +
                             r")\s+" + _PLACE_NOUNS + r"\b"),
    # "several villages ..., including: A, B, C and D"; "The areas attacked included A, B and C"
    "including_list": re.compile(_PLACE_NOUNS + r"\b[^.]{0,60}?\b(?:including|included|include)"
                                 r":?\s+(?:the\s+following\s+locations:\s*)?(" + _NAME_LIST + r")"),
}
# a toll told apart from the attackers' own deaths: "In addition to the assailants, 11 people were
# killed", "49 people, not including the assailants, were killed", "these figures do not include the
# attackers", "not counting the assailant"
_SANS_ATTACKERS = re.compile(r"\b(?:in\s+addition,?\s+to|besides|apart\s+from|aside\s+from|not\s+including|"
                             r"excluding|not\s+counting|exclusive\s+of|(?:do|does|did)\s+not\s+include|"
                             r"not\s+included)\s+(?:the\s+|all\s+(?:the\s+)?|both\s+)?(?:\w+\s+)?(?:suicide\s+)?"
                             r"(?:bombers?|assailants?|attackers?|gunm[ae]n|perpetrators?|militants?)\b", re.IGNORECASE)
_MAX_SHARED_DAYS = 7  # a longer span is a campaign: ACLED codes only the days with reported deaths
_SUBSET_PREPS = {"including", "among", "include"}
_ADDITION = re.compile(r"\b(?:in addition,? to|besides|as well as|along with|plus|not including|"
                       r"not counting(?=\s+(?:the\s+)?(?:suicide\s+)?bombers?\b)|excluding|apart from|aside from)\s+"
                       r"(?:the death of\s+)?(?:the\s+|all\s+(?:the\s+)?)?"
                       r"(?:(\w+)\s+)?(suicide bombers?|bombers?|assailants?|attackers?|gunm[ae]n|"
                       r"perpetrators?|militants?|himself|herself)\b", re.IGNORECASE)


_FB = _W["fallback"]
_FB_SETS: dict[str, list] = _FB["sets"]
_QUOTES = set(_FB_SETS["quotes"])
_MIDDLE = set(_FB_SETS["middle_words"])
_VAGUE_TOKENS = set(_FB_SETS["vague_tokens"])
_TOLL_WORDS = set(_FB_SETS["toll_words"])


def _is_middle(tok: Token) -> bool:
    """A word that may stand between a count and its outcome: "Two reported deaths",
    '"Several" Boko Haram killed', "Six soldiers and 44 fighters reportedly killed"."""
    if tok.ent_type_ in ("DATE", "TIME"):
        return False
    if _in_parens(tok):
        return True  # "Eleven (some sources claim 20) are dead": an aside
    return (tok.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or tok.lower_ in _MIDDLE
            or tok.text in _QUOTES)


def _in_parens(tok: Token) -> bool:
    """Inside (or one of) the brackets of a parenthetical aside of its sentence."""
    if tok.text in ("(", ")"):
        return True
    return _parens_of(tok.doc)[tok.i]


def _parens_of(doc: Doc) -> list[bool]:
    """For each token: does the nearest bracket before it in its sentence open, and the nearest
    after it close? Computed once per Doc (the Matcher asks for every token)."""
    cached = doc.user_data.get("extract.casualties.parens")
    if cached is not None and len(cached) == len(doc):
        return cached
    inside = [False] * len(doc)
    texts = token_strings(doc)[0]
    if "(" not in texts and ")" not in texts:
        doc.user_data["extract.casualties.parens"] = inside
        return inside
    for sent in doc.sents:
        left = [None] * (sent.end - sent.start)
        last = None
        for k in range(sent.end - sent.start):
            left[k] = last
            if texts[sent.start + k] in ("(", ")"):
                last = texts[sent.start + k]
        nxt = None
        for k in range(sent.end - sent.start - 1, -1, -1):
            text = texts[sent.start + k]
            inside[sent.start + k] = left[k] == "(" and nxt == ")"
            if text in ("(", ")"):
                nxt = text
    doc.user_data["extract.casualties.parens"] = inside
    return inside


if not Token.has_extension("cas_middle"):
    Token.set_extension("cas_middle", getter=_is_middle)


def _expand(value):
    """A Matcher pattern from the data file: "@name" stands for the word list ``sets[name]``."""
    if isinstance(value, str) and value.startswith("@"):
        return _FB_SETS[value[1:]]
    if isinstance(value, dict):
        return {k: _expand(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_expand(v) for v in value]
    return value


_MATCHERS: dict[int, "_FallbackMatcher"] = {}


class _FallbackMatcher:
    """The ``fallback.patterns``, each checked only near its outcome or body word (see
    :class:`AnchoredMatcher`), with the same matches as a plain Matcher.

    A token spec on an extension attribute ("cas_middle") makes spaCy's Matcher compute that
    attribute for every token it looks at, which cost more than the rest of the matching. So
    the patterns are first matched with any token in the place of such a spec, and each match
    found is then checked against the whole pattern on its own tokens only.
    """

    def __init__(self, vocab):
        rules = [(name, _expand(pattern)) for name, pattern in _FB["patterns"].items()]
        loose = [(name, [{"OP": spec["OP"]} if "_" in spec and spec.get("OP") in ("*", "?")
                         else spec for spec in pattern]) for name, pattern in rules]
        self.matcher = AnchoredMatcher(vocab, loose)
        self.strict: dict[int, Matcher] = {}
        for (name, pattern), (_, relaxed) in zip(rules, loose):
            if relaxed != pattern:
                strict = Matcher(vocab)
                strict.add(name, [pattern])
                self.strict[vocab.strings[name]] = strict

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        out = []
        for key, s, e in self.matcher(doc):
            strict = self.strict.get(key)
            if strict is None or any(ms == 0 and me == e - s for _, ms, me in strict(doc[s:e])):
                out.append((key, s, e))
        return out


def _fallback_matcher(vocab) -> _FallbackMatcher:
    """One matcher per vocabulary, built from ``fallback.patterns`` on first use."""
    key = id(vocab)
    if key not in _MATCHERS:
        _MATCHERS[key] = _FallbackMatcher(vocab)
    return _MATCHERS[key]


@dataclass
class Casualty:
    """One count of people killed, wounded, abducted, arrested or missing, with its evidence."""

    outcome: str
    victim_group: str
    count_min: int | None
    count_best: int | None
    count_max: int | None
    quantifier: str | None      # the words that gave the count: "dozens", "at least 12"
    text: str                   # the evidence: from the count to the outcome word
    start_char: int
    end_char: int
    sent_start: int = 0         # the sentence it is in (character offset of its start)
    clause: int = -1            # counts of one clause ("two people and four assailants") share it
    update: bool = False        # "the toll rose to": replaces earlier figures
    bare: bool = False          # a count without a noun of its own ("some reports claim 14")
    extra: bool = False         # told as more people ("five of whom were also killed"), not a part
    more: bool = False          # ...than any counted before, not only in its sentence ("Two others
    #                             died later"; not "plus the bomber", told of the sentence's toll)
    unspecified: bool = False   # "an unspecified number": counts only when nothing else is told
    alternative: bool = False   # "Other reports hold 50 deaths": another report of a figure
    captive: bool = False       # hostages killed or hurt: other people than the assault's victims
    said: bool = False          # a source's figure of the event's dead in a sentence of its own
    #                             ("Residents said 8 people were killed"): a rival of a figure
    #                             told before, the lowest coded
    claimed: bool = False       # a figure armed militants claim ("JNIM claimed to have killed 30
    #                             soldiers"): beside a figure from anyone else, no count
    single: bool = False        # one person told without a number ("a Boko Haram commander was
    #                             killed" after "four members of Boko Haram ... dead"): one of a
    #                             larger count of the group told before, no rival figure of it
    named_one: bool = False     # ...and one told as one of those hurt wherever told (a named or
    #                             definite person, one in a quote, the teller)
    specific: bool = False      # people of no known group named by a noun of their own ("seven
    #                             recruits"): no total of other groups told apart after them
    initial: bool = False       # told as a first report ("Initial reports claim four dead"): a
    #                             higher figure told as settled ("confirmed", "later") replaces it
    settled: bool = False       # told as confirmed or later ("Fifty are confirmed dead")
    victim_word: str = ""       # the lemma of the victims' noun ("vigilante")
    doer_word: str = ""         # the lemma of the noun of who did it ("bandit" of "Bandits killed
    #                             3 vigilantes"): two sides killing each other are added up
    by_attackers: bool = False  # killed by armed attackers told as the verb's subject ("Gunmen
    #                             attacked a bar, killing four people"): no total of the attackers
    #                             told killed after them ("The attacker was shot dead": 5)
    later: bool = False         # told as a later report ("The UN later said more than 400 people
    #                             had been killed"): when higher, it replaces the figures of the
    #                             same people told in the sentences before it
    toll: bool = False          # a total ("the police put the toll at 12"): never a part to add
    implied: bool = False       # not told but implied: "A suicide bomber detonated" (the bomber
    #                             died); counts only when no count of the same people is told
    part: bool = False          # told as among the dead or hurt ("Among the dead were three
    #                             soldiers"): some of a total told elsewhere, never below it
    headline: bool = False      # told in a headline ("Militants kill 13 in Puntland"): a total
    #                             of the people the body counts, those told as more included
    plain: bool = False         # a toll of the event's dead told whole ("Police put the toll at
    #                             5"; not "the toll among women", "in Miango alone", "its own toll")
    put_by: bool = False        # a toll a named source puts at a figure ("A local leader put the
    #                             toll at 14"): another report of the people counted before it
    report: int = -1            # a rival report's verb ("ISWAP said it killed 25 soldiers, but
    #                             the army said four died"): rival figures are not added up
    another: bool = False       # one more told so: "another", "a third assailant"
    coded: bool = False         # a note's own coded figure ("Fatalities coded as 10", "Fatalities: 5"),
    #                             which stands for the outcome's whole count
    nation: bool = False        # people named by their nation alone ("5 Palestinians"): no total
    #                             of a group told apart ("Two Israeli soldiers were killed")
    sans_attackers: bool = False  # told apart from the attackers ("In addition to the assailants, 11
    #                             people were killed", "49 people, not including the assailants"):
    #                             no total of the attackers told killed anywhere


# ---------------------------------------------------------------- numbers


def parse_number(words: str) -> int | None:
    """An integer from digits ("1,200") or English number words ("twenty-two", "a hundred and five")."""
    w = words.strip().lower().replace(",", "")
    if re.fullmatch(r"\d+(\.\d+)?", w):
        return int(float(w))
    w = re.sub(r"^(a|an)\s+(hundred|thousand)", r"one \2", w)
    w = w.replace(" and ", " ")
    try:
        return text2num(w, "en")
    except ValueError:
        return {"a": 1, "an": 1, "single": 1, "lone": 1}.get(w)


def count_of(words: str, bound: str | None = None) -> tuple[int | None, int | None, int | None]:
    """(min, best, max) for a count phrase, following ACLED's conventions for vague words."""
    w = words.lower().strip()
    if w in _VAGUE:
        lo, best, hi = _VAGUE[w]
        return lo, best, hi
    n = _W["determiner_counts"].get(w) or parse_number(w)   # "both": 2
    if n is None:
        return None, None, None
    kind = _BOUNDS.get(bound or "", None)
    if kind in ("lower", "more"):
        return n, n, None
    if kind == "upper":
        return None, n, n
    if kind == "less":
        return None, max(n - 1, 0), max(n - 1, 0)
    if kind == "approx":
        return None, n, None
    return n, n, n


# ---------------------------------------------------------------- extraction


def _to_death(tok: Token) -> bool:
    """"death" in the idiom "to death" (no determiner): "beaten to death", not "led to the death"."""
    return tok.lower_ == "death" and tok.head.lower_ == "to" and not any(
        c.dep_ in ("det", "poss") for c in tok.children)


def _outcome(tok: Token) -> str | None:
    lemma = tok.lemma_.lower()
    if _OUTCOMES.get(lemma) == "wounded" and tok.pos_ == "VERB" and any(
            c.lower_ in ("fatally", "mortally") and c.dep_ == "advmod" for c in tok.children):
        return "killed"  # "a landmine fatally injured a herder"
    if lemma == "toll" and any(p.lower_ == "of" and any(g.lower_ in ("injured", "wounded", "injuries")
                                                          for g in p.children) for p in tok.children):
        return "wounded"  # "The toll of the injured stood at 5"
    if lemma == "turn" and _gun_on_self(tok):
        return "killed"  # "before turning the gun on himself"
    if lemma == "send" and any(c.dep_ == "prep" and c.lower_ == "to" and any(
            g.lower_ in ("grave", "graves", "death", "deaths", "hell") for g in c.children) for c in tok.children):
        return "killed"  # "sent 5 people to their early graves"
    if lemma == "bury" and not any(c.lower_ == "alive" for c in tok.children) and any(
            c.dep_ in ("dobj", "nsubjpass") and (_is_person(c) and any(g.dep_ == "nummod" for g in c.children)
                                               or c.like_num and any(
                        p.lower_ == "of" and any(g.dep_ == "pobj" and _is_person(g) for g in p.children)
                        for p in c.children))
            for c in tok.children):
        return "killed"  # "We have buried 17 people", "We buried 14 of our brothers" (not "buried alive")
    if lemma in ("wounded", "injured") and tok.pos_ == "ADJ":
        # "(3 killed, 6 wounded)": the parser's "6" with "wounded" on it; "51 injured people were
        # treated in hospital": the adjective on a counted noun
        return "wounded" if _numbered_adj(tok) is not None or _injured_counted(tok) or _labelled(tok) else None
    if tok.pos_ == "VERB" and any(c.lower_ == "to" and any(_to_death(g) for g in c.children)
                                  for c in tok.children):
        return "killed"  # "beaten to death", "clubbed to death"
    if _to_death(tok) and tok.head.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return "killed"  # "beats a suspect to death" parsed with "to death" on the noun
    # ("set a man accused of theft alight": the parser may hang the fire word anywhere after)
    if (lemma in _BURN_VERBS or (lemma == "set" and any(
            t.lower_ in _FIRE_WORDS for t in tok.subtree if t.i > tok.i))) and _burn_victims(tok):
        return "killed"  # a mob "set a suspected thief alight", "burnt a man"
    if lemma == "lose" and any(c.lemma_ in ("life", "lives") for c in tok.children):
        return "killed"
    if lemma == "lose" and _lost_limb(tok):
        return "wounded"  # "A postal worker lost both legs"
    if lemma in ("hit", "strike") and any(c.dep_ == "auxpass" for c in tok.children) and any(
            g.lemma_.lower() in _MISSILES for a in tok.children if a.dep_ == "agent" for g in a.children):
        return "wounded"  # "A passing civilian was hit by shrapnel"
    if lemma == "lose" and not any(c.dep_ == "prep" and c.lower_ == "to" and not any(
            g.lemma_.lower() in _LOST_TO or _GROUP_OF.get(g.lemma_.lower()) in ("military", "police", "militants")
            for g in c.children) for c in tok.children) and any(
            c.dep_ == "dobj" and _lost_people(c, tok) for c in tok.children):
        # "The army lost 3 soldiers", "lost an officer", "lost two of their own", "The attackers lost
        # 10 men to vigilantes" (not "lost two of its members to the opposition")
        return "killed"
    if _throats_of(tok):
        return "killed"  # "slit the throats of 10 fishermen"
    if lemma == "blow" and any(c.lower_ == "up" for c in tok.children) and any(
            c.dep_ == "dobj" and c.lower_ in ("himself", "herself", "themselves")
            for c in tok.children):
        return "killed"  # "a suicide bomber blew himself up"
    if lemma == "claim" and any(c.lemma_ in _LIVES and c.dep_ == "dobj" for c in tok.children):
        return "killed"
    if lemma in ("gun", "mow") and any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children) \
            and not any(c.dep_ == "nsubj" and c.lemma_.lower() in _VEHICLES for c in tok.children):
        return "killed"  # "gunned down three police officers" (not "A speeding truck mowed down")
    if (lemma == "fell" or lemma in ("hack", "cut", "strike") and any(
            c.dep_ == "prt" and c.lower_ == "down" for c in tok.children)) and tok.pos_ == "VERB" and any(
            c.dep_ in ("dobj", "nsubjpass") and _person_like(c) and c.pos_ != "NUM" for c in tok.children):
        return "killed"  # "Five vigilantes were felled by bandits", "hacked down two farmers" (not trees)
    if lemma == "lose" and any(c.dep_ == "nsubjpass" and c.lemma_.lower() in _LIVES for c in tok.children):
        return "killed"  # "Three souls were lost", "12 lives were lost"
    if _died_as(tok):
        return "killed"  # "embraced martyrdom", "paid the ultimate price"
    if lemma == "succumb" and (of_wounds(tok) or any(c.dep_ == "nsubj" and _of_the_hurt_people(c) for c in tok.children)
                               or any(c.dep_ == "prep" and c.lower_ in ("in", "at") and any(
                                   g.lemma_.lower() in CARE_PLACES for g in c.children) for c in tok.children)):
        # "succumbed to their injuries", "one of the injured soldiers had succumbed", "the driver,
        # who succumbed in hospital"
        return "killed"
    if lemma == "take" and any(c.lower_ in ("hostage", "hostages", "captive") for c in tok.children):
        return "abducted"
    if lemma == "take" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "away" for c in tok.children) and any(
            _GROUP_OF.get(g.lemma_.lower()) == "militants" or g.lemma_.lower() in ("attacker", "assailant", "gunman")
            for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"):
        return "abducted"  # "Five more passengers were taken away by the attackers"
    if _cared_for(tok):
        return "wounded"  # "Five people were hospitalised", "Three others were rushed to hospital"
    if lemma in ("body", "corpse") and not any(c.pos_ == "NUM" for c in tok.children) and not (
            (ordinal_of(tok) or _of_counted(tok)) and _found_body(tok)):
        # "the body of the victim" counts nothing by itself (but "A fourth body was found", "The
        # bodies of 9 travellers abducted last week were found")
        return None
    if lemma == "loss" and tok.lower_ == "losses" and (tok.dep_ == "dobj" and tok.head.lemma_.lower() in (
            _SUFFER_VERBS | {"inflict"}) or _fled_with(tok)) and any(c.dep_ == "amod" and c.lower_ in _HEAVY for c in tok.children) \
            and _losing_side(tok) in ("military", "police", "militants"):
        return "killed"  # "The attackers suffered heavy losses" (not "Farmers suffered heavy losses")
    if lemma == "loss" and tok.lower_ == "loss" and tok.dep_ in ("dobj", "pobj") and any(
            p.lower_ == "of" and any(g.dep_ == "pobj" and g.like_num and any(
                q.lower_ == "of" and any(d.dep_ == "poss" and d.lower_ in ("its", "their") for h in q.children
                                         for d in h.children) for q in g.children)
                or g.dep_ == "pobj" and _is_person(g) and any(d.dep_ == "nummod" for d in g.children)
                for g in p.children) for p in tok.children):
        return "killed"  # "while admitting the loss of 1 of its fighters", "acknowledged the loss of 2 soldiers"
    if tok.lower_ == "dying" and tok.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in tok.children):
        return "killed"  # "killing 5 displaced people, with three more dying of their wounds later"
    if lemma == "burn" and tok.pos_ == "NOUN" and _suffered_by(tok):
        return "wounded"  # "Four passengers suffered burns"
    if lemma in ("figure", "number") and _the_figure_of_the_dead(tok) and _put_at(tok):
        return "killed"  # "Residents said 30 people were killed, but police put the figure at 12"
    if lemma in ("kia", "wia") and not tok.text.isupper():
        return None  # "2 KIA, 5 WIA" (killed / wounded in action), not "a Kia car"
    return _OUTCOMES.get(lemma)


def _of_the_hurt_people(tok: Token) -> bool:
    """"one of the injured", "one of the injured soldiers", "two of the people wounded"."""
    return any(p.lower_ == "of" and any(g.dep_ == "pobj" and (g.lower_ in ("injured", "wounded") or any(
        a.dep_ in ("amod", "acl") and a.lower_ in ("injured", "wounded") for a in g.children))
        for g in p.children) for p in tok.children)


_LIMBS = {"leg", "legs", "hand", "hands", "arm", "arms", "eye", "eyes", "limb", "limbs", "foot", "feet"}
_MISSILES = {"shrapnel", "bullet", "debris", "fragment", "splinter", "gunfire", "pellet"}


def _lost_limb(tok: Token) -> bool:
    """"lost both legs", "lost a hand" (not "lost his life")."""
    return any(c.dep_ == "dobj" and c.lower_ in _LIMBS for c in tok.children)


_HEAVY = {"heavy", "significant", "huge", "severe", "considerable", "major", "serious"}
_CARE_VERBS = {"admit", "rush", "take", "evacuate", "treat", "fly", "airlift", "carry", "convey", "bring"}
_HOSPITALISE = {"hospitalise", "hospitalize", "hospitalised", "hospitalized"}
_HURT_NOUNS = {"injury", "wound", "burn"}
# what people are told to have done or had done to them "with injuries"
_WITH_WOUNDS = {"escape", "survive", "rescue", "arrest", "flee", "find", "leave", "free", "release", "apprehend"}
# what the hurt are taken to hospital for ("rushed to hospital for treatment"), unlike checks
_TREATMENT = {"treatment", "care", "attention", "surgery", "operation", "management"}
_NOT_HURT = {"body", "corpse", "remains", "dead", "deceased"}


def _some_of_them_died(tok: Token) -> bool:
    """"rushed to hospital, where one later died": a number of them died (not "they", "all")."""
    subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    return tok.lower_ in ("died", "succumbed") and bool(subj) and all(
        (c.like_num or c.lower_ == "one") and c.lower_ != "all" for c in subj)


def _hurt_noun(noun: Token) -> bool:
    """Names injuries: "injuries", "gunshot wounds", "various degrees of injuries"."""
    return noun.lemma_.lower() in _HURT_NOUNS or noun.lemma_.lower() in ("degree", "kind", "type", "form") and any(
        g.dep_ == "pobj" and g.lemma_.lower() in _HURT_NOUNS for p in noun.children if p.lower_ == "of"
        for g in p.children)


def _cared_for(tok: Token) -> bool:
    """People told as taken to hospital or treated for their injuries are wounded: "Five people
    were hospitalised", "Three others were rushed to hospital", "were treated for injuries",
    "escaped with injuries" (not bodies taken to a hospital's mortuary, nor the wounded told before,
    which have no count of their own)."""
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("VERB", "AUX") and tok.tag_ not in ("VBN", "VBD"):
        return False
    receiving = lemma == "receive" and any(c.dep_ == "dobj" and c.lemma_.lower() in _TREATMENT
                                           for c in tok.children)
    # "Nine others remain under treatment"
    # ("four other wounded remained in serious condition")
    under_care = lemma in ("remain", "stay") and tok.pos_ == "VERB" and any(
        c.dep_ == "prep" and c.lower_ == "under" and any(g.lemma_.lower() in _TREATMENT | {"observation"}
                                                         for g in c.children) or
        c.dep_ == "prep" and c.lower_ == "in" and any(g.lemma_.lower() == "condition" and any(
            a.lower_ in ("serious", "critical", "stable", "grave", "satisfactory") for a in g.children)
            for g in c.children) for c in tok.children)
    # "Eight people are in hospital in Chibok with gunshot wounds": in care with wounds (or others
    # than those counted: "Eight others are in hospital")
    in_care = lemma in ("be", "remain", "stay") and any(c.dep_ == "prep" and c.lower_ == "in" and any(
        g.lemma_.lower() in CARE_PLACES for g in c.children) for c in tok.children)
    if lemma not in _CARE_VERBS and lemma not in _HOSPITALISE and tok.lower_ not in _HOSPITALISE \
            and lemma not in _WITH_WOUNDS and not receiving and not under_care and not in_care:
        return False  # (no verb of care: the checks below would all end so)
    subj = [c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj")]
    if any(c.lemma_.lower() in _NOT_HURT for c in subj):
        return False
    if any(d.dep_ == "det" and d.lower_ in ("the", "these", "those") for c in subj for d in c.children):
        return False  # "The two victims were rushed to hospital": people counted before
    if any(t.lower_ in ("died", "dead", "death", "succumbed") and not _some_of_them_died(t)
           and not (t.lower_ == "death" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "toll")
           for t in tok.doc[tok.i:tok.sent.end]):
        return False  # "rushed to hospital, where they were confirmed dead"
        # (not the toll their deaths bring: "where three of them died, bringing the death toll to 11")
    if any(t.lower_ == "for" and t.dep_ == "prep" and any(
            g.dep_ == "pobj" and not _hurt_noun(g) and g.lemma_.lower() not in _TREATMENT for g in t.children)
            for t in tok.subtree) or any(
            t.lower_ in ("none", "unhurt", "uninjured", "unharmed", "unscathed") for t in tok.sent):
        return False  # "taken to hospital for checks but none was injured", "for malnutrition"
    if lemma in _HOSPITALISE or tok.lower_ in _HOSPITALISE:
        return True
    preps = [(c.lower_, g) for c in tok.children if c.dep_ == "prep" for g in c.children
             if g.dep_ == "pobj"]
    hurt = any(p in ("for", "with") and _hurt_noun(g) for p, g in preps)

    if lemma in _WITH_WOUNDS:
        # "escaped with injuries", "was arrested with gunshot wounds", "were rescued by police
        # with injuries" (the parser may hang "with" on the agent); not a part told beside the
        # people ("rescued 12 hostages, two of them with gunshot wounds")
        if any(a.dep_ == "appos" and any(p.lower_ == "of" for p in a.children)
               for o in tok.children if o.dep_ in ("dobj", "nsubjpass") for a in o.children) or any(
                o.like_num and any(p.lower_ == "of" for p in o.children)
                for o in tok.children) or any(  # (also the part hung on the verb, or anywhere: "one of them")
                t.like_num and any(p.lower_ == "of" and any(g.lower_ in ("them", "whom") for g in p.children)
                                   for p in t.children) for t in tok.sent):
            return False
        preps += [(p.lower_, g) for a in tok.children if a.dep_ in ("agent", "dobj")
                  for o in (a.children if a.dep_ == "agent" else [a])
                  for p in o.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
        return any(p == "with" and _hurt_noun(g) for p, g in preps) or \
            lemma in ("escape", "survive") and hurt
    others = any(c.lower_ == "others" for c in subj)
    if in_care:
        return others or any(a.dep_ == "amod" and a.lower_ == "other" for c in subj for a in c.children) or any(
            t.lower_ == "with" and any(g.dep_ == "pobj" and _hurt_noun(g) for g in t.children) for t in tok.subtree)
    if under_care:
        return others or any(a.dep_ == "amod" and a.lower_ == "other" for c in subj for a in c.children)
    if receiving:
        # "Thirty others were still receiving treatment in hospital", "Nine others are receiving
        # treatment" (others than those counted; not "Ten of the rescued hostages are receiving
        # treatment"; also "Another 28 people are receiving treatment", and "Twelve people died,
        # and 28 people are receiving treatment": people of their own beside the dead)
        return others or any(a.lower_ in ("other", "another") and a.dep_ in ("amod", "det", "quantmod")
                             for c in subj for a in c.subtree) and not any(
            t.lemma_.lower() in ("wound", "injure", "hurt", "wounded", "injured") for t in tok.doc[:tok.sent.start]) or (
            tok.dep_ == "conj" and _outcome(tok.head) == "killed" and any(_counted(c) for c in subj)
            and not any(p.lower_ == "of" for c in subj for p in c.children))
    objs = [c for c in tok.children if c.dep_ == "dobj" and _person_like(c)]
    if lemma in _CARE_VERBS and objs and (hurt or any(
            p.dep_ == "prep" and p.lower_ == "for" and any(g.dep_ == "pobj" and _hurt_noun(g) for g in p.children)
            for o in objs for p in o.children)):
        return True  # "Doctors at the city hospital treated nine people for shrapnel wounds"
    if lemma not in _CARE_VERBS or not any(c.dep_ == "auxpass" for c in tok.children):
        return False
    # ("rushed to hospital": the parser may read "to hospital" as a verb)
    # ("in hospital" only for others than those counted: "Forty-eight others were being treated
    # in hospital"; not "Ten of the rescued hostages are being treated in hospital")
    care = any((p in ("to", "at") or p == "in" and others) and g.lemma_.lower() in CARE_PLACES
               for p, g in preps) or any(
        c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in CARE_PLACES for c in tok.children)
    # ("83 people were still being treated": in care still; "6 customers were treated and
    # discharged": hurt, if lightly)
    return care or hurt or lemma == "treat" and any(
        c.lower_ == "still" or c.dep_ == "conj" and c.lemma_.lower() == "discharge" for c in tok.children)


def _plain_toll(tok: Token, outcome: str) -> bool:
    """A toll of the event's dead told whole: "Police put the toll at 5" (not "the toll among
    women was 5", "In Miango alone, the death toll was 5", "The army put its own toll at 2",
    "The toll of the injured stood at 5")."""
    if outcome != "killed" or not (tok.lemma_.lower() == "toll" or _put_at(tok)):
        return False
    if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ not in ("at", "from")) for c in tok.children):
        return False
    return not any(t.lower_ in ("alone", "among", "own", "injured", "wounded") for t in tok.sent)


_NOT_WHOLE = {"other", "others", "more", "also", "additional", "another", "further", "alone", "among",
              "own", "separate", "elsewhere", "including", "too", "total", "family", "relatives",
              "house", "home", "compound", "crossfire", "stampede"}


def _said_toll(tok: Token, noun: Token | None) -> bool:
    """A source's figure of the event's dead told whole in a sentence of its own: "Police said 5
    people were killed", "Five people died, an official said", "Local sources reported 8 dead",
    "JNIM claimed 25 killed" (not "5 other people", "in Agatu", "including two soldiers", nor a
    count of a group of its own: "5 soldiers")."""
    if _outcome(tok) not in ("killed", "wounded") or noun is not None and (noun.lemma_.lower() not in (
            "people", "person", "death", "fatality", "body", "corpse")
            or any(c.dep_ == "appos" for c in noun.children)):
        return False  # (nor people named again: "three people, all herders")
    verb = _reporter(tok)
    if verb is None or not any(c.pos_ in ("NOUN", "PROPN") for c in _teller(verb)):
        return False
    sent = tok.sent
    # (the words up to the dead's own clause's end: not "and four others injured" after it)
    other = {t.i for c in tok.children if c.dep_ == "conj" and (_outcome(c) not in (None, "killed") or (
        c.i + 1 < len(c.doc) and _outcome(c.doc[c.i + 1]) not in (None, "killed"))) for t in c.subtree}
    if any(t.lower_ in _NOT_WHOLE and not _than(t) and not _of_the_young(t) for t in sent
           if t.i not in other and t.i <= tok.right_edge.i):
        return False  # (not "more than 50", a bound)
    # a place of its own, told nowhere else: the toll of a part ("in Agatu")
    text = doc_text(tok.doc)
    return not any(t.dep_ == "pobj" and t.head.lower_ in _WHERE_PREPS and (
        t.pos_ == "PROPN" and t.ent_type_ not in ("DATE", "TIME") or t.ent_type_ in ("GPE", "LOC", "FAC")) and re.search(
        rf"\b{re.escape(t.text)}\b", text[:sent.start_char] + " " + text[sent.end_char:]) is None
        for t in sent)


# the young and the women among a toll's dead: no group of its own beside the total
_YOUNG_OR_WOMEN = {"child", "children", "woman", "women", "minor", "baby", "infant", "girl", "boy", "teenager", "student"}


def _of_the_young(t: Token) -> bool:
    """"including 35 children": a part of the dead told by age or sex, the whole toll told still
    (not "including two soldiers", a group of its own)."""
    return t.lower_ == "including" and any(g.dep_ == "pobj" and g.lower_ in _YOUNG_OR_WOMEN for g in t.children)


_CLAIMANTS = set(_W["claimants"])


def _fatalities_figure(tok: Token) -> list[Token]:
    """A note's figure of its fatalities: "Fatalities coded as 7", "Fatalities are coded as 3
    civilians and 2 attackers", "Fatalities ranged from 20 to 35", "Reports of fatalities vary
    between 20 and 35" (the first of a range, which is read whole from it)."""
    if tok.lemma_.lower() not in ("fatality", "death", "toll"):
        return []
    subj = tok
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in (
            "report", "estimate", "figure", "account"):
        subj = tok.head.head
    verb = subj.head if subj.dep_ in ("nsubj", "nsubjpass") else None
    if verb is None or verb.lemma_.lower() not in ("code", "range", "vary", "stand", "report") and \
            verb.lower_ != "coded":  # (the tagger's lemma of "coded" may be "cod")
        return _ranged_after(tok)
    for p in verb.children:
        objs = [g for g in p.children if g.dep_ == "pobj"] if p.dep_ == "prep" and p.lower_ in (
            "as", "at", "from", "between") else []
        if objs and (objs[0].like_num or objs[0].pos_ == "NOUN" and _counted(objs[0])):
            return [objs[0], *objs[0].conjuncts] if objs[0].pos_ == "NOUN" else objs[:1]
    return []


def _coded_figure(tok: Token) -> bool:
    """A note's own coded figure of the outcome: "Fatalities coded as 10", "Fatalities: 5",
    "Killed: 4", "Injuries: 3" (not "Fatalities ranged from 20 to 35", a range of reports)."""
    doc = tok.doc
    if tok.i != tok.sent.start:
        return False  # (not "The same village was attacked last year (Killed: 30)")
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text == ":" and doc[tok.i + 2].like_num and (
            tok.lemma_.lower() in ("fatality", "death", "injury", "casualty") or _labelled(tok)):
        return not _STATISTICS.search(doc_text(doc)[doc_text(doc).rfind("\n", 0, tok.idx) + 1: tok.idx])
    if tok.lemma_.lower() != "fatality" or tok.dep_ not in ("nsubj", "nsubjpass") or any(
            c.dep_ == "prep" and c.lower_ in ("for", "in", "of") for c in tok.children):
        return False  # (not "Fatalities for the 02/03 attack in Mangu were coded as 10")
    verb = tok.head
    return (verb.lemma_.lower() == "code" or verb.lower_ == "coded") and bool(_fatalities_figure(tok))


# ("Reports of the death toll range from 98 to 400": the parser may read "range" as a noun)
_RANGE_AFTER = re.compile(r"\s+(?:range[sd]?|var(?:y|ies|ied))\s+(?:from|between)\s+(?=\d)", re.IGNORECASE)


def _ranged_after(tok: Token) -> list[Token]:
    """The range told right after a toll word whose verb the parser missed: the number that holds
    the range's words ("400" of "98 to 400")."""
    m = _RANGE_AFTER.match(doc_text(tok.doc), tok.idx + len(tok))
    if m is None:
        return []
    num = next((t for t in tok.doc[tok.i + 1: tok.sent.end] if t.idx >= m.end()), None)
    if num is None or not num.like_num:
        return []
    while num.dep_ == "quantmod" and num.head.like_num:
        num = num.head
    return [num]


def _one_of_many(noun: Token, tok: Token) -> bool:
    """One person told as one of those hurt, not a count of the event's own: a named or definite
    person ("the groom was wounded"), one in a quote ("'I saw a mother and her child lying
    dead'"), one the teller is ("said Ahmed, a vegetable seller who was injured"); not "A
    policeman was killed when gunmen opened fire", the lede's figure."""
    if noun.tag_ == "NNP" or any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ == "the"
                                 for c in noun.children):
        return True
    if tok.dep_ == "relcl" or noun.dep_ == "appos":
        return True
    if tok.lemma_.lower() == "lose" and any(c.dep_ == "nsubj" and c.ent_type_ == "PERSON" for c in tok.children):
        return True  # "Resident Abubakar Sani lost two brothers": kin of a named teller
    text = doc_text(noun.doc)
    before = text[text.rfind("\n", 0, noun.idx) + 1: noun.idx]  # (a quote may run over sentences)
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _own_losses(noun: Token | None, head: Token, group: str) -> bool:
    """People told as the teller's own: "5 of its fighters", "their own", "our men", and the
    militants an armed group counts ("The Taliban said only two fighters were killed"; not "30
    members of the apostate militia")."""
    ends = [t for t in (noun, head) if t is not None]
    ends += [g for t in list(ends) for p in t.children if p.lower_ == "of" for g in p.children
             if g.dep_ == "pobj"]
    if any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our") or c.lower_ == "own"
           for t in ends for c in t.children) or any(t.lower_ == "own" for t in ends):
        return True
    return group == "militants" and not any(t.lemma_.lower() in ("militia", "vigilante", "cjtf", "enemy", "apostate",
                                                                 "infidel", "crusader")
                                            for e in ends for t in e.subtree)  # ("40 enemy fighters", "30 'Taliban apostates'")


def _claims_its_own(tok: Token, noun: Token | None, head: Token) -> bool:
    """A side's claim of its own dead: "The pro-Biafra group claimed 8 of its members were killed"
    (an interested figure: beside another figure of the same people, the other is coded)."""
    verb = _reporter(tok)
    # (also said by the group by its name: "Lashkar-e-Taiba said in a statement that eight of its
    # members were killed")
    return verb is not None and (verb.lemma_.lower() == "claim" or verb.lemma_.lower() in REPORT_VERBS and any(
        t.ent_type_ in ("ORG", "NORP") or t.pos_ == "PROPN" for t in _teller(verb))) and any(
        c.dep_ == "poss" and c.lower_ in ("its", "their") for t in (noun, head) if t is not None
        for e in [t, *(g for p in t.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj")]
        for c in e.children)


# the officials of a government, whoever rules (the Taliban since 2021, the Houthis in Sanaa)
_OFFICIAL_HEADS = {"official", "government", "authority", "administration", "ministry", "governor"}
_GOVERNING = {"taliban", "houthi", "houthis", "houthi-run", "taliban-run"}
# what a group claims as its own: "claimed responsibility", "claimed the attack"
_CLAIMED_ACTS = {"responsibility", "attack", "bombing", "blast", "assault", "ambush", "raid", "operation", "killing"}


def _claimed_by_militants(tok: Token, noun: Token | None = None) -> bool:
    """A figure an armed group tells of its own attack: "JNIM claimed to have killed 30
    soldiers", "Al Shabaab claimed responsibility, saying it had killed 20 soldiers" (the group
    named by the teller's own name, not "the army, which has been fighting JNIM", nor "A CJTF
    leader"; not a relative clause, "claimed responsibility for a blast that killed 12")."""
    verb = _reporter(tok)
    if verb is None:
        return False
    tellers = _teller(verb)
    if tellers and all(t.pos_ == "PRON" for t in tellers):
        # "Al Shabaab said ... that it had fired the shells and claimed to have killed several
        # soldiers": the pronoun stands for the subject of the report it is told in
        up = next((a for a in verb.ancestors if a.lemma_.lower() in _REPORT_VERBS and any(
            c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in a.children)), None)
        if up is not None:
            tellers = [c for c in up.children if c.dep_ == "nsubj"]
    # (its own man, told in its claim: "claimed responsibility, saying a suicide bomber had killed")
    on_a_claim = verb.head.lemma_.lower() == "claim"
    claiming = on_a_claim and verb.dep_ in ("advcl", "xcomp")
    if on_a_claim and verb.dep_ in ("advcl", "xcomp", "conj") and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _CLAIMED_ACTS for c in verb.head.children) and not (
            noun is not None and _GROUP_OF.get(noun.lemma_.lower()) == "militants"):
        # "The banned Balochistan Liberation Army claimed responsibility for the attack ..., claiming
        # that over 40 soldiers had been killed": who claims an attack is its perpetrator (also
        # "claimed the attack on its Telegram channel, saying it had killed and wounded 30")
        return True
    if not claiming and any(d.pos_ in ("NOUN", "PROPN") and d not in tellers and d.lemma_.lower() not in _OWN_MEN
                            for d in _doers(tok)):
        return False  # "Gunmen opened fire, killing three tourists, a Taliban spokesman said": told
        #               of others' act, no claim of its own
    for head in tellers:
        if head.lemma_.lower() in _OFFICIAL_HEADS and any(t.lower_ in _GOVERNING for t in head.subtree) and not any(
                t.lower_ in _GOVERNING and "subj" in (t.dep_ if t.dep_ != "compound" else t.head.dep_)
                and t.head.pos_ in ("NOUN", "PROPN", "VERB") for t in head.doc[:head.sent.start]):
            # "Taliban officials said 5 civilians were killed": a government's, no claim (not of an
            # attack its own fighters were told making: "Houthi fighters shelled Taiz ... Houthi
            # officials said one person was killed")
            continue
        # (the words before it in its phrase: "The Islamic State group")
        name = [t for t in head.doc[head.left_edge.i: head.i] if t.dep_ in ("compound", "amod")] + [head]
        words = " ".join(t.lower_ for t in sorted(name, key=lambda t: t.i))
        # ("The al-Qaeda-linked group": the name written into the phrase's modifier)
        phrase = " ".join(head.doc[c.left_edge.i: c.right_edge.i + 1].text.lower() for c in head.children
                          if c.dep_ in ("compound", "amod"))
        # (not another noun's: "The JNIM-besieged town's mayor")
        if _CLAIMANT_NAME.search(words) or _CLAIMANT_NAME.search(phrase) \
                or any(t.lemma_.lower() in _CLAIMING_KINDS for t in name):
            # "JNIM", "Al Shabaab", "a Taliban spokesman", "Separatist sources" (not of their own
            # named dead: "Israeli strikes killed three Hezbollah fighters, Hezbollah said")
            own = {t.lower_ for t in name if t.pos_ == "PROPN"}
            return not (own and noun is not None and own & {t.lower_ for t in noun.subtree})
        if head.lemma_.lower() == "group" and [c.lower_ for c in head.children] == ["the"] and \
                _group_that_claimed(tok.doc, verb):
            return True  # "The BLA claimed responsibility ... the group claimed 50 soldiers ..."
    return False


_RESPONSIBILITY = re.compile(r"\bclaim(?:ed|s)?\s+responsibility\b", re.IGNORECASE)
_NO_CLAIM = re.compile(r"\b(?:no|nobody|not|denied|deny|denies|none)\b", re.IGNORECASE)


def _group_that_claimed(doc: Doc, verb: Token) -> bool:
    """"the group" is the armed group told claiming responsibility before it (or, with no claim
    told, the armed group named last before it), with no other organisation named in between (not "No group claimed responsibility", nor "Human Rights
    Watch investigated the attack. The group said ...")."""
    text = doc_text(doc)
    m = None
    for m in _RESPONSIBILITY.finditer(text, 0, verb.idx):
        pass
    if m is None:
        # (or the armed group the text named last before it: "ISWAP militants attacked Pemi ...
        # In a statement, the group claimed to have killed 30 'Christians'")
        for m in _CLAIMANT_NAME.finditer(text[:verb.idx].lower()):
            pass
        places = {p.start_char for p in doc._.places or []}  # ("Pemi" the model calls an ORG)
        return m is not None and not any(
            e.label_ in ("ORG", "NORP") and m.end() <= e.start_char < verb.idx and e.start_char not in places
            and not _CLAIMANT_NAME.search(e.text.lower()) for e in doc.ents)
    opening = text.rfind(".", 0, m.start()) + 1
    if _NO_CLAIM.search(text, opening, m.start()):
        return False
    return not any(e.label_ in ("ORG", "NORP") and m.end() <= e.start_char < verb.idx for e in doc.ents)


# how a group names its own fighters as the doers of what it claims ("its fighters had inflicted")
_OWN_MEN = {"fighter", "member", "militant", "mujahideen", "mujahid", "soldier", "man", "unit", "brigade",
            "group", "movement"}  # ("the group had repelled an attack and neutralised 40 enemy fighters")
_CLAIMANT_NAME = re.compile(r"\b(?:" + "|".join(re.escape(c) for c in sorted(_CLAIMANTS, key=len, reverse=True))
                            + r")\b")
# kinds of armed groups that claim attacks (not vigilantes, the CJTF or herders' bodies)
_CLAIMING_KINDS = {"militant", "terrorist", "insurgent", "jihadist", "jihadi", "rebel", "separatist",
                   "extremist"}


def _armed_actor(tok: Token) -> str | None:
    """The victim group of the armed actor a name is a mention of ("The SDF": a rebel group,
    militants), or None."""
    kind = next((a.actor_type for a in tok.doc._.actors or [] if a.start_char <= tok.idx < a.end_char), None)
    return "militants" if kind in ("rebel_group", "political_militia", "identity_militia") else \
        "military" if kind in ("state_forces", "external_forces") else None


def _lost_people(obj: Token, verb: Token) -> bool:
    """People a side "lost": "3 soldiers", and for an armed side "an officer", "two of their
    own", "three of their members" (not "two vehicles", "the battle", a mother who "lost a
    child", a party that "lost two of its members to the opposition")."""
    if _is_person(obj) and any(g.dep_ == "nummod" for g in obj.children):
        return True
    if obj.pos_ == "NUM" and any(p.lower_ == "of" and any(
            g.dep_ == "pobj" and any(d.dep_ == "poss" and d.lower_ in ("its", "their", "our") for d in g.children)
            and (g.lower_ == "own" or any(a.lower_ == "own" for a in g.children)) for g in p.children)
            for p in obj.children):
        return True  # a side of any name: "The AA said it ... while losing 2 of its own fighters"
    loser = _loser(verb)
    if loser is None or _group(loser, loser.sent) not in ("military", "police", "militants") \
            and _armed_actor(loser) is None:
        return False
    if obj.pos_ == "NUM":
        return any(p.lower_ == "of" and any(g.dep_ == "pobj" and (g.lemma_.lower() in (
            "own", "member", "man", "colleague", "comrade", "fighter") or _is_person(g)) and any(
            d.dep_ == "poss" for d in g.children) for g in p.children) for p in obj.children)
    return _is_person(obj) and (any(g.dep_ == "nummod" for g in obj.children) or any(
        g.dep_ == "det" and g.lower_ in ("a", "an", "one") for g in obj.children))


def _doers(tok: Token) -> list[Token]:
    """Who did the act ``tok`` tells: its subject, that of the clause it is told after ("The
    farmers retaliated, killing 2 herders"), or its agent ("were killed by the gunmen")."""
    verb = tok
    for _ in range(3):  # ("killing seven and wounding 17": the subject of the clause both follow)
        doers = [c for c in verb.children if c.dep_ == "nsubj"] + [
            g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if doers or verb.dep_ not in ("advcl", "conj", "xcomp") or verb.head.pos_ not in ("VERB", "AUX"):
            return doers
        verb = verb.head
    return []


def _doer_word(tok: Token) -> str:
    # ("troops who kill 6 of the attackers": the noun the relative pronoun stands for)
    doers = [d.head.head if d.lower_ in ("who", "that") and d.head.dep_ == "relcl" else d for d in _doers(tok)]
    return next((d.lemma_.lower() for d in doers if d.pos_ == "NOUN"), "")


_ANYONE_WORDS = {"people", "person", "individual", "other", "victim", "casualty", "body", "corpse", "one",
                 "someone", "human", "life", "soul"}


def _opposed(a: Casualty, b: Casualty) -> bool:
    """Two sides that killed each other: "Bandits killed 3 vigilantes. The vigilantes killed 1
    bandit", "Herders killed 4 farmers. The farmers retaliated, killing 2 herders"."""
    av, bv, ad, bd = (_side(w) for w in (a.victim_word, b.victim_word, a.doer_word, b.doer_word))
    if av in _ANYONE_WORDS or bv in _ANYONE_WORDS:
        return False  # (words for anyone name no side: "Eight people died and 15 others were injured")
    if bool(av and bv) and av != bv and (bd == av or ad == bv):
        return True
    # (the attackers told as such, not any armed group's fighters: "claimed to have killed 60 militants;
    # a local elder said 9 fighters died" are rival figures)
    ak, bk = _row_side(a), _row_side(b)
    if bool(ak and bk) and ak != bk and (_side(b.victim_word) == "attacker" and a.by_attackers
                                         or _side(a.victim_word) == "attacker" and b.by_attackers):
        # "bandits attacked Kurfi, killing 2 vigilantes. In the ensuing gunfight, 3 of the attackers
        # were killed": the attackers who did the killing
        return True
    # ("Boko Haram fighters ... killing 11 civilians and 2 vigilantes. They are repelled by troops who
    # kill 6 of the attackers": the attackers, of the group of those who killed the vigilantes)
    def killed_by_them(one: Casualty, other: Casualty) -> bool:
        # the other's dead are militants of the kind that did the one's killing, killed by forces
        return _GROUP_OF.get(one.doer_word) == _GROUP_OF.get(other.victim_word) == "militants" \
            and _GROUP_OF.get(other.doer_word) in ("military", "police")
    return bool(av and bv) and av != bv and (killed_by_them(a, b) or killed_by_them(b, a))


# words for the attacking side, one side however named ("Gunmen ... killing four vigilantes. Two of
# the attackers were shot dead": the gunmen are the attackers)
_ATTACKING_SIDE = {"attacker", "assailant", "gunman", "gunmen", "perpetrator", "raider", "invader", "aggressor"}


def _side(word: str) -> str:
    return "attacker" if word in _ATTACKING_SIDE else word


# armed groups' words, one attacking side when set against those they fought
_ARMED_SIDE = {"bandit", "terrorist", "insurgent", "militant", "jihadist", "kidnapper"}


def _side_key(word: str) -> str:
    return "attacker" if word in _ATTACKING_SIDE or word in _ARMED_SIDE else word


def _row_side(r: Casualty) -> str:
    """The side a row's dead are of: their word's, or for a side's own losses told by a word of
    no side ("Vigilantes ... lose four members") the side that lost them."""
    if r.victim_word in ("member", "own", "man", "colleague", "comrade") and r.doer_word \
            and re.search(r"\blos(?:e|es|t|ing)\b", r.text, re.IGNORECASE):
        return _side_key(r.doer_word)
    return _side_key(r.victim_word)


def _by_attackers(tok: Token) -> bool:
    """The outcome verb's doer is an armed attacker: its subject, or that of the clause it is
    told after ("Gunmen attacked a bar, killing four people"), or its agent ("were killed by
    the gunmen")."""
    doers = _doers(tok)
    if not doers and any(c.dep_ == "nsubjpass" for c in tok.children) and tok.sent.start > 0:
        # "Gunmen attacked a bar in Cali. Four people were killed.": the act of attackers told just
        # before ("Three assailants drove a van into pedestrians ...")
        before = tok.doc[tok.sent.start - 1].sent.root
        if before.lemma_.lower() in _REPORT_VERBS:  # "Militants stormed a hotel ..., officials said"
            before = next((c for c in before.children if c.dep_ == "ccomp" and c.i < before.i), before)
        if before.pos_ == "VERB" and before.lemma_.lower() not in _REPORT_VERBS and not any(
                c.dep_ in ("auxpass", "neg") for c in before.children):
            doers = [c for c in before.children if c.dep_ == "nsubj"]
    if not doers and any(c.dep_ == "nsubjpass" for c in tok.children):
        # "Twelve people were killed when fighters from ISWAP attacked a military base": the doers
        # of the attack the deaths are told in
        doers = [g for c in tok.children if c.dep_ == "advcl" and _outcome(c) is None and any(
            m.dep_ in ("advmod", "mark") and m.lower_ == "when" for m in c.children)
            for g in c.children if g.dep_ == "nsubj"]
    # ("A group of Fulani herdsmen attacked farmers, killing 4": the herdsmen; "three suicide
    # bombers ...; two blew themselves up, killing four": some of the bombers)
    doers += [g for d in doers if d.lemma_.lower() in ("group", "band", "gang", "unit", "squad")
              for c in d.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    doers += [_counted_before(d) for d in doers if d.like_num and not list(d.children) and _counted_before(d) is not None]
    # (also armed people of no armed word: "armed youth from Warrap state attacked cattle camps,
    # killing 19 people")
    return any(_GROUP_OF.get(d.lemma_.lower()) == "militants" or _GROUP_OF.get(d.lower_) == "militants"
               or d.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ == "armed" for c in d.children)
               and d.lemma_.lower() not in ("force", "forces") and _GROUP_OF.get(d.lemma_.lower()) not in ("military", "police")
               for d in doers)




def _loser(tok: Token) -> Token | None:
    """The side that "lost" people: "The soldiers killed three militants and lost two of their own"."""
    verb = tok
    # (also "vigilantes killed 11 bandits, losing two of their members")
    while not any(c.dep_ == "nsubj" for c in verb.children) and (
            verb.dep_ == "conj" or verb.dep_ == "advcl" and verb.tag_ == "VBG" or verb.dep_ == "pcomp"):
        # ("The soldiers withdrew after losing two of their men": the subject above "after")
        verb = verb.head.head if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" else verb.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
        return verb.head  # "repelled by the vigilantes, who lost two of their members"
    if subj is not None and subj.lower_ in ("it", "they", "we") and verb.dep_ == "ccomp" \
            and verb.head.lemma_.lower() in _REPORT_VERBS:
        # "the Malian army said it lost 12 men": the teller (also "'We lost 17 of our men,' an
        # army officer told reporters")
        return next((c for c in verb.head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), subj)
    return subj


def _gun_on_self(tok: Token) -> list[Token]:
    """"turned the gun on himself": the one who killed himself."""
    if tok.lemma_.lower() != "turn" or not any(c.dep_ == "dobj" and c.lemma_.lower() in (
            "gun", "weapon", "rifle", "pistol") for c in tok.children) \
            or any(t.lemma_.lower() == "survive" for t in tok.sent):
        return []  # (not "turned his gun on himself but survived")
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children
            if g.lower_ in ("himself", "herself", "themselves")]


# the attacker counted among the dead: "Nine people, including the bomber, were killed"
_THE_ATTACKERS_TOLD = (r"\s+(?:the\s+|both\s+|all\s+|the\s+two\s+|the\s+three\s+|two\s+|three\s+)?(?:suicide\s+)?"
                       r"(?:bombers?|assailants?|attackers?|gunm[ae]n|perpetrators?|himself|herself|themselves)\b")
_ATTACKER_AMONG = re.compile(r"(?<!\bnot )\b(?:including|among them|among whom|as well as)" + _THE_ATTACKERS_TOLD,
                             re.IGNORECASE)
# the same, without "as well as" (which may add them: "killing 20 people as well as themselves")
_ATTACKERS_INCLUDED = re.compile(r"(?<!\bnot )\b(?:including|among them|among whom)" + _THE_ATTACKERS_TOLD,
                                 re.IGNORECASE)
# "Thirteen people died, the bomber among them", "The bomber was among the 53 people killed": the
# bomber counted in the total
_BOMBER_AMONG = re.compile(r",\s+the\s+(?:suicide\s+)?(?:bombers?|assailants?|attackers?)\s+among\s+them\b|"
                           r"\bthe\s+(?:suicide\s+)?(?:bombers?|assailants?|attackers?)\s+(?:was|were)\s+"
                           r"(?:also\s+)?among\s+the\b", re.IGNORECASE)


_TAKEN_WORDS = {"victim", "hostage", "abductee", "captive"}
# nouns of a share of people, never one person ("The majority of dead were killed at ...")
_NOT_ONE = {"majority", "number", "rest", "bulk", "total", "remainder", "most", "toll", "figure"}
_INTENT = {"threaten", "vow", "plan", "want", "try", "promise", "fear", "attempt", "intend", "demand",
           "warn"}
_NOT_DONE = {"will", "would", "could", "might", "may", "should", "wo", "'ll"}
_TAKEN_PRONOUNS = {"them": 2, "they": 2, "all": 2, "him": 1, "he": 1, "her": 1, "she": 1}


# words for anyone, by which a text names the people it told taken again ("the bodies of both men")
_ANYONE = {"man", "woman", "girl", "boy", "person", "child", "people"}


# the words that tell people taken: "the abducted students", "the kidnapped villagers"
_TAKEN_ADJS = frozenset({"abducted", "kidnapped", "captured", "seized"})


def _taken_killed(tok: Token, told: list[Casualty]) -> Casualty | None:
    """People told abducted, then killed by a pronoun: "abducted 3 transporters ... and executed
    them", "shot them dead", "They were later found dead", "His body was found the following day"
    (the abducted row; not "killed him" of one when several were taken)."""
    taken = [c for c in told if c.outcome == "abducted" and (c.count_best or 0) > 0]
    killed = [c for c in told if c.outcome == "killed"]
    verb = tok.head if tok.lower_ == "dead" else tok
    # ("killing a staff member and abducting 20 students. Three of the abducted students were
    # found dead": some of the taken, told so, beside those killed in the raid)
    of_taken = any(c.dep_ in ("nsubjpass", "nsubj", "dobj") and c.like_num and any(
        p.lower_ == "of" and any(any(a.lower_ in _TAKEN_ADJS for a in g.children)
                                 and any(d.lower_ == "the" for d in g.children) for g in p.children)
        for p in c.children) for c in verb.children)
    if not taken or killed and tok.lower_ not in ("body", "corpse") and not of_taken:
        return None
    if tok.lemma_.lower() in ("kill", "execute", "behead", "murder", "slaughter") or (
            tok.lower_ == "dead" and tok.head.lemma_.lower() in ("find", "discover", "shoot", "stab", "hack", "beat")) or (
            tok.lemma_.lower() in _BURN_VERBS and _burnt_alive(tok)):  # "and burned them alive"
        verb = tok.head if tok.lower_ == "dead" else tok
        who = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "nsubj")
               and c.lower_ in _TAKEN_PRONOUNS and not (c.dep_ == "nsubj" and c.lower_ != "all")]
        part = next((c for c in verb.children if c.dep_ in ("nsubjpass", "dobj") and c.like_num and any(
            p.lower_ == "of" and any((g.lemma_.lower() in _TAKEN_WORDS or any(
                a.lower_ in _TAKEN_ADJS for a in g.children))
                and any(d.lower_ == "the" for d in g.children)
                or g.lower_ in ("them", "whom") for g in p.children) for p in c.children)), None)
        if part is None:
            # "abducted two guards. One was released, but the other was killed"; "kidnapped three
            # workers. Two were released; the third was killed in captivity"
            part = next((c for c in verb.children if c.dep_ in ("nsubjpass", "dobj") and _the_last_taken(c, taken)),
                        None)
        if part is not None and not who and (_the_last_taken(part, taken) or parse_number(part.text)) and not any(
                c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in _NOT_DONE for c in verb.children) \
                and not any(a.lemma_.lower() in _INTENT for a in [verb, *verb.ancestors][:4]):
            # "Gunmen kidnapped 3 traders ... One of the victims was killed": some of the taken
            n = 1 if _the_last_taken(part, taken) else parse_number(part.text)
            if n <= taken[-1].count_best:
                return replace(taken[-1], count_min=n, count_best=n, count_max=n, quantifier=part.text)
        if not who or any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in _NOT_DONE
                          for c in verb.children) or any(
                a.lemma_.lower() in _INTENT for a in [verb, *verb.ancestors][:4]):
            return None  # "threatened to kill them", "would kill them": not done
        # "them" of other people told in between: "Vigilantes caught up with the two kidnappers
        # and killed them" (not the verb's own subject, "The militants executed them")
        subj = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
        lo = max(taken[-1].end_char, verb.sent.start_char)
        if any(lo <= t.idx < who[0].idx and t.i not in subj and t.tag_ == "NNS" and _person_like(t)
               and t.dep_ in ("dobj", "pobj") for t in verb.sent):
            return None
        many = _TAKEN_PRONOUNS[who[0].lower_]
        row = _last_taken(taken)  # "abducted a village chief and his son ... and executed them"
        return row if (row.count_best == 1) == (many == 1) else None
    if tok.lower_ not in ("body", "corpse", "remains"):
        return None
    # a single body: "His body", "The teacher's body", "The body of the journalist"
    owner = [c for c in tok.children if c.dep_ == "poss"] + [
        g for p in tok.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    last = next((o for o in owner if _the_last_taken(o, taken)), None)
    if last is not None and _found_body(tok):
        # "One escaped and a second was freed; the body of the third was recovered"
        return replace(taken[-1], count_min=1, count_best=1, count_max=1, quantifier=last.text)
    if not owner or taken[-1].count_best != 1 or not any(
            o.lower_ in ("his", "her") or o.lemma_.lower() in _TAKEN_WORDS | _ANYONE
            or o.lower_ in (taken[-1].text or "").lower().split() for o in owner):
        return None
    # beside people killed in the raid, the body is the one taken's when named so ("The wife's
    # body", "The girl's body" beside a village head killed) or when no one person was killed
    # ("killed two guards and abducted a trader ... His body was found"); not "killed a district
    # head and abducted a trader ... His body"
    if killed and not (any(o.lower_ not in ("his", "her") and o.lower_ in (taken[-1].text or "").lower().split()
                           or o.lemma_.lower() in _ANYONE and all(o.lemma_.lower() != c.victim_word for c in killed)
                           for o in owner) or all((c.count_best or 0) > 1 for c in killed)
                       and taken[-1].end_char < tok.idx):
        return None
    return _found_body(tok) and taken[-1] or None


def _the_last_taken(tok: Token, taken: list[Casualty]) -> bool:
    """The one left of the people taken, told by "the other", "the last" or the ordinal of their
    count ("the third" of three)."""
    n = taken[-1].count_best or 0
    return n >= 2 and any(d.dep_ == "det" and d.lower_ == "the" for d in tok.children) and (
        tok.lower_ in ("other", "last") and (tok.lower_ == "last" or n == 2) or ORDINALS.get(tok.lower_) == n)


def _last_taken(taken: list[Casualty]) -> Casualty:
    """The people told abducted in the last sentence that tells an abduction, as one row."""
    last = [c for c in taken if c.sent_start == taken[-1].sent_start]
    row = last[0]
    for c in last[1:]:
        row = _added(row, c)
    return row


def _of_the_taken(head: Token) -> bool:
    """"abducted three people, one of whom was later killed": some of the people taken."""
    whom = [g for p in head.children if p.lower_ == "of" for g in p.children if g.lower_ == "whom"]
    rel = next((a for a in whom[0].ancestors if a.dep_ == "relcl"), None) if whom else None
    return rel is not None and rel.head.dep_ in ("dobj", "nsubjpass") and \
        _OUTCOMES.get(rel.head.head.lemma_.lower()) == "abducted"


def _of_those_taken(head: Token) -> bool:
    """"the bodies of three of those abducted", "two of the kidnapped": some of people taken."""
    return any(p.lower_ == "of" and any(g.dep_ == "pobj" and (g.lemma_.lower() in _TAKEN_WORDS or any(
        a.dep_ in ("acl", "amod") and _OUTCOMES.get(a.lemma_.lower()) == "abducted" for a in g.children))
        for g in p.children) for p in head.children)


def _between_range(verb: Token, tok: Token) -> list[Token]:
    """The people of a range the parser hangs on the verb before ``tok``: "reported between 12 and
    15 civilians dead"."""
    return [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "between" and c.i < tok.i
            for g in c.children if g.dep_ == "pobj" and _person_like(g) and g.pos_ != "NUM"]


def _bare_ordinal(tok: Token) -> int | None:
    """"Three passengers died at the scene. A fourth died in hospital": the ordinal of a bare
    "a fourth" (also hung by the parser on the verb), the toll it makes."""
    if tok.tag_ != "JJ" or tok.lower_ not in ORDINALS or tok.lower_ == "first":
        return None
    dets = [c for c in [*tok.children, *(tok.head.children if tok.dep_ == "amod" else [])]
            if c.dep_ == "det" and c.i < tok.i]
    return ORDINALS[tok.lower_] if any(d.lower_ in ("a", "an", "another") for d in dets) else None


def _of_the_killed(head: Token) -> bool:
    """"killed four farmers, one of whom was beheaded": how some of the dead died, a part (also
    where the parser hangs the clause on the verb of the dead: "Three soldiers were killed, one of
    whom died of his injuries the following day")."""
    whom = [g for p in head.children if p.lower_ == "of" for g in p.children if g.lower_ == "whom"]
    rel = next((a for a in whom[0].ancestors if a.dep_ in ("relcl", "advcl")), None) if whom else None
    if rel is None or _outcome(rel) != "killed":
        return False
    verb = rel.head if rel.dep_ == "advcl" else None
    if rel.dep_ == "relcl" and not _is_person(rel.head) and rel.head.pos_ != "NUM":
        # (the parser hangs "whom" on the place or thing before it: "Three soldiers were killed
        # when their patrol hit a landmine near Menaka, Mali, one of whom died of his injuries")
        verb = next((a for a in rel.head.ancestors if a.pos_ == "VERB" and _outcome(a)), None)
        if verb is None:  # (the first verb of an outcome up: not "injured five, one of whom")
            return False
    if verb is not None:
        return _outcome(verb) == "killed" and any(
            c.dep_ in ("dobj", "nsubjpass") and c.i < head.i and _counted(c) for c in verb.children)
    return rel.head.dep_ in ("dobj", "nsubjpass") and _outcome(rel.head.head) == "killed"


def _burnt_alive(tok: Token) -> bool:
    """"burned them alive", "burnt them to death"."""
    return any(c.lower_ == "alive" or c.lower_ == "to" and any(g.lower_ == "death" for g in c.children)
               for c in tok.children)


def _of_counted(tok: Token) -> bool:
    """"The bodies of 9 travellers", "the body of a farmer" (not "the bodies of the two farmers",
    told before)."""
    return any(p.lower_ == "of" and any(g.dep_ == "pobj" and (
        any(n.dep_ == "nummod" for n in g.children) and not any(d.dep_ in ("det", "poss") for d in g.children)
        or tok.lower_ in ("body", "corpse") and g.tag_ == "NN" and _is_person(g)
        and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in g.children))
        for g in p.children) for p in tok.children)


def _found_body(tok: Token) -> bool:
    verb = tok.head if tok.dep_ in ("nsubjpass", "dobj", "nsubj") else None
    return verb is not None and verb.lemma_.lower() in ("find", "recover", "discover", "dump",
                                                       "retrieve", "deposit", "return", "identify", "pull") and not any(
        c.dep_ == "neg" or c.lower_ in ("until", "if", "unless", "yet") for c in verb.children)


def _bodies_of_the_taken(tok: Token, told: list[Casualty]) -> Casualty | None:
    """The bodies of people told abducted before: "Their bodies were found on Sunday", "The bodies
    of the victims were found two days later" (no number of their own): the abducted row."""
    if tok.lower_ in ("body", "corpse") and tok.dep_ in ("nsubjpass", "dobj", "nsubj") and \
            tok.head.lemma_.lower() in ("find", "recover", "discover", "dump", "retrieve"):
        # "Assailants abducted a traditional chief and his two sons ... The chief's body was found"
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") and any(
            d.lower_ == "the" for d in c.children)), None)
        row = next((c for c in reversed(told) if c.outcome == "abducted" and owner is not None
                    and c.victim_word == owner.lemma_.lower() and (c.count_best or 0) >= 1), None)
        if row is not None and not any(c.outcome == "killed" and c.victim_word == row.victim_word for c in told):
            return replace(row, count_min=1, count_best=1, count_max=1, quantifier="the")
    if tok.lower_ not in ("bodies", "corpses") or any(c.dep_ == "nummod" or c.like_num for c in tok.children):
        return _taken_killed(tok, told)
    taken_words = _TAKEN_WORDS | _ANYONE | {c.victim_word for c in told if c.outcome == "abducted" and c.victim_word}
    # ("Their bodies", "The victims' bodies", "The hostages' bodies")
    theirs = any(c.dep_ == "poss" and (c.lower_ == "their" or c.lemma_.lower() in taken_words and any(
        d.lower_ == "the" for d in c.children)) for c in tok.children) or any(
        p.lower_ == "of" and any(g.dep_ == "pobj" and any(a.lower_ in _TAKEN_ADJS
                                                      for a in g.children) and any(d.lower_ == "the" for d in g.children)
                                 for g in p.children) for p in tok.children) or any(
        p.lower_ == "of" and any((g.lemma_.lower() in taken_words or g.like_num and not any(
            q.lower_ == "of" for q in g.children))
                                 and any(d.lower_ in ("the", "both", "all") for d in g.children)
                                 for g in p.children)
        for p in tok.children)  # ("The bodies of the soldiers" told abducted; "of all five")
    verb = tok.head if tok.dep_ in ("nsubjpass", "dobj", "nsubj") else None
    found = verb is not None and verb.lemma_.lower() in ("find", "recover", "discover", "dump",
                                                        "retrieve", "deposit", "return") and not any(
        c.dep_ == "neg" or c.lower_ in ("until", "if", "unless", "yet") for c in verb.children)
    taken = [c for c in told if c.outcome == "abducted" and (c.count_best or 0) > 0]
    # "the bodies of two of the abducted passengers": some of them
    # (also "the bodies of two of the abducted soldiers")
    some = next((g for p in tok.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"
                 and g.like_num and any(q.lower_ == "of" and any(
                     (h.lemma_.lower() in taken_words or any(a.lower_ in _TAKEN_ADJS
                                                             for a in h.children))
                     and any(d.lower_ == "the" for d in h.children)
                     for h in q.children) for q in g.children)), None)
    # (not the taken told killed already; others killed when they were taken do not count:
    # "abducted 18 passengers after shooting dead one of the drivers")
    if not (theirs or some is not None) or not found or not taken or any(
            c.outcome == "killed" and (c.captive or c.victim_word in taken_words or not c.victim_word)
            for c in told):
        return None
    n = parse_number(some.text) if some is not None else None
    if n is not None:
        return replace(taken[-1], count_min=n, count_best=n, count_max=n, quantifier=some.text) \
            if n <= taken[-1].count_best else None
    # "kidnapped a district head and his two wives ... The bodies of the two wives": those of them
    named = next((g for p in tok.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"
                  and any(c.dep_ == "nummod" for c in g.children)), None)
    row = next((c for c in reversed(taken) if named is not None and c.victim_word == named.lemma_.lower()), None)
    if row is not None:
        n = parse_number(next(c for c in named.children if c.dep_ == "nummod").text)
        if n is not None and n <= (row.count_best or 0):
            return replace(row, count_min=n, count_best=n, count_max=n)
    if named is not None and (named.lemma_.lower() in taken_words or any(
            a.lower_ in _TAKEN_ADJS for a in named.children)):
        # "the bodies of the remaining six hostages" after three of nine were released: those six
        n = parse_number(next(c for c in named.children if c.dep_ == "nummod").text)
        if n is not None and n <= (_last_taken(taken).count_best or 0):
            return replace(_last_taken(taken), count_min=n, count_best=n, count_max=n)
    counted = next((g for p in tok.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"
                    and g.like_num and not any(q.lower_ == "of" for q in g.children)), None)
    if counted is not None:
        # "Two of the shepherds escaped; the bodies of the remaining ten were found": those ten
        n = parse_number(counted.text)
        if n is not None and n <= (_last_taken(taken).count_best or 0):
            return replace(_last_taken(taken), count_min=n, count_best=n, count_max=n, quantifier=counted.text)
    return _last_taken(taken)  # "abducted a pastor and his driver ... The bodies of both victims"


def _injured_counted(tok: Token) -> bool:
    """"injured" on a noun counted by a number: "51 injured people", "two wounded soldiers" (not
    "the injured", "injured livestock")."""
    return tok.pos_ == "ADJ" and tok.lower_ in ("injured", "wounded") and tok.dep_ == "amod" \
        and tok.head.pos_ == "NOUN" and _person_like(tok.head) and not _not_people(tok.head) \
        and any(c.dep_ == "nummod" and c.like_num and not _in_date(c) for c in tok.head.children)


def _numbered_adj(tok: Token) -> Token | None:
    """The number right before "wounded" in a list: "(3 killed, 6 wounded)", parsed as "6" with
    "wounded" on it or as the subject of an adjective joined to "killed"."""
    if tok.dep_ == "amod" and tok.head.pos_ == "NUM" and tok.head.i == tok.i - 1:
        return tok.head
    if tok.dep_ == "oprd" and tok.head.pos_ == "NUM" and tok.head.i == tok.i - 2 and tok.head.dep_ == "pobj" \
            and tok.doc[tok.i - 1].lower_ in ("more", "others") and tok.head.head.lower_ == "with":
        return tok.head  # "killing four displaced people, with two more wounded"
    if tok.pos_ == "ADJ" and tok.i > 0 and tok.doc[tok.i - 1].pos_ == "NUM" and \
            tok.doc[tok.i - 1].dep_ == "nsubj" and tok.doc[tok.i - 1].head == tok:
        return tok.doc[tok.i - 1]
    # "wounded" as a noun after its number: "and treated more than 30 wounded" (the number on it),
    # "treated 17 injured at the scene" (the number the verb's object)
    num = tok.doc[tok.i - 1] if tok.i > 0 and tok.lower_ in ("wounded", "injured") else None
    if num is not None and num.pos_ == "NUM" and not _in_date(num) and (
            num.dep_ == "nummod" and num.head == tok and tok.dep_ in ("dobj", "pobj")
            or num.dep_ == "dobj" and num.head == tok.head and tok.head.pos_ == "VERB"):
        return num
    return None


def _reflexive_subject(tok: Token) -> Token | None:
    """Who killed himself: the subject of the verb, or of the verb it is joined to (or, for
    "before turning the gun on himself", of the clause the phrase is on)."""
    verb = tok
    if tok.dep_ == "pcomp" and tok.head.dep_ == "prep":
        verb = tok.head.head
    while verb.dep_ in ("advcl", "conj", "xcomp") and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    for verb in (tok, verb):
        if verb is None:
            continue
        # ("Two of the bombers detonated ..., killing themselves": a part counted by its number)
        # ("Three suicide bombers tried to attack a mosque; two blew themselves up": some of them)
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and (c.pos_ in ("NOUN", "PROPN") or c.like_num and any(
            p.lower_ == "of" and any(g.dep_ == "pobj" and _is_person(g) for g in p.children) for p in c.children)
            or c.like_num and not list(c.children) and _counted_before(c) is not None
            or (c.lower_ in ORDINALS or c.lower_ == "first") and any(d.lower_ == "the" for d in c.children))), None)
        if subj is not None:
            return subj
        # ("Two female suicide bombers ... ; both detonated their vests, killing themselves": the
        # people "both" stands for)
        both = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ == "both"), None)
        if both is not None and _counted_before(both) is not None:
            return _counted_before(both)
    return None


_BOUND_WORDS = {"more", "than", "over", "about", "nearly", "almost", "around", "at", "least", "some",
                "up", "to", "roughly", "approximately"}


def _own_count(tok: Token) -> list[Token]:
    """The count a verb joined to another carries itself: a number on it ("and 13 wounded"), a
    counted subject ("and 5 others hurt"), a bound phrase ("and injuring over a dozen")."""
    kids = list(tok.children)
    own = [c for c in kids if c.dep_ == "nummod" and c.i < tok.i]
    # ("injuring more than 260": the bound words between)
    own += [c for c in kids if c.dep_ == "npadvmod" and c.pos_ == "NUM" and tok.i < c.i <= tok.i + 4
            and all(t.lower_ in _BOUND_WORDS for t in tok.doc[tok.i + 1: c.i])
            and (c.ent_type_ not in ("DATE", "TIME") or c.ent_iob_ == "B" and (
                c.i + 1 >= len(c.doc) or c.doc[c.i + 1].ent_iob_ != "I"))]
    # "and about 175 were injured": the number right before the verb's own auxiliary
    aux = next((c for c in kids if c.dep_ == "auxpass" and c.i == tok.i - 1), None)
    if aux is not None and aux.i > 0 and tok.doc[aux.i - 1].like_num and tok.doc[aux.i - 1].pos_ == "NUM" \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids) and not _in_date(tok.doc[aux.i - 1]):
        own.append(tok.doc[aux.i - 1])
    # ("pulled 13 bodies from the rubble and treated more than 30 wounded": the number right before
    # the verb, hung by the parser on the verb before it)
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and prev.pos_ == "NUM" and prev.like_num and prev.dep_ == "dobj" and prev.head != tok \
            and prev.head.i > tok.head.i and not _in_date(prev) and not any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in kids):
        own.append(prev)
    # ("and wounding 14, according to residents": a number alone, even one the tagger took for a day)
    # ("and 4 insurgents neutralised": the parser's adverb)
    own += [c for c in kids if c.dep_ in ("nsubj", "npadvmod") and c.i < tok.i and (
        _counted(c) or c.pos_ == "NUM" and c.like_num and c.i == tok.i - 1
        or c.lower_ in _VAGUE and c.i == tok.i - 1
        or c.pos_ == "NOUN" and any(g.lower_ in _VAGUE and g.dep_ in ("amod", "det")
                                    for g in c.children)) and _person_like(c)]
    # ("and hundreds injured", "and several others wounded")
    own += [g for c in kids if c.dep_ == "prep" and c.lower_ in ("over", "about", "nearly", "around",
                                                                  "almost", "some")
            for g in c.children if g.dep_ == "pobj" and (g.like_num or g.lower_ in _VAGUE)]
    if not own and tok.i > 2 and tok.doc[tok.i - 1].like_num and tok.doc[tok.i - 1].dep_ == "conj":
        # "leaving seven (people) dead and twelve wounded", "left 4 dead and over 30 injured",
        # "left 5 people dead, including 3 attackers, and 7 wounded" (not "between 10 and 12 wounded")
        k = tok.i - 2
        while k > tok.sent.start and tok.doc[k].lower_ in _BOUND_WORDS:
            k -= 1
        before = tok.doc[k - 1] if k > tok.sent.start else None
        if tok.doc[k].lower_ == "and" and before is not None and (before.lower_ in (
                "dead", "bodies", "corpses", "deaths") or (
                before.text == "," and any(t.lower_ in ("dead", "killed") for t in tok.doc[max(
                    tok.sent.start, k - 12): k]))):
            own.append(tok.doc[tok.i - 1])
    return own


def _left_before(tok: Token) -> Token | None:
    """The people "left" in the state a participle tells, when the parser hangs the participle
    elsewhere: "killing two soldiers and leaving four others seriously wounded"."""
    j = tok.i - 1
    while j > tok.sent.start and tok.doc[j].dep_ == "advmod":
        j -= 1
    side = tok.doc[j]
    if side.lemma_.lower() == "side" and side.dep_ == "pobj" and side.head.head.i < side.i and (
            side.head.head.lemma_.lower() == "leave" or side.head.head.dep_ == "dobj"):
        j = side.head.i - 1  # "left 5 from each side killed", "left 5 fighters on each side wounded"
    noun = tok.doc[j]
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() == "leave" and noun.head.i < noun.i \
            and not any(c.dep_ in ("dobj", "nsubjpass", "nsubj") for c in tok.children) \
            and _person_like(noun):
        return noun
    return None


_LIVES = {"life", "lives", "soul", "souls"}
_PERIOD = re.compile(r"\b(?:in (?:one|a|the past|the last|two|three) (?:week|month|year)s?|"
                     r"this (?:week|month|year)|since|so far)\b", re.IGNORECASE)
_VEHICLES = {"truck", "car", "vehicle", "bus", "lorry", "train", "tanker", "trailer", "van", "motorcycle"}
# verbs of killing that as often take things: "eliminate the threat", "eliminated three camps"
_PEOPLE_ONLY = {"eliminate"}


def _died_as(tok: Token) -> bool:
    """Idioms of dying whose subject died: "embraced martyrdom", "paid the ultimate price"."""
    lemma = tok.lemma_.lower()
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if lemma == "embrace":
        return any(c.lemma_.lower() == "martyrdom" for c in objs)
    if lemma == "breathe":  # "breathed their last"
        return any(c.lower_ == "last" and any(g.dep_ == "poss" for g in c.children) for c in objs)
    if lemma == "meet":  # "met their death", "met their untimely end"
        return any(c.lemma_.lower() in ("death", "end", "demise") and any(g.dep_ == "poss" for g in c.children)
                   for c in objs)
    if lemma == "pay":
        return any(c.lemma_.lower() == "price" and any(
            g.lower_ in ("ultimate", "supreme") for g in c.children) for c in objs)
    return False


def _throats_of(tok: Token) -> list[Token]:
    """"slit the throats of 10 fishermen": the people whose throats were cut."""
    if tok.lemma_.lower() not in ("slit", "cut", "slash"):
        return []
    return [g for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() == "throat"
            for p in c.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]


def _ranged(prep: Token) -> bool:
    """"from 10 to 12 Marines": a range after "from" (not "from the village", "from 2019")."""
    return any(g.dep_ == "pobj" and any(n.like_num and any(q.dep_ == "quantmod" and q.lower_ == "to"
                                                           for q in n.children)
                                        for n in [g, *g.children])
               for g in prep.children)


def _labelled(tok: Token) -> bool:
    """An outcome word that labels a count, as notes write: "Killed: 4. Injured: 9." (the nouns,
    "Fatalities: 5", are read with their own words)."""
    doc = tok.doc
    if not (tok.i + 2 < len(doc) and doc[tok.i + 1].text == ":" and doc[tok.i + 2].like_num and (
            tok.i == tok.sent.start or doc[tok.i - 1].is_punct) and tok.pos_ != "NOUN"):
        return False
    # (not a period's or an area's statistics: "Monthly summary for Benue - Killed: 40")
    text = doc_text(doc)
    line = text[text.rfind("\n", 0, tok.idx) + 1: tok.idx]
    return not _STATISTICS.search(line)


_STATISTICS = re.compile(r"\b(?:totals?|summary|previous|monthly|weekly|annual|yearly|statistics|since|so\s+far|"
                         r"this\s+(?:year|month)|(?:for|in)\s+(?:(?:19|20)\d\d|January|February|March|April|May|"
                         r"June|July|August|September|October|November|December)(?!\s+\d))\b", re.IGNORECASE)


_ASIDE_PARTS = {"most", "all", "many", "some", "both", "half", "none", "each"}


def _subject_of_next_verb(noun: Token) -> Token | None:
    """The outcome verb right after a listed noun that the parser left without a subject: "the
    Taliban lost six fighters and two ANA soldiers were wounded", the soldiers hung on the
    fighters are the subject of "were wounded"."""
    doc = noun.doc
    if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    j = noun.i + 1
    aside = None
    if j + 2 < noun.sent.end and doc[j].text == "," and noun.head.pos_ == "VERB" and (
            doc[j + 2].lower_ == "of" and (doc[j + 1].lower_ in _ASIDE_PARTS or doc[j + 1].like_num)
            or doc[j + 1].lower_ == "among" and doc[j + 2].lower_ == "them" or doc[j + 1].lower_ == "including"):
        # "One officer was killed and 26 others, most of them police officers, were wounded": a
        # part told between commas, read as the verb's subject, the noun hung on the other verb
        k = next((m for m in range(j + 3, min(noun.sent.end, j + 12)) if doc[m].text == ","), None)
        if k is None:
            return None
        aside, j = doc[j + 1:k], k + 1
    start = j
    while j < noun.sent.end and doc[j].dep_ in ("aux", "auxpass"):
        j += 1
    if j == start or j >= noun.sent.end:
        return None
    verb = doc[j]
    if verb.pos_ != "VERB" or _outcome(verb) is None or aside is None and verb.dep_ != "conj" or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") and (aside is None or c.i not in range(aside.start, aside.end))
            for c in verb.children):
        return None
    return verb


def _victim_heads(tok: Token) -> list[Token]:
    """The tokens that name who suffered the outcome word ``tok``."""
    if tok.pos_ == "VERB":
        stolen = next((t for t in tok.doc[tok.sent.start:tok.i] if _subject_of_next_verb(t) == tok), None)
        if stolen is not None:
            return [stolen]
    heads = [h for h in _parsed_victim_heads(tok) if _subject_of_next_verb(h) in (None, tok) and not (
        # "at least 20 people had been wounded and more than 11,000 displaced": the count joined
        # to the verb has a verb of its own
        h.dep_ == "conj" and h.head == tok and any(
            c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and _outcome(c) != _outcome(tok) for c in h.children))]
    if tok.pos_ == "NOUN" and heads and any(c.dep_ == "prep" and c.lower_ == "among" for c in tok.children):
        # "resulting in 39 fatalities among soldiers and 2 among civilians": the count told after
        # with where it fell, however the parser joins it
        heads = heads + [t for t in tok.doc[tok.i + 1: tok.sent.end - 1] if t.like_num and t.dep_ == "conj"
                         and t.doc[t.i + 1].lower_ == "among" and t not in heads and not any(
                             _outcome(u) for u in tok.doc[tok.i + 1: t.i])]
    if tok.dep_ == "oprd" and heads:
        # "left 4 soldiers and 10 insurgents dead": the list's last item hung on "dead"
        heads = heads + [c for c in tok.children if c.dep_ == "npadvmod" and c not in heads and _counted(c)
                         and _person_like(c) and c.i < tok.i]
    # "the final toll was 6 dead and 14 injured", parsed as the 6 (with "dead" on it) and the 14
    # joined to it, the subject of "injured": the 14 alone are this outcome's
    heads = [next(c for c in h.children if c.dep_ == "conj" and c.like_num)
             if h.like_num and h.dep_ in ("nsubj", "nsubjpass") and h.head == tok and any(
                 c.dep_ == "amod" and _outcome(c) not in (None, _outcome(tok)) for c in h.children)
             and sum(1 for c in h.children if c.dep_ == "conj" and c.like_num) == 1 else h for h in heads]
    # (a relative pronoun stands for the noun its clause tells of: "30 persons who sustained injuries")
    heads = [h.head.head if h.lower_ in ("who", "that") and h.dep_ in ("nsubj", "nsubjpass")
             and h.head.dep_ == "relcl" and h.head.head.pos_ == "NOUN" and _counted(h.head.head) else h for h in heads]
    heads = [h for h in heads if not _teller_as_object(h)]
    heads = _after_an_including_list(heads)
    return heads + _gapped_counts(tok, heads)


def _after_an_including_list(heads: list[Token]) -> list[Token]:
    """"Eleven people were killed, including the bomber, all four gunmen and a deputy minister, and
    nine others were wounded": the parser makes the rest of the "including" list the subject of the
    second verb; only the "others" after it are that verb's."""
    if len(heads) < 2:
        return heads
    first = heads[0]
    others = [h for h in heads[1:] if h.lower_ == "others" and _counted(h)]
    doc = first.doc
    i = first.left_edge.i
    if not others or i < 2 or doc[i - 1].text != ",":
        return heads
    including = next((t for t in reversed(doc[first.sent.start: i - 1]) if t.lower_ == "including"), None)
    if including is None or any(_outcome(t) for t in doc[including.i + 1: i - 1]):
        return heads
    # (the list goes on right after its item: not "including a child, and according to police, two
    # soldiers and eight others were injured")
    item = next((g for g in including.children if g.dep_ == "pobj"), None)
    if item is None or item.right_edge.i != i - 2:
        return heads
    return others


def _captor(verb: Token) -> Token | None:
    """The verb of catching or singling out people that ``verb`` (one told of "them") follows:
    "caught two kidnappers and lynched them", "took nine men off a bus before shooting them dead"."""
    if verb.dep_ == "conj":
        up = verb.head
    elif verb.dep_ == "pcomp" and verb.head.lower_ in ("before", "after") and verb.head.dep_ == "prep":
        up = verb.head.head
    elif verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("before", "then") for c in verb.children):
        up = verb.head
    else:
        return None
    return up if up.lemma_.lower() in _CAPTURE_VERBS | {"take"} else None


_STATE_TELLERS = {"ministry", "army", "military", "defence", "defense", "police", "government", "official",
                  "commander", "officer", "spokesman", "spokesperson"}


def _state_teller(tok: Token) -> bool:
    """The sentence's teller speaks for a state's forces ("a ministry spokesman", "the army"), not
    for an armed group ("a Taliban spokesman", "a JNIM statement") nor for villagers."""
    tellers = [c for t in tok.sent if t.lemma_.lower() in _REPORT_VERBS for c in t.children
               if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
    words = [w for c in tellers for w in c.subtree]
    return any(w.lemma_.lower() in _STATE_TELLERS - {"spokesman", "spokesperson", "commander", "official"} for w in words) \
        and not any(_CLAIMANT_NAME.search(w.text.lower()) for w in words)


def _nation_of_the_first(tok: Token) -> bool:
    """A bare count on a verb joined to one whose object is people of a nation: "killed five
    Palestinians and wounded 11" (the 11 Palestinians too)."""
    if tok.dep_ != "conj" or tok.head.pos_ != "VERB":
        return False
    return any(c.dep_ == "dobj" and c.ent_type_ == "NORP" and c.tag_ in ("NNS", "NNPS") for c in tok.head.children)


def _teller_as_object(h: Token) -> bool:
    """A teller the parser takes for a second object of the verb: "wounded 41 on Sunday, a health
    official and residents said" (a source word, uncounted, after a comma and an object before
    it, with a verb of telling after it)."""
    if h.dep_ != "dobj" or _counted(h) or h.lemma_.lower() not in _SOURCES or not any(
            c.dep_ == "dobj" and c.i < h.i for c in h.head.children):
        return False
    doc = h.doc
    if not any(t.text == "," for t in doc[h.head.i:h.left_edge.i]):
        return False
    return any(t.lemma_.lower() in _REPORT_VERBS and t.pos_ == "VERB" for t in doc[h.i + 1:h.sent.end])


def _gapped_counts(tok: Token, heads: list[Token]) -> list[Token]:
    """Counts told after the first with the verb left out, each with where it was: "killed 5
    people in Mera and 3 in Gidan Rana", "left 14 dead on the Hawazma side and 9 on the Kenana
    side" (the parser joins the bare number to the verb)."""
    verb = tok.head if tok.dep_ == "oprd" else tok
    if not heads or verb.pos_ != "VERB":
        return []
    last = max(h.i for h in heads)
    return [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "NUM" and c.i > last and c not in heads
            and _is_count(c) and any(g.dep_ == "cc" or g.lower_ == "and" for g in c.doc[last + 1: c.i])
            and all(g.dep_ in ("prep", "punct") for g in c.children) and c.i + 1 < len(c.doc)
            and c.doc[c.i + 1].dep_ == "prep" and c.doc[c.i + 1].lower_ in ("in", "on", "at", "from", "among")
            and c.doc[c.i + 1].head in (c, verb)]


def _listed_after(first: Token) -> list[Token]:
    """The people of a list that goes on after ``first``, read from the words alone where the parse
    lost it ("Killed were a police sergeant, two constables and a civilian driver, the statement
    said": the constables and the driver): each item a person noun with only a determiner, a number
    or modifiers before it, after a comma or "and"; the list ends at anything else."""
    doc = first.doc
    out: list[Token] = []
    i = first.i + 1
    while i < first.sent.end:
        if doc[i].text != "," and doc[i].lower_ != "and":
            break
        while i < first.sent.end and (doc[i].text == "," or doc[i].lower_ == "and"):
            i += 1
        j = i
        while j < first.sent.end and (doc[j].pos_ in ("DET", "NUM", "ADJ") or doc[j].tag_ in ("PRP$", "NN", "NNP")
                                      and j + 1 < first.sent.end and doc[j + 1].pos_ in ("NOUN", "PROPN")
                                      and doc[j + 1].tag_ != "NNP"):
            j += 1
        if j >= first.sent.end or doc[j].pos_ != "NOUN" or not _person_like(doc[j]) or not _is_person(doc[j]) \
                or j + 1 < len(doc) and doc[j + 1].pos_ in ("VERB", "AUX"):
            break  # (not the tellers after it: "Killed were three soldiers and a civilian, two officials told Reuters")
        out.append(doc[j])
        i = j + 1
    return out


def _parsed_victim_heads(tok: Token) -> list[Token]:
    kids = list(tok.children)
    heads: list[Token] = []
    if tok.dep_ == "amod" and _outcome(tok) == "wounded" and tok.head.dep_ in ("nsubj", "nsubjpass") \
            and tok.head.head.lemma_.lower() in ("die", "succumb", "perish"):
        return []  # "two wounded officers have died in hospital": dead now, not wounded
    if _throats_of(tok):
        return _throats_of(tok)
    if tok.lower_ == "dying" and tok.pos_ == "NOUN":
        return [tok]  # "with three more dying of their wounds": the count the parser put on "dying"
    if tok.lower_ == "loss":  # "the loss of 2 soldiers", "the loss of 1 of its fighters": those lost
        return [g for p in kids if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    be = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else tok
    if (tok.tag_ == "VBN" or tok.lower_ in ("dead", "wounded", "injured")) and tok.i == tok.sent.start and (
            tok.dep_ == "nsubj" and tok.head.lemma_ == "be" and tok.i < tok.head.i
            or be.lemma_ == "be" and be.head == tok and be.dep_ in ("aux", "auxpass")):
        # "Killed were 4 policemen and a civilian": the people after the copula (the parser may
        # make "were" the auxiliary of "Killed")
        attrs = [c for c in (tok.head if tok.dep_ == "nsubj" else be).children if c.dep_ == "attr"]
        # (and those the parser hangs on the first as an apposition: "Dead were a woman, her
        # elderly father and a neighbour")
        attrs += [p for a in attrs for p in a.children if p.dep_ == "appos" and _person_like(p)]
        heads = attrs + [j for a in attrs for j in a.conjuncts if j.i > a.i and j not in attrs]
        return heads + [t for t in _listed_after(attrs[0]) if t not in heads] if attrs else heads
    before = tok.doc[tok.i - 1] if tok.i > 0 else tok
    if tok.dep_ == "acl" and before.like_num and before.dep_ == "pobj" and before.head.lower_ == "among":
        return [before]  # "a woman and her 3 children among 8 killed": the 8, of whom they are some
    if tok.lower_ == "dead" and (tok.head.lemma_.lower() == "shoot" or tok.i > 0 and tok.doc[tok.i - 1].lower_ == "shot") \
            and any(c.dep_ == "pobj" for c in kids):
        # "shot dead the village chief of Dioura ...", "dead" read as a preposition
        return [c for c in kids if c.dep_ == "pobj" and _person_like(c)]
    if tok.lower_ == "dead" and tok.dep_ in ("dobj", "acomp") and tok.head.lemma_.lower() == "shoot" and not any(
            c.dep_ == "dobj" and c.i < tok.i for c in tok.head.children):
        # "shot dead a couple": "dead" read as the object, the people as a modifier of the verb
        after = [c for c in tok.head.children if c.dep_ in ("npadvmod", "dobj") and c.i > tok.i and _person_like(c)]
        if after:  # (and those joined to them: "a couple and their teenage son")
            return after + [j for a in after for j in a.conjuncts if j.i > a.i and _person_like(j)] + [
                c for c in tok.head.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > after[-1].i
                and _person_like(c)]  # (the parser may join "son" to the verb)
    if tok.lower_ == "dead" and tok.dep_ in ("ccomp", "xcomp") and tok.head.lemma_.lower() in ("shoot", "stab", "beat", "hack") \
            and any(c.dep_ == "nsubj" for c in kids):
        # "Guards shot two of the bombers dead", read as a clause "two of the bombers dead"
        return [c for c in kids if c.dep_ == "nsubj"]
    if tok.lemma_.lower() in ("body", "corpse") and ordinal_of(tok) and _found_body(tok):
        return [tok]  # "A fourth body was found": the next of the dead
    if tok.pos_ == "VERB" and tok.dep_ in ("nsubj", "nsubjpass", "dobj") and _totalled(tok):
        return _totalled(tok)[:1]  # "The injured, numbering 15, were evacuated"
    if tok.dep_ == "acl" and tok.lower_ in ("killed", "wounded", "injured") and _put_at(tok):
        return _put_at(tok)[:1]  # "Residents put the number killed at 20"
    if tok.dep_ == "pobj" and tok.lower_ in ("wounded", "injured") and _put_at(tok):
        return _put_at(tok)[:1]  # "local sources put the number of wounded at 13"
    if tok.lower_ in _THE_HURT and _ranged_after(tok):
        return _ranged_after(tok)  # "Estimates of the injured range from 30 to 60"
    if _labelled(tok):  # a note's labelled count: "Killed: 4. Injured: 9."
        num = tok.doc[tok.i + 2]
        noun = num.head if num.dep_ == "nummod" and num.head.pos_ == "NOUN" else None
        # ("Killed: 4 soldiers, 2 civilians": a list without "and")
        return [noun, *noun.conjuncts, *(c for c in noun.children if c.dep_ == "appos" and _counted(c))] \
            if noun is not None else [num]
    listed = _listed_as(tok)
    if _gun_on_self(tok):
        heads.extend(_gun_on_self(tok))  # "turning the gun on himself"
    elif listed:
        heads.extend(listed)  # "Among the dead were three soldiers"
        # ("Those killed included two soldiers, a customs officer, and a driver")
        heads.extend(o for o in _listed_without_and(listed) if o not in listed)
    elif tok.lower_ in ("wounded", "injured", "killed") and _numbered_adj(tok) is not None:
        heads.append(_numbered_adj(tok))  # "(3 killed, 6 wounded)"
    elif _injured_counted(tok):
        heads.append(tok.head)  # "51 injured people were being treated"
    elif tok.pos_ in ("VERB", "AUX") or tok.tag_ in ("VBN", "VBD", "VBG"):
        # (a participle the tagger read as a past tense: "12 civilians reportedly killed;")
        # (not a perfect tense: "saying a suicide bomber had killed and wounded 100 people")
        passive = tok.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in kids) \
            or any(c.dep_ == "auxpass" for c in kids) or (
            tok.tag_ == "VBD" and tok.dep_ in ("acl", "oprd"))  # ("left 23 people wounded, according")
        objs = [c for c in kids if c.dep_ in ("dobj", "nsubjpass")
                and not (c.dep_ == "dobj" and tok.lemma_.lower() in ("die", "perish", "succumb", "receive"))]
        if tok.lemma_.lower() in ("receive", "remain", "stay") or tok.lemma_ == "be" and _cared_for(tok):
            # "Thirty others were receiving treatment in hospital", "Nine others remain under treatment",
            # "Eight people are in hospital with gunshot wounds"
            objs = [c for c in kids if c.dep_ == "nsubj"]
        # (no one dies something: "died the following day", "died a hero")
        if not objs and (tok.lemma_.lower() in ("die", "perish", "drown", "succumb") or
                         tok.lemma_.lower() in _WITH_WOUNDS and _cared_for(tok) or
                         # "Four passengers burned to death": who burned, not what
                         tok.lemma_.lower() in ("burn", "bleed", "starve", "freeze") and any(
                             c.lower_ == "to" and any(g.lower_ == "death" for g in c.children) for c in kids)):
            objs = [c for c in kids if c.dep_ == "nsubj"]
            if not objs and tok.dep_ == "xcomp":  # "His companion managed to escape with injuries"
                objs = [c for c in tok.head.children if c.dep_ == "nsubj"]
        if not objs and tok.tag_ in ("VBN", "VBD") and _left_before(tok) is not None:
            objs = [_left_before(tok)]  # "leaving four others seriously wounded"
        if not objs and tok.dep_ in ("xcomp", "ccomp", "oprd") and tok.head.lemma_.lower() in ("find", "discover") \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in kids):
            # "One was found beheaded the next day" (the parser making "beheaded" a clause of its own)
            objs = [c for c in tok.head.children if c.dep_ in ("nsubjpass", "nsubj")]
        if not objs and passive:
            objs = [c for c in kids if c.dep_ == "nsubj"]
            if not objs:
                # "Thirty people, not counting the bombers, were killed": the parser makes the
                # people the subject of "counting"
                objs = [g for c in kids if c.dep_ == "advcl" and c.i < tok.i and c.lemma_.lower() in ("count", "include")
                        and any(n.dep_ == "neg" for n in c.children)
                        for g in c.children if g.dep_ == "nsubj" and g.i < c.i and g.pos_ in ("NOUN", "NUM")]
            if not objs and tok.dep_ in ("ccomp", "conj") and tok.i > 0 and not any(
                    _outcome(t) == _outcome(tok) for t in tok.doc[:tok.sent.start]):
                # "Police said nine people standing at a nearby stall were injured": the parser makes
                # the people the subject of the participle on them, a clause of its own before the verb
                # (only with no such outcome told before: they may be some of a count told before)
                objs = [g for v in tok.head.children if v.tag_ == "VBG" and v.i < tok.i
                        and v.right_edge.i + 1 + sum(1 for c in kids if c.dep_ in ("aux", "auxpass")) == tok.i
                        for g in v.children if g.dep_ == "nsubj" and g.i < v.i and _counted(g)]
            if not objs and tok.dep_ in ("acl", "amod", "relcl") and (
                    tok.head.pos_ in ("NOUN", "NUM", "PRON", "PROPN") or tok.head.lower_ in _VAGUE) \
                    and not (_part_of_the(tok.head) and not any(c.dep_ == "nummod" for c in tok.head.children)):
                # (but "Two of the 15 people wounded died", "One of the 15 wounded soldiers was
                # evacuated": the 15 wounded, counted here)
                objs = [tok.head]
                first = tok.head
                while tok.dep_ == "acl" and first.dep_ == "conj" and first.head.i < first.i:
                    first = first.head  # "4 soldiers and 1 CJTF killed": the list's first items
                    if _counted(first) and _person_like(first) and _outcome(first) is None and not any(
                            _outcome(c) for c in first.children if c.dep_ in ("acl", "amod")):
                        objs.insert(0, first)
                prev = tok.doc[tok.i - 1]
                if tok.dep_ == "acl" and prev.dep_ == "pobj" and prev.head.lower_ == "of" \
                        and prev.head.head == tok.head and (prev.like_num or any(
                            c.dep_ == "nummod" and c.like_num for c in prev.children)):
                    # "One of the five wounded died": the five wounded (also "Two of the 15
                    # people wounded died": the 15 people)
                    objs = [prev]
                if tok.dep_ == "acl" and prev.like_num and prev.dep_ == "conj" and prev.head == tok.head \
                        and _outcome(tok.head) not in (None, _outcome(tok)):
                    objs = [prev]  # "We have received 26 bodies and 31 wounded": the 31
                # "left scores of people injured": the count the people are "of"
                of = tok.head.head if tok.head.dep_ == "pobj" and tok.head.head.lower_ == "of" else None
                if of is not None and not _counted(tok.head) and (
                        of.head.like_num or of.head.lower_ in _VAGUE) and of.head.dep_ != "pobj":
                    objs = [of.head]
                    first = of.head
                    while tok.dep_ == "acl" and first.dep_ == "conj" and first.head.i < first.i:
                        # "2 soldiers and an unspecified number of insurgents killed": the items before
                        first = first.head
                        if _counted(first) and _person_like(first) and _outcome(first) is None and not any(
                                _outcome(c) for c in first.children if c.dep_ in ("acl", "amod")):
                            objs.insert(0, first)
        if not objs and tok.tag_ == "VBD" and tok.dep_ == "amod" and tok.head.i > tok.i \
                and _person_like(tok.head):
            # "shot and injured Baidar Zazai": a past tense the parser hung on its object
            objs = [tok.head]
        if not objs and tok.dep_ == "conj" and tok.head.pos_ != "VERB" and tok.pos_ == "VERB":
            # "the attack ... in which five worshippers were killed and at least ten hurt": the
            # parser joins "ten hurt" to the noun
            objs = [c for c in _own_count(tok) if c.dep_ in ("nummod", "npadvmod")]  # ("dead and about 12 injured")
        if not objs and tok.dep_ == "conj" and tok.head.pos_ == "VERB":
            # "were killed and 17 others were wounded" handled by its own subject; "killed and
            # wounded five" shares the object; but a count of its own is its own: "left one
            # person dead and 13 wounded", "2 people were killed and 5 others hurt", "killing 3
            # people and injuring over a dozen"
            objs = _own_count(tok) or [c for c in tok.head.children if c.dep_ in ("dobj", "nsubjpass")]
            if any(c.dep_ == "auxpass" for c in kids) and not _own_count(tok):
                # "Three gunmen entered the compound and were killed by guards": the first verb's
                # subject, not what it acted on
                objs = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")] or objs
            root = tok.head
            while not objs and root.dep_ == "conj" and root.head.pos_ in ("VERB", "AUX"):
                # "nabbed, stripped and clubbed to death": the subject of the first verb
                root = root.head
                objs = [c for c in root.children if c.dep_ in ("dobj", "nsubjpass") and _is_person(c)]
        if not objs and tok.tag_ == "VBD" and tok.dep_ == "ROOT" and not any(
                c.dep_ in ("dobj", "ccomp", "xcomp", "conj", "prt", "dative") and not (
                    c.dep_ == "ccomp" and c.i > tok.i and _outcome(c)) for c in kids):
            # (a clause after it with an outcome of its own is the headline's next item:
            # "5 soldiers wounded, 15 civilians killed")
            # "5 soldiers wounded, 15 civilians killed", "Many others wounded": a headline's
            # passive the tagger read as a past tense; its subject is counted, it has no object
            objs = [c for c in kids if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PRON") and (
                _counted(c) or any(g.lower_ in _VAGUE and g.dep_ in ("amod", "det") for g in c.children))
                and _is_person(c) and not any(t.text == ";" for t in tok.doc[c.i:tok.i])]
            # ("Two militants killed in Kashmir gunfight, soldier injured": the headline's last
            # item, a bare person word right before the verb, not the first one's)
            near = [c for c in kids if c.dep_ == "nsubj" and c.right_edge.i == tok.i - 1 and _headline_item(c)]
            if near and any(c.dep_ == "nsubj" and c.i < near[0].i for c in kids):
                objs = near
        if not objs and passive:
            # "Also killed were two civilians": the people after the auxiliary
            objs = [g for c in kids if c.dep_ == "auxpass" and c.i > tok.i for g in c.children
                    if g.dep_ in ("attr", "nsubj") and g.i > c.i and _person_like(g)]
        if not objs and tok.dep_ == "oprd":
            objs = _own_count(tok)  # "leaving seven dead and twelve wounded"
        if not objs and tok.dep_ == "advcl":
            # "The blast left 4 dead and over 30 injured", "killing 12 people, including the four
            # attackers, and about 175 were injured": a number the parser joined to the list before
            objs = [c for c in _own_count(tok) if c.dep_ == "conj"]
        if not objs and tok.dep_ == "acomp" and tok.head.lemma_.lower() in ("remain", "stay", "be") \
                and _cared_for(tok):
            objs = [c for c in tok.head.children if c.dep_ == "nsubj"]  # "Five other officers remained hospitalized"
        if not objs and passive and tok.dep_ in ("xcomp", "oprd", "ccomp"):
            # "one was reported killed", "a pastor is found decapitated"
            objs = [c for c in tok.head.children if c.dep_ in ("nsubjpass", "dobj")]
        if not objs and any(c.dep_ == "auxpass" for c in kids):
            objs = _subject_before(tok)
        if not objs and tok.pos_ == "VERB":
            # "and a fourth succumbed to his wounds": the parser hangs the ordinal on the verb
            objs = [c for c in kids if c.dep_ == "amod" and c.i < tok.i and _bare_ordinal(c)]
        if not objs:
            # "killed and burned a man": the object of the conjoined verb
            objs = [o for c in kids if c.dep_ == "conj" and c.pos_ == "VERB"
                    for o in c.children if o.dep_ == "dobj" and _is_person(o)]
        if _burn_victims(tok) and tok.lemma_.lower() in _BURN_VERBS | {"set"}:
            objs = _burn_victims(tok)
        if not objs and any(c.lower_ in ("alight", "ablaze") for c in kids):
            objs = [c for c in kids if c.dep_ == "dobj" and _person_like(c)]
        if objs and all(o.lower_ in ("them", "him", "her") for o in objs) and _captor(tok) is not None:
            # "Villagers apprehended three suspected kidnappers and lynched them": the people caught
            objs = [c for c in _captor(tok).children if c.dep_ == "dobj" and _person_like(c)] or objs
        elif objs and all(o.lower_ in ("them", "him", "her") for o in objs):
            # "bandits who had abducted 4 travellers near Kachia killed them", "kidnappers holding
            # 4 travellers killed them": the people the doers held
            held = [g for s_ in tok.children if s_.dep_ == "nsubj" for c in s_.children
                    if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in _CAPTURE_VERBS | _HOLD_VERBS
                    for g in c.children if g.dep_ == "dobj" and _person_like(g) and _counted(g)]
            objs = held or objs
        if not objs:  # "killed 1, injured 12": a number the parser hangs on the verb
            objs = [c for c in kids if c.dep_ == "npadvmod" and c.pos_ == "NUM" and c.i == tok.i + 1
                    and c.ent_type_ not in ("DATE", "TIME") and tok.dep_ in ("advcl", "conj")]
        if not objs:  # "killed between 6-12 mourners", "killing from 10 to 12 Marines"
            objs = [g for c in kids if c.dep_ == "prep" and (c.lower_ == "between" or (
                c.lower_ == "from" and _ranged(c))) for g in c.children if g.dep_ == "pobj"]
        if tok.lemma_.lower() == "lose" and (any(c.lemma_ in ("life", "lives") for c in kids) or _lost_limb(tok)):
            objs = [c for c in kids if c.dep_ == "nsubj"]  # "five soldiers lost their lives", "lost both legs"
        if tok.lemma_.lower() == "claim":
            objs = [c for c in kids if c.dep_ == "dobj" and c.lemma_ in _LIVES]
            # "claimed the lives of 23 people": the people after "of"
            objs = [next((g for p in o.children if p.lower_ == "of" for g in p.children
                          if g.dep_ == "pobj"), o) for o in objs]
        if _died_as(tok):
            objs = [c for c in kids if c.dep_ == "nsubj"]
        # "killed a total of 23 soldiers": the people the total is of
        # (not a total over a period: "neutralised a total of 187 terrorists in one week")
        objs = [next((g for p in o.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"), o)
                if o.lemma_.lower() == "total" and any(c.lower_ == "a" for c in o.children)
                and not _PERIOD.search(_stext(tok.sent)) else o for o in objs]
        objs = [o for o in objs if not (  # "killed the previous year": a date, not a victim
            o.ent_type_ in ("DATE", "TIME") and o.pos_ == "NOUN" and o.lemma_.lower() not in _GROUP_OF
            and not any(c.dep_ == "nummod" or c.like_num for c in o.children))]
        # "Six persons, all members of one family, were killed": the counted people, not the
        # description the parser makes the subject
        objs = [next((c for c in kids if c.dep_ in ("dep", "npadvmod") and c.i < o.i and _is_person(c)
                      and any(g.dep_ == "nummod" for g in c.children) and c.right_edge.i + 2 == o.left_edge.i
                      and c.doc[c.right_edge.i + 1].text == ","), o)
                if any(d.dep_ == "det" and d.lower_ == "all" for d in o.children) else o for o in objs]
        if objs:  # "killed a village head, along with his driver"
            objs += _along_with(tok)
            objs += [o for o in _listed_without_and(objs) if o not in objs]
            # "A teacher, two guards and a driver were killed": the parser hangs the list's
            # first item on the verb
            objs += [c for c in kids if c.dep_ == "npadvmod" and c.i < min(o.i for o in objs)
                     and _is_person(c) and _one_counted(c) and c.right_edge.i + 1 < len(c.doc)
                     and c.doc[c.right_edge.i + 1].text == "," and c.doc[c.right_edge.i + 2:].start
                     in [o.left_edge.i for o in objs]]
            # "shot and killed the chairman of the APC in Kale LGA, and a party youth leader":
            # a second object the parser hangs on the verb (or on the verb it is joined to)
            verbs = [tok] + ([tok.head] if tok.dep_ == "conj" and tok.head.pos_ == "VERB" else [])
            objs += [c for v in verbs for c in v.children if c.dep_ == "conj" and c.i > max(
                o.i for o in objs) and (c.pos_ in ("NOUN", "PROPN") or c.pos_ == "NUM" and any(
                    g.lower_ == "of" for g in c.children)) and _person_like(c)
                and _outcome(c) is None and not any(_outcome(g) for g in c.children)]
        if tok.lemma_.lower() in _PEOPLE_ONLY:  # "eliminated 20 terrorists", not "three checkpoints"
            # (not "eliminated from the race")
            objs = [o for o in objs if not any(c.dep_ == "prep" and c.lower_ == "from" for c in kids)
                    and (_is_person(o) or any(_is_person(g) for p in o.children if p.lower_ == "of"
                                              for g in p.children))]
        heads.extend(o for o in objs if not _not_people(o))
        # "killing 50 cows and three herders": the animals are no victims, the herders are
        heads.extend(c for o in objs if _not_people(o) for c in o.conjuncts
                     if c.i > o.i and _person_like(c) and not _not_people(c))
    elif tok.lower_ == "dead":
        nums = _dead_counts(tok)
        listed = [] if nums else _listed_with_dead(tok)
        shot = tok.head
        caught = [c for c in _captor(shot).children if c.dep_ == "dobj" and _person_like(c)] if (
            tok.dep_ == "oprd" and _captor(shot) is not None
            and any(c.dep_ == "dobj" and c.lower_ == "them" for c in shot.children)) else []
        if not nums and caught:
            heads.extend(caught)  # "Vigilantes caught the two kidnappers and shot them dead"
        elif not nums and tok.dep_ == "pobj" and _put_at(tok):
            heads.extend(_put_at(tok)[:1])  # "put the number of the dead at five"
        elif nums:
            heads.append(tok)
            heads.extend(_listed_before_dead(tok))
        elif listed:
            heads.extend(listed)
        elif _totalled(tok):
            heads.extend(_totalled(tok)[:1])  # "The dead, totalling 24, included a politician"
        elif tok.dep_ == "amod" and tok.head.dep_ == "pobj" and tok.head.head.lower_ in (
                "including", "among") and tok.head.head.head.like_num:
            heads.append(tok.head.head.head)  # "Seven, including two children, dead": the total
        elif tok.dep_ in ("amod",) :
            heads.extend([tok.head] if not _not_people(tok.head) else [])  # not "dead cattle"
        elif tok.dep_ in ("ccomp", "advmod") and any(
                c.dep_ in ("nsubj", "npadvmod") and c.i < tok.i and _one_counted(c) and _is_person(c)
                for c in kids):
            # "Eighteen Boko Haram dead, three soldiers injured", "Two soldiers wounded, one
            # civilian dead": the parser hangs the item on the other one; its own noun is the dead
            heads.extend(c for c in kids if c.dep_ in ("nsubj", "npadvmod") and c.i < tok.i
                         and _one_counted(c) and _is_person(c))
        elif tok.dep_ == "ccomp" and tok.head.lemma_.lower() in ("shoot", "beat", "stab", "hack", "club") \
                and any(c.dep_ == "nsubj" and c.i < tok.i and _is_person(c) for c in kids):
            # "shot the driver dead and set the bus on fire": the parser makes the victim the
            # subject of "dead"
            heads.extend(c for c in kids if c.dep_ == "nsubj" and c.i < tok.i and _is_person(c))
        elif tok.dep_ in ("advcl", "oprd", "acomp") and tok.head.lemma_.lower() in (
                "shoot", "beat", "stab", "hack", "club") and any(
                c.dep_ == "dobj" and c.i < tok.i for c in tok.head.children):
            # "shot the village head dead and abducted his wife": the one shot
            heads.extend(c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i
                         and (_is_person(c) or _person_like(c)))
        elif tok.lower_ == "dead" and tok.dep_ in ("advcl", "oprd", "acomp", "xcomp") and _between_range(tok.head, tok):
            heads.extend(_between_range(tok.head, tok))  # "Sources reported between 12 and 15 civilians dead"
        elif any(c.dep_ == "dobj" for c in kids):
            # "shot dead another"
            heads.extend(c for c in kids if c.dep_ == "dobj" and not _not_people(c))
        elif tok.dep_ in ("oprd", "ccomp", "xcomp", "acomp", "advmod", "dobj"):
            verb = tok.head
            # ("reported between 12 and 15 civilians dead": the parser hangs the range on the verb)
            objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] or \
                _between_range(verb, tok) or [c for c in verb.children if c.dep_ == "nsubj"]
            if not objs and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and (any(
                    c.dep_ == "auxpass" for c in verb.children) or verb.tag_ == "VBN" and any(
                    c.dep_ == "nsubjpass" or c.dep_ == "nsubj" and verb.lemma_.lower() in ("fear", "presume")
                    for c in verb.head.children)):
                # "A suicide bomber failed to detonate and was shot dead": the first verb's subject
                # (also "Two journalists are missing and feared dead")
                objs = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not objs and verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "find":
                # "A farmer was found shot dead", "found them shot dead": those found
                objs = [c for c in verb.head.children if c.dep_ in ("dobj", "nsubjpass")]
            heads.extend(o for o in objs if o != tok and not _not_people(o))
    elif tok.pos_ in ("NOUN", "PROPN"):
        lemma = tok.lemma_.lower()
        of_objs = [g for c in kids if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"]
        if lemma in _NON_VICTIMS and not of_objs:
            return []  # "recorded 94 massacres": a count of events, not of people
        if _to_death(tok):
            anchor = tok.head.head
            if anchor.pos_ in ("NOUN", "PROPN", "PRON") and _is_person(anchor):
                heads.append(anchor)  # "beats a robbery suspect to death"
        elif lemma == "toll":
            heads.extend(_toll_numbers(tok))
        elif _totalled(tok):
            heads.extend(_totalled(tok)[:1])  # "Deaths totalled 24", "the dead, totalling 24"
        elif _only_casualty(tok):
            # "The assailant was the only reported casualty": the attacker who blew himself up
            # ("The only casualty was one of the assailants")
            heads.extend(c for c in tok.head.children if c.dep_ == ("attr" if tok.dep_ == "nsubj" else "nsubj"))
        elif _put_at(tok):
            heads.extend(_put_at(tok)[:1])  # "reports put the fatalities at 56 and 68"
        elif _suffered_by(tok):
            heads.extend(_suffered_by(tok))  # "20 others sustained injuries"
        elif lemma in ("fatality", "death", "injury") and tok.i + 2 < len(tok.doc) and tok.doc[tok.i + 1].text == ":" \
                and tok.doc[tok.i + 2].like_num:
            # a note's "Fatalities: 5", "Fatalities: 3 civilians and 2 attackers"
            num = tok.doc[tok.i + 2]
            noun = num.head if num.dep_ == "nummod" and num.head.pos_ == "NOUN" else None
            # ("Fatalities: 2 civilians, 3 robbers": a list without "and")
            heads.extend([noun, *noun.conjuncts, *(c for c in noun.children if c.dep_ == "appos" and _counted(c))]
                         if noun is not None else [num])
        elif _fatalities_figure(tok):
            heads.extend(_fatalities_figure(tok))
        elif lemma in ("wound", "injury") and tok.dep_ == "pobj" and tok.head.lower_ == "with" \
                and tok.head.head.lemma_.lower() == "leave":
            # "left four others with shrapnel wounds"
            heads.extend(c for c in tok.head.head.children if c.dep_ == "dobj" and _person_like(c)
                         and not _not_people(c))
        elif any(c.pos_ == "NUM" or c.dep_ == "nummod" or
                 (c.lower_ in _VAGUE and c.dep_ in ("amod", "det")) for c in tok.children) or any(
                g.dep_ == "nummod" for c in tok.children if c.dep_ == "compound" for g in c.subtree):
            heads.append(tok)  # "two deaths", "heavy casualties", "Sixty Boko Haram deaths"
        elif of_objs and lemma == "killing" and tok.dep_ == "pobj":
            pass  # "a week after the killing of 20", "charged with the killing of", "in reprisal
            # for the killing of": another act's background or reason, not this event's dead
        elif of_objs and lemma in ("death", "killing", "murder", "abduction", "kidnapping",
                                   "body", "corpse", "injury", "arrest"):
            # "the death of seven persons", "the bodies of nine"; not "the deaths of a number
            # of cattle"
            heads.extend(g for g in of_objs if not _not_people(g))
    # "Two policemen were shot dead, as were three customers": the people after "as were"
    verb = tok.head if tok.dep_ in ("oprd", "acomp") else tok
    if heads and any(c.dep_ == "auxpass" for c in verb.children):
        heads += [g for c in verb.children if c.dep_ == "advcl" and c.lemma_ == "be" and any(
            m.dep_ == "mark" and m.lower_ == "as" for m in c.children)
            for g in c.children if g.dep_ == "nsubj" and _person_like(g)]
    # (not "the number killed in three attacks this month": a total's name, not people counted)
    heads = [h for h in heads if not (h.lemma_.lower() in ("number", "figure") and any(
        c.dep_ == "det" and c.lower_ == "the" for c in h.children)) and h.lemma_.lower() not in (
        "figure", "tally", "toll")]  # (nor "a figure disputed by residents")
    # (not a rank in a running count: "the 50th social leader killed in the country this year")
    period = bool(_PERIOD.search(_stext(tok.sent)))
    # (but "An 11th victim died in hospital": the next of the event's dead)
    heads = [h for h in heads if not any(c.ent_type_ == "ORDINAL" and (
        re.fullmatch(r"\d+(?:st|nd|rd|th)", c.lower_) and (period or not any(
            d.dep_ == "det" and d.lower_ in ("a", "an", "another") for d in h.children)) or period and any(
            d.dep_ == "det" and d.lower_ == "the" for d in h.children)) for c in h.children)]
    if tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN"):
        # "six attackers, who were all killed by security forces": the people "who" stands for
        heads = [_who_of(tok) if h.lower_ in ("who", "that", "which") and h.dep_ in ("nsubj", "nsubjpass")
                 else h for h in heads]
    elif tok.dep_ in ("oprd", "acomp") and tok.head.dep_ == "relcl" and tok.head.head.pos_ in ("NOUN", "PROPN"):
        # "who was shot dead": the same, from "dead"
        heads = [_who_of(tok.head) if h.lower_ in ("who", "that") and h.dep_ in ("nsubj", "nsubjpass")
                 else h for h in heads]
    if tok.pos_ == "VERB" and heads:
        # "... and her child were killed, as was the driver of the van": one more, told by "as was"
        heads += [g for c in tok.children if c.dep_ == "advcl" and c.lemma_ == "be" and c.i > tok.i and any(
            m.dep_ == "mark" and m.lower_ == "as" for m in c.children)
            for g in c.children if g.dep_ == "nsubj" and (_person_like(g) or _is_person(g)) and g not in heads]
    if tok.pos_ == "VERB" and heads:
        # "Three soldiers were killed in the ambush and two more in the ensuing firefight": the
        # verb left out of the second clause
        # (also "killed 34 people in Kubwat and 19 in Kulben": a count with a place of its own)
        heads += [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "NUM" and c.i > tok.i and (any(
            g.lower_ in ("more", "others", "other", "another") for g in c.children) or any(
            g.dep_ == "prep" and g.lower_ in _WHERE_PREPS and any(p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME")
                                                                for p in g.children) for g in c.children)
            and any(h.dep_ == "dobj" and _counted(h) for h in heads))]
    # conjuncts of a victim: "two people and four assailants"
    out: list[Token] = []
    for h in heads:
        out.append(h)
        if h is tok and tok.lemma_.lower() in _HELD:
            continue  # "four hostages and four assailants were killed": the hostages alone were held
        # "a trader, along with his business partner, are killed"
        out.extend(_along_with(h))
        # "The commissioner, his driver, and two bodyguards": "his" is another person than the
        # one it belongs to, however the parser hangs it (as a description)
        # (so is one a list with an Oxford comma goes on after: "A priest, a deacon, and four
        # parishioners", "The groom, the bride's father, and two guests"; not a description of a
        # name or of "the victim": "Musa Ali, a trader, and his wife")
        out.extend(c for c in h.children if c.dep_ == "appos" and c.i > h.i and _is_person(c) and (any(
            p.dep_ == "poss" and p.lower_ in ("his", "her") for p in c.children) or h.pos_ == "NOUN" and c.pos_ == "NOUN"
            and h.lemma_.lower() not in _ANYONE | {"victim", "deceased", "one"} and c.lemma_.lower() != h.lemma_.lower()
            and (_one_counted(c) or _one_by_name(c)) and (_one_counted(h) or _one_by_name(h))
            and not any(p.dep_ == "prep" for p in c.children)) and _is_person(h)
            and c.right_edge.i + 2 < len(c.doc) and c.doc[c.right_edge.i + 1].text == ","
            and c.doc[c.right_edge.i + 2].lower_ == "and")
        # ("a tribal elder, his son and a guard", "The leader, his wife and two of their
        # children": a list the parser hangs on the first item as a description closed by "and")
        kin_list = [c for c in h.children if c.dep_ == "appos" and c.i > h.i and (_is_person(h) or _person_like(h)) and any(
            p.dep_ == "poss" and p.lower_ in ("his", "her", "their") for p in c.children) and any(
            g.dep_ == "cc" and g.lower_ == "and" for g in c.children) and any(g.dep_ == "conj" for g in c.children)]
        out.extend(x for c in kin_list for x in [c, *(j for j in c.conjuncts if j.i > c.i and _person_like(j))]
                   if x not in out)
        # ("killed a village head, two of his sons and a neighbour": some of his, and those after)
        kin = [c for c in h.children if c.dep_ == "appos" and c.i > h.i and c.like_num and _person_like(h) and any(
            p.lower_ == "of" and any(g.dep_ == "pobj" and any(q.dep_ == "poss" and q.lower_ in ("his", "her")
                                                              for q in g.children) for g in p.children)
            for p in c.children)]
        out.extend(x for c in kin for x in [c, *(j for j in c.conjuncts if j.i > c.i and _person_like(j))])
        # "the chairman of Ogba local government area and his aide", "the chairman of the council
        # and two of his aides": people the parser joins to the place after "of"
        if _is_person(h) or h.lemma_.lower() in _HEADS_OF and _person_like(h):
            out.extend(c for p in h.children if p.lower_ == "of" for g in p.children
                       if g.dep_ == "pobj" and (not _person_like(g) or g.pos_ == "PROPN" and h.lemma_.lower() in _HEADS_OF)
                       for c in g.conjuncts if c.i > g.i
                       and (_kin_of(c, h) or c.pos_ == "NUM" and any(
                           x.lower_ == "of" for x in c.children) and _person_like(c)))
        # "killing 2 members of the Civilian JTF and herself": the reflexive hung on the group
        out.extend(c for p in h.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"
                   for c in g.conjuncts if c.i > g.i and c.lower_ in ("himself", "herself", "themselves"))
        # (not one with an outcome of its own after a semicolon: "...dead; 11 others wounded")
        # (nor one with an outcome word on it: "received 26 bodies and 55 injured people")
        # ("Eight state police and five investigators": a counted noun beside counted people)
        out.extend(c for c in h.conjuncts if c.i > h.i and (
            _person_like(c) or _kin_of(c, h) or c.lemma_.lower() in _HELD or _another_name(c, h) or (
                c.tag_ == "NNS" and any(g.dep_ == "nummod" for g in c.children) and _is_person(h)
                and any(g.dep_ == "nummod" for g in h.children) and _agent_noun(c))) and
                   (_outcome(c) in (None, _outcome(tok)) or c.lemma_.lower() in _HELD)
                   and not any(g.dep_ in ("amod", "acl") and _outcome(g) not in (None, _outcome(tok))
                               for g in c.children)
                   and not (c.i + 1 < len(c.doc) and _outcome(c.doc[c.i + 1]) not in (None, _outcome(tok))
                            and c.doc[c.i + 1].dep_ in ("advcl", "amod", "acl"))  # "21 bodies and 40 wounded"
                   and not _one_described_twice(h, c, tok)
                   and not (c.pos_ == "NUM" and h.pos_ == "NUM")  # "between 9 and 20": a range
                   and not (any(t.text == ";" for t in h.doc[h.i:c.i]) and any(
                       _outcome(g) not in (None, _outcome(tok)) for g in c.children)))
    out += [c for h in heads for c in _list_rest_on_teller(h) if c not in out]
    out += [c for h in heads for c in _counted_appositions(h) if c not in out]
    return [_victim_before_teller(h) or h for h in out if not _teller_in_list(h) or _victim_before_teller(h)]


def _another_name(c: Token, first: Token) -> bool:
    """A name in a list of people's names the model tags as no person ("Sergeant Musa Ibrahim,
    Corporal Daniel Okon and Private Yusuf Bello", the last read as an organisation): a name with
    a name before it in its phrase, after a person's name, and no place."""
    return c.pos_ == "PROPN" and first.pos_ == "PROPN" and first.ent_type_ == "PERSON" \
        and c.ent_type_ not in ("GPE", "LOC", "FAC", "DATE", "NORP") \
        and any(g.dep_ == "compound" and g.pos_ == "PROPN" for g in c.children) \
        and not any(a.start_char <= c.idx < a.end_char for a in c.doc._.actors or [])  # (not "Boko Haram")


def _counted_appositions(first: Token) -> list[Token]:
    """The rest of a list the parser hangs on its first item as an apposition: "two hostages, one
    police officer and all five hostage-takers were killed", read as "two hostages" renamed (each
    item counted, a noun of its own, and more than the first names: not the parts of a total, "three
    people, two soldiers and a civilian")."""
    if not _counted(first) or first.lemma_.lower() in ("people", "person", "other"):
        return []
    items = []
    for a in first.children:
        if a.dep_ != "appos" or not _counted(a) or not _person_like(a) or first.doc[a.left_edge.i - 1].text != ",":
            continue  # (after a comma: not a breakdown in dashes or brackets)
        items = [a, *(c for c in a.conjuncts if c.i > a.i and _counted(c) and (_person_like(c) or c.tag_ == "NNS"))]
        break
    if len(items) < 2 or any(_outcome(c) in ("killed", "wounded") for t in items for c in t.children) or any(
            t.i + 1 < len(t.doc) and _outcome(t.doc[t.i + 1]) in ("killed", "wounded") for t in items):
        return []  # (not items with an outcome of their own: "5 soldiers wounded, 15 civilians killed")
    counts = [parse_number(_counted(t)[0].text) for t in [first, *items]]
    if None in counts or sum(counts[1:]) <= counts[0]:
        return []  # (parts of the first, if not all told: "Ten villagers, six women and three children")
    return items


def _list_rest_on_teller(first: Token) -> list[Token]:
    """The rest of a list the parser hangs on the verb of telling as a second subject:
    "killing the pastor, his son and two worshippers, a security source said", read as "his son
    and two worshippers ... said" beside "a security source" (the teller, nearer the verb); or
    leaves loose on a verb above: "killing a farmer, his two wives and four children"."""
    doc = first.doc
    i = first.right_edge.i + 1
    if first.dep_ != "dobj" or i + 1 >= len(doc) or doc[i].text != ",":
        return []
    noun = doc[i + 1]
    while noun.dep_ in ("poss", "det", "amod", "nummod", "compound") and noun.head.i > noun.i:
        noun = noun.head
    verb = noun.head
    # ("killing a farmer, his two wives and four children": the rest hung loose, as "dep", on a
    # verb above the first item)
    loose = noun.dep_ == "dep" and verb in list(first.ancestors) and _is_person(noun) and any(
        c.dep_ == "poss" or c.dep_ == "nummod" for c in noun.children)
    if not loose and (noun.dep_ != "nsubj" or verb.lemma_.lower() not in _REPORT_VERBS or not any(
            c.dep_ == "nsubj" and c.i > noun.i for c in verb.children)):
        return []
    items = [noun, *(c for c in noun.conjuncts if c.i > noun.i)]
    return items if all(_person_like(c) for c in items) else []


def _victim_before_teller(tok: Token) -> Token | None:
    """The last victim the parser swallows into a teller joined to the list: "killing two
    soldiers and a civilian, military sources said" read as one noun "a civilian, military
    sources": the person word before the comma ("civilian", one by its "a")."""
    if not _teller_in_list(tok):
        return None
    comma = next((c for c in tok.children if c.text == "," and c.i < tok.i), None)
    if comma is None:
        return None
    word = tok.doc[comma.i - 1]
    if word.head != tok or word.dep_ not in ("amod", "compound") or not _is_person(word):
        return None
    return word if any(c.dep_ == "det" and c.lower_ in ("a", "an") and c.i < word.i for c in tok.children) \
        else None


def _who_of(rel: Token) -> Token:
    """The noun a relative clause's "who" stands for: the noun it hangs on, or, when the parser
    hangs it on the place after the person ("attacked a vigilante in Takum (Takum, Taraba), who
    was shot dead"), the person the place is told of."""
    noun = rel.head
    if _person_like(noun) and not (noun.ent_type_ in ("GPE", "LOC", "FAC") and noun.dep_ in ("pobj", "appos")):
        return noun
    place = noun
    while place.dep_ == "appos":
        place = place.head
    if place.dep_ == "pobj" and place.head.lower_ in ("in", "at", "near", "from", "of", "around"):
        up = place.head.head
        if up.pos_ in ("NOUN", "PROPN") and _person_like(up):
            return up
        if up.pos_ in ("VERB", "AUX"):
            person = next((c for c in up.children if c.dep_ in ("dobj", "nsubjpass") and _person_like(c)), None)
            if person is not None:
                return person
    return noun


# people told as heads of a place ("the village head of Kuryar Madaro and his son": the model may
# take the place for a person's name)
_HEADS_OF = {"head", "chief", "chairman", "leader", "ruler", "emir", "governor", "commissioner", "councillor"}


def _teller_in_list(tok: Token) -> bool:
    """One of the tellers the parser joins to a list of victims: "killing at least 26
    civilians, residents and a health worker told Reuters" (uncounted words after a comma,
    the list ending right before a verb of telling)."""
    if tok.dep_ != "conj" or _counted(tok):
        return False
    first = tok
    while first.dep_ == "conj":
        first = first.head
    last = max(c.right_edge.i for c in first.conjuncts)  # (the list's last item, no comma after it)
    doc = tok.doc
    if last + 1 >= len(doc) or doc[last + 1].lemma_.lower() not in _REPORT_VERBS:
        return False
    verb = doc[last + 1]
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.i > verb.i for c in verb.children):
        return False  # "..., a conductor and a passenger, confirmed the police spokesman"
    return any(t.text == "," for t in doc[first.i + 1: tok.i])


_ASSOCIATES = set(_W["associates"]["words"])
_THE_HURT = {"dead", "deceased", "injured", "wounded"}


def _listed_as(tok: Token) -> list[Token]:
    """The people told as among the dead or hurt: "Among the dead were three soldiers", "The dead
    include a pastor and his two sons", "Those killed included four policemen", "Among the
    injured were two children"."""
    word = tok
    if tok.dep_ == "acl" and tok.head.lower_ in ("those", "people") and tok.tag_ == "VBN":
        word = tok.head  # "Those killed"
    elif tok.lower_ not in _THE_HURT or not any(c.lower_ == "the" for c in tok.children):
        return []
    verb = None
    if word.dep_ == "pobj" and word.head.lower_ == "among" and word.head.head.pos_ == "NOUN" \
            and word.head.head.dep_ == "pobj" and word.head.head.head.lower_ == "with" and _person_like(word.head.head):
        return [word.head.head]  # "..., with nine civilians and one soldier among the dead"
    if word.dep_ == "pobj" and word.head.lower_ == "among" and word.head.head.lemma_ == "be":
        verb = word.head.head
        if not any(c.dep_ == "nummod" for c in word.children) and any(
                c.dep_ == "nsubj" and c.i < verb.i and _person_like(c) and c.lower_ not in _THE_HURT
                for c in verb.children):
            # "Nine civilians and one soldier were among the dead"
            return [c for c in verb.children if c.dep_ == "nsubj"]
    elif word.dep_ == "nsubj" and word.head.lemma_ in ("include", "be"):
        verb = word.head
    if verb is None or _totalled(word):  # ("The dead, totalling 24, included a politician": 24)
        return []
    return [c for c in verb.children if c.dep_ in ("attr", "dobj") or (
        c.dep_ == "nsubj" and c is not word and c.i > verb.i)]


def _kin_of(noun: Token, person: Token) -> bool:
    """One person told by a possessive beside another: "the driver and his assistant"."""
    return noun.tag_ == "NN" and (_is_person(person) or person.lemma_.lower() in _HEADS_OF and _person_like(person)) and (
        noun.lemma_.lower() in _ASSOCIATES or _is_person(noun)) \
        and any(g.dep_ == "poss" and g.lower_ in ("his", "her", "their") for g in noun.children)


_SUFFER_VERBS = {"sustain", "suffer", "receive", "incur"}


def _suffered_by(tok: Token) -> list[Token]:
    """The people who "sustained injuries", "suffered gunshot wounds", "received injuries": the
    subject of the verb the injuries are the object of (of the first verb, for a conjunct that
    shares it)."""
    if tok.lemma_.lower() in ("injury", "wound", "burn") and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
            and tok.head.head.lemma_.lower() in ("degree", "kind", "type", "form", "level") \
            and tok.head.head.dep_ == "dobj":
        tok = tok.head.head  # "sustained various degrees of injuries"
    elif tok.lemma_.lower() in ("injury", "wound", "burn") and tok.dep_ == "pobj" and tok.head.lower_ == "for" \
            and tok.head.head.lemma_.lower() == "treatment" and tok.head.head.dep_ == "dobj" \
            and tok.head.head.head.lemma_.lower() in ("receive", "undergo"):
        tok = tok.head.head  # "Six other worshippers are receiving treatment for burns"
    elif tok.lemma_.lower() in ("injury", "wound") and any(
            c.dep_ == "amod" and c.lower_ in ("sustained", "suffered") and c.i < tok.i for c in tok.children):
        # "Two neighbours who tried to intervene sustained gunshot wounds": the parser reads the
        # verb as an adjective; the people are the noun above the clause
        return next(([a] for a in tok.ancestors if a.pos_ == "NOUN" and _person_like(a) and not _not_people(a)
                     and a.dep_ in ("ROOT", "nsubj", "nsubjpass")), [])
    elif tok.lemma_.lower() not in ("injury", "wound", "burn") or tok.dep_ != "dobj" or (
            tok.lemma_.lower() == "burn" and tok.pos_ != "NOUN"):
        return []  # ("Four passengers suffered burns")
    if tok.head.lemma_.lower() not in _SUFFER_VERBS | {"undergo"}:
        return []
    verb = tok.head
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subj and verb.dep_ == "conj":
        subj = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return [s for s in subj if _person_like(s) and not _not_people(s)]


def _one_described_twice(first: Token, second: Token, verb: Token) -> bool:
    """"A prominent politician and businessman is shot and killed": one person with two
    descriptions (the second noun has no article or number of its own, the verb is singular);
    not "A soldier and policeman were killed"."""
    if first.tag_ != "NN" or second.tag_ != "NN" or any(
            c.dep_ in ("det", "nummod", "poss") for c in second.children) or not any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in first.children):
        return False
    groups = {_GROUP_OF.get(first.lemma_.lower()), _GROUP_OF.get(second.lemma_.lower())}
    if None not in groups and len(groups) > 1 and "civilians" not in groups:
        return False  # "A policeman and vigilante was killed": two sides, two people
    verbs = [verb, *(a for a in verb.ancestors if verb.dep_ == "conj")][:2]
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("is", "was", "has")
               for v in verbs for c in v.children)


def _subject_before(verb: Token) -> list[Token]:
    """The counted people right before a passive verb the parser left without a subject:
    "Security forces responded and four people, including a police officer, were killed" (the
    parser hangs "people" on "attack"). The highest counted person noun whose phrase ends right
    before the verb's auxiliaries."""
    aux = [c.i for c in verb.children if c.dep_ in ("auxpass", "aux", "neg", "advmod")
           and c.i < verb.i]
    if not aux:
        return []
    j = min(aux) - 1
    doc = verb.doc
    while j >= 0 and doc[j].is_punct:
        j -= 1
    if j < 0 or j < verb.sent.start:
        return []
    best = None
    t = doc[j]
    while t.i < verb.i and t.right_edge.i < min(aux) and t.sent == verb.sent:
        if t.pos_ in ("NOUN", "PROPN") and (_is_person(t) or t.lemma_.lower() in _GROUP_OF) \
                and any(c.dep_ == "nummod" for c in t.children):
            best = t
        elif t.pos_ not in ("NOUN", "PROPN", "ADP", "NUM") and t.dep_ not in ("conj", "appos",
                                                                          "prep"):
            break
        if t.head == t:
            break
        t = t.head
    return [best] if best is not None else []


def _only_casualty(tok: Token) -> bool:
    """"<attacker> was the only (reported) casualty": a suicide attacker told dead without a
    verb of dying (GTD and ACLED count him). Only attackers: "a soldier was the only casualty"
    may have been wounded."""
    if tok.lemma_.lower() not in ("casualty", "causality", "fatality") or tok.dep_ not in ("attr", "nsubj") or \
            not any(t.lower_ in ("only", "sole") for t in tok.subtree):
        return False
    subj = [c for c in tok.head.children if c.dep_ == "nsubj"]
    if tok.dep_ == "nsubj":  # "The only casualty was one of the assailants"
        if tok.head.lemma_ != "be":
            return False
        subj = [next((g for p in c.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"), c)
                for c in tok.head.children if c.dep_ == "attr"]

    def attacker(t: Token) -> bool:
        return _GROUP_OF.get(t.lemma_.lower()) == "militants"

    told = tok.sent
    if _after_semicolon(told):
        # "The assailant detonated; he was the only reported casualty": one sentence of two clauses
        told = tok.doc[tok.doc[told.start - 1].sent.start: told.end]
    return bool(subj) and all(attacker(s) or (s.pos_ == "PRON" and any(
        attacker(t) for t in told)) for s in subj)


def _person_like(tok: Token) -> bool:
    """Could name people who suffered: a number, a pronoun, a person word, a name.

    "three police officers" and "a school clerk" can; "70 heads of cattle" cannot.
    """
    if tok.lemma_.lower() == "head" and any(c.dep_ == "compound" and c.lemma_.lower() in (
            "village", "district", "ward", "community", "clan", "family", "household") for c in tok.children):
        return True  # "the village head" (also "of Agbaja")
    if tok.lemma_.lower() == "member":
        return True  # "36 members of the Volunteers for the Defense of the Homeland"
    if tok.lower_ in ORDINALS and _the_rest_of(tok) is not None:
        return True  # "killed the third" of three assailants
    of_obj = [g for c in tok.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if of_obj and not any(_person_like(g) for g in of_obj) and not (
            tok.tag_ == "NN" and _GROUP_OF.get(tok.lemma_.lower()) and tok.lemma_.lower() not in _COLLECTIVE):
        return False  # (but "the driver of the lead truck", "the village chief of Dioura" are people)
    if tok.lemma_.lower() in _NON_VICTIMS or tok.lower_ in _NON_VICTIMS:
        return False  # "killed 3 vigilantes and a dog"
    words = [tok.lemma_.lower(), tok.lower_] + [c.lemma_.lower() for c in tok.children
                                                 if c.dep_ in ("compound", "amod")]
    return (tok.pos_ in ("NUM", "PRON") or any(w in _GROUP_OF or w in _ASSOCIATES for w in words)
            or tok.ent_type_ in ("PERSON", "NORP") or tok.lower_ in _VAGUE or tok.lower_ == "dead"
            or (tok.tag_ == "NN" and any(c.lower_ in ("a", "an") for c in tok.children)))


def _along_with(tok: Token) -> list[Token]:
    """People added by "along with" / "together with" on ``tok``: "a trader, along with his
    partner"; also where the parser hangs "with" on ``tok`` beside "along" ("was killed along
    with his deputy")."""
    withs = []
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("along", "together"):
            withs.extend(w for w in c.children if w.lower_ == "with")
        elif c.dep_ == "prep" and c.lower_ == "with" and c.i > 0 and \
                c.doc[c.i - 1].lower_ in ("along", "together"):
            withs.append(c)
    return [g for w in withs for g in w.children if g.dep_ == "pobj" and (
        _is_person(g) or any(d.dep_ == "poss" for d in g.children))]


def _is_person(tok: Token) -> bool:
    """Names a person (not just anything countable): a person word, a personal pronoun, a name."""
    if tok.lemma_.lower() in _NON_VICTIMS:
        return False
    return (tok.lemma_.lower() in _GROUP_OF or tok.lower_ in _GROUP_OF
            or tok.lower_ in ("him", "her", "them", "himself", "herself", "themselves", "he", "she")
            or tok.ent_type_ == "PERSON")


def _named_person(tok: Token) -> bool:
    """A name the tagger took for something else that the text tells is a person's: joined to a
    person ("Rasoul and his daughter were killed"), or told before with a person word beside it
    ("opened fire on Maulvi Abdul Rasoul, a religious scholar")."""
    if any(c.dep_ == "conj" and _is_person(c) and c.pos_ != "PROPN" for c in tok.children) or (
            tok.dep_ == "conj" and _is_person(tok.head) and tok.head.pos_ != "PROPN"):
        return True
    for t in tok.doc[:tok.i]:
        if t.text == tok.text and t.pos_ == "PROPN":
            name = t
            while name.dep_ == "compound" and name.head.pos_ == "PROPN":
                name = name.head
            if any(c.dep_ == "appos" and c.pos_ == "NOUN" and _is_person(c) for c in name.children):
                return True
    return False


# ("-er", "-ant" also end animals' names: "heifers", "elephants")
_AGENT_SUFFIXES = ("or", "ist", "ian", "eer")


def _agent_noun(tok: Token) -> bool:
    """A noun of people by its form, one the word lists lack: "investigators", "technicians"
    (not "horses", "tankers")."""
    lemma = tok.lemma_.lower()
    return lemma.endswith(_AGENT_SUFFIXES) and not _not_people(tok) and lemma not in _VEHICLES


def _not_people(tok: Token) -> bool:
    """Counts no people: "70 heads of cattle", "the clash", "houses"."""
    if tok.pos_ == "NUM" or tok.lower_ in _VAGUE:
        of_obj = [g for c in tok.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        return bool(of_obj) and all(_not_people(g) for g in of_obj)
    if tok.lemma_.lower() in _NON_VICTIMS or tok.lower_ in _NON_VICTIMS:
        return True
    of_obj = [g for c in tok.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return bool(of_obj) and tok.lemma_.lower() not in _GROUP_OF and all(
        g.lemma_.lower() in _NON_VICTIMS for g in of_obj)


def _burn_victims(tok: Token) -> list[Token]:
    """The people burnt by ``tok`` ("burnt a man", "set two thieves alight", "was set ablaze")."""
    out = []
    for c in tok.children:
        if c.lower_ in _FIRE_WORDS and c.dep_ in ("ccomp", "xcomp", "oprd", "acomp"):
            # "set the two drivers ablaze" parsed as a small clause: the drivers are its subject
            out.extend(g for g in c.children if g.dep_ == "nsubj" and _is_person(g))
            continue
        if c.dep_ not in ("dobj", "nsubjpass"):
            continue
        if c.lower_ in _FIRE_WORDS:  # "sets two thieves alight" parsed with "alight" as the object
            out.extend(g for g in c.children if g.dep_ in ("compound", "poss") and _is_person(g))
        elif _is_person(c) and _person_like(c):  # (not "One of the villages ... was burnt")
            out.append(c)
    # (not the body of one told before: "lynched a suspected thief and burned his body" burns
    # no one more; "burned the body of a suspected kidnapper" tells of one)
    return [t for t in out if not (t.lemma_.lower() in _NOT_HURT and any(
        c.dep_ == "poss" and c.lower_ in ("his", "her", "their") or c.dep_ == "det" and c.lower_ == "the"
        and not any(p.lower_ == "of" for p in t.children) for c in t.children))]


def _listed_before_dead(dead: Token) -> list[Token]:
    """The counts listed before "N dead", which the parser hangs "dead" on as an apposition or
    conjunct: "four soldiers, one civilian dead", "four soldiers and one civilian dead". Not a
    count with an outcome of its own ("5 soldiers wounded, 3 dead")."""
    if dead.dep_ not in ("appos", "conj"):
        return []
    top = dead.head
    if top.dep_ == "pobj" and top.head.lower_ == "of" and _counted(top.head.head):
        top = top.head.head  # "four members of Boko Haram, one civilian dead"
    members = [top, *(c for c in top.children if c.dep_ in ("appos", "conj") and c.i < dead.i)]
    out = []
    for m in members:
        if m == dead or not _counted(m) or not _is_person(m) or _outcome(m) is not None \
                or any(_outcome(c) for c in m.children if c != dead) \
                or any(t.text == ";" for t in m.doc[m.i:dead.i]):
            continue
        out.append(m)
    return out


def _listed_with_dead(dead: Token) -> list[Token]:
    """The counts of a headline's list that "dead" closes, however the parser hangs them:
    "Two soldiers, one civilian dead after ..." ("dead" modifies one item, or is an apposition
    with the last one as its modifier), "Five police officers, two civilians dead in ...",
    "Three civilians, one soldier dead, 8 wounded" (the first item its subject)."""
    kids = list(dead.children)
    extra = []
    if dead.dep_ == "amod":
        base = dead.head
        # ("Two soldiers, three civilians dead": the last item hung on "dead" as its subject)
        extra = [c for c in kids if c.dep_ in ("nsubj", "npadvmod") and c.i < dead.i
                 and _is_person(c) and _one_counted(c)]
    elif dead.dep_ == "appos" and any(c.dep_ in ("amod", "compound", "nsubj") and _is_person(c)
                                      and _one_counted(c) for c in kids):
        base = dead.head  # "Two soldiers, one civilian dead": "one civilian" hangs on "dead"
        extra = [c for c in kids if c.dep_ in ("amod", "compound", "nsubj") and _one_counted(c)]
    else:
        base = next((c for c in kids if c.dep_ == "nsubj"), None)
        if base is None:
            return []
        # ("Teacher, two pupils dead": the bare first item hung on "dead" before its subject)
        extra = [c for c in kids if c.dep_ == "npadvmod" and c.i < base.i and _headline_one(c)]
    first = base
    if not any(c.dep_ in ("appos", "conj") and c.i < dead.i for c in base.children) and \
            base.dep_ in ("appos", "conj") and base.head.i < base.i:
        first = base.head  # "Five police officers, two civilians dead": "dead" on the last
    members = [first, *(c for c in first.children if c.dep_ in ("appos", "conj") and c.i < dead.i
                        and c != dead), *extra]
    if len(members) < 2:
        return []
    for m in members:
        if not _one_counted(m) or not _is_person(m) or _outcome(m) is not None \
                or any(_outcome(c) for c in m.children if c != dead and c not in members
                       and c.i < dead.i) \
                or any(t.text == ";" for t in m.doc[min(m.i, dead.i):max(m.i, dead.i)]):
            return []
    return members


def _one_by_name(noun: Token) -> bool:
    """One person told by "the" or a possessive: "the elder", "his son" (not "the villagers")."""
    return noun.tag_ == "NN" and _is_person(noun) and any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that")) for c in noun.children)


def _one_counted(noun: Token) -> bool:
    """Counted by a number, or one by its article ("a farmer") or as a headline's bare first
    item ("Teacher, two pupils dead")."""
    return bool(_counted(noun)) or (noun.tag_ in ("NN", "NNP") and any(
        c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in noun.children)) \
        or _headline_one(noun) or _headline_last(noun) or _headline_item(noun)


def _headline_last(noun: Token) -> bool:
    """A headline's bare singular item after a plural count and a comma: "Gunmen kill three
    Spanish tourists, Afghan guide" (one more person; not a plural, nor "a farmer" told by its
    article)."""
    head = noun.head
    return noun.dep_ == "appos" and noun.tag_ in ("NN", "NNP") and noun.i > 0 \
        and noun.doc[noun.left_edge.i - 1].text == "," and head.tag_ == "NNS" and bool(_counted(head)) \
        and (_is_person(noun) or noun.lemma_.lower() in _ASSOCIATES) \
        and not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children) \
        and is_headline(noun.sent)


_FORCES = {"police", "army", "military", "security", "militia", "navy", "gendarmerie", "troop"}


def _headline_one(noun: Token) -> bool:
    """A headline's first item, a person word in the singular with no article and a comma after
    it: "Teacher, two pupils dead", "Soldier, three civilians killed in ambush" (one person; not
    a collective: "Police, three civilians ...")."""
    doc, word = noun.doc, noun.lower_
    # (the tagger calls a headline's capitalised noun a name: "Soldier, three civilians killed")
    plural = word.endswith(("s", "men")) or word in ("people", "children", "police")
    return noun.tag_ in ("NN", "NNP") and noun.i == noun.sent.start and noun.i + 1 < len(doc) \
        and doc[noun.i + 1].text == "," and word in _GROUP_OF and not plural \
        and word not in _COLLECTIVE | _FORCES \
        and not any(c.dep_ in ("det", "poss", "nummod", "amod") for c in noun.children)


def _headline_item(noun: Token) -> bool:
    """A headline's bare singular person word in a list of the killed: "Magnetic bomb kills
    lecturer, driver in Kabul", "Tribal elder and two sons shot dead" (one person each; not a
    collective or a force: "Police, soldiers clash")."""
    word = noun.lower_
    plural = word.endswith(("s", "men")) or word in ("people", "children", "police")
    in_list = any(c.dep_ == "conj" for c in noun.children) or noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN") \
        or noun.dep_ == "nsubj" and noun.left_edge.i > 0 and noun.doc[noun.left_edge.i - 1].text == "," \
        and _outcome(noun.head) is not None \
        or noun.dep_ == "dobj" and _outcome(noun.head) is not None  # ("..., soldier injured", "Gunmen kill policeman")
    return in_list and noun.tag_ in ("NN", "NNP") and not plural and is_headline(noun.sent) \
        and (word in _GROUP_OF or noun.lemma_.lower() in _GROUP_OF) and word not in _COLLECTIVE | _FORCES \
        and not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children)


_TOTAL_VERBS = {"total", "number"}


def _totalled(tok: Token) -> list[Token]:
    """The figure a casualty noun is said to total: "Deaths totalled 24", "the dead, totalling 24",
    "the dead number 24", or a total put after the casualties of a clause ("one known casualty
    was the son of a politician, all totalling 24")."""
    verbs = [c for c in tok.children if c.dep_ in ("acl", "appos", "relcl") and c.lemma_.lower() in _TOTAL_VERBS]
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _TOTAL_VERBS:
        verbs.append(tok.head)
    elif tok.dep_ == "nsubj":
        verbs += [t for t in tok.head.subtree if t.i > tok.i and t.lemma_.lower() in _TOTAL_VERBS
                  and t.pos_ == "VERB" and any(c.dep_ == "nsubj" and c.lower_ == "all" for c in t.children)]
    return [c for v in verbs if not _cumulative(tok, v) for c in v.children
            if c.dep_ in ("dobj", "attr", "nummod", "npadvmod") and c.like_num]


_WIDE_AREAS = {"state", "country", "nation", "region", "province", "zone"}


def _cumulative(tok: Token, verb: Token) -> bool:
    """A total over a stretch of time or a wide area, not one event's: "Deaths this year have
    totalled more than 2,000", "Deaths in the state have totalled 300", "Deaths since January
    total 1,000". (Not the event's own time: "Deaths in the siege, which began last week",
    "the past week's massacre", "so far".)"""
    def words(node):  # the phrase, without the clauses told of it
        out = [node]
        for c in node.children:
            if c.dep_ not in ("relcl", "advcl", "acl", "ccomp", "poss"):
                out.extend(words(c))
        return out

    toks = sorted({*words(tok), *words(verb)}, key=lambda t: t.i)
    lower = [t.lower_ for t in toks]
    if any(a in ("this", "last", "past") and b in ("month", "year")
           or (a == "this" and b == "week") for a, b in zip(lower, lower[1:])):
        return True
    for t in toks:
        if t.dep_ == "prep" and t.lower_ == "since":
            return True
        if t.dep_ == "prep" and t.lower_ in ("in", "across", "throughout") and any(
                g.dep_ == "pobj" and g.lemma_.lower() in _WIDE_AREAS for g in t.children):
            return True
    return False


def is_totalled(tok: Token, head: Token) -> bool:
    return any(head == n for n in _totalled(tok))


def _dead_counts(tok: Token) -> list[Token]:
    """The count words on "dead": "four dead", "several dead" (not "dead and 50 injuries")."""
    return [c for c in tok.children if c.i < tok.i and not _day_of_month(c) and (
        c.dep_ == "nummod" or c.pos_ == "NUM" or (c.lower_ in _VAGUE and c.dep_ in ("amod", "det")))]


_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
           "sept", "oct", "nov", "dec"}


def _day_of_month(tok: Token) -> bool:
    """The day of a date beside a month ("On 15 April 2024, ... shot dead"): no count."""
    doc = tok.doc
    return tok.like_num and any(0 <= j < len(doc) and doc[j].lower_.rstrip(".") in _MONTHS
                                for j in (tok.i - 1, tok.i + 1))


def _not_this_event(tok: Token) -> bool:
    """The outcome word tells no casualty of the event: an attempt ("nearly lynched", "attempted to
    lynch", "beat (possibly to death)"), the reason for another act ("attacked the guards for
    killing a labourer"), a charge ("arrested two men suspected of killing a farmer"), or a death
    dated before the narrative ("murdered the previous September", "came a week after troops
    killed dozens")."""
    if tok.lemma_.lower() == "toll" and tok.dep_ == "nsubj" and any(
            c.dep_ == "aux" and c.lower_ in ("could", "might", "may", "would", "will") for c in tok.head.children):
        return True  # "the toll could exceed 50": a guess, no figure
    if tok.lemma_.lower() in ("toll", "figure", "tally") and any(
            c.dep_ == "amod" and c.lower_ in ("earlier", "previous", "prior", "initial", "old", "preliminary")
            for c in tok.children) and any(
            t.like_num and t.ent_type_ not in ("DATE", "TIME") and not (tok.left_edge.i <= t.i <= tok.right_edge.i)
            for t in tok.sent):
        return True  # "At least 80 people have been killed ..., raising an earlier toll of 60"
    if tok.lemma_.lower() in ("body", "corpse") and tok.head.lemma_.lower() == "count" and any(
            c.lower_ in ("twice", "double") for c in tok.head.children):
        return True  # "saying two bodies had been counted twice": an error in a toll, no dead
    auxes = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    if tok.pos_ == "VERB" and ("could" in auxes or "would" in auxes and "have" in auxes):
        return True  # "the device could have killed dozens had it detonated": what did not happen
    root = tok.sent.root
    if tok != root and root.lemma_ == "be" and any(
            c.dep_ == "attr" and any(a.lower_ == "such" or a.ent_type_ == "ORDINAL" for a in c.children)
            for c in root.children) and any(t.lower_ in ("which", "total") for t in tok.subtree):
        return True  # "It was the third such incident this month, in which a total of nine officers have died"
    mods = [c for c in tok.children if c.dep_ == "advmod"]
    mods += [g for c in tok.children if c.lower_ == "to" for g in c.children if g.dep_ == "advmod"]
    if _to_death(tok):
        mods += [g for g in tok.head.children if g.dep_ == "advmod"]
    if any(m.lower_ in _ATTEMPT_MODS for m in mods):
        return True
    if tok.dep_ in ("xcomp", "ccomp") and (tok.head.lemma_.lower() in _ATTEMPT_GOVS or any(
            c.dep_ == "advmod" and c.lower_ in _ATTEMPT_MODS for c in tok.head.children)):
        return True  # "tried to lynch him", "nearly having him lynched"
    if tok.dep_ == "pcomp" and tok.head.lower_ in _REASON_PREPS:
        return True
    if tok.dep_ == "relcl" and _answered(tok.head):
        return True  # "fired rockets in response to an Israeli strike that killed two civilians"
    if tok.dep_ == "relcl" and any(_dated_before(n) for n in _told_nouns(tok.head)):
        return True  # "including a drone attack in Jordan last month that killed three soldiers"
    if (tok.dep_ == "relcl" or tok.dep_ == "ccomp" and any(
            c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in tok.children)) and _followed(tok):
        return True  # "This follows an attack last week that killed 20 VDP volunteers"
    if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "after" for c in tok.children) \
            and any(c.dep_ == "npadvmod" and c.lemma_.lower() in _SPANS for c in tok.children):
        return True  # "The bombing came a week after troops killed dozens": an earlier event
    if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "after" for c in tok.children) and any(
            c.dep_ in ("attr", "nsubj", "dobj") and c.lemma_.lower() in _FOLLOWED["nouns"] and any(
                m.lower_ in ORDINALS or m.lower_ in ("latest", "another") for m in c.children)
            for c in tok.head.children):
        return True  # "It is the second attack on the village this month after 9 were killed on 03/04"
    if is_charge(tok):
        return True  # "two men suspected of killing a farmer"
    since = next((c for c in tok.children if c.dep_ == "mark" and c.lower_ == "since"), None)
    if tok.dep_ == "advcl" and since is not None and (any(
            t.tag_ == "JJS" or t.lower_ == "first" for t in tok.doc[tok.sent.start: since.i]) or any(
            re.fullmatch(r"(?:19|20)\d\d", t.text) or t.lower_ == "year" for t in tok.subtree)):
        # "the worst attack since 30 people were killed in Gao in 2022" (not "Schools have been
        # closed since gunmen killed 12 people on Monday": the event itself)
        return True
    verb = tok.head if tok.dep_ in ("oprd", "ccomp", "xcomp", "acomp") or (
        tok.dep_ == "advcl" and tok.head.lemma_.lower() == "leave") else tok  # ("left five wounded")
    if any(c.dep_ == "nsubj" and _another_event(c) for c in verb.children):
        return True  # "The 2018 ambush near Tongo Tongo left 4 US soldiers dead"
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not any(c.dep_ == "nsubj" for c in verb.children) \
            and any(c.dep_ == "nsubj" and _another_event(c) for c in verb.head.children):
        return True  # (and the verb that shares its subject: "... killed 21 people and wounded 40")
    relative = tok.dep_ == "relcl" or tok.dep_ == "ccomp" and any(
        c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in tok.children)
    if relative and (tok.dep_ == "relcl" and _another_event(tok.head) and not any(
            t.ent_type_ == "DATE" and t.lower_ in _MONTHS for t in tok.head.subtree if t.i < tok.left_edge.i)
            or tok.left_edge.i > 1 and re.fullmatch(
            r"(?:19|20)\d\d", tok.doc[tok.left_edge.i - 1].text) and tok.doc[tok.left_edge.i - 2].lower_ == "in"):
        # "a blast in 2021 that killed 18", however the parser hangs the clause ("the scene of
        # a similar blast in 2021 in which 18 people died"; not the event's own full date, "The
        # attack on a mosque on 3 March 2024, in which 11 worshippers died")
        return True
    if tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ == "prep" and c.lower_ == "in" and any(
                g.dep_ == "pobj" and re.fullmatch(r"(?:19|20)\d\d", g.text) and not list(g.children)
                for g in c.children) for c in tok.children):
        return True  # "in the same valley where 40 troops were massacred in 2015": a place's past
    if any(c.dep_ == "prep" and c.lower_ in ("in", "during") and any(
            g.dep_ == "pobj" and _another_event(g) and any(
                t.ent_type_ == "DATE" or t.lower_ in ("previous", "earlier", "prior") for t in g.subtree if t != g)
            and not any(m.lower_ in ("separate", "another", "unrelated") for m in g.children)
            for g in c.children) for c in verb.children):
        return True  # "... killed 12 cadets; the same academy lost 61 recruits in a 2016 assault"
    if any(_later_of_several(g) for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "during")
           for g in c.children if g.dep_ == "pobj"):
        return True  # "and a bystander was killed in the second attack" after "in this attack"
    for c in tok.children:
        if c.ent_type_ == "DATE" and c.dep_ in ("npadvmod", "prep", "pobj", "advmod", "dobj"):
            words = {t.lower_ for t in c.subtree}
            if words & _EARLIER_WORDS or {"last", "year"} <= words:
                return True  # (and "An attack on the same village last year killed 30")
            if tok.dep_ == "relcl" and "last" in words and words & {"week", "month"}:
                return True  # "the same cell that killed seven of our fighters here last week"
            if _outcome(tok) in ("killed", "wounded") and any(
                    t.lower_ in ("earlier", "before") and t.i > 0 and t.doc[t.i - 1].lemma_.lower() in (
                        "day", "week", "month", "year") for t in c.subtree):
                return True  # "one week earlier 7 men were killed in the same village"
    if _recorded_over_a_period(tok):
        return True
    if told_as_a_record(tok):
        return True  # "... one of the deadliest massacres in Mali's recent history, when about 160 people
        #              were killed": a past event
    if tok.dep_ in ("acl", "relcl"):
        # "a student murdered in Cyprus the previous September": the date right after the
        # clause, which the parser hung elsewhere
        after = tok.doc[tok.right_edge.i + 1: tok.right_edge.i + 4]
        if any(t.ent_type_ == "DATE" for t in after) and any(
                t.lower_ in _EARLIER_WORDS for t in after) and not any(
                t.pos_ in ("VERB", "AUX", "PUNCT") for t in after):
            return True
    return False


def _recorded_over_a_period(tok: Token) -> bool:
    """Casualties a monitor recorded over a year or part of one ("UNAMA recorded more than 1,000
    civilian casualties in Afghanistan in the first half of last year", "documented 300 deaths
    since January"): a statistic, no event's toll. ``tok`` is the casualty noun, the object or
    subject of a verb of no outcome of its own."""
    verb = tok.head
    if tok.pos_ != "NOUN" or tok.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB" or _outcome(verb):
        return False
    words = [t.lower_ for c in verb.children if c.dep_ in ("prep", "npadvmod") for t in c.subtree]
    return any(a in ("last", "past", "this", "previous") and b == "year" for a, b in zip(words, words[1:])) \
        or any(a in ("first", "second") and b == "half" for a, b in zip(words, words[1:])) \
        or any(c.dep_ == "prep" and c.lower_ == "since" for c in verb.children)


def _told_nouns(noun: Token) -> list[Token]:
    """The noun a relative clause tells of, and the one it hangs on through a preposition ("a
    2021 bombing at another Kunduz mosque that killed ...": the mosque and the bombing)."""
    out = [noun]
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "NOUN":
        out.append(noun.head.head)
    return out


def _dated_before(noun: Token) -> bool:
    """A noun told as of another time or place than the event: "an attack last month", "a 2021
    bombing", "another mosque"."""
    for c in noun.children:
        if c.dep_ == "det" and c.lower_ == "another":
            return True
        if c.ent_type_ == "DATE" and c.dep_ in ("npadvmod", "nummod", "compound", "amod"):
            words = {t.lower_ for t in c.subtree}
            if words & _EARLIER_WORDS or "last" in words or any(re.fullmatch(r"(?:19|20)\d\d", w) for w in words):
                return True
    return False


_FOLLOWED = _W["followed"]


def _followed(clause: Token) -> bool:
    """A clause of an incident that the reported one follows: "This follows an attack last week
    (in the same area) that killed ...", "came two days after an ambush that killed ..."."""
    verb = next((a for a in clause.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    lemma = verb.lemma_.lower()
    if lemma in _FOLLOWED["verbs"] and any(c.dep_ == "dobj" and c.lemma_.lower() in _FOLLOWED["nouns"]
                                          for c in verb.children):
        return True
    return lemma in _FOLLOWED["after_verbs"] and any(
        c.lower_ == "after" and any(g.dep_ == "pobj" and g.lemma_.lower() in _FOLLOWED["nouns"] for g in c.children)
        for c in verb.children)


def _answered(noun: Token) -> bool:
    """An act that another answered: "in response to a strike", "in retaliation for an attack",
    "in revenge for the killing"."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("to", "for"):
        return False
    cause = noun.head.head
    return cause.lemma_.lower() in ("response", "retaliation", "revenge", "reprisal", "reaction") or (
        cause.lemma_.lower() == "avenge")


_OTHER_EVENT_MODS = {"previous", "last", "prior"}
_LATER_ORDINALS = {"second", "third", "fourth", "fifth", "latter", "subsequent"}
# the event told first in the text, by which a later one is told apart
_FIRST_EVENT = re.compile(r"\bthis\s+(?:attack|raid|assault|ambush|incident)\b", re.IGNORECASE)
_SEVERAL_EVENT_NOUNS = {"attack", "raid", "assault", "ambush", "incident"}


def _later_of_several(noun: Token) -> bool:
    """"the second attack" once "this attack" or "the first attack" was told before it: the
    people killed in it are another event's ("Three officers were killed during this attack, and
    a bystander was killed in the second attack")."""
    if noun.lemma_.lower() not in _SEVERAL_EVENT_NOUNS or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False  # (not "Three more were killed in the second blast": blasts of one attack)
    if not any(c.dep_ in ("amod", "advmod") and c.lower_ in _LATER_ORDINALS for c in noun.children):
        return False
    return bool(_FIRST_EVENT.search(noun.doc[:noun.i].text))
_EVENT_NOUNS = {"attack", "ambush", "raid", "assault", "bombing", "blast", "explosion", "massacre",
                "clash", "battle", "fighting", "violence", "shooting", "incident", "offensive",
                "strike", "airstrike", "kidnapping", "abduction", "conflict", "war"}


# an event told as one of a series over a period: "the third such attack", "the second attack on
# the town this month" (not "the third explosion of the evening": blasts of one event)
_SUCH_EVENT = re.compile(r"\b(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+(?:(?:such|similar)\s+"
                         r"(?:attacks?|ambush|raids?|assaults?|bombings?|blasts?|explosions?|incidents?|"
                         r"massacres?|strikes?|airstrikes?|kidnappings?|abductions?)\b|"
                         r"(?:attacks?|ambush|raids?|assaults?|bombings?|blasts?|explosions?|incidents?|"
                         r"massacres?|strikes?|airstrikes?|kidnappings?|abductions?)\b[^.;]{0,40}?"
                         r"\b(?:this|last|past)\s+(?:year|month|week)|since\b)", re.IGNORECASE)
_ONE_OF_SEVERAL = re.compile(r"\bone of (?:the )?(?:two|both|three|four|five|six|seven|eight|nine|ten|\d+|"
                             r"several|multiple)\b", re.IGNORECASE)


def _full_date(year: Token) -> bool:
    """The year of a day's date ("19 September 2025", "September 19, 2025")."""
    words = [t.lower_ for t in year.doc[max(year.i - 4, 0): year.i]]
    return any(w in _MONTHS for w in words) and any(w.isdigit() and len(w) <= 2 for w in words)


# a sentence telling a period of its own, before one opening "That fighting ...": "since January",
# "in March", "in 2019", "last year", "earlier"
_OTHER_PERIOD = re.compile(r"\b(?:since|earlier|ago|last\s+(?:year|month|week)|in\s+(?:19|20)\d\d|"
                           r"in\s+(?:January|February|March|April|May|June|July|August|September|October|"
                           r"November|December))\b", re.IGNORECASE)


def _another_event(noun: Token) -> bool:
    """An event noun told as another event than the report's: "the 2019 attack on the base",
    "last year's massacre", "a previous assault" (not "a similar ambush", which may be this one;
    "a separate attack" and "two other attacks" are events of their own, see events)."""
    if (noun.lower_ == "other" or noun.lemma_.lower() in _EVENT_NOUNS and any(
            c.dep_ == "amod" and c.lower_ == "other" for c in noun.children)) and any(
            c.lower_ == "the" for c in noun.children) and _ONE_OF_SEVERAL.search(
            noun.doc[max(0, noun.i - 30): noun.i].text):
        return True  # "in one of two attacks on Sunday; the other left five wounded", "This was one
        #              of three related attacks ...; the other two attacks killed a total of nine people"
    if noun.like_num and any(c.dep_ == "amod" and c.lower_ in ("earlier", "previous", "prior", "other")
                             for c in noun.children) and any(c.lower_ == "the" for c in noun.children) and \
            _SUCH_EVENT.search(noun.doc[max(0, noun.i - 30): noun.i].text):
        return True  # "It was the third such attack in the town this year; the earlier two killed 5 people"
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _EVENT_NOUNS:
        return False
    if noun.sent.start > 0 and noun.i == noun.sent.start + 1 and noun.doc[noun.i - 1].lower_ in ("that", "those") \
            and noun.doc[noun.i - 1].head == noun and _OTHER_PERIOD.search(noun.doc[noun.sent.start - 1].sent.text):
        # "... since January, when it launched an offensive. That fighting killed about 80 people"
        # (not the story's own event told again: "Suicide bombers struck a market on Tuesday.
        # That attack left 12 people dead")
        return True
    if any(t.ent_type_ == "DATE" and (t.lower_ in ("last", "previous", "ago", "earlier") or re.fullmatch(
            r"(?:19|20)\d\d", t.text) and not (noun.sent.start == 0 and _full_date(t))) for c in noun.children
           if c.dep_ in ("npadvmod", "prep", "acl", "advmod") for t in c.subtree):
        # (not the first sentence's own full date: "During a boundary clash between Ile-Oluji and
        # Oke-Igbo communities on 19 September 2025, two persons were confirmed dead")
        return True  # "An attack on the same village last year killed 30"
    for c in noun.children:
        if c.dep_ in ("amod", "compound", "nummod") and (
                c.lower_ in _OTHER_EVENT_MODS or re.fullmatch(r"(?:19|20)\d\d", c.text)):
            return True
        if c.dep_ == "amod" and c.lower_ == "earlier" and noun.tag_ == "NNS" and any(
                t.lemma_.lower() in ("year", "month", "week") for t in noun.sent):
            return True  # "Two earlier bombings in the city this year killed 21 people"
        if c.dep_ == "poss" and c.lower_ in ("year", "month", "week") and any(
                g.lower_ == "last" for g in c.children):
            return True
    return False


_PUT_VERBS = {"put", "place", "hold", "estimate", "set", "have"}
_TOLL_NOUNS = {"fatality", "casualty", "causality", "toll"}
_TOTAL_NOUNS = {"total", "figure", "number", "count"}


def _the_figure_of_the_dead(tok: Token) -> bool:
    """"Residents said 30 people were killed, but police put the figure at 12": a bare figure
    of the dead told earlier in the sentence or the clause before its semicolon (and of no other
    outcome)."""
    if tok.lemma_.lower() not in ("figure", "number") or tok.tag_ != "NN" or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or len(list(tok.children)) != 1:
        return False
    start = tok.sent.start
    if start > 0 and tok.doc[start - 1].text == ";":
        start = tok.doc[start - 1].sent.start  # "Military claims 50 insurgents killed; local sources put the number at 19"
    before = {_outcome(t) for t in tok.doc[start:tok.i] if t.pos_ in ("VERB", "ADJ", "NOUN")} - {None}
    return before == {"killed"}


def _put_of(tok: Token) -> Token | None:
    """The people of "the number of bandits killed" (a toll put at a figure), or None."""
    if tok.dep_ == "acl" and tok.lower_ in ("killed", "dead", "wounded", "injured") and tok.head.dep_ == "pobj" \
            and tok.head.head.lower_ == "of" and tok.head.head.head.lemma_.lower() in _TOTAL_NOUNS:
        return tok.head
    return None


def _put_at(tok: Token) -> list[Token]:
    """The figure a report puts a toll at: "put the fatalities at 56", "have the death total at 50"
    (from "death" too, which the parser hangs on "total"; "at 50" on the verb or on the noun:
    "have the death total between the two towns at 50")."""
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in _TOTAL_NOUNS:
        tok = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _TOTAL_NOUNS:
        tok = tok.head.head  # "the number of the dead"
    told = None
    if tok.dep_ == "acl" and tok.lower_ in ("killed", "dead") and tok.head.lemma_.lower() in _TOTAL_NOUNS:
        told, tok = tok, tok.head  # "put the number killed at 20" (the figure on "killed")
    elif _put_of(tok) is not None:
        told, tok = tok, tok.head.head.head  # "put the number of bandits killed at eight"
    lemma = tok.lemma_.lower()
    if not told and not (lemma in _TOLL_NOUNS or (lemma in _TOTAL_NOUNS and any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in ("death", "casualty", "fatality")
            for c in tok.children)) or (lemma in _TOTAL_NOUNS and any(
            # "put the number of the dead at five", "the number of wounded at 13"
            p.lower_ == "of" and any(g.lower_ in ("dead", "killed", "deaths", "fatalities", "wounded", "injured")
                                     for g in p.children)
            for p in tok.children)) or _the_figure_of_the_dead(tok)):
        return []
    if tok.dep_ != "dobj" or tok.head.lemma_.lower() not in _PUT_VERBS:
        return []
    verb = tok.head
    nums = _figures_at(verb, tok) + (_figures_at(told, told) if told is not None else [])
    # "Witnesses place the death total between 50-55, ... though official reports hold the total
    # at seven": another report of the same total, in a clause of the same sentence
    for other in [*verb.children, verb.head]:
        if other is verb or other.dep_ not in ("advcl", "conj", "ccomp") and other is not verb.head:
            continue
        if other.lemma_.lower() not in _PUT_VERBS:
            continue
        nums += [n for obj in other.children if obj.dep_ == "dobj" and
                 obj.lemma_.lower() in _TOTAL_NOUNS for n in _figures_at(other, obj)]
    # conflicting reports: the lowest figure first, as ACLED codes them
    return sorted(nums, key=lambda n: parse_number(n.text) or 0)


def _put_by_source(tok: Token) -> bool:
    """A toll that a source told by a noun puts at a figure: "A local leader put the toll at 14"
    (not "The attack put the toll at 14")."""
    if not _put_at(tok):
        return False
    noun = tok
    if tok.dep_ in ("compound", "acl"):
        noun = tok.head  # "the death toll", "the number killed"
    elif tok.dep_ == "pobj" and tok.head.lower_ == "of":
        noun = tok.head.head  # "the number of dead"
    verb = noun.head
    if any(t.lower_ in ("including", "among", "plus") for t in tok.sent if t.i > tok.i):
        return False  # ("The army put the toll at 8, including 2 civilians": a total of more people)
    if any(t.lower_ in ("more", "after", "now", "later", "new") for t in tok.sent):
        return False  # ("put the toll at 14 after three more bodies were found": an update)
    return any(c.dep_ == "nsubj" and (c.pos_ == "PROPN" or _person_like(c) or c.lemma_.lower() in _SOURCES)
               for c in verb.children)


_SOURCES = {"police", "army", "military", "official", "source", "report", "resident", "authority", "ministry",
            "government", "hospital", "medic", "witness", "activist", "group", "observatory", "un", "agency",
            "office", "spokesman", "spokesperson", "council", "commission", "ngo", "organisation", "organization",
            "society", "leader", "administrator", "chief", "monitor"}


def _figures_at(verb: Token, noun: Token) -> list[Token]:
    """The figures "at N" (on the verb or the noun) or "between N-M" (its lower end) of a total."""
    nums = [g for c in [*verb.children, *noun.children] if c.dep_ == "prep" and
            c.lower_ == "at" for g in c.children if g.dep_ == "pobj" and g.like_num]
    # ("put the death toll at 11 soldiers": the counted people)
    people = [g for c in [*verb.children, *noun.children] if c.dep_ == "prep" and c.lower_ == "at"
              for g in c.children if g.dep_ == "pobj" and not g.like_num and _is_person(g)
              and any(n.dep_ == "nummod" and parse_number(n.text) is not None for n in g.children)]
    nums += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"
             for g in c.children if g.dep_ == "pobj" and g.like_num][:1]
    return [n for n in nums if parse_number(n.text) is not None] + people


def _risen_to(num: Token) -> Token | None:
    """The figure a toll rose to, from either number of "the toll rose from 12 to 18" (18), or
    None: not a change, or a range ("ranged from 10 to 15")."""
    doc, i = num.doc, num.i

    def rising_from(j: int) -> bool:
        # (also "revised the toll downward from 10 to 8")
        return j >= 0 and doc[j].lower_ == "from" and (doc[j].head.lemma_.lower() in RISE_VERBS or doc[j].head.lower_ in (
            "downward", "downwards", "upward", "upwards", "down", "up") and doc[j].head.head.lemma_.lower() in RISE_VERBS)

    if rising_from(i - 1) and i + 2 < len(doc) and doc[i + 1].lower_ == "to" and doc[i + 2].like_num:
        to = doc[i + 2]  # "from 12" -> 18
    elif rising_from(i - 3) and doc[i - 1].lower_ == "to" and doc[i - 2].like_num:
        to = num  # "to 18" after "from 12"
    else:
        return None
    return to if parse_number(to.text) is not None else None


def _toll_numbers(toll: Token) -> list[Token]:
    if toll.head.lemma_.lower() in ("include", "exclude", "count", "cover") and toll.dep_ in (
            "nsubj", "nsubjpass"):
        return []  # "the toll did not include six attackers": people told apart, no toll
    nums = [t for t in toll.subtree if t.pos_ == "NUM" and t.i > toll.i and _is_count(t)]
    if not nums and toll.head.pos_ in ("VERB", "AUX"):
        # (not a number of a clause of its own: "rose throughout the day as rescuers cleared the
        # rubble of a partially destroyed five-story building"; but "gave a lower toll, saying 11
        # soldiers ... had been killed")
        # (a figure right after "to" or "at" is the toll's, however parsed: "had risen to 19 as more
        # bodies were recovered")
        nums = [t for t in toll.head.subtree if t.pos_ == "NUM" and t.i > toll.i and _is_count(t)
                and (t.doc[t.i - 1].lower_ in ("to", "at") or not any(
                    a.dep_ == "advcl" and a.i != toll.head.i and toll.head.is_ancestor(a)
                    and any(m.dep_ == "mark" for m in a.children) for a in t.ancestors))]
    # (not the figure of another count with a verb of its own: "the death toll had risen to five
    # ..., and that the number of injured had climbed to 21")
    nums = [t for t in nums if not any(
        a.pos_ in ("VERB", "AUX") and a != toll.head and any(
            c.dep_ in ("nsubj", "nsubjpass") and c != toll and c.lemma_.lower() in ("number", "toll", "tally", "figure")
            for c in a.children) for a in list(t.ancestors)[:3])] or nums
    risen = [t for t in nums[1:] if t.doc[t.i - 1].lower_ == "to"
             and t.doc[t.i - 1].head.lemma_.lower() in RISE_VERBS and t.doc[t.i - 1].head.i > nums[0].i]
    if risen:  # "The death toll, initially reported as 6, later rose to 15": the figure it rose to
        return risen[-1:]
    if nums and _risen_to(nums[0]) is not None:
        return [_risen_to(nums[0])]  # "rose from 12 to 18": the figure it rose to
    if nums and nums[0].dep_ == "nummod" and nums[0].head.dep_ == "pobj" and _is_person(nums[0].head):
        return [nums[0].head]  # "put the death toll at 11 soldiers": the people counted
    # ("Reports of the death toll range from 98 to 400")
    return nums[:1] or _fatalities_figure(toll)


def _sufferer(verb: Token) -> Token | None:
    """Who suffered: the verb's subject, or the noun a relative "who" stands for."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in ("who", "that") and verb.dep_ == "relcl":
        return verb.head
    return subj


def _of_the_counted(head: Token, outcome: str) -> bool:
    """"One of the 12 injured soldiers was evacuated": some of people counted in the same words,
    with the same outcome (not "Two of the 15 wounded soldiers died": dead now)."""
    return head.like_num and any(p.lower_ == "of" and any(
        g.dep_ == "pobj" and any(d.dep_ == "det" and d.lower_ == "the" for d in g.children)
        and any(d.dep_ == "nummod" for d in g.children) and any(
            d.dep_ in ("amod", "acl") and _outcome(d) == outcome for d in g.children)
        for g in p.children) for p in head.children)


def _part_of_the(noun: Token) -> bool:
    """"Two of the wounded soldiers": people told before, the count naming some of them."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and any(
        c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in noun.children) and (
        noun.head.head.like_num or noun.head.head.lower_ in _VAGUE)


def _wounded_groups(rows: list[Casualty]) -> list[str]:
    """The groups of the wounded told, "unknown" only when no named group is."""
    groups = list(dict.fromkeys(c.victim_group for c in rows if c.outcome == "wounded"))
    named = [g for g in groups if g != "unknown"]
    return named or groups


def _of_the_wounded(tok: Token) -> bool:
    """"two of the wounded", "one of the injured", "A child among the injured", "Two of the 15
    people wounded"."""
    return any(c.lower_ in ("of", "among") and any(g.dep_ == "pobj" and (g.lower_ in ("injured", "wounded") or any(
        a.dep_ == "acl" and a.i > g.i and a.lower_ in ("injured", "wounded") for a in g.children))
        for g in c.children) for c in tok.children)


def _victims_died_later(tok: Token) -> bool:
    """"Two of the victims later died": the subject of a later death (not "Two of the victims were
    children")."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.lemma_.lower() not in ("die", "succumb"):
        return False
    # (told later after people told hurt, or after no one was told killed: "shot two people ... One
    # of the victims died"; not "killed five people ... Two of the victims later died", some of them)
    before = [_outcome(t) for t in tok.doc[:tok.i]]
    if "killed" not in before:
        return True
    return "wounded" in before and any(c.dep_ == "advmod" and c.lower_ in ("later", "subsequently")
                                       for c in verb.children)


def _part_after_comma(tok: Token) -> bool:
    """"killing 3 people, two of them women", "wounding 6, two of them seriously": a part of the
    count told just before, set off by a comma (not "abducted five farmers and killed two of them",
    nor "two of them died later", a subject of its own)."""
    num = tok if tok.pos_ == "NUM" else next((c for c in tok.children if c.dep_ == "nummod"), None)
    if num is None or tok.dep_ in ("nsubj", "nsubjpass") or num.i == 0 or num.doc[num.i - 1].text != ",":
        return False
    return any(p.lower_ == "of" and any(g.lower_ in ("them", "whom") for g in p.children)
               for p in num.children)


def _is_subset(tok: Token, outcome: str | None = None) -> bool:
    """Inside "including five soldiers" / "among them two police officers", or "2 of the dead
    were vigilantes": part of a total."""
    doc = tok.doc
    noun = tok.head if tok.dep_ == "nummod" else tok
    if tok.lemma_.lower() in ("injury", "wound") and tok.dep_ == "conj" and _outcome(tok.head) != _outcome(tok):
        return False  # an outcome of its own after a list: "13 fatalities, among them 3 civilians, and 8 injuries"
    if tok.dep_ == "pobj" and tok.head.lower_ == "among" and tok.lower_ in ("dead", "killed", "wounded", "injured") \
            and any(c.dep_ == "nummod" for c in tok.children):
        return False  # "A mother and her three daughters were among the 11 dead": the whole
    if noun.lower_ in ("dead", "victims", "deceased", "fatalities") and noun.dep_ in ("nsubj", "nsubjpass") \
            and noun.head.lemma_ == "be" and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) \
            and any(c.dep_ == "amod" and c.lower_ in ("other", "remaining") for c in noun.children):
        return True  # "The four other dead were members of the local security force": who the rest were
    if tok.pos_ == "NUM" and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ in ("were", "was") and \
            _outcome(doc[tok.i + 2]):
        return False  # "including the four attackers, and about 175 were injured": its own verb
    if tok.pos_ == "NUM" and tok.dep_ == "conj" and tok.i + 1 < len(doc) and _outcome(doc[tok.i + 1]) \
            and doc[tok.i + 1].i != tok.head.i:
        return False  # "left 5 people dead, including 3 attackers, and 7 wounded"
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.lower_ in ("dead", "victims") and any(
            d.lower_ == "the" for d in tok.children) and tok.head.head.like_num:
        return True  # "2 of the dead", the count read from "dead"
    if any(c.lower_ == "of" and any(g.dep_ == "pobj" and g.lower_ in ("dead", "victims", "injured",
                                                                       "wounded", "casualties")
                                    and any(d.lower_ == "the" for d in g.children)
                                    for g in c.children) for c in tok.children):
        # (not "Two of the wounded later died": the wounded who died are more dead; nor "Two of
        # the victims later died", after people told wounded)
        return not (outcome == "killed" and (_of_the_wounded(tok) or _victims_died_later(tok)))
    if (tok.lower_ in _VAGUE or tok.lower_ in ("most", "half", "all")) and tok.dep_ != "dobj" and any(
            c.lower_ == "of" and any(g.dep_ == "pobj" and (g.lower_ in ("them", "whom", "those") or g.lower_ in (
                "dead", "victims") and any(d.lower_ == "the" for d in g.children)) for g in c.children)
            for c in tok.children):
        return True  # "some of those killed were civilians", "most of them students": a part
    if _ends_included_list(tok):
        return True
    if outcome == "killed" and _of_the_killed(tok):
        return True
    if _part_after_comma(tok):
        return True
    if any(c.dep_ == "prep" and c.lower_ in ("among", "including") and c.i < tok.i and any(
            g.lower_ in ("them", "whom", "those") for g in c.children) for c in tok.children):
        return True  # "left 12 people dead, among them three soldiers": the parser's second object
    first = tok
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head  # ("among them a pregnant woman and her two children")
        if any(c.dep_ == "prep" and c.lower_ in ("among", "including") and c.i < first.i and any(
                g.lower_ in ("them", "whom", "those") for g in c.children) for c in first.children):
            return True  # "50 dead, among them 20 herders and 30 farmers": the list's later items too
    if first.dep_ == "dobj" and any(c.dep_ == "prep" and c.lower_ in ("among", "including")
                                    and c.i < first.i and any(g.lower_ in ("them", "whom", "those")
                                                              for g in c.children)
                                    for c in first.head.children) and any(
            c.dep_ in ("dobj", "nsubjpass") and c.i < first.i and _counted(c) for c in first.head.children):
        # ("11 people had been killed, among them a pregnant woman")
        return True  # "killed 4 people, among them 2 Syrian National Army fighters": "among" on the verb
    if tok.dep_ == "pobj" and tok.head.lower_ == "among" and tok.pos_ == "NOUN" and any(
            c.dep_ == "nummod" for c in tok.children) and any(
            c.dep_ in ("acl", "amod") and _outcome(c) for c in tok.children):
        return False  # "An officer was among the eight soldiers wounded": the eight are the whole
    for anc in tok.ancestors:
        if anc.lower_ in _SUBSET_PREPS or anc.lemma_ in _SUBSET_PREPS:
            # (not "not including the bomber": people apart from the total)
            return not (anc.i > 0 and anc.doc[anc.i - 1].lower_ in ("not", "excluding"))
        if anc.pos_ == "VERB" and anc.lemma_ not in _SUBSET_PREPS:
            return False
    return False


def _ends_included_list(tok: Token) -> bool:
    """The last item of a list after "including", which the parser hangs on the total: "21
    people, including the suicide bomber, 15 security forces, and five civilians were killed".
    Only after a list of two or more, told with a comma before "and"."""
    if tok.dep_ == "conj":
        totals = [tok.head]
    elif tok.dep_ in ("nsubj", "nsubjpass"):  # (or a second subject of the verb)
        totals = [c for c in tok.head.children if c.dep_ == tok.dep_ and c.i < tok.i]
    else:
        return False
    for prep in (p for total in totals for p in total.children):
        if prep.dep_ != "prep" or prep.lower_ not in ("including", "among") or prep.i > tok.i:
            continue
        items = [g for g in prep.children if g.dep_ == "pobj"]
        items += [c for g in items for c in g.conjuncts]
        doc = tok.doc
        if len(items) >= 2 and max(t.i for t in items) < tok.i and \
                doc[tok.left_edge.i - 1].lower_ == "and" and doc[tok.left_edge.i - 2].text == ",":
            return True
    return False


# words that name a side rather than describe people: "3 soldiers, 3 civilians" are six people
_GROUP_NAMES = {"civilian", "soldier", "policeman", "policemen", "police", "militant", "insurgent",
                "fighter", "attacker", "assailant", "gunman", "gunmen", "troop", "villager", "officer"}


def _own_group(noun: Token) -> str | None:
    """The victim group a counted noun names by itself ("soldier", "police officers"), or None."""
    words = [c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod")]
    for w in [*words, noun.lemma_.lower()]:
        g = _GROUP_OF.get(w)
        if g and g != "unknown":
            return g
    return None


# people a list after them may tell apart ("three people, a policeman and two civilians")
_WHO_THEY_WERE = {"people", "person", "other", "individual", "victim", "civilian", "villager",
                  "resident", "local", "inhabitant", "passenger", "worshipper", "member",
                  "casualty", "persons", "others", "family", "relative"}


_KIN = {"son", "daughter", "wife", "husband", "brother", "sister", "father", "mother", "nephew", "niece",
        "cousin", "children", "grandson", "granddaughter"}
# ranks, which name some of the soldiers or police counted before them
_RANKS = {"captain", "sergeant", "lieutenant", "major", "colonel", "corporal", "commander",
          "private", "general", "inspector", "superintendent", "officer", "constable"}


def _listed_without_and(objs: list[Token]) -> list[Token]:
    """The other counts of a list told without "and", which the parser reads as appositions:
    "One soldier, 12 civilians reportedly killed" (the outcome hangs on "civilians"), "Five
    soldiers, two policemen, three civilians killed", "killing two policemen, three civilians".
    Only counted nouns of different named groups: "12 people, five soldiers among them" and "two
    soldiers, two brothers from Kano" tell the same people twice; nor a member that has its own
    outcome ("5 soldiers wounded, 15 civilians killed")."""
    out: list[Token] = []
    for o in objs:
        top = o.head if o.dep_ == "appos" else o
        members = sorted([top, *(c for c in top.children if c.dep_ == "appos")], key=lambda t: t.i)
        while members[-1] is not top and [c for c in members[-1].children if c.dep_ == "appos"]:
            # ("two policemen, a soldier, a vigilante and a civilian": the parser chains the items)
            members += sorted((c for c in members[-1].children if c.dep_ == "appos"), key=lambda t: t.i)
        # not across a semicolon: "12 civilians reportedly killed; two soldiers, one policeman wounded"
        members = [m for m in members if not any(
            t.text == ";" for t in top.doc[min(m.i, o.i):max(m.i, o.i)])]
        while len(members) > 2 and members[-1].pos_ == "PROPN" and not _one_counted(members[-1]) \
                and _one_counted(members[-2]):
            members.pop()  # ("5 farmers, 3 women and a child in Kirawa village, Gwoza LGA": the place's)
        # (a list closed by "and" after a singular person may name its people by "the" or
        # "his": "The elder, his son and two guards were killed", one each)
        if o not in members or len(members) < 2 or not all(
                _one_counted(m) or (_one_by_name(m) and _one_by_name(top)) for m in members):
            continue
        groups = [_own_group(m) for m in members]
        # (a headline's bare first item is another person than those counted after it:
        # "Teacher, two pupils dead", "Policeman, two others injured")
        apart = (_headline_one(members[0]) or _headline_last(members[-1])) and len(
            {m.lemma_.lower() for m in members}) == len(members)
        # a list closed by "and" after a named kind of people: "killing two farmers, a teacher
        # and a trader", "two soldiers, a customs officer, and a driver" (not "three people, a
        # policeman and two civilians", which tells who the three were)
        tail = [c for c in members[-1].children if c.dep_ == "conj" and _person_like(c) and (_one_counted(c) or (
                    # ("a ward head and his son", "a teacher and the school's security guard")
                    c.tag_ == "NN" and any(d.dep_ in ("poss", "det") and d.lower_ not in ("a", "an") for d in c.children)))] \
            if members[-1] is not top and any(c.dep_ == "cc" and c.lower_ == "and"
                                             for c in members[-1].children) else []
        told_apart = [*members[1:], *tail]
        if tail and sum(parse_number(_counted(m)[0].text) or 0 if _counted(m) else 1 for m in told_apart) == (
                parse_number(_counted(top)[0].text) if _counted(top) else None) and all(
                m.lemma_.lower() in _ANYONE | _KIN for m in told_apart):
            tail = []  # "killing two farmers, a man and his son": who the two were
        if tail and top.lemma_.lower() not in _WHO_THEY_WERE and not (
                _own_group(top) in ("military", "police") and all(
                    m.lemma_.lower() in _RANKS for m in [*members[1:], *tail])) and len(
                {m.lemma_.lower() for m in [*members, *tail]}) == len(members) + len(tail):
            members = [*members, *tail]
        closed = len(members) > 2 and members[-1] in tail
        if not closed and not all(_one_counted(m) for m in members):
            continue
        apart = apart or closed
        if not apart and (None in groups or len(set(groups)) < len(groups)):
            continue
        counts = [_counted(m)[0].lower_ if _counted(m) else "one" for m in members]
        if not closed and any(a == b and m.lemma_.lower() not in _GROUP_NAMES
                              for a, b, m in zip(counts, counts[1:], members[1:])):
            continue  # "two soldiers, two brothers from Kano": the same two (not "3 soldiers, 3 civilians")
        if any(t.lower_ in ("including", "among", "of") for t in
               top.doc[members[0].i + 1:members[-1].i]):
            continue
        for m in members:
            if m is o or m in out:
                continue
            if any(_outcome(c) for c in m.children) or (m is top and m.head is not m
                                                         and _outcome(m.head)):
                continue  # "5 soldiers wounded, 15 civilians killed": its own outcome
            out.append(m)
    return out


def _count_phrase(head: Token) -> tuple[list[Token], Token | None]:
    """The count words of a victim head, and the noun that names the victims."""
    if head.pos_ == "NUM" or (head.tag_ in ("LS", "PRP", "NNP") and head.like_num) \
            or (head.like_num and any(c.dep_ == "compound" and c.like_num for c in head.children)) \
            or head.lower_ in _VAGUE or head.lower_ == "dead" or (
            # ("; 5 were wounded", "one was wounded": a number tagged a list marker or pronoun)
            head.lower_ == "both" and head.pos_ == "PRON"):   # "Both of the assailants"
        noun = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"), None)
        nxt = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
        if noun is None and head.pos_ == "NUM" and nxt is not None and nxt.lower_ == "of" and \
                nxt.head != head and head.dep_ == "conj":
            # "a fisherman and four of his friends": the parser hangs "of his friends" on the
            # list's first item
            noun = next((g for g in nxt.children if g.dep_ == "pobj"), None)
        if head.lower_ == "dead":
            # "one civilian dead": the parser makes "dead" the noun and the group its modifier
            named = next((c for c in head.children if c.dep_ in ("amod", "compound")
                          and _GROUP_OF.get(c.lemma_.lower(), "unknown") != "unknown"), None)
            return _dead_counts(head)[:1], named
        return [head], noun
    if head.lemma_.lower() in ("family", "group", "household") and any(
            c.lower_ == "of" and any(g.dep_ == "pobj" and g.like_num for g in c.children)
            for c in head.children):
        # "killing a family of five"
        return [g for c in head.children if c.lower_ == "of" for g in c.children
                if g.dep_ == "pobj" and g.like_num][:1], head
    of = next((c for c in head.children if c.lower_ == "of" and c.i + 1 < len(c.doc)), None)
    if head.lemma_.lower() in ("family", "household") and of is not None and of.doc[of.i + 1].like_num \
            and of.doc[of.i + 1].ent_type_ in ("", "CARDINAL") and of.doc[of.i + 1].dep_ == "nummod" \
            and of.doc[of.i + 1].head.pos_ in ("NOUN", "PROPN") and not _is_person(of.doc[of.i + 1].head):
        # "massacred a family of seven in Katsina state", the parser counting the state
        return [of.doc[of.i + 1]], head
    if head.lemma_.lower() in _COLLECTIVE and any(
            g.tag_ == "NNS" and _is_person(g) for c in head.children if c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj") and not any(c.like_num for c in head.children):
        return [head], head  # "executed a group of elderly men": an unstated number (ACLED: several)
    if head.lemma_.lower() == "total":  # "killing a total of 123"
        nums = [g for c in head.children if c.lower_ == "of" for g in c.children
                if g.dep_ == "pobj" and g.like_num]
        return nums[:1], None
    nums = [c for c in head.children if c.dep_ == "nummod" or (c.pos_ == "NUM" and c.dep_ in ("amod", "quantmod", "compound"))]
    if not nums:  # "Eleven police officers were wounded" with "Eleven" tagged an adjective
        nums = [c for c in head.children if c.dep_ == "amod" and c.i < head.i and c.ent_type_ == "CARDINAL"
                and c.like_num and parse_number(c.text) is not None]
    if not nums:  # ("wounding a dozen civilians" parsed with "dozen" a compound and "a" on the noun)
        nums = [c for c in head.children if c.dep_ == "compound" and c.lower_ == "dozen" and c.i > 0
                and head.doc[c.i - 1].lower_ == "a" and head.doc[c.i - 1].head == head]
    if len(nums) > 1 and any(t.text in (",", ":") for t in head.doc[nums[0].i: nums[-1].i]):
        # ("Two dead, five hurt" parsed with both numbers on "hurt": its own is the nearer; also
        # "killed 9: 5 soldiers and 4 civilians")
        nums = sorted(nums, key=lambda c: abs(head.i - c.i))
    if head.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children):
        # "a Secondary School 3 student": one person; the number is part of a name
        nums = [c for c in nums if parse_number(c.text) in (None, 1)]
        if not nums:
            return [], head
    if not nums:
        nums = _modifier_numbers(head)
    if len(nums) > 1 and any(t.text == "(" for t in head.doc[nums[0].i: nums[-1].i]):
        # "killing 5 (3 soldiers, 2 civilians)": the total before the brackets is told by the
        # counts in them, the noun's own the one nearest it
        nums = nums[-1:]
    if nums:
        return nums[:1], head
    vague = [c for c in head.children if c.lower_ in _VAGUE and c.dep_ in ("amod", "det", "advmod")]
    if vague:
        return vague[:1], head
    before = head.doc[head.i - 1] if head.i > 0 else None
    if before is not None and before.lower_ in ("dozen", "dozens") and before.dep_ == "pobj" and \
            before.head.lower_ in ("over", "about", "around", "nearly", "almost", "under"):
        return [before], head  # "Over a dozen people were wounded", the parser's "over" a verb's
    # "dozens of soldiers" parsed with soldiers as head of "dozens"? rare; "a large number of X"
    return [], head


def _modifier_numbers(noun: Token) -> list[Token]:
    """A number the parser hangs on a name before the noun: "Three Boko Haram suicide bombers",
    "five Afghan National Army (ANA) soldiers"."""
    return [g for c in noun.children if c.dep_ in ("compound", "nmod") for g in c.subtree
            if g.dep_ == "nummod" and g.i < noun.i and (g.like_num or g.pos_ == "NUM")
            and not _in_date(g)]


def _in_date(tok: Token) -> bool:
    """A word of a date or a time ("12" of "12 March suicide bombers"): no count of people."""
    return tok.ent_type_ in ("DATE", "TIME") and not _dateless(tok)


# the words of a real date or time; a DATE entity without any ("between 12 and 20" before
# "people") is the tagger's mistake for a count
_DATE_WORDS = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"\b(?:day|night|week|month|year|decade|centur|hour|minute|season|quarter|weekend|today|yesterday|"
    r"tomorrow|tonight|morning|evening|afternoon|noon|ago|dawn|dusk|am|pm|o'clock)|\b(?:1[89]|20)\d\d\b|"
    r"\d+(?:st|nd|rd|th|s)\b|[/:']", re.IGNORECASE)


def _dateless(tok: Token) -> bool:
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return ent is not None and ent.label_ == "DATE" and not _DATE_WORDS.search(ent.text)


def _counted(noun: Token) -> list[Token]:
    """The numbers that count a noun ("five soldiers", "Three Boko Haram suicide bombers")."""
    nums = [c for c in noun.children if c.dep_ == "nummod" and not _in_date(c)]
    if len(nums) > 1 and any(t.text == "," for t in noun.doc[nums[0].i: nums[-1].i]):
        # ("Two dead, five hurt" parsed with both numbers on "hurt": its own is the nearer)
        nums = sorted(nums, key=lambda c: abs(noun.i - c.i))
    return nums or _modifier_numbers(noun)


def _partitive(words: str) -> int | None:
    """The part of "three of 20", "3 of the 12" (a smaller number of a larger), or None."""
    m = re.fullmatch(r"(\d[\d,]*|[a-z-]+)\s+of\s+(?:the\s+)?(\d[\d,]*|[a-z-]+)", words.lower())
    if not m:
        return None
    a, b = parse_number(m.group(1)), parse_number(m.group(2))
    return a if a is not None and b is not None and a < b else None


def _quantity(count_tok: Token) -> tuple[tuple, str, int, int]:
    """(min, best, max), the quantifier words, and the character span of the count phrase."""
    if count_tok.lemma_.lower() in _COLLECTIVE:
        return _UNSPECIFIED, count_tok.text, count_tok.idx, count_tok.idx + len(count_tok)
    toks = sorted([count_tok, *[c for c in count_tok.subtree if c.i < count_tok.i or
                                (c.dep_ in ("conj", "cc", "quantmod") and c.i <= count_tok.i + 4)]],
                  key=lambda t: t.i) if count_tok.pos_ != "PRON" else [count_tok]   # "Both of ..."
    # keep the contiguous run of count words around the number
    run = [t for t in toks if t.dep_ in ("advmod", "quantmod", "nummod", "det", "amod", "cc", "conj",
                                         "compound", "nmod") or t == count_tok]
    start = min(t.idx for t in run)
    end = max(t.idx + len(t) for t in run)
    doc = count_tok.doc
    phrase = doc_text(doc)[start:end]
    low = phrase.lower()
    # a part of a number: "kill three of 20 abducted travellers" is three
    n = _partitive(low)
    if n is not None:
        return (n, n, n), phrase, start, end
    # ranges: "between 12 and 15", "12 to 15", "12-15"
    m = re.fullmatch(r"(\d+)\s*[-–]\s*(\d+)", count_tok.text)
    if m and int(m.group(1)) < int(m.group(2)):
        return (int(m.group(1)), int(m.group(1)), int(m.group(2))), phrase, start, end
    m = re.search(r"(\d[\d,]*|\w+)\s*(?:to|and|-|–)\s*(\d[\d,]*|\w+)$", low)
    first = min(run, key=lambda t: t.i)
    if m and _risen_to(first) is not None:  # a change, not a range: "rose from 12 to 18"
        b = parse_number(_risen_to(first).text)
        return (b, b, b), phrase, start, end
    if m and m.group(1) != m.group(2):
        a, b = parse_number(m.group(1)), parse_number(m.group(2))
        if a is not None and b is not None and a < b:
            return (a, a, b), phrase, start, end
    # vague multiword: "a large number", "a dozen"
    for key in sorted(_VAGUE, key=len, reverse=True):
        if low.endswith(key) and (len(low) == len(key) or low[-len(key) - 1] == " "):
            before = low[: len(low) - len(key)].strip()
            times = count_tok.i + 1 < len(doc) and doc[count_tok.i + 1].lower_ == key.split()[-1]
            if key.split()[-1] == count_tok.lower_ or count_tok.lower_ in key.split() or times:
                if key == "number" and count_tok.lower_ == "number" and not any(
                        c.dep_ in ("det", "amod") and c.i < count_tok.i for c in count_tok.children):
                    return (None, None, None), phrase, start, end  # "Number of fatalities unknown": no count
                lo, best, hi = _VAGUE[key]
                if before and parse_number(before.split()[-1]) is not None and key in ("dozen", "hundred", "score"):
                    # "two dozen", "more than two dozen": the multiple, with its bound
                    n = parse_number(before.split()[-1]) * best
                    prefix = " ".join(before.split()[:-1])
                    bound = next((b for b in sorted(_BOUNDS, key=len, reverse=True)
                                  if prefix == b or prefix.endswith(" " + b)), None)
                    return count_of(str(n), bound), phrase, start, end
                return (lo, best, hi), phrase, start, end
    bound = None
    number_words = low
    for b in sorted(_BOUNDS, key=len, reverse=True):
        if low.startswith(b + " "):
            bound, number_words = b, low[len(b) + 1:]
            break
    negated = re.search(r"\b(?:no|not)\s+$", doc_text(doc)[max(0, start - 4):start], re.IGNORECASE)
    if bound in ("fewer than", "less than") and negated:
        bound = "no fewer than"  # the parser leaves "No" ("Not") on the noun
    elif bound == "more than" and negated:
        bound = "no more than"
    number_words = re.sub(r"^(the|some|another|other|all)\s+", "", number_words)
    lo, best, hi = count_of(number_words, bound)
    if best is None and lo is None:
        lo, best, hi = count_of(count_tok.text, bound)
    return (lo, best, hi), phrase, start, end


def _group(noun: Token | None, sent) -> str:
    if noun is None:
        return "unknown"
    if noun.tag_ == "NNP" and _outcome(noun) is not None and is_headline(sent):
        return "unknown"  # "Gunmen Kill 14 in Oromia": the title-case verb read as a name, its doers no victims
    if noun.lower_ in ("other", "second") and any(d.lower_ == "the" for d in noun.children) or (
            noun.lower_ == "another" and noun.dep_ in ("nsubj", "nsubjpass")):
        # "One assailant detonated a suicide vest and the other was shot dead": the one's kind
        one = [t for t in noun.sent if t.i < noun.i and t.pos_ == "NOUN" and t.tag_ == "NN" and any(
            d.lower_ in ("one", "a", "an") for d in t.children)]
        if one:
            return _group(one[0], sent)
        # ("Gunmen shot two traders. One died ... and the second died later": the traders)
        of = next((_one_of_before(t) for t in noun.sent if t.i < noun.i and _one_of_before(t) is not None), None)
        if of is not None:
            return _group(of, sent)
    if noun.lower_ in ORDINALS and _the_rest_of(noun) is not None:
        return _group(_the_rest_of(noun), sent)  # "killed the third" of "Three assailants"
    if noun.lemma_.lower() == "son" and any(g.lower_ == "soil" for c in noun.children if c.lower_ == "of"
                                            for g in c.children):
        return "military"  # "seven brave sons of the soil embraced martyrdom" (a military statement's soldiers)
    if noun.lower_ == "them" and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "dobj":
        # "Troops pursued the attackers and killed two of them": the people told just before
        # (not who did it; not "Troops escorting traders were ambushed, and two of them were killed")
        verb = noun.head.head.head
        doers = {d.i for d in _doers(verb)} | ({verb.head.i} if verb.dep_ == "relcl" else set())
        # (not the doers: "repelled by soldiers who killed three of them")
        before = [t for t in noun.sent if t.i < noun.i and t.tag_ == "NNS" and t.dep_ != "nsubj"
                  and t.i not in doers and _person_like(t)]
        if before:
            return _group(before[-1], sent)
    if noun.pos_ == "PRON" and noun.lower_ in ("he", "she") and noun.dep_ == "nsubjpass" \
            and noun.i == noun.sent.start and noun.sent.start > 0:
        # "A gunman attacked a bar, killing four people. He was later shot dead": the doer of
        # the sentence before, when it is one attacker
        before = noun.doc[noun.sent.start - 1].sent
        doer = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
        if doer is not None and doer.tag_ == "NN" and _GROUP_OF.get(doer.lemma_.lower()) == "militants":
            return "militants"
    if noun.pos_ == "PRON" and noun.lower_ in ("he", "she") and noun.dep_ in ("nsubj", "nsubjpass") \
            and noun.head.dep_ in ("advcl", "conj") and noun.head.head.pos_ in ("VERB", "AUX"):
        # "A gunman opened fire ..., killing four people, before he was shot dead": the doer of
        # the clause it is told after
        verb, doer = noun.head.head, None
        for _ in range(3):
            doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if doer is not None or verb.dep_ not in ("advcl", "conj", "xcomp"):
                break
            verb = verb.head
        if doer is not None and doer.pos_ in ("NOUN", "PROPN"):
            return _group(doer, sent)
    def of_ours(g: Token) -> bool:
        return g.dep_ == "pobj" and g.head.lower_ == "of" and g.head.head.like_num \
            and g.lemma_.lower() in ("man", "colleague", "comrade", "boy", "own") \
            and any(d.dep_ == "poss" and d.lower_ == "our" for d in g.children)

    ours = noun if of_ours(noun) else next((g for c in noun.children if c.lower_ == "of" for g in c.children
                                            if of_ours(g)), None)
    if ours is not None:
        # "'Only two of our men died,' the commander said": the teller's side (a commander or an
        # officer of the army told before it)
        tellers = [c for t in noun.sent if t.lemma_.lower() in _REPORT_VERBS for c in t.children
                   if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
        side = next((_GROUP_OF.get(t.lemma_.lower()) for t in tellers
                     if _GROUP_OF.get(t.lemma_.lower()) in ("military", "police", "militants")), None)
        if side is None and any(t.lemma_.lower() in ("commander", "officer") for t in tellers):
            kinds = {_GROUP_OF.get(t.lemma_.lower()) for t in noun.doc[:noun.sent.start]} & {"military", "police"}
            side = kinds.pop() if len(kinds) == 1 else None
        if side is not None:
            return side
    if noun.lemma_.lower() in ("loss", "casualty") and (noun.dep_ == "dobj" or _fled_with(noun)) and _losing_side(noun) != "unknown":
        # "The attackers suffered heavy losses", "inflicting heavy casualties on the terrorists":
        # the side that suffered them
        return _losing_side(noun)
    if noun.lower_ in ("whom", "which"):
        # "the gunmen, five of whom were killed": the noun the relative clause describes
        rel = next((a for a in noun.ancestors if a.dep_ == "relcl"), None)
        return _group(rel.head, sent) if rel is not None else "unknown"
    of_obj = [g for c in noun.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if (noun.lemma_.lower() in ("member", "one", "some", "fighter") or noun.lemma_.lower() in _COLLECTIVE
            or noun.like_num) and of_obj:
        # "members of Boko Haram", "six of the attackers": the group named after "of"
        inner = _group(of_obj[0], sent)
        kinds = [_GROUP_OF.get(m.lemma_.lower()) for m in of_obj[0].children if m.dep_ in ("compound", "amod")
                 and _GROUP_OF.get(m.lemma_.lower())]
        kind = next((k for k in kinds if k != "civilians"), kinds[0] if kinds else None)  # (not "local")
        if kind and of_obj[0].lemma_.lower() in ("group", "outfit", "unit", "squad", "association", "team"):
            return kind  # "Nine members of a local vigilante group": vigilantes
        if of_obj[0].lemma_.lower() in ("group", "outfit", "faction", "movement") and any(
                m.dep_ == "amod" and m.lower_ == "armed" for m in of_obj[0].children):
            return "militants"  # "two members of an armed group" (not "the armed forces")
        if inner != "unknown" or of_obj[0].ent_type_ in ("ORG", "NORP"):
            return inner if inner != "unknown" else "militants"
    if noun.lemma_.lower() == "member" and not of_obj and not any(
            c.dep_ in ("compound", "amod", "poss") for c in noun.children):
        # "Hezbollah announced the deaths of three members": the armed group's own
        verb = next((a for a in noun.ancestors if a.pos_ == "VERB"), None)
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
        if subj is not None and _CLAIMANT_NAME.search(subj.doc[subj.left_edge.i: subj.i + 1].text.lower()):
            return "militants"
    if noun.pos_ == "PROPN" and noun.ent_type_ in ("ORG", "NORP") and any(c.dep_ == "nummod" for c in noun.children):
        # "8 UPC and 7 anti-Balaka fighters": a group's name counted beside the noun told after it
        after = noun.doc[noun.i + 1: min(noun.i + 7, noun.sent.end)]
        if after and after[0].lower_ == "and":
            nxt = next((t for t in after if t.pos_ == "NOUN"), None)
            kind = _GROUP_OF.get(nxt.lemma_.lower()) if nxt is not None and any(
                c.dep_ == "nummod" for c in nxt.children) else None
            if kind in ("military", "police", "militants"):
                return kind
    words = [noun.lemma_.lower(), noun.lower_]
    if noun.tag_ == "NNPS" and noun.lower_.endswith("s"):
        words.append(noun.lower_[:-1])  # "12 Marines", "Rangers": a plural the tagger keeps a name
    # (the norm, not the lemma, of a word the model reads as another: "IS" is "isis")
    mods = [c.norm_ if c.norm_ != c.lower_ and c.text.isupper() else c.lemma_.lower()
            for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
    if noun.lemma_.lower() in ("member", "officer", "personnel") and any(
            c.dep_ == "compound" and c.lower_ in ("force", "forces") and c.pos_ == "NOUN"
            and not any(g.dep_ == "compound" or g.pos_ == "PROPN" or _GROUP_OF.get(g.lemma_.lower()) == "militants"
                        for g in c.children) for c in noun.children) and not any(
            c.dep_ in ("compound", "nmod") and c.lower_ not in ("force", "forces") for c in noun.children):
        return "military"  # "5 Somali special forces members" (not "rebel forces members")
    if "volunteer" in mods and noun.lemma_.lower() in ("fighter", "militiaman", "auxiliary"):
        return "military"  # "three volunteer fighters": an army's auxiliaries (Burkina Faso's VDP)
    if _CJTF.search(noun.doc[noun.left_edge.i: noun.i + 1].text):
        return "militants"  # "the Civilian Joint Task Force", "Civilian JTF members": a militia, as ACLED codes it
    if _GROUP_OF.get(noun.lemma_.lower()) == "militants" and any(
            c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and _GROUP_OF.get(c.lemma_.lower()) in ("military", "police")
            for c in noun.children):
        return "militants"  # "Five New People's Army (NPA) rebels": rebels, whatever their name says
    if any(a.actor_type == "rebel_group" and a.start_char <= c.idx < a.end_char
           for a in noun.doc._.actors or [] for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"):
        return "militants"  # "four Arakan Army fighters": a rebel group's, whatever its name says
    if _GROUP_OF.get(noun.lemma_.lower()) == "militants":
        mods = [m for m in mods if m != "local"]  # ("local vigilantes", "a local militia": their own kind)
    for w in mods + words:  # modifiers first: "police officers", "army officers"
        g = _GROUP_OF.get(w)
        if g and g != "unknown":
            return g
    if noun.lemma_.lower() == "officer":
        # "killing an officer and three soldiers": of the group of those listed with it
        kinds = {_GROUP_OF.get(c.lemma_.lower()) for c in noun.conjuncts} & {"military", "police"}
        if len(kinds) == 1:
            return kinds.pop()
    if noun.lemma_.lower() == "officer" and any(t.lower_ == "police" for t in sent):
        return "police"  # "Police said ... 12 officers were injured by stones"
    if noun.ent_type_ == "NORP" or noun.lemma_.lower() in ("officer",):
        return "unknown"
    if _left_by_a_fight(noun):
        return "unknown"  # "a gunfight that left 12 people dead": of both sides, whatever it was over
    if any(t.lower_ in _CIVILIAN_CONTEXT and not _source(t) and not _is_subset(t) for t in sent):
        # (not the civilians among a total: "21 people, including ... five civilians")
        return "civilians"
    return "unknown"


_FIGHTS = {"gunfight", "gunbattle", "shootout", "firefight", "clash", "fighting", "battle", "skirmish"}


def _left_by_a_fight(noun: Token) -> bool:
    """People a fight killed ("a gunfight that left 12 people dead", "clashes killed 9 people"):
    the dead of either side."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "nsubjpass", "nsubj") or verb.pos_ not in ("VERB", "AUX"):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in ("that", "which") and verb.dep_ == "relcl":
        subj = verb.head
    return subj is not None and subj.lemma_.lower() in _FIGHTS and subj is not noun and not any(
        t.lower_ in _CIVILIAN_CONTEXT for t in noun.subtree if t is not noun)  # (not "20 people, mostly villagers")


_CJTF = re.compile(r"\bcivilian[\s-]+(?:joint[\s-]+task[\s-]+force|jtf)\b", re.IGNORECASE)
_RETREAT = {"flee", "withdraw", "retreat", "escape"}


def _fled_with(noun: Token) -> bool:
    """"fled with heavy losses": losses on a retreat."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.head.head.lemma_.lower() in _RETREAT


def _losing_side(noun: Token) -> str:
    """The group of the side that suffered losses or casualties ("The attackers suffered heavy
    losses", "inflicting heavy losses on the terrorists"; not "on the terrorists' equipment")."""
    verb = noun.head
    side = [c for c in verb.children if c.dep_ == "nsubj"] if verb.lemma_.lower() in _SUFFER_VERBS else [
        g for p in [*verb.children, *noun.children] if p.dep_ == "prep" and p.lower_ == "on"
        for g in p.children if g.dep_ == "pobj"] if verb.lemma_.lower() == "inflict" else []
    if _fled_with(noun):
        side = [c for c in verb.head.children if c.dep_ == "nsubj"]  # "The attackers fled with heavy losses"
    elif not side and verb.lemma_.lower() in _SUFFER_VERBS and verb.dep_ in ("pcomp", "advcl", "xcomp", "conj"):
        # "The assailants withdrew after suffering heavy losses": the subject of the clause above
        up = verb.head.head if verb.head.dep_ == "prep" else verb.head
        side = [c for c in up.children if c.dep_ == "nsubj"]
    if not side or side[0].pos_ not in ("NOUN", "PROPN") or not _person_like(side[0]):
        return "unknown"
    return _group(side[0], noun.sent)


def _nth_of_counted(verb: Token) -> bool:
    """The verb's subject is one of people counted before, told by its ordinal: "Two suicide
    bombers blew themselves up ... the second blew himself up minutes later"."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or not any(d.lower_ == "the" for d in subj.children):
        return False
    place = 1 if subj.lower_ == "first" else ORDINALS.get(subj.lower_) or (2 if subj.lower_ in ("other", "last") else None)
    return place is not None and any(
        (parse_number(n.text) or 0) >= place for t in subj.doc[:subj.i] if t.tag_ == "NNS" and _is_person(t)
        for n in _counted(t))


def _who_some_were(acl: Token) -> bool:
    """"Two of the children killed were siblings", "... were from the same family": the dead
    told by who some of them were (the count, with "of" the dead, the subject of "be")."""
    noun = acl.head
    subj = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
    return subj.dep_ == "nsubj" and subj.head.lemma_ == "be" and subj.i < subj.head.i and (
        subj.like_num or subj.pos_ == "NUM")


def _counted_before(num: Token) -> Token | None:
    """The last plural person word before a bare number, in its sentence or the one before."""
    doc = num.doc
    start = doc[num.sent.start - 1].sent.start if num.sent.start > 0 else num.sent.start
    return next((t for t in reversed(doc[start:num.i]) if t.tag_ == "NNS" and _is_person(t)
                 and any(c.dep_ == "nummod" for c in t.children)), None)


def _the_rest_of(num: Token) -> Token | None:
    """"the other two" after one of "Three suicide bombers": the people they are the rest of."""
    # (also "killed the remaining three" of "Five assailants", "killed the third" of three)
    n = parse_number(num.text) or (ORDINALS.get(num.lower_) if num.dep_ in ("dobj", "nsubjpass", "nsubj") else None)
    if not n or not any(c.lower_ == "the" for c in num.children) or not (
            num.lower_ in ORDINALS or any(c.lower_ in ("other", "remaining") for c in num.children)):
        return None
    doc = num.doc
    found = [t for t in reversed(doc[:num.i]) if t.tag_ == "NNS" and _is_person(t) and any(
        c.dep_ == "nummod" and (parse_number(c.text) or 0) >= (n if num.lower_ in ORDINALS else n + 1)
        for c in t.children)]
    # (the actors counted, not their victims: "Three suicide bombers ...; two blew themselves up,
    # killing four worshippers, and the third was arrested")
    return next((t for t in found if t.dep_ in ("nsubj", "nsubjpass")), found[0] if found else None)


def _one_of_before(num: Token) -> Token | None:
    """The people a bare "One" opening a sentence is one of: the last counted in the sentence
    before ("Two suicide bombers attacked a mosque. One was shot dead by guards")."""
    if num.lower_ != "one" or num.dep_ not in ("nsubj", "nsubjpass") or num.i != num.sent.start \
            or num.sent.start == 0 or any(c.dep_ == "prep" for c in num.children):
        return None
    doc = num.doc
    before = [t for t in doc[doc[num.sent.start - 1].sent.start:num.i] if t.tag_ == "NNS" and _is_person(t)
              and any(c.dep_ == "nummod" and (parse_number(c.text) or 0) > 1 for c in t.children)]
    return before[-1] if before else None


def _what_they_were(num: Token) -> Token | None:
    """The noun a bare count is said to be: "attackers" of "seven were attackers"."""
    if num.dep_ != "nsubj" or num.head.lemma_ != "be":
        return None
    return next((c for c in num.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)


def _source(tok: Token) -> bool:
    """Who tells the report, not who suffered: "Residents said 30 people were killed"."""
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _REPORT_VERBS  # ("Residents put the toll at 9")


_STATE_FORCES = {"military", "police"}


def _after_semicolon(sent) -> bool:
    return sent.start > 0 and sent.doc[sent.start - 1].text == ";"


def _forces_kill_militants(tok: Token, sent) -> bool:
    """A count without a noun killed by state forces in an action on militants: "Troops ambushed
    a group of Boko Haram members, killing 30" (the verb's own subject or, for "killing" after
    the action, the action's subject and object)."""
    verb = tok.head if tok.dep_ in ("advcl", "conj", "xcomp") and tok.head.pos_ in ("VERB", "AUX") \
        else tok
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None) if verb is not tok else None
    if subj is None or obj is None or _group(subj, sent) not in _STATE_FORCES:
        return False
    return _group(obj, sent) == "militants"


def _head_count(head: Token, prior: list[Casualty] | None = None) -> tuple | None:
    """How many people a victim head names, and in which words.

    Returns ((min, best, max), quantifier, its start and end characters, the victims' noun, the
    count words), or None when the head names no number of people. A head without count words
    is one person ("a soldier", "the bomber") or, with ``prior`` counts, the people counted
    before ("The soldiers were killed" after "five soldiers").
    """
    every = _all_of_the_attackers(head)
    if every is not None:
        n, noun = every
        return (n, n, n), head.text, head.idx, noun.idx + len(noun), noun, [head]
    every = _all_of_them(head)
    if every is not None:
        n, noun = every
        return (n, n, n), head.text, head.idx, head.idx + len(head), noun, [head]
    rest = _the_rest_count(head)
    if rest is not None:
        n, noun = rest
        return (n, n, n), head.text, head.idx, head.idx + len(head), noun, [head]
    count_toks, noun = _count_phrase(head)
    if count_toks:
        (lo, best, hi), quant, qs, qe = _quantity(count_toks[0])
        confirmed = _confirmed_part(noun) if noun is not None else None
        if confirmed is not None and best is not None and hi is not None and confirmed < best:
            # "Up to 30 Berom, 16 confirmed, were killed": the confirmed figure, as ACLED codes
            # (not below a floor: "At least 40 people, 25 of them confirmed" is at least 40)
            lo, best = confirmed, confirmed
        return (lo, best, hi), quant, qs, qe, noun, count_toks
    if noun is None:
        return None
    single = _singular_count(noun) or (_antecedent_count(noun, prior) if prior is not None else None)
    if single is None:
        return None
    return single, noun.text, noun.idx, noun.idx + len(noun), noun, count_toks


def _told_just_before(head: Token):
    """The words from the start of the sentence before ``head``'s up to ``head``."""
    doc = head.doc
    start = doc[head.sent.start - 1].sent.start if head.sent.start > 0 else head.sent.start
    return doc[start: head.i]


def _people_counted(t: Token) -> bool:
    """A plural noun of people with a count: "eight soldiers", "five people"."""
    return t.tag_ == "NNS" and bool(_counted(t)) and _person_like(t)


def _all_of_them(head: Token) -> tuple[int, Token] | None:
    """"A patrol of eight soldiers was ambushed; every one of them was killed", "ambushed a minibus
    carrying six passengers, killing all of them" (all but one: one fewer): as many as the people
    counted last before, with the noun that counted them."""
    every = head.lower_ == "all" or head.lower_ == "one" and any(
        d.lower_ in ("every", "each") for d in head.children)
    def of_them(tok: Token) -> bool:
        return any(p.lower_ == "of" and any(g.lower_ == "them" for g in p.children) for p in tok.children)

    if not every or not (of_them(head) or any(p.lower_ == "but" and any(of_them(g) for g in p.children)
                                              for p in head.children)):
        return None
    doc = head.doc
    total = next((t for t in reversed(_told_just_before(head)) if _people_counted(t)), None)
    if total is None:
        return None
    n = parse_number(_counted(total)[0].text)
    if n is None:
        return None
    but = [g for p in head.children if p.lower_ == "but" for g in p.children if g.lower_ == "one" or g.like_num]
    but += [g for p in head.children if p.lower_ in ("except", "save") for g in p.children
            if g.dep_ == "pobj" and g.tag_ == "NN"]  # ("all of them except the driver": one)
    if but:  # "all but one of them", however the parser hangs it
        k = 1 if but[0].lower_ == "one" or not but[0].like_num else parse_number(but[0].text)
        n = n - k if k is not None and k < n else None
    elif any(t.lower_ == "but" for t in doc[head.i: head.i + 2]) and head.i + 2 < len(doc) \
            and doc[head.i + 2].lower_ == "one":
        n = n - 1 if n > 1 else None
    return (n, total) if n else None


def _the_rest_count(head: Token) -> tuple[int, Token] | None:
    """"Eleven officers were travelling in the vehicle; five of them were killed and the rest were
    injured": the rest of the people counted before, less the parts told of them (6), with the
    noun that counted them."""
    if head.lower_ != "rest" or not any(d.lower_ == "the" for d in head.children) or any(
            c.lower_ == "of" for c in head.children):
        return None
    parts, total = 0, None
    verb = head.head
    for t in reversed(_told_just_before(head)):
        if t.like_num and any(p.lower_ == "of" and any(g.lower_ in ("them", "whom") for g in p.children)
                              for p in t.children):
            # (a part with an outcome of its own, other than the rest's: "five of them were killed
            # and the rest were injured"; not "Three of them were in critical condition and the rest
            # were lightly injured", nor "five of them were shot and the rest were killed")
            if _outcome(t.head) in (None, _outcome(verb)) or _outcome(verb) is None or \
                    t.head.lemma_.lower() in ("shoot", "hit", "stab"):
                return None
            n = parse_number(t.text)
            if n is None:
                return None
            parts += n
        elif _people_counted(t):
            total = t
            break
    if total is None or not parts:
        return None
    n = parse_number(_counted(total)[0].text)
    return (n - parts, total) if n is not None and n > parts else None


def _all_of_the_attackers(head: Token) -> tuple[int, Token] | None:
    """"Four assailants stormed a university ... security forces killed all of the attackers": as
    many as the attackers counted before (the first count of an attacking side's noun)."""
    if head.lower_ != "all":
        return None
    noun = next((g for p in head.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"
                 and _side(g.lemma_.lower()) == "attacker" and any(d.lower_ == "the" for d in g.children)), None)
    if noun is None:
        return None
    told = next((t for t in head.doc[:head.i] if t.pos_ == "NOUN" and _side(t.lemma_.lower()) == "attacker"
                 and any(c.dep_ == "nummod" for c in t.children)), None)
    if told is None:
        return None
    n = parse_number(next(c for c in told.children if c.dep_ == "nummod").text)
    return (n, noun) if n else None


def _confirmed_part(noun: Token) -> int | None:
    """The part of a count told as confirmed: "30 villagers, 16 confirmed", "30 villagers (16
    confirmed)", "40 people, 25 of them confirmed"."""
    for c in noun.children:
        if c.dep_ in ("relcl", "appos", "acl") and c.lemma_.lower() == "confirm":
            n = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass") and g.like_num), None)
            if n is not None:
                return parse_number(n.text)
    doc, i = noun.doc, noun.i
    if i + 3 < len(doc) and doc[i + 1].text in (",", "(") and doc[i + 2].like_num \
            and doc[i + 3].lemma_.lower() == "confirm":
        return parse_number(doc[i + 2].text)  # (however the parser hangs it)
    return None


def _singular_count(noun: Token) -> tuple | None:
    """A victim named without a number: "a soldier" 1, "the bomber" 1, "soldiers" (plural) vague."""
    if noun.pos_ == "PRON" or noun.lower_ == "another":
        if noun.lower_ in ("himself", "herself", "he", "she", "him", "her", "another"):
            return (1, 1, 1)
        return None
    dets = [c for c in noun.children if c.dep_ in ("det", "poss")]
    if any(d.lower_ in _W["zero_words"] for d in dets):
        return (0, 0, 0)
    if noun.lower_ == "other" and noun.dep_ in ("nsubjpass", "nsubj", "dobj") and any(d.lower_ == "the" for d in dets):
        return (1, 1, 1)  # "One assailant detonated a suicide vest and the other was shot dead"
    if noun.lower_ in ORDINALS and noun.dep_ in ("dobj", "nsubjpass") and _the_rest_of(noun) is not None:
        return (1, 1, 1)  # "Three assailants attacked ... security forces shot and killed the third"
    if noun.lower_ == "second" and noun.dep_ in ("nsubjpass", "nsubj") and any(d.lower_ == "the" for d in dets) \
            and any(t.lower_ == "one" and t.dep_ in ("nsubj", "nsubjpass") and t.i < noun.i for t in noun.sent):
        return (1, 1, 1)  # "One died at the scene and the second died later": the other of two
    if noun.tag_ == "NN" and any(d.lower_ in ("a", "an", "the", "one", "another", "his", "her",
                                               "their", "its", "this", "that") for d in dets):
        return (1, 1, 1)
    first = noun.left_edge
    if noun.tag_ == "NN" and first.lower_ in ("a", "an") and first.dep_ == "det" and \
            first.head.dep_ in ("compound", "nmod") and first.head.head == noun:
        return (1, 1, 1)  # "A National Directorate of Security (NDS) member": the article on the name
    if noun.dep_ in ("amod", "compound") and noun.head.dep_ == "conj" and _victim_before_teller(noun.head) == noun:
        return (1, 1, 1)  # "and a civilian, military sources said": the "a" hung on the teller
    if noun.tag_ == "JJ" and noun.dep_ in ("nsubjpass", "dobj", "nsubj") and any(
            d.lower_ in ("a", "an", "another") for d in dets):
        return (1, 1, 1)  # tagged as an adjective: "a fourth was injured", "killed a civilian"
    if noun.dep_ == "amod" and _bare_ordinal(noun):
        return (1, 1, 1)  # "and a fourth succumbed", the ordinal hung on the verb
    if noun.tag_ == "NN" and noun.lemma_.lower() in _GROUP_OF and noun.dep_ == "conj" \
            and not _force_after_count(noun):
        return (1, 1, 1)
    if any(d.lower_ == "both" for d in noun.children if d.dep_ in ("det", "predet", "nummod")):
        return (2, 2, 2)
    if noun.tag_ == "NNS" and (noun.lemma_.lower() == "twin" or any(
            d.lower_ == "twin" for d in noun.children if d.dep_ in ("amod", "compound"))) and not any(
            d.dep_ == "nummod" for d in noun.children):
        return (2, 2, 2)  # "twin brothers", "the twins"
    named = noun.tag_ == "NNP" and not _force_after_count(noun) or (
        noun.tag_ == "NN" and noun.is_title and not dets and noun.lemma_.lower() not in _GROUP_OF)
    if named and (noun.ent_type_ not in ("GPE", "LOC", "FAC", "NORP", "DATE", "EVENT") or
                  _named_before(noun)):
        return (1, 1, 1)  # a named person: "Pereira, a blogger, was killed"
    if noun.tag_ == "NN" and any(c.dep_ == "poss" for c in noun.children):
        return (1, 1, 1)  # "his wife"
    if _headline_one(noun) or _headline_last(noun) or _headline_item(noun):
        return (1, 1, 1)  # "Teacher, two pupils dead", "kill three Spanish tourists, Afghan guide"
    if noun.tag_ == "NN" and _named_next(noun):
        return (1, 1, 1)  # "police official, Colonel Mohammad Yaqob", "scholar, identified as X"
    if noun.dep_ in ("compound", "poss") and noun.head.lower_ in _FIRE_WORDS and noun.tag_ in ("NN", "PRP", "PRP$"):
        return (1, 1, 1)  # "set a suspected robber alight" parsed with "alight" as the object
    return None


def _of_its_staff(head: Token, group: str) -> bool:
    """An organisation's own people among the dead: "Relief International said nine of its staff
    had been killed" (some of the event's toll, no rival of it; not an armed group's own
    fighters, a rival figure)."""
    return group in ("unknown", "civilians") and head.like_num and any(
        p.lower_ == "of" and any(g.dep_ == "pobj" and any(
            d.dep_ == "poss" and d.lower_ in ("its", "their") for d in g.children) for g in p.children)
        for p in head.children)


def _force_after_count(noun: Token) -> bool:
    """A force's acronym joined bare to a plural count: "killing 9 soldiers and VDP" (9 in all;
    not "a VDP", nor "A soldier and VDP")."""
    return noun.dep_ == "conj" and noun.text.isupper() and len(noun.text) > 1 \
        and noun.lower_ in _GROUP_OF and not any(c.dep_ == "det" for c in noun.children) \
        and any((_quantity(n)[0][1] or 0) > 1 for n in _counted(noun.head))


def _named_next(noun: Token) -> bool:
    """A person's name right after the noun, maybe after "identified as" / "named": "killed
    police official, Colonel X", "killed religious scholar, identified as X" (read off the words,
    which the parser attaches in many ways)."""
    doc, j = noun.doc, noun.i + 1
    if j < len(doc) and doc[j].text == ",":
        j += 1
    if j + 1 < len(doc) and doc[j].lower_ in ("identified", "named") and doc[j + 1].lower_ == "as":
        j += 2
    elif j < len(doc) and doc[j].lower_ == "named":
        j += 1
    # a title before the name ("Colonel", "Haji") may be left out of the entity
    return any(k < len(doc) and doc[k].ent_type_ == "PERSON" and
               all(doc[m].is_title for m in range(j, k)) for k in range(j, j + 3))


def _named_before(noun: Token) -> bool:
    """The last word of a person's name given earlier ("Sharraf Uddin ... Uddin was killed"),
    whatever the model now calls it."""
    return any(e.label_ == "PERSON" and len(e) > 1 and e.end <= noun.i and e[-1].text == noun.text
               for e in noun.doc.ents) or _named_person(noun)


# How counts are coded (see CONVENTIONS in the README):
# - "acled": one event per place and day, so a toll told over two days or over several places
#   the text counts ("raided three villages") is shared among them; attackers' deaths count
#   only when told ("plus the two bombers");
# - "gtd": one incident for the whole attack, so such tolls are kept whole; a suicide bomber who
#   detonated is counted dead though the text does not say so (GTD's nkill includes perpetrators).
# Both share a total told "across the three attacks" or after "one of three related attacks".
CONVENTIONS = ("acled", "gtd")


def check_conventions(conventions: str) -> str:
    """``conventions`` if it is one of :data:`CONVENTIONS`; else a ValueError that names them."""
    if conventions not in CONVENTIONS:
        raise ValueError(f"conventions {conventions!r}: expected one of {', '.join(CONVENTIONS)}")
    return conventions


_CARE_PART = re.compile(r"\b(?:\d+|[a-z]+(?:-[a-z]+)?)\s+of\s+(?:them|those|the\s+(?:wounded|injured|"
                        r"casualties|victims|survivors))\b", re.IGNORECASE)
_CARE_WORDS = re.compile(r"\b(?:hospitals?|clinics?|admitted|received|treated|taken|rushed|evacuated|flown|"
                         r"airlifted|transferred)\b", re.IGNORECASE)
_CARE_REST = re.compile(r"\s*(?:Another|The\s+(?:other|remaining|rest))\b", re.IGNORECASE)


def _care_part(text: str) -> bool:
    """A part of the wounded told by where it was cared for: "27 of the wounded were taken to the
    city hospital", "The hospital received 27 of them"."""
    return bool(_CARE_PART.search(text) and _CARE_WORDS.search(text))


# a sentence opening with the people counted before: "Of the 73 injured, ..."
_OF_THE_HURT_OPENING = re.compile(r"\s*Of\s+(?:the|those)\s+(?:[\w,]+\s+){0,2}?(?:injured|wounded|hurt|dead|"
                                  r"killed|victims|casualties)\s*,", re.IGNORECASE)


def _told_before(c: Casualty, prior: list[Casualty]) -> bool:
    """The same outcome, group and count was told before."""
    return bool(c.count_best) and c.outcome in ("killed", "wounded") and any(
        p.outcome == c.outcome and p.victim_group == c.victim_group and p.count_best == c.count_best
        for p in prior)


def _retold_pair(sent, found: list[Casualty], prior: list[Casualty], retold: list[Casualty]) -> list[Casualty]:
    """Tolls told again side by side, the second with "also": "Two militants and a soldier were
    killed ... 'Two terrorists have been neutralised. We have also lost a brave soldier'": the
    "also" sets one side against the other, told again (``retold``: the previous sentence's rows
    told before), and adds no one."""
    plain = [c for c in found if not c.extra and not c.more and _told_before(c, prior)] + retold
    if not plain:
        return found
    groups = {c.victim_group for c in plain}
    if not any(t.lower_ == "also" for t in sent) or not any(t.is_quote for t in sent) or any(
            t.lower_ in ("another", "second", "further", "more", "later") for t in sent):
        return found  # (a quote telling the sides again; not "and another soldier also died")
    return [replace(c, extra=False, more=False) if (c.extra or c.more) and c.victim_group not in groups
            and c.victim_group != "unknown" and _told_before(c, prior) else c for c in found]


def find_casualties(doc: Doc, conventions: str = "acled") -> list[Casualty]:
    """Every casualty count in ``doc``, in text order (repeats included: see merge_casualties),
    coded by ``conventions`` (one of :data:`CONVENTIONS`)."""
    check_conventions(conventions)
    out: list[Casualty] = []
    matches = _fallback_matcher(doc.vocab)(doc)
    text = doc_text(doc)
    unit, unit_text = 0, ""
    part_before = False
    retold: list[Casualty] = []
    for sent in doc.sents:
        mine = [(doc.vocab.strings[m], s, e) for m, s, e in matches
                if sent.start <= s and e <= sent.end]
        found = _rival_reports(sent, _sentence_casualties(doc, sent, out, mine, conventions))
        found = _retold_pair(sent, found, out, retold)
        retold = [c for c in found if not c.extra and not c.more and _told_before(c, out)]
        opening = _OF_THE_HURT_OPENING.match(_stext(sent))
        if opening:  # "Of the 73 injured, 38 remain hospitalized": some of them, told by their state
            # (not those of them who died: "Of the 73 injured, 5 later died in hospital")
            hurt = re.search(r"(?:injured|wounded|hurt)\s*,$", opening.group(0), re.IGNORECASE)
            found = [replace(c, part=True) if c.start_char >= sent.start_char + opening.end()
                     and c.outcome == ("wounded" if hurt else "killed") else c for c in found]
        care = _care_part(_stext(sent))
        if care:  # "Twenty-seven of them were admitted to the city hospital"
            found = [replace(c, part=True) if c.outcome == "wounded" and _CARE_PART.search(c.text) else c
                     for c in found]
        if part_before and _CARE_REST.match(_stext(sent)) and _CARE_WORDS.search(_stext(sent)):
            # "27 of the wounded were taken to the city hospital. Another 13 were flown to
            # Kano": the rest of the same wounded, told by where each part was cared for
            # (not people hurt in a way of their own: "Another 5 people were injured in a stampede")
            found = [replace(c, part=True, more=False, extra=False) if c.outcome == "wounded"
                     and not re.search(r"injur|wound|hurt", c.text, re.IGNORECASE) else c for c in found]
        if is_headline(sent):  # a headline's total covers all the body tells
            pair = _headline_pair(sent)
            if pair and sum(c.count_best or 0 for c in found if c.outcome == pair[0].outcome) < 2:
                # (the parser may read one of the two as a name; "Soldier, civilian killed, three
                # wounded" keeps its wounded)
                found = pair + [c for c in found if c.outcome != pair[0].outcome]
            found = [replace(c, headline=True) for c in found]
        elif _IN_TOTAL.match(_stext(sent)) and not _PERIOD.search(_stext(sent)):
            # "In total, ten people died": the total of all told (not "In total, 300 people have
            # been killed in the state this year")
            # (not people told apart from it: "In total, 14 people were killed, excluding the bomber")
            found = [replace(c, update=True) if c.outcome in ("killed", "wounded") and not c.extra else c
                     for c in found]
        # clauses split at a semicolon are one sentence for adding counts up ("Five soldiers
        # were killed in the ambush; two soldiers were killed when a second device detonated")
        # (not reports of the same people: "Early reports say 12 killed; the army later says 7",
        # "Al-Shabaab claimed that 60 soldiers were killed; however, officials said 8")
        if not _after_semicolon(sent):
            unit, unit_text = sent.start_char, ""
        unit_text += _stext(sent)
        if unit != sent.start_char and not _RIVAL.search(unit_text) and not _OWN_SOURCE.match(_stext(sent)):
            # (a pronoun tells of people counted before: "blew himself up; he was the only
            # casualty")
            found = [c if (c.quantifier or "").lower() in _PRONOUNS else replace(c, sent_start=unit)
                     for c in found]
            out, found = _rival_clauses(doc, unit, out, found)
        if _LATER_BLAST.match(_stext(sent)):
            # "The second bomb exploded 20 minutes later ..., killing one person": the casualties
            # of another part of the event, more people than those of the first
            found = [replace(c, extra=True, more=True) if c.outcome in ("killed", "wounded") and c.count_best
                     else c for c in found]
        # ("Other witnesses said three soldiers were also killed": more people, not a report)
        out.extend(replace(c, alternative=True) if not c.extra and _ALTERNATIVE.search(
            text, sent.start_char, c.start_char) else c for c in found)
        part_before = care
    out = _toll_with_the_hurt(doc, _hurt_who_died(doc, out))
    if not any(c.outcome == "killed" for c in out):
        # (people told only as shot, beside others told hurt: "Gunmen shot a trader. His wife
        # sustained minor injuries": the trader is killed; the shot told hurt are not counted twice)
        hurt = any(c.outcome == "wounded" for c in out)
        shot = [c for c in _shot_victims(doc, hurt) if not (hurt and c.outcome == "wounded")]
        for sent in doc.sents:  # "shooting five people, two of them fatally"
            mine = [c for c in shot if sent.start_char <= c.start_char < sent.end_char]
            if mine and any(t.lower_ in ("fatally", "mortally") for t in sent):
                shot = [c for c in shot if c not in mine] + _fatally(sent, mine)
        out.extend(shot)
    elif not any(c.outcome == "wounded" for c in out):
        # beside the dead, one shot in a limb is wounded: "killed three of them ... The driver
        # was shot in the leg and escaped" (when no one is told wounded otherwise); so are people
        # shot of whom some died later ("shooting three farmers. One later died in hospital": 1
        # killed, 2 wounded)
        shot = [c for c in _shot_victims(doc) if c.outcome == "wounded" and c.quantifier != "limb?"]
        later = [c for c in shot if any(
            k.outcome == "killed" and k.start_char >= c.end_char and 0 < (k.count_best or 0) < (c.count_best or 0)
            and (_died_later(text, k) or _OF_THE_HURT_DIED.match(text, k.start_char, k.end_char)) for k in out)]
        out.extend(c for c in shot if c in later or _LIMB_SHOT.search(c.text + text[c.end_char: c.end_char + 120]))
        if later:
            out = _hurt_who_died(doc, out)
    if any(c.implied or _self_killed(c) for c in out) and _attackers_among_counted(doc):
        # "nine people, including the assailant, were killed": the bomber is counted in the total
        # (so is one told again as blowing himself up: "killed nine people, including the bomber
        # ... The bomber blew himself up at the gate": 9)
        out = [c for c in out if not c.implied and not (_self_killed(c) and any(
            o.outcome == "killed" and o.sent_start != c.sent_start and (o.count_best or 0) > 1
            and o.victim_group not in ("unknown", c.victim_group) for o in out))]
        # (a total of no named group covers him by itself: "Nine people, including the bomber")
    among = {st.start_char for st in doc.sents if _ATTACKERS_INCLUDED.search(st.text)}
    # ("killing 18 people including themselves": people of no one group, the bombers among them)
    text = doc_text(doc)
    if _TOLL_INCLUDES_ATTACKER.search(text):
        # "Officials said the figure of 21 included the bomber": the bomber is one of the toll's dead
        out = [replace(c, extra=False, more=False) if c.outcome == "killed" and (_self_killed(c) or c.implied)
               else c for c in out]
        # (told in the toll's own sentence, he is one of its dead: "A suicide bomber blew himself up
        # ..., killing 44 people ... The death toll, which includes the bomber, could rise": 44)
        # (not a first toll a later one replaces: "killing three people ... 17 people had been
        # killed. Officials said the figure of 17 included the bomber")
        top = max((c.count_best or 0 for c in out if c.outcome == "killed" and not _self_killed(c)), default=0)
        tolls = {c.sent_start for c in out if c.outcome == "killed" and (c.count_best or 0) > 1
                 and c.count_best == top and not _self_killed(c) and not c.implied}
        out = [replace(c, part=True) if c.outcome == "killed" and (_self_killed(c) or c.implied)
               and c.sent_start in tolls else c for c in out]
    if _ONE_OF_THEM_SELF.search(text):
        # "All five attackers were also killed, one of them when he blew himself up": one of the five
        attackers = {c.sent_start for c in out if c.outcome == "killed" and c.victim_group == "militants"
                     and (c.count_best or 0) > 1 and not _self_killed(c)}
        # (the row goes: the five's own row tells him)
        out = [c for c in out if not (c.outcome == "killed" and _self_killed(c) and c.sent_start in attackers)]
    out = [replace(c, victim_group="unknown") if c.victim_group == "civilians" and c.victim_word in (
        "people", "person") and _ATTACKERS_INCLUDED.match(text[c.end_char:c.end_char + 80].lstrip(" ,")) else c
           for c in out]

    def told_self(c: Casualty) -> bool:
        return c.outcome == "killed" and (_self_killed(c) or bool(_SELF_TOLD.search(c.text)))

    if among and any(told_self(c) and c.sent_start in among for c in out):
        # "Three bombers blew themselves up ..., killing 18 people including themselves": 18
        out = [c for c in out if not (told_self(c) and c.sent_start in among and any(
            o.outcome == "killed" and o.sent_start == c.sent_start and (o.count_best or 0) > (c.count_best or 0)
            for o in out))]
    return out


# a toll told to include the attacker: "the figure of 21 included the bomber" (not "did not include")
_ONE_OF_THEM_SELF = re.compile(r"\bone\s+of\s+(?:them|whom)\b,?\s+(?:when|after|as)\s+(?:he|she)\s+"
                               r"(?:blew|detonated)\b", re.IGNORECASE)
_TOLL_INCLUDES_ATTACKER = re.compile(
    r"\b(?:figure|toll|total|tally|number)\b[^.;]{0,30}?(?<!not )\b(?:included|includes|include|including)\s+the\s+"
    r"(?:suicide\s+)?(?:bombers?|attackers?|assailants?)\b", re.IGNORECASE)


def _self_killed(c: Casualty) -> bool:
    return c.outcome == "killed" and (c.quantifier or "").lower() in ("himself", "herself")


def _attackers_among_counted(doc: Doc) -> bool:
    """Attackers named among the people of a total ("including three assailants")."""
    return any(_GROUP_OF.get(t.lemma_.lower()) == "militants" and t.pos_ == "NOUN"
               and _is_subset(t) for t in doc)


_SHOT = _W["shot_only"]
_LIMB_SHOT = re.compile(r"\bshot\s+(?:(?!(?:who|which|that|while|as|was|were|carrying|holding)\b)[\w'’-]+\s+){0,14}?in\s+(?:the|his|her|their|both)\s+(?:\w+\s+)?(?:"
                        + "|".join(_SHOT["limbs"]) + r")\b", re.IGNORECASE)


_PRONOUNS = {"he", "she", "they", "him", "her", "them", "who"}
_FATAL_PART_VERBS = frozenset(_SHOT["fatal_part_verbs"]["verbs"])
# a part told fatal: "two of them fatally", "one fatally" after a count
_FATAL_PART = re.compile(r"\b(?:\w+\s+of\s+(?:them|whom)|,\s*(?:one|two|three|four|five|six|seven|"
                         r"eight|nine|ten|\d+))\s+(?:fatally|mortally)\b", re.IGNORECASE)


def _said_of(tok: Token, people: list[Token]) -> bool:
    """A word ("survived", "hospital", "treatment") told of the people shot: its clause has no
    subject of its own ("was shot but survived", "rushed to hospital"), or a pronoun or those
    people as subject ("where he is receiving treatment"); not "His son survived", "A colleague
    who survived the ambush", "The hospital was also attacked"."""
    verb = tok
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    if verb is not tok and tok.dep_ in ("nsubj", "nsubjpass"):
        return False  # "The hospital was also attacked"
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return verb.dep_ in ("conj", "advcl", "xcomp") or verb.pos_ != "VERB"
    return all(c.lower_ in _PRONOUNS and not (c.lower_ == "who" and verb.dep_ == "relcl")
               or c in people for c in subjects)


_HOLD_VERBS = {"abduct", "kidnap", "hold", "seize", "take"}
_CAPTURE_VERBS = {"apprehend", "catch", "arrest", "seize", "capture", "nab", "grab", "intercept", "overpower",
                  "attack", "accost", "confront", "waylay",
                  # those the doers singled out: "forced nine men off the bus and shot them dead"
                  "force", "drag", "pull", "separate", "single", "order", "line", "march", "round"}
_CARE_OR_HURT = set(_SHOT["survival"]) | _HOSPITALISE | {"injury", "wound", "injure"}
_CUT_VERBS = {"stab", "knife", "slash", "hack", "machete", "beat", "club", "flog"}


def _part_died_later(verb: Token) -> bool:
    """Some of the people shot died later, so those shot were wounded: "One later died in
    hospital", "one of whom later died", "Two of them died of their wounds" (a count or a part
    as subject, told later or of the wounds; not "Three people died", which tells who died)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or not (subj.like_num or subj.lower_ == "one"):
        return False
    of = any(p.lower_ == "of" and any(g.lower_ in ("them", "whom") for g in p.children)
             for p in subj.children) or _victims_died_later(subj)
    later = any(c.dep_ == "advmod" and c.lower_ in ("later", "subsequently") for c in verb.children)
    wounds = any(p.dep_ == "prep" and any(g.lemma_.lower() in ("hospital", "injury", "wound")
                                          for g in p.children) for p in verb.children)
    return of or later or wounds


def _hurt_word(tok: Token) -> bool:
    """An injury told of the people shot: "the extent of his injuries", not "injured livestock"
    nor "His wife sustained minor injuries" (someone else)."""
    if _OUTCOMES.get(tok.lemma_.lower()) != "wounded":
        return False
    if tok.dep_ == "amod":
        return _is_person(tok.head)  # "injured livestock"
    if tok.pos_ == "VERB":
        return not any(c.dep_ == "dobj" for c in tok.children)
    verb = tok.head
    return not any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") and _is_person(c)
                   for c in verb.children)


def _shot_victims(doc: Doc, told_hurt: bool = False) -> list[Casualty]:
    """People a text says were shot or poisoned and nothing more ("stormed the church and shot a
    70 year old man in the head", "shot three refugees", "30 girls were poisoned"): shot is
    killed, as ACLED codes them, wounded when shot in a limb ("shot a police sergeant in his two
    legs") or when its sentence or the next speaks of their injuries or survival ("but survived",
    "rushed to hospital"); poisoned is wounded, as GTD codes school poisonings. Not an act that
    is only alleged or believed ("after it is believed he shot a police officer"), nor shooting
    at something or shooting down an aircraft. ``told_hurt``: others are told wounded, so people
    named again with "the" are those ("Two people were injured ... the two people were shot")."""
    out: list[Casualty] = []
    lemmas = token_strings(doc)[2]
    sents = list(doc.sents)
    # some of them died later: "stabbed four people ... One of the victims later died"
    died_later = any(lemma in ("die", "succumb") and (_part_died_later(doc[i]) or any(
        _victims_died_later(c) for c in doc[i].children)) for i, lemma in enumerate(lemmas))
    fatal_part = _FATAL_PART_VERBS if died_later or _FATAL_PART.search(doc_text(doc)) else frozenset()
    for tok in (doc[i] for i, lemma in enumerate(lemmas)
                if lemma in _SHOT["verbs"] or lemma in fatal_part or lemma in _CUT_VERBS):
        verb_outcome = _SHOT["verbs"].get(tok.lemma_.lower())
        if verb_outcome is None:  # "stabbed four people, one of them fatally": told in its sentence
            verb_outcome = "wounded" if died_later or _FATAL_PART.search(_stext(tok.sent)) else None
        # people stabbed or beaten are hurt when their sentence tells their care ("Two men were
        # stabbed and rushed to hospital", "was stabbed and is receiving treatment")
        cared_only = verb_outcome is None and tok.lemma_.lower() in _CUT_VERBS
        if cared_only:
            verb_outcome = "wounded"
        if verb_outcome is None or tok.pos_ != "VERB" or _not_this_event(tok) or is_earlier_event(tok) \
                or _is_grievance(tok) or natural_cause(tok, strict=True) \
                or any(c.dep_ == "prt" for c in tok.children):
            continue  # "a serious accident ... poisoned many residents", "shot down a helicopter"
        # the sentence of the act and the next: "...but survived", "rushed to hospital", "The
        # extent of his injuries is not known" tell a wound
        si = next(k for k, s_ in enumerate(sents) if s_.start <= tok.i < s_.end)
        near = range(sents[si].start, sents[min(si + 1, len(sents) - 1)].end)
        shot = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        hurt = any((lemmas[k] in _SHOT["survival"] and _said_of(doc[k], shot)) or _hurt_word(doc[k])
                   or (lemmas[k] in ("die", "succumb") and _part_died_later(doc[k])) for k in near)
        # (or the next sentence's, of "the victims": "stabbed four people ... Two of the victims
        # were seriously injured", "The victims were treated in hospital")
        if cared_only and not any(lemmas[k] in _SHOT["survival"] and _said_of(doc[k], shot)
                                  for k in range(tok.sent.start, tok.sent.end)) and not any(
                (lemmas[k] == "victim" and any(d.lower_ in ("the", "both") for d in doc[k].subtree)
                 or doc[k].lower_ == "they" and doc[k].dep_ in ("nsubj", "nsubjpass") and doc[k].is_sent_start)
                and any(lemmas[j] in _CARE_OR_HURT for j in range(k, min(k + 8, len(doc))))
                for k in near if k >= tok.sent.end):
            continue
        if any(a.lemma_.lower() in _SHOT["hearsay_governors"] for a in list(tok.ancestors)[:3]) \
                or any(c.lower_ in _SHOT["hearsay_adverbs"] for c in tok.children):
            continue
        # ("shot a man in the leg": the parser may hang the limb on the man)
        # ("the village head of Agbaja in the leg": on the place after "of"; not "a boy who was
        # carrying water in his hands")
        limb = any(g.lemma_.lower() in _SHOT["limbs"] for c in [*tok.children, *(
            k for o in shot for k in [*o.children, *(h for p in o.children if p.lower_ == "of"
                                                      for g2 in p.children for h in g2.children)])]
                   if c.dep_ == "prep" and c.lower_ == "in" for g in c.subtree)
        outcome = "wounded" if limb or hurt else verb_outcome
        objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        objs += [c for o in objs for c in o.conjuncts if c.i > o.i]
        # ("a suspected gunrunner in Takum, who was shot in the leg": the person "who" stands for)
        objs = [_who_of(tok) if o.lower_ in ("who", "that") and tok.dep_ == "relcl" else o for o in objs]
        for noun in objs:
            if _not_people(noun) or not (_person_like(noun) or noun.lemma_.lower() == "member"):
                continue  # "a member of the OPC" is a person, "the tyres" are not
            if tok.lemma_.lower() in fatal_part and not (_is_person(noun) or noun.pos_ == "NUM"):
                continue  # "attacked a bar, shooting 6 people, two of them fatally": not the bar
            if told_hurt and any(c.dep_ == "det" and c.lower_ in ("the", "these", "those")
                                 for c in noun.children):
                continue  # "Two people were injured ... the two people were shot": the same
            told = _head_count(noun)
            if told is None or told[0][1] is None:
                continue
            (lo, best, hi), quant, qs, qe, noun, _ = told
            start = min(qs, tok.idx)
            end = max(qe, tok.idx + len(tok), noun.idx + len(noun) if noun is not None else qe)
            # ("they then shot dead three people at the nearby market": more people)
            more = noun is not None and _is_extra(tok, noun) and not _SEPARATE.search(_stext(tok.sent))
            out.append(Casualty(outcome, _group(noun, tok.sent), lo, best, hi, quant,
                                doc_text(doc)[start:end], start, end, tok.sent.start_char,
                                clause=_clause_id(tok), more=more, extra=more))
    return out


# "Other reports hold 50 deaths", "some accounts put the toll at 20": another report of a figure
# told already, which does not add to it (ACLED codes the lower, told figure)
_IN_TOTAL = re.compile(r"\s*(?:In total|In all|Altogether|All told)\b,?", re.IGNORECASE)
_ALTERNATIVE = re.compile(r"\b(?:other|some|another)\s+(?:\w+\s+)?(?:reports?|accounts?|sources?|"
                          r"witness(?:es)?|officials?)\b", re.IGNORECASE)


# a figure told as the first one reported: "At the initial time of the attack 9-13 were believed
# dead", "nine initial casualties", "Early reports said four died"
_INITIAL = re.compile(
    r"\binitial(?:ly)?\s+(?:reports?|reported|figures?|tolls?|counts?|time|estimates?|accounts?|"
    r"casualt\w*|causalit\w*|deaths?|believed|said|put|counted|reported|estimated|gave)\b"
    r"|\b(?:early|first|preliminary)\s+(?:reports?|figures?|estimates?|accounts?)\b"
    # ("Earlier on Thursday, the provincial spokesman had said ...": a report the later one replaced)
    r"|\bearlier\b[^.;]*\bhad\s+(?:said|reported|put|told|given|stated)\b"
    # (a report told in the past perfect after the lede's figure: "On Friday, a government spokesman
    # had said 12 people were killed")
    r"|\bhad\s+(?:said|reported|put)\b"
    # (an editor's note on a version the story replaced: "A previous version ... said three people
    # were killed")
    r"|\b(?:previous|earlier|original)\s+version\b", re.IGNORECASE)
# the turn from a first report to the one that replaced it, in one sentence
_TURN = re.compile(r"\b(?:but|however|while|whereas|though|although)\b", re.IGNORECASE)


def _initial(sent, tok: Token) -> bool:
    """A figure of a first report: told in a sentence that says so, before any turn to a later
    report ("Initial reports indicated eight deaths, but the administrator later confirmed that
    13 people had been killed": the eight, not the 13)."""
    text = _stext(sent)
    first = _INITIAL.search(text)
    if first is None:
        return False
    at = tok.idx - sent.start_char
    return not (first.end() <= at and _TURN.search(text, first.end(), at))


# more people told of another incident are not more of this one's
# a sentence told of a later part of the event: "The second bomb exploded 20 minutes later", "A
# second device detonated minutes later as police arrived"
_LATER_BLAST = re.compile(r"\s*(?:The|A)\s+(?:second|third|fourth|fifth)\s+(?:[\w-]+\s+)?(?:bomb|blast|explosion|"
                          r"device|IED|grenade|rocket|shell|mine)s?\b", re.IGNORECASE)
_SEPARATE = re.compile(r"\b(?:separate|elsewhere|another\s+(?:attack|blast|incident|explosion|raid))\b",
                       re.IGNORECASE)
# a later report of the toll: "X later said", "the latest figures", "a revised toll"
_LATER = re.compile(r"\b(?:later|latest|revised|updated)\s+(?:said|says|told|reported|put|gave|"
                    r"confirmed|stated|announced|figures?|tolls?|counts?|reports?|estimates?)\b",
                    re.IGNORECASE)
# a clause after a semicolon told by a source of its own: "The ministry said 29 soldiers died;
# security sources told AFP 35 troops had been killed" (a rival report)
_OWN_SOURCE = re.compile(r"\s*(?:[A-Za-z-]+\s+){1,4}(?:said|says|told|reported|claimed)\b")
_RIVAL = re.compile(r"\b(?:initial(?:ly)?|early\s+reports?|first\s+reports?|later|claim\w*|however|"
                    r"but|while|whereas|though|although|reports?|conceded|admitted|acknowledged)\b", re.IGNORECASE)
# (not "Police confirmed the attack but said eight people were killed": the attack, not the toll)
_SETTLED = re.compile(r"\b(?:confirm\w*(?!\s+(?:the|an?)\s+(?:attack|incident|raid|killings?|ambush|clash\w*|"
                      r"explosion|blast|bombing)\b)|later|latest|final|finally|subsequent\w*|revised|updated|"
                      r"now|since|eventually|afterwards|following\s+(?:days?|weeks?))\b",
                      re.IGNORECASE)
_CAPTIVES = {"hostage", "captive", "abductee", "victim"}
_HELD = {"hostage", "captive", "abductee"}
_COLLECTIVE = set(_W["collective_nouns"])
_UNSPEC = _W["unspecified"]
_CASUALTY_NOUNS = {"casualty", "causality", "casualties", "causalities"}
_EXTRA_WORDS = {"also", "additionally", "additional", "another", "further", "more"}


def _is_extra(tok: Token, head: Token) -> bool:
    """Told as more people than those counted before: "five of whom were also killed", "Many
    others wounded", "Two more people died", "the toll did not include six attackers, who were
    all killed"."""
    if head.dep_ == "dobj" and head.head.lemma_.lower() in ("include", "count") and any(
            c.dep_ == "neg" for c in head.head.children):
        return True
    if head.lower_ in ("others", "more") and not _than(head):
        return True  # "Many others wounded", "killed 6 more"
    if head.lower_ == "another" and head.dep_ in ("nsubj", "nsubjpass"):
        return True  # "and another was shot dead": one more
    if tok.lemma_.lower() in ("die", "succumb") and of_wounds(tok):
        return True  # "Two later died of their wounds": people counted wounded, not killed
    if tok.lemma_.lower() in ("die", "succumb") and (
            any(c.lower_ == "later" for c in tok.children)
            and any(w.lemma_.lower() in CARE_PLACES for w in tok.sent)
            or tok.dep_ == "relcl" and any(w.lemma_.lower() in CARE_PLACES for w in tok.head.subtree
                                          if w.i < tok.i)):
        return True  # "taken to a hospital in Kaduna, where two later died", "rushed to the ...
        #              Teaching Hospital, where three died"
    if _of_the_wounded(head) and _outcome(tok) == "killed":
        return True  # "Two of the wounded later died"
    if tok.lemma_.lower() in ("die", "succumb") and head.like_num and _of_the_wounded(tok) and any(
            c.lower_ == "of" and c.i < head.i for c in tok.children):
        return True  # "Of the 5 wounded, one died the following day"
    if any(c.lower_ == "in" and any(g.lower_ == "addition" and not any(
            h.lower_ == "to" for h in g.children) for g in c.children) for c in tok.children):
        return True  # "In addition, two soldiers died"
    # ("the bodies of 4 more victims": the people after "of")
    bodies = head
    head = next((g for c in head.children if c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj" and head.lemma_.lower() in ("body", "corpse")), head)
    # (or of the bodies themselves: "5 more bodies of victims of Tuesday's shelling")
    counts = [c for c in head.children if c.dep_ == "nummod"] + (
        [c for c in bodies.children if c.dep_ == "nummod"] if bodies.i != head.i else [])
    if any(g.lower_ in ("more", "additional") and g.i > n.i and not _than(g)
           for n in counts for g in n.children):
        return True  # "4 more victims", the parser hanging "more" after the number
    if head.dep_ in ("nsubj", "nsubjpass") and head.head == tok and counts and any(
            c.dep_ == "amod" and c.lower_ == "other" for c in head.children) and not any(
            t.lower_ in ("including", "among") for t in tok.sent):
        return True  # "Police said 2 other people were killed" (not "including seven other people")
    act = tok.head if tok.dep_ in ("acomp", "oprd") else tok  # ("shot dead")
    if act.pos_ == "VERB" and any(c.dep_ == "advmod" and c.lower_ == "then" for c in act.children) and any(
            c.dep_ == "nsubj" and c.lower_ in ("they", "he", "she") for c in act.children):
        return True  # "they then shot dead three people at the nearby market": the attackers went on
    # ("Additionally, 4 bodies were found": the verb a noun outcome is the subject of)
    verb = [*tok.head.children] if tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass") else []
    return any(c.lower_ in _EXTRA_WORDS and not _than(c)
               for c in [*tok.children, *head.children, *(g for n in counts for g in n.children),
                         *verb]
               if c.dep_ in ("advmod", "amod", "det") or c.dep_ == "quantmod" and c.lower_ == "another")


def _than(tok: Token) -> bool:
    """"more than 30": a bound, not more people."""
    return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "than"


def _is_plus(head: Token) -> bool:
    """A victim joined by "plus": "three deaths, plus the bomber" (more people, not a part), or
    told "in addition to" a toll ("the toll was revised to 30 people killed, in addition to three
    assailants who were killed")."""
    if head.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "plus" for c in head.head.children):
        return True
    end = head.idx + len(head)
    return head.dep_ == "pobj" and any(m.end() == end for m in _ADDITION.finditer(
        doc_text(head.doc), max(head.sent.start_char, head.idx - 50), end))


_NOT_KNOWN = "numbers not known"


def _unspecified_reports(doc: Doc, sent, found: list[Casualty]) -> list[Casualty]:
    """"Casualties reported, numbers not known": deaths reported without a number.

    ACLED codes them as "several" (``unspecified.count``); a casualty noun counts only when the
    sentence also says its number is not known, since "casualties" alone may be injuries.
    """
    if any(c.outcome == "killed" for c in found):
        return []
    end = sent.end
    while end < len(doc) and doc[end - 1].text == ";":
        # ("resulted in fatalities; numbers not known": the clause after the semicolon)
        end = next((s.end for s in doc.sents if s.start == end), len(doc))
    words = set(token_strings(doc)[1][sent.start:end])
    if not (words & set(_UNSPEC["number_words"])) or not (words & {"not", "unknown", "unclear"}):
        return []
    out = []
    for tok in sent:
        if tok.lemma_.lower() not in _UNSPEC["nouns"] or tok.tag_ != "NNS":
            continue
        if any(c.dep_ in ("det", "nummod") or c.lower_ in _VAGUE or c.like_num for c in tok.children):
            continue  # "no casualties", "five deaths": told elsewhere
        verb = tok.head
        if verb.lower_ == "in" and verb.head.lemma_.lower() in ("result", "end"):
            if tok.lemma_.lower() not in ("fatality", "death"):
                continue  # ("resulted in casualties" may be injuries)
            verb = verb.head  # "resulted in fatalities; numbers not known"
        if verb.lemma_.lower() not in _UNSPEC["report_verbs"] or any(c.dep_ == "neg" for c in verb.children):
            continue
        lo, best, hi = _UNSPECIFIED
        start, end = tok.idx, verb.idx + len(verb)
        if start > end:
            start, end = verb.idx, tok.idx + len(tok)
        out.append(Casualty("killed", _group(tok, sent), lo, best, hi, _NOT_KNOWN,
                            doc_text(doc)[start:end], start, end, sent.start_char,
                            clause=_clause_id(verb), unspecified=True))
        break
    return out
_UNSPECIFIED = tuple(_W["unspecified"]["count"])


def _antecedent(noun: Token) -> tuple[Token, tuple] | None:
    """The same noun counted before it in the text, its own sentence included ("escorting two
    kidnap suspects to court ... during which the suspects were killed"), with its count."""
    if noun.tag_ != "NNS" or not any(c.lower_ in ("the", "these", "those", "all") for c in noun.children):
        return None
    lemma = noun.lemma_.lower()
    # ("recovered from the killed terrorists": the terrorists told killed, not those injured)
    told = next((o for c in noun.children if c.dep_ == "amod" and (o := _outcome(c))), None)
    for tok in reversed(noun.doc[: noun.left_edge.i]):
        if tok.lemma_.lower() == lemma:
            if told is not None and _outcome(tok.head) not in (None, told):
                continue
            nums = _counted(tok)
            if nums:
                (lo, best, hi), _, _, _ = _quantity(nums[0])
                if best is not None:
                    return tok, (lo, best, hi)
    return None


def _antecedent_count(noun: Token, prior: list[Casualty]) -> tuple | None:
    """"The soldiers were killed": the count of the soldiers named before ("five soldiers")."""
    if noun.tag_ != "NNS" or not any(c.lower_ in ("the", "these", "those", "all") for c in noun.children):
        return None
    lemma = noun.lemma_.lower()
    found = _antecedent(noun)
    if found is not None:
        return _the_remaining(noun, found[0].i, found[1])
    if lemma in _CAPTIVES:
        taken = [c for c in prior if c.outcome == "abducted" and c.count_best]
        if taken:
            start = next((t.i for t in noun.doc if t.idx >= taken[0].end_char), noun.i)
            return _the_remaining(noun, start, (taken[0].count_min, taken[0].count_best, taken[0].count_max))
    return None


def _the_remaining(noun: Token, start: int, count: tuple) -> tuple:
    """"The remaining hostages were killed" after "abducted 31 passengers ... Nineteen of the
    hostages were released": the count told before less the parts of it told in between (12)."""
    if not any(c.dep_ == "amod" and c.lower_ == "remaining" for c in noun.children) or count[1] is None:
        return count
    lemma = noun.lemma_.lower()
    parts = [parse_number(t.text) for t in noun.doc[start: noun.i] if t.like_num and any(
        p.lower_ == "of" and any(g.dep_ == "pobj" and (g.lemma_.lower() in (lemma, *_HELD) or g.lower_ == "them")
                                 for g in p.children) for p in t.children)]
    rest = count[1] - sum(n or 0 for n in parts)
    if not parts or None in parts or rest <= 0:
        return count
    return rest, rest, rest


def _sentence_casualties(doc: Doc, sent, prior: list[Casualty] = (),
                         matches: list[tuple[str, int, int]] = (),
                         conventions: str = "acled") -> list[Casualty]:
    found: list[Casualty] = []
    used: set[int] = set()
    # only these lemmas can name an outcome or a zero; "to death" makes any verb one
    _, lowers, lemmas = token_strings(doc)
    any_verb = "death" in lowers[sent.start:sent.end]
    for i in range(sent.start, sent.end):
        if not any_verb and lemmas[i] not in _OUTCOME_LEMMAS:
            continue
        tok = doc[i]
        outcome = _outcome(tok)
        zero = _zero(tok, outcome, sent)
        if zero:
            found.extend(zero)
            continue
        taken = _bodies_of_the_taken(tok, [*prior, *found])
        if taken is not None:  # "Gunmen abducted two engineers ... Their bodies were found"
            # (hostages killed: other people than those killed when they were taken)
            found.append(replace(taken, outcome="killed", text=tok.text, start_char=tok.idx,
                                 end_char=tok.idx + len(tok), sent_start=sent.start_char,
                                 clause=_clause_id(tok), update=False, extra=False, more=False,
                                 bare=False, part=False, headline=False, plain=False, report=-1,
                                 captive=True))
            continue
        if outcome is not None and tok.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "neg" for c in tok.children):
            continue  # "Afghan, a former senator, was not harmed", "the driver was not injured"
        if outcome is None or _is_grievance(tok) or is_running_total(tok) or _aggregate_toll(tok) \
                or is_earlier_event(tok, reported=outcome in ("killed", "wounded")) \
                or _not_this_event(tok) or natural_cause(tok, strict=True):
            continue
        if tok.lemma_.lower() in ("toll", "number", "tally", "figure", "count") and _NOT_A_TOLL_NUMBER.match(
                doc_text(doc), tok.idx):
            continue  # "raised the toll of the displaced to 3,000": no one killed
        if outcome == "abducted" and tok.lemma_.lower() in _HELD and tok.dep_ in ("nsubj", "nsubjpass") \
                and _outcome(tok.head) in ("killed", "wounded"):
            continue  # "Three hostages were killed during the rescue": of those taken, told by what befell them
        for head in _victim_heads(tok):
            # ("The victims included the groom, who was killed": its own outcome, a part)
            own_relcl = tok.dep_ == "relcl" and tok.head == head
            if (head.i, outcome) in used or _is_subset(head, outcome) and not (_listed_as(tok) or own_relcl):
                continue
            told = _head_count(head, list(prior))
            self_of = _reflexive_subject(tok) if head.lower_ in ("himself", "herself", "themselves") else None
            if head.lower_ == "themselves" and self_of is not None:
                told = _head_count(self_of, list(prior))  # "Two suicide bombers blew themselves up"
            if told is None:
                continue
            (lo, best, hi), quant, qs, qe, noun, count_toks = told
            if tok.dep_ in ("amod", "acl") and _partitive(quant or "") is not None:
                continue  # "kill three of 20 abducted travellers": the three are no abducted count
            # (the next to die of an event's people, not "A second farmer was killed in Kano")
            nth = (ordinal_of(head) if head.pos_ == "NOUN" else _bare_ordinal(head)) if (tok.lemma_.lower() in (
                "die", "succumb", "perish") or tok.lower_ == "dead" and tok.head.lemma_.lower() in (
                "find", "confirm", "declare", "pronounce") or head is tok and tok.lemma_.lower() in ("body", "corpse")
                and _found_body(tok)) and not _SEPARATE.search(_stext(sent)) else None
            if nth is None and tok.lemma_.lower() in ("body", "corpse") and _found_body(tok) \
                    and not _SEPARATE.search(_stext(sent)):
                # "rescuers pulled the body of a sixth victim from the debris": the toll is now 6
                nth = next((ordinal_of(g) for p in tok.children if p.lower_ == "of" for g in p.children
                            if g.dep_ == "pobj" and g in (head, *head.subtree) and ordinal_of(g)), None)
            # ("A fourth body was found": the toll is now 4)
            if nth is not None:  # "A seventh victim died": the toll is now 7
                lo = best = hi = nth
            if best is None and lo is None:
                continue
            unspecified = (lo, best, hi) == _UNSPECIFIED
            if unspecified and tok.lemma_.lower() in _CASUALTY_NOUNS:
                continue  # "an unknown number of casualties" may be injuries: counts nobody
            if noun is not None and noun.pos_ == "PRON" and _only_casualty(tok):
                group = "militants"  # "he was the only casualty", told of the attacker
            elif noun is not None and noun.dep_ == "attr" and noun.head.lemma_ == "be" and any(
                    c.lower_ in ("only", "sole") for c in noun.children) and any(
                    c.dep_ == "nsubj" and _GROUP_OF.get(c.lemma_.lower()) == "militants" for c in noun.head.children):
                group = "militants"  # "the bomber was the only person killed": the bomber, told again
            elif tok.lemma_.lower() == "lose" and _loser(tok) is not None and (
                    noun is None or noun.lemma_.lower() in ("own", "member", "man", "colleague")
                    or _group(noun, sent) == "unknown") \
                    and _group(_loser(tok), sent) != "unknown":
                group = _group(_loser(tok), sent)  # "the bandits lost three of their members"
            elif tok.lemma_.lower() == "lose" and _loser(tok) is not None and _armed_actor(_loser(tok)) is not None \
                    and (noun is None or noun.lemma_.lower() in ("own", "member", "man", "fighter", "colleague")
                         or _group(noun, sent) == "unknown"):
                group = _armed_actor(_loser(tok))  # "The SDF said it ... killing 7 tribal fighters and losing 2 of its members"
            elif tok.lemma_.lower() == "lose" and _loser(tok) is not None and _loser(tok).ent_type_ == "GPE" \
                    and noun is not None and noun.lower_ == "own" and _group(noun, sent) == "unknown":
                group = "military"  # "Ukraine said it killed 30 Russian soldiers, while losing 3 of its own"
            elif self_of is not None and tok.lemma_.lower() != "blow" and _group(self_of, sent) != "unknown":
                # "A soldier shot dead two colleagues ... and then killed himself": the soldier
                group = _group(self_of, sent)
            elif self_of is not None and self_of.like_num and not list(self_of.children) \
                    and _counted_before(self_of) is not None:
                group = _group(_counted_before(self_of), sent)  # "Three suicide bombers ...; two blew themselves up"
            elif self_of is not None and self_of.lower_ in ORDINALS and _the_rest_of(self_of) is not None \
                    and _group(_the_rest_of(self_of), sent) != "unknown":
                group = _group(_the_rest_of(self_of), sent)  # "... and the third blew himself up"
            elif self_of is not None and (self_of.lower_ in ORDINALS or self_of.lower_ == "first") and any(
                    _suicide_subject(t) for t in doc[:self_of.i] if t.pos_ == "NOUN"):
                group = "militants"  # "Two suicide bombers attacked ... The first blew himself up"
            elif noun is not None and noun.lower_ in ("himself", "herself", "themselves"):
                group = "militants" if any(_GROUP_OF.get(t.lemma_.lower()) == "militants"
                                            for t in sent) else "unknown"
            elif noun is None and count_toks and _the_rest_of(count_toks[0]) is not None:
                group = _group(_the_rest_of(count_toks[0]), sent)  # "...; the other two were shot dead"
            elif noun is None and tok.lemma_.lower() == "toll" and any(
                    c.dep_ in ("amod", "compound") and _GROUP_OF.get(c.lemma_.lower(), "unknown") != "unknown"
                    for c in tok.children):
                # "revised the civilian death toll to 35": the civilians' toll (not the bombers')
                group = next(_GROUP_OF[c.lemma_.lower()] for c in tok.children if c.dep_ in ("amod", "compound")
                             and _GROUP_OF.get(c.lemma_.lower(), "unknown") != "unknown")
            elif noun is None and _put_of(tok) is not None:
                group = _group(_put_of(tok), sent)  # "put the number of bandits killed at eight"
            elif noun is not None and noun.lemma_.lower() in ("death", "casualty", "fatality") and noun.dep_ == "dobj" \
                    and noun.head.lemma_.lower() in ("suffer", "sustain", "record", "incur") and _sufferer(noun.head) is not None \
                    and _group(_sufferer(noun.head), sent) != "unknown":
                # "the attackers lost 10 men to vigilantes, who themselves suffered 4 deaths": vigilantes
                group = _group(_sufferer(noun.head), sent)
            elif noun is not None and noun.lower_ == "other" and noun.tag_ == "JJ" and any(
                    c.dep_ == "det" and c.lower_ == "the" for c in noun.children) and any(
                    c.victim_group == "militants" and (c.implied or _SELF_TOLD.search(c.text)) for c in [*prior, *found]):
                # "One assailant detonated his belt, killing five ... and himself; the other was shot
                # dead": the other assailant
                group = "militants"
            elif noun is not None and noun.lower_ == "another" and noun.dep_ in ("nsubj", "nsubjpass") and found \
                    and found[-1].victim_group != "unknown" and found[-1].outcome != outcome:
                # "Two policemen were martyred and another was injured": another policeman
                group = found[-1].victim_group
            elif noun is None and found and found[-1].victim_group != "unknown" and not _SELF_TOLD.search(found[-1].text) \
                    and not (tok.lemma_.lower() == "toll" and _is_update(tok, head) and any(
                        c.outcome == outcome and c.victim_group not in (found[-1].victim_group, "unknown")
                        for c in [*prior, *found])):
                # (not the whole toll a sentence's more dead bring: "Six vigilantes were also
                # killed, bringing the death toll to 20")
                # (not the victims of those who "blew themselves up, killing four")
                # "Five soldiers killed, dozens wounded"; "wounding dozens more": the same people
                group = found[-1].victim_group
            elif noun is None and not found and prior and _after_semicolon(sent) and \
                    prior[-1].victim_group != "unknown" and prior[-1].sent_start < sent.start_char:
                # the same, in a clause after a semicolon: "... killed 71 soldiers; on Monday,
                # militants attacked it again, killing 6"
                group = prior[-1].victim_group
            elif _of_the_wounded(head) and len(_wounded_groups([*prior, *found])) == 1:
                # "One of the wounded died": the wounded counted before ("wounding nine
                # passengers"; a headline's "injures 12" of no group beside them)
                group = _wounded_groups([*prior, *found])[0]
            elif noun is None and count_toks and _one_of_before(count_toks[0]) is not None:
                group = _group(_one_of_before(count_toks[0]), sent)  # "Two bombers ... One was shot"
            elif noun is None and count_toks and _what_they_were(count_toks[0]) is not None:
                # "and seven were attackers killed as the community fought back"
                group = _group(_what_they_were(count_toks[0]), sent)
            elif noun is None and (quant or "").lower().startswith("a couple") and not any(
                    c.lower_ == "of" for t in count_toks for c in t.children):
                group = "civilians"  # "killing a couple and their daughter": a married couple
            elif noun is None and _forces_kill_militants(tok, sent):
                # "Military forces ambush a group of Boko Haram members, killing 30": the 30 are
                # the militants ambushed (so soldiers told killed later are more people)
                group = "militants"
            else:
                group = _group(noun, sent)
                ante = _antecedent(noun) if noun is not None and not count_toks else None
                if ante is not None and group in ("unknown", "civilians"):
                    # "seven Afghan Local Police members ... The members were killed": police
                    first = _group(ante[0], ante[0].sent)
                    group = first if first != "unknown" else group
            if noun is not None and best and (any(c.dep_ == "poss" and c.lower_ == "our" for c in noun.children) or (
                    tok.lemma_.lower() == "lose" and noun.lemma_.lower() in ("man", "hero", "soldier", "officer")
                    and any(c.dep_ == "nsubj" and c.lower_ == "we" for c in tok.children) and _state_teller(tok))):
                # "'Ten of our brave men embraced martyrdom,' Khan said" after "killing 10 policemen":
                # the speaker's own, counted before (also "'We lost 21 brave men,' a spokesman said")
                group = next((c.victim_group for c in reversed([*prior, *found]) if c.outcome == outcome
                              and c.count_best == best and c.victim_group != "unknown"), group)
            if nth is not None and group == "unknown":
                # "killing two policemen ... A third officer died of his injuries": the third of
                # the two counted before, of their group
                group = next((c.victim_group for c in reversed([*prior, *found]) if c.outcome == outcome
                              and c.count_best == nth - 1 and c.victim_group != "unknown"), group)
            used.add((head.i, outcome))
            # more people than those counted before, unless told of another incident
            # (not an ordinal, which tells the toll: "A third brother died of his wounds": 3)
            more = _is_extra(tok, head) and not _SEPARATE.search(_stext(sent)) and nth is None
            if more and head.lower_ == "others" and (not any(
                    c.outcome == outcome for c in [*prior, *found]) or any(
                    c.outcome != outcome and c.outcome in ("killed", "wounded") and c.count_best
                    and not c.more for c in found)):
                # "killing 32 people and wounding 63 others": others than the dead, no more
                # wounded than any told ("The ambulance service transported 63 wounded people";
                # "Two killed, five injured ... Two men were killed and five others injured": 5)
                more = False
            if more and head.tag_ == "NNS" and any(c.dep_ == "amod" and c.lower_ == "other" for c in head.children) \
                    and not any(c.outcome == outcome for c in [*prior, *found]):
                # ("... and an Indian soldier were killed. Two other soldiers were wounded": other
                # than the dead, the first wounded told)
                more = False
            if more and head.lower_ == "others" and best is not None and any(
                    c.outcome == outcome and c.count_best == best and not c.more for c in prior):
                # ("killing 17 soldiers and wounding 20 ... '17 of our soldiers fell on the field of
                # honour and 20 others were wounded'": the 20 told again)
                more = False
            if more and tok.lemma_.lower() in _HOSPITALISE | {"hospital", "remain"} | set(_SHOT["survival"]) and any(
                    a.lemma_.lower() == "remain" for a in [tok, *tok.ancestors][:2]):
                # "Six others remained hospitalized" after two of the wounded died: those left
                # (also "Seventeen others remained in hospital")
                more = False
            last_told = max((c for c in [*prior, *found] if c.outcome in ("killed", "wounded") and c.count_best),
                            key=lambda c: c.end_char, default=None)
            if tok.lemma_.lower() in ("die", "succumb") and head.pos_ == "NUM" and any(
                    p.lower_ == "of" and any(g.lower_ == "them" for g in p.children) for p in head.children) \
                    and (last_told is None or last_told.outcome == "wounded") \
                    and not _AT_ONCE.match(doc_text(doc), tok.idx + len(tok)):
                # (not "Four of them died at the scene": those killed outright)
                # "wounded 3 ... One of them died on Tuesday": one more dead (not "Two soldiers were
                # killed ... One of them died on the way to hospital": one of the two)
                more = True
            if more and noun is not None and noun.tag_ in ("NN", "NNS") and noun.lemma_.lower() == "bomber" \
                    and any(c.lower_ in ("the", "this", "that", "these", "those") for c in noun.children) and not any(
                    c.dep_ == "amod" and c.lower_ in ("second", "other", "third") for c in noun.children) \
                    and any(
                    ((c.quantifier or "").lower() in ("himself", "herself") or noun.tag_ == "NNS" and _SELF_TOLD.search(c.text))
                    and c.outcome == outcome for c in [*prior, *found]):
                # "blew himself up ... The bomber was also killed": one person ("Three female
                # suicide bombers blew themselves up ... The three bombers also died": three)
                more = False
            if tok.lower_ == "loss" and noun is not None and any(
                    d.dep_ == "poss" and d.lower_ in ("its", "their") for d in noun.children):
                # "its fighters killed 9 government troops ..., while admitting the loss of 4 of its
                # own men": the men of the side that told it
                side = next((c for a in tok.ancestors for c in a.children if c.dep_ == "nsubj"
                             and _group(c, sent) != "unknown"), None)
                group = _group(side, sent) if side is not None else group
            if outcome in ("killed", "wounded") and _claims_its_own(tok, noun, head) and not (
                    tok.lemma_.lower() in ("lose", "loss") and any(c.outcome == "killed" for c in found)):
                # (not its own losses told beside its killing of others: other people)
                # a side's own figure of its dead: a rival figure of the dead counted before (the
                # lowest is coded: "Troops killed 20 ISWAP fighters ... ISWAP said 5 of its fighters
                # died", 5; "killing two. The group claimed 8 of its members were killed", 2)
                group = next((c.victim_group for c in reversed([*prior, *found]) if c.outcome == outcome
                              and c.count_best), group)
            said, plain = _said_toll(tok, noun), _plain_toll(tok, outcome)
            span_toks = [t for t in (head, tok, noun) if t is not None]
            # "killed 5 people in Mera and 3 in Gidan Rana": more people, though told without a noun
            verb = tok.head if tok.dep_ == "oprd" else tok
            gapped = head.dep_ == "conj" and head.pos_ == "NUM" and head.i > tok.i and (
                head.head == verb or head.head.head == verb and head.head.dep_ in ("dobj", "oprd")
                and head.i + 1 < len(doc) and doc[head.i + 1].lower_ in ("in", "on", "at", "from", "among")
                and not any(c.dep_ != "prep" for c in head.children)
                or tok.pos_ == "NOUN" and head.i + 1 < len(doc) and doc[head.i + 1].lower_ == "among")
            if gapped and found and found[-1].clause == _clause_id(tok):
                # (told as the count before it was: "killed 6 civilians in Saltivka and 2 in Kyivskyi")
                said, plain = found[-1].said, found[-1].plain and not found[-1].said
            start = min(qs, *(t.idx for t in span_toks))
            end = max(qe, *(t.idx + len(t) for t in span_toks))
            if head.dep_ == "pobj" and _is_plus(head):  # (the evidence keeps "in addition to")
                start = min([start, *(m.start() for m in _ADDITION.finditer(
                    doc_text(doc), max(sent.start_char, head.idx - 50), head.idx + len(head))
                    if m.end() == head.idx + len(head))])
            found.append(Casualty(outcome, group, lo, best, hi, quant, doc_text(doc)[start:end], start,
                                  end, sent.start_char, clause=_clause_id(tok),
                                  update=_is_update(tok, head) or is_totalled(tok, head)
                                  or nth is not None,
                                  # ("and the bodies of three of those abducted were later found": people of their own)
                                  # (a gapped count is as bare as the count before it)
                                  bare=found[-1].bare if gapped and found else noun is None
                                  and head.lower_ not in ("dead", "couple") and not _own_clause(tok, head)
                                  and not _of_the_taken(head) and not _of_those_taken(head),
                                  part=bool(_listed_as(tok)) or _of_its_staff(head, group) or _of_the_counted(head, outcome) or (
                                      # ("the deputy commander, one of those injured, succumbed")
                                      outcome == "wounded" and head.like_num and _of_the_wounded(head)
                                      and not any(d.dep_ == "nummod" for p in head.children if p.lower_ == "of"
                                                  for g in p.children for d in g.children)) or (
                                      noun is None and bool(count_toks) and _what_they_were(count_toks[0]) is not None) or (
                                      # ("Two of the children killed were siblings": who some were)
                                      tok.dep_ == "acl" and _who_some_were(tok)) or (
                                      own_relcl and _is_subset(head, outcome)),
                                  # (the attacker who killed himself is no one of those he
                                  # killed: "blew himself up, killing 8 people" is 9)
                                  extra=more or gapped or _is_plus(head) or (
                                      self_of is not None and not _ATTACKER_AMONG.search(doc_text(doc))),
                                  more=more,
                                  another=_another_one(head),
                                  coded=_coded_figure(tok),
                                  unspecified=unspecified,
                                  initial=_initial(sent, tok),
                                  settled=bool(_SETTLED.search(_stext(sent))),
                                  later=bool(_LATER.search(_stext(sent))) and not more,
                                  by_attackers=outcome in ("killed", "wounded") and _by_attackers(tok),
                                  nation=group == "unknown" and (noun is not None and noun.ent_type_ == "NORP"
                                  and noun.tag_ in ("NNS", "NNPS") or noun is None and _nation_of_the_first(tok)),
                                  sans_attackers=group != "militants" and bool(_SANS_ATTACKERS.search(_stext(sent))),
                                  victim_word=noun.lemma_.lower() if noun is not None and noun.pos_ == "NOUN" else "",
                                  doer_word=_doer_word(tok),
                                  toll=tok.lemma_.lower() == "toll" or bool(_put_at(tok)) or said,
                                  plain=plain or said,
                                  put_by=plain and _put_by_source(tok),
                                  said=said and not plain,
                                  claimed=outcome in ("killed", "wounded") and not _own_losses(noun, head, group)
                                  and _claimed_by_militants(tok, noun),
                                  captive=outcome in ("killed", "wounded") and (
                                      noun is not None and noun.lemma_.lower() in _HELD or _of_the_taken(head)),
                                  single=not count_toks and best == 1 and noun is not None
                                  and (noun.tag_ in ("NN", "NNP") or noun.lower_ == "other" or (
                                      noun.lower_ in ("himself", "herself") and _nth_of_counted(noun.head)))
                                  and noun.lemma_.lower() not in _NOT_ONE,
                                  named_one=noun is not None and _one_of_many(noun, tok),
                                  specific=group == "unknown" and noun is not None and (
                                      noun.pos_ == "NOUN" and noun.lemma_.lower() not in _GROUP_OF
                                      and noun.lower_ not in _GROUP_OF
                                      # ("Two officers sustained minor injuries": police or
                                      # soldiers, no total of the attackers hurt after them)
                                      or noun.lemma_.lower() in ("officer", "trainee")
                                      # ("and the other was moderately injured": one person)
                                      or noun.lower_ == "other" and any(d.lower_ == "the" for d in noun.children))))
    found.extend(_pattern_casualties(doc, sent, found, matches))
    lemmas = token_strings(doc)[2]
    only = next((doc[i] for i in range(sent.start, sent.end) if lemmas[i] in ("casualty", "causality")
                 and _only_casualty(doc[i])), None)
    if only is not None and not any(c.outcome == "wounded" for c in found):
        # "The assailant was the only reported casualty": no one else was hurt
        found.append(Casualty("wounded", "unknown", 0, 0, 0, "only", only.text, only.idx,
                              only.idx + len(only), sent.start_char, clause=-2))
    found = _each_side(sent, _died_of_the_hurt(_fatally(sent, found)))
    found = _risen_numbers(doc, sent, found)
    found.extend(_additions(doc, sent, found, prior))
    if conventions == "gtd" and not _BOMBER_AMONG.search(doc_text(doc)):
        found.extend(_detonations(doc, sent))
    found.extend(_unspecified_reports(doc, sent, found))
    rival = _rival_bare_figure(sent, found, prior)
    if rival and rival[0].report >= 0:
        # (two reports of one sentence set apart by a comma: each its own report, the lowest wins)
        found = [replace(c, report=rival[0].report - 1) if c.sent_start == rival[0].sent_start and c.outcome
                 == rival[0].outcome and c.report < 0 else c for c in found]
    found.extend(rival)
    return _spread(doc, sent, _breakdowns(found), implicit=conventions == "acled")


def _own_clause(tok: Token, head: Token) -> bool:
    """A count without a noun that is the subject of an outcome verb joined to another: "Three
    passengers were killed on the spot, and two died in hospital" (more people, not another
    report of the same)."""
    if any(c.dep_ == "aux" and c.lower_ in ("may", "might", "could") for c in tok.children) or any(
            t.lower_ == "according" for t in tok.subtree) or any(
            t.lower_ in ("many", "up") for t in head.subtree if t.i < head.i):
        return False  # "and as many as 15 may have died", "and 11 died, according to a leader"
    if head.dep_ == "dobj" and head.head == tok and tok.dep_ == "conj" and _outcome(tok.head) is not None \
            and any(c.dep_ == "nsubj" and c.lower_ in _LATER_ORDINALS | {"other"} for c in tok.children):
        return True  # "The first explosion killed four people and the second killed seven": 11
    if head.dep_ == "conj" and head.like_num and any(c.dep_ == "cc" and c.lower_ == "and" for c in head.head.children) \
            and (any(c.lower_ in ("another", "more") for c in head.children) or all(
                any(c.dep_ == "prep" and c.lower_ in _WHERE_PREPS for c in t.children) for t in (head, head.head))):
        return True  # "killed 34 people in Kubwat and 19 in Kulben", "... and another 19": more people
    return head.dep_ in ("nsubj", "nsubjpass") and head.head == tok and tok.dep_ == "conj" \
        and _outcome(tok.head) is not None


def _breakdowns(found: list[Casualty]) -> list[Casualty]:
    """"killed 8 people, 5 soldiers and 3 others": a total then the counts it is made of, which
    add up to it. The parts stand (they name the groups), the total goes; parts that add up to
    less leave the rest of a total of people unnamed."""
    out = list(found)
    for r in found:
        if r.bare or not r.count_best or r.count_min != r.count_best:
            continue
        parts = [o for o in found if o is not r and o.outcome == r.outcome and o.clause == r.clause
                 and o.end_char > r.end_char and o.count_best]
        told = sum(o.count_best for o in parts)
        # (a total of people, not a first group: "killing 7 soldiers, 4 police officers and 3
        # civilians" is 14)
        people = r.text.split()[-1].lower() in ("people", "persons") or r.victim_group == "unknown"
        if len(parts) >= 2 and told == r.count_best and people:
            out.remove(r)
        elif len(parts) >= 2 and told < r.count_best and \
                r.text.split()[-1].lower() in ("people", "persons"):
            # "killed 11 people, 6 soldiers and 4 civilians": the parts and one more person
            i = out.index(r)
            out[i] = replace(r, count_min=r.count_best - told, count_best=r.count_best - told,
                             count_max=r.count_best - told,
                             quantifier=f"{r.quantifier} less {told} counted apart")
    return out


def _pattern_casualties(doc: Doc, sent, found: list[Casualty],
                        matches: list[tuple[str, int, int]]) -> list[Casualty]:
    """Counts the parse missed, read off the ``fallback`` token patterns of the sentence.

    Args:
        doc: the parsed article.
        sent: the sentence the matches lie in.
        found: the counts the parse already gave for this sentence; a match touching one of them
            is left out, so the patterns only fill gaps.
        matches: (pattern name, start token, end token) of the fallback Matcher in ``sent``.

    Returns one Casualty per count word of the longest match of each outcome word:
    "Six soldiers and 44 Boko Haram fighters reportedly killed" gives 6 military and 44 militants.
    """
    taken = [(c.start_char, c.end_char) for c in found]

    def covered(tok: Token) -> bool:
        return any(a <= tok.idx < b for a, b in taken)

    best: dict[int, tuple[str, int, int]] = {}
    for name, s, e in matches:
        out_i = e - 1 if name.startswith("count_first") else s
        if out_i not in best or e - s > best[out_i][2] - best[out_i][1]:
            best[out_i] = (name, s, e)
    out: list[Casualty] = []
    for out_i, (name, s, e) in sorted(best.items()):
        tok = doc[out_i]
        if name.startswith("outcome_first") and any(c.dep_ == "det" for c in tok.children):
            continue  # "the accidental killing of two civilians": a cause told as background
        # (a count of the hurt the parse gave no outcome: "and 12 more wounded remain hospitalised")
        outcome = _outcome(tok) or ("wounded" if tok.lower_ in ("wounded", "injured", "hurt") else "killed")
        span = doc[s:e]
        if tok.lemma_.lower() in _NON_VICTIMS:
            continue  # "recorded 94 massacres": events counted, not people
        if any(covered(t) for t in span) or is_running_total(tok) or _is_grievance(tok) or _aggregate_toll(tok) \
                or is_earlier_event(tok, reported=outcome in ("killed", "wounded")) \
                or natural_cause(tok, strict=True) or _not_this_event(tok):
            continue
        if name.startswith("update"):
            # (not a toll of many events: "The toll from violence in the state this year rose")
            # (nor a number of a year's dead: "The number of people killed in Zamfara this year
            # rose to 300")
            if not any(t.lemma_.lower() == "toll" and (_aggregate_toll(t) or _cumulative(t, t.head))
                       or t.i < span.start and _outcome(t) and is_running_total(t) for t in sent):
                out.extend(_revision(doc, sent, found, name, span))
            continue
        if "with_wounds" in name and (any(t.lemma_.lower() in _FREED for t in doc[sent.start:s]) or _EARLIER_HURT.match(
                doc_text(doc), span.end_char, sent.end_char)):
            # "rescued 12 hostages, two of them with gunshot wounds": hurt who knows when; "one of
            # them with a bullet wound sustained in a clash last month": hurt before
            continue
        counts = _span_counts(span, name)
        if not counts:
            continue
        last = out_i if name.startswith("count_first") else e
        for k, count in enumerate(counts):
            lo, best_n, hi, quant, q_start = _token_quantity(count, s)
            if best_n is None or ((lo, best_n, hi) == _UNSPECIFIED and tok.lemma_.lower() in _CASUALTY_NOUNS):
                continue  # "an unknown number of casualties" counts nobody
            limit = counts[k + 1].i if k + 1 < len(counts) else last
            noun = _noun_after(count, limit)
            if noun is not None and _not_people(noun):
                continue  # "killing 50 cows"
            if name.startswith("outcome_first") and any(
                    c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and _outcome(c) != outcome
                    for t in (count, noun) if t is not None for c in t.children):
                continue  # "had been wounded and more than 11,000 displaced": a verb of their own
            if noun is not None:
                group = _group(noun, sent)
            elif _what_they_were(count) is not None:  # "seven were attackers killed"
                group = _group(_what_they_were(count), sent)
            elif found and found[-1].victim_group != "unknown":
                group = found[-1].victim_group
            else:
                group = "unknown"
            end_tok = max(tok, noun or count, count, key=lambda t: t.i)
            start = min(q_start, tok.idx)
            end = end_tok.idx + len(end_tok)
            if [t.lower_ for t in doc[count.i + 1: count.i + 3]] == ["of", "the"] and \
                    count.i + 3 < len(doc) and doc[count.i + 3].lower_ in ("dead", "victims"):
                continue  # "police said 2 of the dead were vigilantes": part of a total
            if _is_subset(tok) and tok.lower_ in ("dead", "victims", "deceased", "fatalities"):
                continue  # "The four other dead were members of the local security force"
            nxt = doc[count.i + 1] if count.i + 1 < len(doc) else None
            more = (nxt is not None and nxt.lower_ in ("more", "additional") and not _than(nxt)
                    or _is_extra(sent.root, count)) and not _SEPARATE.search(_stext(sent))
            out.append(Casualty(outcome, group, lo, best_n, hi, quant, doc_text(doc)[start:end], start,
                                end, sent.start_char, clause=_clause_id(tok),
                                bare=noun is None and not _of_those_taken(count), unspecified=(lo, best_n, hi) == _UNSPECIFIED,
                                extra=more, more=more,  # "the bodies of 4 more victims"
                                # ("seven were attackers killed": some of the dead, described)
                                part=noun is None and _what_they_were(count) is not None or (
                                    tok.dep_ == "acl" and _who_some_were(tok)),
                                # ("JNIM claimed responsibility, saying its fighters had inflicted
                                # hundreds of casualties": a claim)
                                claimed=outcome == "killed" and group != "militants"
                                and _claimed_by_militants(tok, noun)))
    return out


_FREED = {"rescue", "free", "release", "liberate"}
# (the wounded as a whole, not a part of them: "The number of injured policemen rose to 4")
_HURT_TOLL = re.compile(r"\bnumber\s+of\s+(?:the\s+)?(?:injured|wounded)\s+(?:was|has|had|is|rose|stood|later|now|"
                        r"reached|climbed)\b", re.IGNORECASE)
_EARLIER_HURT = re.compile(r"[^.;]*?\b(?:last\s+(?:week|month|year)|previous|earlier|ago|in\s+(?:a|an)\s+(?:earlier|previous|"
                           r"past)\b)", re.IGNORECASE)


def _revision(doc: Doc, sent, found: list[Casualty], name: str, span) -> list[Casualty]:
    """A later figure that replaces the first: "This number was later revised upward to 19",
    "At least 71 people were killed (later, 76)". Returns one update row, or none."""
    num = span[-1] if span[-1].like_num else span[-2]
    lo, best, hi, quant, _ = _token_quantity(num, span.start + 1)
    if best is None or _NOT_A_TOLL_NUMBER.search(doc_text(doc), sent.start_char, span.end_char):
        # ("The number of villagers displaced later rose to 500", "raised the toll of the displaced
        # to 3,000": no one killed)
        return []
    if any(t.lemma_.lower() in RISE_VERBS and any(c.dep_ == "aux" and c.lower_ in _NOT_DONE for c in t.children)
           for t in span):
        return []  # "Residents warned the toll could rise to 20": a fear, no figure
    outcome, group = "killed", "unknown"
    if name.startswith("update_number_of"):
        # "revised the number of soldiers killed to 14": that group's toll
        of = next(t for t in span if t.lower_ == "of")
        # the people named after "of": before "killed" ("of soldiers killed"), or after "dead"
        # ("of dead gunmen")
        told = next(u.i for u in span if u.lower_ in ("killed", "dead", "slain"))
        end = told if told > of.i + 1 else next(t.i for t in span if t.lower_ == "to")
        noun = next((t for t in reversed(span[of.i - span.start + 1:end - span.start])
                     if t.pos_ in ("NOUN", "PROPN") and t.lower_ not in ("dead", "killed", "slain")), None)
        group = _group(noun, sent) if noun is not None else "unknown"
        return [Casualty(outcome, group, lo, best, hi, quant, span.text, span.start_char, span.end_char,
                         sent.start_char, clause=-3, update=True,
                         victim_word=noun.lemma_.lower() if noun is not None else "")]
    if name == "update_later_aside":
        before = [c for c in found if c.start_char < span.start_char]
        if not before:
            return []
        outcome, group = before[-1].outcome, before[-1].victim_group
    else:
        words = {t.lower_ for t in sent}
        # (also a clause after a semicolon that revises the toll told before it: "Officials
        # initially said 31 people were killed; this was later updated to 65")
        before = sent.doc[sent.start - 1].sent if _after_semicolon(sent) else None
        told = before is not None and any(t.lower_ in ("this", "it") for t in sent[:2]) and any(
            _outcome(t) == "killed" for t in before)
        told_hurt = [c for c in found if c.end_char <= span.start_char]
        if _HURT_TOLL.search(sent.text) or told_hurt and told_hurt[-1].outcome == "wounded" and re.search(
                r"\b(?:a|the|this|that)\s+(?:figure|number|tally)\s+(?:\w+\s+)?$",
                doc_text(doc)[max(sent.start_char, span.start_char - 30):span.start_char], re.IGNORECASE):
            # "the number of injured was later updated to 22", "initially reported 15 wounded, a
            # figure later revised to 21"
            outcome = "wounded"
        elif not (words & _TOLL_WORDS or told) or any(_outcome(t) == "wounded" for t in sent
                                                      if t.i < span.end):
            # (the wounded told after the figure are no figure of theirs: "the figure was later
            # revised to 28, with 57 wounded")
            return []
        before_span = doc_text(doc)[sent.start_char:span.start_char]
        if re.search(r"\bsince\s+(?:January|February|March|April|May|June|"
                                                               r"July|August|September|October|November|December|"
                                                               r"(?:19|20)\d\d|the\s+start|early|last)\b", before_span):
            # "The number of villagers displaced later rose to 500": no one killed; "The number of
            # civilians killed in Ituri since January rose to 640": a running total
            return []
        revised = {c.victim_group for c in found if c.outcome == outcome and c.end_char <= span.start_char
                   and c.count_best}
        if len(revised) == 1:  # "announced that 29 soldiers died ..., then corrected the figure to 28": soldiers
            group = revised.pop()
        of_whom = [g for t in sent if t.i < span.start and t.lemma_.lower() in ("number", "toll", "tally")
                   for p in t.children if p.lower_ == "of" for g in p.children
                   if g.dep_ == "pobj" and _is_person(g)]
        if of_whom and _group(of_whom[0], sent) != "unknown":
            group = _group(of_whom[0], sent)  # "The number of villagers killed later rose to 16": villagers
    return [Casualty(outcome, group, lo, best, hi, quant, span.text, span.start_char, span.end_char,
                     sent.start_char, clause=-3, update=True)]


def _is_count(tok: Token) -> bool:
    doc = tok.doc
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].is_alpha \
            and not doc[tok.i + 2].like_num and not doc[tok.i + 1].whitespace_:
        return False  # "a partially destroyed five-story building", "a two-day siege": no count of people
    if tok.like_num:
        if tok.ent_type_ == "DATE" and tok.is_alpha and tok.ent_iob_ == "B" and (
                tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I"):
            return True  # "Sixty reported Boko Haram deaths": a number word alone is no date
        return "/" not in tok.text and (tok.ent_type_ not in ("DATE", "TIME", "ORDINAL", "MONEY",
                                                               "PERCENT", "QUANTITY") or _dateless(tok))
    return tok.lower_ in _VAGUE_TOKENS


def _span_counts(span, name: str) -> list[Token]:
    """The count words of a fallback match, in order.

    A vague word before a number is part of a bound ("as many as 30"), and a count after "or"
    is another estimate of the same people ("four or five"): neither counts on its own.
    """
    toks = list(span)
    if any(not _in_parens(t) and _is_count(t) for t in toks):
        # "Eleven (some sources claim 20)": the aside is another report, the lowest figure wins
        toks = [t for t in toks if not _in_parens(t)]
    counts = []
    for i, t in enumerate(toks):
        if not _is_count(t):
            if name == "outcome_first_pair" and t.lower_ in ("a", "an", "one") and i > 0 and \
                    toks[i - 1].lower_ == "and":
                counts.append(t)
            continue
        if not t.like_num and any(u.like_num for u in toks[i + 1: i + 3]):
            continue
        if not t.like_num and t.i > t.sent.start and t.doc[t.i - 1].lower_ == "the":
            continue  # "the number of bombers killed is not known" is no count
        if i > 0 and toks[i - 1].lower_ in ("or", "and") and counts and \
                toks[i - 1].lower_ == "or":
            continue
        if i > 1 and toks[i - 1].lower_ == "and" and toks[i - 2].like_num and \
                toks[i - 2].i > 0 and t.doc[toks[i - 2].i - 1].lower_ == "between":
            continue  # "between 6 and 12": the upper end of a range (the match may start after "between")
        counts.append(t)
    return counts


def _token_quantity(tok: Token, span_start: int) -> tuple:
    """(min, best, max, quantifier, start char) of a count word, with the bound words before it."""
    doc = tok.doc
    m = re.fullmatch(r"(\d+)\s*[-–]\s*(\d+)", tok.text)
    if m and int(m.group(1)) < int(m.group(2)):
        a, b = int(m.group(1)), int(m.group(2))
        return a, a, b, tok.text, tok.idx
    # the bound may lie before the match: "an unknown number of casualties", "forty to sixty"
    look = max(tok.sent.start, min(span_start, tok.i - 4))
    before = [t for t in doc[look: tok.i] if t.text not in _QUOTES]
    words = [t.lower_ for t in before]
    to = _risen_to(tok)  # a change, not a range: "the toll rose from 12 to 18" is 18
    if to is not None:
        n = parse_number(to.text)
        return n, n, n, to.text, to.idx
    if len(before) >= 2 and words[-1] in ("to", "-", "–") and before[-2].like_num:
        a, b = parse_number(before[-2].text), parse_number(tok.text)
        if a is not None and b is not None and a < b:
            return a, a, b, doc_text(doc)[before[-2].idx: tok.idx + len(tok)], before[-2].idx
    if len(before) >= 3 and words[-1] == "and" and before[-2].like_num and words[-3] == "between":
        # ("between 12 and 20 people killed" matched from its upper end)
        a, b = parse_number(before[-2].text), parse_number(tok.text)
        if a is not None and b is not None and a < b:
            return a, a, b, doc_text(doc)[before[-3].idx: tok.idx + len(tok)], before[-3].idx
    nxt = doc[tok.i + 1: tok.i + 3]
    if words and words[-1] == "between" and len(nxt) == 2 and nxt[0].lower_ in ("and", "to") \
            and nxt[1].like_num:
        a, b = parse_number(tok.text), parse_number(nxt[1].text)
        if a is not None and b is not None and a < b:
            return a, a, b, doc_text(doc)[before[-1].idx: nxt[1].idx + len(nxt[1])], before[-1].idx
    if tok.lower_ in ("a", "an", "one"):
        return 1, 1, 1, tok.text, tok.idx
    word = tok.lower_
    if word == "number" and not any(c.dep_ in ("det", "amod") and c.i < tok.i for c in tok.children):
        return None, None, None, tok.text, tok.idx  # "Number of fatalities unknown": no count
    for n in (2, 1):  # "a large number", "a number"
        key = " ".join(words[-n:] + [word]) if len(words) >= n else None
        if key in _VAGUE:
            lo, best, hi = _VAGUE[key]
            return lo, best, hi, key, before[-n].idx
    bound = None
    tail = " ".join(words)
    for b in sorted(_BOUNDS, key=len, reverse=True):
        if tail == b or tail.endswith(" " + b):
            bound = b
            break
    lo, best, hi = count_of(word, bound)
    start = before[-len(bound.split())].idx if bound else tok.idx
    return lo, best, hi, doc_text(doc)[start: tok.idx + len(tok)], start


def _noun_after(count: Token, limit: int) -> Token | None:
    """The noun naming the people of a count: the last word of the first noun run after it."""
    run: list[Token] = []
    for t in count.doc[count.i + 1: limit]:
        if t.pos_ in ("NOUN", "PROPN") and not _outcome(t):
            run.append(t)
        elif run:
            break
        elif t.pos_ in ("ADJ", "DET") or t.text in _QUOTES or t.lower_ in ("of", "reported", "confirmed"):
            continue  # "Sixty reported Boko Haram deaths"
        else:
            break
    return run[-1] if run else None


_BACKGROUND_OPENING = re.compile(
    r"(?<=[.!?]\s)(?:In\s+(?:(?:early|late|mid-?)\s*)?(?:(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\s+)?(?:19|20)\d\d|Last\s+(?:year|month)|Earlier\s+this\s+(?:year|month)"
    r"|(?:Two|Three|Four|Five|Six|\d+)\s+(?:years|months)\s+ago)\s*,")


def _spread(doc: Doc, sent, found: list[Casualty], implicit: bool = True) -> list[Casualty]:
    """A total for several events, shared evenly: this event's part.

    "Six assailants were killed across the three raids" gives 6 / 3 = 2; so does a total told after
    "This was one of three related attacks" (how GTD and ACLED summaries code each event's share).
    ``implicit``: also share a toll over the days or the places the text counts (ACLED's events
    of one place and day).
    """
    if not found:
        return found
    if _BETWEEN_TWO.search(_stext(sent)):
        return _shared(found, 2)
    each = _EACH.search(_stext(sent))
    if each and not re.search(r"\bnumbers?\b[^.;]{0,25}$", _stext(sent)[:each.start()]):
        # "killing 4 people in each village": each place's own toll (not "unknown exact number
        # from each location")
        return found
    m = _SPREAD.search(_stext(sent)) or _in_events(doc, sent, found)
    one_of = _ONE_OF.search(doc_text(doc), 0, sent.start_char)
    if m and not implicit and not one_of and re.search(r"(?:explosion|blast|detonation|device|bomb)s?$", m.group(0),
                                                        re.IGNORECASE):
        # (GTD: the blasts of one incident are one incident's: "a second explosive device detonated
        # as journalists arrived. ... 20 people were killed ... across both explosions")
        return found
    if one_of and not m and _THIS_EVENT.search(_stext(sent)):
        # "This was one of three related attacks. Two officers were killed in this attack": its own
        return found
    if not m and not one_of and not implicit:
        return found
    if not m and not one_of:
        # a toll over several days: ACLED codes each day's share (its rule for such totals)
        # (a line is a paragraph: news written one paragraph a line names the places of its
        # background in lines of their own, "seized towns including Lalibela and Gondar")
        para_start = doc_text(doc).rfind("\n", 0, sent.start_char) + 1
        # (from the sentence's own end: a sentence may end with its paragraph's break)
        para_end = doc_text(doc).find("\n", sent.start_char + len(_stext(sent).rstrip()))
        para = doc_text(doc)[para_start: para_end if para_end != -1 else len(doc_text(doc))]
        # (not a background sentence after it, told in a past period of its own: "In March 2021,
        # attacks on three villages near Tillaberi killed 137 people")
        later = _BACKGROUND_OPENING.search(para, sent.start_char - para_start + len(_stext(sent)))
        if later:
            para = para[:later.start()]
        # (nor a series' total after it: "Attacks on five villages in the district that night
        # claimed 25 lives altogether")
        for other in doc.sents:
            if other.start_char > sent.start_char and para_start <= other.start_char < para_start + len(para) \
                    and _ALL_TOLD.search(_stext(other)) and any(_aggregate_toll(t) for t in other):
                para = para[:other.start_char - para_start]
                break
        days = _day_count(para, _stext(sent)) or _into_next_day(doc, para_start, para_start + len(para))
        places = _place_count(para, (sent.start_char - para_start, sent.end_char - para_start))
        if days and places:
            return _shared(found, days * places)
        return _shared(found, days or places)
    word = (m.group(1) or "").lower() if m else ""
    n = 2 if word == "both" else parse_number(word) if word else None
    if n is None:
        n = parse_number(one_of.group(1)) if one_of else None
    return _shared(found, n)


_THIS_EVENT = re.compile(r"\b(?:in|during|by)\s+this\s+(?:particular\s+)?(?:attack|incident|assault|"
                         r"bombing|blast|explosion|raid|ambush|strike)\b"
                         # one blast of its own: "killed ... in the blast", "The explosion killed eight"
                         r"|\b(?:in|by)\s+the\s+(?:blast|explosion)\b(?!\s+(?:and|or)\b)"
                         r"|^\s*The\s+(?:blast|explosion)\s+(?:also\s+)?(?:killed|wounded|injured|left)\b",
                         re.IGNORECASE)
# a count of each place: "killing 4 people in each village", "two from each village"
_EACH = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens)\s+"
                   r"(?:[\w-]+\s+){0,2}?(?:in|at|from|of)\s+each\b", re.IGNORECASE)
_PLURAL_EVENTS = re.compile(r"\b(?:attacks|raids|clashes|assaults|killings|incidents)\b", re.IGNORECASE)


def _place_count(text: str, told: tuple[int, int] | None = None) -> int | None:
    """How many places a paragraph says its toll is spread over ("in three villages"), if any.

    ACLED codes one event per location and day and shares the toll among them; the ways of
    naming several places that count are ``place_split.rules`` in the data. ``told`` is the
    span of the sentence that tells the toll: when the places are named in another sentence and
    this one names just one of them ("attack Gamboru and Ngala towns. The attack began on a base
    in Gamboru, ... fifteen deaths reported"), the toll is that place's, not shared.
    """
    for rule in _PS["rules"]:
        # the first naming of places of this kind that is not passed over below
        m = next((m for m in _PLACE_RULES[rule].finditer(text) if (
            (not m.group(2) or _ACROSS_TOLL.search(text, max(0, m.start() - 60), m.start()))
            and not _SIDES_AFTER.match(text, m.end())
            if rule == "counted" else not (_parts_of_one_town(text, m) or _origin_pair(text, m, rule)))),
            None)
        if not m:
            continue
        if rule == "counted":
            if told is not None and m.start() >= told[1] and _SAID_AFTER.search(
                    text[text.rfind(". ", 0, m.start()) + 1: m.start()]):
                continue  # (not places a source counts after the toll: "The US said the strikes targeted 13 sites")
            n = 2 if m.group(2) else parse_number(m.group(1))
        else:
            if rule == "named_pair" and _LIST_BEFORE.search(text, 0, m.start()):
                # the pair ends a longer list ("at Ngamdu, Mainok and Jakana locations"): the
                # list, unless its first name is the sentence's opening phrase ("On Sunday, Mainok
                # and Jakana villages", "In Gwoza, Pulka and Ashigashiya villages"); a list that
                # is the opening phrase counts whole ("At Ngamdu, Mainok and Jakana locations, ...")
                m = next((lm for lm in _PLACE_RULES["named_list"].finditer(text, max(0, m.start() - 200))
                          if lm.end() == m.end() and (text[lm.end():].lstrip().startswith(",") or (
                              not _OPENS_SENTENCE.search(text, 0, lm.start())
                              and not _OPENING.match(text, lm.start())))), m)
            names = next(g for g in m.groups() if g)
            names = re.sub(r"\([^)]*\)", "", names)
            listed = [x.strip() for x in re.split(r",|\band\b", names) if x.strip()]
            n = len(listed)
            if told is not None and not (m.start() < told[1] and told[0] < m.end()):
                sentence = text[told[0]:told[1]]
                named = [x for x in listed if re.search(rf"\b{re.escape(x)}\b", sentence)]
                if len(named) == 1 and not _PLURAL_EVENTS.search(sentence):
                    return None  # (not "... said 20 people were killed in the attacks")
        if n and 1 < n <= _PS["max"]:
            return n
    return None


_SAID_AFTER = re.compile(r"\b(?:said|says|stated|claimed|reported|announced)\b", re.IGNORECASE)
# the two sides of a fight, not places: "Two rival communities clashed over land", "Two
# communities, Ezillo and Ezza, clashed"
_SIDES_AFTER = re.compile(r"(?:\s*\([^()]{0,60}\))?(?:\s*,[^,.;]{0,60},)?\s+(?:have\s+|had\s+|were\s+)?(?:clash\w*|fought|fight\w*|"
                          r"battl\w*|feud\w*|engaged)\b", re.IGNORECASE)
# "killing 10 people across both villages": "across both" told of the toll itself
_ACROSS_TOLL = re.compile(r"\b(?:kill\w*|dead|died|deaths|wounded|injured)\s+(?:[\w,-]+\s+){0,4}?(?:across|in|at)\s+$",
                          re.IGNORECASE)
_LIST_BEFORE = re.compile(_NAME + r"\s*,\s*$")
# an opening phrase that ends in a comma: "On Sunday, ...", "In Gwoza, ...", "According to X, ..."
_OPENERS = (r"(?:In|On|At|According\s+to|During|After|Before|By|From|Since|Near|Across|Around|"
            r"Like|Unlike|For|With)\s+(?:the\s+)?")
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?;:]\s+|\n)\s*" + _OPENERS + r"$")
_OPENING = re.compile(_OPENERS + r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                      r"January|February|March|April|May|June|July|August|September|October|"
                      r"November|December)\b")


def _origin_pair(text: str, m: re.Match, rule: str) -> bool:
    """"youths from Onne and Ogu communities attacked": who the people are, not where; "Residents
    fled to the villages of Kareto and Gubio": where they went."""
    if rule != "named_pair":
        return False
    before = text[max(0, m.start() - 40):m.start()]
    # (nor the two sides of a clash: "Clashes between Ezza-Effium and Effium communities", "A
    # dispute between Ikot Offiong and Oku Iboku communities", "Youths of Aguleri and Umuleri
    # communities clashed", "Mbaise and Ngor communities clashed")
    return bool(re.search(r"(?:\bfrom|\b(?:fled|flee|fleeing|flees|escaped|relocated|moved|ran)\s+(?:to|into))"
                          r"\s+(?:the\s+)?$", before)) or bool(_SIDES_BEFORE.search(before)) \
        or bool(_SIDES_AFTER.match(text, m.end()))


_SIDES_BEFORE = re.compile(r"(?i:\bbetween|\b(?:youths|members|people|residents|indigenes|natives)\s+of)\s+(?:the\s+)?"
                           r"(?:[A-Z][\w'’]*[\s-]+)*$")


_TOWN_AREAS_AFTER = re.compile(r"\s+of\s+(?:the\s+)?((?:[A-Z][\w'’-]*\s*)+)(\w*)")
_REGION_WORDS = {"lga", "lgas", "local", "state", "council", "district", "area", "province"}
_TOWN_AREAS_BEFORE = re.compile(r"\b[A-Z][\w'’-]*\s+at\s+$")


def _parts_of_one_town(text: str, m: re.Match) -> bool:
    """Named areas that are parts of one town, where ACLED codes one event: "the Baure and
    Tunga areas of Awe", "enter Maiduguri at Polo and Giwa Barrack areas" (not the areas of a
    district or state, "Okokolo and Oweto areas of Agatu LGA", nor "local government areas")."""
    if not re.search(r"\bareas?\s*$", m.group(0), re.IGNORECASE) or re.search(
            r"\blocal\s+government\s+areas?\s*$", m.group(0), re.IGNORECASE):
        return False
    after = _TOWN_AREAS_AFTER.match(text, m.end())
    if after is not None:
        words = after.group(1).lower().split() + [after.group(2).lower()]
        return not any(w in _REGION_WORDS for w in words)
    return bool(_TOWN_AREAS_BEFORE.search(text, max(0, m.start() - 40), m.start()))


_FIGHT_WORDS = {"fight", "fighting", "clash", "battle", "gunfight", "shootout", "firefight",
                "attack", "assault", "raid", "siege", "offensive", "combat", "exchange"}
_GO_ON = {"continue", "last", "carry", "go", "rage"}


def _into_next_day(doc: Doc, start: int, end: int) -> int | None:
    """2 when a fight in the paragraph is told to run on into the next day: "a fight that
    started Sunday night and lasted until dawn the following day", "The attacks began late
    Monday night and carried on through the following morning". Only the fight itself: not a
    search, a curfew or a protest that went on."""
    key = "extract.casualties.go_on"
    if key not in doc.user_data:  # (once per Doc: every sentence with a toll asks)
        doc.user_data[key] = [i for i, w in enumerate(token_strings(doc)[2]) if w in _GO_ON]
    for i in doc.user_data[key]:
        tok = doc[i]
        if not start <= tok.idx < end:
            continue
        if tok.lemma_.lower() in ("carry", "go") and not any(c.lower_ == "on" for c in tok.children):
            continue
        into = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in (
            "into", "until", "till", "through", "throughout")]
        # ("until dawn the following day": the day hung on the verb)
        told = into + [c for c in tok.children if c.dep_ == "npadvmod"] if into else []
        if not any(any(t.lower_ in ("following", "next") for t in p.subtree) and any(
                t.lemma_.lower() in ("day", "morning", "dawn", "daybreak") for t in p.subtree)
                for p in told):
            continue
        verb = tok
        while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            verb = verb.head  # "began ... and carried on" (not "..., and mourning continued")
        subj = verb.head if verb.dep_ == "relcl" else next(
            (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.lemma_.lower() in _FIGHT_WORDS:
            return 2
    return None


_MEASURE_SPAN = re.compile(r"\b(?:curfews?|suspend\w*|shut\w*|closed?|bann?\w*|restrict\w*|mourn\w*|"
                           r"lockdown|internet|imposed|declared|detained|remanded|held\s+in\s+custody|"
                           r"protest\w*|block\w*|barricad\w*|demonstrat\w*|sit-ins?)\b",
                           re.IGNORECASE)


def _day_count(text: str, sentence: str = "") -> int | None:
    """How many days a paragraph says its toll spans ("over two days", "5-6 April"), if any; a
    span in words counts in the toll's own ``sentence`` only ("From 12 to 14 March ..., killing
    9": not "A curfew had been imposed from 12 to 14 March" after it)."""
    m = _DAY_PAIR.search(sentence)
    if m:  # "on 05/04 and 06/04", "from 30/11 to 02/12"
        a, b = int(m.group(1)), int(m.group(3))
        if m.group(2) != m.group(4):
            b += 30 if int(m.group(2)) in (4, 6, 9, 11) else 28 if int(m.group(2)) == 2 else 31
        if 1 < b - a + 1 <= _MAX_SHARED_DAYS:
            return b - a + 1
    m = _DAY_WORDS.search(sentence)
    if m:
        if m.group(1):
            a, b = int(m.group(1)), int(m.group(2))
        elif m.group(4)[:3].lower() == m.group(6)[:3].lower():
            a, b = int(m.group(3)), int(m.group(5))
        else:
            a, b = 0, 0  # across a month end in words: left whole
        if 1 < b - a + 1 <= _MAX_SHARED_DAYS:
            return b - a + 1
    days = next((d for d in _DAYS.finditer(text) if not _MEASURE_SPAN.search(
        text[text.rfind(". ", 0, d.start()) + 1: (text.find(". ", d.end()) + 1) or len(text)])), None)
    if days:
        # (not the span of a measure taken after it: "Internet services were suspended in the
        # district for five days")
        n = parse_number(next(g for g in days.groups() if g))
        return n if n is not None and 1 < n <= _MAX_SHARED_DAYS else None
    # "during the weekend of 01/04 - 03/04": when it happened is not known, not a span of days
    m = next((m for m in _DAY_RANGE.finditer(text) if not re.search(
        r"\bweek(?:end)?\s+of\s*$", text[max(0, m.start() - 20):m.start()], re.IGNORECASE)),
        None)
    if not m:
        return None
    if m.group(1):
        a, b = int(m.group(1)), int(m.group(2))
    else:
        a, b = int(m.group(3)), int(m.group(5))
        if m.group(4) != m.group(6):  # across a month end: "30/11 - 02/12"
            b += 30 if int(m.group(4)) in (4, 6, 9, 11) else 28 if int(m.group(4)) == 2 else 31
    n = b - a + 1
    return n if 1 < n <= _MAX_SHARED_DAYS else None


def _shared(found: list[Casualty], n: int | None) -> list[Casualty]:
    """Each count's share of ``n`` events, its quantifier saying so.

    The share of an outcome's total is rounded half up, and its groups' shares add up to it:
    each group gets its whole part, and what is left goes to the groups with the largest
    remainders ("three soldiers and nine assailants were killed across six attacks": 12 / 6 = 2,
    as 1 military and 1 militant, not 1 + 2).
    """
    if not n or n < 2:
        return found

    def share(v):
        return None if v is None else int(v / n + 0.5)

    best: dict[int, int] = {}
    for outcome in dict.fromkeys(c.outcome for c in found):
        mine = [i for i, c in enumerate(found) if c.outcome == outcome and c.count_best]
        target = share(sum(found[i].count_best for i in mine))
        for i in mine:
            best[i] = found[i].count_best // n
        left = target - sum(best[i] for i in mine)
        for i in sorted(mine, key=lambda i: (-(found[i].count_best % n), i))[:max(0, left)]:
            best[i] += 1
    def bound(v, c, i):
        # an exact count stays exact: its bounds are its share
        return best[i] if v == c.count_best else share(v)

    return [replace(c, count_min=bound(c.count_min, c, i), count_best=best[i],
                    count_max=bound(c.count_max, c, i), quantifier=f"{c.quantifier} (1/{n})")
            if c.count_best else c for i, c in enumerate(found)]


_GRIEVANCE = {"protest", "demonstrate", "condemn", "mourn", "decry", "against", "denounce", "barricade"}
_REVENGE = {"lynch"}
_ANGER = {"anger", "outrage", "enrage", "angered", "outraged", "enraged", "incensed", "incense"}


def _is_grievance(tok: Token) -> bool:
    """"protesting the death of a colleague", "angered at the discovery of a dead body": the cause
    of a protest or a riot, not a casualty of the event."""
    if tok.dep_ == "amod" and tok.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head  # "a dead body"
    if tok.dep_ == "pcomp" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() == "accuse" \
            and any(c.dep_ == "nsubj" and c.lemma_.lower() in _ROSE_UP for c in tok.head.head.children):
        return True  # "The youths ... accused the police of torturing the man to death": their cause
    if tok.pos_ not in ("NOUN", "PROPN") and tok.dep_ not in ("acl", "relcl", "advcl"):
        return False
    if tok.dep_ == "relcl" and any(c.lower_ == "where" or (c.dep_ == "prep" and any(
            g.lower_ == "which" for g in c.children)) for c in tok.children):
        return False  # "a protest in which two people were killed": killed at it
    ups = list(tok.ancestors)[:7]
    if any(a.lemma_.lower() in _GRIEVANCE or a.lower_ in _GRIEVANCE for a in ups):
        return True
    if tok.lemma_.lower() in ("death", "killing") and tok.dep_ == "pobj" and tok.head.lower_ in (
            "following", "after") and any(  # "Following the killing of two civilians by police a
            # group attempts to lynch the officers": the mob's cause
            c.dep_ == "xcomp" and c.lemma_.lower() in _REVENGE for a in ups for c in a.children):
        return True
    # "youths rioted after a man died in custody", "rioters burned a police station following the
    # death of a man": the death a crowd rose over (not "Gunmen attacked Kauru after a man died")
    # ("following" may be read as a verb with the death its object)
    after = tok.head if (tok.dep_ == "pobj" and tok.head.lower_ in ("following", "after") or
                         tok.dep_ == "dobj" and tok.head.lower_ == "following") else None
    if after is None and tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "after"
                                                    for c in tok.children):
        after = tok
    if after is not None and _crowd_act(after.head):
        return True
    if after is not None and tok.lemma_.lower() in ("death", "killing", "murder") \
            and after.head.pos_ == "VERB" and _outcome(after.head) == "killed" and any(
                c.dep_ == "dobj" for c in after.head.children):
        return True  # "A mob killed two herders following the death of a farmer": what they avenged
    # "angered at the discovery of a dead body", not "Outrage as soldiers kill 12 villagers"
    return any((a.lemma_.lower() in _ANGER or a.lower_ in _ANGER) and any(
        c.dep_ == "prep" and c.lower_ in ("at", "by", "over") and c.i < tok.i <= c.right_edge.i
        for c in a.children) for a in ups)


_CROWD_VERBS = {"riot", "protest", "demonstrate", "rampage"}
_CROWD_ACTS = {"burn", "torch", "storm", "barricade", "block", "attack", "set", "vandalise", "vandalize",
               "loot", "destroy"}
# crowds that rose, whose accusations are their cause (not "Residents accused soldiers of killing 10")
_ROSE_UP = {"rioter", "youth", "protester", "protestor", "mob", "demonstrator", "crowd"}
_CROWDS = _ROSE_UP | {"resident", "villager", "student", "trader", "people"}


def _crowd_act(verb: Token) -> bool:
    """A crowd's rising: "youths rioted", "rioters burned a police station"."""
    lemma = verb.lemma_.lower()
    if lemma in _CROWD_VERBS:
        return True
    return lemma in _CROWD_ACTS and any(c.dep_ == "nsubj" and c.lemma_.lower() in _CROWDS
                                        for c in verb.children)


def _clause_id(tok: Token) -> int:
    # counts under one outcome verb (and its conjoined verbs) are disjoint groups of one clause
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    return tok.i


_AGGREGATE_EVENTS = {"attack", "violence", "clash", "raid", "killing", "incident", "bombing"}


def _aggregate_toll(tok: Token) -> bool:
    """A toll of several events, not this one's: "raising the death toll from attacks in the
    area this week to 31", "the toll from herder attacks in Benue this year", "This was one of
    three related bombings in the city that day, which together killed 20 people"."""
    if tok.pos_ == "VERB" and any(c.lower_ in ("together", "combined", "jointly") and c.dep_ == "advmod"
                                  for c in tok.children) and _ONE_OF_SEVERAL.search(_stext(tok.sent)):
        return True
    if _ALL_TOLD.search(_stext(tok.sent)) and (_SERIES.search(_stext(tok.sent)) or any(
            c.dep_ == "nsubj" and c.tag_ == "NNS" and c.lemma_.lower() in _AGGREGATE_EVENTS
            and any(t.like_num and t.i > c.i for t in c.subtree)  # ("Attacks on five villages"; not "The clashes")
            for c in (tok.head if tok.dep_ in ("oprd", "dobj") else tok).children)):
        # "The attack was part of a coordinated wave across the province that left 31 dead in
        # total", "Attacks on five villages in the district that night claimed 25 lives altogether"
        return True
    if tok.lemma_.lower() != "toll":
        return False
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "from" and any(
                g.lemma_.lower() in _AGGREGATE_EVENTS and g.tag_ == "NNS" for g in c.subtree):
            return True
    # (not the time of the report: "Earlier this week, the death toll from Sunday's attack rose to 22")
    words = ["", *(t.lower_ for t in tok.head.subtree)]
    return any(a == "this" and b in ("week", "month", "year") and w not in ("earlier", "later")
               for w, a, b in zip(words, words[1:], words[2:]))


def _is_update(tok: Token, head: Token) -> bool:
    if any(t.lemma_.lower() == "toll" and t != tok and _aggregate_toll(t) for t in tok.subtree):
        return False  # ("were also killed, bringing the death toll from attacks in the area this month to 46")
    words = {t.lemma_.lower() for t in [*tok.subtree, *tok.ancestors][:40]}
    # ("had raised the toll to 55 dead": the toll beside the count, on the same verb)
    return bool(words & {"rise", "climb", "increase", "reach", "jump", "mount", "bring", "raise",
                          "revise"}) and (
        tok.lemma_.lower() in ("toll", "death", "fatality") or "toll" in words or any(
            c.lemma_.lower() == "toll" and c.dep_ in ("dobj", "nsubj") for a in list(tok.ancestors)[:3]
            if a.lemma_.lower() in ("raise", "revise", "bring") for c in a.children))


def _no_before_list(tok: Token) -> bool:
    """A noun joined to one that "no" is on: "No fatalities or injuries were reported", "No damage
    or casualties reported"."""
    head = tok
    while head.dep_ == "conj" and head.head.i < head.i and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head
    return head is not tok and any(c.dep_ == "det" and c.lower_ == "no" for c in head.children) and any(
        c.dep_ == "cc" and c.lower_ in ("or", "and", "nor") for c in head.children)


def _not_any(tok: Token) -> bool:
    """"did not cause any casualties", "There were not any injuries": "any" under a negated verb."""
    return any(c.dep_ == "det" and c.lower_ == "any" for c in tok.children) and tok.dep_ in (
        "dobj", "attr", "nsubj", "nsubjpass") and any(c.dep_ == "neg" for c in tok.head.children)


def _zero(tok: Token, outcome: str, sent) -> list[Casualty]:
    """"no casualties", "no one was hurt", "no deaths": zero counts."""
    lemma = tok.lemma_.lower()
    doc = tok.doc
    without = tok.head.lower_ == "without" or (
        tok.dep_ == "dobj" and tok.head.dep_ == "pcomp" and tok.head.head.lower_ == "without")
    if lemma in _ZERO_NOUNS and (any(c.lower_ == "no" for c in tok.children) or (
            without and lemma in ("casualty", "causality", "fatality", "death", "loss"))
            or _no_before_list(tok) or _not_any(tok)) and (
            lemma != "life" or tok.head.lemma_.lower() in ("lose", "claim")):
        # (a life only lost: "no lives were lost"; "without (causing) casualties")
        outs = _ZERO_NOUNS[lemma]
    elif outcome is None:
        return []
    elif tok.pos_ == "VERB" and any(c.lower_ in ("nobody", "no-one", "none") or
                                     (c.lower_ == "one" and any(g.lower_ == "no" for g in c.children))
                                     for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")) or (
            tok.pos_ == "VERB" and any(c.lower_ in ("nobody", "no-one", "none") and c.dep_ == "dobj"
                                       for c in tok.children)):  # "killing nobody"
        # ("no one was hurt": no one killed either; "none (of the passengers) was injured" tells
        # only of the hurt)
        outs = [outcome] if outcome != "wounded" or any(
            c.lower_ == "none" for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")) \
            else ["killed", "wounded"]
    else:
        return []
    first = next((c for c in tok.subtree), tok)
    last = max((c for c in tok.children if c.dep_ == "dobj" and c.lower_ in ("nobody", "no-one", "none")),
               key=lambda c: c.i, default=tok)
    start, end = min(first.idx, tok.idx), last.idx + len(last)
    # "no military deaths", "no police casualties": the group its modifier names
    group = next((g for c in tok.children if c.dep_ in ("amod", "compound", "nmod")
                  and (g := _GROUP_OF.get(c.lemma_.lower())) and g != "unknown"), "unknown")
    return [Casualty(o, group, 0, 0, 0, "no", doc_text(doc)[start:end], start, end,
                     sent.start_char, clause=-2) for o in outs]


# ("Zamfara: Soldier, civilian killed", "Kano man, wife killed", "Boy, 14, trader killed")
_PAIR = re.compile(r"\s*(?:[A-Z][\w ]{0,20}:\s*)?(?:An?\s+)?(?:[A-Z][a-z]+\s+)?([A-Za-z-]+),\s+(?:\d+,\s+)?"
                   r"(?:an?\s+|his\s+|her\s+)?([a-z]+)\s+(?:shot\s+|hacked\s+|stabbed\s+)?"
                   r"(killed|dead|injured|wounded|hurt|abducted|kidnapped)\b")


def _headline_pair(sent) -> list[Casualty]:
    """A headline's two bare people: "Soldier, civilian killed as bandits attack village" (one
    each; the parser reads such a line as a name)."""
    m = _PAIR.match(_stext(sent))
    if not m:
        return []
    words = [m.group(1).lower().split("-")[-1], m.group(2).lower()]
    groups = [_GROUP_OF.get(w) or ("unknown" if w in _ASSOCIATES else None) for w in words]
    if any(g is None or w.endswith("s") for g, w in zip(groups, words)):
        return []  # (person words, one each)
    outcome = _OUTCOMES.get({"dead": "die", "injured": "injure", "wounded": "wound", "hurt": "hurt",
                             "abducted": "abduct", "kidnapped": "kidnap"}.get(m.group(3), "kill"))
    start = sent.start_char + m.start(1)
    out = []
    for i, (w, g) in enumerate(zip(words, groups), 1):
        ws, we = sent.start_char + m.start(i), sent.start_char + m.end(i)
        out.append(Casualty(outcome, g, 1, 1, 1, w, doc_text(sent.doc)[start: sent.start_char + m.end()],
                            ws, we, sent.start_char, clause=_clause_id(sent.root), single=True,
                            named_one=True))
    return out


# "The number of people killed in the attack has risen to 19, and the number of injured to 54"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_FIGURE = (r"(\d[\d,]*|(?:" + _TENS + r")(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|"
           r"five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
           r"nineteen)\b")
_NUMBER_OF = re.compile(r"\bnumber\s+of\s+(?:the\s+)?(?:people\s+|persons\s+)?(killed|dead|injured|wounded)\b"
                        r"(?=\s+(?:in|at|from|during|has|have|had|rose|risen|climbed|increased|reached|to)\b|\s*[,;])"
                        r"[^.;]{0,60}?\bto\s+" + _FIGURE, re.IGNORECASE)
_RISEN = re.compile(r"\b(?:risen|rose|rises|climbed|increased|jumped|reached|gone\s+up)\b", re.IGNORECASE)
# "... rose to 17 and the injured to 40": the second figure of a risen toll, its verb left out
_AND_THE = re.compile(r"\band\s+(?:that\s+of\s+)?the\s+(?:number\s+of\s+)?(injured|wounded|dead|killed)\s+"
                      r"to\s+" + _FIGURE, re.IGNORECASE)


def _risen_numbers(doc: Doc, sent, found: list[Casualty]) -> list[Casualty]:
    """A toll that rose, told of the wounded too: "The number of people killed in the attack has
    risen to 19, and the number of injured to 54", "The death toll has risen to 12, with 43
    people injured": the later figures of the event (not a period's: "this year")."""
    text = _stext(sent)
    if not _RISEN.search(text) or _PERIOD.search(text):
        return found
    out = list(found)
    if any(c.update and c.outcome == "killed" for c in found):
        # ("with 43 people injured" told with the risen toll)
        out = [replace(c, update=True) if c.outcome == "wounded" and not c.update else c for c in out]
    for m in [*_NUMBER_OF.finditer(text), *_AND_THE.finditer(text)]:
        if m.re is _AND_THE and not any(c.update for c in out):
            continue  # (only the second figure of a risen toll)
        outcome = "killed" if m.group(1).lower() in ("killed", "dead") else "wounded"
        n = parse_number(m.group(2))
        start, end = sent.start_char + m.start(), sent.start_char + m.end()
        if n is None or any(c.outcome == outcome and c.start_char < end and start < c.end_char for c in out):
            continue
        out.append(Casualty(outcome, "unknown", n, n, n, m.group(2), m.group(0), start, end,
                            sent.start_char, clause=-4, update=True))
    return out


_EACH_SIDE = re.compile(r"\beach\s+side\b", re.IGNORECASE)
_SIDE_AFTER = re.compile(r"\s*(?:dead|killed|people|persons|members|fighters)?\s*(?:on|from|of)\s+each\s+side\b(?!\s+of)",
                         re.IGNORECASE)
# ("Two fighters from each side were killed": the side told inside the count's own words)
_SIDE_WITHIN = re.compile(r"(?:\S+\s+){1,3}?(?:on|from|of)\s+each\s+side\b(?!\s+of)", re.IGNORECASE)
_SIDE_BEFORE = re.compile(r"\beach\s+side\s+(?:lost|had)\s+(?:at\s+least\s+|about\s+)?\w+(?:\s+\w+)?\s*$", re.IGNORECASE)


def _each_side(sent, found: list[Casualty]) -> list[Casualty]:
    """"Each side lost 4 members", "leaving 4 dead on each side": the count of each of the two
    sides (8); not "four on each side" after the total ("left eight people dead, four on each
    side"), nor each side of a road or a border, nor "each side had accused the other"."""
    if not _EACH_SIDE.search(_stext(sent)):
        return found
    text = doc_text(sent.doc)

    def per_side(c: Casualty) -> bool:
        return bool(_SIDE_AFTER.match(text, c.end_char) or _SIDE_WITHIN.match(
            text[c.start_char: c.end_char]) or _SIDE_BEFORE.search(
            text[max(sent.start_char, c.start_char - 30): c.end_char]))

    out = []
    for c in found:
        total = any(o is not c and o.outcome == c.outcome and o.count_best == 2 * (c.count_best or 0)
                    for o in found)
        if c.outcome in ("killed", "wounded") and c.count_best and per_side(c) and not total:
            c = _recounted(c, lambda v: 2 * v, f"{c.quantifier} (each side)")
        out.append(c)
    return out


_KILLED_WORDS = re.compile(r"\b(?:kill\w*|dead|died|murder\w*|slain|slaughter\w*)\b", re.IGNORECASE)


def _fatally(sent, found: list[Casualty]) -> list[Casualty]:
    """"shooting five people, two of them fatally", "wounding six people, one of them fatally": the
    part told as fatal is killed, the rest wounded (a count of people told shot or hurt)."""
    if "fatally" not in _stext(sent) and "mortally" not in _stext(sent):
        return found
    for tok in sent:
        if tok.lower_ not in ("fatally", "mortally"):
            continue
        num = next((t for t in reversed(list(sent.doc[max(sent.start, tok.i - 4): tok.i]))
                    if t.like_num or t.lower_ in ("one", "all")), None)
        if num is None or not (any(t.lower_ in ("them", "whom") for t in sent.doc[num.i: tok.i])
                               or num.i == tok.i - 1 and num.i > sent.start
                               and sent.doc[num.i - 1].text == ","):
            continue  # ("two of them fatally", "injuring seven, one fatally")
        told = [c for c in found if c.outcome in ("killed", "wounded") and c.end_char <= num.idx
                and c.count_best]
        if not told:
            continue
        total = told[-1]
        if total.outcome == "killed" and _KILLED_WORDS.search(total.text):
            continue  # "killed four villagers, two of whom were fatally shot": how the dead died
        n = total.count_best if num.lower_ == "all" else parse_number(num.text)
        if n is None or n > total.count_best:
            continue
        part = sent.doc.char_span(num.idx, tok.idx + len(tok), alignment_mode="expand")
        dead = replace(total, outcome="killed", count_min=n, count_best=n, count_max=n,
                       quantifier=num.text, text=part.text if part is not None else num.text,
                       start_char=num.idx, end_char=tok.idx + len(tok))
        rest = total.count_best - n
        hurt = replace(total, outcome="wounded", count_min=rest, count_best=rest, count_max=rest,
                       quantifier=f"{total.quantifier} less {n}")
        # (and not the part again, read as its own count: "shooting 6 people, two of them")
        found = [c for c in found if c is not total and not (
            c.outcome == "killed" and c.start_char <= num.idx < c.end_char)] + [dead] + ([hurt] if rest else [])
    return found


_WHERE_DIED = re.compile(r"(?:one|two|three|four|five|\d+)\s+(?:of\s+them\s+)?(?:later\s+)?(?:died|succumbed)\b",
                         re.IGNORECASE)


# "Two wounded officers have since died": the wounded told before, dead now
_WOUNDED_DIED = re.compile(r"\w+\s+(?:wounded|injured)\s+(?:[\w-]+\s+){0,2}?(?:have\s+|has\s+|had\s+)?"
                           r"(?:since\s+|later\s+|subsequently\s+)?(?:died|succumbed)\b", re.IGNORECASE)
# "one of whom later died", "One of them later succumbed", "Two of the wounded died in hospital"
# (the words between within the count's own clause: "One of the 50 people wounded in a bombing at
# a Catholic Mass in a university gymnasium in the southern Philippines died")
_OF_THE_HURT_DIED = re.compile(
    r"(?:(?:as|after|when|while|and)\s+)?\w+\s+of\s+(?:them|whom|(?:the|those)\s+(?:[\w-]+\s+){0,2}?(?:wounded|injured|victims))\b(?:[\s,]+[\w'’-]+){0,16}?"
    r"[\s,]+(?:(?:have|has|had)\s+)?(?:since\s+|later\s+|subsequently\s+)?(?:died|succumbed|passed\s+away)\b",
    re.IGNORECASE)
_WHERE_BEFORE = re.compile(r"\bwhere\s+$")
# "the wounded worker later succumbed to his injuries": the one told wounded before
_THE_HURT_BEFORE = re.compile(r"\bthe\s+(?:wounded|injured)\s+$", re.IGNORECASE)
# "Of the 5 wounded, one died the following day": the count's people named before it
_OF_THE_HURT_FRONT = re.compile(r"\bOf\s+the\s+(?:\w+\s+)?(?:wounded|injured)\s*,\s*$", re.IGNORECASE)
# a death at once, not of the wounded later: "Four of them died at the scene"
_AT_ONCE = re.compile(r"\s+(?:at\s+the\s+scene|on\s+the\s+spot|instantly|immediately|on\s+impact)\b", re.IGNORECASE)
# "A soldier was injured ... He died of his injuries on Monday": the one wounded
# ("He later died in hospital", "The victim succumbed to his injuries": a later death or one of
# the wounds; not "He died", which may tell another way of dying)
_HE_DIED_OF_WOUNDS = re.compile(r"(?:the\s+)?(?:he|she|victim)\s+(later\s+|subsequently\s+)?(?:died|succumbed|passed\s+away)"
                                r"((?:\s+(?:of|from|to)\s+(?:his|her)\s+(?:\w+\s+)?(?:injuries|wounds)|"
                                r"\s+(?:in|at)\s+(?:a\s+|the\s+)?hospital)\b)?", re.IGNORECASE)
_DIED = re.compile(r"\b(?:died|succumbed|passed\s+away|(?:confirmed|declared|pronounced)\s+dead)\b",
                   re.IGNORECASE)


# a count that died later or of its wounds: "One later died in hospital", "Two died of their injuries"
_COUNT_DIED = re.compile(r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
                         r"(later\s+|subsequently\s+)?(?:died|succumbed)$", re.IGNORECASE)
_OF_WOUNDS_AFTER = re.compile(r"\s+(?:later\b|subsequently\b|in\s+(?:a\s+|the\s+)?hospital\b|"
                              r"(?:of|from|to)\s+(?:his|her|their|the)\s+(?:\w+\s+)?(?:injuries|wounds)\b)",
                              re.IGNORECASE)


# "A fourth victim, who had been among the wounded, died": one of the wounded told before, in a
# toll told by an ordinal (one more dead, one fewer wounded)
_WAS_AMONG_HURT = re.compile(r"\b(?:had\s+been|was|were)\s+(?:among|one\s+of)\s+(?:the|those)\s+(?:[\w-]+\s+)?"
                             r"(?:wounded|injured)\b.*\b(?:died|succumbed|passed\s+away)\b", re.IGNORECASE)


_AMONG_HURT_DIED = re.compile(r"\bamong\s+(?:the|those)\s+(?:[\w-]+\s+)?(?:wounded|injured)\s+(?:was|were)\s+"
                              r"[^.;]*?\bwho\s+(?:later\s+|subsequently\s+|had\s+|has\s+since\s+)?"
                              r"(?:died|succumbed)", re.IGNORECASE)
# "wounded 9 people, including the presiding officer, who died in hospital": one of the wounded
# (also "wounded 12 people, among them a street vendor who later died", "A lieutenant who was among
# the wounded later died")
_INCLUDED_HURT_DIED = re.compile(r"\b(?:wounded|injured|wounding|injuring)\s+[^.;]{0,40}?,\s*(?:including|among\s+them)\s+"
                                 r"[^.;,]{1,60}?,?\s*who\s+(?:later\s+|subsequently\s+)?(?:died|succumbed)|"
                                 r"\bwho\s+(?:was|had\s+been)\s+(?:among|one\s+of)\s+the\s+(?:wounded|injured)\s+"
                                 r"(?:later\s+|subsequently\s+)?(?:died|succumbed)", re.IGNORECASE)
# "the death toll stood at 5, including one of the injured who had died overnight"
_TOLL_WITH_HURT = re.compile(r",?\s*including\s+(one|two|three|four|five|\d+)\s+of\s+the\s+(?:injured|wounded)"
                             r"\s+who\s+(?:had\s+|have\s+)?(?:later\s+|since\s+)?(?:died|succumbed)", re.IGNORECASE)
_ONE_OF_THE_HURT = re.compile(r",\s*one\s+of\s+(?:the|those)\s+(?:[\w-]+\s+)?(?:wounded|injured)\s*,.*\b(?:died|succumbed)\b",
                              re.IGNORECASE)


def _he_died_of_wounds(text: str, k: Casualty) -> bool:
    if k.count_best != 1:
        return False
    m = _HE_DIED_OF_WOUNDS.match(text, k.start_char) or (
        text[max(0, k.start_char - 4):k.start_char].lower() == "the " and _HE_DIED_OF_WOUNDS.match(
            text, k.start_char - 4))
    return bool(m and (m.group(1) or m.group(2)))


def _died_later(text: str, k: Casualty) -> bool:
    m = _COUNT_DIED.match(k.text)
    return bool(m and (m.group(1) or _OF_WOUNDS_AFTER.match(text, k.end_char)))


def _toll_with_the_hurt(doc: Doc, out: list[Casualty]) -> list[Casualty]:
    """A toll told with some of the wounded who died: "the death toll stood at 5, including one of
    the injured who had died overnight" (the toll stands; one fewer wounded)."""
    text = doc_text(doc)
    for k in [c for c in out if c.outcome == "killed" and (c.update or c.toll) and c.count_best]:
        m = _TOLL_WITH_HURT.match(text, k.end_char)
        n = parse_number(m.group(1)) if m else None
        if not n:
            continue
        hurt = max((w for w in out if w.outcome == "wounded" and w.end_char <= k.start_char and w.count_best
                    and not w.part and "less" not in (w.quantifier or "")), key=lambda w: w.end_char, default=None)
        if hurt is None or hurt.count_best < n:
            continue
        out = [_recounted(c, lambda v: max(v - n, 0), f"{c.quantifier} less {n}")
               if c.outcome == "wounded" and c.count_best == hurt.count_best and c.end_char <= k.start_char
               and "less" not in (c.quantifier or "") else c for c in out]
        # (a toll with one more dead than told before: the later figure)
        out = [replace(c, update=True) if c is k else c for c in out]
    return out


def _hurt_who_died(doc: Doc, out: list[Casualty]) -> list[Casualty]:
    """People told wounded who then died are no longer of the wounded: "The blast injured three
    people, one of whom later died" (1 killed, 2 wounded), "A bomb wounded five people. One of
    them later died" (1, 4), "The officer was seriously injured and later died" (1, 0). The
    wounded row told last before the death, of at least as many people."""
    text = doc_text(doc)
    for k in [c for c in out if c.outcome == "killed" and c.count_best]:
        # (not some of the wounded told before: "5 of those wounded later died")
        own = [w for w in out if w.outcome == "wounded" and w.start_char == k.start_char
               and _DIED.search(text, w.end_char, k.end_char) and not w.part]
        # (also "A third soldier, one of the wounded, died", "A third officer died of his injuries")
        among = k.update and bool(_WAS_AMONG_HURT.search(k.text) or _ONE_OF_THE_HURT.search(k.text) or (
            re.search(r"\b(?:died|succumbed)$", k.text) and _OF_WOUNDS_AFTER.match(text, k.end_char))) and (
            text[max(0, k.start_char - 12):k.start_char].split() or [""])[-1].lower() in ORDINALS
        # "among the wounded was the post commander, who died the next day": one of the wounded
        # (also "the deputy commander, one of those injured, succumbed to his wounds")
        among_hurt = any(m.end() == k.end_char for m in _AMONG_HURT_DIED.finditer(
            text, max(0, k.start_char - 160), k.end_char)) or (
            k.count_best == 1 and bool(_ONE_OF_THE_HURT.search(k.text))) or any(
            m.end() == k.end_char for m in _INCLUDED_HURT_DIED.finditer(text, max(0, k.start_char - 120), k.end_char))
        if own:  # "Two soldiers were wounded in the blast and later died": the same people
            hurt = own[0]
        elif among_hurt or _OF_THE_HURT_FRONT.search(text, max(0, k.start_char - 40), k.start_char) \
                or _THE_HURT_BEFORE.search(text, max(0, k.start_char - 20), k.start_char) \
                or _OF_THE_HURT_DIED.match(text, k.start_char, k.end_char) and not _AT_ONCE.match(
                text, k.end_char) or _WOUNDED_DIED.match(
                text, k.start_char, k.end_char) or (
                _WHERE_BEFORE.search(text, max(0, k.start_char - 8), k.start_char) and _WHERE_DIED.match(k.text)) \
                or _he_died_of_wounds(text, k) \
                or _died_later(text, k) or among:
            # ("They were rushed to hospital, where one later died"; "A soldier was injured when
            # militants fired ... He died of his injuries on Monday"): the last wounded told before
            # (not a part of them told as who they were: "The injured include three women")
            hurt = max((w for w in out if w.outcome == "wounded" and w.end_char <= k.start_char
                        and w.count_best and not w.part), key=lambda w: w.end_char, default=None)
            if hurt is None:  # (or told inside the death's own words: "Two of the 15 people wounded ... died")
                hurt = next((w for w in out if w.outcome == "wounded" and k.start_char <= w.start_char
                             and w.end_char <= k.end_char and w.count_best and not w.part), None)
        else:
            continue
        n = k.count_best
        if among:
            n = 1  # ("A fourth victim": the toll with the one who died)
        if hurt is not None and hurt.count_best is not None and hurt.sent_start == k.sent_start \
                and (hurt.quantifier or "").endswith(f" less {n}"):
            # (counted apart in their own sentence: "... wounding 11. Of the 11 wounded, 3 later
            # died": the 11 told before are the same people, 8 wounded now)
            told = hurt.count_best + n
            out = [_recounted(c, lambda v: max(v - n, 0), f"{c.quantifier} less {n}")
                   if c.outcome == "wounded" and c.count_best == told and c.end_char <= hurt.start_char
                   and "less" not in (c.quantifier or "") else c for c in out]
            continue
        if hurt is None or not hurt.count_best or hurt.count_best < n or "less" in (hurt.quantifier or ""):
            continue
        # (the same figure told before, in a headline or a lede, is of the same people)
        same = [w for w in out if w.outcome == "wounded" and w.count_best == hurt.count_best
                and w.end_char <= k.end_char and "less" not in (w.quantifier or "")]
        out = [_recounted(c, lambda v: max(v - n, 0), f"{c.quantifier} less {n}") if c in same else c
               for c in out]
        # (also the wounded told dying in their own words after others killed: "shot and killed an
        # activist ... Her driver was wounded in the attack and died in hospital": 2)
        if (not own or re.search(r"\b(?:wounded|injured)\b", own[0].text) and not re.search(
                r"\b(?:the|these|those|both|all)\s+(?:\w+\s+)?$", text[max(0, k.start_char - 20):k.start_char],
                re.IGNORECASE) and any(
                c.outcome == "killed" and c.count_best and c.end_char <= k.start_char
                and c.clause != k.clause for c in out)) and not among:
            # (not the people told again: "killed two soldiers ... The soldiers were badly wounded
            # in the blast and died on the way to hospital")
            # (more dead than those killed outright: "killing one soldier and injuring
            # two others, one of whom later died": 2)
            out = [replace(c, more=True, extra=True, named_one=False, single=False) if c is k else c
                   for c in out]
    return out


def _died_of_the_hurt(found: list[Casualty]) -> list[Casualty]:
    """"Three people were rushed to hospital, where one later died": the one who died is no
    longer of the wounded (2 wounded, 1 more dead), in one sentence."""
    hurt = [c for c in found if c.outcome == "wounded" and c.count_best]
    dead = [c for c in found if c.outcome == "killed" and c.more and c.count_best]
    if len(hurt) != 1 or len(dead) != 1 or dead[0].start_char < hurt[0].end_char or \
            dead[0].count_best >= hurt[0].count_best or not _WHERE_DIED.match(dead[0].text):
        return found  # (not "Five people were injured and two others were killed")
    w, n = hurt[0], dead[0].count_best
    less = _recounted(w, lambda v: max(v - n, 0), f"{w.quantifier} less {n}")
    return [less if c is w else c for c in found]


def _additions(doc: Doc, sent, found: list[Casualty], prior: list[Casualty] = ()) -> list[Casualty]:
    """"In addition to the two assailants, eight civilians were killed": the attackers died too
    (counted here unless their deaths were told before: "security forces killed the three
    gunmen. Fifteen civilians ... were killed, not including the assailants")."""
    killed = [c for c in found if c.outcome == "killed" and (c.count_best or 0) > 0]
    if not killed:
        return []
    told_dead = any(c.outcome == "killed" and c.victim_group == "militants" and (c.count_best or 0) > 0
                    and not c.implied for c in prior)
    out = []
    for m in _ADDITION.finditer(_stext(sent)):
        start = sent.start_char + m.start()
        end = sent.start_char + m.end()
        if any(c.start_char < end and start < c.end_char and c.victim_group == "militants" for c in found):
            continue  # already counted by the parse or the patterns
        if told_dead and not m.group(1) and m.group(2).lower().endswith(("s", "men")) and not any(
                c.update or c.toll for c in killed):
            continue  # (not "Later reports confirmed a total of three deaths, plus the bomber" after
            # "Only the bomber was confirmed killed": 4)
        n = parse_number(m.group(1)) if m.group(1) else None
        plural = m.group(2).lower().endswith(("s", "men"))
        if n is None and plural:
            n = _told_count(doc, m.group(2).lower().split()[-1], start)  # "Four bombers ... plus the bombers"
        if n is None:
            n = 2 if plural else 1
        out.append(Casualty("killed", "militants", n, n, n, m.group(1) or m.group(2),
                            doc_text(doc)[start:end], start, end, sent.start_char,
                            clause=killed[0].clause, extra=True))
    return out


_SUICIDE_NOUNS = {"bomber", "attacker", "assailant"}
def _another_one(head: Token) -> bool:
    """"and another was shot dead", "a third assailant was shot dead": one more than told before."""
    # (also "the second assailant was shot dead" after "One assailant detonated his vest")
    if head.tag_ == "NNS" and (head.lemma_.lower() in _ATTACKING_SIDE or head.lemma_.lower() == "bomber") and any(
            c.dep_ == "amod" and c.lower_ in ("remaining", "other") for c in head.children) and any(
            c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return True  # "the remaining two bombers were shot dead": more than those told before
    return head.lower_ == "another" or head.tag_ == "NN" and any(
        c.dep_ == "amod" and c.lower_ in ("second", "third", "fourth", "fifth") for c in head.children) \
        and any(c.dep_ == "det" and (c.lower_ == "a" or c.lower_ == "the" and (
            head.lemma_.lower() in _ATTACKING_SIDE or head.lemma_.lower() == "bomber")) for c in head.children)


_SHOOTERS = {"gunman", "shooter", "gunmen"}
# the rest of attackers told by their number: "killed the remaining three", "shot and killed the third"
_REST_OF = re.compile(r"\bthe\s+(?:(?:remaining|other)\s+\w+|second|third|fourth|fifth|last)$", re.IGNORECASE)
# armed people a suicide bomber struck, whom GTD summaries name so (its attackers are "assailants")
# (also "killed nine members of the militia" at a checkpoint: the bomber's victims)
_TARGETED_SIDES = {"fighter", "rebel", "peshmerga", "combatant", "militiaman", "guerrilla", "member"}
_OTHER_ATTACKERS = re.compile(r"\b(?:other|remaining|further)\s+(?:\w+\s+)?(?:assailants?|attackers?|gunmen|"
                              r"militants|fighters|bombers?|perpetrators?)\b", re.IGNORECASE)
_NTH_ATTACKER = re.compile(r"(?:an?\s+|the\s+)?(?:second|third|fourth|fifth|sixth|last|another)\s+(?:suicide\s+)?"
                           r"(?:assailant|attacker|gunman|militant|bomber|perpetrator)\b", re.IGNORECASE)
_NTH_TOLD = re.compile(r"(?:an?\s+|the\s+)?(?:second|third|fourth|fifth|sixth|last)\b", re.IGNORECASE)
_DETONATE = {"detonate", "explode"}
# a suicide attacker's own act, which GTD counts as his death too: "A suicide bomber rammed an
# explosives-laden vehicle into a convoy", "struck a military convoy", "blew up a car"
_SUICIDE_ACTS = _DETONATE | {"ram", "strike", "hit", "attack", "target", "blow", "drive", "trigger"}
_WORN = {"wear", "carry", "strap"}


def _suicide_subject(subj: Token) -> bool:
    """A suicide attacker: "a suicide bomber", also "an assailant wearing a suicide vest", and
    the driver of "an explosives-laden vehicle driven by a suicide bomber"."""
    if subj.lemma_.lower() in _SUICIDE_NOUNS and any(
            c.lower_ == "suicide" for c in subj.children if c.dep_ in ("compound", "amod")):
        return True
    for acl in (c for c in subj.children if c.dep_ == "acl"):
        if acl.lemma_.lower() in _WORN and subj.lemma_.lower() in _SUICIDE_NOUNS | {"man", "woman", "militant"} \
                and any(o.dep_ == "dobj" and any(g.lower_ == "suicide" for g in o.children)
                        for o in acl.children):
            return True  # "An assailant wearing a suicide vest"
        if any(a.dep_ == "agent" and any(_suicide_subject(g) for g in a.children if g.dep_ == "pobj")
               for a in acl.children):
            return True  # "a vehicle driven by a suicide bomber"
    return False


def _detonations(doc: Doc, sent) -> list[Casualty]:
    """"A suicide bomber detonated in Mazari Sharif": the bomber died, whom GTD counts among the
    killed. Implied rows: they count only when the text tells no other count of attackers killed
    or arrested ("... were killed, including the bomber", "the bomber was arrested"). Not an
    attempt ("tried to detonate", "before he could detonate", "failed to detonate")."""
    out = []
    seen: set[int] = set()
    for tok in sent:
        if tok.lemma_.lower() not in _SUICIDE_ACTS or tok.pos_ != "VERB" or any(
                c.dep_ == "neg" for c in tok.children):
            continue
        if tok.dep_ in ("xcomp", "ccomp", "advcl", "pcomp", "acl") and (
                tok.head.lemma_.lower() in _ATTEMPT_GOVS | {"fail", "before", "manage", "plan", "intend"}
                or any(c.dep_ in ("mark", "aux") and c.lower_ in ("before", "could", "to")
                       for c in tok.children)):
            continue
        own_act = tok.dep_ == "conj" and tok.tag_ == "VBD" and tok.head.lemma_.lower() in _ATTEMPT_GOVS
        if not own_act and any(a.lemma_.lower() in _ATTEMPT_GOVS | {"before", "fail"}
                               for a in list(tok.ancestors)[:3]):
            continue  # "a suicide bomber attempting to attack", "was killed before he could strike"
            # (not "tried to storm a mosque and detonated his explosives at the gate": he did)
        if any(c.dep_ in ("advcl", "conj") and any(g.dep_ == "dobj" and g.lower_ in ("himself", "herself", "themselves")
                                                   for g in c.children) for c in tok.children):
            continue  # "One of the bombers detonated, killing herself": her death is told, and counted so
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        if tok.dep_ == "acl" and tok.head.i < tok.i and tok.lemma_.lower() in _DETONATE:
            subjects.append(tok.head)  # "A suicide bomber detonated in X" parsed as a noun phrase
            worn = tok.head.head
            if tok.head.dep_ == "dobj" and worn.lemma_.lower() in _WORN and worn.dep_ == "acl":
                subjects.append(worn.head)  # "An assailant wearing a suicide vest detonated at"
        if not subjects and tok.dep_ == "conj" and tok.head.pos_ == "VERB":
            # "A suicide bomber approached a crowd ... and detonated his explosives"
            subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]
        if (not subjects or tok.dep_ == "acl" and not any(_suicide_subject(s) for s in subjects)) \
                and tok.lemma_.lower() in _DETONATE and tok.dep_ in ("amod", "acl", "relcl"):
            # "A suicide bomber riding a motorcycle detonated explosives", which the parser may
            # read as "riding ... detonated explosives": the bomber above it (also "A suicide
            # bomber disguised as a recruit detonated", read as the recruit's)
            subjects = next(([a] for a in list(tok.ancestors)[:4]
                             if a.pos_ in ("NOUN", "PROPN") and _suicide_subject(a)), subjects)
        # ("One assailant detonated a suicide vest": what he detonated tells it)
        # (also "detonated their vests", "detonated explosives-laden vests": worn, so their own death)
        vest = tok.lemma_.lower() in _DETONATE and any(
            c.dep_ == "dobj" and (any(g.lower_ == "suicide" for g in c.children) or c.lemma_.lower() in ("vest", "belt"))
            for c in tok.children)
        for subj in subjects:
            # ("Two suicide bombers approached ... the second detonated his explosives": one of
            # the suicide attackers told before, by his ordinal)
            # (or of attackers counted before, by the vest he detonated: "Four assailants attacked
            # ... the fourth detonated his explosives-laden vest")
            # (also "Two assailants attacked ... The first detonated an explosive vest", "One
            # detonated a suicide vest": the one of them who did)
            nth = (subj.lower_ in ("second", "third", "fourth", "fifth", "last", "other") or vest and subj.lower_ in (
                "first", "one") and all(c.dep_ == "det" for c in subj.children)) and not any(
                c.dep_ in ("compound", "amod") for c in subj.children) and (any(
                    _suicide_subject(t) for t in doc[:subj.i] if t.pos_ == "NOUN") or vest and any(
                    t.lemma_.lower() in _SUICIDE_NOUNS | {"gunman", "militant"} for t in doc[:subj.i]))
            # ("Two of the assailants detonated their vests": a part of the attackers, by its number)
            # (also "Two of the bombers detonated their explosives" after "Four suicide bombers")
            # (also "Two of them detonated their explosives" after "Three suicide bombers attacked")
            part = subj.like_num and any(p.lower_ == "of" and any(
                g.lemma_.lower() in _SUICIDE_NOUNS and (vest or g.lemma_.lower() == "bomber" and any(
                    _suicide_subject(t) for t in doc[:subj.i] if t.pos_ == "NOUN"))
                or g.lower_ == "them" and _suicide_antecedent(doc, subj.i)
                for g in p.children) for p in subj.children)
            # ("The bombers detonated their explosives", "The other two bombers detonated" after
            # "Three suicide bombers": the suicide bombers told before)
            # (not when their detonation was told already: "Three female suicide bombers detonated
            # explosives ... The first bomber detonated at the entrance": the same three)
            told_bombers = subj.lemma_.lower() == "bomber" and any(
                _suicide_subject(t) for t in doc[:subj.i] if t.pos_ == "NOUN") and not any(
                t.lemma_.lower() in _SUICIDE_ACTS and any(c.dep_ == "nsubj" and _suicide_subject(c) for c in t.children)
                for t in doc[:sent.start])
            # ("Four suicide bombers ... guards shot two of them; the remaining two detonated their
            # vests": the rest of the suicide attackers, by their number, more than those shot)
            # (not when their detonation was told already: "Three female suicide bombers detonated
            # explosives ... The first bomber detonated ..., and the other two detonated": the three)
            rest = subj.like_num and any(c.lower_ in ("remaining", "other") for c in subj.children) and any(
                c.lower_ == "the" for c in subj.children) and any(
                _suicide_subject(t) for t in doc[:subj.i] if t.pos_ == "NOUN") and not any(
                t.lemma_.lower() in _DETONATE and any(c.dep_ == "nsubj" and _suicide_subject(c) for c in t.children)
                for t in doc[:sent.start])
            # ("Three suicide bombers attacked ... One assailant detonated a car bomb at the gate":
            # one of the suicide attackers, whatever he detonated)
            one_of = subj.lemma_.lower() in _SUICIDE_NOUNS and any(
                c.dep_ == "nummod" and c.lower_ == "one" for c in subj.children) and any(
                _suicide_subject(t) for t in doc[:subj.i] if t.pos_ == "NOUN")
            if not (nth or part or rest or one_of or told_bombers or _suicide_subject(subj)
                    or vest and subj.lemma_.lower() in _SUICIDE_NOUNS | {"man", "woman"}):
                continue
            nums = [subj] if part or rest else _counted(subj) if not nth else []
            n = parse_number(nums[0].text) if nums else (1 if subj.tag_ == "NN" or nth else None)
            if n is None and subj.tag_ == "NNS" and any(d.lower_ == "the" for d in subj.children):
                n = _told_count(doc, subj.lower_, subj.idx)  # "The bombers" of "Two female suicide bombers"
            if not n or subj.i in seen:
                continue  # (one bomber however many of his acts are told: "drove ... and detonated it")
            seen.add(subj.i)
            start, end = subj.left_edge.idx, tok.idx + len(tok)
            # ("A second suicide bomber detonated his vest inside": one more than the first)
            second = nth and subj.lower_ not in ("first", "one") or rest or any(
                c.lower_ in ("second", "third", "another") for c in subj.children if c.dep_ in ("amod", "det"))
            out.append(Casualty("killed", "militants", n, n, n, nums[0].text if nums else subj.text,
                                doc_text(doc)[start:end], start, end, sent.start_char,
                                clause=_clause_id(tok), implied=True, more=second))
    return out


def _suicide_antecedent(doc: Doc, i: int) -> bool:
    """The people told last before token ``i``, as the subject of a verb, are suicide attackers:
    "Three female suicide bombers attacked a market. Two of them ..." (not "Three suicide bombers
    attacked a market. Guards shot five people. Two of them ...")."""
    subj = next((t for t in reversed(doc[:i]) if t.dep_ in ("nsubj", "nsubjpass") and t.tag_ == "NNS"), None)
    return subj is not None and _suicide_subject(subj)


def _told_count(doc: Doc, word: str, before: int) -> int | None:
    """The number given earlier in ``doc`` for the plural ``word``: "Four ... suicide bombers" 4."""
    for tok in reversed([t for t in doc if t.idx < before and t.lower_ == word]):
        nums = _counted(tok)
        if not nums:
            # the number that opens the noun's phrase, however the parser hangs it ("Four
            # suspected Boko Haram female suicide bombers detonate": "Four" on the verb)
            for left in reversed(doc[max(0, tok.i - 7):tok.i]):
                if _in_date(left):
                    break   # "In March 2015 Boko Haram bombers": a date, no count
                if left.like_num:
                    nums = [left]
                    break
                if not (left.is_alpha and (left.pos_ in ("ADJ", "NOUN", "PROPN") or
                                           left.dep_ in ("amod", "compound", "nmod"))):
                    break
        if nums:
            n = parse_number(nums[0].text)
            if n:
                return n
    return None


# ---------------------------------------------------------------- counting each casualty once


# people of the unknown group told by a kind of their own, who cannot be a total of other groups
_OWN_KIND = {"thief", "robber", "burglar", "pickpocket", "thug", "witch", "wizard"}


def merge_casualties(rows: list[Casualty]) -> list[Casualty]:
    """The casualties of one event, each counted once.

    The same (outcome, victim group) told again (headline, body, summary bullets) keeps one row:
    the latest "toll rose to" figure if any, else the most precise (a number over a vague word) and
    then the highest. A count of unknown victims ("12 people") told apart from counts of named
    groups is their total: it keeps only what the named groups do not account for ("12 people,
    including five soldiers" = 5 military + 7 unknown). Counts of one clause ("two people and four
    assailants were killed") are disjoint and add up. Hostages killed or hurt are other people
    than the victims of the assault they were taken in, and add to them.
    """
    rows = _regrouped(rows)
    held = [r for r in rows if r.captive]
    taken = sum(r.count_best or 0 for r in rows if r.outcome == "abducted" and not any(
        h.start_char < r.end_char and r.start_char < h.end_char for h in held))
    if held and len(held) < len(rows) and sum(r.count_best or 0 for r in held) <= taken:
        # (only hostages the text tells taken: "Most of the victims were hostages; nine hostages
        # were killed" are among the victims)
        # "Six hostages were killed" in a rescue: other people than those killed in the attack
        out = _merge([r for r in rows if not r.captive])
        for r in _merge(held):
            same = next((i for i, o in enumerate(out)
                         if (o.outcome, o.victim_group) == (r.outcome, r.victim_group)), None)
            if same is None:
                out.append(r)
            else:  # one row per outcome and group: the two add up
                out[same] = _added(out[same], r)
        return out
    return _merge(rows)


def _regrouped(rows: list[Casualty]) -> list[Casualty]:
    """The same people told again with a bare noun take the group their other telling gives
    them: "Eight police commandos killed" (police) over "Eight commandos were killed" (the noun's
    own group, military) are the same eight policemen."""
    out = list(rows)
    for i, r in enumerate(out):
        own = _GROUP_OF.get(r.victim_word)
        if not r.victim_word or own != r.victim_group:
            continue
        other = next((o for o in out if o.victim_word == r.victim_word and o.outcome == r.outcome
                      and o.count_best == r.count_best and o.victim_group not in (own, "unknown")
                      and o.sent_start != r.sent_start), None)
        if other is not None:
            out[i] = replace(r, victim_group=other.victim_group)
    return out


def _recounted(c: Casualty, how, quantifier: str) -> Casualty:
    """``c`` with ``how`` applied to each of its bounds that is known, and a new quantifier."""
    def one(v):
        return None if v is None else how(v)

    return replace(c, count_min=one(c.count_min), count_best=one(c.count_best),
                   count_max=one(c.count_max), quantifier=quantifier)


def _added(a: Casualty, b: Casualty) -> Casualty:
    def total(x, y):
        return None if x is None or y is None else x + y

    return replace(a, count_min=total(a.count_min, b.count_min),
                   count_best=total(a.count_best, b.count_best),
                   count_max=total(a.count_max, b.count_max),
                   quantifier=f"{a.quantifier or ''} + {b.quantifier or ''}")


_TOLD_APART = re.compile(r"\b(?:also|not\s+included|not\s+including|excluded|excluding)\b", re.IGNORECASE)


def _merge(rows: list[Casualty]) -> list[Casualty]:
    result: list[Casualty] = []
    for outcome in dict.fromkeys(r.outcome for r in rows):
        mine = [r for r in rows if r.outcome == outcome]
        if any(r.coded for r in mine):
            # a note's coded figure stands for the whole count ("killed scores of villagers ...
            # Fatalities coded as 10": 10), told by group when the text's own figures add up to it
            # ("killed 4 soldiers and 2 civilians. Fatalities: 6")
            told = _merge([r for r in mine if not r.coded])
            coded = _merge([replace(r, coded=False) for r in mine if r.coded])
            if told and sum(r.count_best or 0 for r in told) == sum(r.count_best or 0 for r in coded):
                result.extend(told)
            else:
                result.extend(coded)
            continue
        # a headline's count of a group the body never names, told in the body as the same number
        # of another group, is those people ("six guards killed" over "killing six of his
        # bodyguards"): the body's
        body = [r for r in mine if not r.headline and r.count_best]
        mine = [r for r in mine if not (
            r.headline and r.victim_group != "unknown" and r.count_best and len([h for h in mine if h.headline]) == 1
            and not any(b.victim_group == r.victim_group for b in body)
            and any(b.count_best == r.count_best and b.victim_group != "unknown" and not (b.extra or b.more)
                    for b in body))]
        known = {r.victim_group for r in mine if not r.unspecified and (r.count_best or 0) > 0}
        # (people of another group told without a number: a higher total may count them)
        unnumbered = any(r.unspecified and r.victim_group not in known for r in mine)
        if known:
            # "three killed and an unknown number of others": the known figure is coded; deaths
            # of another named side, told without a number, add ACLED's unstated count ("killing
            # 11 of the attackers. Civilian casualties reported, numbers not known")
            # (not "an unknown number of assailants were injured" beside counted people: GTD
            # codes nothing for it)
            mine = [r for r in mine if not r.unspecified or (
                r.quantifier == _NOT_KNOWN and r.victim_group != "unknown" and r.victim_group not in known)]
        # the bomber who detonated, unless the attackers killed are counted or told arrested
        # (not "the other" assailant, someone else than the one who detonated)
        # (nor "Two other assailants were shot dead": others than he)
        told_of = {r.victim_group for r in rows if not r.implied and (r.count_best or 0) > 0
                   and r.outcome in ("killed", "arrested") and (r.quantifier or "").lower() != "other"
                   and not _OTHER_ATTACKERS.search(r.text) and r.victim_word not in _SHOOTERS | _TARGETED_SIDES
                   and not r.another and not _REST_OF.search(r.text) and not _REST_OF.search(r.quantifier or "")}
        # (but "a third assailant detonated his vest" after two shot dead is one more)
        # (unless his death is told: "the second detonated hers, killing herself")
        selves = {r.sent_start for r in rows if _SELF_TOLD.search(r.text)}
        # ("Guards shot two of the bombers dead. The third detonated his vest, killing himself": he
        # is the third, one more than those told before)
        mine = [replace(r, more=True) if _SELF_TOLD.search(r.text) and not r.more and any(
            o.implied and o.more and _NTH_TOLD.match(o.text) and o.sent_start == r.sent_start for o in mine)
            else r for r in mine]
        # (nor "The other two bombers detonated their devices" after one shot dead: the others)
        mine = [replace(r, more=True) if r.implied and _OTHER_ATTACKERS.search(r.text) and r.victim_group in told_of
                else r for r in mine]
        # (nor "Two of them detonated their explosives ...; the third blew herself up": some of the
        # bombers, told in a sentence of their own)
        self_clauses = {r.clause for r in rows if _SELF_TOLD.search(r.text)}
        mine = [r for r in mine if not r.implied or r.victim_group not in told_of or (
            r.more or _NTH_ATTACKER.match(r.text)) and r.sent_start not in selves or (
            _SOME_OF_THEM.match(r.text) and r.clause not in self_clauses)]
        if any(r.implied for r in mine):  # (the others than he add to him; so do gunmen, who shot)
            mine = [replace(r, more=True) if not r.implied and r.outcome == "killed"
                    and (_OTHER_ATTACKERS.search(r.text) or r.victim_word in _SHOOTERS | _TARGETED_SIDES
                         or r.another or _REST_OF.search(r.text)) else r for r in mine]
        # "A suicide bomber blew himself up ... Police said a second bomber was shot dead": one
        # more of the group told before
        mine = [replace(r, more=True, extra=True) if r.another and not r.more and any(
            o.victim_group == r.victim_group and o.start_char < r.start_char and not o.another
            and (o.count_best or 0) > 0 for o in mine) else r for r in mine]
        told = {r.victim_group for r in mine if not r.alternative and (r.count_best or 0) > 0}
        if told:
            # "kill 35 people ... Other reports hold 50 deaths": the figure first told; another
            # report of an unnamed total competes with every group, one of a group with its own;
            # a lower one is the conservative figure ("Activists reported 108 killed, while other
            # sources put the toll at 80": 80)
            lowest = min((r.count_best for r in mine if not r.alternative and (r.count_best or 0) > 0))
            mine = [r for r in mine if not r.alternative or (
                r.victim_group != "unknown" and r.victim_group not in told) or (
                len(told) == 1 and 0 < (r.count_best or 0) < lowest and not r.more and not r.extra)]
        told_among = {(r.victim_group, r.count_best) for r in mine if r.part and r.count_best}
        # ("Seven civilians ... were also killed" beside "seven civilians were among the dead" of a
        # total: the same seven, some of the total, no more)
        mine = [replace(r, part=True, more=False, extra=False) if (r.more or r.extra) and not r.part
                and (r.victim_group, r.count_best) in told_among else r for r in mine]
        parts = sum(r.count_best or 0 for r in mine if r.part)
        if parts and any(not r.part and not r.implied and (r.count_best or 0) >= parts for r in mine):
            # people told as among the dead are some of a count told elsewhere ("killing 5 people.
            # Among the dead was the village head": 5); alone, or more than it ("blew himself up.
            # Among the dead were 12 traders"), they are people of their own
            mine = [r for r in mine if not r.part]
        # (a zero told by others counts as their figure: "caused no casualties, police said")
        others = {r.victim_group for r in mine if not r.claimed and not r.alternative
                  and r.count_best is not None}
        # an armed group's claim beside a figure of the same people told by anyone else, or of
        # people of no named group, is no count ("killing 8 soldiers. JNIM claimed to have killed
        # 25 soldiers": 8; not beside "A civilian was killed by a stray bullet")
        # (a claim of no named people competes with any figure: "killing more than 70 people ...
        # JNIM said its fighters had inflicted hundreds of casualties": 70)
        mine = [r for r in mine if not r.claimed or not (
            others & {r.victim_group, "unknown"} or r.victim_group == "unknown" and others)]
        positive = [r for r in mine if r.count_best != 0 or r.count_min]
        if not positive:
            result.append(mine[0])
            continue
        # (more dead told with a new toll are no toll themselves: "raised the death toll to 16 after
        # two of the wounded died"; nor with a toll of no figure, to which they add: "said two
        # of the injured had died, raising the toll")
        positive = [replace(r, update=False) if r.update and r.more and (any(
            o.update and not o.more for o in positive) or "toll" not in r.text.lower() and not r.another)
            else r for r in positive]
        chosen: dict[str, Casualty] = {}
        more_unknown: list[Casualty] = []
        for group in dict.fromkeys(r.victim_group for r in positive):
            cands = _sum_clauses([r for r in positive if r.victim_group == group])
            # (not more dead told with the new toll: "raised the death toll to 14 after three of the
            # wounded died in hospital" is 14)
            updates = [r for r in cands if r.update]
            if len(updates) > 1 and any(not r.more for r in updates):
                updates = [r for r in updates if not r.more]
            if updates:
                chosen[group] = updates[-1]
                continue
            laters = [r for r in cands if r.later and not r.extra and r.count_best]
            if laters and any(o.sent_start < laters[-1].sent_start for o in cands) and all(
                    (o.count_best or 0) <= laters[-1].count_best
                    for o in cands if o.sent_start < laters[-1].sent_start):
                # a later report, higher than every figure of the same people told before it:
                # "killing more than 100 people ... The UN later said more than 400 had been killed"
                cands = [r for r in cands if r.sent_start >= laters[-1].sent_start or r.more]
            firsts = [r for r in cands if r.initial]
            # (or the lede's figure, told before the first report it corrects: "Indian troops killed
            # three suspected militants ... Police initially said two militants were killed")
            # (not when the first report's sentence adds more to it: "initially reported three rebels
            # killed ..., but soldiers found the bodies of two more", the lede's five)
            lede_first = not any((o.more or o.extra) and o.sent_start in {f.sent_start for f in firsts} for o in mine)
            if firsts and any(not r.initial and not r.more and (r.settled or lede_first and r.end_char <= min(
                    f.start_char for f in firsts)) and r.count_best > max(f.count_best for f in firsts) for r in cands):
                # a first report, and a higher figure of the same people told as confirmed or
                # later: the settled count (not a rival claim: "residents claimed 30 died")
                cands = [r for r in cands if not r.initial]
            # people told as more in a sentence of their own ("A bomb killed ten people. Two
            # others died later") add to the figure chosen among the others
            # (not more than a figure told only after them: "Police said four other worshippers
            # were injured. Key Takeaways: - Four worshippers were injured")
            # (nor more told in a toll's own sentence: "put the toll at 14 after three more bodies
            # were found")
            # (nor more than a headline's count alone, which covers the body: "17 soldiers, 96
            # Boko Haram fighters killed ... said 96 assailants were also killed": 96)
            more = [r for r in cands if r.more and r.clause >= 0 and any(
                o.start_char < r.start_char for o in cands if not o.more and not o.headline) and not any(
                (o.update or o.toll and "toll" in o.text.lower()) and o.sent_start == r.sent_start
                for o in cands if o is not r)]
            if len(more) < len(cands):
                cands = [r for r in cands if r not in more]
            else:
                more = []
            # (an exact figure over a vague word: "Army says it killed dozens of jihadists" over
            # "it had killed 40 terrorists": 40)
            if any(r.single for r in cands):
                # "Dozens were wounded ... the groom was wounded", "said Ahmed, a vegetable seller
                # who was injured", "I saw a mother and her child lying dead": people one by one,
                # some of a larger count of the group, no rival figure of it (but "A policeman
                # was killed ... Residents said three policemen died" is a rival: the lowest)
                larger = [r for r in cands if not r.single and (r.count_best or 0) > 1]

                # (a headline's one person is one of those the body counts: "Gunmen kill pastor,
                # worshippers" over "killing the pastor, his son and two worshippers")
                def one_of_them(r: Casualty) -> bool:
                    return r.single and any((o.count_best or 0) > (r.count_best or 0) and (
                        r.named_one or r.headline or o.start_char < r.start_char) for o in larger)

                cands = [r for r in cands if not one_of_them(r)] or cands
            sides = [r for r in cands if any(_opposed(r, o) for o in cands)]
            if sides and len({_row_side(r) for r in sides}) == 2:
                # two sides that killed each other: each side's figure, added up (the attackers told
                # by more than one word are one side: "killing nine of the assailants ... Nine of the
                # bandits were neutralised ..., while four vigilantes ... lost their lives")
                words = sorted({_row_side(r) for r in sides})
                firsts = [min((r for r in sides if _row_side(r) == w), key=lambda r: r.count_best or 0)
                          for w in words]
                chosen[group] = _added(firsts[0], firsts[1])
                for r in more:
                    chosen[group] = _added(chosen[group], r)
                continue
            # (a count with a ceiling is a figure too: "Police said no more than 12 people were
            # killed, while community leaders gave a toll of 35")
            # (and an approximate one: "said it killed about 50 militants" over a headline's "dozens")
            numeric = [r for r in cands if (r.count_min is not None and r.count_min == r.count_best or
                                            r.count_min is None and r.count_max == r.count_best is not None
                                            or _approximate(r))
                       and ((r.quantifier or "").lower() not in _VAGUE or r.count_max == r.count_best)]
            pool = numeric or cands
            # conflicting reports: the lowest figure, as ACLED codes them
            # (a count told as more people, "plus the bomber", stands beside the total it adds to)
            chosen[group] = min(pool, key=lambda r: (r.count_best or 0, not r.extra, r.start_char))
            if any(r.by_attackers and r.count_best == chosen[group].count_best for r in pool):
                # ("Attack on hotel kills 9 ... Gunmen stormed the hotel, killing nine people. All
                # four attackers were killed": the nine are the attackers' victims however told first)
                chosen[group] = replace(chosen[group], by_attackers=True)
            if group == "unknown":
                # more dead of no group, in a sentence of their own, add to all the groups told,
                # after the total they follow is set against them ("killing dozens ... 24
                # civilians and three soldiers ... recovered 18 more bodies": 45; not "Ten died on
                # the spot and two others died at the clinic", the parts of a figure)
                more_unknown = [r for r in more if not any(
                    o.sent_start == r.sent_start for o in cands if o not in more)]
                more = [r for r in more if r not in more_unknown]
            for r in more:
                chosen[group] = _added(chosen[group], r)
        fighters = chosen.get("militants")
        disputed = [r for g, r in chosen.items() if g in ("civilians", "unknown") and fighters is not None
                    and -1 < r.report != fighters.report > -1 and r.sent_start == fighters.sent_start
                    and not (r.more or r.extra)]  # (not "found the bodies of two more")
        if disputed and len(chosen) == 2:
            # rival reports of who the dead were: "Human Rights Watch reported that more than 300
            # people, mostly civilians, were killed, while the army said 203 militants were
            # neutralized" (the same dead, the lowest coded, as ACLED does)
            low = min([fighters, *disputed], key=lambda r: r.count_best or 0)
            chosen = {low.victim_group: low}
        elif len(disputed) == 1 and disputed[0].victim_group == "unknown" and len(chosen) > 2:
            # (also against the groups of one report together: "Opposition activists put the death
            # toll at 23, while state media reported that 11 'terrorists' and 3 police officers
            # were killed": 14)
            rest = [r for r in chosen.values() if r is not disputed[0]]
            if all(r.report == fighters.report and r.sent_start == fighters.sent_start and not (r.more or r.extra)
                   for r in rest) and sum(r.count_best or 0 for r in rest) < (disputed[0].count_best or 0):
                del chosen["unknown"]
            elif all(r.report == fighters.report and r.sent_start == fighters.sent_start for r in rest):
                chosen = {"unknown": disputed[0]}
        people = [r for r in chosen.values() if r.victim_word in ("people", "person") and r.count_best
                  and (r.quantifier or "").lower() not in _VAGUE]
        for g, r in list(chosen.items()):
            # (not the other side's: "Twelve people ... were killed ... troops killed several insurgents")
            if (r.quantifier or "").lower().strip('"“”') in _VAGUE and r.count_min != r.count_best and g != "militants" \
                    and not (r.more or r.extra) and any(
                    p.end_char <= r.start_char and p.sent_start < r.sent_start and p.count_best >= (r.count_best or 0)
                    for p in people if p is not r):
                # "More than 70 people were killed ... The government has acknowledged that 'some'
                # gendarme trainees died": some of the people counted before, no more
                del chosen[g]
        unknown = chosen.pop("unknown", None)
        named = list(chosen.values())
        if unknown is not None and named and (unknown.victim_word in _OWN_KIND or unknown.nation and all(
                r.victim_group in ("military", "police") for r in named)):
            # ("a police officer was killed and 2 robbers were shot dead": robbers are no total
            # of the officer; people of a kind of their own, added to the others; also people
            # of a nation: "Two Israeli soldiers were killed ... 5 Palestinians were killed")
            named, unknown = [*named, unknown], None
        if unknown is not None:
            same_clause = [r for r in named if r.clause == unknown.clause]
            others = [r for r in named if r.clause != unknown.clause and not r.extra and not r.implied
                      and not (r.victim_group == "militants" and (unknown.sans_attackers or unknown.by_attackers
                               and (r.start_char > unknown.end_char or r.sent_start == unknown.sent_start)))
                      # (nor the attack's "victims" the attackers: "Police shot and killed all three
                      # assailants ... Eight victims were killed"; but a suspect killed is a victim)
                      and not (unknown.victim_word == "victim" and _side(r.victim_word) == "attacker")
                      # (nor the hostages the attackers held: "killed both assailants. Twenty hostages
                      # were killed": 22)
                      and not (unknown.victim_word in ("hostage", "captive") and r.victim_group == "militants")]
            # (the attackers' victims do not count the attackers killed after: "Gunmen attacked a
            # bar, killing four people. The attacker was shot dead": 5; nor those told dead
            # before in their sentence: "In addition to the five assailants, who were killed by
            # security forces, at least 20 people were killed": 25)
            # ("Many others wounded" are more people than the groups counted before)
            # (a total or a risen toll covers every group told, those told as more included:
            # "killing 5 villagers. Two soldiers were also killed. Deaths totalled 7")
            body = sum(r.count_best or 0 for r in named if not r.implied and r.sent_start != unknown.sent_start)
            # (a headline's total is the body's breakdown only when they add up to it exactly:
            # "Militants kill 13" over "seven soldiers ... Six militants were also killed"; not
            # "Gunmen kill 3" over "three villagers ... Two policemen were also killed": 5), or
            # when a count of the body has its number ("Suicide bomber kills eight" over "killing
            # himself and eight others": 9)
            # (not more people told after the risen toll: "The toll rose to 54 ... The figure does
            # not include the bomber, who was also killed")
            # (nor a group told apart after it: "The toll rose to 84 ... The bomber, not included
            # in these figures, was also killed")
            apart = {m.victim_group for m in mine if m.sent_start > unknown.sent_start and _TOLD_APART.search(m.text)}
            covered = sum(r.count_best or 0 for r in named if not r.implied and not (
                r.extra and (_ADDITION.search(r.text) or r.sent_start > unknown.sent_start))
                and r.victim_group not in apart
                # (the victims' toll leaves the attackers out: "bringing the number of victims killed to 20")
                and not (r.victim_group == "militants" and unknown.victim_word == "victim")) if unknown.update \
                else 0 if unknown.extra or (unknown.specific and not unknown.headline and others and all(
                    r.sent_start > unknown.sent_start for r in others)) else body if unknown.headline and body == unknown.count_best \
                else unknown.count_best if unknown.headline and any(
                    r.count_best == unknown.count_best and not r.implied and r.sent_start != unknown.sent_start
                    for r in named) \
                else sum(r.count_best or 0 for r in others)
            # (not people one by one of a larger count: "said resident Abubakar Sani, who lost two
            # brothers" beside "30 people had been killed")
            # (or a rival report of the same sentence, each told by its own source: "officials
            # confirmed that 140 soldiers were killed, while unconfirmed media reports put the death
            # toll above 200")
            peers = [r for r in named if r.sent_start == unknown.sent_start and not r.extra and not r.implied
                     and -1 < r.report != unknown.report > -1]
            victims = [r for r in named if r.victim_group != "militants"]
            if len(peers) == 1 and unknown.count_best is not None and peers[0].count_best is not None:
                named = [_lowest_of(r, unknown) if r is peers[0] else r for r in named]
            elif unknown.said and unknown.initial and not unknown.update and len(named) == 1 \
                    and not named[0].extra and not named[0].implied and named[0].count_best \
                    and unknown.count_best is not None and unknown.count_best >= named[0].count_best:
                # "Fifteen people were killed ..., police said on Thursday. On Wednesday, the state
                # governor had said 22 people were killed": a first report the later figure replaced
                pass
            elif unknown.said and not unknown.settled and not unknown.update and len(named) == 1 \
                    and not named[0].named_one and not unknown.initial \
                    and named[0].victim_group != "militants" and not unnumbered and not named[0].extra \
                    and not named[0].implied and (named[0].sent_start != unknown.sent_start or (
                        -1 < named[0].report != unknown.report > -1)) \
                    and unknown.count_best is not None and covered:
                # "killing 5 civilians. Residents said 8 people were killed": another source's
                # figure of the same dead; the lowest is coded, the other is the most
                named = [_lowest_of(named[0], unknown)]
            elif unknown.put_by and not (unknown.update or unknown.later or unknown.settled) \
                    and len(victims) == 1 and not unnumbered \
                    and not victims[0].extra and not victims[0].implied and (victims[0].sent_start != unknown.sent_start or (
                        -1 < victims[0].report != unknown.report > -1)) \
                    and unknown.count_best is not None and 0 < (victims[0].count_best or 0) < unknown.count_best \
                    and (len(named) == 1 and 0 < covered or all(
                        r.sent_start > unknown.sent_start for r in named if r is not victims[0])):
                # "hacked to death 11 villagers ... A local leader put the toll at 14": another
                # source's higher figure of the same dead; the lowest is coded, the other is the most
                # (also beside attackers killed told after it: "killing 41 civilians ... Civil
                # society put the toll at 52. The FARDC reported killing 3 ADF fighters": 41 + 3)
                one = victims[0]
                named = [replace(one, count_max=None if one.count_max is None or unknown.count_max is None
                                 else max(one.count_max, unknown.count_max),
                                 quantifier=f"{one.quantifier} (also {unknown.quantifier})") if r is one else r
                         for r in named]
            elif unknown.headline and (unknown.quantifier or "").lower() in _VAGUE and covered:
                pass  # "Dozens dead in Ituri militia attack" over "At least eight civilians were killed": the body's figure
            elif unknown.count_best is not None and unknown.count_best > covered:
                rest = unknown.count_best - covered
                if covered:
                    unknown = replace(unknown, count_best=rest,
                                      count_min=None if unknown.count_min is None else max(unknown.count_min - covered, 0),
                                      count_max=None if unknown.count_max is None else unknown.count_max - covered)
                named.append(unknown)
            elif unknown.toll and unknown.plain and len(named) == 1 and not named[0].extra and not named[0].implied \
                    and not unknown.initial \
                    and not (unknown.said and named[0].victim_group == "militants") \
                    and unknown.count_best is not None and unknown.count_best < covered:
                # "Herders killed 7 farmers ... Police put the toll at 5": another source's lower
                # figure for the same people; the lowest is coded, the other is the most
                one = named[0]
                named = [replace(one, count_best=unknown.count_best, count_min=min(
                    unknown.count_min or unknown.count_best, one.count_min or one.count_best),
                    count_max=None if one.count_max is None else max(one.count_max, unknown.count_best),
                    quantifier=f"{unknown.quantifier} (also {one.quantifier})")]
            elif same_clause and not others:
                named.append(unknown)
        if more_unknown:
            extra = more_unknown[0]
            for r in more_unknown[1:]:
                extra = _added(extra, r)
            i = next((k for k, r in enumerate(named) if r.victim_group == "unknown"), None)
            if i is None:
                named.append(extra)
            else:
                named[i] = _added(named[i], extra)
        result.extend(sorted(named, key=lambda r: r.start_char))
    return result


_REPORT_VERBS = REPORT_VERBS | {"insist", "put", "maintain", "counter", "estimate", "indicate"}
_CONTRAST = {"but", "while", "whereas", "however", "although", "though", "yet", "disputed", "disputing",
             "contested", "contesting", "rejected", "denied"}
_WHERE_PREPS = {"in", "at", "near", "inside", "outside", "on", "around"}
_WHERE_WORDS = {"inside", "outside", "nearby", "elsewhere", "first", "second", "third", "another",
                "other", "later", "earlier", "afterwards", "fled"}


def _reporter(tok: Token) -> Token | None:
    """The verb that reports the clause of ``tok``: "ISWAP said it killed 25 soldiers" -> said;
    also "JNIM claimed to have killed 30", "said in a statement that 15 had been killed", and the
    verb told "according to" a source ("killing 8 civilians according to local sources")."""
    node = tok
    for _ in range(6):
        if any(c.dep_ == "prep" and c.lower_ == "according" for c in node.children) and node.pos_ in (
                "VERB", "AUX", "ADJ", "NOUN"):
            return node
        if node.dep_ == "relcl":
            return None  # "claimed responsibility for a blast that killed 12": told of a thing
        if node.dep_ == "ROOT" or node.head is node:
            # "Separatists killed four people ..., police said": the report told after it
            return next((c for c in node.children if c.dep_ == "parataxis"
                         and c.lemma_.lower() in _REPORT_VERBS), None)
        if node.dep_ in ("ccomp", "parataxis", "dobj", "oprd") and node.head.lemma_.lower() in _REPORT_VERBS:
            return node.head  # (and "reported 31 people dead")
        if node.dep_ == "dobj" and node.head.lemma_.lower() in ("count", "tally", "record") and \
                node.head.dep_ not in ("ccomp", "xcomp", "parataxis"):
            # "while MINUSMA sources counted 37 dead", "while the health office recorded 7 deaths"
            # (not "said they had counted")
            return node.head
        if node.dep_ == "dobj" and node.lemma_.lower() in ("body", "corpse") and node.head.lemma_.lower() in (
                "recover", "bury", "retrieve") and node.head.dep_ not in ("ccomp", "xcomp", "parataxis", "relcl"):
            return node.head  # "The Red Cross recovered 20 bodies, while civil society sources spoke of 26 dead"
        if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_.lower() in ("speak", "talk"):
            return node.head.head  # (the other: "spoke of 26 dead")
        if node.dep_ == "xcomp" and node.head.lemma_.lower() == "claim":
            return node.head
        if node.dep_ == "xcomp" and node.tag_ == "VBG" and node.lemma_.lower() in ("bury", "count", "recover", "find") \
                and node.head.lemma_.lower() in _REPORT_VERBS:
            return node.head  # "while local residents reported burying 14 bodies"
        if node.dep_ == "acl" and node.head.dep_ == "pobj" and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in node.children) and \
                node.head.head.head.lemma_.lower() in _REPORT_VERBS:
            return node.head.head.head
        node = node.head
    return None


def _teller(verb: Token) -> list[Token]:
    """Who tells a report: the subject of its verb, or X of "according to X"; "saying it had
    killed 20" is told by the subject of the verb it hangs on."""
    acc = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "according"
           for p in c.children if p.lower_ == "to" for g in p.children if g.dep_ == "pobj"]
    if acc and verb.lemma_.lower() not in _REPORT_VERBS:
        return acc[:1]
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subj and verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VBG":
        subj = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if not subj and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        # "Police confirmed the attack but said eight people were killed": the first verb's
        subj = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return subj


def _rival_bare_figure(sent, found: list[Casualty], prior: list[Casualty] = ()) -> list[Casualty]:
    """"The PDF claimed 9 soldiers were killed, while local media reported 4": a number alone,
    told by another source set against the sentence's one count, is a rival figure of the same
    people (a count without a noun: the lowest is coded; also after a count without a noun, "Residents
    said 10 were killed but the police confirmed 6")."""
    told = [c for c in found if c.outcome in ("killed", "wounded") and c.count_best]
    alone = False  # a short sentence of its own: "Police confirmed 36."
    if not told and sent.start > 0 and (_after_semicolon(sent) or len([t for t in sent if not t.is_punct]) <= 5):
        # (the clause before the semicolon: "Amnesty says at least 17 killed; police say 5"; or the
        # sentence before: "Benue government puts death toll at 500 ... Police confirmed 36.")
        alone = not _after_semicolon(sent)
        if alone and _INITIAL.search(_stext(sent)):
            return []  # "Earlier reports had stated 46.": a first report the toll replaced, no rival
        before = sent.doc[sent.start - 1].sent.start_char
        told = [c for c in prior if c.sent_start == before and c.outcome in ("killed", "wounded") and c.count_best]
    if len(told) != 1:
        return []
    first = told[0]
    for tok in sent:
        if not (tok.like_num and tok.dep_ in ("dobj", "npadvmod") and not list(tok.children)
                and tok.idx >= first.end_char and _is_count(tok)):
            continue
        verb = tok.head
        # (a source's own count too: "while the state government counted 79"; not "while the army
        # recorded 9 in its own ranks", its own dead)
        if verb.lemma_.lower() not in REPORT_VERBS | {"count", "record", "document", "tally"} or not _teller(verb):
            continue
        if verb.lemma_.lower() not in REPORT_VERBS and (any(c.dep_ == "prep" for c in verb.children)
                                                        or first.victim_group not in ("unknown", "civilians")):
            continue
        between = sent.doc[sent.doc.char_span(first.start_char, first.end_char, alignment_mode="expand").end: verb.i]
        # (or a comma before a report closing the sentence: "40 killed according to residents,
        # police say 10")
        last = all(t.is_punct or t.is_space for t in sent.doc[tok.i + 1: sent.end])
        contrast = alone or any(t.lower_ in _CONTRAST or t.text == ";" for t in between)
        if not (contrast or last and between and any(t.text == "," for t in between[-4:])):
            continue
        n = parse_number(tok.text)
        if n is None:
            continue
        return [replace(first, count_min=n, count_best=n, count_max=n, quantifier=tok.text,
                        text=sent.doc[verb.i: tok.i + 1].text, start_char=verb.idx, end_char=tok.idx + len(tok),
                        bare=True, claimed=False, update=False, extra=False, more=False,
                        report=first.report if contrast and first.report >= 0 else verb.i)]
    return []


def _source_of(verb: Token) -> str:
    return " ".join(t.lower_ for c in _teller(verb) for t in c.subtree)


def _lowest_of(one: Casualty, rival: Casualty) -> Casualty:
    """``one`` coded by the lowest of its figure and a rival report's figure of the same dead, the
    higher kept as the most (as ACLED codes conflicting reports)."""
    low = min(one.count_best, rival.count_best)
    return replace(one, count_best=low, count_min=min(
        rival.count_min if rival.count_min is not None else low,
        one.count_min if one.count_min is not None else low),
        count_max=None if one.count_max is None or rival.count_max is None
        else max(one.count_max, rival.count_max),
        quantifier=f"{one.quantifier} (also {rival.quantifier})")


# what a side loses people to when they are killed
_LOST_TO = {"gunfire", "attack", "ambush", "fighting", "clash", "raid", "airstrike", "strike", "bomb", "explosion",
            "violence", "shelling", "drone"}
# the number of people told by what befell them other than death or wounds
_NOT_A_TOLL_NUMBER = re.compile(r"\b(?:number|toll|tally|count|figure)\s+of\s+(?:[\w-]+\s+){0,3}?(?:displaced|homeless|abducted|kidnapped|"
                                r"arrested|detained|missing|rescued|freed|released|evacuated|affected)\b",
                                re.IGNORECASE)
def _clause_source(doc: Doc, c: Casualty):
    """The reporting verb and the source of a row's figure, or (None, None)."""
    span = doc.char_span(c.start_char, c.end_char, alignment_mode="expand")
    tok = next((t for t in span or [] if _outcome(t)), None)
    verb = _reporter(tok) if tok is not None else None
    return verb, (_source_of(verb) if verb is not None else None)


def _rival_clauses(doc: Doc, unit: int, out: list[Casualty], found: list[Casualty]):
    """Figures of two sources in the clauses of one sentence split by a semicolon, the second
    counting bodies ("the army said it neutralised 7 Amba fighters; local sources counted 3
    bodies"): rival reports of the same dead (the lowest is coded), not people to add up."""
    mine = [c for c in found if c.outcome == "killed" and c.count_best and c.report < 0]
    before = [c for c in out if c.sent_start == unit and c.outcome == "killed" and c.count_best and c.report < 0]
    if len(mine) != 1 or not before or not re.search(r"\b(?:bodies|corpses)\b", mine[0].text, re.IGNORECASE):
        return out, found
    verb, source = _clause_source(doc, mine[0])
    told = [(c, *_clause_source(doc, c)) for c in before]
    if source is None or any(v is None or s == source for _, v, s in told):
        return out, found
    ids = {id(c): v.i for c, v, _ in told}
    return ([replace(c, report=ids[id(c)]) if id(c) in ids else c for c in out],
            [replace(c, report=verb.i) if c is mine[0] else c for c in found])


_ALL_TOLD = re.compile(r"\b(?:altogether|in\s+total|in\s+all|combined)\b", re.IGNORECASE)
_SERIES = re.compile(r"\b(?:wave|series|spate|campaign)\s+of\b|\b(?:coordinated|simultaneous)\s+(?:wave|attacks|"
                     r"bombings|assaults)\b", re.IGNORECASE)
_DISPUTE_VERBS = {"dispute", "contest", "question", "challenge", "deny", "reject"}


def _disputed_figure(sent) -> Token | None:
    """The noun of a figure told as disputed by another source ("..., a figure disputed by
    local authorities who counted 38 bodies"), or None."""
    for tok in sent:
        if tok.lemma_.lower() in ("figure", "toll", "number", "tally", "count") and tok.dep_ in (
                "appos", "npadvmod", "dep", "conj") and any(
                c.dep_ == "acl" and c.lemma_.lower() in _DISPUTE_VERBS for c in tok.children):
            return tok
    return None


def _rival_reports(sent, found: list[Casualty]) -> list[Casualty]:
    """Marks the rows of rival reports in one sentence, each told by its own source and set against
    the other ("ISWAP said it killed 25 soldiers, but the army said four soldiers died"): figures
    of the same people, not two groups to add up (the lowest is coded, as ACLED does)."""
    if len(found) < 2:
        return found
    doc = sent.doc
    disputed = _disputed_figure(sent)
    if disputed is not None:
        # "Sixty-one people were killed ..., a figure disputed by local authorities who counted 38
        # bodies": the figure before and the one of those who dispute it are rivals
        inner = {t.i for t in disputed.subtree}
        before = [c for c in found if c.end_char <= disputed.idx and c.outcome in ("killed", "wounded")]
        against = [c for c in found if doc.char_span(c.start_char, c.end_char, alignment_mode="expand") is not None
                   and doc.char_span(c.start_char, c.end_char, alignment_mode="expand").root.i in inner]
        if before and against:
            return [replace(c, report=disputed.i - 1) if c in before else
                    replace(c, report=disputed.i) if c in against else c for c in found]
    verbs: list[Token | None] = []
    for c in found:
        span = doc.char_span(c.start_char, c.end_char, alignment_mode="expand")
        tok = next((t for t in span or [] if _outcome(t)), None) if span is not None else None
        verbs.append(_reporter(tok) if tok is not None else None)
    told = sorted({v.i: v for v in verbs if v is not None}.values(), key=lambda v: v.i)
    if len(told) < 2:
        return found

    source = _source_of

    def where(v: Token) -> set[str]:
        # the places and the order the report tells ("in the market", "at a nearby checkpoint",
        # "outside", "in a second ambush"): reports of other places are of other people
        # (not the words of another report told inside this one's clause)
        inner = {t.i for w in told if w is not v and v.is_ancestor(w) for t in w.subtree}
        said = [t for c in v.children if c.dep_ in ("ccomp", "parataxis", "dobj") for t in c.subtree
                if t.i not in inner]
        # (not the fight they died in: "died in an exchange of fire")
        out = {t.lemma_.lower() for t in said if t.dep_ == "pobj" and t.head.lower_ in _WHERE_PREPS
               and t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in ("DATE", "TIME")
               and t.lemma_.lower() not in _FIGHT_WORDS | {"crossfire", "gunfire", "fire"}}
        out |= {t.lower_ for t in said if t.lower_ in _WHERE_WORDS}
        return out

    # (a report that names no place is of the place the other names; the two set against each
    # other by a contrast or a semicolon: "The ministry said 29 soldiers died; security sources
    # said 35 troops had been killed")
    def sides_told(a: set[str], b: set[str]) -> bool:
        # the two peoples are the sides told before, together ("Afar and Issa militias clashed")
        return any(a & {t.text for t in s_} and b & {t.text for t in s_} for s_ in doc.sents if s_.end <= sent.start)

    def named(v: Token) -> set[str]:
        # the people a report names by a name of their own ("12 Afar were killed"): reports of
        # two peoples ("while Somali officials said 4 Issa died") are of other people
        rows = [c for c, w in zip(found, verbs) if w is v]
        words = set()
        for c in rows:
            span = doc.char_span(c.start_char, c.end_char, alignment_mode="expand")
            names = [t.text for t in span or [] if t.pos_ == "PROPN" and t.ent_type_ not in ("DATE", "TIME")]
            if not names:
                return set()  # (a report of people told by a common noun: maybe the same people)
            words.update(names)
        return words

    rival = any(source(a) and source(b) and source(a) != source(b) and (
        where(a) <= where(b) or where(b) <= where(a)) and not (
        named(a) and named(b) and not named(a) & named(b) and sides_told(named(a), named(b))) and any(
        t.lower_ in _CONTRAST or t.text == ";" for t in doc[a.i + 1: b.i]) for a, b in zip(told, told[1:]))
    if not rival:
        return found
    return [replace(c, report=v.i) if v is not None else c for c, v in zip(found, verbs)]


# a count told by a reflexive ("killing himself"): one attacker ("himself", "herself"), or any
_SOME_OF_THEM = re.compile(r"\w+\s+of\s+(?:them|the\s+(?:\w+\s+)?(?:bombers|attackers|assailants))\b", re.IGNORECASE)
_SELF_TOLD = re.compile(r"\b(?:himself|herself|themselves)$", re.IGNORECASE)
_THE_ATTACKERS_END = re.compile(r"\b(?:the|both)\s+(?:\w+\s+)?(?:suicide\s+)?(?:bombers?|attackers?|assailants?)$",
                                re.IGNORECASE)


_THE_OTHER = re.compile(r"the\s+other\s+\w+\b|\bfrom\s+the\s+other\b", re.IGNORECASE)


_APPROXIMATE = re.compile(r"(?:about|around|approximately|roughly|some|an estimated|estimated)\s+\d[\d,]*",
                          re.IGNORECASE)


def _approximate(r: Casualty) -> bool:
    """A figure told as approximate ("about 50", "an estimated 200"): a number, though unbounded."""
    return r.count_min is None and r.count_max is None and bool(_APPROXIMATE.fullmatch(r.quantifier or ""))


def _sum_clauses(rows: list[Casualty]) -> list[Casualty]:
    """Counts of one group in one sentence add up: "twenty-two students and a teacher" = 23."""
    by_clause: dict = {}  # clause key, or (sentence, report) for a rival report
    # (a total told with them stands apart: "Five more died, bringing the toll to 25", "25 died,
    # while the police put the toll at 12")
    apart = [r for r in rows if r.update or r.toll]
    listed: dict = {}
    for r in apart:
        if r.said and not r.update and r.clause >= 0 and r.count_best is not None:
            listed.setdefault((r.sent_start, r.clause), []).append(r)
    for key, group in listed.items():
        # the counts of one list told by a source are one toll: "killed 34 people in Tchoma Bangou
        # and 19 in Zaroumadareye, a local official said" (53)
        if len(group) > 1 and all(group[0].start_char == r.start_char for r in group):
            apart = [r for r in apart if r not in group] + [
                replace(r, toll=True, said=True, plain=group[0].plain) for r in _sum_clauses(
                    [replace(r, toll=False, said=False, plain=False) for r in group])]
    selves: set = set()
    reflexive = {(r.sent_start, r.count_best) for r in rows if r.count_best and _SELF_TOLD.search(r.text)}
    for r in rows:  # distinct counts of one group in one sentence are distinct people...
        if r.victim_group == "militants" and (r.sent_start, r.count_best) in reflexive \
                and _THE_ATTACKERS_END.search(r.text):
            continue  # (nor "blew themselves up ..., killing 32 worshippers plus the two bombers")
        if r.count_best and _SELF_TOLD.search(r.text):
            # (but not one who "blew himself up, killing himself and three policemen": one bomber;
            # nor "Two bombers blew themselves up ..., killing themselves and five worshippers")
            if (r.sent_start, r.count_best) in selves:
                continue
            selves.add((r.sent_start, r.count_best))
        if not (r.update or r.toll):
            by_clause.setdefault(r.sent_start if r.clause >= 0 else r.clause, []).append(r)
    for key in list(by_clause):
        group = by_clause[key]
        # ("the other two were shot dead" beside "one blew herself up": other people, no rival)
        named = [r for r in group if not r.bare or _THE_OTHER.search(r.text) or _SELF_TOLD.search(r.text)]
        bare = [r for r in group if r not in named]
        reports = {r.report for r in group if r.report >= 0}
        if len(reports) > 1 and key >= 0:
            # rival reports of the same people stand apart: the lowest wins later
            for rep in sorted(reports):
                by_clause[(key, rep)] = [r for r in group if r.report == rep]
            group = by_clause[key] = [r for r in group if r.report < 0]
            if not group:
                del by_clause[key]
                continue
            named = [r for r in group if not r.bare or _THE_OTHER.search(r.text)]
            bare = [r for r in group if r not in named]
        if named and bare and key >= 0:
            # ...but a count without a noun beside a named one is another report of the same
            # people ("seven bombers (some reports claim 14)"): kept apart, the lowest wins later
            by_clause[key] = named
            for i, r in enumerate(bare):
                by_clause[-1000 - i - key] = [r]
    for key in list(by_clause):
        group = by_clause[key]
        if len(group) > 1 and any(_opposed(a, b) and "attacker" in (_row_side(a), _row_side(b))
                                  for a in group for b in group):
            # two sides that killed each other, told in one sentence, stay apart: the caller adds up
            # each side's figure ("Nine of the bandits were neutralised ..., while four vigilantes
            # ... lost their lives" after "killing nine of the assailants": 13, not 9 + 4 against 9)
            del by_clause[key]
            for side in dict.fromkeys(_row_side(r) for r in group):
                by_clause[(key, "side", side)] = [r for r in group if _row_side(r) == side]
    for key, group in by_clause.items():
        exact = [r for r in group if re.search(r"\bbod(?:y|ies)\b", r.text, re.IGNORECASE)
                 and (r.quantifier or "").lower() not in _VAGUE]
        if exact and len(group) > len(exact):
            # "said it killed dozens of junta troops and later recovered the bodies of 12 soldiers":
            # the bodies are of those it killed, a figure over the vague word
            by_clause[key] = [r for r in group if r in exact or (r.quantifier or "").lower().strip('"“”') not in _VAGUE]
    out = []
    for clause, group in by_clause.items():
        if len(group) == 1 or (isinstance(clause, int) and clause < 0):
            out.extend(group)
            continue

        def total(attr):
            vals = [getattr(r, attr) for r in group]
            return None if any(v is None for v in vals) else sum(vals)

        start = min(r.start_char for r in group)
        end = max(r.end_char for r in group)
        first = group[0]
        out.append(replace(first, count_min=total("count_min"), count_best=total("count_best"),
                           count_max=total("count_max"), single=all(r.single for r in group),
                           named_one=all(r.named_one for r in group),
                           quantifier=" + ".join(r.quantifier or "" for r in group),
                           start_char=start, end_char=end,
                           text=max(group, key=lambda r: len(r.text)).text))
    return out + apart


@Language.factory("conflict_casualties", default_config={"conventions": "acled"})
class CasualtyComponent:
    """Find casualty counts; sets ``doc._.casualties`` (every mention, repeats included).
    ``conventions``: how counts are coded, "acled" or "gtd" (see :data:`CONVENTIONS`)."""

    def __init__(self, nlp: Language, name: str, conventions: str = "acled"):
        self.conventions = check_conventions(conventions)

    def __call__(self, doc: Doc) -> Doc:
        doc._.casualties = find_casualties(doc, self.conventions)
        return doc
