"""The breast-brain-bone circuit (Kovacs 2019 J Clin Invest 129:3041, Figure 1) drawn from the model's own terms.

Every arrow is a named term of ``lactabone.model`` (``docs/generated/circuit.md``);
its size on a day is the term's value over a reference, so arrows of
different units compare:

- ``pre_pregnant``: the term over its value in the pre-pregnant steady state
  (1 = as before pregnancy);
- ``calcium_flux``: a calcium flux [mg/d] over the pre-pregnant calcium
  absorbed from the diet [mg/d] (0 before pregnancy);
- ``offspring``: suckling in infant-equivalents (1 = one offspring nursed in full).

Width grows with the square root of the size; red arrows are raised, blue
lowered, grey near their reference; a flat bar ends an inhibition; a thin
dashed arrow is off (size 0).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from html import escape
from typing import Literal

import numpy as np


@dataclass(frozen=True)
class Node:
    """A box of the diagram: an organ or a cell type, centred at (x, y) [px], in one arm of the circuit."""

    label: str
    x: float
    y: float
    arm: Literal["brain", "breast", "mineral", "bone"]


@dataclass(frozen=True)
class Arrow:
    """An arrow of the circuit: the named term it draws, from one node to another.

    Attributes
    ----------
    label : str
        What a student reads on the arrow.
    source, target : str
        Node keys (:data:`NODES`).
    term : str
        The model term whose value sizes the arrow.
    scale : {"pre_pregnant", "calcium_flux", "offspring"}
        What the term is divided by (module docstring).
    inhibits : bool
        Drawn with a flat bar: the source restrains the target.
    bend : float
        Sideways bow of the arrow, as a share of its length (positive: to the left of travel).
    label_at : float
        Where along the arrow its label sits (0 at the source, 1 at the target).
    label_side : {"middle", "start", "end"}
        Text anchor of the label: centred on the arrow, starting at it (text to the right) or ending at it.
    """

    label: str
    source: str
    target: str
    term: str
    scale: Literal["pre_pregnant", "calcium_flux", "offspring"] = "pre_pregnant"
    inhibits: bool = False
    bend: float = 0.0
    label_at: float = 0.5
    label_side: Literal["middle", "start", "end"] = "middle"


NODES: dict[str, Node] = {
    "offspring": Node("offspring", 110, 70, "breast"),
    "breast": Node("breast", 110, 300, "breast"),
    "hypothalamus": Node("hypothalamus", 470, 70, "brain"),
    "pituitary": Node("pituitary", 470, 190, "brain"),
    "ovary": Node("ovary", 760, 190, "brain"),
    "blood": Node("blood calcium", 470, 330, "mineral"),
    "gut": Node("gut", 230, 520, "mineral"),
    "parathyroids": Node("parathyroids", 800, 330, "mineral"),
    "thyroid": Node("thyroid C cells", 800, 585, "mineral"),
    "osteoclasts": Node("osteoclasts", 620, 480, "bone"),
    "osteocytes": Node("osteocytes", 620, 585, "bone"),
    "osteoblasts": Node("osteoblasts", 420, 555, "bone"),
}
"""The organs and cells of the diagram and where they sit."""

ARROWS: tuple[Arrow, ...] = (
    Arrow("suckling", "offspring", "hypothalamus", "nursing", "offspring"),
    Arrow("GnRH", "hypothalamus", "pituitary", "gnrh_pulse_activity", bend=0.45, label_side="end"),
    Arrow("prolactin on GnRH", "pituitary", "hypothalamus", "gnrh_inhibition_by_prolactin", inhibits=True,
          bend=0.45, label_side="start"),
    Arrow("LH/FSH", "pituitary", "ovary", "lh"),
    Arrow("prolactin", "pituitary", "breast", "prolactin", bend=0.12, label_at=0.4),
    Arrow("oxytocin", "pituitary", "breast", "oxytocin", bend=-0.12, label_at=0.6),
    Arrow("estradiol", "ovary", "osteoclasts", "estradiol", inhibits=True, label_at=0.35, label_side="start"),
    Arrow("PTHrP", "breast", "osteoclasts", "pthrp", label_at=0.3),
    Arrow("PTH1R drive on osteocytes", "breast", "osteocytes", "osteocyte_pth1r_drive", bend=-0.06, label_at=0.5),
    Arrow("PTH", "parathyroids", "osteoclasts", "pth", label_at=0.4, label_side="start"),
    Arrow("calcitonin", "thyroid", "osteoclasts", "calcitonin_receptor_ligand", inhibits=True, label_side="start"),
    Arrow("resorption", "osteoclasts", "blood", "bone_resorption", label_at=0.45, label_side="start"),
    Arrow("mineral laid down", "blood", "osteoblasts", "mineral_deposition", label_at=0.75, label_side="end"),
    Arrow("calcium into milk", "blood", "breast", "milk_calcium", "calcium_flux"),
    Arrow("calcium absorbed", "gut", "blood", "gut_calcium_absorbed", label_at=0.25, label_side="end"),
)
"""Every arrow of the diagram, each one named term (see ``docs/generated/circuit.md``)."""

#: The calcium flux that ``calcium_flux`` arrows are divided by (its pre-pregnant value).
CALCIUM_FLUX_REFERENCE_TERM = "gut_calcium_absorbed"
#: Terms a run keeps for the diagram: the arrows', the flux reference, and serum calcium for the blood box.
CIRCUIT_TERMS = tuple(dict.fromkeys([arrow.term for arrow in ARROWS] + [CALCIUM_FLUX_REFERENCE_TERM,
                                                                          "serum_calcium"]))

WIDTH, HEIGHT = 900, 660
BOX_WIDTH, BOX_HEIGHT = 136, 40
ARM_COLOURS = {"brain": "#e8daef", "breast": "#fadbd8", "mineral": "#fcf3cf", "bone": "#f6ddcc"}
ARM_REGIONS = {"brain arm": (350, 22, 530, 210), "breast arm": (20, 22, 190, 320), "bone arm": (330, 440, 380, 190)}
RAISED, LOWERED, NEAR, OFF = "#c0392b", "#2471a3", "#7f8c8d", "#bfc9ca"
NEAR_BAND = (0.87, 1.15)
"""Sizes within this band of the reference are drawn grey (about unchanged)."""
OFF_BELOW = 0.02
"""Sizes below this are drawn as a thin dashed arrow (off)."""
BASE_WIDTH, MIN_WIDTH, MAX_WIDTH = 2.6, 0.8, 13.0


@dataclass(frozen=True)
class ArrowState:
    """An arrow on one day: its term's value [term unit] and its size (value over the arrow's reference)."""

    arrow: Arrow
    value: float
    size: float

    @property
    def colour(self) -> str:
        """Red raised, blue lowered, grey about unchanged, pale when off."""
        if self.size < OFF_BELOW:
            return OFF
        if self.arrow.scale != "pre_pregnant":
            return RAISED
        low, high = NEAR_BAND
        return RAISED if self.size > high else LOWERED if self.size < low else NEAR

    @property
    def width(self) -> float:
        """Stroke width [px], growing with the square root of the size."""
        return float(np.clip(BASE_WIDTH * math.sqrt(max(self.size, 0.0)), MIN_WIDTH, MAX_WIDTH))

    @property
    def text(self) -> str:
        """The arrow's label with its size: ``"prolactin x8.5"``, ``"calcium into milk 193 mg/d"``."""
        if self.arrow.scale == "calcium_flux":
            return f"{self.arrow.label} {self.value:.0f} mg/d"
        return f"{self.arrow.label} x{self.size:.2g}" if self.size < 10 else f"{self.arrow.label} x{self.size:.0f}"


