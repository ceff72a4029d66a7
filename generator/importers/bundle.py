"""Bundle a document's external `$ref`s into it, so every later stage sees one self-contained document.

Policy (SpecFoundry never fetches anything and reads no file outside the API's folder):
- `#/...` stays as it is (a local reference, checked by lint);
- a relative path (`schemas/thing.yaml`, `common.yaml#/components/schemas/Error`) to a file inside the
  API folder is read (with the same budgets as any source), its target copied into
  `components/<section>/<name>` and the reference rewritten to point there; references inside that file
  are bundled the same way, relative to it;
- a URL (`http:`, `https:`, `file:`, any scheme, `//host`), an absolute path, or a path leading outside
  the folder (`../`, a symlink) is an error naming the reference, its place and the file.
Every problem is collected and raised at once. Recursive references between files become recursive local
references (as a recursive schema would be written in one file); a cycle of references with no content
in between cannot be bundled and is reported.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from generator.errors import Diagnostic, Level, SpecFoundryError, shown
from generator.shape import SCHEMA, Node, check_shape, pointer, walk
from generator.textfiles import read_document
from generator.yamlio import load_yaml

# The components section that holds each kind of referable object.
SECTIONS = {
    SCHEMA: "schemas",
    "parameter": "parameters",
    "response": "responses",
    "requestBody": "requestBodies",
    "header": "headers",
    "example": "examples",
    "link": "links",
    "callback": "callbacks",
    "securityScheme": "securitySchemes",
    "pathItem": "pathItems",
}
_KINDS = {section: kind for kind, section in SECTIONS.items()}
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_NAME_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_FILE_LIKE = re.compile(r"[/#:]|\.(?:ya?ml|json)$")  # a discriminator mapping value that is a reference


Chain = frozenset[tuple[Path, str]]  # the path items being inlined around a place (to stop cycles)


@dataclass
class Bundler:
    """Bundles the sources of one API; shared by all of them so that one file gets one component name."""

    folder: Path  # nothing outside it is read
    components: dict[str, dict[str, Any]] = field(default_factory=dict)  # section → name → bundled content
    _assigned: dict[tuple[Path, str], str] = field(default_factory=dict)  # (file, pointer) → local $ref
    _loaded: dict[Path, Any] = field(default_factory=dict)
    _taken: dict[str, set[str]] = field(default_factory=dict)  # component names in use, per section
    _problems: list[Diagnostic] = field(default_factory=list)
    _used: set[str] = field(default_factory=set)  # local refs of the components the current document uses

    def bundle(self, document: dict[str, Any], *, file: Path) -> dict[str, Any]:
        """`document` (read from `file`) with its external references bundled; raises on any problem."""
        root = file.resolve()
        nodes = _referring_nodes(document)
        if not any(_external_refs(node) for node in nodes):
            return document  # nothing external: leave the document exactly as it came
        self._problems = []
        self._used = set()
        for section in SECTIONS.values():
            self._taken.setdefault(section, set()).update((document.get("components") or {}).get(section) or {})
        queue: list[tuple[Path, Node, Chain]] = [(root, node, frozenset()) for node in nodes]
        index = 0
        while index < len(queue):  # a worklist, not recursion: chains of files cost no stack
            origin, node, chain = queue[index]
            index += 1
            self._rewrite(node, origin, root, chain, queue)
        if self._problems:
            raise SpecFoundryError.from_diagnostics(
                "references that cannot be bundled",
                self._problems,
                file=str(file),
                fix="every $ref must point into this document or to a file inside the API folder",
            )
        components = document.setdefault("components", {})
        for local in sorted(self._closure(), key=self._order):
            _, _, section, name = local.split("/", 3)
            components.setdefault(section, {})[name] = self.components[section][name]
        return document

    def _closure(self) -> set[str]:
        """The components this document uses, with those they use in turn (bundled by an earlier source)."""
        found, pending = set(self._used), list(self._used)
        while pending:
            _, _, section, name = pending.pop().split("/", 3)
            for item in _referring_nodes(self.components[section][name], _KINDS[section]):
                ref = item.value.get("$ref")
                if isinstance(ref, str) and ref in self._assigned.values() and ref not in found:
                    found.add(ref)
                    pending.append(ref)
        return found

    def _order(self, local: str) -> int:
        """Components in the order they were first bundled: the output is stable run after run."""
        return list(self._assigned.values()).index(local)

    def _rewrite(
        self, node: Node, origin: Path, root: Path, chain: Chain, queue: list[tuple[Path, Node, Chain]]
    ) -> None:
        """Point `node`'s references (found in `origin`) into the document being bundled (`root`)."""
        value = node.value
        ref = value.get("$ref")
        key = None
        if isinstance(ref, str) and not (ref.startswith("#") and origin == root):  # root's own refs stay
            key = self._key(ref, origin, (*node.path, "$ref"))
        if key is not None and node.kind == "pathItem":
            self._inline_path_item(node, key, str(ref), origin, (*node.path, "$ref"), chain, queue)
        elif key is not None:
            local = self._local(node.kind, key, str(ref), origin, (*node.path, "$ref"), root, chain, queue)
            if local is not None:
                value["$ref"] = local
        mapping = value.get("mapping") if node.kind == "discriminator" else None
        if not isinstance(mapping, dict):
            return
        for name, target in mapping.items():
            if not isinstance(target, str) or not _FILE_LIKE.search(target):
                continue  # a schema name
            if target.startswith("#") and origin == root:
                continue  # the root's own local reference
            place = (*node.path, "mapping", name)
            key = self._key(target, origin, place)
            local = self._local(SCHEMA, key, target, origin, place, root, chain, queue) if key else None
            if local is not None:
                mapping[name] = local

    def _local(
        self,
        kind: str,
        key: tuple[Path, str],
        ref: str,
        origin: Path,
        place: tuple[str, ...],
        root: Path,
        chain: Chain,
        queue: list[tuple[Path, Node, Chain]],
    ) -> str | None:
        """The local reference for `key`: into the root document itself, or to a bundled component."""
        if key[0] == root:
            return f"#{key[1]}"
        return self._component(kind, key, ref, origin, place, chain, queue)

    def _key(self, ref: str, origin: Path, place: tuple[str, ...]) -> tuple[Path, str] | None:
        """(file, JSON pointer) that `ref`, found in `origin` at `place`, names; None after a problem."""
        target_path, _, fragment = ref.partition("#")
        target_file = self._file_of(target_path, ref, origin, place) if target_path else origin
        if target_file is None:
            return None
        if fragment and not fragment.startswith("/"):
            self._problem(
                origin,
                place,
                f"$ref {shown(ref)} names an anchor, which SpecFoundry cannot follow",
                "point at the target with a JSON pointer (file.yaml#/components/schemas/Name)",
            )
            return None
        return target_file, unquote(fragment)

    def _component(
        self,
        kind: str,
        key: tuple[Path, str],
        ref: str,
        origin: Path,
        place: tuple[str, ...],
        chain: Chain,
        queue: list[tuple[Path, Node, Chain]],
    ) -> str | None:
        """The local reference to the component holding `key`'s target (bundled on first use)."""
        if key in self._assigned:
            self._used.add(self._assigned[key])
            return self._assigned[key]
        content = self._target(key, ref, origin, place)
        if content is _MISSING:
            return None
        self._problems.extend(check_shape(content, file=str(key[0]), kind=kind, path=_tokens(key[1])))
        section = SECTIONS.get(kind, "schemas")
        name = self._free_name(section, _component_name(*key))
        local = f"#/components/{section}/{name}"
        self._assigned[key] = local  # before its content is bundled: a cycle comes back to this name
        self._used.add(local)
        bundled = copy.deepcopy(content)
        self.components.setdefault(section, {})[name] = bundled
        queue.extend((key[0], item, chain) for item in _referring_nodes(bundled, kind, _tokens(key[1])))
        return local

    def _inline_path_item(
        self,
        node: Node,
        key: tuple[Path, str],
        ref: str,
        origin: Path,
        place: tuple[str, ...],
        chain: Chain,
        queue: list[tuple[Path, Node, Chain]],
    ) -> None:
        """A path item from another file is copied in place (OpenAPI 3.0 has no components/pathItems)."""
        if key in chain:
            self._problem(
                origin,
                place,
                f"$ref {shown(ref)} closes a cycle of path items that include each other",
                "break the cycle: a path item (through its callbacks) cannot contain itself",
            )
            return
        content = self._target(key, ref, origin, place)
        if content is _MISSING:
            return
        if not isinstance(content, dict):
            self._problem(
                origin,
                place,
                f"$ref {shown(ref)} points to something that is not a path item",
                "point at a Path Item object (a mapping of methods to operations)",
            )
            return
        self._problems.extend(check_shape(content, file=str(key[0]), kind="pathItem", path=_tokens(key[1])))
        node.value.clear()
        node.value.update(copy.deepcopy(content))
        inner = chain | {key}
        queue.extend((key[0], item, inner) for item in _referring_nodes(node.value, "pathItem", _tokens(key[1])))

    def _file_of(self, target_path: str, ref: str, origin: Path, place: tuple[str, ...]) -> Path | None:
        fix_remote = (
            "download the document into the API folder (e.g. sources/) once, review it, and $ref it by "
            "a relative path; SpecFoundry never fetches anything"
        )
        if _SCHEME.match(target_path) or target_path.startswith("//"):
            self._problem(origin, place, f"$ref {shown(ref)} points to a URL", fix_remote)
            return None
        if target_path.startswith(("/", "\\")):
            self._problem(origin, place, f"$ref {shown(ref)} is an absolute path", fix_remote)
            return None
        candidate = (origin.parent / unquote(target_path)).resolve()
        if not candidate.is_relative_to(self.folder.resolve()):
            self._problem(
                origin, place, f"$ref {shown(ref)} leads outside the API folder {self.folder.name!r}", fix_remote
            )
            return None
        if not candidate.is_file():
            self._problem(
                origin,
                place,
                f"$ref {shown(ref)} points to a file that does not exist",
                "fix the path (relative to the file holding the $ref) or add the file to the API folder",
            )
            return None
        return candidate

    def _target(self, key: tuple[Path, str], ref: str, origin: Path, place: tuple[str, ...]) -> Any:
        """The value `key` (file, JSON pointer) names, or _MISSING after recording why."""
        file, fragment = key
        if file not in self._loaded:
            try:
                self._loaded[file] = load_yaml(read_document(file), file=str(file))
            except SpecFoundryError as error:
                self._problems.extend(error.as_diagnostics())
                self._loaded[file] = _MISSING
        node = self._loaded[file]
        if node is _MISSING:
            return _MISSING
        for token in _tokens(fragment):
            if isinstance(node, dict) and token in node:
                node = node[token]
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
            else:
                self._problem(
                    origin,
                    place,
                    f"$ref {shown(ref)} points to nothing: {file.name} has no {shown('#' + fragment)}",
                    "fix the JSON pointer after '#' (keys separated by '/')",
                )
                return _MISSING
        return node

    def _free_name(self, section: str, wanted: str) -> str:
        """`wanted`, or `wanted_2`, ...: unique in the section, ignoring case (the generators derive class
        and module names from component names, so `thing` and `Thing` would collide there)."""
        taken = {name.lower() for name in self._taken.setdefault(section, set())}
        name, number = wanted, 1
        while name.lower() in taken:
            number += 1
            name = f"{wanted}_{number}"
        self._taken[section].add(name)
        return name

    def _problem(self, origin: Path, place: tuple[str, ...], message: str, fix: str) -> None:
        self._problems.append(
            Diagnostic(Level.ERROR, message, file=str(origin), place=pointer(place), fix=fix, code="ref")
        )


