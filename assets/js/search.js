/* NRC Explained — the search page (templates/search.ftl), and only that page. Progressive
   enhancement: without this file the page offers the A–Z lists, which hold everything.
   It shows the form, fetches the language's index (data/search.json, baked by
   templates/search-index.ftl) on first use, and lists matches as you type. Matching ignores
   case and accents ("Ciuca" finds "Ciucă"); every word typed must appear in the name, the
   other-language name, the summary or definition, or the date; name matches come first.
   Keyboard: type to search; Enter or Down arrow moves into the results, Up and Down arrows move
   between them (Up from the first goes back to the box), Escape in the box clears it.
   The live region (#search-status, role=status) says how many results there are. */
(function () {
  "use strict";

  var form = document.querySelector("form.search[data-index]");
  if (!form || !window.fetch || !String.prototype.normalize) return;
  var input = form.querySelector("input[type=search]");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var nojs = document.querySelector(".search__nojs");
  /* The index's one-letter kinds (templates/search-index.ftl) and where each kind's pages are. */
  var KINDS = { a: "actor", e: "event", t: "term", p: "page" };
  var PATHS = { a: "actors/KEY.html", e: "events/KEY.html", t: "terms/KEY.html", p: "KEY.html" };
  var items = null;
  var loading = null;
  var timer;

  function attr(name) {
    return form.getAttribute("data-" + name) || "";
  }
  /* Lower case, no accents, one kind of dash. */
  function fold(s) {
    return (s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[\u2010-\u2015]/g, "-").toLowerCase();
  }
  function say(template, n, q) {
    return template.replace("{n}", n).replace("{q}", q);
  }

  function load() {
    if (!loading) {
      loading = fetch(attr("index"), { credentials: "same-origin" }).then(function (r) {
        if (!r.ok) throw new Error(r.status);
        return r.json();
      }).then(function (doc) {
        items = doc.items.map(function (it, i) {
          return { kind: KINDS[it[0]], url: PATHS[it[0]].replace("KEY", it[1]), title: it[2], other: it[3], text: it[4], date: it[5], order: i,
            t: fold(it[2]), o: fold(it[3]), all: fold(it[2] + " " + it[3] + " " + it[4] + " " + it[5]) };
        });
      });
      loading.catch(function () { status.textContent = attr("failed"); });
    }
    return loading;
  }

  function find(q) {
    var f = fold(q).trim();
    var words = f.split(/\s+/);
    var out = [];
    items.forEach(function (it) {
      for (var i = 0; i < words.length; i++) {
        if (it.all.indexOf(words[i]) === -1) return;
      }
      var inTitle = words.every(function (w) { return it.t.indexOf(w) !== -1; });
      var inOther = words.every(function (w) { return it.o.indexOf(w) !== -1; });
      it.score = it.t.indexOf(f) === 0 ? 0 : inTitle ? 1 : inOther ? 2 : 3;
      out.push(it);
    });
    return out.sort(function (a, b) { return a.score - b.score || a.order - b.order; });
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }

  function show(results) {
    list.textContent = "";
    results.forEach(function (it) {
      var li = el("li", "search__result");
      var a = el("a", "", it.title);
      a.href = it.url;
      li.appendChild(a);
      if (it.other) {
        li.appendChild(document.createTextNode(" "));
        var o = el("span", "search__other", "(" + it.other + ")");
        o.lang = document.documentElement.lang === "id" ? "en" : "id";
        li.appendChild(o);
      }
      li.appendChild(el("span", "search__kind", attr("kind-" + it.kind) + (it.date ? " · " + it.date : "")));
      if (it.text) li.appendChild(el("span", "search__text", it.text));
      list.appendChild(li);
    });
    list.hidden = !results.length;
  }

  function run() {
    var q = input.value.trim();
    clearTimeout(timer);
    if (history.replaceState) {
      history.replaceState(null, "", q ? "?q=" + encodeURIComponent(q) : location.pathname);
    }
    if (!q) {
      show([]);
      status.textContent = "";
      return;
    }
    if (!items) {
      status.textContent = attr("loading");
      load().then(run, function () {});
      return;
    }
    var results = find(q);
    show(results);
    /* Announce once typing pauses, so a screen reader is not interrupted at every key. */
    timer = setTimeout(function () {
      status.textContent = say(results.length === 0 ? attr("none") : results.length === 1 ? attr("count-one") : attr("count"), results.length, q);
    }, 300);
  }

  function links() {
    return Array.prototype.slice.call(list.querySelectorAll("a"));
  }

  form.hidden = false;
  if (nojs) nojs.hidden = true;
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var first = links()[0];
    if (first) first.focus();
  });
  input.addEventListener("input", run);
  input.addEventListener("focus", load);
  input.addEventListener("keydown", function (e) {
    if (e.key === "ArrowDown" && links().length) {
      e.preventDefault();
      links()[0].focus();
    } else if ((e.key === "Escape" || e.key === "Esc") && input.value) {
      e.preventDefault();
      input.value = "";
      run();
    }
  });
  list.addEventListener("keydown", function (e) {
    var all = links();
    var i = all.indexOf(document.activeElement);
    if (i === -1) return;
    if (e.key === "ArrowDown" && i < all.length - 1) {
      e.preventDefault();
      all[i + 1].focus();
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      (i > 0 ? all[i - 1] : input).focus();
    }
  });

  var start = /[?&]q=([^&]*)/.exec(location.search);
  if (start) {
    try {
      input.value = decodeURIComponent(start[1].replace(/\+/g, " "));
    } catch (e) {
      input.value = "";
    }
    run();
  }
})();
