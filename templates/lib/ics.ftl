<#ftl output_format="plainText">
<#--
  ics — iCalendar (RFC 5545) helpers for templates/export-ics.ftl.
    text(s)   a TEXT value: \ ; , escaped with a backslash, line breaks as \n
    date(iso) a DATE value from an ISO day: 2022-01-12 → 20220112
    nextDay(iso)  the following day as a DATE (an all-day DTEND is exclusive)
    fold(line)    a content line folded at 75 octets (UTF-8), CRLF + space between parts,
                  never splitting a character
  The export joins folded lines with CRLF.
-->

<#function text s>
  <#return s?string?replace("\\", "\\\\")?replace(";", "\\;")?replace(",", "\\,")?replace("\r\n", "\\n")?replace("\n", "\\n")?replace("\r", "\\n")>
</#function>

<#function date iso>
  <#return iso?replace("-", "")>
</#function>

<#-- nextDay: parsed and formatted in UTC (the template sets time_zone), so no DST shift. -->
<#function nextDay iso>
  <#return (iso?date("yyyy-MM-dd")?long + 86400000)?number_to_date?string("yyyyMMdd")>
</#function>

<#-- octets: how many UTF-8 bytes one UTF-16 unit adds (a surrogate pair counts 4 on its first half). -->
<#function octets c>
  <#if c?matches("[\\x00-\\x7F]")><#return 1></#if>
  <#if c?matches("[\\x80-\\u07FF]")><#return 2></#if>
  <#if c?matches("[\\uD800-\\uDBFF]")><#return 4></#if>
  <#if c?matches("[\\uDC00-\\uDFFF]")><#return 0></#if>
  <#return 3>
</#function>

<#function fold line>
  <#if line?length <= 25><#return line></#if>
  <#local out = "">
  <#local used = 0>
  <#list 0..<line?length as i>
    <#local c = line[i]>
    <#local n = octets(c)>
    <#if n gt 0 && used + n gt 75>
      <#local out = out + "\r\n ">
      <#local used = 1>
    </#if>
    <#local out = out + c>
    <#local used = used + n>
  </#list>
  <#return out>
</#function>
