"""One analysis (``ficlens/1`` dict + its source text) -> rows for every corpus table.

Pure and picklable: workers build the rows, the parent only inserts them.
"""
from __future__ import annotations

from collections import Counter
from typing import Any, Optional

from ficlens.corpus.schema import columns
from ficlens.report.model import TAG_FAMILIES, is_tag_list, snippet


def work_id(rel_path: str, sha1: str) -> str:
    return f"{rel_path}@{sha1[:12]}"


def _strs(v: Any) -> list[str]:
    if v is None:
        return []
    if isinstance(v, (list, tuple)):
        return [str(x) for x in v if x is not None]
    return [str(v)]


def _int(v: Any) -> Optional[int]:
    try:
        return None if v is None else int(v)
    except (TypeError, ValueError):
        return None


def work_rows(data: dict, source: str, rel_path: str, sha1: str, seconds: float,
              analysed_at: Any = None) -> dict[str, list[tuple]]:
    wid = work_id(rel_path, sha1)
    work = data.get("work") or {}
    chars = [c for c in data.get("characters") or [] if isinstance(c, dict)]
    names = {str(c.get("id")): c.get("name") for c in chars}
    quotes = [q for q in data.get("quotes") or [] if isinstance(q, dict)]
    sections = [s for s in data.get("sections") or [] if isinstance(s, dict)]
    rels = [r for r in data.get("relationships") or [] if isinstance(r, dict)]
    lines = Counter(str(q["speaker"]) for q in quotes if q.get("speaker") is not None)
    ments = Counter(str(m.get("character")) for m in data.get("mentions") or []
                    if isinstance(m, dict) and m.get("character") is not None)

    def nm(cid: Any) -> Optional[str]:
        return None if cid is None else names.get(str(cid))

    def sid(cid: Any) -> Optional[str]:
        return None if cid is None else str(cid)

    out: dict[str, list[tuple]] = {t: [] for t in
                                   ("works", "characters", "quotes", "sections", "relationships", "evidence", "tags")}
    out["works"].append((
        wid, rel_path, sha1, work.get("title"), _strs(work.get("authors")), work.get("format"),
        work.get("language"), work.get("rating"), _strs(work.get("fandoms")), _int(work.get("words")),
        len(work.get("chapters") or []), len(chars), len(quotes), sum(lines.values()), len(sections),
        len(rels), round(float(seconds), 3), data.get("generator"), analysed_at, source))
    for c in chars:
        cid = str(c.get("id"))
        out["characters"].append((wid, cid, c.get("name"), _strs(c.get("aliases")), c.get("pronouns"),
                                  bool(c.get("named", True)), lines[cid], ments[cid]))
    for i, q in enumerate(sorted(quotes, key=lambda q: (_int(q.get("start")) or 0))):
        a, b = _int(q.get("start")) or 0, _int(q.get("end")) or 0
        conf = q.get("confidence")
        out["quotes"].append((wid, i, a, b, sid(q.get("speaker")), nm(q.get("speaker")),
                              _strs(q.get("addressees")), q.get("method"),
                              None if conf is None else float(conf), source[a:b]))
    for i, s in enumerate(sorted(sections, key=lambda s: (_int(s.get("start")) or 0))):
        a, b = _int(s.get("start")) or 0, _int(s.get("end")) or 0
        out["sections"].append((wid, i, a, b, s.get("narration"), sid(s.get("narrator")),
                                nm(s.get("narrator")), sid(s.get("focal")), s.get("header"),
                                len(source[a:b].split())))
    for r in rels:
        pair = _strs(r.get("characters"))
        if len(pair) < 2:
            continue
        ev = [e for e in r.get("evidence") or [] if isinstance(e, dict)]
        out["relationships"].append((wid, pair[0], pair[1], nm(pair[0]), nm(pair[1]), r.get("kind"),
                                     float(r.get("score") or 0.0), r.get("status"), len(ev)))
        for e in ev:
            a, b = _int(e.get("start")) or 0, _int(e.get("end")) or 0
            out["evidence"].append((wid, pair[0], pair[1], a, b, e.get("cue"), e.get("kind"), e.get("stage"),
                                    float(e.get("weight") or 0.0), snippet(source, a, b).text if source else None))
    fams = dict(TAG_FAMILIES)
    for key in fams:
        if key in ("pov",):
            continue
        for t in _strs(work.get(key)):
            out["tags"].append((wid, "author", key, t))
    pred = data.get("tags") if isinstance(data.get("tags"), dict) else {}
    for key, v in pred.items():
        if is_tag_list(v):
            for t in _strs(v):
                out["tags"].append((wid, "predicted", key, t))
    for t, rows in out.items():
        width = len(columns(t))
        assert all(len(r) == width for r in rows), t  # schema and rows must move together
    return out
