"""`python -m cfp ...`: the same command as the `cfp` console script."""

from cfp.cli.main import main

if __name__ == "__main__":
    main()
