"""One vocabulary: the client and the models package of an API call every schema by the same class name,
and `<models>.convert(value, Class)` turns a value of one into the other and back without losing anything
(hypothesis payloads generated from each schema)."""

from __future__ import annotations

import base64
import enum
import functools
import importlib
import operator
import os
import types
from datetime import UTC, timedelta, timezone
from types import ModuleType
from typing import Any, Union, get_args, get_origin

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, RootModel, ValidationError

from generator.normalize.inline import lift_inline_schemas, singular

REF = "#/components/schemas/"
APIS = ("lucca_invoices", "simpro")
EXAMPLES = int(os.environ.get("SPECFOUNDRY_FUZZ_EXAMPLES", "15"))


# --- the naming source: normalization lifts inline schemas under one name -------------------------------


def operation_document(request: dict[str, Any], response: dict[str, Any]) -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/things": {
                "post": {
                    "operationId": "import-things",
                    "requestBody": {"content": {"application/json": {"schema": request}}},
                    "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": response}}}},
                }
            }
        },
        "components": {"schemas": {"thing-request": {"type": "object", "properties": {"a": {"type": "string"}}}}},
    }


def test_bodies_their_items_and_nested_objects_get_one_name_each() -> None:
    item = {"type": "object", "properties": {"name": {"type": "string"}, "kind": {"type": "string", "enum": ["a"]}}}
    request = {"type": "object", "properties": {"things": {"type": "array", "items": item}}}
    response = {"type": "array", "items": {"type": "object", "properties": {"id": {"type": "integer"}}}}
    document = lift_inline_schemas(operation_document(request, response))
    operation = document["paths"]["/things"]["post"]
    schemas = document["components"]["schemas"]
    assert operation["requestBody"]["content"]["application/json"]["schema"] == {"$ref": REF + "ImportThingsRequest"}
    assert schemas["ImportThingsRequest"]["properties"]["things"]["items"] == {"$ref": REF + "ImportThingsRequestThing"}
    assert schemas["ImportThingsRequestThing"]["properties"]["kind"] == {"$ref": REF + "ImportThingsRequestThingKind"}
    assert schemas["ImportThingsRequestThingKind"] == {"type": "string", "enum": ["a"]}
    response_schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    assert response_schema == {"type": "array", "items": {"$ref": REF + "ImportThingsResponseItem"}}
    assert schemas["ImportThingsResponseItem"]["properties"] == {"id": {"type": "integer"}}


def test_a_name_taken_as_a_class_name_gets_a_number() -> None:
    # `thing-request` is the class ThingRequest: an inline body wanting that name must not merge with it.
    document = operation_document({"type": "object", "properties": {"b": {"type": "integer"}}}, {"type": "string"})
    document["paths"]["/things"]["post"]["operationId"] = "thing"
    schemas = lift_inline_schemas(document)["components"]["schemas"]
    assert schemas["thing-request"]["properties"] == {"a": {"type": "string"}}
    assert schemas["ThingRequest2"]["properties"] == {"b": {"type": "integer"}}


def test_nullable_and_composed_schemas_stay_inline() -> None:
    nullable = {"type": "object", "nullable": True, "properties": {"a": {"type": "string"}}}
    union = {"oneOf": [{"type": "string"}, {"type": "integer"}], "properties": {"x": {"type": "string"}}}
    request = {"type": "object", "properties": {"maybe": nullable, "either": union}}
    document = lift_inline_schemas(operation_document(request, {"type": "string"}))
    lifted = document["components"]["schemas"]["ImportThingsRequest"]["properties"]
    assert lifted == {"maybe": nullable, "either": union}


@pytest.mark.parametrize(
    ("plural", "one"),
    [
        ("Items", "Item"),
        ("Categories", "Category"),
        ("Addresses", "Address"),
        ("Status", "StatusItem"),
        ("Data", "DataItem"),
        ("Boxes", "Box"),
        ("Attachments", "Attachment"),
    ],
)
def test_list_items_are_named_in_the_singular(plural: str, one: str) -> None:
    assert singular(plural) == one


# --- the generated packages: same names, conversion both ways ----------------------------------------------


