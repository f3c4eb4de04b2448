"""python -m lactabone: the command line."""
from .cli import main

main()
