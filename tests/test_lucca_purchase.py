"""The purchase operation rebuilt from the rendered page: the page's own example response validates
against the curated schema and parses into typed models; the page's curl body goes through the generated
client to the real Prism mock server with request validation on."""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest
from jsonschema import Draft202012Validator, FormatChecker
from lucca_invoices_client import AuthenticatedClient
from lucca_invoices_client.api.purchases import create_purchase
from lucca_invoices_client.models import (
    OneTimeCommitment,
    PurchaseRequest,
    PurchaseResponse,
    PurchaseType,
    SubscriptionCommitmentResponse,
    SupplierReference,
)
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from generator.yamlio import load_yaml
from tests.loopback import Reply, loopback_server

REPO = Path(__file__).resolve().parents[1]
SPEC = REPO / "specs" / "lucca-invoices" / "openapi.yaml"
PAGE = REPO / "specs" / "lucca-invoices" / "sources" / "create-purchase.txt"


def page_json_blocks() -> tuple[dict[str, Any], dict[str, Any]]:
    """The curl --data body and the example response, exactly as the page shows them."""
    text = PAGE.read_text(encoding="utf-8")
    request = json.loads(re.search(r"--data '(\{.*?\})'", text, flags=re.S).group(1))  # type: ignore[union-attr]
    start = text.index("{", text.index("}'") + 2)
    response, _ = json.JSONDecoder().raw_decode(text[start:])
    return request, response


def curated_validator(schema_name: str) -> Draft202012Validator:
    document = load_yaml(SPEC.read_text(encoding="utf-8"), file=str(SPEC))
    resource = Resource.from_contents(document, default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource("spec", resource)
    schema = {"$ref": f"spec#/components/schemas/{schema_name}"}
    return Draft202012Validator(schema, registry=registry, format_checker=FormatChecker())


def test_page_example_response_validates_against_the_curated_purchase_schema() -> None:
    _, response = page_json_blocks()
    errors = sorted(curated_validator("purchase").iter_errors(response), key=str)
    assert errors == []


def test_validation_is_real_a_wrong_example_fails() -> None:
    _, response = page_json_blocks()
    response["commitment"]["startDate"] = "24/09/2024"  # not a date
    response["type"] = "Lease"  # not an option
    messages = [error.message for error in curated_validator("purchase").iter_errors(response)]
    assert any("Lease" in message for message in messages)
    assert any("24/09/2024" in message for message in messages)


def test_page_example_parses_into_typed_models() -> None:
    _, response = page_json_blocks()
    purchase = PurchaseResponse.from_dict(response)
    assert purchase.id == 6655 and purchase.type_ is PurchaseType.SUBSCRIPTION
    commitment = purchase.commitment
    assert isinstance(commitment, SubscriptionCommitmentResponse)  # the union resolved by `type`
    assert commitment.start_date == datetime.date(2024, 9, 24)
    assert isinstance(commitment.subscription_end_date, datetime.date)
    assert isinstance(purchase.created_at, datetime.datetime)
    assert purchase.created_at.tzinfo is not None and purchase.created_at.utcoffset() == datetime.timedelta(0)
    assert purchase.modifier.first_name == "Gérôme"  # type: ignore[union-attr]
    assert purchase.modifier.name == "Gérôme Durand"  # type: ignore[union-attr]
    assert purchase.commitment.purchase.href == "/cleemy-procurement/api/purchases/6655"  # type: ignore[union-attr]


def test_one_time_commitment_resolves_to_its_own_type() -> None:
    _, response = page_json_blocks()
    response["type"] = "OneTime"
    response["commitment"] = {"id": 1, "type": "OneTimeCommitment"}
    assert isinstance(PurchaseResponse.from_dict(response).commitment, OneTimeCommitment)


def writable_request() -> PurchaseRequest:
    request, _ = page_json_blocks()
    return PurchaseRequest(
        owner_id=request["ownerId"],
        nature_id=request["natureId"],
        cost_center_id=request["costCenterId"],
        establishment_id=request["establishmentId"],
        department_id=request["departmentId"],
        supplier=SupplierReference(id=request["supplier"]["id"]),
        title=request["title"],
        axis_section_ids=request["axisSectionIds"],
    )


def test_request_type_carries_exactly_the_writable_fields() -> None:
    fields = {attribute.name for attribute in attrs.fields(PurchaseRequest)}
    assert fields - {"additional_properties"} == {
        "owner_id",
        "nature_id",
        "cost_center_id",
        "establishment_id",
        "department_id",
        "supplier",
        "title",
        "axis_section_ids",
        "type_",
    }
    for read_only in ("id", "state", "commitment", "owner", "nature", "created_at", "author", "billed_amount"):
        with pytest.raises(TypeError):
            PurchaseRequest(**{read_only: None})  # type: ignore[arg-type]


def test_page_curl_body_goes_through_the_client_byte_for_byte() -> None:
    request, response = page_json_blocks()
    with (
        loopback_server(lambda _: Reply(status=201, body=response)) as server,
        AuthenticatedClient(api_key="k", base_url=server.url) as client,
    ):
        created = client.purchases.create(body=writable_request())
    assert server.requests[0].json() == request
    assert isinstance(created, PurchaseResponse) and created.id == 6655


def test_prism_accepts_the_curl_body_sent_by_the_client(prism: Callable[[Path], str]) -> None:
    with AuthenticatedClient(api_key="k", base_url=prism(SPEC)) as client:
        response = client.send(create_purchase.request(body=writable_request()))
        assert response.status_code == 201, response.content
        assert isinstance(response.parsed, PurchaseResponse)
        typed = PurchaseRequest(type_=PurchaseType.SUBSCRIPTION, title="x", owner_id=1)
        assert client.send(create_purchase.request(body=typed)).status_code == 201
