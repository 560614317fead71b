"""The build: a project's sources read, resolved, turned into quads and written to files or a store."""
