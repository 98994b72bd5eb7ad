"""Text and HTML views of comparisons.

The HTML page shows the accounts side by side; every sentence that is evidence of a point
is highlighted in the colour of the point's relation and labelled with the relation's name
(colour is never the only cue); clicking a point, in the list or in a text, scrolls every
account to its evidence. Self-contained: inline CSS and script, no network.

A side's adjacent one-sided points are listed under one heading ("Only in RUR's account
(3 points)", :func:`point_groups`) in the text and HTML views and on the web page; the points
keep their numbers, and JSON keeps every point as it is.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import NamedTuple

from .models import Comparison, Point

__all__ = ["COLOURS", "PointGroup", "point_groups", "to_html", "to_text"]

NO_COUNTERPART = "no counterpart:"  # the ``why`` of every one-sided point


class PointGroup(NamedTuple):
    """Points listed together: a side's adjacent one-sided points, or one point alone."""

    heading: str | None  # "Only in RUR's account (3 points)"; None for a point alone
    indexes: tuple[int, ...]  # the points' indexes in ``Comparison.points``


def point_groups(points: Sequence[Point]) -> list[PointGroup]:
    """Return the points in order, a side's adjacent one-sided points under one heading.

    Two or more one-sided points in a row with the same side make a group; any other point
    stands alone (heading None). Presentation only: the points are not changed.

    Args:
        points: A comparison's points, in its order.

    Returns:
        The groups, covering every index once, in order.
    """
    groups: list[PointGroup] = []
    run: list[int] = []

    def close() -> None:
        if len(run) > 1:
            side = points[run[0]].sides[0]
            groups.append(PointGroup(f"Only in {side}'s account ({len(run)} points)",
                                     tuple(run)))
        else:
            groups.extend(PointGroup(None, (i,)) for i in run)
        run.clear()

    for i, point in enumerate(points):
        one_sided = point.relation == "only_in_one" and len(point.sides) == 1
        if run and not (one_sided and point.sides == points[run[0]].sides):
            close()
        if one_sided:
            run.append(i)
        else:
            groups.append(PointGroup(None, (i,)))
    close()
    return groups

COLOURS = {"shared": "#cde8cd", "only_in_one": "#dde4f2", "contradiction": "#f6c7c2",
           "different_framing": "#fbe3b0"}
LABELS = {"shared": "shared", "only_in_one": "only in one", "contradiction": "contradiction",
          "different_framing": "different framing"}


def to_text(comparison: Comparison) -> str:
    """Return a plain-text report of one comparison."""
    lines = [f"group: {comparison.group or '-'} ({comparison.mode})",
             "accounts: " + ", ".join(f"{a.id} [{a.side}, {a.side_from}]"
                                      for a in comparison.accounts)]
    if comparison.initiator:
        lines.append(f"initiator: {comparison.initiator}")
    for side, words in comparison.tone.items():
        lines.append(f"tone {side}: {', '.join(words) or '-'}")
    for side, topics in comparison.topics.items():
        lines.append(f"topics {side}: {', '.join(topics) or '-'}")
    for group in point_groups(comparison.points):
        indent = "   " if group.heading else ""
        lines.append("")  # a blank line before each point or group
        if group.heading:
            lines.append(group.heading)
        for i in group.indexes:
            point = comparison.points[i]
            lines.append(f"{indent}{i + 1}. [{point.relation}] {point.topic} "
                         f"({', '.join(point.sides)})")
            if not (group.heading and point.why.startswith(NO_COUNTERPART)):
                lines.append(f"{indent}   why: {point.why}")
            for account, spans in point.evidence.items():
                text = comparison.texts.get(account, "")
                for start, end in spans:
                    lines.append(f"{indent}   {account}: {text[start:end]}" if text else
                                 f"{indent}   {account}: [{start}, {end}]")
    return "\n".join(lines) + "\n"


def _marked(text: str, marks: dict[tuple[int, int], list[int]], relations: Sequence[str],
            prefix: str) -> str:
    """Return ``text`` as HTML with each evidence span wrapped in a labelled <mark>."""
    out, at = [], 0
    for (start, end), points in sorted(marks.items()):
        if start < at:
            continue
        relation = relations[points[0]]
        ids = " ".join(f"{prefix}p{p}" for p in points)
        out.append(html.escape(text[at:start]))
        out.append(f'<mark class="ev {relation}" data-points="{ids}" tabindex="0">'
                   f'<span class="label">{html.escape(LABELS[relation])} '
                   f'#{", #".join(str(p + 1) for p in points)}</span>'
                   f"{html.escape(text[start:end])}</mark>")
        at = end
    out.append(html.escape(text[at:]))
    return "".join(out).replace("\n", "<br>\n")


