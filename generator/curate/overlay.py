"""OpenAPI Overlay 1.0 applier with stale-action detection.

Each action selects nodes with an RFC 9535 JSONPath (`jsonpath-rfc9535`) and either merges `update` into
them or removes them. Merge rules follow Overlay 1.0: objects merge recursively, scalars are replaced,
arrays get the update's items appended. One deliberate refinement: an item the array already holds is
not appended again, so an action stays idempotent and "already present" can be detected.

An action that changes nothing is *stale*: its target matches nothing (the vendor restructured the
document) or every update it carries is already in the source (the vendor fixed it upstream). Stale
actions are reported, never silently ignored, so curation that is no longer needed gets deleted.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonpath_rfc9535 as jsonpath

from generator.errors import Diagnostic, Level, SpecFoundryError
from generator.textfiles import read_document
from generator.yamlio import load_yaml


@dataclass(frozen=True)
class OverlayAction:
    file: Path
    index: int
    target: str
    description: str
    update: Any = None
    remove: bool = False

    @property
    def place(self) -> str:
        return f"actions[{self.index}]"


@dataclass(frozen=True)
class Overlay:
    file: Path
    title: str
    actions: tuple[OverlayAction, ...]


@dataclass(frozen=True)
class StaleAction:
    action: OverlayAction
    reason: str

    def as_diagnostic(self) -> Diagnostic:
        return Diagnostic(
            Level.WARNING,
            f"overlay action is stale: {self.reason}",
            file=str(self.action.file),
            place=f"{self.action.place} (target {self.action.target})",
            fix="delete this action (or retarget it) once you have checked the upstream document",
            code="stale-overlay-action",
        )


def load_overlay(file: Path) -> Overlay:
    """Read and check an overlay file; every JSONPath is compiled here so bad ones fail before any work."""
    raw = load_yaml(read_document(file), file=str(file))
    if not isinstance(raw, dict) or not str(raw.get("overlay", "")).startswith("1."):
        raise SpecFoundryError(
            "not an OpenAPI Overlay 1.x document (no 'overlay: 1.0.0')",
            file=file,
            fix="start the file with 'overlay: 1.0.0', 'info' and 'actions'",
        )
    actions = raw.get("actions")
    if not isinstance(actions, list) or not actions:
        raise SpecFoundryError(
            "'actions' must be a non-empty list",
            file=file,
            place="actions",
            fix="add at least one action with target and update or remove",
        )
    parsed = []
    for index, entry in enumerate(actions):
        place = f"actions[{index}]"
        if not isinstance(entry, dict) or not isinstance(entry.get("target"), str):
            raise SpecFoundryError(
                "action has no 'target' string",
                file=file,
                place=place,
                fix="give the action a JSONPath target such as $.paths['/x'].get",
            )
        target = entry["target"]
        try:
            jsonpath.compile(target)
        except jsonpath.JSONPathError as error:
            raise SpecFoundryError(
                f"invalid JSONPath {target!r}: {error}",
                file=file,
                place=f"{place}.target",
                fix="write an RFC 9535 JSONPath, e.g. $.components.schemas['x'].properties.y",
            ) from None
        remove = entry.get("remove", False) is True
        if remove == ("update" in entry):
            raise SpecFoundryError(
                "an action needs exactly one of 'update' or 'remove: true'",
                file=file,
                place=place,
                fix="keep either the update or the remove",
            )
        description = entry.get("description")
        if not isinstance(description, str) or not description.strip():
            raise SpecFoundryError(
                "action has no description saying why it exists",
                file=file,
                place=place,
                fix="add 'description:' explaining the fix, so it can be dropped later",
            )
        parsed.append(
            OverlayAction(
                file=file,
                index=index,
                target=target,
                description=description,
                update=entry.get("update"),
                remove=remove,
            )
        )
    title = str((raw.get("info") or {}).get("title", file.stem))
    return Overlay(file=file, title=title, actions=tuple(parsed))


def apply_overlays(document: dict[str, Any], overlays: list[Overlay]) -> tuple[dict[str, Any], list[StaleAction]]:
    """Apply overlays in order to a copy of `document`; return it with the actions that changed nothing."""
    result = copy.deepcopy(document)
    stale: list[StaleAction] = []
    for overlay in overlays:
        for action in overlay.actions:
            reason = _apply_action(result, action)
            if reason is not None:
                stale.append(StaleAction(action, reason))
    return result, stale


def _apply_action(document: dict[str, Any], action: OverlayAction) -> str | None:
    """Apply one action in place; return why it is stale, or None when it changed the document."""
    nodes = list(jsonpath.find(action.target, document))
    if not nodes:
        if action.remove:
            return "no longer needed: its target matches nothing, upstream already removed it"
        return "its target matches nothing: the upstream document changed shape, retarget or delete it"
    if action.remove:
        # Delete deepest/last first so earlier list indices stay valid.
        for node in sorted(nodes, key=lambda n: n.location, reverse=True):
            if node.parent is None:
                raise SpecFoundryError(
                    "an action cannot remove the whole document",
                    file=action.file,
                    place=action.place,
                    fix="target a node inside the document",
                )
            del node.parent.value[node.location[-1]]  # type: ignore[attr-defined]
        return None
    changed = False
    for node in nodes:
        merged = _merge(node.value, action.update, action)
        if merged != node.value:
            changed = True
            if node.parent is None:
                document.clear()
                document.update(merged)
            else:
                node.parent.value[node.location[-1]] = merged  # type: ignore[index]
    if changed:
        return None
    return f"no longer needed: upstream already has {_describe(action.update)}"


def _merge(target: Any, update: Any, action: OverlayAction) -> Any:
    if isinstance(target, dict) and isinstance(update, dict):
        merged = dict(target)
        for key, value in update.items():
            merged[key] = _merge(target[key], value, action) if key in target else copy.deepcopy(value)
        return merged
    if isinstance(target, list):
        additions = update if isinstance(update, list) else [update]
        return target + [copy.deepcopy(item) for item in additions if item not in target]
    if isinstance(target, dict | list) != isinstance(update, dict | list):
        raise SpecFoundryError(
            f"update of type {type(update).__name__} cannot merge into a {type(target).__name__}",
            file=action.file,
            place=action.place,
            fix="make the update's shape match the targeted node (an object for an object)",
        )
    return copy.deepcopy(update)


def _describe(update: Any, prefix: str = "") -> str:
    """'format int32', 'description "…"': the leaves of an update, for the stale message."""
    if isinstance(update, dict):
        return ", ".join(
            _describe(value, f"{prefix}{key} " if not prefix else f"{prefix.rstrip()}.{key} ")
            for key, value in update.items()
        )
    text = update if isinstance(update, str) else json.dumps(update, ensure_ascii=False)
    if isinstance(update, str) and (" " in update or len(update) > 40):
        text = f'"{update[:60]}{"…" if len(update) > 60 else ""}"'
    return f"{prefix}{text}".strip()
