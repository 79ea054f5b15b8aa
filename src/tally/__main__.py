"""``python -m tally``: the ``tally`` command without the console script."""

from tally.cli import cli

if __name__ == "__main__":  # pragma: no cover
    cli(prog_name="tally")
