<#ftl output_format="HTML">
<#--
  ui — small page components shared by several templates.
-->
<#import "links.ftl" as links>
<#import "i18n.ftl" as i18n>
<#import "fields.ftl" as fields>
<#import "cite.ftl" as cite>

<#-- The article's data (data/article.yaml), loaded once per page by lib/cite. -->
<#assign article = cite.article>
<#-- eras: the chronology's eras in order (data/eras.yaml), and the same by key. -->
<#assign eras = data.get('eras.yaml').eras![]>
<#assign eraByKey = {}>
<#list eras as e><#assign eraByKey = eraByKey + {e.key: e}></#list>

<#-- later: did the event happen after the article was published? (derived from its date) -->
<#function later event>
  <#return fields.dateNumber(event.start) gt fields.dateNumber(article.published!"2021-12-26")>
</#function>

<#-- @when: an event's date as a <time> element, shown with its precision. -->
<#macro when event lang>
<time datetime="${event.start}">${i18n.range(event.start, event.end!"", event.precision, lang)}</time><#t>
</#macro>

<#-- @actorLinks: links to the actors named by keys, from a key → actor hash. -->
<#macro actorLinks content keys actors>
<#list keys as k><a href="${links.to(content, content.lang, "actors/" + k + ".html")}">${actors[k].title}</a><#sep>, </#list><#t>
</#macro>

<#--
  @eventSummary: one event as it appears in lists (chronology, actor pages).
  heading: the heading level for its title (3 in the chronology).
  Its citations have no tooltips (titles=false): lists of many events stay light; the event's
  own page has them.
  data-era="KEY" and data-actors="k1 k2" are the contract of the chronology's filters
  (nav.filters in chronology.ftl; assets/js/site.js filters on them): keep their form.
-->
<#macro eventSummary content event actors heading=3>
<article class="event<#if later(event)> event--later</#if>" id="${event.key}" data-era="${event.era}" data-actors="${fields.keyList(event.actors)?join(" ")}">
  <p class="event__date"><@when event=event lang=content.lang/><#if later(event)> <span class="badge">${i18n.t(content.lang, "later")}</span></#if></p>
  <h${heading} class="event__title"><a href="${links.uri(content, event.uri)}">${event.title}</a></h${heading}>
  <p>${event.summary}</p>
  <p class="event__meta"><span>${i18n.t(content.lang, "involved")}: <@actorLinks content=content keys=fields.keyList(event.actors) actors=actors/></span>
  · ${i18n.t(content.lang, "sources")}: <@cite.cites content=content keys=fields.keyList(event.sources) titles=false/></p>
</article>
</#macro>

<#-- @body: an item's Markdown body, rendered with its citations and links checked. -->
<#macro body content>
<div class="prose">
${cite.render(content)?no_esc}
</div>
</#macro>
