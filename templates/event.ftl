<#ftl output_format="HTML">
<#-- event: one event of the chronology, on its own page. -->
<#import "layout.ftl" as layout>
<#import "lib/ui.ftl" as ui>
<#import "lib/i18n.ftl" as i18n>
<#import "lib/links.ftl" as links>
<#import "lib/fields.ftl" as fields>
<#import "lib/items.ftl" as items>
<#import "lib/cite.ftl" as cite>
<#assign content = content><#-- read once: every read of JBake's own model costs it an exception (JBake 2.7) -->
<#assign lang = content.lang>
<@layout.page content=content crumbs=[{"label": i18n.t(lang, "nav_chronology"), "href": links.to(content, lang, "chronology.html#" + content.key)}]>
<#assign actors = items.byKeys("actor", lang, fields.keyList(content.actors))>
<article class="event-page">
  <p class="event__date"><@ui.when event=content lang=lang/> · ${i18n.t(lang, "era")}: <a href="${links.to(content, lang, "chronology.html#era-" + content.era)}">${ui.eraByKey[content.era][lang]}</a></p>
  <h1>${content.title}</h1>
  <#if ui.later(content)><p class="notice">${i18n.t(lang, "later_note")}</p></#if>
  <p class="lede">${content.summary}</p>
  <@ui.body content=content/>
  <p class="event__meta">${i18n.t(lang, "involved")}: <@ui.actorLinks content=content keys=fields.keyList(content.actors) actors=actors/></p>
  <@cite.line content=content/>
</article>
</@layout.page>
