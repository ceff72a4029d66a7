"""Stage 3, normalize: turn the curated spec into the spec a good client is generated from.

The curated spec stays the vendor's API as documented; these transforms only shape the generated code:
read/write-only split, auth header → client configuration, server template → client arguments,
readable operation names, one name per inline schema. Each transform is a pure function of a document
(or, with `in_place=True`, rewrites a document its caller owns: `normalize` copies the curated spec once,
not once per transform).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.normalize.auth import AuthSettings, lift_auth
from generator.normalize.enums import hoist_inline_enums
from generator.normalize.errors import drop_raised_error_responses
from generator.normalize.inline import lift_inline_schemas
from generator.normalize.names import bound_tags, strip_component_titles
from generator.normalize.operation_names import name_operations
from generator.normalize.pagination import (
    PaginationSettings,
    comma_separated_parameters,
    paginated_operations,
)
from generator.normalize.readwrite import split_read_write
from generator.normalize.servers import ServerSettings, lift_server
from generator.tree import copy_tree


@dataclass(frozen=True)
class ClientSettings:
    """What the client templates need beyond the spec: computed here, rendered by templates/client."""

    auth: AuthSettings | None
    server: ServerSettings
    timeout_seconds: float = 30.0
    pagination: PaginationSettings = field(default_factory=PaginationSettings)
    paginated: tuple[str, ...] = ()  # operationIds of list operations with page iterators
    comma_separated: dict[str, list[str]] = field(default_factory=dict)  # operationId → query param names


@dataclass(frozen=True)
class NormalizedSpec:
    document: dict[str, Any]
    client: ClientSettings


def normalize(curated: dict[str, Any], settings: dict[str, Any]) -> NormalizedSpec:
    """`settings` is the `[normalize]` table of api.toml."""
    document = copy_tree(curated)  # ours from here on: each transform works on it in place
    # OpenAPI 3.1 makes `paths` optional (a webhooks-only API); openapi-python-client requires the key.
    document.setdefault("paths", {})
    document, auth = lift_auth(document, settings.get("auth", {}), in_place=True)
    required = tuple(settings.get("server", {}).get("required_variables", []))
    document, server = lift_server(document, required, in_place=True)
    document = hoist_inline_enums(document, in_place=True)
    document = split_read_write(document, in_place=True)
    document = strip_component_titles(document, in_place=True)
    document = name_operations(document, in_place=True)
    document = bound_tags(document, in_place=True)
    document = drop_raised_error_responses(document, in_place=True)
    document = lift_inline_schemas(document, in_place=True)  # one class name per schema, in both packages
    pagination = PaginationSettings.from_table(settings.get("pagination", {}))
    client = ClientSettings(
        auth=auth,
        server=server,
        timeout_seconds=float(settings.get("timeout_seconds", 30.0)),
        pagination=pagination,
        paginated=tuple(paginated_operations(document, pagination)),
        comma_separated=comma_separated_parameters(document),
    )
    return NormalizedSpec(document=document, client=client)
