"""The co-authorship network: as networkx graphs, as one offline HTML page, and as files for other tools."""
