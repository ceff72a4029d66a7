"""The Widdershins v4 importer: markdown reference → OpenAPI 3.0.3.

One module per concern. Reading the markdown into a line-located outline (no OpenAPI yet):

- `outline`: the outline's types (tables, fences, texts, operation blocks, tag sections, components, page);
- `markdown_reader`: the cursor over the page's lines, and the lines every part shares (headings, fences,
  pipe tables, free text);
- `markdown`: the page (`read_page`): front matter, the API title's section (info, servers), the
  Authentication, tag and Schemas sections; `vendor_schema_names`;
- `markdown_operation`: one operation's parts, in template order, callbacks and authentication note included.

Turning the outline into OpenAPI:

- `schema`: schema tables back into JSON Schema (types, nesting, enums, examples);
- `components` (with `naming`): names the shapes Widdershins inlined;
- `security`: reads requirements and names the schemes the page leaves unnamed;
- `assemble`: the entry points (`import_widdershins`, `plan_import`) and the document (info, servers,
  tags, paths, components); its builder is layered over the `assemble_*` modules:
- `assemble_state`: what every layer shares (the page, diagnostics, bodies and security uses seen so far);
- `assemble_tables`: table rows into schema rows, schema blocks, enums, the `# Schemas` components;
- `assemble_samples`: what only the code samples show (media types, parameter examples, query style);
- `assemble_request`: parameters and the request body, from the parameters table and the body example;
- `assemble_responses`: responses, their examples, schemas and headers;
- `assemble_operation`: an operation, its callbacks and its security requirements.
"""

from generator.importers.widdershins.assemble import import_widdershins, plan_import
from generator.importers.widdershins.markdown import vendor_schema_names

__all__ = ["import_widdershins", "plan_import", "vendor_schema_names"]
