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

    <#import "lib/sourcepages.ftl" as sourcepages>
    sourcepages.page(date)    where a source of that date is listed: "sources/2021-12.html",
                              or "sources.html" for "" (an article paragraph) or without pages
    <@sourcepages.nav content=content sources=cite.sources keys=cite.sourceKeys()/>   the pages, with their counts
    <@sourcepages.list content=content sources=cite.sources keys=…/>   those sources, in date order

  This library reads the source-list pages once per page that imports it (one query).
  It does not import lib/cite (which imports it): the sources are passed in.
-->
<#import "check.ftl" as check>
<#import "links.ftl" as links>
<#import "i18n.ftl" as i18n>

<#-- parts: {key, from (a sortable number), title by language} of every source-list page, by date. -->
<#assign parts = []>
<#assign titles = {}>
<#list db.getPublishedContent("source-list") as d>
  <#if d.lang! == "en" && (d.from!"")?matches("\\d{4}(-\\d{2}){0,2}")>
    <#assign parts = parts + [{"key": d.key, "from": check.dateNumber(d.from)}]>
  </#if>
  <#assign titles = titles + {(d.lang!"") + "/" + (d.key!""): (d.title!"")}>
</#list>
<#assign parts = parts?sort_by("from")>

<#-- partOf: the key of the page that lists a source dated `date`; "" when there are no pages. -->
<#function partOf date>
  <#if !parts?has_content || !date?has_content><#return ""></#if>
  <#local n = check.dateNumber(date)>
  <#local found = parts[0].key>
  <#list parts as p><#if p.from <= n><#local found = p.key></#if></#list>
  <#return found>
</#function>

<#-- page: the site path (inside a language) of the page that lists a source dated `date`. -->
<#function page date>
  <#local key = partOf(date)>
  <#return key?has_content?then("sources/" + key + ".html", "sources.html")>
</#function>

<#-- keysOf: those of `keys` that page `key` lists. -->
<#function keysOf sources keys key>
  <#return keys?filter(k -> partOf(sources[k].date!"") == key)>
</#function>

<#-- @nav: every page of sources in `content.lang`, with how many sources each lists; the page
     being shown is marked aria-current. -->
<#macro nav content sources keys>
<#local lang = content.lang>
<ul class="source-pages">
<#list parts as p>
  <#local n = keysOf(sources, keys, p.key)?size>
  <li><a href="${links.to(content, lang, "sources/" + p.key + ".html")}"<#if content.key == p.key && content.type == "source-list"> aria-current="page"</#if>>${titles[lang + "/" + p.key]!p.key}</a> <span class="source-pages__count">(${(n == 1)?then(i18n.t(lang, "sources_count_one"), i18n.t(lang, "sources_count")?replace("{n}", n?c))})</span></li>
</#list>
</ul>
</#macro>

<#-- @list: the sources named by `keys`, each with its anchor (src-KEY, where citations point),
     publisher, date and linked title, in date order (then by key). -->
<#macro list content sources keys>
<ul class="source-list">
<#list keys?map(k -> {"key": k, "date": sources[k].date!""})?sort_by("key")?sort_by("date") as e>
  <#local s = sources[e.key]>
  <li id="src-${e.key}">${s.publisher} (${s.date}). <a href="${s.url}" rel="noopener noreferrer external" referrerpolicy="no-referrer" hreflang="${s.lang}"><cite>${s.title}</cite></a></li>
</#list>
</ul>
</#macro>
