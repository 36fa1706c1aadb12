<#ftl output_format="HTML">
<#-- actor: a person, organisation, state or news agency, with an infobox and their events. -->
<#import "layout.ftl" as layout>
<#import "lib/ui.ftl" as ui>
<#import "lib/i18n.ftl" as i18n>
<#import "lib/links.ftl" as links>
<#import "lib/fields.ftl" as fields>
<#import "lib/items.ftl" as items>
<#import "lib/cite.ftl" as cite>
<#assign content = content><#-- read once: every read of JBake's own model costs it an exception (JBake 2.7) -->
<#assign lang = content.lang>
<@layout.page content=content crumbs=[{"label": i18n.t(lang, "nav_actors"), "href": links.to(content, lang, "actors.html")}]>
<#-- The events that involve this actor, from the bake's index (no scan over all events). -->
<#assign events = items.eventsOf(content.key, lang)>
<#assign actorKeys = []><#list events as e><#assign actorKeys = actorKeys + fields.keyList(e.actors)></#list>
<#assign actors = items.byKeys("actor", lang, actorKeys)>
<#-- Terms that concern them, derived (no extra field): the terms this actor's text links to
     and the terms whose text links to this actor (the bake's index). -->
<#assign terms = items.sortedByTitle(items.termsOf(content))>
<article class="actor">
  <h1>${content.title}</h1>
  <p class="lede">${content.summary}</p>
  <dl class="infobox">
    <#-- historical figures: their role as it was then ("Role in 1962"; the index decides who they are) -->
    <#assign year = items.historicalYear(content.key, lang)>
    <div><dt>${year?has_content?then(i18n.t(lang, "role_historical")?replace("{year}", year), i18n.t(lang, "role"))}</dt><dd>${content.role}</dd></div>
    <div><dt>${i18n.t(lang, "kind")}</dt><dd>${i18n.t(lang, "kind_" + content.kind)}</dd></div>
    <div><dt>${i18n.t(lang, "country")}</dt><dd>${content.country}</dd></div>
    <#if content.wants?has_content><div><dt>${i18n.t(lang, "wants")}</dt><dd>${content.wants}</dd></div></#if>
  </dl>
  <@ui.body content=content/>
  <@cite.line content=content/>
  <#if terms?has_content>
  <section aria-labelledby="terms">
    <h2 id="terms">${i18n.t(lang, "terms_concerning")}</h2>
    <ul class="actor__terms">
    <#list terms as term><li><a href="${links.uri(content, term.uri)}">${term.title}</a> — ${term.definition}</li></#list>
    </ul>
  </section>
  </#if>
  <#if events?has_content>
  <section aria-labelledby="events">
    <h2 id="events">${i18n.t(lang, "events_with")}</h2>
    <#list events as event><@ui.eventSummary content=content event=event actors=actors heading=3/></#list>
  </section>
  </#if>
</article>
</@layout.page>
