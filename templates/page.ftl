<#ftl output_format="HTML">
<#-- page: an explainer page (type=page): title, updated date, reading time, body with citations. -->
<#import "layout.ftl" as layout>
<#import "lib/ui.ftl" as ui>
<#import "lib/i18n.ftl" as i18n>
<#import "lib/fields.ftl" as fields>
<#import "lib/cite.ftl" as cite>
<#assign content = content><#-- read once: every read of JBake's own model costs it an exception (JBake 2.7) -->
<@layout.page content=content>
<#assign words = (content.body!"")?replace("<[^>]+>", " ", "r")?word_list?size>
<article class="explainer">
  <h1>${content.title}</h1>
  <p class="meta"><span>${i18n.t(content.lang, "updated")}: <time datetime="${content.updated}">${i18n.date(content.updated, "day", content.lang)}</time></span>
  · <span>${((words + 199) / 200)?floor} ${i18n.t(content.lang, "reading_time")}</span></p>
  <@ui.body content=content/>
  <@cite.line content=content/>
</article>
</@layout.page>