def arrow_states(days: np.ndarray, terms: dict[str, np.ndarray], pre_pregnant: dict[str, float],
                 day: float) -> list[ArrowState]:
    """Every arrow on ``day`` [d since delivery], its terms interpolated between output days.

    Parameters
    ----------
    days : numpy.ndarray
        Output days [d].
    terms : dict of str to numpy.ndarray
        At least :data:`CIRCUIT_TERMS` over ``days``.
    pre_pregnant : dict of str to float
        Their pre-pregnant steady-state values.
    day : float
        The day drawn.
    """
    flux_reference = pre_pregnant[CALCIUM_FLUX_REFERENCE_TERM]
    states = []
    for arrow in ARROWS:
        value = float(np.interp(day, days, terms[arrow.term]))
        reference = {"pre_pregnant": pre_pregnant[arrow.term], "calcium_flux": flux_reference,
                     "offspring": 1.0}[arrow.scale]
        states.append(ArrowState(arrow, value, value / reference if reference else 0.0))
    return states


def largest_changes(states: list[ArrowState], count: int = 3) -> list[ArrowState]:
    """The ``count`` arrows farthest from their pre-pregnant values (by ratio, either way): those carrying the load."""
    relative = [state for state in states if state.arrow.scale == "pre_pregnant" and state.size > 0]
    return sorted(relative, key=lambda state: -abs(math.log(state.size)))[:count]


