// The co-authorship page: draws the embedded data with vis-network and answers clicks.
// Every name and title is put on screen with textContent, never as markup.
"use strict";
(function () {
  const data = JSON.parse(document.getElementById("graph-data").textContent);
  const $ = (id) => document.getElementById(id);
  const people = data.people, works = data.works;
  const SUPERVISION_COLOR = "#d9480f";
  let colorBy = document.body.dataset.color || "community";
  let yearFrom = data.years ? data.years[0] : null, yearTo = data.years ? data.years[1] : null;
  let showSupervision = true;
  let selected = null;

  function element(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  }
  const plural = (n, word) => n.toLocaleString("en") + " " + word + (n === 1 ? "" : "s");
  const inWindow = (work) => yearFrom === null || work.year === null || (work.year >= yearFrom && work.year <= yearTo);
  const hasWindow = () => data.years && (yearFrom > data.years[0] || yearTo < data.years[1]);
  const counted = (work) => inWindow(work) && (!hasWindow() || work.year !== null);

  // Collaborators of each person, with the joint works, for the details panel.
  const neighbours = people.map(() => []);
  data.links.forEach((link, i) => {
    neighbours[link.from].push([link.to, i]);
    neighbours[link.to].push([link.from, i]);
  });
  const supervisionOf = people.map(() => []);
  data.supervision.forEach((s) => {
    supervisionOf[s.from].push(s);
    supervisionOf[s.to].push(s);
  });
  const maxWorks = people.reduce((most, p) => Math.max(most, p.works.length), 1);
  const maxWeight = data.links.reduce((most, l) => Math.max(most, l.weight), 1);

  function color(person) {
    const legend = data.legends[colorBy][person.groups[colorBy]];
    return { background: legend.color, border: "#ffffff", highlight: { background: legend.color, border: "#1f2933" }, hover: { background: legend.color, border: "#1f2933" } };
  }
  function tooltip(lines) {
    const box = element("div");
    box.textContent = lines.join("\n");
    return box;
  }
  function size(n) {
    return 7 + 26 * Math.sqrt(n / maxWorks);
  }
  function linkWeight(link) {
    let weight = 0;
    for (const w of link.works) {
      if (counted(works[w])) weight += data.counting === "fractional" ? 1 / (works[w].authors.length - 1) : 1;
    }
    return weight;
  }
  function span(list) {
    const years = list.map((w) => works[w].year).filter((y) => y !== null);
    if (!years.length) return "";
    const first = years.reduce((a, b) => Math.min(a, b)), last = years.reduce((a, b) => Math.max(a, b));
    return first === last ? String(first) : first + "–" + last;
  }

  const nodes = new vis.DataSet(
    people.map((p) => ({
      id: p.id,
      label: p.name,
      x: p.x,
      y: p.y,
      size: size(p.works.length),
      color: color(p),
      title: tooltip([p.name, p.organization, plural(p.works.length, "work") + (p.works.length ? ", " + span(p.works) : "")].filter(Boolean)),
    }))
  );
  const coauthorEdges = data.links.map((l, i) => ({
    id: "c" + i,
    from: l.from,
    to: l.to,
    width: 1 + 6 * Math.sqrt(l.weight / maxWeight),
    title: tooltip([people[l.from].name + " — " + people[l.to].name, plural(l.works.length, "joint work") + (l.works.length ? ", " + span(l.works) : "")]),
  }));
  const supervisionEdges = data.supervision.map((s, i) => ({
    id: "s" + i,
    from: s.from,
    to: s.to,
    dashes: [6, 5],
    width: s.principal ? 2.5 : 1.5,
    color: { color: SUPERVISION_COLOR, highlight: SUPERVISION_COLOR, hover: SUPERVISION_COLOR, opacity: 0.9 },
    arrows: { to: { enabled: true, scaleFactor: 0.6 } },
    title: tooltip([people[s.from].name + " → " + people[s.to].name, s.role + (s.principal ? "" : " (co-supervisor)"), periodText(s)].filter(Boolean)),
  }));
  const edges = new vis.DataSet(coauthorEdges.concat(supervisionEdges));

  function periodText(s) {
    if (s.start === null && s.end === null) return "";
    return (s.start === null ? "…" : s.start) + "–" + (s.end === null ? "" : s.end);
  }

  const large = people.length > 2000;
  const network = new vis.Network($("graph"), { nodes: nodes, edges: edges }, {
    physics: { enabled: false },
    layout: { improvedLayout: false },
    interaction: { hover: !large, tooltipDelay: 150, hideEdgesOnDrag: large, hideEdgesOnZoom: large, navigationButtons: false },
    nodes: { shape: "dot", borderWidth: 1.5, font: { size: 14, face: "system-ui, sans-serif", color: "#1f2933", strokeWidth: 3, strokeColor: "#ffffff" }, scaling: { label: { drawThreshold: 7 } } },
    edges: { smooth: false, color: { color: "#9aa5b1", highlight: "#3e4c59", hover: "#52606d", opacity: 0.55 }, selectionWidth: 1.5 },
  });

  // Year filter: a link stays when the two wrote together within the window, a person when they wrote within it.
  // Only what changes is sent to vis-network, so opening a large page costs no update at all.
  const nodeHidden = people.map(() => false);
  const edgeState = coauthorEdges.map((e) => [false, e.width]).concat(supervisionEdges.map(() => [false, 0]));
  function applyFilters() {
    const nodeUpdates = [], edgeUpdates = [];
    let shownPeople = 0, shownLinks = 0;
    const visible = people.map((p) =>
      p.works.length ? p.works.some((w) => counted(works[w])) : showSupervision && supervisionOf[p.id].some(inPeriod)
    );
    people.forEach((p) => {
      if (visible[p.id]) shownPeople++;
      if (nodeHidden[p.id] === visible[p.id]) {
        nodeHidden[p.id] = !visible[p.id];
        nodeUpdates.push({ id: p.id, hidden: !visible[p.id] });
      }
    });
    const setEdge = (i, id, hidden, width) => {
      if (edgeState[i][0] !== hidden || (!hidden && edgeState[i][1] !== width)) {
        edgeState[i] = [hidden, width];
        edgeUpdates.push(width ? { id: id, hidden: hidden, width: width } : { id: id, hidden: hidden });
      }
    };
    data.links.forEach((l, i) => {
      const weight = linkWeight(l);
      if (weight > 0) shownLinks++;
      setEdge(i, "c" + i, weight === 0, weight > 0 ? 1 + 6 * Math.sqrt(weight / maxWeight) : edgeState[i][1]);
    });
    data.supervision.forEach((s, i) => {
      setEdge(data.links.length + i, "s" + i, !(showSupervision && inPeriod(s) && visible[s.from] && visible[s.to]), 0);
    });
    if (nodeUpdates.length) nodes.update(nodeUpdates);
    if (edgeUpdates.length) edges.update(edgeUpdates);
    $("summary").textContent =
      "Showing " + shownPeople.toLocaleString("en") + " of " + people.length.toLocaleString("en") + (people.length === 1 ? " person" : " people") +
      " and " + shownLinks.toLocaleString("en") + " of " + plural(data.links.length, "co-authorship link") +
      (data.counting === "fractional" ? " (fractional counting)" : "") + ".";
    document.body.dataset.shownPeople = shownPeople;
    document.body.dataset.shownLinks = shownLinks;
    if (selected !== null) showDetails(selected);
  }
  function inPeriod(s) {
    if (!hasWindow()) return true;
    const start = s.start === null ? -Infinity : s.start, end = s.end === null ? Infinity : s.end;
    return start <= yearTo && end >= yearFrom;
  }

  function setUpYears() {
    if (!data.years) {
      $("years").hidden = true;
      return;
    }
    for (const [id, value] of [["year-from", yearFrom], ["year-to", yearTo]]) {
      const input = $(id);
      input.min = data.years[0];
      input.max = data.years[1];
      input.value = value;
      input.addEventListener("input", () => {
        yearFrom = Number($("year-from").value);
        yearTo = Number($("year-to").value);
        if (yearFrom > yearTo) {
          if (id === "year-from") yearTo = yearFrom; else yearFrom = yearTo;
          $("year-from").value = yearFrom;
          $("year-to").value = yearTo;
        }
        showYears();
        applyFilters();
      });
    }
    showYears();
  }
  function showYears() {
    $("year-from-label").textContent = yearFrom;
    $("year-to-label").textContent = yearTo;
  }

  function drawLegend() {
    const list = $("legend");
    list.replaceChildren();
    const legend = data.legends[colorBy];
    legend.slice(0, 12).forEach((group) => {
      const item = element("li");
      const swatch = element("span", undefined, "swatch");
      swatch.style.background = group.color;
      item.append(swatch, element("span", group.label), element("span", group.count.toLocaleString("en"), "count"));
      list.append(item);
    });
    if (legend.length > 12) {
      const rest = legend.slice(12).reduce((n, g) => n + g.count, 0);
      const item = element("li");
      const swatch = element("span", undefined, "swatch");
      swatch.style.background = legend[legend.length - 1].color;
      item.append(swatch, element("span", (legend.length - 12) + " more groups"), element("span", rest.toLocaleString("en"), "count"));
      list.append(item);
    }
  }
  function recolor() {
    nodes.update(people.map((p) => ({ id: p.id, color: color(p) })));
    drawLegend();
  }

  function select(id) {
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 0.9), animation: { duration: 400 } });
    showDetails(id);
  }
  function showDetails(id) {
    selected = id;
    const p = people[id];
    const own = p.works.filter((w) => counted(works[w])).sort((a, b) => (works[b].year || 0) - (works[a].year || 0) || works[a].title.localeCompare(works[b].title));
    $("person-name").textContent = p.name;
    $("person-facts").textContent = [p.organization, plural(own.length, "work"), plural(neighbours[id].length, "co-author")].filter(Boolean).join(" · ");
    const coauthors = neighbours[id]
      .map(([other, link]) => [other, data.links[link].works.filter((w) => counted(works[w])).length])
      .filter(([, n]) => n > 0)
      .sort((a, b) => b[1] - a[1] || people[a[0]].name.localeCompare(people[b[0]].name));
    $("person-coauthors").replaceChildren(
      ...coauthors.map(([other, n]) => {
        const item = element("li");
        const button = element("button", people[other].name);
        button.type = "button";
        button.addEventListener("click", () => select(other));
        item.append(button, element("span", "(" + n + ")", "count"));
        return item;
      })
    );
    const supervised = supervisionOf[id];
    $("supervision-heading").hidden = supervised.length === 0;
    $("person-supervision").replaceChildren(
      ...supervised.map((s) => element("li", s.from === id ? "supervised " + people[s.to].name + " (" + s.role + (periodText(s) ? ", " + periodText(s) : "") + ")" : s.role + ", supervised by " + people[s.from].name + (periodText(s) ? " (" + periodText(s) + ")" : "")))
    );
    $("person-works").replaceChildren(
      ...own.map((w) => {
        const item = element("li");
        item.append(element("span", works[w].year === null ? "—" : String(works[w].year), "year"), element("span", works[w].title, "work-title"));
        return item;
      })
    );
    $("details").hidden = false;
  }

  function search() {
    const wanted = $("search").value.trim().toLocaleLowerCase();
    const list = $("matches");
    list.replaceChildren();
    if (!wanted) return;
    const found = people.filter((p) => p.name.toLocaleLowerCase().includes(wanted)).sort((a, b) => b.works.length - a.works.length).slice(0, 12);
    if (!found.length) list.append(element("li", "No one by that name.", "muted"));
    for (const p of found) {
      const item = element("li");
      const button = element("button", p.name);
      button.type = "button";
      button.addEventListener("click", () => select(p.id));
      item.append(button);
      list.append(item);
    }
  }

  $("title").textContent = data.title;
  for (const note of data.notices) $("notices").append(element("p", note));
  $("color-by").value = colorBy;
  $("color-by").addEventListener("change", (event) => {
    colorBy = event.target.value;
    recolor();
  });
  $("show-supervision").disabled = data.supervision.length === 0;
  $("show-supervision").addEventListener("change", (event) => {
    showSupervision = event.target.checked;
    applyFilters();
  });
  $("search").addEventListener("input", search);
  $("search").addEventListener("keydown", (event) => {
    const first = $("matches").querySelector("button");
    if (event.key === "Enter" && first) first.click();
  });
  $("close-details").addEventListener("click", () => {
    $("details").hidden = true;
    selected = null;
    network.unselectAll();
  });
  network.on("click", (params) => {
    if (params.nodes.length) showDetails(params.nodes[0]);
  });
  setUpYears();
  drawLegend();
  applyFilters();
  if (data.ego !== null) select(data.ego);
  network.once("afterDrawing", () => {
    document.body.dataset.ready = "true";
  });
  window.coauthorGraph = { network: network, nodes: nodes, edges: edges, data: data };
})();
