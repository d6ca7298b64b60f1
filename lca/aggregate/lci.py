"""The life cycle inventory per part: annex A of the study report and the workbook's
inventory sheet.

Each BOM row's inputs (material, transport, electricity, each with its factor) and
outputs (chips and scrap to treatment, then the part itself: its net weight x total
quantity), ordered by BOM row, stage (materials, transport, processing, waste,
product), process (in order of first use in the BOM) and set-up after cycle time.

The table is not copied: `Lci` keeps the order of the rows over the flows and the
net-weight outputs and gives any column on request (`column`, or `codes` for text), so
that a 100,000-row BOM's ~700,000 rows cost a few arrays, not a frame of objects.
"""

from __future__ import annotations

from functools import cached_property

import numpy as np

from ..compute.flows import STAGES, with_structure
from ..frame import Frame, Text, choose, factorize, positions
from ..records import frozen
from ..schema import FIELDS
from .inventory import field_values, typed
from .tables import first_use, where

#: Stage order of the rows; "product" is the part's own net weight, an output.
STAGE_RANK = {**{s: i for i, s in enumerate(STAGES)}, "product": len(STAGES)}
#: Columns of the annex that are not inventory fields, and their kinds.
EXTRA_KINDS = {"name": "text", "total_quantity": "float", "direction": "text",
               "flow_label": "text"}
#: Columns that are the same on every row of a part (taken from the part).
PART_FIELDS = ("row", "part_number", "name", "total_quantity")


@frozen(eq=False)
class Lci:
    """The annex rows. Row i is flow `order[i]` when `order[i] < n_flows`, else the
    net-weight output of part `outputs[order[i] - n_flows]`.

    Columns: the inventory fields (`lca.schema.INVENTORY`; output rows have row,
    part number, stage "product", amount and unit "kg"), `name` and `total_quantity`
    of the part, `direction` ("in", or "out" for scrap and the part) and `flow_label`:
    what a flow is when its own name does not say it ("electricity_cycle",
    "electricity_setup", "scrap", "product"; None otherwise)."""

    flows: Frame
    parts: Frame
    order: np.ndarray
    outputs: np.ndarray

    @property
    def n_flows(self) -> int:
        return len(self.flows)

    def __len__(self) -> int:
        return len(self.order)

    @cached_property
    def part(self) -> np.ndarray:
        """The part position of each row."""
        return np.concatenate([_positions(self.flows), self.outputs])[self.order]

    @cached_property
    def _structure(self) -> Frame:
        """Per part, the structure fields the calculation puts on its flows."""
        per_part = Frame({"part": np.arange(len(self.parts))})
        with_structure(per_part, self.parts)
        return per_part

    def part_values(self, name: str) -> np.ndarray | None:
        """`name` per part position, for a column that is the same on every row of a
        part (None for other columns)."""
        p = self.parts
        if name == "row":
            return p["row"].astype(np.int64) + 1
        if name in ("part_number", "name"):
            return p[name]
        if name == "total_quantity":
            return p["total_quantity"].astype(float)
        if name in self._structure and name != "part" and name in self.flows:
            return typed(self._structure[name], FIELDS[name].kind)
        return None

    def column(self, name: str, rows: slice = slice(None)) -> np.ndarray:
        """Column `name` of rows `rows`, typed by its `kind`."""
        per_part = self.part_values(name)
        if per_part is not None:
            return per_part[self.part[rows]]
        flow_values, output_values = self._flow_values(name), self._output_values(name)
        source = self.order[rows]
        is_flow = source < self.n_flows
        out = np.empty(len(source), dtype=np.result_type(flow_values.dtype, output_values.dtype))
        out[is_flow] = flow_values[source[is_flow]]
        out[~is_flow] = output_values[source[~is_flow] - self.n_flows]
        return out

    def codes(self, name: str, ordered: bool = True) -> tuple[np.ndarray, list[object]]:
        """A column as (code per row, distinct values); code -1: missing. `ordered`:
        values in order of first use (like `factorize`); else, for a column the flows
        keep as codes, their dictionary as it is (cheaper; it may hold unused values)."""
        per_part = self.part_values(name)
        if per_part is not None:
            codes, values = factorize(per_part)
            return codes[self.part], values
        codes, values = self.source_codes(name, ordered)
        return codes[self.order], values

    def source_codes(self, name: str, ordered: bool = True) -> tuple[np.ndarray, list[object]]:
        """`codes` of a column that is not per part, in source order: the flows, then the
        outputs (`order` puts them in row order)."""
        text = self.kind(name) == "text"
        if text and name not in self.flows.cols and name not in ("direction", "flow_label"):
            flow_values = Text.const(None, self.n_flows)  # a field no flow has: all missing
        else:
            flow_values = self.flows.cols[name] if name in self.flows.cols \
                and text else self._flow_values(name)
        if not ordered and isinstance(flow_values, Text):
            flow_codes, values = flow_values.codes, list(flow_values.values)
        else:
            flow_codes, values = factorize(flow_values)
        output_codes, output_values = factorize(self._output_values(name))
        shifted = np.where(output_codes >= 0, output_codes + len(values), -1)
        return np.concatenate([flow_codes, shifted]), [*values, *output_values]

    def source_column(self, name: str) -> np.ndarray:
        """A column that is not per part, in source order (see `source_codes`)."""
        flow_values, output_values = self._flow_values(name), self._output_values(name)
        return np.concatenate([np.asarray(flow_values), np.asarray(output_values)])

    def kind(self, name: str) -> str:
        """"int", "float" or "text"."""
        return EXTRA_KINDS.get(name) or FIELDS[name].kind

    def _flow_values(self, name: str) -> np.ndarray | Text:
        if name == "direction":
            return choose(where(self.flows, "stage", "waste"), "out", "in")
        if name == "flow_label":
            return _flow_labels(self.flows)
        return field_values(self.flows, self.parts, name)

    def _output_values(self, name: str) -> np.ndarray | Text:
        """`name` over the net-weight outputs: text as codes (one value or none)."""
        n = len(self.outputs)
        if name == "amount":
            return self._output_amount
        if self.kind(name) == "text":
            return Text.const({"direction": "out", "flow_label": "product", "stage": "product",
                               "unit": "kg"}.get(name), n)
        return np.full(n, np.nan)

    @cached_property
    def _output_amount(self) -> np.ndarray:
        p = self.parts
        return (p["total_quantity"][self.outputs] * p["net_kg"][self.outputs]).astype(float)


