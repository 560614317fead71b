// A field's co-authorship page: compact data drawn with sigma.js (WebGL) on a graphology graph.
// Each person's works and each link's joint works and weight are derived here from the works.
// Labels are drawn on the canvas, for the largest people the current zoom leaves room for;
// the tooltip and every other text go on screen with textContent. From `overview_from` people the
// page opens on the communities, one disc each, and shows the people as you zoom in.
"use strict";
(function () {
  const compact = JSON.parse(document.getElementById("graph-data").textContent);
  const columns = compact.people, n = columns.name.length;
  const worksOf = columns.name.map(() => []);
  const works = compact.works.title.map((title, w) => {
    const authors = compact.works.authors[w];
    for (const author of authors) worksOf[author].push(w);
    return { title: title, year: compact.works.year[w], authors: authors };
  });
  const people = columns.name.map((name, i) => ({
    id: i,
    name: name,
    organization: compact.organizations[columns.organization[i]],
    x: columns.x[i],
    y: columns.y[i],
    works: worksOf[i],
    groups: { community: columns.community[i], organization: columns.organization_group[i] },
  }));
  const links = [], linkOf = new Map();
  for (let i = 0; i < compact.links.length; i += 2) {
    const a = compact.links[i], b = compact.links[i + 1];
    const link = { from: a, to: b, weight: 0, works: [] };
    links.push(link);
    linkOf.set(a < b ? a * n + b : b * n + a, link);
  }
  works.forEach((work, w) => {
    const authors = work.authors, share = compact.counting === "fractional" ? 1 / (authors.length - 1) : 1;
    for (let i = 0; i < authors.length; i++) {
      for (let j = i + 1; j < authors.length; j++) {
        const a = authors[i], b = authors[j], link = linkOf.get(a < b ? a * n + b : b * n + a);
        if (link) {
          link.works.push(w);
          link.weight += share;
        }
      }
    }
  });
  const data = Object.assign({}, compact, { people: people, works: works, links: links });

  coauthorPage(data, function (page) {
    const SUPERVISION_COLOR = "#d9480f", LINK_COLOR = "rgba(154,165,177,0.45)", CHOSEN_COLOR = "#3e4c59";
    const width = (weight) => 0.5 + 3 * Math.sqrt(weight / page.maxWeight);
    const graph = new graphology.Graph({ type: "mixed", allowSelfLoops: false });
    people.forEach((p) =>
      graph.addNode(p.id, { x: p.x, y: -p.y, size: 2 + 9 * Math.sqrt(p.works.length / page.maxWorks), label: p.name, color: page.colorOf(p) })
    );
    links.forEach((l, i) => graph.addUndirectedEdgeWithKey("c" + i, l.from, l.to, { i: i, size: width(l.weight), color: LINK_COLOR }));
    data.supervision.forEach((s, i) =>
      graph.addDirectedEdgeWithKey("s" + i, s.from, s.to, { s: i, size: s.principal ? 2.5 : 1.5, color: SUPERVISION_COLOR, type: "arrow", zIndex: 1 })
    );
    // A community's disc: at its members' mean position, its area their number, named after its most central person.
    const overview = n >= compact.overview_from;
    if (overview) {
      const sums = data.legends.community.map(() => [0, 0, 0]);
      people.forEach((p) => {
        const sum = sums[p.groups.community];
        sum[0] += p.x;
        sum[1] += p.y;
        sum[2] += 1;
      });
      sums.forEach(([x, y, count], g) => {
        const group = data.legends.community[g];
        graph.addNode("g" + g, { x: x / count, y: -y / count, size: 3 + Math.sqrt(count), label: group.label, color: group.color, group: g });
      });
    }

    // What the filters and the chosen person change is applied by the reducers, at each refresh.
    let hidden = new Uint8Array(n), weights = links.map((l) => l.weight), supervised = data.supervision.map(() => true);
    let chosen = null;
    // Zoomed out, links are one-pixel lines (a tenth of the drawing work of wide ones); zoomed in far
    // enough that about 20,000 links' worth of the layout is on screen ("near"), they are as wide as
    // their joint works, and an overview shows people instead of communities.
    const programs = (near) =>
      ({ line: near ? Sigma.rendering.EdgeRectangleProgram : Sigma.rendering.EdgeLineProgram, arrow: Sigma.rendering.EdgeArrowProgram });
    const nearRatio = 20000 / Math.max(links.length, 1), isNear = (ratio) => ratio < nearRatio;
    let near = isNear(1);
    const renderer = new Sigma(graph, document.getElementById("graph"), {
      edgeProgramClasses: programs(near),
      zIndex: true,
      labelRenderedSizeThreshold: 7,
      labelDensity: 0.5,
      labelGridCellSize: 150,
      labelFont: "system-ui, sans-serif",
      hideEdgesOnMove: links.length > 50000,
      minCameraRatio: 0.005,
      maxCameraRatio: 4,
      nodeReducer: (node, attributes) => {
        if (attributes.group !== undefined) attributes.hidden = near;
        else if (hidden[node] || (overview && !near)) attributes.hidden = true;
        else if (+node === chosen) Object.assign(attributes, { highlighted: true, forceLabel: true, zIndex: 2 });
        return attributes;
      },
      edgeReducer: (edge, attributes) => {
        if (overview && !near) attributes.hidden = true;
        else if (attributes.s !== undefined) attributes.hidden = !supervised[attributes.s];
        else if (weights[attributes.i] === 0) attributes.hidden = true;
        else {
          attributes.size = width(weights[attributes.i]);
          if (chosen !== null && graph.hasExtremity(edge, String(chosen))) Object.assign(attributes, { color: CHOSEN_COLOR, zIndex: 1 });
        }
        return attributes;
      },
    });

    renderer.getCamera().on("updated", (state) => {
      if (isNear(state.ratio) !== near) {
        near = !near;
        renderer.setSetting("edgeProgramClasses", programs(near));
        if (overview) renderer.refresh({ schedule: true });
      }
    });
    const range = (values) => values.reduce((most, v) => Math.max(most, v), -Infinity) - values.reduce((least, v) => Math.min(least, v), Infinity);
    const extent = Math.max(range(columns.x), range(columns.y), 1);
    const tooltip = document.getElementById("tooltip");
    const group = (node) => graph.getNodeAttribute(node, "group");
    renderer.on("enterNode", ({ node, event }) => {
      const g = group(node), legend = data.legends.community;
      tooltip.textContent = g === undefined ? page.personLines(people[+node]).join("\n") : legend[g].label + "\n" + legend[g].count.toLocaleString("en") + " people";
      const box = document.getElementById("graph").getBoundingClientRect();
      tooltip.style.left = box.left + event.x + 14 + "px";
      tooltip.style.top = box.top + event.y + 14 + "px";
      tooltip.hidden = false;
    });
    renderer.on("leaveNode", () => {
      tooltip.hidden = true;
    });
    window.coauthorGraph = { renderer: renderer, graph: graph, data: data };
    return {
      show(visible, newWeights, newSupervised) {
        const same = (a, b) => a.length === b.length && a.every((value, i) => value === b[i]);
        const newHidden = Uint8Array.from(visible, (shown) => (shown ? 0 : 1));
        if (same(newHidden, hidden) && same(newWeights, weights) && same(newSupervised, supervised)) return;
        hidden = newHidden;
        weights = newWeights;
        supervised = newSupervised;
        renderer.refresh({ schedule: true });
      },
      recolor() {
        graph.updateEachNodeAttributes(
          (node, attributes) => (attributes.group === undefined ? Object.assign(attributes, { color: page.colorOf(people[+node]) }) : attributes),
          { attributes: ["color"] }
        );
      },
      focus(id) {
        chosen = id;
        renderer.refresh();
        const camera = renderer.getCamera(), shown = renderer.getNodeDisplayData(String(id));
        // About 3,000 pixels of the layout across the screen (close enough to show people in an overview):
        // a person among their co-authors.
        const ratio = Math.min(camera.ratio, 3000 / extent, overview ? 0.9 * nearRatio : Infinity);
        camera.animate({ x: shown.x, y: shown.y, ratio: ratio }, { duration: 400 });
      },
      unselect() {
        chosen = null;
        renderer.refresh({ schedule: true });
      },
      onClick(handler) {
        renderer.on("clickNode", ({ node }) => {
          if (group(node) === undefined) return handler(+node);
          const shown = renderer.getNodeDisplayData(node);
          renderer.getCamera().animate({ x: shown.x, y: shown.y, ratio: 0.9 * nearRatio }, { duration: 400 });
        });
      },
      onReady(done) {
        renderer.once("afterRender", done);
        renderer.scheduleRender();
      },
    };
  });
})();
