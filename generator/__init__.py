"""SpecFoundry: vendor API documentation → curated OpenAPI specs → Python packages → drift reports."""

__version__ = "0.1.0"
