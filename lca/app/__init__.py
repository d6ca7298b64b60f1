"""The application layer above the library: long-running services built on cfp's results."""
