"""``power(base, exponent)``: the generated code's power with a symbolic exponent (a parameter, a term).

Most of the model's exponents are whole numbers at their values (Hill
coefficients 2, 3, 4 and 30, exponents of 1) or one half or quarter, yet glibc's ``pow``
costs the same for every exponent: it was about a third of a right-hand side
call. Here a whole exponent up to :data:`LARGEST_WHOLE` is computed by
repeated squaring (x**30 in 7 multiplications), one half and one quarter by
``sqrt``, any other by ``pow``. The exponent is read at run time, so a subject whose exponent
is varied off a whole number still gets ``pow``. Squaring rounds at every
multiplication: the result may differ from ``pow``'s in its last bits (relative
error below ``n * 2**-53`` for x**n; ``sqrt`` is correctly rounded, two of them
within a unit in the last place).
"""

from __future__ import annotations

from math import sqrt

import numba

#: Largest whole exponent (in magnitude) computed by multiplication.
LARGEST_WHOLE = 64.0


@numba.njit(cache=True)
def power(base, exponent):
    """``base ** exponent`` (see the module docstring).

    LLVM inlines it at each of its call sites; numba's own ``inline="always"`` did the same but tripled
    the model's first compilation (27 -> 78 s of CPU)."""
    if exponent == 0.5:
        return sqrt(base)
    if exponent == 0.25:
        return sqrt(sqrt(base))
    if exponent == exponent // 1.0 and abs(exponent) <= LARGEST_WHOLE and (exponent >= 0.0 or base != 0.0):
        remaining = int(abs(exponent))
        result = 1.0
        factor = base
        while remaining:
            if remaining & 1:
                result = result * factor
            remaining >>= 1
            if remaining:
                factor = factor * factor
        return result if exponent >= 0.0 else 1.0 / result
    return base ** exponent
