"""Data resources that extractors share: the offline gazetteer."""
