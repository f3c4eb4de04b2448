"""Closed registry of drugs (pharmacokinetics arrive with the rodent/drug issue)."""
DRUGS: dict[str, str] = {
    "denosumab": "anti-RANKL antibody",
    "zoledronate": "bisphosphonate",
    "alendronate": "bisphosphonate",
    "calcitonin": "salmon calcitonin",
    "opg_fc": "OPG-Fc RANKL decoy",
}
ROUTES = ("sc", "iv", "oral", "nasal")
