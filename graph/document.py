"""One source document's assertions as an RDF graph: its own node, the documents it cites,
every stated relation and the evidence for each.

The graph is a pure function of the extraction and the file key, with no blank nodes and
no timestamps, so loading the same file twice writes the same triples. Terms are N-Triples
text from the start (``<iri>``, ``"text"@vi``) and triples a plain ordered set: rdflib
terms and Graph cost several times the extraction itself (``graph`` still gives a Graph,
for tests and tools).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import PurePosixPath
from urllib.parse import quote

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SKOS, XSD

from danchieu.extract.model import Citation, Extraction, SourceDocument

from . import identity, tables
from .card import CARD, JSON_TYPE, cards
from .summary import contribution
from .identity import UNKNOWN, Key, Place
from .vocab import DCH, ELI, LEVEL, RELATION, SOURCE, TYPE


class _Terms:
    """A namespace whose terms are looked up once, as N-Triples text: rdflib's
    DefinedNamespace checks each attribute access, tens of thousands of times a document."""

    def __init__(self, ns):
        self._ns = ns

    def __getattr__(self, name):
        term = _iri(getattr(self._ns, name))
        setattr(self, name, term)
        return term


DCH, ELI, RDF, SKOS, XSD = map(_Terms, (DCH, ELI, RDF, SKOS, XSD))

LEVELS = {"Trung ương": "trung-uong", "tỉnh": "tinh", "huyện": "huyen", "xã": "xa"}
SENTENCE_END = re.compile(r"[.;!?](?=\s)|\n")


@dataclass(frozen=True, slots=True)
class DocumentGraph:
    iri: URIRef          # the named graph
    subject: URIRef      # the source document's node
    triples: tuple       # (s, p, o) as N-Triples terms, in the order written
    citations: int       # mentions with a symbol
    unresolved: int      # short forms with no full citation

    @property
    def graph(self) -> Graph:
        g = Graph()
        g.bind("dch", DCH._ns._NS)
        g.bind("eli", ELI._ns._NS)
        return g.parse(data=self.ntriples(), format="nt")

    def ntriples(self) -> str:
        return "".join(f"{s} {p} {o} .\n" for s, p, o in self.triples)

    def summary(self) -> str:
        """Its contribution to the summary graph (graph/summary.py), as N-Triples."""
        return contribution(self.triples)


def _iri(value) -> str:
    return f"<{value}>"


def _lit(value, lang: str | None = None, datatype: str | None = None) -> str:
    """A literal in N-Triples syntax (as rdflib's nt serializer writes it)."""
    text = str(value)
    if '"' in text or "\\" in text or "\n" in text or "\r" in text:   # a card: always
        # (four replaces: a translate table looks each character up, ten times slower)
        text = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    text = f'"{text}"'
    if lang:
        return f"{text}@{lang}"
    return f"{text}^^{datatype}" if datatype else text


def card_triples(triples) -> list[tuple[str, str, str]]:
    """The ``dch:card`` triples (N-Triples terms) for what ``triples`` (N-Triples terms)
    describe (graph/card.py)."""
    return [(node, CARD, _lit(text, datatype=_iri(JSON_TYPE))) for node, text in cards(triples)]


def _int(value: int) -> str:
    return _lit(value, datatype=XSD.integer)


TRUE = _lit("true", datatype=XSD.boolean)
_RELATION = {name: _iri(p) for name, p in RELATION.items()}


class _Triples(dict):
    """An insertion-ordered set of triples with the few Graph methods the writer uses."""

    def add(self, triple) -> None:
        self[triple] = None

    def remove(self, triple) -> None:
        self.pop(triple, None)


def graph_iri(source_key: str) -> URIRef:
    return URIRef(SOURCE + quote(source_key, safe="/"))


_SPACE = re.compile(r"\s")


def sentence(text: str, start: int, end: int, limit: int = 600) -> str:
    """The sentence around a span: from the previous end mark to the next one, at most
    ``limit`` characters either side. Only that window is searched: searching from the start
    of the text for every citation cost time in the square of its length."""
    lo = max(0, start - limit)
    left = max((m.end() for m in SENTENCE_END.finditer(text, lo, start)), default=lo)
    after = SENTENCE_END.search(text, end, end + limit + 1)
    right = min(after.end() if after else len(text), end + limit)
    # Cut by the limit, not at a sentence's end: at a word's edge, the cut marked ("…").
    head = tail = ""
    if left == lo > 0:
        space = _SPACE.search(text, lo, start)
        left, head = (space.end() if space else start), "… "
    if right == end + limit < len(text):
        right, tail = max(text.rfind(" ", end, right), end), " …"
    return head + re.sub(r"\s+", " ", text[left:right]).strip() + tail


class _Writer:
    """Accumulates triples for one source document."""

    def __init__(self, ex: Extraction, source_key: str, content_hash: str):
        self.ex, self.g = ex, _Triples()
        self.iri = graph_iri(source_key)
        self.g_iri = _iri(self.iri)
        src = ex.source
        self.context = identity.place_of(src.locality, src.province, src.level)
        # an unnumbered text is named by its whole key: "A/x.txt" and "B/x.txt" are two texts
        self.subject = self._source_node(src, str(PurePosixPath(source_key).with_suffix("")))
        g = self.g
        g.add((self.g_iri, RDF.type, DCH.SourceRecord))
        g.add((self.g_iri, DCH.describes, self.subject))
        g.add((self.g_iri, DCH.sourceKey, _lit(source_key)))
        g.add((self.g_iri, DCH.contentHash, _lit(content_hash)))

    # ---------------------------------------------------------- nodes
    def _place(self, place: Place | None) -> str | None:
        if place is None:
            return None
        g, uri = self.g, _iri(place.uri)
        g.add((uri, RDF.type, DCH.Place))
        g.add((uri, SKOS.prefLabel, _lit(place.name, "vi")))
        g.add((uri, DCH.level, _iri(LEVEL + LEVELS[place.level])))
        up = place.province_place()
        if up and up != place:
            g.add((uri, DCH.province, self._place(up)))
        return uri

    def _org(self, body: str, place: Place | None, level: str | None, central: bool) -> str:
        place = None if central else place
        body = _body_core(body, place)
        uri = _iri(identity.org_uri(body, "vn" if central else (place.path if place else UNKNOWN)))
        g = self.g
        g.add((uri, RDF.type, ELI.Organization))
        label = body if place is None else f"{body} {place.name}"
        g.add((uri, SKOS.prefLabel, _lit(label, "vi")))
        level = "Trung ương" if central else (level or (place.level if place else None))
        if level in LEVELS:
            g.add((uri, DCH.level, _iri(LEVEL + LEVELS[level])))
        if place is not None:
            g.add((uri, DCH.locality, self._place(place)))
        return uri

    def _code_agent(self, code: str, scope: str) -> str:
        uri = _iri(identity.code_agent_uri(code, scope))
        self.g.add((uri, RDF.type, DCH.CodeAgent))
        self.g.add((uri, SKOS.notation, _lit(code)))
        return uri

    def _type(self, word: str | None, code: str | None, family: str | None) -> str:
        return _type_uri(word, code, family)

    def _describe(self, node: str, *, symbol, type_word, number, date, title, term,
                  family, issuers, level, place, key: Key | None) -> None:
        """What this text says about a document (kept per source: conflicts stay visible)."""
        g = self.g
        sym = identity.parse_symbol(symbol) if symbol else None
        g.add((node, RDF.type, ELI.LegalResource))
        if symbol:
            g.add((node, ELI.id_local, _lit(symbol)))
        if number or sym:
            g.add((node, ELI.number, _lit(number or sym.number)))
        g.add((node, ELI.type_document, self._type(type_word, sym and sym.type_code, family)))
        if date:
            g.add((node, ELI.date_document, _lit(date, datatype=XSD.date)))
        if title:
            g.add((node, ELI.title, _lit(title, "vi")))
        if term:
            g.add((node, DCH.term, _lit(term)))
        if family:
            g.add((node, DCH.family, _lit(family)))
        if key is not None:
            g.add((node, DCH.issuerCode, _lit(key.issuer)))
            g.add((node, DCH.scope, _lit(key.scope)))
            if key.period != UNKNOWN:
                g.add((node, DCH.period, _lit(key.period)))
                if key.family == "party" and key.scope == "vn" and not term:
                    g.add((node, DCH.term, _lit(key.period)))   # derived from the date
        bodies = [b for b in issuers if b]
        central = key.scope == "vn" if key else (level == "Trung ương" or place is None)
        for body in bodies:
            g.add((node, ELI.passed_by, self._org(body, place, level, central)))
        if not bodies:
            code = key.issuer if key else "?"
            g.add((node, ELI.passed_by, self._code_agent(code, key.scope if key else UNKNOWN)))

    def _source_node(self, src: SourceDocument, name: str) -> str:
        found = src.symbol and identity.key_of(
            src.symbol, family=src.family, locality=src.locality, level=src.level,
            date=src.date, term=src.term, year=src.year, context=self.context)
        if found:
            key, place = found
            node = _iri(key.uri)
            if key.lacks_province:          # joins the same text's node that names it (relink)
                self.g.add((node, DCH.floatingKey, _lit(key.uri)))
        else:
            key, place, node = None, self.context, _iri(identity.unnumbered_uri(name))
            self.g.add((node, RDF.type, DCH.UnnumberedDocument))
        self._describe(node, symbol=src.symbol if found else None, type_word=src.type,
                       number=src.number, date=src.date, title=src.title, term=src.term,
                       family=src.family, issuers=[src.issuer], level=src.level, place=place,
                       key=key)
        return node

    # ---------------------------------------------------------- citations
    def cited(self, c: Citation, key: Key, place: Place | None, floating: bool) -> str:
        node = _iri(key.floating.uri if floating else key.uri)
        self._describe(node, symbol=c.symbol, type_word=c.type, number=c.number, date=c.date,
                       title=c.title, term=c.term, family=key.family,
                       issuers=list(c.issuers) or [c.issuer], level=c.level, place=place,
                       key=key)
        if floating or key.lacks_province:
            self.g.add((node, DCH.floatingKey, _lit(key.floating.uri if floating else key.uri)))
        return node

    def edge(self, ev: str, subject: str, relation: str, obj: str, c: Citation,
             resolution: str, clause: bool) -> None:
        g, pred = self.g, _RELATION.get(relation, ELI.cites)
        g.add((subject, pred, obj))
        g.add((ev, RDF.type, DCH.Evidence))
        g.add((ev, RDF.subject, subject))
        g.add((ev, RDF.predicate, pred))
        g.add((ev, RDF.object, obj))
        self._where(ev, c)
        g.add((ev, DCH.resolution, _lit(resolution)))
        if clause:
            g.add((ev, DCH.viaClause, TRUE))

    def _where(self, node: str, c: Citation) -> None:
        g = self.g
        g.add((node, DCH.assertedIn, self.subject))
        g.add((node, DCH.start, _int(c.start)))
        g.add((node, DCH.end, _int(c.end)))
        g.add((node, DCH.mention, _lit(c.text)))
        g.add((node, DCH.sentence, _lit(sentence(self.ex.text, c.start, c.end))))

    def drop_redundant_code_agents(self) -> None:
        """A code stands in for the issuer only when no mention in this text names the body."""
        g = self.g
        agents: dict[str, set[str]] = {}
        for s, p, o in g:
            if p == ELI.passed_by:
                agents.setdefault(s, set()).add(o)
        for node, found in agents.items():
            if any((a, RDF.type, ELI.Organization) in g for a in found):
                for a in found:
                    if (a, RDF.type, DCH.CodeAgent) in g:
                        g.remove((node, ELI.passed_by, a))
        used = {o for s, p, o in g if p == ELI.passed_by}
        unused = {s for s, p, o in g if p == RDF.type and o == DCH.CodeAgent and s not in used}
        for t in [t for t in g if t[0] in unused]:
            g.remove(t)

    def unresolved(self, c: Citation) -> None:
        node = f"<{self.iri}#u{c.start}>"
        self.g.add((node, RDF.type, DCH.UnresolvedMention))
        self._where(node, c)


@lru_cache(maxsize=4096)
def _type_uri(word: str | None, code: str | None, family: str | None) -> str:
    t = tables.type_by_word(word) or tables.type_by_code(code, family)
    return _iri(TYPE + (tables.slug(t.word) if t else "van-ban"))


_ADMIN = ("tinh", "thanh pho", "huyen", "quan", "thi xa", "xa", "phuong", "thi tran")


def _body_core(body: str, place: Place | None) -> str:
    """The body without the locality the text glued to it ("Tỉnh ủy Quảng Nam" -> "Tỉnh ủy"),
    so that one body is one node however its citers write it."""
    if place is None:
        return body
    words = body.split()
    for name in (place.name, place.province):
        n = len(name.split()) if name else 0
        if n and tables.fold(" ".join(words[-n:])) == tables.fold(name):
            words = words[:-n]
            break
    while words and len(words) > 1:
        for admin in _ADMIN:
            k = len(admin.split())
            if tables.fold(" ".join(words[-k:])) == admin:
                words = words[:-k]
                break
        else:
            break
    return " ".join(words) or body


def _keys(ex: Extraction, context: Place | None) -> dict[int, tuple[Key, Place | None, str]]:
    """Key, place and resolution of every mention with a symbol, by start offset.

    A mention whose own words give no period takes it from its short-form antecedent, else
    the nearest earlier mention of the same document, else the only period the text gives
    it anywhere; failing that it floats and the build joins it later (relink.py).
    """
    out: dict[int, tuple[Key, Place | None, str]] = {}
    for c in ex.citations:
        if c.symbol is None:
            continue
        found = identity.key_of(c.symbol, family=c.family, locality=c.locality, level=c.level,
                                date=c.date, term=c.term, year=c.year, context=context)
        if found:
            out[c.start] = (found[0], found[1], "stated")
    # Mentions with a period, by floating key: starts (sorted), their keys, the distinct keys.
    # Indexed once, not gathered again for every mention: a text repeating an undated
    # symbol thousands of times took time in the square of its length.
    known: dict[Key, tuple[list[int], list[Key], set[Key]]] = {}
    for start in sorted(out):
        key = out[start][0]
        if key.period != UNKNOWN:
            starts, keys, distinct = known.setdefault(key.floating, ([], [], set()))
            starts.append(start)
            keys.append(key)
            distinct.add(key)
    for c in ex.citations:
        if c.start not in out or out[c.start][0].period != UNKNOWN:
            continue
        key, place, _ = out[c.start]
        starts, keys, distinct = known.get(key, ([], [], set()))
        i = bisect.bisect_left(starts, c.start)
        source = out.get(c.resolved_from) if c.resolved_from is not None else None
        if source and source[0].period != UNKNOWN and source[0].floating == key:
            found = source[0]
        elif i:
            found = keys[i - 1]                  # the nearest earlier mention's
        elif len(distinct) == 1:
            found = next(iter(distinct))
        else:
            out[c.start] = (key, place, "floating")
            continue
        out[c.start] = (found, place, "context")
        # later mentions see this one's period, as they see a stated one
        starts, keys, distinct = known.setdefault(key, ([], [], set()))
        starts.insert(i, c.start)
        keys.insert(i, found)
        distinct.add(found)
    return out


def document_graph(ex: Extraction, source_key: str, content_hash: str) -> DocumentGraph:
    w = _Writer(ex, source_key, content_hash)
    keys = _keys(ex, w.context)
    nodes: dict[int, str] = {}
    for c in ex.citations:
        if c.start in keys:
            key, place, how = keys[c.start]
            nodes[c.start] = w.cited(c, key, place, how == "floating")
    by_symbol: dict[str, list[int]] = {}       # starts of the mentions with a node, sorted
    for c in ex.citations:
        if c.start in nodes:
            by_symbol.setdefault(c.symbol, []).append(c.start)
    cited = unresolved = 0
    for c in ex.citations:
        if c.start not in nodes:
            w.unresolved(c)
            unresolved += 1
            continue
        cited += 1
        obj, how = nodes[c.start], keys[c.start][2]
        w.edge(f"<{w.iri}#m{c.start}>", w.subject, c.relation, obj, c, how, False)
        if c.clause:
            subj = nodes.get(c.clause.subject_start)
            if subj is None:            # the subject's own mention has no node: its latest one
                starts = by_symbol.get(c.clause.subject, [])
                i = bisect.bisect_left(starts, c.start)
                subj = nodes[starts[i - 1]] if i else None
            if subj is not None:
                if c.clause.inverse:        # "subj được sửa đổi bởi obj": obj amends subj
                    subj, obj = obj, subj
                w.edge(f"<{w.iri}#c{c.start}>", subj, c.clause.relation, obj, c, how, True)
    w.drop_redundant_code_agents()
    for triple in card_triples(w.g):
        w.g.add(triple)
    return DocumentGraph(w.iri, URIRef(w.subject[1:-1]), tuple(w.g), cited, unresolved)
