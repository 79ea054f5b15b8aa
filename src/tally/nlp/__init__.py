"""The spaCy side of tally: loading the model from its Python package."""