def lci(flows: Frame, parts: Frame) -> Lci:
    """The annex rows of a result (see `Lci`)."""
    outputs = positions(~parts["is_assembly"].astype(bool)
                             & ~np.isnan(parts["net_kg"].astype(float)))
    row = np.concatenate([flows["row"].astype(np.int64), parts["row"][outputs].astype(np.int64)])
    stage = np.concatenate([_stage_ranks(flows.cols["stage"]), np.full(len(outputs), STAGE_RANK[
        "product"])])
    process = np.concatenate([first_use(flows.cols["process"])[0], np.full(len(outputs), -1)])
    setup = np.concatenate([np.asarray(where(flows, "stage", "processing")
                                       & _is_setup(flows)), np.zeros(len(outputs), bool)])
    order = np.lexsort((setup, process, stage, row))  # stable: BOM order within a key
    return Lci(flows, parts, order.astype(np.intp), outputs)


def _is_setup(flows: Frame) -> np.ndarray:
    """Set-up flows (sorted after the cycle flows of their process in the annex)."""
    codes, names = factorize(flows.cols["flow"])
    return np.array(["setup" in str(name) for name in names] + [False])[codes]


def _positions(flows: Frame) -> np.ndarray:
    return flows["part"].astype(np.intp) if len(flows) else np.empty(0, dtype=np.intp)


def _stage_ranks(stage: object) -> np.ndarray:
    codes, values = factorize(stage)
    ranks = np.array([STAGE_RANK.get(v, len(STAGE_RANK)) for v in values] + [len(STAGE_RANK)])
    return ranks[codes]


#: processing flows by the start of their name (compute/processing.py) -> label prefix
PROCESSING_LABELS = (("electricity", "electricity"), ("compressed air", "air"),
                     ("fuel ", "fuel"))


def _flow_labels(flows: Frame) -> np.ndarray:
    """What each flow is, where its name does not say it (see `Lci`): a processing
    flow by its carrier (electricity, compressed air, or `fuel_cycle:KEY` for a fuel,
    which was labelled electricity) and its kind; scrap."""
    codes, names = factorize(flows.cols["flow"])
    values = [_processing_label(str(name)) for name in names]
    found: dict[str, int] = {}
    lookup = np.array([found.setdefault(v, len(found)) if v else -1 for v in values] + [-1],
                      dtype=np.intp)
    labels = np.where(where(flows, "stage", "processing"), lookup[codes], -1)
    labels[where(flows, "stage", "waste")] = len(found)
    return Text(labels.astype(np.intp), [*found, "scrap"])


def flow_label(flow: str, stage: str) -> str | None:
    """The label of one flow (`_flow_labels` of a single line: the variance ranking)."""
    if stage == "processing":
        return _processing_label(flow)
    return "scrap" if stage == "waste" else None


def _processing_label(name: str) -> str | None:
    kind = "setup" if "setup" in name else "cycle"
    for start, carrier in PROCESSING_LABELS:
        if name.startswith(start):
            fuel = name[len(start):].rsplit(" (", 1)[0] if carrier == "fuel" else ""
            return f"{carrier}_{kind}" + (f":{fuel}" if fuel else "")
    return None
