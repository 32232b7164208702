"""Sentence starts at line breaks, set before the parser runs.

Headlines, bylines and summary bullets carry no closing punctuation; without this the parser glues a
headline to the first sentence of the body, and a bullet to the next bullet.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("conflict_linebreaks")
def mark_line_breaks(doc: Doc) -> Doc:
    """Mark each token that follows a line break as a sentence start; leave the rest to the parser."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc
