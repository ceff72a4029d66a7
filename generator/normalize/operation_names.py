"""Operation names a reader trusts: what the operation does, in the words of the resource it acts on.

An operation whose operationId is missing or machine-made (Simpro's are MD5 hashes) is named
`<verb>_<resource>`:
- the verb comes from the method and the path (GET on a collection lists, GET on an item gets, POST
  creates, PATCH updates, PUT replaces, DELETE deletes); the summary's verb is used only where it agrees
  with the method ("Search vendor receipts." on a GET is `search_…`, "List …" on a PATCH is not trusted);
- the resource comes from the summary only where it agrees with the tag or the path (its last noun names
  the same thing), otherwise from the tag, otherwise from the path. A summary that says less than the tag
  ("Update a note." under "Credit Note Notes") takes the tag's words: `update_credit_note_note`;
- lists and collection-wide operations are plural, the rest singular.
Names that collide are told apart by the tag first, then by the path segments the colliding operations do
not share, singular, before the resource: `list_job_work_order_attachments` and
`list_quote_work_order_attachments` — never by a path-long name or a number where words exist.
`x-specfoundry-name` (set by an overlay) always wins; a readable vendor operationId is kept.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from generator.normalize.names import NAME_EXTENSION, bounded
from generator.tree import copy_tree

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_HASH = re.compile(r"^[0-9a-f]{16,}$")
_SYNONYMS = {"retrieve": "get", "fetch": "get", "show": "get", "read": "get", "remove": "delete", "add": "create"}
# Which summary verbs may stand for which method: anything else is the method's own verb.
_AGREEING_VERBS = {
    "get": {"get", "list", "search", "find", "report", "export", "download", "count", "check"},
    "post": {"create", "search", "send", "import", "upload", "start", "run", "copy", "merge", "cancel", "approve"},
    "put": {"replace", "update", "set", "upload"},
    "patch": {"update"},
    "delete": {"delete", "cancel", "unlock"},
}
_FILLER = {"a", "an", "the", "all", "new", "details", "detail", "for", "of", "specific", "existing", "given", "report"}
_PREPOSITIONS = {"to", "for", "of", "on", "in", "from", "with", "by", "into", "under"}
_PLURAL_VERBS = {"list", "replace", "search", "export", "report"}
_NOT_PLURAL = {"series", "news", "species", "analysis", "basis", "labor", "labour", "data", "canvas"}


@dataclass
class _Operation:
    path: str
    method: str
    body: dict[str, Any]
    verb: str
    resource: list[str]
    tag: list[str] = field(default_factory=list)

    @property
    def fixed_name(self) -> str | None:
        """A name set by curation or a readable vendor operationId: never derived."""
        if NAME_EXTENSION in self.body:
            return str(self.body[NAME_EXTENSION])
        operation_id = str(self.body.get("operationId", ""))
        return operation_id if operation_id and not _HASH.match(operation_id) else None

    @property
    def derived(self) -> str:
        return "_".join([self.verb, *self.resource])


def name_operations(document: dict[str, Any], *, in_place: bool = False) -> dict[str, Any]:
    """Set a readable operationId on every operation (the curated spec keeps the vendor's)."""
    result = document if in_place else copy_tree(document)
    operations = [
        _describe(path, method, item[method])
        for path, item in (result.get("paths") or {}).items()
        if isinstance(item, dict)
        for method in _METHODS
        if isinstance(item.get(method), dict)
    ]
    wanted: dict[str, list[_Operation]] = defaultdict(list)
    for operation in operations:
        wanted[operation.fixed_name or operation.derived].append(operation)
    # Names nobody else wants are reserved first, so a qualified name never takes one of them.
    taken: set[str] = {name for name, group in wanted.items() if len(group) == 1}
    for name, group in sorted(wanted.items()):
        if len(group) == 1:
            group[0].body["operationId"] = bounded(name)
            continue
        # Fixed names first, so a derived name never takes one; then by path, for stable results.
        for operation in sorted(group, key=lambda o: (o.fixed_name is None, o.path, o.method)):
            if operation.fixed_name is not None:
                _assign(operation, operation.fixed_name, taken)
            else:
                qualified = _qualified(operation, group)
                _assign(operation, qualified, taken, _fallbacks(operation, qualified))
    return result


def _fallbacks(operation: _Operation, qualified: str) -> list[str]:
    """Where the qualified name is another operation's already: a list spans `all` of it, else the whole
    path says where the operation lives."""
    everywhere = [singular_of(word) for segment in static_segments(operation.path) for word in segment.split("_")]
    whole_path = "_".join([operation.verb, *dict.fromkeys(w for w in everywhere if w not in operation.resource)])
    after_verb = qualified.removeprefix(operation.verb + "_")
    spans_all = [f"{operation.verb}_all_{after_verb}"] if operation.verb in _PLURAL_VERBS else []
    return [*spans_all, "_".join([whole_path, *operation.resource])]


def _assign(operation: _Operation, name: str, taken: set[str], fallbacks: tuple[str, ...] | list[str] = ()) -> None:
    for fallback in fallbacks if name in taken else ():
        if fallback not in taken:
            name = fallback
            break
    candidate, counter = name, 2
    while candidate in taken:  # last resort, stable because groups are visited in sorted order
        candidate, counter = f"{name}_{counter}", counter + 1
    taken.add(candidate)
    operation.body["operationId"] = bounded(candidate)


def _describe(path: str, method: str, body: dict[str, Any]) -> _Operation:
    segments = static_segments(path)
    is_item = path.rstrip("/").endswith("}")
    summary = [word.lower() for word in re.findall(r"[A-Za-z0-9]+", str(body.get("summary") or ""))]
    tags = body.get("tags")
    tag = _words(tags[0]) if isinstance(tags, list) and tags and isinstance(tags[0], str) else []
    verb = _verb(method, is_item, summary[0] if summary else "")
    said = [word for word in summary[1:] if word not in _FILLER] if summary else []
    last_segment = segments[-1].split("_") if segments else []
    resource = _resource(said, tag, last_segment) or [method]
    plural = (not is_item and verb in _PLURAL_VERBS) or (verb == "list")
    resource = [*resource[:-1], plural_of(resource[-1]) if plural else _singular_if_item(resource[-1], verb)]
    return _Operation(path, method, body, verb, resource, tag)


def resource_words(path: str, method: str, body: dict[str, Any]) -> list[str]:
    """What the operation acts on, lowercase, its last word singular: the tag's words, or the summary's
    where they say more and end with the tag's ('Create a company customer.' under Customers is a
    company customer).

    The Widdershins importer names request and response models with these words, so a tag holding
    several resources gets one name per resource.
    """
    tags = body.get("tags")
    tag = _words(tags[0]) if isinstance(tags, list) and tags and isinstance(tags[0], str) else []
    said = _describe(path, method, body).resource
    flat_tag, flat_said = [singular_of(w) for w in tag], [singular_of(w) for w in said]
    words = said if tag and len(said) > len(tag) and flat_said[len(said) - len(tag) :] == flat_tag else tag or said
    return [*words[:-1], singular_of(words[-1])]


def _verb(method: str, is_item: bool, said: str) -> str:
    said = _SYNONYMS.get(said, said)
    if said in _AGREEING_VERBS.get(method, set()):
        if said == "list" and is_item:
            return "get"
        return said
    if method == "get":
        return "get" if is_item else "list"
    return {"post": "create", "put": "replace", "patch": "update", "delete": "delete"}.get(method, method)


def _resource(said: list[str], tag: list[str], last_segment: list[str]) -> list[str]:
    """The summary's words where they agree with the tag or path, else the tag's, else the path's."""
    if said and tag and _is_suffix([singular_of(w) for w in said], [singular_of(w) for w in tag]):
        return tag  # the tag says the same, and more
    head = said[: next((i for i, word in enumerate(said) if word in _PREPOSITIONS), len(said))]
    if head and (_agrees(head, tag) or _agrees(head, last_segment)):
        return head  # "a note to an invoice" is a note
    if tag and (_agrees(tag, last_segment) or not last_segment):
        return tag
    return last_segment or said or tag


def _agrees(words: list[str], other: list[str]) -> bool:
    return bool(words and other) and singular_of(words[-1]) == singular_of(other[-1])


def _is_suffix(words: list[str], other: list[str]) -> bool:
    return len(words) <= len(other) and other[len(other) - len(words) :] == words


def _singular_if_item(word: str, verb: str) -> str:
    return word if verb in _PLURAL_VERBS else singular_of(word)


def _qualified(operation: _Operation, group: list[_Operation]) -> str:
    """The verb, then what tells this operation from the others wanting its name, then the resource."""
    by_tag = _tag_qualifiers(operation, group)
    peers = [other for other in group if _tag_qualifiers(other, group) == by_tag]
    said = {*operation.resource, *by_tag}
    by_path = _path_qualifiers(operation, peers, said) if len(peers) > 1 else []
    # Once the lists spanning `all` parents are told apart, a single remaining peer needs no qualifier.
    remaining = [peer for peer in peers if _path_qualifiers(peer, peers, said) != ["all"]]
    if remaining == [operation]:
        by_path = []
    return "_".join([operation.verb, *by_tag, *by_path, *operation.resource])


def _tag_qualifiers(operation: _Operation, group: list[_Operation]) -> list[str]:
    """Tags disambiguate before paths do: the tag's words the resource does not already say."""
    if len({tuple(other.tag) for other in group}) == 1:
        return []
    own = {singular_of(word) for word in operation.resource}
    return list(dict.fromkeys(singular_of(word) for word in operation.tag if singular_of(word) not in own))


def _path_qualifiers(operation: _Operation, peers: list[_Operation], said: set[str]) -> list[str]:
    """The path segments the peers do not all share, singular; where the peers' paths hold the same
    segments in another order (`/notes/customers/` and `/customers/{id}/notes/`), the list with fewer
    parameters spans all parents: `list_all_customer_notes`."""
    own = {singular_of(word) for word in said}
    shared = set.intersection(*(set(static_segments(peer.path)) for peer in peers))
    words = [
        singular_of(word)
        for segment in static_segments(operation.path)
        if segment not in shared
        for word in segment.split("_")
        if singular_of(word) not in own
    ]
    fewer_parameters = operation.path.count("{") < max(peer.path.count("{") for peer in peers)
    if not words and operation.verb in _PLURAL_VERBS and fewer_parameters:
        words = ["all"]
    return list(dict.fromkeys(words))


def singular_of(word: str) -> str:
    if word in _NOT_PLURAL or len(word) < 4 or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes", "zes", "uses")):
        return word[:-2]
    return word[:-1] if word.endswith("s") else word


def plural_of(word: str) -> str:
    if word in _NOT_PLURAL or singular_of(word) != word:
        return word
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def static_segments(path: str) -> list[str]:
    parts = [part for part in path.strip("/").split("/") if part and not part.startswith("{")]
    parts = [part for part in parts if not re.fullmatch(r"api|v\d+(\.\d+)?", part)]
    return [_snake(part) for part in parts]


def _words(text: str) -> list[str]:
    return [word for word in _snake(text).split("_") if word]


def _snake(text: str) -> str:
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text)
    return re.sub(r"[^A-Za-z0-9]+", "_", text).strip("_").lower()
