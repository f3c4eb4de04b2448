"""The generated code's power with a symbolic exponent (lactabone.solve.powers)."""

import math

import numpy as np
import pytest

from lactabone.model.system import build_system
from lactabone.solve.codegen import right_hand_side_source
from lactabone.solve.powers import LARGEST_WHOLE, power


@pytest.mark.parametrize("exponent", [0.0, 1.0, 2.0, 3.0, 4.0, 30.0, 64.0, -1.0, -3.0, 0.5, 0.25, 0.3, 2.577564, -0.6, 65.0])
def test_power_matches_pow_to_rounding(exponent):
    """Whole exponents by squaring and one half by sqrt agree with pow to a few units in the last place."""
    for base in np.geomspace(1e-3, 1e3, 61):
        assert power(base, exponent) == pytest.approx(math.pow(base, exponent), rel=(abs(exponent) + 1) * 2.0 ** -52)


def test_power_is_exact_where_pow_is():
    for base in (-2.5, 0.0, 1e-300, 0.731, 3.0):
        assert power(base, 1.0) == base
        assert power(base, 0.0) == 1.0
        assert power(base, 2.0) == base * base
    assert power(0.0, -1.0) == math.inf  # pow's answer, not a division by zero
    assert math.isnan(power(-2.0, 0.5)) and math.isnan(power(-2.0, 0.3))
    assert power(-2.0, 3.0) == -8.0 and power(2.0, LARGEST_WHOLE) == 2.0 ** 64


def test_symbolic_exponents_use_power_numeric_ones_do_not():
    source = right_hand_side_source(build_system())
    assert "power(" in source
    after = [part[:1] for part in source.split("**")[1:]]
    assert after and all(first.isdigit() for first in after)  # only numeric exponents (gestation**2) are left
