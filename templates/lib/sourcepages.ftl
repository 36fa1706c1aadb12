<#ftl output_format="HTML">
<#--
  sourcepages — the external sources (data/sources.yaml), listed on several pages by date of
  publication, so that no page grows past the weight budget as sources are added.

  Each page of sources is a content file content/[id/]sources/<key>.md (type=source-list) with
  `from`, the first date it covers (yyyy, yyyy-mm or yyyy-mm-dd). A source goes on the last page
  whose `from` is not after the source's date; sources older than every page go on the first.
  So the pages never overlap and leave no gap; to split a page that grows too big, add a page
  (both languages) with a later `from`. The article's paragraphs stay on sources.html.
  Without any source-list page (the test fixture), every source is listed on sources.html.
  Which source goes where is decided once per bake, in the index (SiteIndex.sourcePage).

    <@sourcepages.nav content=content/>          the pages, with their counts
    <@sourcepages.list content=content page=""/>  the sources of a page ("" without pages: all), in date order
-->
<#import "links.ftl" as links>
<#import "i18n.ftl" as i18n>
<#import "items.ftl" as items>

<#-- parts: the keys of the pages of sources, by date; empty when there are none. -->
<#assign parts = items.index.sourcePageKeys()>

<#-- @nav: every page of sources in `content.lang`, with how many sources each lists; the page
     being shown is marked aria-current. -->
<#macro nav content>
<#local lang = content.lang>
<ul class="source-pages">
<#list parts as key>
  <#local n = items.index.sourcesOn(key)?size>
  <li><a href="${links.to(content, lang, "sources/" + key + ".html")}"<#if content.key == key && content.type == "source-list"> aria-current="page"</#if>>${items.find("source-list", lang, key).title!key}</a> <span class="source-pages__count">(${(n == 1)?then(i18n.t(lang, "sources_count_one"), i18n.t(lang, "sources_count")?replace("{n}", n?c))})</span></li>
</#list>
</ul>
</#macro>

<#-- @list: the sources a page lists, each with its anchor (src-KEY, where citations point),
     publisher, date and linked title, in date order (then by key). -->
<#macro list content page>
<ul class="source-list">
<#list items.index.sourcesOn(page) as key>
  <#local s = items.index.source(key)>
  <li id="src-${key}">${s.publisher} (${s.date}). <a href="${s.url}" rel="noopener noreferrer external" referrerpolicy="no-referrer" hreflang="${s.lang}"><cite>${s.title}</cite></a></li>
</#list>
</ul>
</#macro>
