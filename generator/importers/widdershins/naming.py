"""Name groups of identical shapes, the same way whatever order the pages come in.

`components` finds the shapes and groups identical ones; this module gives each group its name. It
sees every group of the import at once (see `plan`), so a name depends on what the whole reference
holds, never on which page came first: every choice is ordered by rank, then by name, then by where
the shape sits (path, method, place in the operation), never by page.

- models (request and response bodies) first, rank by rank: a GET response (`Job`, or `JobDetails`
  where the vendor's own components hold `Job`), then POST/PUT/PATCH responses (`Job` again when the
  shape is the GET's, else `JobCreated`…), list items (`JobListItem`), request bodies (`JobCreate`…),
  errors. A name several shapes want at the same rank goes to the one whose path says nothing more
  than the others'; the others take the path segments that tell them apart
  (`SectionJobCostCenterListItem`), or `All` for a list spanning all parents (`AllJobNoteListItem`).
- then values (objects nested in models), named after the property holding them (`Ref` for small
  references). A value with a model's shape whose name ends with the value's is that model (an
  invoice's `CostCenters` are `InvoiceCostCenter`s). A name several shapes want goes to the one used
  most often; the others take their parent's name in front (and `Value` after it where a model
  holds that name).
- a number suffix only where none of this tells shapes apart.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, MutableMapping
from dataclasses import dataclass, field
from typing import Any

from generator.normalize.operation_names import singular_of, static_segments

Candidates = tuple[tuple[int, str], ...]  # (rank, name), a lower rank picks first
_REF_MAX_PROPERTIES = 5


@dataclass
class Occurrence:
    """One object schema in a request or response body, where it sits."""

    holder: dict[str, Any] | list[Any]
    slot: str | int
    base: str  # name derived from where it sits (property, resource + role)
    parent: Occurrence | None
    resource: str
    site: tuple[str, str, int]  # (path, method, pre-order index in the page): where, independent of page order
    candidates: Candidates = ()  # models: (rank, name)
    key: str = ""
    group: Group | None = None

    @property
    def schema(self) -> dict[str, Any]:
        node = self.holder[self.slot]  # type: ignore[index]
        assert isinstance(node, dict)
        return node


@dataclass
class Group:
    key: str
    model: bool
    occurrences: list[Occurrence] = field(default_factory=list)
    derived: str = ""
    name: str = ""
    known: bool = False  # reuses a component of the known document as it is
    shared: tuple[str, list[str]] | None = None  # a value used under several property names: (chosen, others)

    @property
    def site(self) -> tuple[str, str, int]:
        return min(o.site for o in self.occurrences)


class Names:
    """Names in use: name → shape key. `taken` may also hold names whose shape is unknown ("vendor:…")."""

    def __init__(self, taken: MutableMapping[str, str], fixed: Collection[str]) -> None:
        self.taken = taken
        self.fixed = fixed  # names no derived group may take over, even of the same shape

    def free(self, name: str, key: str) -> bool:
        return name not in self.taken or (self.taken[name] == key and name not in self.fixed)

    def claim(self, group: Group, wanted: str) -> None:
        name = wanted if self.free(wanted, group.key) else self.numbered(wanted, group.key)
        group.name = group.derived = name
        self.taken[name] = group.key

    def numbered(self, name: str, key: str) -> str:
        number = 2
        while not self.free(f"{name}{number}", key):
            number += 1
        return f"{name}{number}"


def name_groups(groups: list[Group], names: Names, known_named: Callable[[str], list[str]] = lambda key: []) -> None:
    """Name every group (in place). `known_named(key)` lists earlier components of a shape, to reuse."""
    ordered = sorted(groups, key=lambda g: (g.site, g.key))

    def reuse(group: Group, acceptable: list[str]) -> bool:
        """A known component of this shape whose name says what this one's would, maybe with a parent's
        prefix (`InvoiceCostCenterTotal` for `Total`); never one whose name says something else."""
        for name in known_named(group.key):
            if name not in names.fixed and any(name == c or name.endswith(c) for c in acceptable):
                group.name = group.derived = name
                group.known = True
                return True
        return False

    models = [g for g in ordered if g.model]
    _name_models([g for g in models if not reuse(g, [n for _, n in _options(g)])], names)
    values = [g for g in ordered if not g.model]
    preferred = {id(g): _preferred(g) for g in values}
    by_key: dict[str, list[str]] = defaultdict(list)
    for model in models:
        by_key[model.key].append(model.name)
    unnamed: list[Group] = []
    for group in values:
        name = preferred[id(group)][0]
        twin = next((n for n in sorted(by_key.get(group.key, [])) if n.endswith(name)), None)
        if twin is not None:  # the value is that model
            group.name = group.derived = twin
        elif not reuse(group, [name]):
            unnamed.append(group)
    _name_values(unnamed, preferred, names)


def _options(group: Group) -> list[tuple[int, str]]:
    """A model's candidate names, best rank first, each once."""
    best: dict[str, int] = {}
    for occurrence in group.occurrences:
        for rank, name in occurrence.candidates:
            best[name] = min(rank, best.get(name, rank))
    # Within a rank, names keep their candidates' order (`Job` before `JobCreated`), then by name.
    order: dict[str, int] = {}
    for occurrence in group.occurrences:
        for index, (_, name) in enumerate(occurrence.candidates):
            order[name] = min(index, order.get(name, index))
    return sorted(((rank, name) for name, rank in best.items()), key=lambda p: (p[0], order[p[1]], p[1]))


