"""Stage 4, render: normalized spec → Python package, one module per target kind."""
