"""`python -m h2ogpte_ext` is the `h2ogpte-ext` command."""

from h2ogpte_ext._cli import main

main()
