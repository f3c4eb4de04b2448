"""python -m lactabone: the command line (loaded by :mod:`lactabone.entry`, which answers Ctrl+C from the start)."""
from .entry import main

main()
