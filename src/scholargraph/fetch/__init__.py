"""Fetching from the web as source files:
ORCID, dblp and OpenAlex records, homepages, Mathematics Genealogy Project pages."""
