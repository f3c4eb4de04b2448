"""COMBINE archive (OMEX) of a scenario: its SBML, its SED-ML time course, manifest and metadata.

The archive (python-libcombine) holds

- ``model.xml``: the scenario's SBML export (:mod:`lactabone.export.sbml`);
- ``simulation.sedml``: the time course, every output of SPEC.md as a data
  generator, a report and a plot (:mod:`lactabone.export.sedml`), the master file;
- ``metadata.rdf``: OMEX metadata (RDF/XML, Dublin Core terms and BioModels
  qualifiers): title, description, creator, creation date, license
  (BSD-3-Clause, lactabone's) and the model's citations (``bqmodel:isDescribedBy``);
- ``manifest.xml``, written by libcombine, listing each file with its format.

Any BioSimulators-compliant simulator runs it, for example
``biosimulators-tellurium -i FILE.omex -o OUT``.
"""

from __future__ import annotations

import datetime
import html
import tempfile
from pathlib import Path

import libcombine

from ..scenario import Scenario
from .sbml import MODEL_CITATIONS, MODEL_CITATIONS_TEXT, write_sbml
from .sedml import sedml_string

#: Where each file sits in the archive.
MODEL_FILE, SEDML_FILE, METADATA_FILE = "model.xml", "simulation.sedml", "metadata.rdf"
FORMATS = {MODEL_FILE: "http://identifiers.org/combine.specifications/sbml.level-3.version-1",
           SEDML_FILE: "http://identifiers.org/combine.specifications/sed-ml.level-1.version-3",
           METADATA_FILE: "http://identifiers.org/combine.specifications/omex-metadata"}
ARCHIVE_FORMAT = "http://identifiers.org/combine.specifications/omex"
LICENSE = "https://spdx.org/licenses/BSD-3-Clause"
CREATOR = "lactabone (https://github.com/lactabone/lactabone), exported by lactabone.export.omex"


def metadata_rdf(scenario: Scenario, archive_name: str, created: datetime.datetime | None = None) -> str:
    """OMEX metadata of the archive ``archive_name``: title, description, creator, date, license, citations."""
    created = created or datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
    about = f"http://omex-library.org/{html.escape(archive_name)}"
    citations = "\n".join(f'    <bqmodel:isDescribedBy rdf:resource="{html.escape(uri)}"/>' for uri in MODEL_CITATIONS)
    description = (f"lactabone scenario for the {scenario.species}: the maternal skeleton in lactation and after "
                   f"weaning, days {scenario.start_day:g} to {scenario.end_day:g} since delivery. Built on "
                   + "; ".join(list(MODEL_CITATIONS.values()) + list(MODEL_CITATIONS_TEXT)) + ".")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
         xmlns:dc="http://purl.org/dc/elements/1.1/"
         xmlns:dcterms="http://purl.org/dc/terms/"
         xmlns:foaf="http://xmlns.com/foaf/0.1/"
         xmlns:bqmodel="http://biomodels.net/model-qualifiers/">
  <rdf:Description rdf:about="{about}">
    <dc:title>lactabone: {html.escape(scenario.species)} scenario</dc:title>
    <dc:description>{html.escape(description)}</dc:description>
    <dc:creator>
      <rdf:Description>
        <foaf:name>{html.escape(CREATOR)}</foaf:name>
      </rdf:Description>
    </dc:creator>
    <dcterms:created>
      <rdf:Description>
        <dcterms:W3CDTF>{created.isoformat()}</dcterms:W3CDTF>
      </rdf:Description>
    </dcterms:created>
    <dcterms:license rdf:resource="{LICENSE}"/>
{citations}
  </rdf:Description>
</rdf:RDF>
"""


def write_omex(scenario: Scenario, path: Path | str) -> Path:
    """Write the COMBINE archive of ``scenario`` to ``path`` (conventionally ``.omex``); return it."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        write_sbml(scenario, folder / MODEL_FILE)
        (folder / SEDML_FILE).write_text(sedml_string(scenario, MODEL_FILE))
        (folder / METADATA_FILE).write_text(metadata_rdf(scenario, path.name))
        archive = libcombine.CombineArchive()
        for name, format_uri in FORMATS.items():
            if not archive.addFile(str(folder / name), f"./{name}", format_uri, name == SEDML_FILE):
                raise RuntimeError(f"libcombine could not add {name} to the archive")
        itself = archive.getManifest().createContent()  # the manifest lists its own archive
        itself.setLocation(".")
        itself.setFormat(ARCHIVE_FORMAT)
        if path.exists():
            path.unlink()
        if not archive.writeToFile(str(path)):
            raise RuntimeError(f"libcombine could not write {path}")
        archive.cleanUp()
    return path
