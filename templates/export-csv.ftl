<#ftl output_format="plainText">
<#--
  export-csv: data/chronology.csv (and id/data/chronology.csv), RFC 4180: a header row, one row
  per event in date order, every field quoted (exports.csvField), CRLF line ends, UTF-8 without BOM.
  The last two columns repeat the citation line and the licence on every row, so that they
  survive any import (CSV has no comments).
-->
<#import "lib/exports.ftl" as exports>
<#import "lib/links.ftl" as links>
<#import "lib/fields.ftl" as fields>
<#import "lib/items.ftl" as items>
<#import "lib/ui.ftl" as ui>
<#assign content = content><#-- read once: every read of JBake's own model costs it an exception (JBake 2.7) -->
<#assign lang = content.lang>
<#assign citation = exports.citation(lang, "chronology")>
<#assign licence = exports.licence(lang)>
<#assign rows = [["key", "start", "end", "precision", "era", "era_title", "title", "summary", "actors", "sources", "after_article", "url", "citation", "licence"]]>
<#list items.sortedEvents(lang) as e>
  <#assign rows = rows + [[e.key, e.start, e.end!"", e.precision, e.era, (ui.eraByKey[e.era][lang])!e.era, e.title, e.summary,
    fields.keyList(e.actors)?join(","), fields.keyList(e.sources)?join(","), ui.later(e)?c, links.absolute(e.uri), citation, licence]]>
</#list>
${rows?map(r -> r?map(f -> exports.csvField(f))?join(","))?join("\r\n")}${"\r\n"}<#t>