def packages(api: str) -> tuple[ModuleType, ModuleType, ModuleType]:
    return (
        importlib.import_module(f"{api}_client.models"),
        importlib.import_module(f"{api}_models"),
        importlib.import_module(f"{api}_models.models"),
    )


def client_classes(client_models: ModuleType) -> dict[str, type]:
    return {name: getattr(client_models, name) for name in client_models.__all__}


def shared_model_classes(api: str) -> list[tuple[type, type[BaseModel]]]:
    client_models, models, _ = packages(api)
    return [
        (cls, getattr(models, name))
        for name, cls in sorted(client_classes(client_models).items())
        if hasattr(cls, "from_dict")
    ]


@pytest.mark.parametrize("api", APIS)
def test_every_client_class_has_the_same_name_in_the_models_package(api: str) -> None:
    client_models, models, _ = packages(api)
    client_names = set(client_classes(client_models))
    model_names = set(models.__all__) - {"RequestModel", "WireModel", "convert"}
    assert client_names and client_names <= model_names, sorted(client_names - model_names)
    # What only the models package has is a root model: a list or union the client types as `list[X]` or `X | Y`.
    for name in model_names - client_names:
        assert issubclass(getattr(models, name), RootModel), name


@pytest.mark.parametrize("api", APIS)
def test_every_enum_member_converts_both_ways(api: str) -> None:
    client_models, models, _ = packages(api)
    enums = [
        (cls, getattr(models, name))
        for name, cls in client_classes(client_models).items()
        if issubclass(cls, enum.Enum)
    ]
    assert enums
    for client_enum, models_enum in enums:
        for member in client_enum:
            converted = models.convert(member, models_enum)
            assert type(converted) is models_enum and converted.value == member.value
            assert models.convert(converted, client_enum) is member


def payloads(model: type[BaseModel]) -> st.SearchStrategy[dict[str, Any]]:
    """Wire payloads valid for `model`, drawn from its JSON Schema (wire names). Only the fields the schema
    declares: the models package ignores unknown fields by design, so those would not come back."""
    schema = model.model_json_schema(by_alias=True)
    definitions = schema.get("$defs", {})

    def strategy(node: dict[str, Any], depth: int) -> st.SearchStrategy[Any]:
        if "$ref" in node:
            return st.deferred(lambda: strategy(definitions[node["$ref"].rsplit("/", 1)[-1]], depth + 1))
        if "const" in node:
            return st.just(node["const"])
        if "enum" in node:
            return st.sampled_from(node["enum"])
        for key in ("anyOf", "oneOf"):
            if key in node:
                return st.one_of([strategy(member, depth) for member in node[key]])
        if "allOf" in node:
            return strategy(node["allOf"][0], depth)
        kind = node.get("type")
        if kind == "object" or "properties" in node:
            return objects(node, depth)
        if kind == "array":
            items = strategy(node.get("items", {"type": "string"}), depth + 1)
            return st.lists(items, min_size=node.get("minItems", 0), max_size=min(node.get("maxItems", 3), 3))
        if kind == "string":
            return strings(node)
        if kind == "integer":
            return st.integers(min_value=node.get("minimum", -(2**31)), max_value=node.get("maximum", 2**31 - 1))
        if kind == "number":
            low, high = node.get("minimum", -1e9), node.get("maximum", 1e9)
            return st.floats(min_value=low, max_value=high, allow_nan=False, allow_infinity=False)
        if kind == "boolean":
            return st.booleans()
        if kind == "null":
            return st.none()
        return st.one_of(st.none(), st.integers(), st.text(max_size=5))  # Any

    def objects(node: dict[str, Any], depth: int) -> st.SearchStrategy[dict[str, Any]]:
        properties: dict[str, Any] = node.get("properties", {})
        required = set(node.get("required", []))
        if not properties and isinstance(node.get("additionalProperties"), dict):
            values = strategy(node["additionalProperties"], depth + 1)
            return st.dictionaries(st.text(min_size=1, max_size=5), values, max_size=2)
        fields = {name: strategy(sub, depth + 1) for name, sub in properties.items() if name in required}
        # An optional field is left out rather than null: the models type every optional field `X | None`,
        # whether or not the spec makes it nullable, and the client follows the spec.
        optional = {
            name: strategy(without_null(sub), depth + 1) for name, sub in properties.items() if name not in required
        }
        if depth > 4:  # deep enough: required fields only, so recursive schemas end
            optional = {}
        return st.fixed_dictionaries(fields, optional=optional)

    def without_null(node: dict[str, Any]) -> dict[str, Any]:
        members = [member for member in node.get("anyOf", []) if member != {"type": "null"}]
        return {**node, "anyOf": members} if "anyOf" in node and members else node

    def strings(node: dict[str, Any]) -> st.SearchStrategy[str]:
        fmt = node.get("format")
        if fmt == "date-time":
            zones = st.sampled_from([UTC, timezone(timedelta(hours=2))])
            return st.datetimes(timezones=zones).map(lambda value: value.isoformat())
        if fmt == "date":
            return st.dates().map(lambda value: value.isoformat())
        if fmt == "uuid":
            return st.uuids().map(str)
        if fmt == "byte":  # base64, as the models package checks it
            return st.binary(max_size=9).map(lambda value: base64.b64encode(value).decode("ascii"))
        if "pattern" in node:
            return st.from_regex(node["pattern"], fullmatch=True)
        return st.text(min_size=node.get("minLength", 0), max_size=min(node.get("maxLength", 12), 12))

    return strategy(schema, 0)  # an object for a model; a list or a union for a root model


def all_pairs() -> list[tuple[str, type, type[BaseModel]]]:
    return [(api, client_cls, models_cls) for api in APIS for client_cls, models_cls in shared_model_classes(api)]


@pytest.mark.parametrize(
    ("api", "client_cls", "models_cls"), all_pairs(), ids=lambda value: getattr(value, "__name__", value)
)
def test_values_convert_both_ways_without_loss(api: str, client_cls: Any, models_cls: type[BaseModel]) -> None:
    convert = packages(api)[1].convert

    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(payload=payloads(models_cls))
    def round_trip(payload: dict[str, Any]) -> None:
        model = models_cls.model_validate(payload)
        as_client = convert(model, client_cls)
        assert type(as_client) is client_cls
        assert convert(as_client, models_cls) == model  # models → client → models
        client_value = client_cls.from_dict(payload)
        assert convert(convert(client_value, models_cls), client_cls) == client_value  # client → models → client
        assert as_client == client_value  # the same payload, read by either package

    round_trip()


def test_convert_refuses_a_different_schema() -> None:
    client_models, models, _ = packages("lucca_invoices")
    value = models.ImportCostCentersRequest(mode="AllOrNothing", items=[])
    with pytest.raises(TypeError, match="not the same schema"):
        models.convert(value, client_models.ImportCostCentersResponse)
    with pytest.raises(TypeError, match="cannot convert"):
        models.convert(value, models.ImportCostCentersRequest)


def test_convert_validates_a_client_value_like_any_payload() -> None:
    client_models, models, _ = packages("lucca_invoices")
    # A request item without its required `code` (the client's tolerant parsing keeps it UNSET).
    sparse = client_models.ImportCostCentersRequestItem.from_dict({"name": "Marketing"})
    with pytest.raises(ValidationError, match="code"):
        models.convert(sparse, models.ImportCostCentersRequestItem)


def test_a_models_value_goes_into_a_client_call_body() -> None:
    """The README's example: a models value, converted, is the body a client call sends."""
    client_models, models, _ = packages("lucca_invoices")
    body = models.ImportCostCentersRequest.model_validate(
        {
            "mode": "SkipInvalidItems",
            "items": [{"name": "Marketing", "code": "MKT", "ownerId": 416, "state": "Enabled"}],
        }
    )
    for_the_client = models.convert(body, client_models.ImportCostCentersRequest)
    assert for_the_client.to_dict() == {
        "mode": "SkipInvalidItems",
        "items": [{"name": "Marketing", "code": "MKT", "ownerId": 416, "state": "Enabled"}],
    }
    assert isinstance(for_the_client.items[0], client_models.ImportCostCentersRequestItem)


# --- root models: a list or union here, `list[X]` / `X | Y` in the client ----------------------------------


