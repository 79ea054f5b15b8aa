"""Write the round-17 probe articles to work/ or held/ by a hash of their id (before tally ever ran on them).

Source files (``sources/*.txt``): articles separated by ``=== ID``, each text then
``---`` then its expectation lines (see README.md). The split: the first byte of
sha1(ID) below 154 (60 %) → ``work``, else ``held``.
"""

import hashlib
import pathlib
import sys

HERE = pathlib.Path(__file__).parent


def articles(source: str):
    for block in source.split("=== ")[1:]:
        ident, rest = block.split("\n", 1)
        text, exp = rest.split("\n---\n", 1)
        yield ident.strip(), text.strip() + "\n", exp.strip() + "\n"


def main() -> None:
    for src in sorted((HERE / "sources").glob("*.txt")):
        for ident, text, exp in articles(src.read_text()):
            split = "work" if hashlib.sha1(ident.encode()).digest()[0] < 154 else "held"
            folder = HERE / split
            folder.mkdir(exist_ok=True)
            (folder / f"{ident}.txt").write_text(text)
            (folder / f"{ident}.exp").write_text(exp)
            print(split, ident, file=sys.stderr)


main()
