"""``python -m wirecoder``: the same as the ``wirecoder`` command."""

from .cli import main

main()
