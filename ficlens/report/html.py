"""Report -> one self-contained static HTML page: inline CSS, no script, no network.

The markup is also well-formed XML (every element closed, everything escaped), so it
survives strict tools (archivists' pipelines, XSLT) as well as browsers. The story text is
cut into segments at every quote and section boundary and each segment is wrapped on its
own, so spans never cross and nothing can be left open.
"""
from __future__ import annotations

from html import escape
from typing import Optional
from ficlens.report.model import Report, Snippet, colours

CSS = """
:root { --fg:#1d1d1f; --bg:#fcfcfa; --dim:#6b6b6b; --rule:#ddd; --mark:#fff3b0; }
@media (prefers-color-scheme: dark) {
  :root { --fg:#e8e6e3; --bg:#161616; --dim:#9a9a9a; --rule:#333; --mark:#5a4d00; }
}
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg);
       background: var(--bg); max-width: 60em; margin: 2em auto; padding: 0 1em; }
h1 { margin-bottom: .1em; } h2 { border-bottom: 1px solid var(--rule); padding-bottom: .2em; margin-top: 2em; }
.by { font-style: italic; } .dim { color: var(--dim); }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .25em .6em; border-bottom: 1px solid var(--rule); vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
.chip { display: inline-block; width: .8em; height: .8em; border-radius: 50%; margin-right: .4em; }
.strip { display: flex; height: 1.2em; border-radius: 3px; overflow: hidden; margin: .6em 0; }
.strip div { min-width: 2px; border-right: 1px solid var(--bg); }
.third { background: repeating-linear-gradient(45deg, #aaa, #aaa 3px, #ccc 3px, #ccc 6px); }
.second { background: #888; } .unknown { background: #ddd; }
.rel { margin: 1em 0; } .rel .pair { font-weight: 600; }
blockquote { margin: .3em 0 .3em 1.5em; padding-left: .8em; border-left: 3px solid var(--rule); }
mark { background: var(--mark); color: inherit; }
.story { font: 17px/1.6 Georgia, "Times New Roman", serif; white-space: pre-wrap; max-width: 42em; }
.q { border-bottom: 2px solid currentColor; }
.q.unk { color: var(--dim); border-bottom-style: dashed; }
.sec { font: 13px/1.4 system-ui, sans-serif; color: var(--dim); border-top: 1px dashed var(--rule);
       margin: 1em 0 .4em; padding-top: .2em; white-space: normal; }
.ok { color: #2ca02c; }
a { color: inherit; }
"""


def _e(s: object) -> str:
    return escape("" if s is None else str(s), quote=True)


def _who(s) -> str:
    if s.narration == "first":
        return s.narrator or "unknown narrator"
    if s.focal and s.narration == "second":
        return f"'you' is {s.focal}"
    return f"follows {s.focal}" if s.focal else ""


def _snippet(sn: Snippet, anchor: Optional[str]) -> str:
    tag = " · ".join(x for x in (sn.kind, sn.stage) if x)
    return (f"<blockquote>{_e(sn.before)}<mark>{_e(sn.cue)}</mark>{_e(sn.after)}"
            + (f' <span class="dim">({_e(tag)})</span>' if tag else "")
            + (f' <a class="dim" href="#{anchor}">in the text ↓</a>' if anchor else "") + "</blockquote>")


def story_html(r: Report, col: dict[str, str]) -> str:
    src = r.source or ""
    n = len(src)

    def clip(x: int) -> int:
        return max(0, min(x, n))

    quotes, last = [], 0
    for q in r.quotes:                      # drop overlaps: a span per stretch, never nested
        a, b = clip(q.start), clip(q.end)
        if a >= last and b > a:
            quotes.append((a, b, q))
            last = b
    secs = {clip(s.start): s for s in r.sections}
    # relationship evidence: an anchor to jump to, and the cue highlighted
    anchors: dict[int, list[str]] = {}
    delta: dict[int, int] = {}
    for i, rel in enumerate(r.relationships):
        for j, sn in enumerate(rel.evidence):
            a, b = clip(sn.start), clip(sn.end)
            anchors.setdefault(a, []).append(f"ev{i}-{j}")
            if b > a:
                delta[a] = delta.get(a, 0) + 1
                delta[b] = delta.get(b, 0) - 1
    cuts = sorted({0, n, *secs, *anchors, *delta, *(a for a, _, _ in quotes), *(b for _, b, _ in quotes)})
    out, qi, marking = [], 0, 0
    for a, b in zip(cuts, cuts[1:] + [n]):
        if a in secs:
            s = secs.pop(a)
            who = _who(s)
            out.append(f'<div class="sec" id="s{s.index}">§{s.index} · {_e(s.narration)} person'
                       + (f" · {_e(who)}" if who else "")
                       + (f" · {_e(s.header)}" if s.header and s.header.casefold() not in who.casefold() else "")
                       + "</div>")
        out.extend(f'<a id="{x}"></a>' for x in anchors.pop(a, []))
        marking += delta.get(a, 0)
        if b <= a:
            continue
        while qi < len(quotes) and quotes[qi][1] <= a:
            qi += 1
        text = escape(src[a:b], quote=False)
        if marking > 0:
            text = f"<mark>{text}</mark>"
        if qi < len(quotes) and quotes[qi][0] <= a:
            q = quotes[qi][2]
            if q.speaker_id is None:
                out.append(f'<span class="q unk" title="speaker unknown">{text}</span>')
            else:
                c = col.get(q.speaker_id, "#7f7f7f")
                out.append(f'<span class="q" style="color:{c}" title="{_e(q.speaker)}">{text}</span>')
        else:
            out.append(text)
    return "".join(out)


