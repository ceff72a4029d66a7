from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.claimed import Claimed
    from ..models.cost_center_ref import CostCenterRef
    from ..models.income_account_ref import IncomeAccountRef
    from ..models.sales_tax_code_ref import SalesTaxCodeRef
    from ..models.sell_price import SellPrice
    from ..models.total import Total


T = TypeVar("T", bound="JobCostCenterLaborItem")


@_attrs_define
class JobCostCenterLaborItem:
    """
    Attributes:
        id (int):
        labor_type (CostCenterRef):
        labor_rate (float):
        labor_markup (float):
        sales_tax_code (SalesTaxCodeRef):
        projected_time (float):
        ticked (bool):
        date_modified (datetime.datetime): RFC3339 date-time format eg. 2018-05-21T19:53:39+10:00. See
            https://tools.ietf.org/html/rfc3339#section-5.6
        discount (float): Specify the discount of this item. If you specify this, the sell price including discount will
            automatically be calculated.
        sell_price (SellPrice):
        total (Total):
        income_account (IncomeAccountRef):
        claimed (Claimed | None | Unset):
    """

    id: int
    labor_type: CostCenterRef
    labor_rate: float
    labor_markup: float
    sales_tax_code: SalesTaxCodeRef
    projected_time: float
    ticked: bool
    date_modified: datetime.datetime
    discount: float
    sell_price: SellPrice
    total: Total
    income_account: IncomeAccountRef
    claimed: Claimed | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.claimed import Claimed  # noqa: PLC0415

        id = self.id
        labor_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labor_type, Unset):
            labor_type = self.labor_type.to_dict()
        labor_rate = self.labor_rate
        labor_markup = self.labor_markup
        sales_tax_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_tax_code, Unset):
            sales_tax_code = self.sales_tax_code.to_dict()
        projected_time = self.projected_time
        ticked = self.ticked
        date_modified: str | Unset = UNSET
        if not isinstance(self.date_modified, Unset):
            date_modified = self.date_modified.isoformat()
        discount = self.discount
        sell_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sell_price, Unset):
            sell_price = self.sell_price.to_dict()
        total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total, Unset):
            total = self.total.to_dict()
        income_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.income_account, Unset):
            income_account = self.income_account.to_dict()
        claimed: dict[str, Any] | None | Unset
        if isinstance(self.claimed, Unset):
            claimed = UNSET
        elif isinstance(self.claimed, Claimed):
            claimed = self.claimed.to_dict()
        else:
            claimed = self.claimed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(id, Unset):
            field_dict["ID"] = id
        if not isinstance(labor_type, Unset):
            field_dict["LaborType"] = labor_type
        if not isinstance(labor_rate, Unset):
            field_dict["LaborRate"] = labor_rate
        if not isinstance(labor_markup, Unset):
            field_dict["LaborMarkup"] = labor_markup
        if not isinstance(sales_tax_code, Unset):
            field_dict["SalesTaxCode"] = sales_tax_code
        if not isinstance(projected_time, Unset):
            field_dict["ProjectedTime"] = projected_time
        if not isinstance(ticked, Unset):
            field_dict["Ticked"] = ticked
        if not isinstance(date_modified, Unset):
            field_dict["DateModified"] = date_modified
        if not isinstance(discount, Unset):
            field_dict["Discount"] = discount
        if not isinstance(sell_price, Unset):
            field_dict["SellPrice"] = sell_price
        if not isinstance(total, Unset):
            field_dict["Total"] = total
        if not isinstance(income_account, Unset):
            field_dict["IncomeAccount"] = income_account
        if not isinstance(claimed, Unset):
            field_dict["Claimed"] = claimed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.claimed import Claimed  # noqa: PLC0415
        from ..models.cost_center_ref import CostCenterRef  # noqa: PLC0415
        from ..models.income_account_ref import IncomeAccountRef  # noqa: PLC0415
        from ..models.sales_tax_code_ref import SalesTaxCodeRef  # noqa: PLC0415
        from ..models.sell_price import SellPrice  # noqa: PLC0415
        from ..models.total import Total  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        _labor_type = d.pop("LaborType", UNSET)
        labor_type: CostCenterRef | Unset
        if isinstance(_labor_type, Unset):
            labor_type = UNSET
        else:
            labor_type = CostCenterRef.from_dict(_labor_type)

        labor_rate = d.pop("LaborRate", UNSET)

        labor_markup = d.pop("LaborMarkup", UNSET)

        _sales_tax_code = d.pop("SalesTaxCode", UNSET)
        sales_tax_code: SalesTaxCodeRef | Unset
        if isinstance(_sales_tax_code, Unset):
            sales_tax_code = UNSET
        else:
            sales_tax_code = SalesTaxCodeRef.from_dict(_sales_tax_code)

        projected_time = d.pop("ProjectedTime", UNSET)

        ticked = d.pop("Ticked", UNSET)

        _date_modified = d.pop("DateModified", UNSET)
        date_modified: datetime.datetime | Unset
        if isinstance(_date_modified, Unset):
            date_modified = UNSET
        else:
            date_modified = datetime.datetime.fromisoformat(_date_modified)

        discount = d.pop("Discount", UNSET)

        _sell_price = d.pop("SellPrice", UNSET)
        sell_price: SellPrice | Unset
        if isinstance(_sell_price, Unset):
            sell_price = UNSET
        else:
            sell_price = SellPrice.from_dict(_sell_price)

        _total = d.pop("Total", UNSET)
        total: Total | Unset
        if isinstance(_total, Unset):
            total = UNSET
        else:
            total = Total.from_dict(_total)

        _income_account = d.pop("IncomeAccount", UNSET)
        income_account: IncomeAccountRef | Unset
        if isinstance(_income_account, Unset):
            income_account = UNSET
        else:
            income_account = IncomeAccountRef.from_dict(_income_account)

        def _parse_claimed(data: object) -> Claimed | None | Unset:
            from simpro_client.types import is_complete  # noqa: PLC0415

            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            partial_fits: list[Claimed | None | Unset] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                claimed_type_1 = Claimed.from_dict(data)

                if is_complete(claimed_type_1):
                    return claimed_type_1
                partial_fits.append(claimed_type_1)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if partial_fits:
                return partial_fits[0]
            return cast(Claimed | None | Unset, data)

        claimed = _parse_claimed(d.pop("Claimed", UNSET))

        _instance = cls(
            id=_unchecked(id),
            labor_type=_unchecked(labor_type),
            labor_rate=_unchecked(labor_rate),
            labor_markup=_unchecked(labor_markup),
            sales_tax_code=_unchecked(sales_tax_code),
            projected_time=_unchecked(projected_time),
            ticked=_unchecked(ticked),
            date_modified=_unchecked(date_modified),
            discount=_unchecked(discount),
            sell_price=_unchecked(sell_price),
            total=_unchecked(total),
            income_account=_unchecked(income_account),
            claimed=claimed,
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
