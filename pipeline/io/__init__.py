"""Readers and atomic writers: files and work tables at any path or fsspec URL
(`files`), output tables as CSV and Parquet (`tables`). Everything is importable
from `pipeline.io` itself.
"""

from pipeline.io.files import (
    _UMASK,
    atomic_path,
    find_files,
    list_names,
    open_work_table,
    read_bytes,
    remove_tree,
    work_tables_present,
    write_bytes_atomic,
    write_json_atomic,
    write_work_tables,
)
from pipeline.io.tables import (
    FORMULA_PREFIXES,
    TableWriter,
    arrow_schema,
    arrow_type,
    from_arrow,
    neutralize_formula,
    read_table,
    spreadsheet_safe,
    to_arrow,
    unquote_cell,
    write_table,
)

__all__ = [
    "FORMULA_PREFIXES",
    "TableWriter",
    "_UMASK",
    "arrow_schema",
    "arrow_type",
    "atomic_path",
    "find_files",
    "from_arrow",
    "list_names",
    "neutralize_formula",
    "open_work_table",
    "read_bytes",
    "read_table",
    "remove_tree",
    "spreadsheet_safe",
    "to_arrow",
    "unquote_cell",
    "work_tables_present",
    "write_bytes_atomic",
    "write_json_atomic",
    "write_table",
    "write_work_tables",
]