def render_html(r: Report) -> str:
    col = colours(r)
    h: list[str] = []
    add = h.append
    add('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8"/>\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1"/>\n'
        f"<title>{_e(r.title)} · ficlens</title>\n<style>{CSS}</style>\n</head>\n<body>\n")
    add(f"<h1>{_e(r.title)}</h1>\n")
    if r.authors:
        add(f'<div class="by">by {_e(", ".join(r.authors))}</div>\n')
    facts = []
    if r.words is not None:
        facts.append(f"{r.words:,} words")
    facts.append(f"{len(r.chapters)} chapters" if r.chapters else "no chapter headings")
    facts.append(r.format)
    add(f'<p class="dim">{_e(" · ".join(facts))}</p>\n')
    if r.summary:
        add(f"<p>{_e(r.summary)}</p>\n")
    if r.chapters:
        add('<details><summary class="dim">Chapters</summary><ol>'
            + "".join(f"<li>{_e(c)}</li>" for c in r.chapters) + "</ol></details>\n")

    add("<h2>Cast</h2>\n")
    if r.cast:
        add('<table><thead><tr><th>Name</th><th>Also called</th><th>Pronouns</th>'
            '<th class="n">Lines</th><th class="n">Mentions</th></tr></thead><tbody>\n')
        for m in r.cast:
            chip = f'<span class="chip" style="background:{col[m.id]}"></span>'
            unnamed = ' <span class="dim">(unnamed)</span>' if not m.named else ""
            add(f"<tr><td>{chip}<strong>{_e(m.name)}</strong>{unnamed}</td><td>{_e(', '.join(m.aliases))}</td>"
                f'<td>{_e(m.pronouns or "—")}</td><td class="n">{m.lines}</td><td class="n">{m.mentions}</td></tr>\n')
        add("</tbody></table>\n")
    else:
        add('<p class="dim">No characters found.</p>\n')
    if r.n_quotes:
        add(f'<p>{r.n_quotes:,} lines of dialogue, {r.n_attributed:,} with a speaker '
            f"({100.0 * r.n_attributed / r.n_quotes:.0f}%).</p>\n")
    else:
        add('<p class="dim">No direct speech found.</p>\n')

    add("<h2>Narration</h2>\n")
    if r.sections:
        total = sum(max(1, s.end - s.start) for s in r.sections)
        add('<div class="strip">')
        for s in r.sections:
            pct = 100.0 * max(1, s.end - s.start) / total
            label = _e(f"§{s.index}: {s.narration} person" + (f", {_who(s)}" if _who(s) else ""))
            if s.narration == "first":
                add(f'<div style="width:{pct:.3f}%;background:{col.get(s.narrator_id or "", "#555")}" title="{label}"></div>')
            else:
                cls = s.narration if s.narration in ("second", "third") else "unknown"
                add(f'<div class="{cls}" style="width:{pct:.3f}%" title="{label}"></div>')
        add("</div>\n<table><thead><tr><th class=\"n\">#</th><th>Chapter</th><th>Header</th><th>Narration</th>"
            '<th>Narrator / focus</th><th class="n">Words</th></tr></thead><tbody>\n')
        for s in r.sections:
            idx = f'<a href="#s{s.index}">{s.index}</a>' if r.source else str(s.index)
            add(f'<tr><td class="n">{idx}</td><td>{_e(s.chapter or "")}</td><td>{_e(s.header or "")}</td>'
                f'<td>{_e(s.narration)}</td><td>{_e(_who(s))}</td><td class="n">{s.words:,}</td></tr>\n')
        add("</tbody></table>\n")
    else:
        add('<p class="dim">No sections in this analysis.</p>\n')

    add("<h2>Relationships</h2>\n")
    if r.relationships:
        for i, rel in enumerate(r.relationships):
            a = f'<span style="color:{col.get(rel.ids[0], "inherit")}">{_e(rel.pair[0])}</span>'
            b = f'<span style="color:{col.get(rel.ids[1], "inherit")}">{_e(rel.pair[1])}</span>'
            meta = f"{rel.kind} {rel.score:.2f}" + (f" · {rel.status}" if rel.status else "")
            add(f'<div class="rel"><span class="pair">{a} — {b}</span> <span class="dim">{_e(meta)}</span>\n')
            add("".join(_snippet(sn, f"ev{i}-{j}" if r.source else None) for j, sn in enumerate(rel.evidence))
                + "</div>\n")
    else:
        add('<p class="dim">None found in this analysis.</p>\n')

    if r.tags:
        add("<h2>Tags</h2>\n<table><thead><tr><th>Family</th><th>Predicted by ficlens</th>"
            + ("<th>Author's tags</th>" if r.is_ao3 else "") + "</tr></thead><tbody>\n")
        for t in r.tags:
            pred = ", ".join(f'<span class="ok" title="the author used this tag">{_e(p)} ✓</span>' if ok else _e(p)
                             for p, ok in zip(t.predicted, t.agreed))
            add(f"<tr><td>{_e(t.family)}</td><td>{pred or '—'}</td>"
                + (f"<td>{_e(', '.join(t.author)) or '—'}</td>" if r.is_ao3 else "") + "</tr>\n")
        add("</tbody></table>\n")

    add("<h2>Text</h2>\n")
    if r.source:
        add('<p class="dim">Dialogue is coloured by speaker (hover for the name); dashed grey: speaker unknown.</p>\n')
        add(f'<div class="story">{story_html(r, col)}</div>\n')
    else:
        add('<p class="dim">The story text is not in this analysis (plain-text input): '
            "pass --source with the original file to include it.</p>\n")
    gen = _e(r.generator or "ficlens")
    add(f'<p class="dim">Made by {gen}.</p>\n</body>\n</html>\n')
    return "".join(h)

