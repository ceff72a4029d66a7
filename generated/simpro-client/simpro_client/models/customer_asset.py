from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.cost_center_ref import CostCenterRef
    from ..models.customer_asset_custom_field import CustomerAssetCustomField
    from ..models.customer_asset_customer_contract import CustomerAssetCustomerContract
    from ..models.last_test import LastTest
    from ..models.site_ref import SiteRef


T = TypeVar("T", bound="CustomerAsset")


@_attrs_define
class CustomerAsset:
    """
    Attributes:
        id (int):
        asset_type (CostCenterRef):
        display_order (int):
        start_date (datetime.date): Date in YYYY-MM-DD format eg. 2021-04-22. Null dates can be filtered by Field=null
            or Field=ne(null)
        last_test (LastTest):
        archived (bool): Archive this customer asset.
        custom_fields (list[CustomerAssetCustomField]): All of the custom fields for this customer asset with site. See
            the custom fields handler for more information.
        date_modified (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        site (SiteRef):
        customer_contract (CustomerAssetCustomerContract | None | Unset):
        parent_id (int | None | Unset): The ID of the parent asset.
    """

    id: int
    asset_type: CostCenterRef
    display_order: int
    start_date: datetime.date
    last_test: LastTest
    archived: bool
    custom_fields: list[CustomerAssetCustomField]
    date_modified: datetime.datetime
    site: SiteRef
    customer_contract: CustomerAssetCustomerContract | None | Unset = UNSET
    parent_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.customer_asset_customer_contract import CustomerAssetCustomerContract  # noqa: PLC0415

        id = self.id
        asset_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.asset_type, Unset):
            asset_type = self.asset_type.to_dict()
        display_order = self.display_order
        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()
        last_test: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_test, Unset):
            last_test = self.last_test.to_dict()
        archived = self.archived
        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        date_modified: str | Unset = UNSET
        if not isinstance(self.date_modified, Unset):
            date_modified = self.date_modified.isoformat()
        site: dict[str, Any] | Unset = UNSET
        if not isinstance(self.site, Unset):
            site = self.site.to_dict()
        customer_contract: dict[str, Any] | None | Unset
        if isinstance(self.customer_contract, Unset):
            customer_contract = UNSET
        elif isinstance(self.customer_contract, CustomerAssetCustomerContract):
            customer_contract = self.customer_contract.to_dict()
        else:
            customer_contract = self.customer_contract
        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(asset_type, Unset):
            field_dict["AssetType"] = asset_type
        if not isinstance(display_order, Unset):
            field_dict["DisplayOrder"] = display_order
        if not isinstance(start_date, Unset):
            field_dict["StartDate"] = start_date
        if not isinstance(last_test, Unset):
            field_dict["LastTest"] = last_test
        if not isinstance(archived, Unset):
            field_dict["Archived"] = archived
        if not isinstance(custom_fields, Unset):
            field_dict["CustomFields"] = custom_fields
        if not isinstance(date_modified, Unset):
            field_dict["DateModified"] = date_modified
        if not isinstance(site, Unset):
            field_dict["Site"] = site
        if not isinstance(customer_contract, Unset):
            field_dict["CustomerContract"] = customer_contract
        if not isinstance(parent_id, Unset):
            field_dict["ParentID"] = parent_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cost_center_ref import CostCenterRef  # noqa: PLC0415
        from ..models.customer_asset_custom_field import CustomerAssetCustomField  # noqa: PLC0415
        from ..models.customer_asset_customer_contract import CustomerAssetCustomerContract  # noqa: PLC0415
        from ..models.last_test import LastTest  # noqa: PLC0415
        from ..models.site_ref import SiteRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        _asset_type = d.pop("AssetType", UNSET)
        asset_type: CostCenterRef | Unset
        if isinstance(_asset_type, Unset):
            asset_type = UNSET
        else:
            asset_type = CostCenterRef.from_dict(_asset_type)

        display_order = d.pop("DisplayOrder", UNSET)

        _start_date = d.pop("StartDate", UNSET)
        start_date: datetime.date | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.date.fromisoformat(_start_date)

        _last_test = d.pop("LastTest", UNSET)
        last_test: LastTest | Unset
        if isinstance(_last_test, Unset):
            last_test = UNSET
        else:
            last_test = LastTest.from_dict(_last_test)

        archived = d.pop("Archived", UNSET)

        _custom_fields = d.pop("CustomFields", UNSET)
        custom_fields: list[CustomerAssetCustomField] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = CustomerAssetCustomField.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        _date_modified = d.pop("DateModified", UNSET)
        date_modified: datetime.datetime | Unset
        if isinstance(_date_modified, Unset):
            date_modified = UNSET
        else:
            date_modified = datetime.datetime.fromisoformat(_date_modified)

        _site = d.pop("Site", UNSET)
        site: SiteRef | Unset
        if isinstance(_site, Unset):
            site = UNSET
        else:
            site = SiteRef.from_dict(_site)

        def _parse_customer_contract(data: object) -> CustomerAssetCustomerContract | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[CustomerAssetCustomerContract | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_contract_type_1 = CustomerAssetCustomerContract.from_dict(data)

                if is_complete(customer_contract_type_1):
                    return customer_contract_type_1
                partial_fits.append(customer_contract_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(CustomerAssetCustomerContract | None | Unset, data)

        customer_contract = _parse_customer_contract(d.pop("CustomerContract", UNSET))

        def _parse_parent_id(data: object) -> int | None | Unset:

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[int | None | Unset] = []
            if partial_fits:
                return partial_fits[0]
            return cast(int | None | Unset, data)

        parent_id = _parse_parent_id(d.pop("ParentID", UNSET))

        _instance = cls(
            id=_unchecked(id),
            asset_type=_unchecked(asset_type),
            display_order=_unchecked(display_order),
            start_date=_unchecked(start_date),
            last_test=_unchecked(last_test),
            archived=_unchecked(archived),
            custom_fields=_unchecked(custom_fields),
            date_modified=_unchecked(date_modified),
            site=_unchecked(site),
            customer_contract=customer_contract,
            parent_id=parent_id,
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
