"""Credit-bureau adapters: an external business score where configured, a local deterministic one by default.

settings.CREDIT_BUREAU picks the adapter ("local" or "http"). The HTTP adapter speaks a
Creditsafe-like REST API (token auth, company lookup by legal id, a 0-100 score); only the
company's legal id and country leave the marketplace (data minimisation).
"""

from __future__ import annotations

import abc
import hashlib
from dataclasses import dataclass

import requests
from django.conf import settings


@dataclass(frozen=True)
class BureauReport:
    bureau: str
    reference: str
    score: int | None  # 0 (very high risk) to 100 (very low risk); None: the company is unknown to the bureau
    insolvency: bool = False


class BureauError(Exception):
    """The bureau could not be reached or answered nonsense; the application is referred to a human."""


class CreditBureau(abc.ABC):
    name: str

    @abc.abstractmethod
    def report(self, *, legal_id: str, country: str) -> BureauReport: ...


class LocalBureau(CreditBureau):
    """Deterministic stand-in: the same legal id always gets the same score (tests and demo).

    Legal ids ending in "000" are unknown to it; ending in "999", insolvent.
    """

    name = "local"

    def report(self, *, legal_id: str, country: str) -> BureauReport:
        if legal_id.endswith("000"):
            return BureauReport(self.name, f"local-{legal_id}", None)
        digest = hashlib.sha256(f"{country}:{legal_id}".encode()).digest()
        score = 35 + digest[0] % 61  # 35..95
        return BureauReport(self.name, f"local-{legal_id}", score, insolvency=legal_id.endswith("999"))


class HttpBureau(CreditBureau):
    name = "http"

    def __init__(self, *, base_url: str | None = None, api_key: str | None = None, timeout: float = 5.0):
        self.base_url = (base_url or settings.CREDIT_BUREAU_URL).rstrip("/")
        self.api_key = api_key if api_key is not None else settings.CREDIT_BUREAU_API_KEY
        self.timeout = timeout

    def report(self, *, legal_id: str, country: str) -> BureauReport:
        try:
            response = requests.get(
                f"{self.base_url}/v1/companies/{country}/{legal_id}/credit-report",
                headers={"Authorization": f"Bearer {self.api_key}", "Accept": "application/json"},
                timeout=self.timeout,
            )
        except requests.RequestException as error:
            raise BureauError(str(error)) from error
        if response.status_code == 404:
            return BureauReport(self.name, "", None)
        if response.status_code != 200:
            raise BureauError(f"bureau answered {response.status_code}")
        try:
            body = response.json()
            rating = body["creditRating"]
            score = rating.get("commonValue")
            return BureauReport(
                self.name,
                str(body["reportId"]),
                None if score is None else max(0, min(100, int(score))),
                insolvency=bool(body.get("insolvency", {}).get("active", False)),
            )
        except (ValueError, KeyError, TypeError) as error:
            raise BureauError(f"unexpected bureau answer: {error}") from error


BUREAUS = {"local": LocalBureau, "http": HttpBureau}


def get_bureau(name: str | None = None) -> CreditBureau:
    return BUREAUS[name or settings.CREDIT_BUREAU]()
