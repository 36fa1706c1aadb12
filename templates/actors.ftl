<#ftl output_format="HTML">
<#-- actors: the index of actors, grouped by kind. -->
<#import "layout.ftl" as layout>
<#import "lib/ui.ftl" as ui>
<#import "lib/i18n.ftl" as i18n>
<#import "lib/links.ftl" as links>
<#import "lib/items.ftl" as items>
<#import "lib/exports.ftl" as exports>
<#assign content = content><#-- read once: every read of JBake's own model costs it an exception (JBake 2.7) -->
<#assign lang = content.lang>
<@layout.page content=content>
<#assign all = items.sortedByTitle(items.all("actor", lang))>
<h1>${content.title}</h1>
<p class="lede">${content.description}</p>
<@ui.body content=content/>
<#list data.get("model.yaml").kinds as kind>
  <#assign group = all?filter(a -> a.kind! == kind)>
  <#if group?has_content>
  <section aria-labelledby="kind-${kind}">
    <h2 id="kind-${kind}">${i18n.t(lang, "kinds_" + kind)}</h2>
    <ul class="cards">
    <#list group as actor>
      <li id="${actor.key}"><a href="${links.uri(content, actor.uri)}">${actor.title}</a><br><span class="card__role">${actor.role}</span></li>
    </#list>
    </ul>
  </section>
  </#if>
</#list>
<@exports.downloads content=content subject="actors"/>
</@layout.page>
