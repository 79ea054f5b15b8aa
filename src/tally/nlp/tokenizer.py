"""spaCy's tokenizer, kept linear on runs of characters with no whitespace between them.

spaCy strips prefixes and suffixes from a whitespace-free stretch one character
at a time, copying the rest each time: 8,000 ``"`` in a row take 14 s and
25,000 take minutes (issue 17). :class:`BoundedTokenizer` cuts any such run
longer than :data:`LONG_RUN` characters into pieces of :data:`PIECE`
characters, tokenizes the pieces and joins them with ``Doc.from_docs``: the
text, and so every offset, is unchanged, and text without such runs (no real
word, number or URL is that long) is tokenized exactly as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from spacy.tokens import Doc

#: A whitespace-free run at least this long is cut for tokenizing.
LONG_RUN = 300
#: The length of the pieces a long run is cut into.
PIECE = 100

_RUN = re.compile(rf"\S{{{LONG_RUN},}}")


def pieces(text: str) -> list[str]:
    """*text* cut before and inside every long whitespace-free run; ``"".join`` gives it back."""
    out: list[str] = []
    last = 0
    for run in _RUN.finditer(text):
        if run.start() > last:
            out.append(text[last : run.start()])
        # a single space after the run stays with it, as the last token's trailing whitespace
        out.extend(text[i : min(i + PIECE, run.end())] for i in range(run.start(), run.end(), PIECE))
        last = run.end()
        if text[last : last + 1] == " ":
            out[-1] += " "
            last += 1
    if last < len(text):
        out.append(text[last:])
    return out


class BoundedTokenizer:
    """Wraps a spaCy tokenizer (``nlp.tokenizer = BoundedTokenizer(nlp.tokenizer)``)."""

    def __init__(self, inner: Callable[[str], Doc]) -> None:
        self.inner = inner

    def __call__(self, text: str) -> Doc:
        if _RUN.search(text) is None:
            return self.inner(text)
        docs = [self.inner(piece) for piece in pieces(text)]
        doc = Doc.from_docs(docs, ensure_whitespace=False)
        return doc if doc.text == text else self.inner(text)  # pragma: no cover - from_docs keeps the text

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str) -> object:
        # rules, explain(), vocab … of the wrapped tokenizer
        return getattr(self.inner, name)
