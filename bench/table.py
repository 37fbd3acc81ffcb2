"""The table ``make bench`` prints: one row per figure, with its floor, ratio and target."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Row:
    figure: str
    value: float
    unit: str
    floor: float | None
    floor_name: str
    target: str
    holds: bool | None

    @property
    def ratio(self) -> float | None:
        if self.floor is None or self.floor <= 0:
            return None
        return self.value / self.floor

    def as_dict(self) -> dict:
        ratio = self.ratio
        return {
            "figure": self.figure,
            "value": round(self.value, 3),
            "unit": self.unit,
            "floor": None if self.floor is None else round(self.floor, 3),
            "floor_is": self.floor_name,
            "ratio": None if ratio is None else round(ratio, 2),
            "target": self.target,
            "holds": self.holds,
        }


def render(rows: list[Row]) -> str:
    def number(value: float | None) -> str:
        if value is None:
            return "—"
        return f"{value:,.0f}" if abs(value) >= 100 else f"{value:,.2f}".rstrip("0").rstrip(".")

    lines = [
        "| figure | value | floor | ratio | target | holds |",
        "|---|---:|---:|---:|---|:---:|",
    ]
    for row in rows:
        ratio = row.ratio
        floor = "—" if row.floor is None else f"{number(row.floor)} {row.unit} ({row.floor_name})"
        holds = {True: "yes", False: "**NO**", None: "—"}[row.holds]
        lines.append(
            f"| {row.figure} | {number(row.value)} {row.unit} | {floor} | "
            f"{'—' if ratio is None else f'{ratio:.2f}×'} | {row.target} | {holds} |"
        )
    return "\n".join(lines)
