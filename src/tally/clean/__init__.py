"""Cleaning: body extraction, boilerplate and duplicate removal, embedded posts."""