def _name_models(models: list[Group], names: Names) -> None:
    pending = list(models)
    for rank in sorted({rank for g in models for rank, _ in _options(g)}):
        wants: dict[str, list[Group]] = defaultdict(list)
        for group in pending:
            wanted = next((n for r, n in _options(group) if r == rank and names.free(n, group.key)), None)
            if wanted is not None:
                wants[wanted].append(group)
        for name in sorted(wants):
            contenders = wants[name]
            if len(contenders) == 1:
                names.claim(contenders[0], name)
            else:
                _qualify(contenders, name, names)
        pending = [g for g in pending if not g.name]
    for group in pending:  # every name it could take is another shape's
        names.claim(group, _options(group)[0][1])


def _qualify(contenders: list[Group], name: str, names: Names) -> None:
    """Several shapes want one name at one rank: the path segments they do not share tell them apart; the
    one whose path adds nothing keeps the name."""
    own = {word.lower() for word in _camel_words(name)}
    paths = {id(g): g.site[0] for g in contenders}
    shared = set.intersection(*(set(static_segments(p)) for p in paths.values()))
    qualifiers: dict[int, str] = {}
    for group in contenders:
        words = [
            singular_of(word)
            for segment in static_segments(paths[id(group)])
            if segment not in shared
            for word in segment.split("_")
            if singular_of(word) not in own
        ]
        if not words and paths[id(group)].count("{") < max(p.count("{") for p in paths.values()):
            words = ["all"]  # the same segments, fewer parameters: it spans all parents (`list_all_…`)
        qualifiers[id(group)] = "".join(word[:1].upper() + word[1:] for word in dict.fromkeys(words))
    plain = [g for g in contenders if not qualifiers[id(g)]]
    for group in contenders:
        qualifier = qualifiers[id(group)]
        if not qualifier and len(plain) > 1:
            names.claim(group, name)  # nothing tells them apart: numbered, in site order
        else:
            names.claim(group, qualifier + name)


def _camel_words(name: str) -> list[str]:
    return re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z0-9]+", name)


def _preferred(group: Group) -> tuple[str, Occurrence]:
    """A value's name: its most frequent property name (ties by name), `Ref` for a small reference."""
    counts = Counter(o.base for o in group.occurrences)
    base = min(counts, key=lambda b: (-counts[b], b))
    holder = min((o for o in group.occurrences if o.base == base), key=lambda o: o.site)
    if len(counts) > 1:
        group.shared = (base, sorted(b for b in counts if b != base))
    name = base + "Ref" if is_reference(holder.schema) and not base.endswith("Ref") else base
    return name, holder


def _name_values(values: list[Group], preferred: dict[int, tuple[str, Occurrence]], names: Names) -> None:
    wanting: dict[str, list[Group]] = defaultdict(list)
    for group in values:
        wanting[preferred[id(group)][0]].append(group)
    contested: list[Group] = []
    for name in sorted(wanting):
        groups = [g for g in wanting[name] if names.free(name, g.key)]
        uses = sorted((len(g.occurrences) for g in groups), reverse=True)
        winner = next((g for g in groups if len(g.occurrences) == uses[0]), None) if uses else None
        if winner is not None and (len(uses) == 1 or uses[0] > uses[1]):
            names.claim(winner, name)  # the shape used most often keeps the plain name
        contested.extend(g for g in wanting[name] if not g.name)
    # The others take their parent's name in front, so a contested parent is named first.
    pending = sorted(contested, key=lambda g: (g.site, g.key))
    while pending:
        waiting: list[Group] = []
        for group in pending:
            name, holder = preferred[id(group)]
            parent_group = holder.parent.group if holder.parent else None
            if parent_group is not None and not parent_group.name:
                waiting.append(group)
                continue
            parent = parent_group.name if parent_group is not None else holder.resource
            prefixed = name if name.startswith(parent) else parent + name
            # A model holds that name (the job's `CustomField` vs the `JobCustomField` resource): the
            # value is the parent's.
            names.claim(group, prefixed if names.free(prefixed, group.key) else prefixed + "Value")
        if len(waiting) == len(pending):  # a parent waits on its own child: cannot happen in a tree
            for group in waiting:
                names.claim(group, preferred[id(group)][0])
            waiting = []
        pending = waiting


def is_reference(schema: dict[str, Any]) -> bool:
    """`{ID, Name}`-like: an ID and a few scalar fields, the way Simpro points at another resource."""
    properties = schema.get("properties") or {}
    if "ID" not in properties or len(properties) > _REF_MAX_PROPERTIES:
        return False
    return all(
        isinstance(p, dict)
        and p.get("type") not in ("object", "array")
        and "properties" not in p
        and "$ref" not in p
        and "allOf" not in p
        for p in properties.values()
    )
