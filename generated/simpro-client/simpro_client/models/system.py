from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _unchecked

if TYPE_CHECKING:
    from ..models.general import General
    from ..models.jobs_quotes import JobsQuotes
    from ..models.system_jobs import SystemJobs
    from ..models.system_quotes import SystemQuotes


T = TypeVar("T", bound="System")


@_attrs_define
class System:
    """
    Attributes:
        general (General):
        jobs_quotes (JobsQuotes):
        jobs (SystemJobs):
        quotes (SystemQuotes):
    """

    general: General
    jobs_quotes: JobsQuotes
    jobs: SystemJobs
    quotes: SystemQuotes
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        general: dict[str, Any] | Unset = UNSET
        if not isinstance(self.general, Unset):
            general = self.general.to_dict()
        jobs_quotes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.jobs_quotes, Unset):
            jobs_quotes = self.jobs_quotes.to_dict()
        jobs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.jobs, Unset):
            jobs = self.jobs.to_dict()
        quotes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quotes, Unset):
            quotes = self.quotes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if not isinstance(general, Unset):
            field_dict["General"] = general
        if not isinstance(jobs_quotes, Unset):
            field_dict["JobsQuotes"] = jobs_quotes
        if not isinstance(jobs, Unset):
            field_dict["Jobs"] = jobs
        if not isinstance(quotes, Unset):
            field_dict["Quotes"] = quotes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.general import General  # noqa: PLC0415
        from ..models.jobs_quotes import JobsQuotes  # noqa: PLC0415
        from ..models.system_jobs import SystemJobs  # noqa: PLC0415
        from ..models.system_quotes import SystemQuotes  # noqa: PLC0415

        d = dict(src_dict)
        _general = d.pop("General", UNSET)
        general: General | Unset
        if isinstance(_general, Unset):
            general = UNSET
        else:
            general = General.from_dict(_general)

        _jobs_quotes = d.pop("JobsQuotes", UNSET)
        jobs_quotes: JobsQuotes | Unset
        if isinstance(_jobs_quotes, Unset):
            jobs_quotes = UNSET
        else:
            jobs_quotes = JobsQuotes.from_dict(_jobs_quotes)

        _jobs = d.pop("Jobs", UNSET)
        jobs: SystemJobs | Unset
        if isinstance(_jobs, Unset):
            jobs = UNSET
        else:
            jobs = SystemJobs.from_dict(_jobs)

        _quotes = d.pop("Quotes", UNSET)
        quotes: SystemQuotes | Unset
        if isinstance(_quotes, Unset):
            quotes = UNSET
        else:
            quotes = SystemQuotes.from_dict(_quotes)

        _instance = cls(
            general=_unchecked(general),
            jobs_quotes=_unchecked(jobs_quotes),
            jobs=_unchecked(jobs),
            quotes=_unchecked(quotes),
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
