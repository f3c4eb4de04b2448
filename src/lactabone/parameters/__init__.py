"""Parameter sets, one module per species: value, unit and source for every parameter."""
SPECIES = ("human",)
