"""Closed registry of knockouts: name -> the gene-switch parameters it zeroes."""
KNOCKOUTS: dict[str, str] = {
    "mammary_pthrp": "mammary PTHrP deletion (VanHouten 2003)",
    "osteocyte_ctsk": "cathepsin K removed from osteocytes (Lotinun 2019)",
    "osteocyte_pth1r": "PTH1R removed from osteocytes (Qing 2012)",
    "pth": "parathyroidectomy / Pth-null",
    "cyp27b1": "no renal 1-alpha-hydroxylase, no calcitriol",
    "calcitonin": "Calca-null, no calcitonin",
    "mammary_casr": "mammary calcium-sensing receptor deletion",
}
