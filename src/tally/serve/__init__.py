"""``tally serve``: a web page where a monitor reads, checks and corrects the dataset.

::

    tally serve --db tally.db --token s3cret     # then open the printed link

Pages are rendered on the server (Starlette + Jinja2, autoescaped) with htmx
for the review forms; htmx, Leaflet and its cluster plugin ship in
``static/vendor`` (see ``VENDORED.md``), so nothing is fetched from a CDN. A
reviewer's decisions go to the audit table of :mod:`tally.store.review` and
win over the machine's records everywhere they are read.
"""

from __future__ import annotations

from tally.serve.app import create_app

__all__ = ["create_app"]
