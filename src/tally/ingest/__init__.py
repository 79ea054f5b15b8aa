"""Reading articles from files, directories, JSONL and stdin."""

from tally.ingest.files import RawArticle, Skipped, load_articles

__all__ = ["RawArticle", "Skipped", "load_articles"]
