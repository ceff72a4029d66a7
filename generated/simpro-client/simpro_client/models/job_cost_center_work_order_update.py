from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.activity_schedule_create_block import ActivityScheduleCreateBlock


T = TypeVar("T", bound="JobCostCenterWorkOrderUpdate")


@_attrs_define
class JobCostCenterWorkOrderUpdate:
    """
    Attributes:
        description_notes (str | Unset): This column supports HTML formatting.
        material_notes (str | Unset): This column supports HTML formatting.
        approved (bool | Unset): set this to true if the work order has been approved.
        blocks (list[ActivityScheduleCreateBlock] | Unset):
    """

    description_notes: str | Unset = UNSET
    material_notes: str | Unset = UNSET
    approved: bool | Unset = UNSET
    blocks: list[ActivityScheduleCreateBlock] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description_notes = self.description_notes
        material_notes = self.material_notes
        approved = self.approved
        blocks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.blocks, Unset):
            blocks = []
            for blocks_item_data in self.blocks:
                blocks_item = blocks_item_data.to_dict()
                blocks.append(blocks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(description_notes, Unset):
            field_dict["DescriptionNotes"] = description_notes
        if not isinstance(material_notes, Unset):
            field_dict["MaterialNotes"] = material_notes
        if not isinstance(approved, Unset):
            field_dict["Approved"] = approved
        if not isinstance(blocks, Unset):
            field_dict["Blocks"] = blocks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.activity_schedule_create_block import ActivityScheduleCreateBlock  # noqa: PLC0415

        d = dict(src_dict)
        description_notes = d.pop("DescriptionNotes", UNSET)

        material_notes = d.pop("MaterialNotes", UNSET)

        approved = d.pop("Approved", UNSET)

        _blocks = d.pop("Blocks", UNSET)
        blocks: list[ActivityScheduleCreateBlock] | Unset = UNSET
        if _blocks is not UNSET:
            blocks = []
            for blocks_item_data in _blocks:
                blocks_item = ActivityScheduleCreateBlock.from_dict(blocks_item_data)

                blocks.append(blocks_item)

        _instance = cls(
            description_notes=description_notes,
            material_notes=material_notes,
            approved=approved,
            blocks=blocks,
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
