<#ftl output_format="HTML">
<#-- term: one glossary entry on its own page. -->
<#import "layout.ftl" as layout>
<#import "lib/ui.ftl" as ui>
<#import "lib/i18n.ftl" as i18n>
<#import "lib/links.ftl" as links>
<#import "lib/fields.ftl" as fields>
<#import "lib/items.ftl" as items>
<#import "lib/cite.ftl" as cite>
<#assign content = content><#-- read once: every read of JBake's own model costs it an exception (JBake 2.7) -->
<#assign lang = content.lang>
<@layout.page content=content crumbs=[{"label": i18n.t(lang, "nav_glossary"), "href": links.to(content, lang, "glossary.html#" + content.key)}]>
<#assign terms = items.byKeys("term", lang, fields.keyList(content.related!""))>
<article class="term-page">
  <h1>${content.title}</h1>
  <dl class="infobox">
    <#if content.expansion?has_content><div><dt>${i18n.t(lang, "expansion")}</dt><dd>${content.expansion}</dd></div></#if>
    <div><dt>${i18n.t(lang, "other_lang_term")}</dt><dd lang="${i18n.other(lang)}">${content.other}</dd></div>
    <div><dt>${i18n.t(lang, "definition")}</dt><dd>${content.definition}</dd></div>
  </dl>
  <@ui.body content=content/>
  <#assign related = fields.keyList(content.related!"")>
  <#if related?has_content>
  <p>${i18n.t(lang, "related_terms")}: <#list related as k><a href="${links.to(content, lang, "glossary.html#" + k)}">${terms[k].title}</a><#sep>, </#list></p>
  </#if>
  <@cite.line content=content/>
</article>
</@layout.page>
