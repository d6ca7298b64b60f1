"""Read: input files to typed tables (workbooks, masters, factor sources), checked and bounded."""
