"""Names for the object shapes the examples show: the page's own words ('Reference to a user'),
`schema_names` overrides, union variants, well-known money shapes, structural reuse of known
components, and finally the property's name.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from generator.importers.mintlify_rendered.descriptions import _REFERENCE, _sentences
from generator.importers.mintlify_rendered.known import _Known
from generator.importers.mintlify_rendered.page import PageField
from generator.importers.mintlify_rendered.state import _Instance, _Root

# Keys every reference shape has; matching a known component on these alone would confuse, e.g.,
# a department reference with an establishment reference, so structural reuse needs more.
_GENERIC_KEYS = frozenset({"id", "name", "href", "type"})


def _kebab(text: str) -> str:
    """'SubscriptionCommitment' → 'subscription-commitment', 'cost center' → 'cost-center'."""
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1-\2", text.strip().rstrip("."))
    text = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1-\2", text)
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _singular(name: str) -> str:
    if name.endswith("ies"):
        return name[:-3] + "y"
    return name[:-1] if name.endswith("s") and not name.endswith("ss") else name


def _shape_name(value: Mapping[str, Any]) -> str | None:
    """Names for Lucca's money shapes, recognised by their keys (the page only says 'object')."""
    keys = set(value)
    if keys == {"value", "currency"}:
        return "money"
    if keys == {"excludingTaxes", "taxes", "includingTaxes"}:
        return "amount-with-taxes"
    if keys == {"base", "counter", "rate"} and isinstance(value["base"], Mapping):
        base = _shape_name(value["base"])
        if base == "money":
            return "multi-currency-amount"
        if base == "amount-with-taxes":
            return "multi-currency-amount-with-taxes"
    return None


# Types the examples cannot show: a rate of 1 or an amount of 0 are numbers, not integers.
_SHAPE_PROPERTY_TYPES: dict[str, dict[str, str]] = {
    "money": {"value": "number", "currency": "string"},
    "multi-currency-amount": {"rate": "number"},
    "multi-currency-amount-with-taxes": {"rate": "number"},
}


class _Naming(_Known):
    def _name_instances(self, roots: Mapping[str, _Root]) -> None:
        """Give each example object a component name, strongest evidence first; unnamed stay inline."""
        for instance in self.instances:  # the page's words, overrides, unions and money shapes
            name = None if instance.pointer in self.names else self._strong_name(instance)
            if name:
                self.names[instance.pointer] = name
        named_keys: dict[str, set[str]] = {}
        for instance in self.instances:
            name = self.names.get(instance.pointer)
            if name and name not in roots:
                named_keys.setdefault(name, set()).update(instance.value)
        for name, schema in self.known_schemas.items():
            if isinstance(schema, Mapping) and isinstance(schema.get("properties"), Mapping):
                named_keys.setdefault(name, set()).update(schema["properties"])
        # The rest is named per position ("purchase/supplier"), so the request's `{"id": 6}` and the
        # response's full supplier get one schema; instances come parents first.
        position: dict[str, str] = {}
        groups: dict[str, list[_Instance]] = {}
        for instance in self.instances:
            parent = instance.parent or ""
            where = self.names.get(parent) or position.get(parent, "")
            position[instance.pointer] = f"{where}/{instance.key}{'[]' if instance.in_array else ''}"
            if instance.pointer not in self.names:
                groups.setdefault(position[instance.pointer], []).append(instance)
        for group in groups.values():  # then structure, then the property name
            merged = _Instance(
                group[0].pointer,
                {k: v for i in group for k, v in i.value.items()},
                group[0].key,
                group[0].line,
                next((i.page_field for i in group if i.page_field), None),
                group[0].parent,
                group[0].in_array,
            )
            name = self._structural_name(merged, group, named_keys) or self._weak_name(merged, roots)
            if name:
                self.names.update((i.pointer, name) for i in group)

    def _strong_name(self, instance: _Instance) -> str | None:
        # Option `schema_names`: {"response#/lines/*": "order-line"}; "#/lines/*" means both examples.
        bare = re.sub(r"/\d+(?=/|$)", "/*", instance.pointer)
        for key in (instance.pointer, bare, bare[bare.index("#") :]):
            if key in self.overrides:
                return self.overrides[key]
        union = self.unions.get(instance.key) if instance.page_field is not None else None
        if union is not None:
            value = instance.value.get(union.prop)
            if isinstance(value, str):
                return _kebab(value)
        if instance.page_field is not None:
            reference = self._page_reference(instance.page_field)
            if reference:
                return reference
        shape = _shape_name(instance.value)
        if shape:
            self.shape_named.add(shape)
        return shape

    def _page_reference(self, page_field: PageField) -> str | None:
        """'Reference to a user.' in the description, or 'Reference to X · object[]' as the type."""
        title = page_field.notation.innermost().title
        candidates = [title] if title else []
        candidates += [s.rstrip(".") for s in _sentences(page_field.description) if _REFERENCE.match(s)]
        for phrase in candidates:
            match = _REFERENCE.match(phrase)
            if not match:
                continue
            for name, schema in self.known_schemas.items():
                if isinstance(schema, Mapping) and phrase.lower() in (
                    str(schema.get("title", "")).lower(),
                    str(schema.get("description", "")).lower().rstrip("."),
                ):
                    return name
            name = f"{_kebab(match.group('noun'))}-reference"
            self.component_titles.setdefault(name, phrase)
            self.component_descriptions.setdefault(name, phrase + ".")
            return name
        return None

    def _structural_name(
        self, merged: _Instance, group: Sequence[_Instance], named: Mapping[str, set[str]]
    ) -> str | None:
        """Reuse a component whose properties cover these keys, if it is the only one and fits."""
        keys = set(merged.value)
        if not keys - _GENERIC_KEYS:
            return None
        fits = [name for name, props in named.items() if keys <= props]
        fits = [
            name for name in fits if name not in self.known_schemas or all(self._conforms(name, i.value) for i in group)
        ]
        return fits[0] if len(fits) == 1 else None

    def _weak_name(self, merged: _Instance, roots: Mapping[str, _Root]) -> str | None:
        noun = _singular(merged.key) if merged.in_array else merged.key
        if {"id", "href"} <= set(merged.value):  # Lucca's references all carry an id and an href
            return f"{_kebab(noun)}-reference"
        parent = self.names.get(merged.parent or "")
        if merged.page_field is not None and parent in roots:  # a field the page lists: name it
            return f"{parent}-{_kebab(noun)}"
        return None
