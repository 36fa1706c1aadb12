<#ftl output_format="HTML">
<#--
  i18n — UI strings and dates in the page's language, from data/i18n.yaml (the one place
  where both languages' labels live). Loaded once per page.
-->
<#import "fields.ftl" as fields>
<#assign strings = data.get('i18n.yaml')>

<#-- t: the UI string `key` in language `lang`; the bake stops if it is missing. -->
<#function t lang key>
  <#if !(strings[lang])??><#stop "data/i18n.yaml: no section for language '${lang}'."></#if>
  <#local s = strings[lang][key]!>
  <#if !s?has_content><#stop "data/i18n.yaml: UI string '${key}' is missing in section '${lang}'. Add it under ${lang}: (and its twin in the other language)."></#if>
  <#return s>
</#function>

<#-- other: the other language. -->
<#function other lang>
  <#return (lang == "en")?then("id", "en")>
</#function>

<#--
  date: a human date in `lang` from an ISO date and its precision:
  day "2022-01-12" → "12 January 2022"; month "2017-01" → "January 2017"; year "2004" → "2004".
  The bake's Java check has made sure the date is real and fits its precision.
-->
<#function date iso precision lang>
  <#local months = t(lang, "months")>
  <#local parts = iso?split("-")>
  <#if precision == "year"><#return parts[0]></#if>
  <#local month = months[parts[1]?number - 1]>
  <#if precision == "month"><#return month + " " + parts[0]></#if>
  <#return parts[2]?number?c + " " + month + " " + parts[0]>
</#function>

<#-- range: a start date with an optional end date, e.g. "12–13 January 2022" kept simple as two dates. -->
<#function range start end precision lang>
  <#if !end?has_content><#return date(start, precision, lang)></#if>
  <#return date(start, precision, lang) + " – " + date(end, fields.precisionOf(end), lang)>
</#function>
