from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.credit_note_create_cost_center_claim import CreditNoteCreateCostCenterClaim
    from ..models.credit_note_create_cost_center_item_ref import CreditNoteCreateCostCenterItemRef


T = TypeVar("T", bound="CreditNoteCreateCostCenter")


@_attrs_define
class CreditNoteCreateCostCenter:
    """
    Attributes:
        id (int | Unset): Cost center ID of a job section.
        claim (CreditNoteCreateCostCenterClaim | Unset):
        items (list[CreditNoteCreateCostCenterItemRef] | Unset):
    """

    id: int | Unset = UNSET
    claim: CreditNoteCreateCostCenterClaim | Unset = UNSET
    items: list[CreditNoteCreateCostCenterItemRef] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id
        claim: dict[str, Any] | Unset = UNSET
        if not isinstance(self.claim, Unset):
            claim = self.claim.to_dict()
        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(claim, Unset):
            field_dict["Claim"] = claim
        if not isinstance(items, Unset):
            field_dict["Items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.credit_note_create_cost_center_claim import CreditNoteCreateCostCenterClaim  # noqa: PLC0415
        from ..models.credit_note_create_cost_center_item_ref import CreditNoteCreateCostCenterItemRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        _claim = d.pop("Claim", UNSET)
        claim: CreditNoteCreateCostCenterClaim | Unset
        if isinstance(_claim, Unset):
            claim = UNSET
        else:
            claim = CreditNoteCreateCostCenterClaim.from_dict(_claim)

        _items = d.pop("Items", UNSET)
        items: list[CreditNoteCreateCostCenterItemRef] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = CreditNoteCreateCostCenterItemRef.from_dict(items_item_data)

                items.append(items_item)

        _instance = cls(
            id=id,
            claim=claim,
            items=items,
        )

        _instance.additional_properties = d
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
