"""Document -> the ``ficlens/1`` JSON contract (../shared/eval/CONTRACT.md), written atomically."""
from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict
from typing import Any

from ficlens import SCHEMA, __version__
from ficlens.document import Document
from ficlens.errors import FiclensError


def work_dict(doc: Document) -> dict[str, Any]:
    w = doc.work
    return {
        "title": w.title, "authors": w.authors, "summary": w.summary, "notes": w.notes,
        "rating": w.rating, "warnings": w.warnings, "categories": w.categories,
        "fandoms": w.fandoms, "relationships": w.relationships, "characters": w.characters,
        "tags": w.tags, "language": w.language, "words": w.words,
        "chapters": [{"title": c.title, "start": c.start, "end": c.end,
                      **{k: v for k, v in (("summary", c.summary), ("notes", c.notes),
                                           ("end_notes", c.end_notes)) if v}}
                     for c in w.chapters],
        "stats": w.stats, "format": w.format, "encoding": w.encoding,
    }


def to_contract(doc: Document) -> dict[str, Any]:
    out: dict[str, Any] = {"schema": SCHEMA, "generator": f"ficlens {__version__}"}
    if doc.extracted:
        out["text"] = doc.source
    out["work"] = work_dict(doc)
    out["characters"] = [
        {"id": c.id, "name": c.name, "aliases": c.aliases, "pronouns": c.pronouns,
         "named": c.named, "kind": c.kind, "count": c.count, **c.extra}
        for c in doc.characters
    ]
    out["mentions"] = [
        {"start": m.start, "end": m.end, "character": m.character, "kind": m.kind}
        for m in doc.mentions
    ]
    out["quotes"] = [
        {"start": q.start, "end": q.end, "speaker": q.speaker, "addressees": q.addressees,
         "method": q.method, "confidence": round(q.confidence, 3)}
        for q in doc.quotes
    ]
    out["sections"] = [
        {"start": s.start, "end": s.end, "narration": s.narration, "narrator": s.narrator,
         "focal": s.focal, "header": s.header, "evidence": s.evidence}
        for s in doc.sections
    ]
    out["relationships"] = [
        {"characters": list(r.characters), "kind": r.kind, "score": round(r.score, 3),
         "status": r.status, "scores": {k: round(v, 3) for k, v in r.scores.items()},
         "evidence": [asdict(e) for e in r.evidence]}
        for r in doc.relationships
    ]
    out["tags"] = doc.tags
    return out


def write_json_atomic(obj: Any, out_path: str) -> None:
    """Write to a temporary file beside OUT and rename: no half-written output, ever."""
    directory = os.path.dirname(os.path.abspath(out_path)) or "."
    if not os.path.isdir(directory):
        raise FiclensError(f"cannot write {out_path}: no such directory {directory}")
    try:
        fd, tmp = tempfile.mkstemp(prefix=".ficlens-", suffix=".json.tmp", dir=directory)
    except OSError as e:
        raise FiclensError(f"cannot write {out_path}: {e.strerror or e}") from None
    try:
        # mkstemp makes the file 0600; an output is an ordinary file (0666 less the umask)
        umask = os.umask(0)
        os.umask(umask)
        os.fchmod(fd, 0o666 & ~umask)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(obj, f, ensure_ascii=False)
        os.replace(tmp, out_path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
