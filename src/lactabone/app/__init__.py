"""The web page (``lactabone app``): pick two scenarios, see the circuit and the curves, download the results.

Modules, one job each: :mod:`~lactabone.app.controls` (widgets to scenario
keys; a cow's in :mod:`~lactabone.app.cow_controls`, a drug's choice in
:mod:`~lactabone.app.drug_choice`), :mod:`~lactabone.app.runs` (solve a scenario, cached),
:mod:`~lactabone.app.circuit` (the breast-brain-bone circuit as an SVG whose
arrows follow their named terms), :mod:`~lactabone.app.curves` (outputs over
time with the published target bands), :mod:`~lactabone.app.summary`
(plain-language outcome; a cow's, with the vet's table, in
:mod:`~lactabone.app.cow_summary`), :mod:`~lactabone.app.herd_runs` (a herd around
the page's cow and its incidence table; drawn by :mod:`~lactabone.app.herd_view`),
:mod:`~lactabone.app.page` (the Streamlit script)
and :mod:`~lactabone.app.launch` (start the server). ``circuit``, ``curves``,
``summary`` and ``launch`` draw and compute without Streamlit.
"""
