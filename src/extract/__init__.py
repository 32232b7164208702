"""extract: news articles about armed conflict -> tidy event tables.

The library API a notebook uses; the CLI (``extract ...``) is a thin wrapper over these calls::

    import extract
    tables = extract.extract_text("Gunmen killed five villagers in Kaduna State on Sunday.",
                                  published="2024-05-27")
    tables["events"]                                  # pandas DataFrames, one per table
    result = extract.run(["data/raw"], "data/processed")
    tables = extract.load_tables("data/processed")
"""

from __future__ import annotations

__version__ = "0.1.0"

from .articles import Article, FieldMap, parse_published, read_articles  # noqa: E402
from .corpus import CountryPrior, infer_country  # noqa: E402
from .engine import InputError, RunOptions, RunResult, extract_batch, input_country, run  # noqa: E402
from .nlp import ModelNotFound, load_pipeline  # noqa: E402
from .tables import load_table, load_tables  # noqa: E402


def extract_text(text: str, published=None, title: str | None = None,
                 article_id: str = "text", model: str = "en_core_web_sm",
                 gazetteer: str | None = None, country: str | None = None,
                 conventions: str = "acled") -> dict:
    """Extract the events of one article text.

    Args:
        text: the article text (headline and body).
        published: its publication date (``date``, ``datetime`` or a string in any common format);
            relative dates ("on Sunday") stay unresolved without it.
        title: the headline, if it is not part of ``text``.
        article_id: the id used in the ``event_id`` column (``{article_id}:{n}``).
        model: the spaCy model to use; see :func:`extract.nlp.resolve_model_name`.
        gazetteer: a gazetteer built by ``extract gazetteer build``; ``None`` for the default.
        country: ISO2 code of the country the text is known to be about, a weak prior for
            place names that say no country; ``None`` for none.
        conventions: how casualty counts are coded, "acled" or "gtd"; see
            :func:`extract.nlp.load_pipeline`.

    Returns a dict of pandas DataFrames keyed by table name (``articles``, ``events``, ...).
    """
    art = Article(article_id=article_id, text=text, title=title,
                  published=parse_published(published), input_file=None)
    if not text.strip():
        art.status, art.error = "empty", "empty text"
    return extract_batch(load_pipeline(model, gazetteer, country, conventions), [art]).to_pandas()


__all__ = [
    "Article", "CountryPrior", "FieldMap", "InputError", "ModelNotFound", "RunOptions",
    "RunResult", "__version__", "extract_batch", "extract_text", "infer_country", "input_country",
    "load_pipeline", "load_table", "load_tables", "parse_published", "read_articles", "run",
]
