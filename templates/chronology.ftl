<#ftl output_format="HTML">
<#-- chronology: every event in date order, grouped by era; each event is an anchor (#key). -->
<#import "layout.ftl" as layout>
<#import "lib/ui.ftl" as ui>
<#import "lib/i18n.ftl" as i18n>
<#import "lib/fields.ftl" as fields>
<#import "lib/items.ftl" as items>
<#import "lib/links.ftl" as links>
<#import "lib/timeline.ftl" as timeline>
<#import "lib/exports.ftl" as exports>
<#assign content = content><#-- read once: every read of JBake's own model costs it an exception (JBake 2.7) -->
<#assign lang = content.lang>
<@layout.page content=content>
<#assign actors = items.byKey("actor", lang)>
<#assign events = items.sortedEvents(lang)>
<h1>${content.title}</h1>
<p class="lede">${content.description}</p>
<@ui.body content=content/>
<@timeline.overview content=content events=events target="#"/>
<#--
  Filters: plain links that work without JavaScript (an era's section here; an actor's events
  on their page). assets/js/site.js filters the list in place using data-filter-era /
  data-filter-actor here and data-era / data-actors on each article.event (lib/ui.ftl).
-->
<#assign eraKeys = events?map(e -> e.era)>
<#assign actorKeys = []>
<#list events as e><#list fields.keyList(e.actors) as k><#if !actorKeys?seq_contains(k)><#assign actorKeys = actorKeys + [k]></#if></#list></#list>
<#assign filterActors = actorKeys?map(k -> actors[k])?sort_by("title")>
<nav class="filters" aria-label="${i18n.t(lang, "filter_label")}" data-filter-all-label="${i18n.t(lang, "filter_show_all")}" data-filter-count="${i18n.t(lang, "filter_events_count")}">
  <p class="filters__label" id="filter-era">${i18n.t(lang, "filter_era")}</p>
  <ul aria-labelledby="filter-era">
  <#list ui.eras as era><#if eraKeys?seq_contains(era.key)>
    <li><a href="#era-${era.key}" data-filter-era="${era.key}">${era[lang]}</a></li>
  </#if></#list>
  </ul>
  <#-- The actor list is long: folded by default, so a phone reader reaches the events first. -->
  <details class="filters__more">
  <summary class="filters__label" id="filter-actor">${i18n.t(lang, "filter_actor")} (${filterActors?size})</summary>
  <ul aria-labelledby="filter-actor">
  <#list filterActors as actor>
    <li><a href="${links.to(content, lang, "actors/" + actor.key + ".html#events")}" data-filter-actor="${actor.key}">${actor.title}</a></li>
  </#list>
  </ul>
  </details>
</nav>
<#list ui.eras as era>
  <#assign group = events?filter(e -> e.era == era.key)>
  <#if group?has_content>
  <section class="era" aria-labelledby="era-${era.key}">
    <h2 id="era-${era.key}">${era[lang]}</h2>
    <#list group as event><@ui.eventSummary content=content event=event actors=actors heading=3/></#list>
  </section>
  </#if>
</#list>
<@exports.downloads content=content subject="chronology"/>
</@layout.page>
