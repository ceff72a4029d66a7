"""Components earlier pages defined (`known`): examples reused as such must fit them, and relative
references under their `format: uri` are reported.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import urlsplit

from jsonschema import Draft202012Validator

from generator.errors import Level
from generator.importers.mintlify_rendered.page import _escape
from generator.importers.mintlify_rendered.state import _State


class _Known(_State):
    def _validator(self, name: str) -> Any:
        return Draft202012Validator(
            {"$ref": f"urn:specfoundry:known#/components/schemas/{name}"}, registry=self.registry
        )

    def _conforms(self, name: str, value: Any) -> bool:
        return not any(True for _ in self._validator(name).iter_errors(value))

    def _check_known_reuse(self) -> None:
        """Reused known components must accept the examples; say where a client would lose data."""
        reported: set[str] = set()
        for instance in self.instances:
            name = self.names.get(instance.pointer)
            if name not in self.known_schemas:
                continue
            assert name is not None
            where = f"{instance.pointer.replace('#', ' example at ')}"
            for error in self._validator(name).iter_errors(instance.value):
                self.note(
                    Level.WARNING,
                    f"{where} does not fit known component {name!r}: {error.message}",
                    instance.line,
                    "known-mismatch",
                )
            props = self.known_schemas[name].get("properties", {})
            extra = [key for key in instance.value if key not in props]
            if extra:
                self.note(
                    Level.WARNING,
                    f"{where} has {extra} that known component {name!r} does not "
                    "declare; generated models would drop them",
                    instance.line,
                    "known-missing-property",
                    f"add them to {name!r} with an overlay",
                )
            for pointer, inner in self._relative_uris(f"#/components/schemas/{name}", instance.value, ""):
                if pointer not in reported:
                    reported.add(pointer)
                    self.note(
                        Level.WARNING,
                        f"{pointer} is `format: uri` but {where}{inner} has a relative "
                        "reference; strict clients would reject it",
                        self.lines.get(instance.pointer + inner, instance.line),
                        "known-href-relative",
                        f"set `format: uri-reference` at {pointer} with an overlay",
                    )

    def _relative_uris(self, pointer: str, value: Any, inner: str) -> Iterator[tuple[str, str]]:
        """(schema pointer, pointer inside the example) of relative references under `format: uri`."""
        schema = self._resolve(pointer)
        if not isinstance(schema, Mapping):
            return
        if "$ref" in schema:
            yield from self._relative_uris(str(schema["$ref"]), value, inner)
        for position in range(len(schema.get("allOf", []))):
            yield from self._relative_uris(f"{pointer}/allOf/{position}", value, inner)
        if isinstance(value, dict):
            for key, child in value.items():
                if key in schema.get("properties", {}):
                    at = f"{pointer}/properties/{_escape(key)}"
                    yield from self._relative_uris(at, child, f"{inner}/{_escape(key)}")
        elif isinstance(value, list) and "items" in schema:
            for position, item in enumerate(value):
                yield from self._relative_uris(f"{pointer}/items", item, f"{inner}/{position}")
        elif isinstance(value, str) and schema.get("format") == "uri" and not _absolute(value):
            yield pointer, inner

    def _resolve(self, pointer: str) -> Any:
        node: Any = self.known
        for part in pointer.removeprefix("#/").split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(node, Mapping) or part not in node:
                return None
            node = node[part]
        return node


def _absolute(value: str) -> bool:
    parts = urlsplit(value)
    return bool(parts.scheme) and bool(parts.netloc)
