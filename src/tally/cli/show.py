"""``tally show`` and ``tally schema``: one stored article, and the records' JSON Schema."""

from __future__ import annotations

import json
from typing import Any

import click
from rich.table import Table

import tally
from tally.cli.options import command, db_option, existing_db, json_option, out, safe
from tally.records import RECORD_KINDS, Article, json_schema

#: candidates listed when an id prefix matches several articles
MAX_CANDIDATES = 10


def _records_table(title: str, rows: list[dict[str, Any]], columns: list[str]) -> Table:
    table = Table(title=title, show_lines=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*[("" if row.get(c) is None else safe(row.get(c))) for c in columns])
    return table


def _short(text: str, limit: int = 90) -> str:
    """One line of at most *limit* characters, for tables."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _entity_names(article: Article) -> dict[str, str]:
    return {e.id: e.name for e in article.entities}


@command("show")
@click.argument("article_id")
@db_option
@click.option("--quotes", "kinds", flag_value="quotes", multiple=True, help="Show the quotes.")
@click.option("--figures", "kinds", flag_value="figures", multiple=True, help="Show the figures.")
@click.option("--entities", "kinds", flag_value="entities", multiple=True, help="Show the entities.")
@json_option("Print the article's tally/1 JSON.")
def show(article_id: str, db_path: str, kinds: tuple[str, ...], as_json: bool) -> None:
    """Show one stored article (an id or a unique id prefix) and its records.

    \b
        tally show 3fa2 --quotes
    """
    existing_db(db_path)
    try:
        with tally.Corpus(db_path) as corpus:
            article = corpus.get(article_id)
            candidates = (
                [] if article else corpus.store.find_article_ids(article_id, limit=MAX_CANDIDATES + 1)
            )
    except tally.TallyError as err:
        raise click.ClickException(str(err)) from err
    if article is None and len(candidates) > 1:
        listed = "\n".join(f"  {c[:16]}" for c in candidates[:MAX_CANDIDATES])
        more = "\n  …" if len(candidates) > MAX_CANDIDATES else ""
        count = f"{MAX_CANDIDATES}+" if more else str(len(candidates))
        raise click.ClickException(
            f"id prefix {article_id!r} matches {count} articles; give more of the id:\n{listed}{more}"
        )
    if article is None:
        raise click.ClickException(f"no article with id {article_id!r} in {db_path}")
    if as_json:
        click.echo(json.dumps(article.to_json_dict(), ensure_ascii=False, indent=2))
        return
    src = article.source
    out.print(f"[bold]{safe(src.title or '(no title)')}[/bold]  {article.id[:12]}")
    out.print(f"{safe(src.path or '')}  published {src.published or 'unknown'} ({src.published_from})")
    out.print(", ".join(f"{kind}: {len(getattr(article, kind))}" for kind in RECORD_KINDS))
    names = _entity_names(article)
    for kind in kinds or ("entities",):
        if kind == "quotes":
            rows = [
                {
                    **q.model_dump(),
                    "speaker": q.speaker_name or names.get(q.speaker or "", ""),
                    "via": names.get(q.via or "", ""),
                    "text": _short(q.text),
                }
                for q in article.quotes
            ]
            out.print(_records_table("quotes", rows, ["id", "kind", "speaker", "cue", "via", "date", "text"]))
        elif kind == "figures":
            rows = [
                {
                    **f.model_dump(),
                    "text": article.text[f.start : f.end],
                    "asserted_by": ", ".join(names.get(e, e) for e in f.asserted_by),
                    "confirmed_by": ", ".join(names.get(e, e) for e in f.confirmed_by),
                    "disputed_by": ", ".join(names.get(e, e) for e in f.disputed_by),
                }
                for f in article.figures
            ]
            out.print(
                _records_table(
                    "figures",
                    rows,
                    [
                        "id",
                        "value",
                        "qualifier",
                        "category",
                        "subject",
                        "text",
                        "asserted_by",
                        "confirmed_by",
                        "disputed_by",
                        "date",
                        "place",
                    ],
                )
            )
        else:
            rows = [
                {
                    **e.model_dump(),
                    "aliases": ", ".join(e.aliases),
                    "roles": ", ".join(e.roles),
                    "mentions": len(e.mentions),
                }
                for e in article.entities
            ]
            out.print(
                _records_table("entities", rows, ["id", "type", "name", "aliases", "roles", "mentions"])
            )


@command("schema")
def schema_() -> None:
    """Print the JSON Schema of the tally/1 article record.

    The corpus-level records are in its $defs: Claim, EventCluster, CorpusEntity.

    \b
        tally schema > tally-1.schema.json
    """
    click.echo(json.dumps(json_schema(), indent=2))