def _section(comparison: Comparison, number: int) -> str:
    relations = [p.relation for p in comparison.points]
    items = []
    for group in point_groups(comparison.points):
        found = []
        for i in group.indexes:
            point = comparison.points[i]
            found.append(
                f'<li class="point {point.relation}" value="{i + 1}" data-point="g{number}p{i}" '
                f'tabindex="0"><b>#{i + 1} {html.escape(LABELS[point.relation])}</b> — '
                f"{html.escape(point.topic)} <small>({html.escape(', '.join(point.sides))})"
                f'</small><div class="why">{html.escape(point.why)}</div></li>')
        items.append(f'<li class="side-group"><b>{html.escape(group.heading)}</b>'
                     f'<ol class="grouped">{"".join(found)}</ol></li>' if group.heading
                     else found[0])
    columns = []
    for account in comparison.accounts:
        marks: dict[tuple[int, int], list[int]] = {}
        for i, point in enumerate(comparison.points):
            for start, end in point.evidence.get(account.id, ()):
                marks.setdefault((start, end), []).append(i)
        text = comparison.texts.get(account.id, "")
        tone = ", ".join(comparison.tone.get(account.side, ())) or "-"
        columns.append(
            f'<div class="account" data-account="{html.escape(account.id)}">'
            f"<h3>{html.escape(account.id)} <small>side {html.escape(account.side)} "
            f"({html.escape(account.side_from)})</small></h3>"
            f'<p class="tone">tone: {html.escape(tone)}</p>'
            f'<div class="text">{_marked(text, marks, relations, f"g{number}")}</div></div>')
    initiator = (f"<p>initiated by: {html.escape(comparison.initiator)}</p>"
                 if comparison.initiator else "")
    return (f'<section class="group" id="g{number}"><h2>{html.escape(comparison.group or "")}'
            f"</h2>{initiator}<ol class=\"points\">{''.join(items)}</ol>"
            f'<div class="accounts">{"".join(columns)}</div></section>')


_CSS = """
body{font-family:system-ui,sans-serif;margin:1rem;color:#222}
.accounts{display:flex;gap:1rem;align-items:flex-start}
.account{flex:1;min-width:0;border:1px solid #ccc;border-radius:4px;padding:.5rem}
.account .text{height:60vh;overflow-y:auto;line-height:1.5;position:relative}
.points{max-height:30vh;overflow-y:auto}
.point{cursor:pointer;margin:.2rem 0;padding:.2rem .4rem;border-left:6px solid #999}
.point .why{font-size:.8em;color:#555}
.side-group{list-style:none;margin:.3rem 0}.grouped{padding-left:1.2rem}
mark.ev{cursor:pointer;padding:1px 0;color:inherit}
mark.ev .label{font-size:.7em;font-weight:bold;text-transform:uppercase;margin-right:.3em;
 border:1px solid #888;border-radius:3px;padding:0 .2em;background:#fff}
mark.active,.point.active{outline:3px solid #333}
.legend span{padding:0 .4em;margin-right:.5em;border-radius:3px}
""" + "".join(f".{k}{{background:{v}}}.point.{k}{{border-left-color:{v}}}"
              for k, v in COLOURS.items())

_JS = """
function show(id){
  document.querySelectorAll('.active').forEach(e=>e.classList.remove('active'));
  document.querySelectorAll('[data-point="'+id+'"]').forEach(e=>e.classList.add('active'));
  document.querySelectorAll('.account').forEach(col=>{
    const box=col.querySelector('.text');
    const marks=[...col.querySelectorAll('mark.ev')].filter(
      m=>m.dataset.points.split(' ').includes(id));
    marks.forEach(m=>m.classList.add('active'));
    if(marks.length){
      const r=marks[0].getBoundingClientRect(), b=box.getBoundingClientRect();
      box.scrollTop+=r.top-b.top-box.clientHeight/3;}
  });
}
document.addEventListener('click',ev=>{
  const p=ev.target.closest('.point');
  if(p){show(p.dataset.point);return;}
  const m=ev.target.closest('mark.ev');
  if(m){show(m.dataset.points.split(' ')[0]);}
});
document.addEventListener('keydown',ev=>{
  if(ev.key!=='Enter')return;
  const p=ev.target.closest('.point');
  if(p){show(p.dataset.point);}
});
"""


def to_html(comparisons: Sequence[Comparison], title: str = "wirecoder compare") -> str:
    """Return a self-contained HTML page showing ``comparisons`` (one section each)."""
    legend = "".join(f'<span class="{k}">{html.escape(LABELS[k])}</span>' for k in COLOURS)
    body = "".join(_section(c, n) for n, c in enumerate(comparisons))
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            f"<title>{html.escape(title)}</title><style>{_CSS}</style></head><body>"
            f"<h1>{html.escape(title)}</h1><p class=\"legend\">{legend}</p>{body}"
            f"<script>{_JS}</script></body></html>\n")
