"""Publishing the graph: the linked-data site, the server, dumps, schema.org markup and the VoID description."""
