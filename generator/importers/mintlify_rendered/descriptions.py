"""Description text of a rendered field: split the referenced schema's words from the property's own,
and read the markers (Read-only., Write-only., 'Reference to a …', 'one of two types: …').
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

_REFERENCE = re.compile(r"^Reference to (?:a|an|the) (?P<noun>[\w-]+(?: [\w-]+)*)\.?$")
_UNION = re.compile(r"\bone of (?:two|three|four|\d+|several|the following)?\s*types?:\s*(?P<labels>[^.]+)\.", re.I)
_SCHEMA_NAME = re.compile(r"^[A-Z][\w-]*(?: [\w-]+){0,3}\.$")  # "Purchase.", "Cost-center."


def _sentences(paragraph: str) -> list[str]:
    return [part for part in re.split(r"(?<=\.)\s+", paragraph.strip()) if part]


@dataclass
class _Description:
    component: str = ""  # describes the referenced schema ("Reference to a user.")
    reference: str | None = None  # "Reference to a user"
    prop: str = ""  # describes the property itself
    variants: dict[str, str] = field(default_factory=dict)  # variant label (lowercase) → sentence
    read_only: bool = False
    write_only: bool = False


def _split_description(text: str, field_name: str, labels: Sequence[str] = ()) -> _Description:
    """Mintlify concatenates the referenced schema's description with the property's own: split them.

    'Reference to ...' is one sentence; 'Represents ...' runs on until a 'Read-only.'/'Write-only.'
    marker; '<Field> for a <variant>.' describes one variant of a oneOf.
    """
    result = _Description()
    component: list[list[str]] = []
    prop: list[list[str]] = []
    wanted = {re.sub(r"[^a-z]", "", label.lower()) for label in labels}
    variant = re.compile(rf"\b{re.escape(field_name)} for an? (?P<label>[\w-]+)\.$", re.I)
    in_component = False
    for paragraph in text.split("\n\n"):
        component.append([])
        prop.append([])
        for sentence in _sentences(paragraph):
            reference = _REFERENCE.match(sentence)
            found = variant.search(sentence)
            if sentence in ("Read-only.", "Write-only."):
                in_component = False
                result.read_only |= sentence == "Read-only."
                result.write_only |= sentence == "Write-only."
                prop[-1].append(sentence)
            elif reference:
                result.reference = sentence.rstrip(".")
                component[-1].append(sentence)
                in_component = False
            elif sentence.startswith("Represents "):
                in_component = True
                component[-1].append(sentence)
            elif found and re.sub(r"[^a-z]", "", found.group("label").lower()) in wanted:
                label = re.sub(r"[^a-z]", "", found.group("label").lower())
                result.variants[label] = sentence[found.start() :]
                head = sentence[: found.start()].strip()
                if head:
                    prop[-1].append(head)
            elif in_component:
                component[-1].append(sentence)
            else:
                prop[-1].append(sentence)
    result.component = "\n\n".join(" ".join(p) for p in component if p)
    result.prop = "\n\n".join(" ".join(p) for p in prop if p)
    return result
