"""Framing flags (name-calling, loaded language): :func:`extract_flags` is the entry point."""

from tally.extract.framing.extractor import extract_flags
from tally.extract.registry import register

register("flags", version="1", assigns="flags", requires=("quotes",))(extract_flags)

__all__ = ["extract_flags"]
