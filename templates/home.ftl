<#ftl output_format="HTML">
<#-- home: the short version first (the home file's body), then the ways in. -->
<#import "layout.ftl" as layout>
<#import "lib/ui.ftl" as ui>
<#import "lib/i18n.ftl" as i18n>
<#import "lib/links.ftl" as links>
<#import "lib/items.ftl" as items>
<#import "lib/timeline.ftl" as timeline>
<#assign content = content><#-- read once: every read of JBake's own model costs it an exception (JBake 2.7) -->
<@layout.page content=content>
<h1>${content.title}</h1>
<p class="lede">${content.description}</p>
<@ui.body content=content/>
<nav class="ways-in" aria-labelledby="ways-in">
  <h2 id="ways-in">${i18n.t(content.lang, "home_ways_in")}</h2>
  <ul>
    <#list ["key-points", "questions", "actors", "chronology", "glossary", "demands-and-answers", "cuban-missile-crisis-1962", "what-happened-next", "sources-and-method"] as key>
    <li><a href="${links.to(content, content.lang, key + ".html")}">${i18n.t(content.lang, "way_" + key?replace("-", "_"))}</a></li>
    </#list>
  </ul>
</nav>
<section class="overview" aria-labelledby="overview">
  <h2 id="overview"><a href="${links.to(content, content.lang, "chronology.html")}">${i18n.t(content.lang, "nav_chronology")}</a></h2>
  <@timeline.overview content=content events=items.sortedEvents(content.lang) target=links.to(content, content.lang, "chronology.html#") desc="timeline_desc_home"/>
</section>
<section class="map" aria-labelledby="map-heading">
  <h2 id="map-heading">${i18n.t(content.lang, "map_heading")}</h2>
  <figure class="map__figure">
    <img src="${links.asset(content, "img/map-" + content.lang + ".svg")}" alt="${i18n.t(content.lang, "map_alt")}" width="576" height="572" loading="lazy" decoding="async">
    <figcaption>
      <p>${i18n.t(content.lang, "map_places_intro")}</p>
      <ul class="map__places">
      <#list i18n.t(content.lang, "map_places") as place><li>${place}</li></#list>
      </ul>
    </figcaption>
  </figure>
</section>
</@layout.page>
