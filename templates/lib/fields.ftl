<#ftl output_format="HTML">
<#--
  fields — reading header values. The bake's Java checks every file before anything renders
  (src/main/java/.../check), so templates only read values that are known to be well formed.
-->

<#-- keyList: a comma-separated list of keys ("nato,russia"), trimmed, empty entries dropped. -->
<#function keyList value>
  <#local out = []>
  <#list (value!"")?split(",") as k><#if k?trim?has_content><#local out = out + [k?trim]></#if></#list>
  <#return out>
</#function>

<#-- dateNumber: an ISO date of any precision as a sortable number (2017-01 → 20170100). -->
<#function dateNumber iso>
  <#local p = iso?split("-")>
  <#return (p[0]?number * 10000) + ((p[1]!"0")?number * 100) + (p[2]!"0")?number>
</#function>

<#-- precisionOf: the precision an ISO date is written to: 2022-01-12 day, 2022-01 month, 2022 year. -->
<#function precisionOf iso>
  <#return {"10": "day", "7": "month"}[iso?length?c]!"year">
</#function>

<#--
  entries: the keys of a map read from data/*.yaml whose values are maps holding `field`.
  (JBake hands data files to templates as its own document objects, whose ?keys also list
  Java method names and document fields; this keeps only the editor's entries, sorted.)
-->
<#function entries map field>
  <#return map?keys?filter(k -> (map[k])?? && map[k]?is_hash && map[k][field]??)?sort>
</#function>
