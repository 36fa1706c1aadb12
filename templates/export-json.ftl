<#ftl output_format="JSON">
<#--
  export-json: data/chronology.json, data/glossary.json, data/actors.json (and id/data/…).
  The whole file is one value written by json.write, which escapes every string (lib/json.ftl);
  nothing else is printed. Items are in the order their page shows them.
-->
<#import "lib/json.ftl" as json>
<#import "lib/exports.ftl" as exports>
<#import "lib/links.ftl" as links>
<#import "lib/i18n.ftl" as i18n>
<#import "lib/fields.ftl" as fields>
<#import "lib/items.ftl" as items>
<#import "lib/ui.ftl" as ui>
<#assign content = content><#-- read once: every read of JBake's own model costs it an exception (JBake 2.7) -->
<#assign lang = content.lang>
<#assign subject = content.key>
<#assign article = ui.article>
<#assign head = {
  "title": content.title,
  "description": content.description,
  "language": lang,
  "url": links.absolute(exports.file(lang, subject, "json")),
  "page": links.absolute(exports.page(lang, subject)),
  "citation": exports.citation(lang, subject),
  "licence": {"name": i18n.t(lang, "licence_name"), "url": i18n.t(lang, "licence_url"), "scope": i18n.t(lang, "licence_scope")},
  "derived_from": {"outlet": article.outlet, "headline": article.headline, "published": article.published, "url": article.url}
}>
<#if subject == "chronology">
  <#assign list = []>
  <#list items.sortedEvents(lang) as e>
    <#assign list = list + [{
      "key": e.key, "title": e.title, "start": e.start} + json.opt("end", e.end!) + {
      "precision": e.precision, "era": e.era, "era_title": (ui.eraByKey[e.era][lang])!e.era,
      "after_article": ui.later(e), "actors": fields.keyList(e.actors), "sources": fields.keyList(e.sources),
      "summary": e.summary, "url": links.absolute(e.uri)}]>
  </#list>
  <#assign doc = head + {"events": list}>
<#elseif subject == "glossary">
  <#assign list = []>
  <#list items.all("term", lang)?sort_by("title") as t>
    <#assign list = list + [{
      "key": t.key, "title": t.title} + json.opt("expansion", t.expansion!) + {
      "other_language": t.other, "definition": t.definition, "related": fields.keyList(t.related!""),
      "sources": fields.keyList(t.sources), "url": links.absolute(t.uri)}]>
  </#list>
  <#assign doc = head + {"terms": list}>
<#else>
  <#assign list = []>
  <#list items.sortedByTitle(items.all("actor", lang)) as a>
    <#assign list = list + [{
      "key": a.key, "title": a.title, "kind": a.kind, "role": a.role, "country": a.country,
      "summary": a.summary} + json.opt("wants", a.wants!) + {
      "sources": fields.keyList(a.sources), "url": links.absolute(a.uri)}]>
  </#list>
  <#assign doc = head + {"actors": list}>
</#if>
${json.write(doc, true)}
