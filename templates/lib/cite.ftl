<#ftl output_format="HTML">
<#--
  cite — citations and in-text links.

  In Markdown bodies, editors write
    [[P3]]  or  [[P3,nato-founding-act-1997]]   a citation: article paragraph(s) and/or source keys
    [[no-claim]]                                marks a paragraph that makes no factual claim (shows nothing)
    [text](term:nrc)  [text](actor:nato)  [text](event:2022-01-12-nrc-meeting)  [text](page:key-points)
  and the header field sources=P1,key lists an item's main sources.
  Article paragraphs live in data/article.yaml, other sources in data/sources.yaml; both are
  listed on the sources pages, where every citation points. The bake's Java check has refused any
  unknown key or link before this runs, so these macros only lay out what they are given.
  A citation shows "P3" or a source's short label (items.index.label: its label_id on Indonesian pages,
  its label, else publisher and year); the link's title gives the full publisher and title.
-->
<#import "fields.ftl" as fields>
<#import "links.ftl" as links>
<#import "items.ftl" as items>
<#import "i18n.ftl" as i18n>

<#-- article: data/article.yaml, read once per page here (other libraries use cite.article). -->
<#assign article = data.get('article.yaml')>
<#assign paragraphs = (article.paragraphs)!{}>

<#-- paragraphKeys: P1, P2, … in order. -->
<#function paragraphKeys>
  <#return items.index.paragraphKeys()>
</#function>

<#-- sourceKeys: the key of every entry in data/sources.yaml, sorted. -->
<#function sourceKeys>
  <#return items.index.sourceKeys()>
</#function>

<#-- source: the fields of a source of data/sources.yaml (publisher, title, date, url, lang…). -->
<#function source key>
  <#return items.index.source(key)>
</#function>

<#-- anchor: the id of a citation key on the sources page. -->
<#function anchor key>
  <#return key?matches("P\\d+")?then(key?lower_case, "src-" + key)>
</#function>

<#-- label: the short visible label of a citation key on a page in `lang`: "P3", "Kremlin 2021". -->
<#function label key lang>
  <#return items.index.label(key, lang)>
</#function>

<#--
  @cites: citation links for a list of keys, e.g. "[P3, NATO 1997]". Each links to its entry:
  sources.html#p3, or the page of sources of its date (items.index.sourcePage). titles=false
  leaves out the tooltips (publisher and title), for long lists such as the chronology.
-->
<#macro cites content keys titles=true>
  <span class="cite">[<#list keys as k><#local s = source(k)><a href="${links.to(content, content.lang, items.index.sourcePage(k) + "#" + anchor(k))}"<#if titles> title="${paragraphs[k]???then(i18n.t(content.lang, "article_paragraph") + " " + k?substring(1), (s.publisher!"") + ": " + (s.title!""))}"</#if>>${label(k, content.lang)}</a><#sep>, </#list>]</span><#t>
</#macro>

<#--
  render: the item's rendered Markdown body with citations and item links resolved.
  The result is markup made only of the editor's Markdown and checked keys.
-->
<#function render content>
  <#local body = (content.body!"")?replace(" [[no-claim]]", "")?replace("[[no-claim]]", "")>
  <#list body?matches('href="(term|actor|event|page):([^"]*)"') as m>
    <#local scheme = m?groups[1]>
    <#local key = m?groups[2]>
    <#local target = {"term": "glossary.html#" + key, "actor": "actors/" + key + ".html", "event": "chronology.html#" + key, "page": key + ".html"}[scheme]>
    <#local extra = "">
    <#if scheme == "term"><#local extra = ' class="term" data-definition="' + (items.find("term", content.lang, key).definition!"")?esc?markup_string + '"'></#if>
    <#local body = body?replace(m, 'href="' + links.to(content, content.lang, target) + '"' + extra)>
  </#list>
  <#list body?matches("\\[\\[([^\\]]+)\\]\\]") as c>
    <#local cited><@cites content=content keys=fields.keyList(c?groups[1])/></#local>
    <#local body = body?replace(c, cited?markup_string)>
  </#list>
  <#return body>
</#function>

<#-- @line: the "Sources:" line of an item, from its sources= header. -->
<#macro line content>
  <#local keys = fields.keyList(content.sources!"")>
  <#if keys?has_content>
    <p class="sources-line">${i18n.t(content.lang, "sources")}: <@cites content=content keys=keys/></p>
  </#if>
</#macro>
