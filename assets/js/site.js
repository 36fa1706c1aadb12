/* NRC Explained — progressive enhancement only. Every page reads fully without this file.
   1. Glossary: a search box that filters the entries as you type.
   2. Term links in running text: the short definition in place (hover, focus, tap; Escape closes).
   3. Chronology: the era and actor filter links filter in place instead of jumping.
   4. Wide tables: reachable by keyboard when they scroll inside their box. */
(function () {
  "use strict";

  var lang = (document.documentElement.lang || "en").slice(0, 2);
  /* Fallback strings, used only when the template gives none in data-* attributes. */
  var STRINGS = {
    en: { filter: "Filter the glossary", count: "{n} of {total} shown", none: "Nothing matches.", all: "Show all" },
    id: { filter: "Saring glosarium", count: "{n} dari {total} ditampilkan", none: "Tidak ada yang cocok.", all: "Tampilkan semua" }
  };
  var S = STRINGS[lang] || STRINGS.en;

  function text(el, attr, key) {
    return (el && el.getAttribute(attr)) || S[key];
  }
  function count(template, n, total) {
    return template.replace("{n}", n).replace("{total}", total);
  }
  /* Lower case, no accents, one kind of dash: "NATO–Russia" matches "nato-rus". */
  function fold(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[\u2010-\u2015]/g, "-").toLowerCase();
  }
  function status(after) {
    var p = document.createElement("p");
    p.className = "filter-status";
    p.setAttribute("role", "status");
    after.parentNode.insertBefore(p, after.nextSibling);
    return p;
  }
  function hide(el, out) {
    el.classList.toggle("is-out", out);
  }

  /* 1. Glossary filter */
  function glossary() {
    var entries = document.querySelectorAll(".glossary__entry");
    if (!entries.length) return;
    var host = document.querySelector("[data-filter-label]") || document.querySelector(".glossary").parentNode;
    var box = document.createElement("div");
    box.className = "filter-box";
    var label = document.createElement("label");
    label.htmlFor = "glossary-filter";
    label.textContent = text(host, "data-filter-label", "filter");
    var input = document.createElement("input");
    input.type = "search";
    input.id = "glossary-filter";
    input.autocomplete = "off";
    input.spellcheck = false;
    box.appendChild(label);
    box.appendChild(input);
    var az = document.querySelector(".az");
    var anchor = az || document.querySelector(".glossary").closest("section") || host;
    anchor.parentNode.insertBefore(box, anchor);
    var live = status(box);
    var countText = text(host, "data-filter-count", "count");
    var noneText = text(host, "data-filter-empty", "none");
    var index = Array.prototype.map.call(entries, function (e) {
      return { el: e, text: fold(e.textContent) };
    });
    var timer;
    function run() {
      var q = fold(input.value.trim());
      var shown = 0;
      index.forEach(function (item) {
        var match = !q || item.text.indexOf(q) !== -1;
        hide(item.el, !match);
        if (match) shown++;
      });
      document.querySelectorAll(".glossary").forEach(function (dl) {
        var section = dl.closest("section") || dl;
        var any = dl.querySelector(".glossary__entry:not(.is-out)");
        hide(section, !any);
        var h = section.querySelector("h2[id]");
        var link = h && az && az.querySelector('a[href="#' + h.id + '"]');
        if (link) hide(link.parentNode, !any);
      });
      clearTimeout(timer);
      timer = setTimeout(function () {
        live.textContent = q ? (shown ? count(countText, shown, index.length) : noneText) : "";
      }, 400);
    }
    input.addEventListener("input", run);
  }

  /* 2. Term definitions in place (WCAG 1.4.13: dismissible, hoverable, persistent) */
  function terms() {
    var links = document.querySelectorAll("a.term[data-definition]");
    if (!links.length) return;
    var open = null;
    var closeTimer;
    var touched = false;

    function tipFor(a, i) {
      var tip = document.createElement("span");
      tip.className = "term-tip";
      tip.id = "term-tip-" + i;
      tip.setAttribute("role", "tooltip");
      tip.hidden = true;
      tip.textContent = a.getAttribute("data-definition");
      tip.addEventListener("mouseenter", function () { clearTimeout(closeTimer); });
      tip.addEventListener("mouseleave", later);
      document.body.appendChild(tip);
      a.setAttribute("aria-describedby", tip.id);
      a._tip = tip;
    }
    function place(a, tip) {
      var r = a.getBoundingClientRect();
      var width = document.documentElement.clientWidth;
      tip.style.left = "0px";
      tip.style.top = "0px";
      var w = tip.offsetWidth;
      var h = tip.offsetHeight;
      var left = Math.max(8, Math.min(r.left, width - w - 8));
      var top = r.bottom + 6;
      if (top + h > window.innerHeight && r.top - h - 6 > 0) top = r.top - h - 6;
      tip.style.left = left + window.scrollX + "px";
      tip.style.top = top + window.scrollY + "px";
    }
    function show(a) {
      clearTimeout(closeTimer);
      if (open && open !== a) close();
      open = a;
      a._tip.hidden = false;
      place(a, a._tip);
    }
    function close() {
      clearTimeout(closeTimer);
      if (open) open._tip.hidden = true;
      open = null;
    }
    function later() {
      clearTimeout(closeTimer);
      closeTimer = setTimeout(close, 300);
    }

    Array.prototype.forEach.call(links, function (a, i) {
      tipFor(a, i);
      a.addEventListener("mouseenter", function () { show(a); });
      a.addEventListener("mouseleave", later);
      a.addEventListener("focus", function () { show(a); });
      a.addEventListener("blur", function () { if (open === a) close(); });
      a.addEventListener("pointerdown", function (e) { touched = e.pointerType === "touch"; });
      a.addEventListener("click", function (e) {
        /* First tap shows the definition; a second tap follows the link. */
        if (touched && open !== a) {
          e.preventDefault();
          show(a);
        }
        touched = false;
      });
    });
    document.addEventListener("keydown", function (e) {
      if ((e.key === "Escape" || e.key === "Esc") && open) close();
    });
    document.addEventListener("pointerdown", function (e) {
      if (open && e.target !== open && !open._tip.contains(e.target)) close();
    });
    window.addEventListener("resize", function () { if (open) place(open, open._tip); });
  }

  /* 3. Chronology filters: <nav class="filters"> links with data-filter-era / data-filter-actor;
        events article.event[data-era][data-actors]. Without JS the links just navigate. */
  function chronology() {
    var nav = document.querySelector("nav.filters");
    var events = document.querySelectorAll("article.event[data-era]");
    if (!nav || !events.length) return;
    var filters = nav.querySelectorAll("a[data-filter-era], a[data-filter-actor], a[data-filter-all]");
    var all = nav.querySelector("a[data-filter-all]");
    if (!all) {
      var p = document.createElement("p");
      all = document.createElement("a");
      all.href = location.pathname.split("/").pop() || "#";
      all.setAttribute("data-filter-all", "");
      all.textContent = text(nav, "data-filter-all-label", "all");
      p.className = "filters__all";
      p.appendChild(all);
      nav.insertBefore(p, nav.firstChild);
      filters = nav.querySelectorAll("a[data-filter-era], a[data-filter-actor], a[data-filter-all]");
    }
    var live = status(nav);
    var countText = text(nav, "data-filter-count", "count");

    function apply(link) {
      var era = link.getAttribute("data-filter-era");
      var actor = link.getAttribute("data-filter-actor");
      var shown = 0;
      events.forEach(function (ev) {
        var match = (!era || ev.getAttribute("data-era") === era) &&
          (!actor || (" " + ev.getAttribute("data-actors") + " ").indexOf(" " + actor + " ") !== -1);
        hide(ev, !match);
        if (match) shown++;
      });
      document.querySelectorAll("section.era").forEach(function (s) {
        hide(s, !s.querySelector("article.event:not(.is-out)"));
      });
      filters.forEach(function (f) {
        if (f === link && !f.hasAttribute("data-filter-all")) f.setAttribute("aria-current", "true");
        else f.removeAttribute("aria-current");
      });
      live.textContent = count(countText, shown, events.length);
    }
    filters.forEach(function (f) {
      f.addEventListener("click", function (e) {
        e.preventDefault();
        apply(f);
      });
    });
  }

  /* 4. Tables that scroll inside their box get keyboard focus so they can be scrolled. */
  function tables() {
    document.querySelectorAll(".prose table").forEach(function (t) {
      if (t.scrollWidth > t.clientWidth + 1) t.tabIndex = 0;
    });
  }

  glossary();
  terms();
  chronology();
  tables();
})();
