"""Japanese improved ton-km method (改良トンキロ法) for trucks.

METI notice No. 66 of 2006 (平成18年経済産業省告示第66号) gives the fuel used per t-km of a
truck from its load factor x (%) and maximum payload z (kg):

    diesel:   ln y = 2.71 - 0.812 ln(x/100) - 0.654 ln z
    gasoline: ln y = 2.67 - 0.927 ln(x/100) - 0.648 ln z      (y in L per t-km)

and kg-CO2 per t-km = y x the fuel's emission factor per litre (built-in `diesel` /
`gasoline`, or the user's). A transport mode written as `改良トンキロ:4t:50%` (or
`tonkilo:4000kg:50%:gasoline`) in the Suppliers sheet is computed with this formula.
Worked value (factors.md §4c): diesel, 2,000 kg, 25 % -> 0.842 kg-CO2/t-km.
"""

from __future__ import annotations

import math
import re
import unicodedata

COEFFICIENTS = {"diesel": (2.71, 0.812, 0.654), "gasoline": (2.67, 0.927, 0.648)}
FUEL_NAMES = {"diesel": "diesel", "軽油": "diesel", "gasoline": "gasoline", "petrol": "gasoline",
              "ガソリン": "gasoline", "揮発油": "gasoline"}
SOURCE = "改良トンキロ法 / improved ton-km method (平成18年経済産業省告示第66号)"

_SPEC = re.compile(
    r"^(?:改良トンキロ法?|tonkilo|ton-km|jp-truck)\s*[:：]\s*(\d+(?:\.\d+)?)\s*(t|kg|トン)\s*"
    r"[:：]\s*(\d+(?:\.\d+)?)\s*%\s*(?:[:：]\s*(\S+))?$", re.IGNORECASE)


_PREFIX = re.compile(r"^\s*(?:改良トンキロ法?|tonkilo|ton-km|jp-truck)\s*[:：]", re.IGNORECASE)


def looks_like_spec(text: object) -> bool:
    """A mode written as an improved ton-km spec, parsable or not (`改良トンキロ:4t:150%`)."""
    return isinstance(text, str) and _PREFIX.match(unicodedata.normalize("NFKC", text)) is not None


def spec_problem(text: str) -> tuple[str, dict[str, object]]:
    """The message key (and params) of a ton-km spec that gave no factor: one the formula
    cannot take, or one whose fuel has no factor per volume (the formula gives litres)."""
    spec = parse_spec(unicodedata.normalize("NFKC", text))
    if spec is None:
        return "supplier.bad_tonkm", {}
    return "supplier.tonkm_fuel", {"fuel": spec[2]}


def parse_spec(text: str) -> tuple[float, float, str] | None:
    """`'改良トンキロ:4t:50%'` -> (payload 4000 kg, load 50 %, 'diesel'); None if not one."""
    match = _SPEC.match(text.strip())
    if not match:
        return None
    payload, unit, load, fuel = match.groups()
    payload_kg = float(payload) * (1.0 if unit.lower() == "kg" else 1000.0)
    fuel_key = FUEL_NAMES.get((fuel or "diesel").casefold())
    load_pct = float(load)
    if fuel_key is None or payload_kg <= 0 or not 0 < load_pct <= 100:
        return None
    return payload_kg, load_pct, fuel_key


def litres_per_tkm(payload_kg: float, load_pct: float, fuel: str = "diesel") -> float:
    a, b, c = COEFFICIENTS[fuel]
    return math.exp(a - b * math.log(load_pct / 100.0) - c * math.log(payload_kg))


def canonical_key(payload_kg: float, load_pct: float, fuel: str) -> str:
    return f"tonkilo:{payload_kg:g}kg:{load_pct:g}%:{fuel}"
