<#ftl output_format="HTML">
<#-- chronology: every event in date order, grouped by era; each event is an anchor (#key). -->
<#import "layout.ftl" as layout>
<#import "lib/ui.ftl" as ui>
<#import "lib/i18n.ftl" as i18n>
<#import "lib/check.ftl" as check>
<#import "lib/items.ftl" as items>
<#assign lang = content.lang>
<@layout.page content=content>
<#assign actors = items.byKey("actor", lang)>
<#assign events = items.sortedEvents(lang)>
<#list events as event><#assign _ = check.event(event, actors, ui.eras)></#list>
<h1>${content.title}</h1>
<p class="lede">${content.description}</p>
<@ui.body content=content/>
<#list ui.eras as era>
  <#assign group = events?filter(e -> e.era == era.key)>
  <#if group?has_content>
  <section class="era" aria-labelledby="era-${era.key}">
    <h2 id="era-${era.key}">${era[lang]}</h2>
    <#list group as event><@ui.eventSummary content=content event=event actors=actors heading=3/></#list>
  </section>
  </#if>
</#list>
</@layout.page>
