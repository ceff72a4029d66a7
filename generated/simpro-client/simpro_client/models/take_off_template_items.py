from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.take_off_template_items_catalog import TakeOffTemplateItemsCatalog
    from ..models.take_off_template_items_labor import TakeOffTemplateItemsLabor
    from ..models.take_off_template_items_one_off import TakeOffTemplateItemsOneOff
    from ..models.take_off_template_items_prebuild import TakeOffTemplateItemsPrebuild


T = TypeVar("T", bound="TakeOffTemplateItems")


@_attrs_define
class TakeOffTemplateItems:
    """
    Attributes:
        catalogs (list[TakeOffTemplateItemsCatalog]):
        one_offs (list[TakeOffTemplateItemsOneOff]):
        prebuilds (list[TakeOffTemplateItemsPrebuild]):
        labors (list[TakeOffTemplateItemsLabor]):
    """

    catalogs: list[TakeOffTemplateItemsCatalog]
    one_offs: list[TakeOffTemplateItemsOneOff]
    prebuilds: list[TakeOffTemplateItemsPrebuild]
    labors: list[TakeOffTemplateItemsLabor]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        catalogs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.catalogs, Unset):
            catalogs = []
            for catalogs_item_data in self.catalogs:
                catalogs_item = catalogs_item_data.to_dict()
                catalogs.append(catalogs_item)

        one_offs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.one_offs, Unset):
            one_offs = []
            for one_offs_item_data in self.one_offs:
                one_offs_item = one_offs_item_data.to_dict()
                one_offs.append(one_offs_item)

        prebuilds: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.prebuilds, Unset):
            prebuilds = []
            for prebuilds_item_data in self.prebuilds:
                prebuilds_item = prebuilds_item_data.to_dict()
                prebuilds.append(prebuilds_item)

        labors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.labors, Unset):
            labors = []
            for labors_item_data in self.labors:
                labors_item = labors_item_data.to_dict()
                labors.append(labors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(catalogs, Unset):
            field_dict["Catalogs"] = catalogs
        if not isinstance(one_offs, Unset):
            field_dict["OneOffs"] = one_offs
        if not isinstance(prebuilds, Unset):
            field_dict["Prebuilds"] = prebuilds
        if not isinstance(labors, Unset):
            field_dict["Labors"] = labors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.take_off_template_items_catalog import TakeOffTemplateItemsCatalog  # noqa: PLC0415
        from ..models.take_off_template_items_labor import TakeOffTemplateItemsLabor  # noqa: PLC0415
        from ..models.take_off_template_items_one_off import TakeOffTemplateItemsOneOff  # noqa: PLC0415
        from ..models.take_off_template_items_prebuild import TakeOffTemplateItemsPrebuild  # noqa: PLC0415

        d = dict(src_dict)
        _catalogs = d.pop("Catalogs", UNSET)
        catalogs: list[TakeOffTemplateItemsCatalog] | Unset = UNSET
        if _catalogs is not UNSET:
            catalogs = []
            for catalogs_item_data in _catalogs:
                catalogs_item = TakeOffTemplateItemsCatalog.from_dict(catalogs_item_data)

                catalogs.append(catalogs_item)

        _one_offs = d.pop("OneOffs", UNSET)
        one_offs: list[TakeOffTemplateItemsOneOff] | Unset = UNSET
        if _one_offs is not UNSET:
            one_offs = []
            for one_offs_item_data in _one_offs:
                one_offs_item = TakeOffTemplateItemsOneOff.from_dict(one_offs_item_data)

                one_offs.append(one_offs_item)

        _prebuilds = d.pop("Prebuilds", UNSET)
        prebuilds: list[TakeOffTemplateItemsPrebuild] | Unset = UNSET
        if _prebuilds is not UNSET:
            prebuilds = []
            for prebuilds_item_data in _prebuilds:
                prebuilds_item = TakeOffTemplateItemsPrebuild.from_dict(prebuilds_item_data)

                prebuilds.append(prebuilds_item)

        _labors = d.pop("Labors", UNSET)
        labors: list[TakeOffTemplateItemsLabor] | Unset = UNSET
        if _labors is not UNSET:
            labors = []
            for labors_item_data in _labors:
                labors_item = TakeOffTemplateItemsLabor.from_dict(labors_item_data)

                labors.append(labors_item)

        _instance = cls(
            catalogs=_unchecked(catalogs),
            one_offs=_unchecked(one_offs),
            prebuilds=_unchecked(prebuilds),
            labors=_unchecked(labors),
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
