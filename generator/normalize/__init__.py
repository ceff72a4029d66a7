"""Stage 3, normalize: turn the curated spec into the spec a good client is generated from.

The curated spec stays the vendor's API as documented; these transforms only shape the generated code:
read/write-only split, auth header → client configuration, server template → client arguments,
readable operation names. Each transform is a pure function of a document.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from generator.normalize.auth import AuthSettings, lift_auth
from generator.normalize.names import name_operations, strip_component_titles
from generator.normalize.readwrite import split_read_write
from generator.normalize.servers import ServerSettings, lift_server


@dataclass(frozen=True)
class ClientSettings:
    """What the client templates need beyond the spec: computed here, rendered by templates/client."""

    auth: AuthSettings | None
    server: ServerSettings
    timeout_seconds: float = 30.0
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class NormalizedSpec:
    document: dict[str, Any]
    client: ClientSettings


def normalize(curated: dict[str, Any], settings: dict[str, Any]) -> NormalizedSpec:
    """`settings` is the `[normalize]` table of api.toml."""
    document = copy.deepcopy(curated)
    document, auth = lift_auth(document, settings.get("auth", {}))
    document, server = lift_server(document)
    document = split_read_write(document)
    document = strip_component_titles(document)
    document = name_operations(document)
    timeout = float(settings.get("timeout_seconds", 30.0))
    return NormalizedSpec(document=document, client=ClientSettings(auth=auth, server=server, timeout_seconds=timeout))
