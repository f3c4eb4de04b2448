"""Export a scenario to the modeller's tools: SBML, Antimony and PEtab, printed from the one System."""
