"""No hidden tuning: no exponent above 10, and no potency of one ligand differing more than threefold between
tissues that share its receptor, unless a cited measurement reports it (literature, or borrowed from another
species' measurement)."""

import pytest

from lactabone.parameters import SPECIES, parameter_set

#: Words naming a steepness (log-log slope or Hill coefficient) in a parameter's name.
STEEPNESS_WORDS = ("exponent", "hill", "splay", "sharpness")
#: Potencies of one ligand in one tissue relative to the same ligand on the same receptor elsewhere.
TISSUE_POTENCY_RATIOS = ("pthrp_cyp27b1_relative_potency",)


def _measured(parameter) -> bool:
    return parameter.provenance == "literature" or parameter.borrowed_from is not None


@pytest.mark.parametrize("species", SPECIES)
def test_no_exponent_above_ten_without_a_measurement(species: str) -> None:
    steep = {name: parameter.value for name, parameter in parameter_set(species).items()
             if any(word in name for word in STEEPNESS_WORDS) and abs(parameter.value) > 10}
    assert steep, "the CaSR's Hill coefficient (30, Conlin 1989) should be found: the name filter is broken"
    unmeasured = [name for name in steep if not _measured(parameter_set(species)[name])]
    assert unmeasured == []


@pytest.mark.parametrize("species", SPECIES)
def test_no_receptor_potency_differs_threefold_between_tissues_without_a_measurement(species: str) -> None:
    parameters = parameter_set(species)
    beyond = [name for name in TISSUE_POTENCY_RATIOS
              if not 1 / 3 - 1e-9 <= parameters[name].value <= 3 + 1e-9 and not _measured(parameters[name])]
    assert beyond == []
