"""How documents and relations look: colour by level, shape by type, line by relation.

Data, not code: change a table here and every view and legend follows.
"""
from __future__ import annotations

import unicodedata

# Administrative tiers, top to bottom; the lineage view lays documents out in this order.
LEVELS = ("Trung ương", "tỉnh", "huyện", "xã")
LEVEL_COLOURS = {"Trung ương": "#c0392b", "tỉnh": "#e67e22", "huyện": "#2e86c1", "xã": "#27ae60"}
UNKNOWN_COLOUR = "#95a5a6"
# English labels and IRI slugs of the same tiers (ontology/danchieu.ttl has both languages).
_LEVEL_ALIASES = {"trung-uong": 0, "central": 0, "tinh": 1, "province": 1,
                  "huyen": 2, "district": 2, "xa": 3, "commune": 3}

# Document type (its Vietnamese label) -> vis-network shape. Shapes that draw the label
# below the node, so every type reads the same way.
TYPE_SHAPES = {
    "Nghị quyết": "star", "Nghị quyết liên tịch": "star", "Kết luận": "hexagon",
    "Chỉ thị": "triangle", "Quy định": "triangleDown", "Quyết định": "diamond",
    "Kế hoạch": "square", "Hướng dẫn": "dot", "Luật": "star",
}
DEFAULT_SHAPE = "dot"

# Relation -> (colour, dashes, width). `dashes` is False or a vis dash pattern.
RELATION_STYLES = {
    "implements": ("#34495e", False, 2.5),
    "based_on": ("#7f8c8d", [8, 4], 1.5),
    "reviews": ("#8e44ad", [10, 3, 2, 3], 1.5),
    "guides": ("#16a085", [4, 4], 1.5),
    "approves": ("#d35400", [12, 4], 1.5),
    "amends": ("#b03a2e", [6, 2], 1.5),
    "repeals": ("#641e16", [2, 2], 2),
    "replaces": ("#641e16", [6, 2, 2, 2], 1.5),
    "cites": ("#b2babb", [2, 4], 1),
}
DEFAULT_RELATION = ("#b2babb", [2, 4], 1)

AMBIGUOUS_BORDER = "#000000"
UNRESOLVED_BORDER = "#7f8c8d"
HIGHLIGHT_BORDER = "#17202a"


def fold(text: str) -> str:
    """ASCII slug of a Vietnamese label: "Trung ương" -> "trung-uong"."""
    text = unicodedata.normalize("NFD", (text or "").replace("Đ", "D").replace("đ", "d"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return "-".join("".join(c if c.isalnum() else " " for c in text).split())


def level_rank(level) -> int | None:
    """0 for Trung ương, 1 tỉnh, 2 huyện, 3 xã, None when unknown. Accepts vi or en labels or an IRI."""
    if not level or not isinstance(level, str):
        return None
    key = fold(level.rsplit("/", 1)[-1].rsplit("#", 1)[-1])
    return _LEVEL_ALIASES.get(key)


def level_name(level) -> str:
    """The canonical Vietnamese label of a level, or "" when unknown."""
    rank = level_rank(level)
    return "" if rank is None else LEVELS[rank]


def level_colour(level) -> str:
    return LEVEL_COLOURS.get(level_name(level), UNKNOWN_COLOUR)


def type_shape(doc_type) -> str:
    return TYPE_SHAPES.get((doc_type or "").strip(), DEFAULT_SHAPE)


def relation_name(relation) -> str:
    """"implements" from "implements", "dch:implements" or a full IRI."""
    text = str(relation or "cites")
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1].rsplit(":", 1)[-1]


def relation_style(relation) -> tuple[str, object, float]:
    return RELATION_STYLES.get(relation_name(relation), DEFAULT_RELATION)


def legend() -> dict:
    """What the page legends show."""
    return {
        "levels": [(name, LEVEL_COLOURS[name]) for name in LEVELS] + [("không rõ cấp", UNKNOWN_COLOUR)],
        "types": sorted(TYPE_SHAPES.items()) + [("khác", DEFAULT_SHAPE)],
        "relations": [(name, colour, bool(dashes)) for name, (colour, dashes, _) in RELATION_STYLES.items()],
    }
