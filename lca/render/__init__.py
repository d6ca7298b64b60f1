"""Render: the outputs of a result (JSON, CSV, reports, PACT), each behind one small interface."""