def _edge_point(node: Node, towards: tuple[float, float]) -> tuple[float, float]:
    """Where the line from the node's centre towards a point leaves its box."""
    dx, dy = towards[0] - node.x, towards[1] - node.y
    if dx == 0 and dy == 0:
        return node.x, node.y
    reach = min(BOX_WIDTH / 2 / abs(dx) if dx else math.inf, BOX_HEIGHT / 2 / abs(dy) if dy else math.inf)
    return node.x + dx * reach, node.y + dy * reach


def _marker(index: int, state: ArrowState) -> str:
    """An arrowhead, or a flat bar for an inhibition, sized to the arrow and in its colour."""
    size = 7 + 1.3 * state.width
    if state.arrow.inhibits:
        shape = f'<path d="M{size * 0.6:.1f},0 L{size * 0.6:.1f},{size:.1f}" stroke="{state.colour}" stroke-width="3"/>'
        return (f'<marker id="m{index}" markerWidth="{size:.1f}" markerHeight="{size:.1f}" refX="{size * 0.6:.1f}" '
                f'refY="{size / 2:.1f}" orient="auto" markerUnits="userSpaceOnUse">{shape}</marker>')
    shape = f'<path d="M0,0 L{size:.1f},{size / 2:.1f} L0,{size:.1f} z" fill="{state.colour}"/>'
    return (f'<marker id="m{index}" markerWidth="{size:.1f}" markerHeight="{size:.1f}" refX="{size * 0.8:.1f}" '
            f'refY="{size / 2:.1f}" orient="auto" markerUnits="userSpaceOnUse">{shape}</marker>')


def _arrow(index: int, state: ArrowState) -> str:
    """The arrow's path (a quadratic curve bowed by its ``bend``) and its label."""
    arrow = state.arrow
    source, target = NODES[arrow.source], NODES[arrow.target]
    length = math.hypot(target.x - source.x, target.y - source.y)
    normal = (-(target.y - source.y) / length, (target.x - source.x) / length)
    control = ((source.x + target.x) / 2 + arrow.bend * length * normal[0],
               (source.y + target.y) / 2 + arrow.bend * length * normal[1])
    start, end = _edge_point(source, control), _edge_point(target, control)
    at = arrow.label_at
    weights = ((1 - at) ** 2, 2 * at * (1 - at), at**2)
    label = (sum(w * point[0] for w, point in zip(weights, (start, control, end))),
             sum(w * point[1] for w, point in zip(weights, (start, control, end))))
    gap = {"middle": 0, "start": 8, "end": -8}[arrow.label_side]
    dash = ' stroke-dasharray="5,4"' if state.size < OFF_BELOW else ""
    return (f'<path class="arrow" data-term="{arrow.term}" data-size="{state.size:.4g}" '
            f'd="M{start[0]:.1f},{start[1]:.1f} Q{control[0]:.1f},{control[1]:.1f} {end[0]:.1f},{end[1]:.1f}" '
            f'fill="none" stroke="{state.colour}" stroke-width="{state.width:.2f}"{dash} marker-end="url(#m{index})">'
            f'<title>{escape(arrow.term)} = {state.value:.4g}</title></path>'
            f'<text x="{label[0] + gap:.1f}" y="{label[1] + 4:.1f}" class="label" text-anchor="{arrow.label_side}" '
            f'fill="{state.colour}">'
            f'{escape(state.text)}</text>')


