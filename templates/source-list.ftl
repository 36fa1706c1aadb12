<#ftl output_format="HTML">
<#--
  source-list: one page of external sources, those published from its `from` date until the
  next page's (content/[id/]sources/<key>.md; lib/sourcepages.ftl decides which source goes where).
  Citations of these sources link here (sources/<key>.html#src-KEY).
-->
<#import "layout.ftl" as layout>
<#import "lib/ui.ftl" as ui>
<#import "lib/i18n.ftl" as i18n>
<#import "lib/links.ftl" as links>
<#import "lib/cite.ftl" as cite>
<#import "lib/sourcepages.ftl" as sourcepages>
<#assign content = content><#-- read once: every read of JBake's own model costs it an exception (JBake 2.7) -->
<#assign lang = content.lang>
<@layout.page content=content crumbs=[{"label": i18n.t(lang, "sources_title"), "href": links.to(content, lang, "sources.html")}]>
<h1>${content.title}</h1>
<p class="lede">${content.description}</p>
<@ui.body content=content/>
<nav aria-label="${i18n.t(lang, "sources_by_date")}"><@sourcepages.nav content=content/></nav>
<@sourcepages.list content=content page=content.key/>
</@layout.page>
