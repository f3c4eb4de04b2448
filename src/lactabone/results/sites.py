"""Which skeletal sites a species' results show: the sites its studies measure.

The model computes every site of ``lactabone.model.skeleton.SITES`` in every
species, but a species' parameter set describes only some of them. Women:
all (DXA of spine, hip, femoral neck, radius, whole body). Mice and rats: the
spine and the femur, imaged by micro-CT (``parameters/mouse.py`` gives the
radius the femur's values). Cows: ``parameters/cow.py`` sets no site of its
own, every site's trabecular share and turnover being the women's, assumed;
the cow's bone data (scorecard row D11) are of the coccygeal vertebrae, read
as the spine, and of the whole body. So a cow shows the spine and the whole
body only, and no femoral strength.
"""

from __future__ import annotations

_NOT_IN_RODENTS = frozenset({"bmd_hip_change", "bmd_femoral_neck_change", "bmd_radius_change"})
SITES_NOT_MEASURED: dict[str, frozenset[str]] = {
    "mouse": _NOT_IN_RODENTS,
    "rat": _NOT_IN_RODENTS,
    "cow": _NOT_IN_RODENTS | {"bmd_femur_change", "strength_femur"},
}
"""Per species, the site outputs its results do not show (the others are shown)."""


def shows_site(species: str | None, name: str) -> bool:
    """Whether a species' results show an output (False only for a site its studies do not measure)."""
    return name not in SITES_NOT_MEASURED.get(species or "", frozenset())
