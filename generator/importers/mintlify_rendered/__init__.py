"""Rendered Mintlify API page (the text a browser's "select all" copies) → OpenAPI 3.1 fragment.

Such a page has no OpenAPI block, only what Mintlify renders from one:

    POST / cleemy-procurement / api / purchases      method, then the path split over lines
    Create a Purchase                                 title (the operation summary)
    curl --request POST ... --data '{...}'            request example
    {...}                                             example response
    Headers / Body / Response                         field lists: name, type notation, "required",
                                                      "default:", description, "Available options:"

Field lists only give the first level of each schema; nested shapes exist only in the example JSON, so
they are inferred from it and then named: after the page's own words ("Reference to a user"), after
well-known shapes (money), and after components the API's earlier pages (`known`) already define, which
are referenced rather than duplicated. Everything read but not placed is reported as a Diagnostic.

Source options (api.toml): `operation_id`, `tag`, and `schema_names`, a table from example pointers to
component names: `"response#/lines/*"` (one example), `"#/lines/*"` (both), `"#"` (the page's schema).

Modules: `page` (reading the page), `notation` (type notation), `descriptions`, `state`, `known`
(checks against earlier pages' components), `naming`, `inference` (schemas from examples), `schemas`
(the page's own schemas), `builder` (the document). The builder is one class layered over them:
_State → _Known → _Naming → _Inference → _Schemas → _Builder.
"""

from __future__ import annotations

from generator.importers.mintlify_rendered.builder import import_mintlify_rendered
from generator.importers.mintlify_rendered.notation import TypeNotation, parse_type_notation
from generator.importers.mintlify_rendered.page import PageField, RenderedPage, parse_page

__all__ = [
    "PageField",
    "RenderedPage",
    "TypeNotation",
    "import_mintlify_rendered",
    "parse_page",
    "parse_type_notation",
]
