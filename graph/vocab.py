"""Every IRI the graph uses, in one place; a misspelt term fails at import."""
from rdflib import Namespace
from rdflib.namespace import DefinedNamespace, URIRef

BASE = "https://w3id.org/danchieu/"


class DCH(DefinedNamespace):
    """The project's own terms (ontology/danchieu.ttl)."""
    _NS = Namespace(BASE + "ontology#")
    _fail = True

    # classes
    UnnumberedDocument: URIRef
    AmbiguousReference: URIRef
    Evidence: URIRef
    UnresolvedMention: URIRef
    SourceRecord: URIRef
    Place: URIRef
    CodeAgent: URIRef
    PartyTerm: URIRef
    Level: URIRef
    # relations ELI has no term for
    implements: URIRef
    reviews: URIRef
    guides: URIRef
    approves: URIRef
    replaces: URIRef
    # document metadata
    term: URIRef
    period: URIRef
    family: URIRef
    issuerCode: URIRef
    scope: URIRef
    # organisations and places
    level: URIRef
    locality: URIRef
    province: URIRef
    # evidence
    assertedIn: URIRef
    start: URIRef
    end: URIRef
    mention: URIRef
    sentence: URIRef
    resolution: URIRef
    floatingKey: URIRef
    viaClause: URIRef
    candidate: URIRef
    # source records (one per named graph)
    describes: URIRef
    sourceKey: URIRef
    contentHash: URIRef
    # a digest of one graph's description of a document (graph/card.py)
    card: URIRef
    # party terms
    startDate: URIRef
    roman: URIRef


class ELI(DefinedNamespace):
    """The subset of ELI 1.5 that danchieu reuses."""
    _NS = Namespace("http://data.europa.eu/eli/ontology#")
    _fail = True

    LegalResource: URIRef
    Organization: URIRef
    Agent: URIRef
    ResourceType: URIRef
    cites: URIRef
    based_on: URIRef
    applies: URIRef
    amends: URIRef
    repeals: URIRef
    changes: URIRef
    refers_to: URIRef
    date_document: URIRef
    id_local: URIRef
    number: URIRef
    type_document: URIRef
    passed_by: URIRef
    title: URIRef


# Extraction relation name -> predicate. ELI terms where ELI has one (eli:implements is
# deprecated since ELI 1.1, hence dch:implements under eli:applies).
RELATION = {
    "implements": DCH.implements,
    "based_on": ELI.based_on,
    "cites": ELI.cites,
    "reviews": DCH.reviews,
    "guides": DCH.guides,
    "approves": DCH.approves,
    "amends": ELI.amends,
    "replaces": DCH.replaces,
    "repeals": ELI.repeals,
}

DOC = BASE + "eli/"          # document works
ORG = BASE + "org/"          # issuing bodies
PLACE = BASE + "place/"      # localities
TYPE = BASE + "type/"        # document type concepts
LEVEL = BASE + "level/"      # Trung ương, tỉnh, huyện, xã
TERM = BASE + "term/"        # central Party terms (khóa)
SOURCE = BASE + "source/"    # one named graph per source file
IDENTITY_GRAPH = URIRef(BASE + "graph/identity")   # derived: ambiguity of floating mentions
ONTOLOGY_GRAPH = URIRef(BASE + "graph/ontology")   # a copy of ontology/*.ttl for queries
SUMMARY_GRAPH = URIRef(BASE + "graph/summary")     # derived: one description a document
SUMMARY = BASE + "summary#"  # its predicates: copies of the metadata ones (graph/summary.py)
