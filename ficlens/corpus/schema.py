"""The corpus database's tables: one row per item, every row keyed by ``work_id``
(the work's relative path, ``@``, the first 12 hex digits of its content's sha1).

Offsets (``start_char``/``end_char``) are the contract's: code points into the text as
decoded (for HTML/EPUB: into the extracted text, kept in ``works.text``).
"""
from __future__ import annotations

SCHEMA_VERSION = 1

TABLES: dict[str, list[tuple[str, str]]] = {
    "works": [
        ("work_id", "VARCHAR PRIMARY KEY"), ("path", "VARCHAR"), ("sha1", "VARCHAR"),
        ("title", "VARCHAR"), ("authors", "VARCHAR[]"), ("format", "VARCHAR"),
        ("language", "VARCHAR"), ("rating", "VARCHAR"), ("fandoms", "VARCHAR[]"),
        ("words", "INTEGER"), ("chapters", "INTEGER"), ("n_characters", "INTEGER"),
        ("n_quotes", "INTEGER"), ("n_attributed", "INTEGER"), ("n_sections", "INTEGER"),
        ("n_relationships", "INTEGER"), ("seconds", "DOUBLE"), ("generator", "VARCHAR"),
        ("analysed_at", "TIMESTAMP"), ("text", "VARCHAR"),
    ],
    "characters": [
        ("work_id", "VARCHAR"), ("char_id", "VARCHAR"), ("name", "VARCHAR"),
        ("aliases", "VARCHAR[]"), ("pronouns", "VARCHAR"), ("named", "BOOLEAN"),
        ("lines", "INTEGER"), ("mentions", "INTEGER"),
    ],
    "quotes": [
        ("work_id", "VARCHAR"), ("quote_idx", "INTEGER"), ("start_char", "INTEGER"),
        ("end_char", "INTEGER"), ("speaker", "VARCHAR"), ("speaker_name", "VARCHAR"),
        ("addressees", "VARCHAR[]"), ("method", "VARCHAR"), ("confidence", "DOUBLE"),
        ("text", "VARCHAR"),
    ],
    "sections": [
        ("work_id", "VARCHAR"), ("section_idx", "INTEGER"), ("start_char", "INTEGER"),
        ("end_char", "INTEGER"), ("narration", "VARCHAR"), ("narrator", "VARCHAR"),
        ("narrator_name", "VARCHAR"), ("focal", "VARCHAR"), ("header", "VARCHAR"), ("words", "INTEGER"),
    ],
    "relationships": [
        ("work_id", "VARCHAR"), ("char_a", "VARCHAR"), ("char_b", "VARCHAR"),
        ("name_a", "VARCHAR"), ("name_b", "VARCHAR"), ("kind", "VARCHAR"), ("score", "DOUBLE"),
        ("status", "VARCHAR"), ("n_evidence", "INTEGER"),
    ],
    "evidence": [
        ("work_id", "VARCHAR"), ("char_a", "VARCHAR"), ("char_b", "VARCHAR"),
        ("start_char", "INTEGER"), ("end_char", "INTEGER"), ("cue", "VARCHAR"), ("kind", "VARCHAR"),
        ("stage", "VARCHAR"), ("weight", "DOUBLE"), ("snippet", "VARCHAR"),
    ],
    # source: "author" (what the AO3 file states) or "predicted" (ficlens's judgement)
    "tags": [
        ("work_id", "VARCHAR"), ("source", "VARCHAR"), ("family", "VARCHAR"), ("tag", "VARCHAR"),
    ],
    "errors": [
        ("path", "VARCHAR"), ("sha1", "VARCHAR"), ("error", "VARCHAR"), ("failed_at", "TIMESTAMP"),
    ],
    "meta": [("key", "VARCHAR PRIMARY KEY"), ("value", "VARCHAR")],
}

# tables holding a work's analysis (deleted and rewritten together)
WORK_TABLES = ["works", "characters", "quotes", "sections", "relationships", "evidence", "tags"]


def columns(table: str) -> list[str]:
    return [c for c, _ in TABLES[table]]


def ddl() -> list[str]:
    return [f"CREATE TABLE IF NOT EXISTS {t} ({', '.join(f'{c} {ty}' for c, ty in cols)})"
            for t, cols in TABLES.items()]
