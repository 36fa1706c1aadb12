<#ftl output_format="HTML">
<#--
  exports — the site's reusable data files and how pages link to them.

  Each export is a content file content/[id/]data/<subject>.<format>.md (type export-<format>,
  key <subject>) that JBake bakes to [id/]data/<subject>.<format> with templates/export-<format>.ftl
  (jbake.properties gives these types an empty output extension). Subjects and formats:
    chronology: json, csv, ics     glossary: json     actors: json
  A document's content.uri still ends in ".html", so links to exports are built here from
  subject and format, never from content.uri. Every export carries the citation line and the
  licence below; every page that has an export shows them too (@downloads).
-->
<#import "links.ftl" as links>
<#import "i18n.ftl" as i18n>

<#-- formats: the export formats of each subject, in the order pages list them. -->
<#assign formats = {"chronology": ["json", "csv", "ics"], "glossary": ["json"], "actors": ["json"]}>
<#-- mediaTypes: the media type of each format (the links' type attribute). -->
<#assign mediaTypes = {"json": "application/json", "csv": "text/csv", "ics": "text/calendar"}>

<#-- file: the site path of an export in `lang`, e.g. "id/data/chronology.csv". -->
<#function file lang subject format>
  <#return links.langPrefix(lang) + "data/" + subject + "." + format>
</#function>

<#-- page: the site path of the page an export comes from, e.g. "id/chronology.html". -->
<#function page lang subject>
  <#return links.langPrefix(lang) + subject + ".html">
</#function>

<#--
  citation: the line to cite an export or its page by, in `lang`:
  "Source: NRC Explained, https://…/chronology.html, derived from the VOI report of 26 December 2021 … ".
-->
<#function citation lang subject>
  <#return i18n.t(lang, "data_source") + ": " + i18n.t(lang, "site_name") + ", " + links.absolute(page(lang, subject)) + ", " + i18n.t(lang, "data_derived") + ".">
</#function>

<#-- licence: "Licence: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/) — applies to …". -->
<#function licence lang>
  <#return i18n.t(lang, "data_licence") + ": " + i18n.t(lang, "licence_name") + " (" + i18n.t(lang, "licence_url") + ") — " + i18n.t(lang, "licence_scope") + ".">
</#function>

<#--
  csvField: one CSV field (RFC 4180): always quoted, inner quotes doubled. A field that starts
  with = + - @ or a tab/CR would run as a formula when the file is opened in a spreadsheet, so
  it gets a leading apostrophe, which spreadsheets read as "this is text" (OWASP, CSV injection).
-->
<#function csvField value>
  <#local text = (value!"")?string>
  <#if text?matches("(?s)[=+\\-@\t\r].*")><#local text = "'" + text></#if>
  <#return '"' + text?replace('"', '""') + '"'>
</#function>

<#-- @downloads: the "Reuse this data" box of a page: links to its exports, the citation line, the licence. -->
<#macro downloads content subject>
<#local lang = content.lang>
<aside class="downloads" aria-labelledby="downloads-title">
  <h2 id="downloads-title">${i18n.t(lang, "data_" + subject)}</h2>
  <p>${i18n.t(lang, "data_intro")}</p>
  <ul class="downloads__files">
  <#list formats[subject] as format>
    <li><a href="${links.uri(content, file(lang, subject, format))}" type="${mediaTypes[format]}" download>${i18n.t(lang, "data_" + format)}</a></li>
  </#list>
  </ul>
  <#if formats[subject]?seq_contains("ics")><p class="downloads__note">${i18n.t(lang, "data_ics_left_out")}</p></#if>
  <p class="downloads__cite">${i18n.t(lang, "data_cite_as")}: <q>${citation(lang, subject)}</q></p>
  <p class="downloads__licence">${i18n.t(lang, "data_licence")}: <a href="${i18n.t(lang, "licence_url")}" rel="license noopener external">${i18n.t(lang, "licence_name")}</a> — ${i18n.t(lang, "licence_scope")}.</p>
</aside>
</#macro>