_MISSING: Any = object()


def _referring_nodes(document: Any, kind: str = "document", path: tuple[str, ...] = ()) -> list[Node]:
    """Every object of `document` that holds a reference ($ref, or a discriminator mapping)."""
    return [
        item
        for item in walk(document, kind, path)
        if isinstance(item, Node) and ("$ref" in item.value or item.kind == "discriminator")
    ]


def _external_refs(node: Node) -> bool:
    """Whether `node` refers outside its own document."""
    refs = [node.value.get("$ref")]
    if node.kind == "discriminator" and isinstance(node.value.get("mapping"), dict):
        refs += [ref for ref in node.value["mapping"].values() if isinstance(ref, str) and _FILE_LIKE.search(ref)]
    return any(isinstance(ref, str) and not ref.startswith("#") for ref in refs)


def _tokens(fragment: str) -> tuple[str, ...]:
    """JSON pointer `/a/b~1c` → ("a", "b/c")."""
    return tuple(token.replace("~1", "/").replace("~0", "~") for token in fragment.split("/")[1:]) if fragment else ()


def _component_name(file: Path, fragment: str) -> str:
    tokens = _tokens(fragment)
    return _NAME_UNSAFE.sub("_", tokens[-1] if tokens else file.stem).strip("_") or "Bundled"
