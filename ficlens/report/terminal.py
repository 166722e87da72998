"""Report -> the terminal, with Rich. Story text always goes through ``Text`` objects,
never markup, so a ``[bracket]`` in a fic cannot restyle the output."""
from __future__ import annotations

from typing import Optional

from rich import box
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ficlens.report.model import Report, colours

STRIP_WIDTH = 60
MAX_CAST = 30
MAX_SECTIONS = 40
MAX_RELATIONSHIPS = 15
WEAK = 0.5          # below this a pair is a hint, not a claim (the scorer's threshold too)


def header(r: Report) -> Panel:
    t = Text()
    t.append(r.title, style="bold")
    if r.authors:
        t.append("  by " + ", ".join(r.authors), style="italic")
    facts = []
    if r.words is not None:
        facts.append(f"{r.words:,} words")
    facts.append(f"{len(r.chapters)} chapter{'s' if len(r.chapters) != 1 else ''}" if r.chapters else "no chapter headings")
    facts.append({"text": "plain text", "ao3-html": "AO3 HTML download", "ao3-epub": "AO3 EPUB download",
                  "epub": "EPUB", "html": "HTML"}.get(r.format, r.format))
    t.append("\n" + " · ".join(facts), style="dim")
    if r.summary:
        s = " ".join(r.summary.split())
        t.append("\n" + (s if len(s) <= 300 else s[:297] + "…"))
    return Panel(t, box=box.ROUNDED, expand=False)


def cast_table(r: Report, col: dict[str, str], limit: Optional[int] = MAX_CAST) -> Table | Text:
    if not r.cast:
        return Text("No characters found.", style="dim")
    tb = Table(title="Cast", title_justify="left", box=box.SIMPLE_HEAD, show_edge=False)
    tb.add_column("Name")
    tb.add_column("Also called", overflow="fold")
    tb.add_column("Pronouns")
    tb.add_column("Lines", justify="right")
    tb.add_column("Mentions", justify="right")
    shown = r.cast if limit is None else r.cast[:limit]
    for m in shown:
        nm = Text(m.name, style=f"bold {col.get(m.id, '')}")
        if not m.named:
            nm.append(" (unnamed)", style="dim")
        tb.add_row(nm, Text(", ".join(m.aliases)), Text(m.pronouns or "—"), str(m.lines), str(m.mentions))
    if len(shown) < len(r.cast):
        tb.caption = f"… and {len(r.cast) - len(shown)} more (--all shows everyone)"
    return tb


def speech_line(r: Report) -> Text:
    if not r.n_quotes:
        return Text("No direct speech found.", style="dim")
    pct = 100.0 * r.n_attributed / r.n_quotes
    return Text(f"{r.n_quotes:,} lines of dialogue, {r.n_attributed:,} with a speaker ({pct:.0f}%).")


def _section_who(s) -> str:
    if s.narration == "first":
        return s.narrator or "unknown narrator"
    if s.focal:
        return f"'you' is {s.focal}" if s.narration == "second" else f"follows {s.focal}"
    return ""


def narration_view(r: Report, col: dict[str, str], limit: Optional[int] = MAX_SECTIONS):
    if not r.sections:
        return Text("Narration: no sections in this analysis.", style="dim")
    # a strip: one cell per share of the text, coloured by who narrates
    total = sum(max(1, s.end - s.start) for s in r.sections)
    strip = Text()
    for s in r.sections:
        w = max(1, round(STRIP_WIDTH * max(1, s.end - s.start) / total))
        colour = col.get(s.narrator_id or "", "grey50") if s.narration == "first" else "grey50"
        glyph = {"first": "█", "second": "▓", "third": "░"}.get(s.narration, "·")
        strip.append(glyph * w, style=colour)
    legend = Text("█ first person (narrator's colour)  ▓ second  ░ third", style="dim")
    tb = Table(title="Narration", title_justify="left", box=box.SIMPLE_HEAD, show_edge=False)
    tb.add_column("#", justify="right")
    if any(s.chapter for s in r.sections):
        tb.add_column("Chapter", overflow="ellipsis", max_width=28)
    tb.add_column("Header", overflow="ellipsis", max_width=24)
    tb.add_column("Narration")
    tb.add_column("Narrator / focus")
    tb.add_column("Words", justify="right")
    shown = r.sections if limit is None else r.sections[:limit]
    for s in shown:
        row = [str(s.index)]
        if len(tb.columns) == 6:
            row.append(Text(s.chapter or ""))
        who = Text(_section_who(s), style=col.get(s.narrator_id or "", "") if s.narration == "first" else "")
        row += [Text(s.header or ""), s.narration, who, f"{s.words:,}" if s.words else "—"]
        tb.add_row(*row)
    if len(shown) < len(r.sections):
        tb.caption = f"… and {len(r.sections) - len(shown)} more sections (--all shows them)"
    return Group(tb, strip, legend)


