"""Records as RDF: the vocabulary and IRIs, the quads each record becomes, and the graph files written from them."""
