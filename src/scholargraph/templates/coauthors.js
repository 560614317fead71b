// The small co-authorship page's drawing: vis-network, a row of data a person and a link.
// Tooltips are text elements; nothing is written as markup.
"use strict";
coauthorPage(JSON.parse(document.getElementById("graph-data").textContent), function (page) {
  const data = page.data;
  const people = data.people;
  const SUPERVISION_COLOR = "#d9480f";

  function color(person) {
    const fill = page.colorOf(person);
    return { background: fill, border: "#ffffff", highlight: { background: fill, border: "#1f2933" }, hover: { background: fill, border: "#1f2933" } };
  }
  function tooltip(lines) {
    const box = document.createElement("div");
    box.textContent = lines.join("\n");
    return box;
  }
  const width = (weight) => 1 + 6 * Math.sqrt(weight / page.maxWeight);

  const nodes = new vis.DataSet(
    people.map((p) => ({
      id: p.id,
      label: p.name,
      x: p.x,
      y: p.y,
      size: 7 + 26 * Math.sqrt(p.works.length / page.maxWorks),
      color: color(p),
      title: tooltip(page.personLines(p)),
    }))
  );
  const coauthorEdges = data.links.map((l, i) => ({ id: "c" + i, from: l.from, to: l.to, width: width(l.weight), title: tooltip(page.linkLines(l)) }));
  const supervisionEdges = data.supervision.map((s, i) => ({
    id: "s" + i,
    from: s.from,
    to: s.to,
    dashes: [6, 5],
    width: s.principal ? 2.5 : 1.5,
    color: { color: SUPERVISION_COLOR, highlight: SUPERVISION_COLOR, hover: SUPERVISION_COLOR, opacity: 0.9 },
    arrows: { to: { enabled: true, scaleFactor: 0.6 } },
    title: tooltip(page.supervisionLines(s)),
  }));
  const edges = new vis.DataSet(coauthorEdges.concat(supervisionEdges));

  const large = people.length > 2000;
  const network = new vis.Network(document.getElementById("graph"), { nodes: nodes, edges: edges }, {
    physics: { enabled: false },
    layout: { improvedLayout: false },
    interaction: { hover: !large, tooltipDelay: 150, hideEdgesOnDrag: large, hideEdgesOnZoom: large, navigationButtons: false },
    nodes: { shape: "dot", borderWidth: 1.5, font: { size: 14, face: "system-ui, sans-serif", color: "#1f2933", strokeWidth: 3, strokeColor: "#ffffff" }, scaling: { label: { drawThreshold: 7 } } },
    edges: { smooth: false, color: { color: "#9aa5b1", highlight: "#3e4c59", hover: "#52606d", opacity: 0.55 }, selectionWidth: 1.5 },
  });

  // Only what changes is sent to vis-network, so opening a large page costs no update at all.
  const nodeHidden = people.map(() => false);
  const edgeState = coauthorEdges.map((e) => [false, e.width]).concat(supervisionEdges.map(() => [false, 0]));
  window.coauthorGraph = { network: network, nodes: nodes, edges: edges, data: data };
  return {
    show(visible, weights, supervised) {
      const nodeUpdates = [], edgeUpdates = [];
      visible.forEach((shown, id) => {
        if (nodeHidden[id] === shown) {
          nodeHidden[id] = !shown;
          nodeUpdates.push({ id: id, hidden: !shown });
        }
      });
      const setEdge = (i, id, hidden, w) => {
        if (edgeState[i][0] !== hidden || (!hidden && edgeState[i][1] !== w)) {
          edgeState[i] = [hidden, w];
          edgeUpdates.push(w ? { id: id, hidden: hidden, width: w } : { id: id, hidden: hidden });
        }
      };
      weights.forEach((weight, i) => setEdge(i, "c" + i, weight === 0, weight > 0 ? width(weight) : edgeState[i][1]));
      supervised.forEach((shown, i) => setEdge(weights.length + i, "s" + i, !shown, 0));
      if (nodeUpdates.length) nodes.update(nodeUpdates);
      if (edgeUpdates.length) edges.update(edgeUpdates);
    },
    recolor() {
      nodes.update(people.map((p) => ({ id: p.id, color: color(p) })));
    },
    focus(id) {
      network.selectNodes([id]);
      network.focus(id, { scale: Math.max(network.getScale(), 0.9), animation: { duration: 400 } });
    },
    unselect() {
      network.unselectAll();
    },
    onClick(handler) {
      network.on("click", (params) => {
        if (params.nodes.length) handler(params.nodes[0]);
      });
    },
    onReady(done) {
      network.once("afterDrawing", done);
    },
  };
});
