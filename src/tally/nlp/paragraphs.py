"""A blank line ends a sentence: the parser is told before it runs.

spaCy's parser decides sentence boundaries itself and often runs a headline
(no final full stop) into the paragraph below it, or one paragraph into the
next: "Dozens killed in Zahedan\\n\\nAt least 41 people were killed …, a rights
group said" then reads as one sentence whose closing attribution speaks for
the headline too. A blank line is a paragraph break in every news format
tally reads, so the token after one starts a sentence; the parser keeps
boundaries set before it. A single line break is left to the parser: some
sources hard-wrap their lines mid-sentence.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

NAME = "tally_paragraph_breaks"


@Language.component(NAME)
def paragraph_breaks(doc: Doc) -> Doc:
    """Mark the first word after each blank line as a sentence start."""
    after_break = False
    for tok in doc:
        if tok.is_space:
            after_break = after_break or tok.text.count("\n") >= 2
            continue
        if after_break and tok.i > 0:
            tok.is_sent_start = True
        after_break = False
    return doc


def add_paragraph_breaks(nlp: Language) -> None:
    """Put :func:`paragraph_breaks` before the parser of *nlp* (once)."""
    if NAME in nlp.pipe_names:
        return
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(NAME, before="parser")
    else:
        nlp.add_pipe(NAME, first=True)
