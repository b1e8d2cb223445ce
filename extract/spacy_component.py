"""A spaCy pipeline component: ``nlp.add_pipe("danchieu_citations")`` puts every citation in
``doc.spans["citations"]``, labelled with the relation, the Citation itself in ``span._.citation``.

spaCy finds it through the ``spacy_factories`` entry point, so no import is needed:

    >>> import spacy
    >>> nlp = spacy.blank("xx")
    >>> _ = nlp.add_pipe("danchieu_citations")
    >>> [s._.citation.symbol for s in nlp("Thực hiện Nghị quyết số 29-NQ/TW").spans["citations"]]
    ['29-NQ/TW']
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from .normalize import nfc
from .pipeline import read_text

if not Span.has_extension("citation"):
    Span.set_extension("citation", default=None)


class CitationComponent:
    def __init__(self, name: str, spans_key: str):
        self.name = name
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        # Offsets are into the NFC text: they match doc.text only when it is NFC already.
        if nfc(doc.text) != doc.text:
            raise ValueError(f"{self.name}: normalise the text to NFC before making the Doc "
                             "(unicodedata.normalize('NFC', text)), so that spans line up")
        spans = []
        for citation in read_text(doc.text).citations:
            span = doc.char_span(citation.start, citation.end, label=citation.relation,
                                 alignment_mode="expand")
            if span is not None:
                span._.citation = citation
                spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


@Language.factory("danchieu_citations", default_config={"spans_key": "citations"})
def make_citation_component(nlp: Language, name: str, spans_key: str) -> CitationComponent:
    return CitationComponent(name, spans_key)
