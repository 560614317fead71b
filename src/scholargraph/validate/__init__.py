"""Checking a graph against the project's SHACL shapes and reporting what a person can fix."""
