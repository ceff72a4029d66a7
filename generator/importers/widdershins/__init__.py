"""The Widdershins v4 importer: markdown reference → OpenAPI 3.0.3.

One module per concern: `markdown` reads the template's layout into a line-located outline, `schema`
turns schema tables back into JSON Schema, `components` (with `naming`) names the shapes Widdershins
inlined, `security` reads requirements and names the schemes the page leaves unnamed, and `assemble` puts
operations (callbacks included) and the document together.
"""

from generator.importers.widdershins.assemble import import_widdershins, plan_import
from generator.importers.widdershins.markdown import vendor_schema_names

__all__ = ["import_widdershins", "plan_import", "vendor_schema_names"]
