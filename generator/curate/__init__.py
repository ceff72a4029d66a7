"""Stage 2, curate: apply the API's OpenAPI Overlay files to the imported document, then lint it."""
