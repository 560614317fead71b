// The co-authorship page around its drawing, whichever library draws: search, year filter, colours and
// legend, supervision switch, the clicked person's panel. Every name and title goes on screen with
// textContent, never as markup. `makeView(page)` draws the graph and returns what the page asks of it:
// show(visible, weights, supervised), recolor(), focus(id), unselect(), onClick(handler), onReady(done).
// People and links are rows: {id, name, organization, x, y, works, groups}, {from, to, weight, works}.
"use strict";
function coauthorPage(data, makeView) {
  const $ = (id) => document.getElementById(id);
  const people = data.people, works = data.works;
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
  function periodText(s) {
    if (s.start === null && s.end === null) return "";
    return (s.start === null ? "…" : s.start) + "–" + (s.end === null ? "" : s.end);
  }
  function inPeriod(s) {
    if (!hasWindow()) return true;
    const start = s.start === null ? -Infinity : s.start, end = s.end === null ? Infinity : s.end;
    return start <= yearTo && end >= yearFrom;
  }

  const view = makeView({
    data: data,
    maxWorks: people.reduce((most, p) => Math.max(most, p.works.length), 1),
    maxWeight: data.links.reduce((most, l) => Math.max(most, l.weight), 1),
    colorOf: (person) => data.legends[colorBy][person.groups[colorBy]].color,
    personLines: (p) => [p.name, p.organization, plural(p.works.length, "work") + (p.works.length ? ", " + span(p.works) : "")].filter(Boolean),
    linkLines: (l) => [people[l.from].name + " — " + people[l.to].name, plural(l.works.length, "joint work") + (l.works.length ? ", " + span(l.works) : "")],
    supervisionLines: (s) => [people[s.from].name + " → " + people[s.to].name, s.role + (s.principal ? "" : " (co-supervisor)"), periodText(s)].filter(Boolean),
  });

  // Year filter: a link stays when the two wrote together within the window, a person when they wrote within it.
  function applyFilters() {
    let shownPeople = 0, shownLinks = 0;
    const visible = people.map((p) =>
      p.works.length ? p.works.some((w) => counted(works[w])) : showSupervision && supervisionOf[p.id].some(inPeriod)
    );
    visible.forEach((shown) => { if (shown) shownPeople++; });
    const weights = data.links.map((l) => {
      const weight = linkWeight(l);
      if (weight > 0) shownLinks++;
      return weight;
    });
    const supervised = data.supervision.map((s) => showSupervision && inPeriod(s) && visible[s.from] && visible[s.to]);
    view.show(visible, weights, supervised);
    $("summary").textContent =
      "Showing " + shownPeople.toLocaleString("en") + " of " + people.length.toLocaleString("en") + (people.length === 1 ? " person" : " people") +
      " and " + shownLinks.toLocaleString("en") + " of " + plural(data.links.length, "co-authorship link") +
      (data.counting === "fractional" ? " (fractional counting)" : "") + ".";
    document.body.dataset.shownPeople = shownPeople;
    document.body.dataset.shownLinks = shownLinks;
    if (selected !== null) showDetails(selected);
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

  function select(id) {
    view.focus(id);
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
    view.recolor();
    drawLegend();
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
    view.unselect();
  });
  view.onClick(showDetails);
  setUpYears();
  drawLegend();
  applyFilters();
  if (data.ego !== null) select(data.ego);
  view.onReady(() => {
    document.body.dataset.ready = "true";
  });
}
