"""Sentence starts at line breaks and after a dateline, set before the parser runs.

Headlines, bylines and summary bullets carry no closing punctuation; without this the parser glues a
headline to the first sentence of the body, and a bullet to the next bullet. A wire dateline
("BAMAKO —") parsed with its sentence becomes that sentence's subject.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .common import dateline_end, doc_text


@Language.component("conflict_linebreaks")
def mark_line_breaks(doc: Doc) -> Doc:
    """Mark each token that follows a line break or a dateline as a sentence start; leave the
    rest to the parser."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    end = dateline_end(doc_text(doc))
    if end:
        after = next((t for t in doc if t.idx >= end and not t.is_space), None)
        if after is not None and after.i > 0:
            after.is_sent_start = True
    return doc
