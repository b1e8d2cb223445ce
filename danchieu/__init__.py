"""danchieu: citations between Vietnamese directives, as a knowledge graph."""
