"""Calibration: fit the ``calibrated`` parameters to the calibration targets only."""

from .calibrate import CALIBRATION, calibrate

__all__ = ["CALIBRATION", "calibrate"]
