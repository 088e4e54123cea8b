"""The actor network for the browser and for files: pyvis HTML, plotly figure, GraphML/GEXF.

The pyvis page is rebuilt from pyvis' own network data into a template of ours, with
vis-network inlined from the pyvis package: no CDN, no bootstrap, nothing fetched.
Labels and tooltips come from article text, so they are JSON-encoded with ``<``, ``>``
and ``&`` escaped as ``\\u003c`` ... and shown by vis-network as text.
"""

from __future__ import annotations

import io
import json
import math
from functools import lru_cache
from pathlib import Path

import networkx as nx
import pandas as pd

TYPE_COLOURS = {
    "person": "#d97706",
    "organization": "#2563eb",
    "country": "#16a34a",
    "city": "#db2777",
    "other": "#6b7280",
}


def node_label(row) -> str:
    name_ar = row.get("name_ar") or row.get("actor_id")
    return str(name_ar)


def node_title(row) -> str:
    parts = [row.get("name_en") or "", row.get("name_ar") or "", row.get("role") or "", row.get("country") or "",
             f"{int(row.get('mentions', 0))} mentions"]
    return "\n".join(str(p) for p in parts if p)


def to_networkx(nodes: pd.DataFrame, edges: pd.DataFrame) -> nx.Graph:
    g = nx.MultiDiGraph() if "speaks-about" in set(edges.get("kind", [])) else nx.Graph()
    for row in nodes.to_dict("records"):
        g.add_node(row["actor_id"], label=str(row.get("name_ar") or ""), name_en=str(row.get("name_en") or ""),
                   type=str(row.get("type") or ""), role=str(row.get("role") or ""),
                   country=str(row.get("country") or ""), mentions=int(row.get("mentions") or 0))
    for row in edges.to_dict("records"):
        g.add_edge(row["source_id"], row["target_id"], weight=int(row["weight"]), kind=str(row["kind"]),
                   n_articles=int(row.get("n_articles") or 0))
    return g


def graphml_bytes(nodes: pd.DataFrame, edges: pd.DataFrame) -> bytes:
    buf = io.BytesIO()
    nx.write_graphml(to_networkx(nodes, edges), buf, encoding="utf-8")
    return buf.getvalue()


def gexf_bytes(nodes: pd.DataFrame, edges: pd.DataFrame) -> bytes:
    buf = io.BytesIO()
    nx.write_gexf(to_networkx(nodes, edges), buf, encoding="utf-8")
    return buf.getvalue()


@lru_cache(maxsize=1)
def _vis_assets() -> tuple[str, str]:
    import pyvis

    lib = Path(pyvis.__file__).parent / "lib" / "vis-9.1.2"
    return (lib / "vis-network.min.js").read_text(encoding="utf-8"), (lib / "vis-network.css").read_text(encoding="utf-8")


def _safe_json(data: object) -> str:
    return (json.dumps(data, ensure_ascii=False)
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def pyvis_html(nodes: pd.DataFrame, edges: pd.DataFrame, height: int = 620) -> str:
    """A self-contained HTML page drawing the network with vis-network (offline)."""
    from pyvis.network import Network

    net = Network(height=f"{height}px", width="100%", directed=False, cdn_resources="in_line")
    max_mentions = max([1, *nodes.get("mentions", pd.Series(dtype=int)).tolist()])
    for row in nodes.to_dict("records"):
        size = 10 + 30 * math.sqrt((row.get("mentions") or 0) / max_mentions)
        net.add_node(str(row["actor_id"]), label=node_label(row), title=node_title(row), size=size,
                     color=TYPE_COLOURS.get(row.get("type"), TYPE_COLOURS["other"]))
    max_weight = max([1, *edges.get("weight", pd.Series(dtype=int)).tolist()])
    for row in edges.to_dict("records"):
        about = row["kind"] == "speaks-about"
        net.add_edge(str(row["source_id"]), str(row["target_id"]), value=int(row["weight"]),
                     width=1 + 7 * (row["weight"] / max_weight), title=f"{row['kind']}: {row['weight']}",
                     color="#ea580c" if about else "#94a3b8", arrows="to" if about else "", dashes=about)
    node_data, edge_data, *_ = net.get_network_data()
    options = {
        "nodes": {"shape": "dot", "font": {"size": 16, "face": "Noto Sans Arabic, Noto Naskh Arabic, sans-serif"}},
        "edges": {"smooth": False},
        "physics": {"solver": "forceAtlas2Based", "stabilization": {"iterations": 150},
                    "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 120}},
        "interaction": {"hover": True, "tooltipDelay": 120},
    }
    js, css = _vis_assets()
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy"
 content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; font-src data:">
<style>{css}</style><style>body{{margin:0}} #net{{width:100%;height:{height}px;border:1px solid #e5e7eb}}</style>
<script>{js}</script></head>
<body><div id="net"></div>
<script>
var nodes = new vis.DataSet({_safe_json(node_data)});
var edges = new vis.DataSet({_safe_json(edge_data)});
var network = new vis.Network(document.getElementById("net"), {{nodes: nodes, edges: edges}}, {_safe_json(options)});
network.once("stabilizationIterationsDone", function () {{ network.setOptions({{physics: false}}); }});
</script></body></html>"""


def plotly_figure(nodes: pd.DataFrame, edges: pd.DataFrame, title: str = "Actor network", seed: int = 7):
    """A static plotly drawing of the network (spring layout), for PNG/SVG export."""
    import plotly.graph_objects as go

    g = nx.Graph()
    g.add_nodes_from(nodes["actor_id"])
    for row in edges.to_dict("records"):
        if g.has_edge(row["source_id"], row["target_id"]):
            g[row["source_id"]][row["target_id"]]["weight"] += int(row["weight"])
        else:
            g.add_edge(row["source_id"], row["target_id"], weight=int(row["weight"]))
    pos = nx.spring_layout(g, seed=seed, weight="weight") if len(g) else {}
    max_weight = max([1, *[d["weight"] for _, _, d in g.edges(data=True)]])
    fig = go.Figure()
    for a, b, d in g.edges(data=True):
        (x0, y0), (x1, y1) = pos[a], pos[b]
        fig.add_trace(go.Scatter(x=[x0, x1], y=[y0, y1], mode="lines", hoverinfo="skip", showlegend=False,
                                 line={"width": 0.5 + 5 * d["weight"] / max_weight, "color": "#94a3b8"}))
    max_mentions = max([1, *nodes["mentions"].tolist()]) if len(nodes) else 1
    for type_, group in nodes.groupby("type"):
        xs = [pos[a][0] for a in group["actor_id"]]
        ys = [pos[a][1] for a in group["actor_id"]]
        fig.add_trace(go.Scatter(
            x=xs, y=ys, mode="markers+text", name=str(type_), text=list(group["name_ar"]), textposition="top center",
            hovertext=[f"{r.name_en or r.name_ar} · {r.mentions} mentions" for r in group.itertuples()], hoverinfo="text",
            marker={"size": [10 + 30 * math.sqrt(m / max_mentions) for m in group["mentions"]],
                    "color": TYPE_COLOURS.get(str(type_), TYPE_COLOURS["other"]), "line": {"width": 1, "color": "white"}},
            textfont={"family": "Noto Sans Arabic, Noto Naskh Arabic, sans-serif", "size": 13},
        ))
    fig.update_layout(title=title, showlegend=True, plot_bgcolor="white", height=700,
                      xaxis={"visible": False}, yaxis={"visible": False}, margin={"l": 10, "r": 10, "t": 50, "b": 10})
    return fig
