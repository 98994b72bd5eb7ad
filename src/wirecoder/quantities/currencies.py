"""Currency names shared by several countries, resolved by the country the text names.

"Rupees", "pesos", "shillings", "dinars", "francs", "rials" and "riyals" are the money of
several countries: "the rupee traded near 280 to the dollar" after "Pakistan's petrol
price" is the Pakistani rupee, "the peso's official rate" in a story on Argentina the
Argentine peso. The nearest country named before the amount decides (else one named
shortly after it); with none, the family's default code stays.
"""

from __future__ import annotations

import functools
import re

__all__ = ["local_currency"]

#: Family -> (country pattern, ISO code) pairs; the family's default code is listed first.
_FAMILIES: dict[str, tuple[tuple[str, str], ...]] = {
    "rupee": (("India|Indian", "INR"), ("Pakistan|Pakistani", "PKR"),
              ("Sri Lanka|Sri Lankan", "LKR"), ("Nepal|Nepali|Nepalese", "NPR")),
    "peso": (("Mexico|Mexican", "MXN"), ("Argentina|Argentine|Argentinian", "ARS"),
             ("Chile|Chilean", "CLP"), ("Colombia|Colombian", "COP"),
             ("Philippines|Philippine|Filipino", "PHP"), ("Uruguay|Uruguayan", "UYU"),
             ("Cuba|Cuban", "CUP"), ("Dominican Republic", "DOP")),
    "shilling": (("Kenya|Kenyan", "KES"), ("Uganda|Ugandan", "UGX"),
                 ("Tanzania|Tanzanian", "TZS"), ("Somalia|Somali", "SOS")),
    "dinar": (("Iraq|Iraqi", "IQD"), ("Jordan|Jordanian", "JOD"), ("Kuwait|Kuwaiti", "KWD"),
              ("Libya|Libyan", "LYD"), ("Algeria|Algerian", "DZD"), ("Tunisia|Tunisian", "TND"),
              ("Serbia|Serbian", "RSD"), ("Bahrain|Bahraini", "BHD")),
    "franc": (("Switzerland|Swiss", "CHF"), ("Rwanda|Rwandan", "RWF"),
              ("Congo|Congolese", "CDF"), ("Burundi|Burundian", "BIF"),
              ("Guinea|Guinean", "GNF")),
    "rial": (("Iran|Iranian", "IRR"), ("Oman|Omani", "OMR"), ("Yemen|Yemeni", "YER")),
    "riyal": (("Saudi Arabia|Saudi", "SAR"), ("Qatar|Qatari", "QAR")),
}
#: The default code of each family, as the word tables give it.
_FAMILY_OF_CODE = {"INR": "rupee", "PKR": "rupee", "MXN": "peso", "KES": "shilling",
                   "IQD": "dinar", "CHF": "franc", "IRR": "rial", "SAR": "riyal"}
_AFTER = 200


@functools.cache
def _pattern(family: str) -> re.Pattern[str]:
    names = "|".join(f"(?P<c{i}>{names})" for i, (names, _) in enumerate(_FAMILIES[family]))
    return re.compile(rf"\b(?:{names})\b")


def local_currency(code: str, text: str, pos: int) -> str:
    """Return the ISO code of a shared currency name in the country the text names.

    Args:
        code: The code the word tables gave ("INR" for "rupees", "MXN" for "pesos").
        text: The document text.
        pos: Offset of the amount.

    Returns:
        The code of the country named nearest before ``pos`` (else shortly after it), or
        ``code`` when the currency is not shared or no country of its family is named.
    """
    family = _FAMILY_OF_CODE.get(code)
    if family is None:
        return code
    pattern = _pattern(family)
    found = list(pattern.finditer(text, 0, pos)) or list(
        pattern.finditer(text, pos, min(len(text), pos + _AFTER)))[:1]
    if not found:
        return code
    m = found[-1] if found[-1].start() < pos else found[0]
    index = int(next(k for k, v in m.groupdict().items() if v)[1:])
    return _FAMILIES[family][index][1]
