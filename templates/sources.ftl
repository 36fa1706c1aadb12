<#ftl output_format="HTML">
<#-- sources: the article paragraph by paragraph (gists, short quotes), and the pages that list
     every external source by date (lib/sourcepages.ftl; without such pages, the sources themselves). -->
<#import "layout.ftl" as layout>
<#import "lib/ui.ftl" as ui>
<#import "lib/i18n.ftl" as i18n>
<#import "lib/links.ftl" as links>
<#import "lib/cite.ftl" as cite>
<#import "lib/sourcepages.ftl" as sourcepages>
<#assign content = content><#-- read once: every read of JBake's own model costs it an exception (JBake 2.7) -->
<#assign lang = content.lang>
<@layout.page content=content>
<#assign article = cite.article>
<h1>${content.title}</h1>
<p class="lede">${content.description}</p>
<@ui.body content=content/>
<section aria-labelledby="article">
  <h2 id="article">${i18n.t(lang, "article_heading")}</h2>
  <p class="source-meta"><span lang="id">${article.headline}</span> — ${article.outlet}, ${i18n.t(lang, "published")} <time datetime="${article.published}">${i18n.date(article.published, "day", lang)}</time>.
  <#if (article.url!"")?starts_with("https://")><a href="${article.url}" rel="noopener noreferrer external" referrerpolicy="no-referrer">${i18n.t(lang, "original_article")}</a></#if></p>
  <ol class="paragraphs">
  <#list cite.paragraphKeys() as key><#assign p = article.paragraphs[key]>
    <li id="${key?lower_case}" value="${key?substring(1)}">
      <p><strong>${key}</strong> ${p["gist_" + lang]}<#if p.quote?has_content> <q lang="id">${p.quote}</q></#if></p>
      <#if p["note_" + lang]?has_content><p class="note"><strong>${i18n.t(lang, "article_note")}:</strong> ${p["note_" + lang]}</p></#if>
    </li>
  </#list>
  </ol>
</section>
<section aria-labelledby="external">
  <#if sourcepages.parts?has_content>
  <h2 id="external">${i18n.t(lang, "sources_by_date")}</h2>
  <@sourcepages.nav content=content/>
  <#else>
  <h2 id="external">${i18n.t(lang, "external_sources")}</h2>
  <@sourcepages.list content=content page=""/>
  </#if>
</section>
</@layout.page>