def client_type(annotation: Any, client_models: ModuleType) -> Any:
    """The client's type for a models annotation: each class by its name, lists and unions rebuilt."""
    args = get_args(annotation)
    if get_origin(annotation) is list:
        return list[client_type(args[0], client_models)]  # type: ignore[misc]
    if get_origin(annotation) in (Union, types.UnionType):
        return functools.reduce(operator.or_, [client_type(arg, client_models) for arg in args])
    if isinstance(annotation, type) and issubclass(annotation, BaseModel | enum.Enum):
        return getattr(client_models, annotation.__name__)
    return annotation


def root_models() -> list[tuple[str, type[RootModel[Any]]]]:
    """Every list or union root model of both APIs' models packages (those of a bare `Any` have no type)."""
    found = []
    for api in APIS:
        models = packages(api)[1]
        for name in sorted(models.__all__):
            cls = getattr(models, name)
            if isinstance(cls, type) and issubclass(cls, RootModel):
                root = cls.model_fields["root"].annotation
                if get_origin(root) in (list, Union, types.UnionType):
                    found.append((api, cls))
    return found


def read_by_client(payload: Any, to: Any, model: Any) -> Any:
    """`payload` as the client reads it into `to` (a union: the member `model`, the models value, holds)."""
    if get_origin(to) is list:
        [item] = get_args(to)
        return [read_by_client(element, item, part) for element, part in zip(payload, model, strict=True)]
    if get_origin(to) in (Union, types.UnionType):
        [member] = [arg for arg in get_args(to) if arg.__name__ == type(model).__name__]
        return read_by_client(payload, member, model)
    if isinstance(to, type) and issubclass(to, enum.Enum):
        return to.parse(payload) if hasattr(to, "parse") else to(payload)
    return to.from_dict(payload) if hasattr(to, "from_dict") else payload


def test_both_apis_have_list_and_union_root_models() -> None:
    roots = [cls.model_fields["root"].annotation for _, cls in root_models()]
    assert any(get_origin(root) is list for root in roots)
    assert any(get_origin(root) in (Union, types.UnionType) for root in roots)  # Lucca's CommitmentResponse
    assert {api for api, _ in root_models()} == set(APIS)


@pytest.mark.parametrize(("api", "models_cls"), root_models(), ids=lambda value: getattr(value, "__name__", value))
def test_root_models_convert_both_ways_without_loss(api: str, models_cls: type[RootModel[Any]]) -> None:
    client_models, models, _ = packages(api)
    convert = models.convert
    to = client_type(models_cls.model_fields["root"].annotation, client_models)

    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(payload=payloads(models_cls))
    def round_trip(payload: Any) -> None:
        model = models_cls.model_validate(payload)
        expected = read_by_client(payload, to, model.root)  # the same payload, read by the client
        as_client = convert(model, to)
        assert as_client == expected and type(as_client) is type(expected)
        assert convert(as_client, models_cls) == model  # models → client → models
        assert convert(convert(expected, models_cls), to) == expected  # client → models → client

    round_trip()


def test_a_union_root_model_converts_to_the_member_it_holds_and_back() -> None:
    client_models, models, _ = packages("lucca_invoices")
    payload = {"type": "OneTimeCommitment"}
    commitment = models.CommitmentResponse.model_validate(payload)
    one_time = models.convert(commitment, client_models.OneTimeCommitment)
    assert type(one_time) is client_models.OneTimeCommitment and one_time.to_dict() == payload
    assert models.convert(one_time, models.CommitmentResponse) == commitment
    with pytest.raises(TypeError, match="not the same schema"):
        models.convert(commitment, client_models.SubscriptionCommitmentResponse)


def test_a_list_root_model_refuses_what_is_not_its_client_type() -> None:
    client_models, models, _ = packages("simpro")
    zones = models.ListZonesResponse.model_validate([{"ID": 1, "Name": "North"}])
    as_client = models.convert(zones, list[client_models.Zone])
    assert [zone.to_dict() for zone in as_client] == [{"ID": 1, "Name": "North"}]
    with pytest.raises(TypeError, match="not the same schema"):
        models.convert(zones, list[client_models.Customer])
    with pytest.raises(ValidationError):
        models.convert([client_models.Zone.from_dict({"ID": "one"})], models.ListZonesResponse)
