"""Every table a run writes, by file name, with the schema the contract gives it."""

from __future__ import annotations

import pyarrow as pa

from extract.stages import files
from extract.tables import schemas

TABLE_SCHEMAS: dict[str, pa.Schema] = {
    files.INGESTED_FILE: schemas.INGESTED,
    files.PROBLEMS_FILE: schemas.PROBLEMS,
    files.DOCUMENTS_FILE: schemas.DOCUMENTS,
    files.BOILERPLATE_FILE: schemas.BOILERPLATE,
    files.UNLINKED_FILE: schemas.MENTIONS,
    files.MENTIONS_FILE: schemas.MENTIONS,
    files.ENTITIES_FILE: schemas.ENTITIES,
    files.SENTENCES_FILE: schemas.SENTENCES,
    files.MODEL_TIMES_FILE: schemas.MODEL_TIMES,
    files.DATES_FILE: schemas.DATES,
    files.TIMELINE_FILE: schemas.TIMELINE,
}