def relationships_view(r: Report, col: dict[str, str], limit: Optional[int] = MAX_RELATIONSHIPS):
    if not r.relationships:
        return Text("Relationships: none found in this analysis.", style="dim")
    parts = [Text("Relationships", style="italic")]
    mark = {"romantic": "/", "platonic": "&", "family": "&", "adversarial": "vs"}
    shown = r.relationships if limit is None else r.relationships[:limit]
    for rel in shown:
        line = Text("  ", style="dim" if rel.score < WEAK else "")
        line.append(rel.pair[0], style=f"bold {col.get(rel.ids[0], '')}")
        line.append(f" {mark.get(rel.kind, '-')} ")
        line.append(rel.pair[1], style=f"bold {col.get(rel.ids[1], '')}")
        line.append(f"  {rel.kind} {rel.score:.2f}")
        if rel.status:
            line.append(f" · {rel.status}", style="dim")
        if rel.n_evidence:
            line.append(f" · {rel.n_evidence} cue{'s' if rel.n_evidence != 1 else ''}", style="dim")
        parts.append(line)
        for sn in rel.evidence:
            ev = Text("    │ ", style="dim")
            ev.append(sn.before)
            ev.append(sn.cue, style="bold underline")
            ev.append(sn.after)
            tag = " · ".join(x for x in (sn.kind, sn.stage) if x)
            if tag:
                ev.append(f"  ({tag})", style="dim")
            parts.append(ev)
    if len(shown) < len(r.relationships):
        parts.append(Text(f"  … and {len(r.relationships) - len(shown)} weaker pairs (--all shows them)", style="dim"))
    return Group(*parts)


def tags_view(r: Report):
    if not r.tags:
        return Text("Tags: none predicted.", style="dim")
    tb = Table(title="Tags", title_justify="left", box=box.SIMPLE_HEAD, show_edge=False)
    tb.add_column("Family")
    tb.add_column("Predicted by ficlens", overflow="fold")
    if r.is_ao3:
        tb.add_column("Author's tags", overflow="fold")
    for row in r.tags:
        pred = Text()
        for i, (p, ok) in enumerate(zip(row.predicted, row.agreed)):
            if i:
                pred.append(", ")
            pred.append(p + (" ✓" if ok else ""), style="green" if ok else "")   # the author used it too
        cells = [row.family, pred if row.predicted else Text("—", style="dim")]
        if r.is_ao3:
            cells.append(Text(", ".join(row.author)) if row.author else Text("—", style="dim"))
        tb.add_row(*cells)
    return tb


def render_terminal(r: Report, console: Optional[Console] = None, show_all: bool = False) -> None:
    console = console or Console()
    col = colours(r)
    limit_cast = None if show_all else MAX_CAST
    limit_sec = None if show_all else MAX_SECTIONS
    for part in (header(r), cast_table(r, col, limit_cast), speech_line(r),
                 narration_view(r, col, limit_sec),
                 relationships_view(r, col, None if show_all else MAX_RELATIONSHIPS), tags_view(r)):
        console.print(part)
        console.print()
    if r.source is None and r.relationships:
        console.print(Text("(evidence shown as cues only: pass --source with the original file for the passages)",
                           style="dim"))
