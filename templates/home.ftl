<#ftl output_format="HTML">
<#-- home: the short version first (the home file's body), then the ways in. -->
<#import "layout.ftl" as layout>
<#import "lib/ui.ftl" as ui>
<#import "lib/i18n.ftl" as i18n>
<#import "lib/links.ftl" as links>
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
</@layout.page>