def _node(node: Node, text: str) -> str:
    return (f'<rect x="{node.x - BOX_WIDTH / 2}" y="{node.y - BOX_HEIGHT / 2}" width="{BOX_WIDTH}" '
            f'height="{BOX_HEIGHT}" rx="9" fill="{ARM_COLOURS[node.arm]}" stroke="#566573"/>'
            f'<text x="{node.x}" y="{node.y + 5}" class="node">{escape(text)}</text>')


def circuit_svg(states: list[ArrowState], title: str, serum_calcium: float | None = None,
                offspring: str = "infant") -> str:
    """The circuit as an SVG document.

    Parameters
    ----------
    states : list of ArrowState
        The arrows on the day drawn (:func:`arrow_states`).
    title : str
        Line written on top (scenario and day).
    serum_calcium : float, optional
        Total serum calcium on that day [mmol/L], written in the blood box.
    offspring : str, optional
        What the nursed box is called for the species (``infant``, ``pups``, ``calf``:
        :func:`lactabone.scenario.schema.offspring_noun`).
    """
    regions = "".join(
        f'<rect x="{x}" y="{y}" width="{w}" height="{h}" rx="14" fill="{ARM_COLOURS[name.split()[0]]}" '
        f'fill-opacity="0.35"/><text x="{x + 10}" y="{y + 18}" class="arm">{name}</text>'
        for name, (x, y, w, h) in ARM_REGIONS.items())
    labels = {"offspring": offspring} | ({} if serum_calcium is None else
                                         {"blood": f"serum Ca {serum_calcium:.2f} mmol/L"})
    nodes = "".join(_node(node, labels.get(key, node.label)) for key, node in NODES.items())
    markers = "".join(_marker(index, state) for index, state in enumerate(states))
    arrows = "".join(_arrow(index, state) for index, state in enumerate(states))
    legend = ("x: each arrow's term over its value before pregnancy (suckling: offspring nursed; calcium into "
              "milk: mg/d),", "drawn as its width; red raised, blue lowered, grey about the same, dashed off; "
              "a bar ends an inhibition")
    return (f'<svg xmlns="http://www.w3.org/2000/svg" class="circuit" viewBox="0 0 {WIDTH} {HEIGHT}" '
            f'width="100%" style="max-width:{WIDTH}px" role="img" aria-label="{escape(title)}">'
            '<style>.node{font:600 14px sans-serif;text-anchor:middle;fill:#1c2833}'
            '.label{font:600 13px sans-serif;paint-order:stroke;stroke:#fff;stroke-width:4px}'
            '.arm{font:italic 13px sans-serif;fill:#566573}.title{font:600 16px sans-serif;fill:#1c2833}'
            '.legend{font:12px sans-serif;fill:#566573}</style>'
            f'<defs>{markers}</defs>{regions}'
            f'<text x="{WIDTH / 2}" y="16" class="title" text-anchor="middle">{escape(title)}</text>'
            f'{arrows}{nodes}'
            + "".join(f'<text x="10" y="{HEIGHT - 24 + 16 * row}" class="legend">{escape(line)}</text>'
                      for row, line in enumerate(legend))
            + '</svg>')
