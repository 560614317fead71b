"""SPARQL: the shipped query library, its parameters, what a query may do, and the engine behind ``serve``."""
