"""Reading the ECB's reference-rate files: the eurofxref XML, and the CSVs inside its ZIPs."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date
from xml.etree import ElementTree

from seller_desk.domain.fx import DayRates, ProviderError
from seller_desk.integrations.fx import messages
from seller_desk.integrations.fx.responses import day_rates, parse_day

GESMES = "http://www.gesmes.org/xml/2002-08-01"
EUROFXREF = "http://www.ecb.int/vocabulary/2002-08-01/eurofxref"
# The unprefixed Cube elements live in the eurofxref default namespace.
CUBE = f"{{{EUROFXREF}}}Cube"
ENVELOPE = f"{{{GESMES}}}Envelope"


def parse_xml(content: bytes, provider: str = "ecb") -> list[DayRates]:
    """Every day of an eurofxref XML (daily, 90-day or full history), in the file's order."""
    if b"<!DOCTYPE" in content[:1024].upper():
        # The ECB never sends one; refusing it keeps entity tricks out of the parser.
        raise ProviderError(provider, messages.MALFORMED, reason="unexpected DOCTYPE in the XML")
    try:
        root = ElementTree.fromstring(content)
    except ElementTree.ParseError as error:
        raise ProviderError(provider, messages.MALFORMED, reason=f"broken XML ({error})") from None
    if root.tag != ENVELOPE:
        raise ProviderError(
            provider, messages.MALFORMED, reason=f"the XML root is {root.tag}, not gesmes:Envelope"
        )
    outer = root.find(CUBE)
    if outer is None:
        raise ProviderError(provider, messages.MALFORMED, reason="no Cube element in the XML")
    days: list[DayRates] = []
    for day_cube in outer.findall(CUBE):
        day = parse_day(day_cube.get("time", ""), provider)
        raw = {cube.get("currency", ""): cube.get("rate", "") for cube in day_cube.findall(CUBE)}
        days.append(day_rates(provider, day, raw))
    if not days:
        raise ProviderError(provider, messages.MALFORMED, reason="no days in the XML")
    return days


def csv_from_zip(content: bytes, provider: str = "ecb") -> str:
    """The text of the one CSV inside an ECB ZIP (eurofxref.zip or eurofxref-hist.zip)."""
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            names = [name for name in archive.namelist() if name.lower().endswith(".csv")]
            if not names:
                raise ProviderError(provider, messages.MALFORMED, reason="no CSV in the ZIP")
            data = archive.read(names[0])
    except (zipfile.BadZipFile, EOFError) as error:
        raise ProviderError(provider, messages.MALFORMED, reason=f"broken ZIP ({error})") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ProviderError(provider, messages.MALFORMED, reason="the CSV is not UTF-8") from None


def parse_csv(text: str, provider: str = "ecb") -> list[DayRates]:
    """Every day of an ECB CSV, in the file's order (the history lists the newest first).

    Handles both shapes: the history's `Date,USD,…,ZAR,` (trailing comma, `N/A` cells, trimmed
    zeros) and the daily file's `Date, USD, …` with ", " separators and `30 October 2026` dates.
    """
    rows = [row for row in csv.reader(io.StringIO(text), skipinitialspace=True) if row]
    if not rows or rows[0][0].strip() != "Date":
        raise ProviderError(provider, messages.MALFORMED, reason="the CSV does not start with Date")
    header = [name.strip() for name in rows[0]]
    days: list[DayRates] = []
    for number, row in enumerate(rows[1:], start=2):
        cells = [cell.strip() for cell in row]
        if len(cells) > len(header) and any(cells[len(header):]):
            raise ProviderError(
                provider, messages.MALFORMED, reason=f"line {number} has more cells than the header"
            )
        day = _csv_day(cells[0], provider)
        # Empty names come from the trailing comma: that column is no currency.
        raw = {name: cell for name, cell in zip(header[1:], cells[1:], strict=False) if name}
        if all(cell in {"", "N/A"} for cell in raw.values()):
            continue
        days.append(day_rates(provider, day, raw))
    if not days:
        raise ProviderError(provider, messages.MALFORMED, reason="no days in the CSV")
    return days


# English month names written out here: strptime's %B follows the locale Qt sets at start.
MONTHS = {
    name: number for number, name in enumerate((
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ), start=1)
}


def _csv_day(text: str, provider: str) -> date:
    parts = text.split()
    if len(parts) == 3 and parts[1].lower() in MONTHS:  # the daily file: 30 October 2026
        try:
            return date(int(parts[2]), MONTHS[parts[1].lower()], int(parts[0]))
        except ValueError:
            pass
    return parse_day(text, provider)
