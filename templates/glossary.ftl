<#ftl output_format="HTML">
<#-- glossary: every term A–Z with jump links; each entry is an anchor (#key). -->
<#import "layout.ftl" as layout>
<#import "lib/ui.ftl" as ui>
<#import "lib/i18n.ftl" as i18n>
<#import "lib/links.ftl" as links>
<#import "lib/fields.ftl" as fields>
<#import "lib/items.ftl" as items>
<#import "lib/exports.ftl" as exports>
<#assign content = content><#-- read once: every read of JBake's own model costs it an exception (JBake 2.7) -->
<#assign lang = content.lang>
<#assign terms = items.all("term", lang)?sort_by("title")>
<@layout.page content=content listed=terms>
<#assign letters = []>
<#list terms as t><#assign l = t.title?substring(0, 1)?upper_case><#if !letters?seq_contains(l)><#assign letters = letters + [l]></#if></#list>
<h1>${content.title}</h1>
<p class="lede">${content.description}</p>
<@ui.body content=content/>
<nav class="az" aria-label="A–Z" data-filter-label="${i18n.t(lang, "glossary_filter")}" data-filter-count="${i18n.t(lang, "glossary_filter_count")}" data-filter-empty="${i18n.t(lang, "glossary_filter_empty")}"><ul><#list letters as l><li><a href="#letter-${l}">${l}</a></li></#list></ul></nav>
<#list letters as l>
<section aria-labelledby="letter-${l}">
  <h2 id="letter-${l}">${l}</h2>
  <dl class="glossary">
  <#list terms?filter(t -> t.title?substring(0, 1)?upper_case == l) as term>
    <div id="${term.key}" class="glossary__entry">
      <dt><a href="${links.uri(content, term.uri)}">${term.title}</a><#if term.expansion?has_content> <span class="glossary__expansion">(${term.expansion})</span></#if></dt>
      <dd><span class="glossary__other" lang="${i18n.other(lang)}">${term.other}</span> — ${term.definition}</dd>
    </div>
  </#list>
  </dl>
</section>
</#list>
<@exports.downloads content=content subject="glossary"/>
</@layout.page>
