<#ftl output_format="HTML">
<#--
  search: the search page of a language (content/search.md, content/id/search.md; type=search).

  Without JavaScript it offers the lists that hold everything, from A to Z (glossary, who is
  who, chronology) and says why there is no search box. assets/js/search.js, loaded by this page
  only (instead of site.js: the page has nothing site.js would enhance), shows the form (hidden in the HTML), fetches the language's index (data/search.json,
  templates/search-index.ftl) on first use, and lists matches as you type; matching ignores case
  and accents. The strings it needs come from data/i18n.yaml through the form's data-* attributes:
    data-index        the index URL, relative to this page
    data-count / data-count-one / data-none / data-loading / data-failed   the live region's
                      messages, with {n} (number of results) and {q} (the query)
    data-kind-actor / -event / -term / -page   how each kind of result is named
  The live region (#search-status, role=status) is in the page from the start, so screen readers
  announce the count.
-->
<#import "layout.ftl" as layout>
<#import "lib/ui.ftl" as ui>
<#import "lib/i18n.ftl" as i18n>
<#import "lib/links.ftl" as links>
<#assign content = content><#-- read once: every read of JBake's own model costs it an exception (JBake 2.7) -->
<#assign lang = content.lang>
<@layout.page content=content script="js/search.js">
<h1>${content.title}</h1>
<p class="lede">${content.description}</p>
<@ui.body content=content/>
<form class="search" role="search" hidden
  data-index="${links.to(content, lang, "data/search.json")}"
  data-count="${i18n.t(lang, "search_count")}" data-count-one="${i18n.t(lang, "search_count_one")}"
  data-none="${i18n.t(lang, "search_none")}" data-loading="${i18n.t(lang, "search_loading")}" data-failed="${i18n.t(lang, "search_failed")}"
  <#list ["actor", "event", "term", "page"] as kind>data-kind-${kind}="${i18n.t(lang, "search_kind_" + kind)}" </#list>>
  <label for="search-input">${i18n.t(lang, "search_label")}</label>
  <input type="search" id="search-input" name="q" autocomplete="off" spellcheck="false" aria-describedby="search-hint" aria-controls="search-results">
  <p id="search-hint" class="search__hint">${i18n.t(lang, "search_hint")}</p>
</form>
<p id="search-status" class="search__status" role="status"></p>
<ol id="search-results" class="search__results" hidden></ol>
<p class="search__nojs note">${i18n.t(lang, "search_nojs")}</p>
<nav class="ways-in" aria-labelledby="browse">
  <h2 id="browse">${i18n.t(lang, "search_browse")}</h2>
  <ul>
    <#list ["glossary", "actors", "chronology"] as key>
    <li><a href="${links.to(content, lang, key + ".html")}">${i18n.t(lang, "way_" + key)}</a></li>
    </#list>
  </ul>
</nav>
</@layout.page>
