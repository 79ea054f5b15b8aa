"""``python -m tally.cli``: the same as ``python -m tally``."""

from tally.cli import cli

if __name__ == "__main__":  # pragma: no cover
    cli(prog_name="tally")
